import { signIn } from "./auth";
import { createClientInBrowser, run, tokenFor } from "./api-clients";
import { expect, test } from "./fixtures";

const spec = (version: string) => JSON.stringify({ openapi: "3.0.3", info: { title: "Tax status", version }, paths: {} });

test("a publisher creates a client, its pipeline registers an API and pushes a spec, then the client is revoked and refused", async ({ page, request, expectNoAxeViolations }) => {
  await signIn(page, "dvla-publisher");
  await page.goto("/publish");
  await page.getByRole("link", { name: "API clients" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API clients" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A client without a scope is refused, field by field.
  await page.getByRole("link", { name: "Create a client" }).click();
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("alert").getByRole("link", { name: "Enter a name for the client" })).toBeVisible();
  await expectNoAxeViolations(page);

  const name = `Release pipeline ${run()}`;
  const client = await createClientInBrowser(page, name, ["catalogue:read", "apis:write"]);
  expect(client.secret).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);

  const token = await tokenFor(request, client);
  const auth = { Authorization: `Bearer ${token}` };
  const registered = await request.post("/api/v1/apis", {
    headers: { ...auth, "Content-Type": "application/json" },
    data: { name: `Tax status ${run()}`, description: "Whether a vehicle is taxed.", lifecycle: "beta", visibility: "government", authType: "oauth2", publish: true },
  });
  expect(registered.status()).toBe(201);
  const api = (await registered.json()) as { slug: string; links: { specRevisions: string } };
  const pushed = await request.post(api.links.specRevisions, { headers: { ...auth, "Content-Type": "application/json" }, data: spec("1.0.0") });
  expect(pushed.status()).toBe(201);
  expect(await pushed.json()).toMatchObject({ arrivedVia: "api", status: "checked" });

  // The API's page shows the version as sent through the API.
  await page.goto(`/apis/${api.slug}/revisions`);
  await expect(page.getByText("Sent through the catalogue's API").first()).toBeVisible();

  await page.goto("/publish/clients");
  await page.getByRole("link", { name }).click();
  // Its reads are logged for its organisation to see (its writes are in the audit trail).
  await expect(page.getByRole("table", { name: /Its latest reads/ })).toContainText("POST /oauth/token");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Revoke client" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(`‘${name}’ has been revoked`);
  await expectNoAxeViolations(page);

  const refused = await request.post(api.links.specRevisions, { headers: { ...auth, "Content-Type": "application/json" }, data: spec("1.0.1") });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("invalid_token");
  const noToken = await request.post("/oauth/token", { headers: { Authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}` }, form: { grant_type: "client_credentials" } });
  expect(noToken.status()).toBe(401);
});

test("without JavaScript a publisher creates a client, sees its secret once, and revokes it", async ({ browser }) => {
  const signing = await browser.newContext();
  const signingPage = await signing.newPage();
  await signIn(signingPage, "hmrc-publisher");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signing.storageState() });
  await signing.close();
  const page = await context.newPage();
  const name = `Nightly sync ${run()}`;
  const client = await createClientInBrowser(page, name, ["catalogue:read"]);
  expect(client.secret).toMatch(/^cs_/);
  await page.goto("/publish/clients");
  await page.getByRole("link", { name }).click();
  await expect(page.getByText(client.secret)).toHaveCount(0);
  await page.getByRole("button", { name: "Give it a new secret" }).click();
  const rotated = (await page.getByTestId("client-secret").textContent())!.trim();
  expect(rotated).not.toBe(client.secret);
  await page.goto("/publish/clients");
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Revoke client" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(`‘${name}’ has been revoked`);
  await context.close();
});
