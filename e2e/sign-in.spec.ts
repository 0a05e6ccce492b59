import { signIn, signOut } from "./auth";
import { expect, test } from "./fixtures";

const menu = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Menu" });

test.describe("signing in and out", () => {
  test("an anonymous visitor sees “Sign in”, and the sign-in page explains who can sign in", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis");
    const link = page.getByRole("banner").getByRole("link", { name: "Sign in" });
    await expect(link).toHaveAttribute("href", "/sign-in?callbackUrl=%2Fapis");
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to API Catalogue");
    await expect(page.getByRole("heading", { name: "Who can sign in" })).toBeVisible();
    await expect(page).toHaveTitle(/^Sign in – API Catalogue/);
    await expectNoAxeViolations(page);
  });

  test("the DVLA publisher signs in through the identity provider, comes back to the page, and signs out", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis");
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
    await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
    // The real authorization-code flow: the provider's own login page, on its own origin.
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/interaction\//);
    await expectNoAxeViolations(page);
    await page.getByLabel("Username").fill("dvla-publisher");
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/apis$/);
    await expect(page.getByRole("banner")).toContainText("Dana Publisher");
    await expect(menu(page).getByRole("link", { name: "Publish" })).toBeVisible();
    await expect(menu(page).getByRole("link", { name: "Admin" })).toHaveCount(0);

    await signOut(page);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("banner")).not.toContainText("Dana Publisher");
  });

  test("a wrong password is refused on the provider's page", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Username").fill("dvla-publisher");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("Enter a username from the table and the password demo");
  });

  // Val Visitor rather than Nina Newcomer: the admin journey grants Nina a membership, and
  // journeys run in parallel on one database.
  test("a first sign-in makes an account with no powers", async ({ page }) => {
    await signIn(page, "visitor");
    await expect(page.getByRole("banner")).toContainText("Val Visitor");
    await expect(menu(page).getByRole("link", { name: "Publish" })).toHaveCount(0);
    await expect(menu(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
    const admin = await page.goto("/admin");
    // Refused (403), or sent elsewhere: never the admin pages.
    expect(admin?.status() === 200 && new URL(page.url()).pathname === "/admin").toBe(false);
  });

  test("the admin gets the Admin link", async ({ page }) => {
    await signIn(page, "admin");
    await expect(menu(page).getByRole("link", { name: "Admin" })).toBeVisible();
    await expect(menu(page).getByRole("link", { name: "Publish" })).toBeVisible();
  });

  test("signing in and out works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "hmrc-publisher", { callbackUrl: "/organisations" });
    await expect(page).toHaveURL(/\/organisations$/);
    await expect(page.getByRole("banner")).toContainText("Hari Publisher");
    await signOut(page);
    await context.close();
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
    await signIn(page, "assessor");
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });

  test("a sign-in error is explained in plain English", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/sign-in/error?error=OAuthCallback");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is a problem signing you in");
    await expect(page.getByRole("main")).toContainText("Sign in again");
    await expectNoAxeViolations(page);
  });
});

test.describe("security headers and cross-site requests", () => {
  test("every page has a CSP with a fresh nonce that Next puts on its scripts", async ({ page, request }) => {
    const response = await page.goto("/");
    const csp = response!.headers()["content-security-policy"]!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(await page.locator("script[src]").first().evaluate((s: HTMLScriptElement) => s.nonce)).toBe(nonce);
    const again = await request.get("/");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
    expect(response!.headers()).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(response!.headers()["strict-transport-security"]).toBeUndefined(); // http here; HSTS only in production over https
  });

  test("the dashboard chart and lazy loading still work under the CSP, with no violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/dashboard");
    await expect(page.getByRole("img", { name: /Bar chart of APIs per organisation/ })).toBeVisible();
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "APIs" }).click();
    await expect(page).toHaveURL(/\/apis$/);
    expect(violations).toEqual([]);
  });

  test("a cross-site POST to a server action or to next-auth is refused", async ({ request, baseURL }) => {
    const action = await request.post("/", {
      headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(action.status()).toBe(403);
    const form = await request.post("/api/auth/signout", { headers: { Origin: "https://evil.example" }, form: { csrfToken: "x" } });
    expect(form.status()).toBe(403);
    // The same request from the site itself gets through to next-auth (which then wants its CSRF token).
    const own = await request.post("/api/auth/signout", { headers: { Origin: baseURL! }, form: { csrfToken: "x" }, maxRedirects: 0 });
    expect(own.status()).toBe(302);
  });
});
