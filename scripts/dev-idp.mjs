// A local OpenID Connect provider for development, the demo and the browser tests, so sign-in
// always goes through the real authorization-code flow with PKCE. Never used in production
// (start.mjs runs it only when no OIDC_ISSUER is configured) and never imported by the app.
//
//   OIDC_DEV_PORT           port on localhost (default 3001)
//   OIDC_DEV_REDIRECT_URIS  comma-separated callback URLs the client may use
//                           (default http://localhost:3000/api/auth/callback/oidc)
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import Provider, { interactionPolicy } from "oidc-provider";
import { DEFAULT_DEV_IDP_PORT, DEV_CLIENT_ID, DEV_CLIENT_SECRET, devIssuer } from "./dev-auth.cjs";

const PASSWORD = "demo";
const port = Number(process.env.OIDC_DEV_PORT || DEFAULT_DEV_IDP_PORT);
const issuer = devIssuer(port);
const redirectUris = (process.env.OIDC_DEV_REDIRECT_URIS || "http://localhost:3000/api/auth/callback/oidc")
  .split(",")
  .map((uri) => uri.trim())
  .filter(Boolean);
const users = JSON.parse(fs.readFileSync(new URL("../lib/auth/demo-users.json", import.meta.url), "utf8"));

// Ask who you are on every sign-in, even with a session here: the demo is about switching users.
const policy = interactionPolicy.base();
policy.get("login").checks.add(
  new interactionPolicy.Check("demo_always_login", "the demo provider asks every time", (ctx) =>
    ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
  ),
);

const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: DEV_CLIENT_ID,
      client_secret: DEV_CLIENT_SECRET,
      redirect_uris: redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  responseTypes: ["code"],
  pkce: { required: () => true },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // The app reads the person's name and email from the ID token.
  conformIdTokenClaims: false,
  jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "dev", alg: "RS256", use: "sig" }] },
  cookies: {
    keys: [crypto.randomBytes(32).toString("hex")],
    // Cookies on localhost are shared by every port: names of our own avoid clashes with the app's.
    names: { session: "dev_idp_session", interaction: "dev_idp_interaction", resume: "dev_idp_resume" },
  },
  features: { devInteractions: { enabled: false } },
  // Short lives, in seconds: only the sign-in itself needs them (the app keeps its own session).
  ttl: { AuthorizationCode: 60, IdToken: 600, AccessToken: 600, Interaction: 900, Session: 3600, Grant: 3600 },
  interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, sub) {
    const user = users.find((u) => u.subject === sub);
    if (!user) return undefined;
    return { accountId: sub, claims: async () => ({ sub, name: user.name, email: user.email, email_verified: true }) };
  },
  // Consent is automatic: the one client is ours.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  async renderError(ctx, out) {
    ctx.type = "html";
    ctx.body = page("There is a problem", `<p>${escape(out.error_description || out.error)}</p>`);
  },
});

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function page(title, body) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – Demo identity provider</title><style>
body{margin:0;font-family:Arial,sans-serif;color:#0b0c0c;font-size:19px;line-height:1.3}
header{background:#0b0c0c;color:#fff;padding:12px 15px;font-weight:bold;font-size:22px}
main{max-width:760px;margin:0 auto;padding:20px 15px}h1{font-size:36px;margin:0 0 20px}
label{display:block;font-weight:bold;margin:20px 0 5px}input{font:inherit;padding:5px;border:2px solid #0b0c0c;width:100%;max-width:300px;box-sizing:border-box}
input:focus,button:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px}
button{font:inherit;margin-top:25px;background:#00703c;color:#fff;border:0;padding:8px 12px;box-shadow:0 2px 0 #002d18;cursor:pointer}
table{border-collapse:collapse;margin:15px 0;width:100%}th,td{text-align:left;border-bottom:1px solid #b1b4b6;padding:8px 10px 8px 0;vertical-align:top}
.error{border:5px solid #d4351c;padding:15px;margin-bottom:20px}.error h2{margin:0 0 10px;font-size:24px}.error p{color:#d4351c;font-weight:bold;margin:0}
caption{text-align:left;font-weight:bold;font-size:24px;margin-bottom:10px}code{font-size:17px;white-space:nowrap}
</style></head><body><header>Demo identity provider</header><main>${body}</main></body></html>`;
}

function loginPage(uid, { error, username = "" } = {}) {
  const rows = users
    .map((u) => `<tr><td><code>${escape(u.username)}</code></td><td>${escape(u.name)}</td><td>${escape(u.description)}</td></tr>`)
    .join("");
  const problem = error
    ? `<div class="error" role="alert"><h2>There is a problem</h2><p><a href="#username">${escape(error)}</a></p></div>`
    : "";
  return page(
    `${error ? "Error: " : ""}Sign in`,
    `${problem}<h1>Sign in to the demo identity provider</h1>
<p>This provider exists only for development, the demo and tests. Choose one of these people; the password for all of them is <code>${PASSWORD}</code>.</p>
<table><caption>Demo users</caption><thead><tr><th scope="col">Username</th><th scope="col">Name</th><th scope="col">Who they are</th></tr></thead><tbody>${rows}</tbody></table>
<form method="post" action="/interaction/${escape(uid)}/login" novalidate>
<label for="username">Username</label><input id="username" name="username" autocomplete="username" spellcheck="false" value="${escape(username)}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
<div><button type="submit">Sign in</button></div></form>`,
  );
}

function send(res, status, html) {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(html);
}

async function readForm(req) {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error("form too large");
  }
  return new URLSearchParams(body);
}

/** The login step of an authorization request: show the form, or check it and carry on. */
async function interaction(req, res, submitted) {
  const details = await provider.interactionDetails(req, res);
  if (!submitted || req.method !== "POST") return send(res, 200, loginPage(details.uid));
  const form = await readForm(req);
  const username = (form.get("username") || "").trim();
  const user = users.find((u) => u.username === username);
  if (!user || form.get("password") !== PASSWORD) {
    return send(res, 400, loginPage(details.uid, { error: "Enter a username from the table and the password demo", username }));
  }
  await provider.interactionFinished(req, res, { login: { accountId: user.subject } }, { mergeWithLastSubmission: false });
}

const oidc = provider.callback();
async function handle(req, res) {
  res.setHeader("X-Frame-Options", "DENY");
  const match = new URL(req.url || "/", issuer).pathname.match(/^\/interaction\/([\w-]+)(\/login)?$/);
  if (!match) return oidc(req, res);
  try {
    await interaction(req, res, Boolean(match[2]));
  } catch (error) {
    // Typically an expired or unknown interaction: start again from the app.
    if (!res.headersSent) send(res, 400, page("There is a problem", `<h1>Sign-in expired</h1><p>Go back to the service and sign in again.</p>`));
    console.error(`dev-idp: ${error.message}`);
  }
}

/** Listens on the loopback addresses only (IPv4, and IPv6 where the machine has it). */
function listen(host) {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handle);
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

const servers = [];
try {
  servers.push(await listen("127.0.0.1"));
} catch (error) {
  console.error(`The demo identity provider could not listen on port ${port}: ${error.message}`);
  process.exit(1);
}
try {
  servers.push(await listen("::1"));
} catch {
  // no IPv6 loopback here: 127.0.0.1 is enough
}
console.log(`Demo identity provider (OpenID Connect) at ${issuer}, redirecting to ${redirectUris.join(", ")}`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const server of servers) server.close();
    process.exit(0);
  });
}
