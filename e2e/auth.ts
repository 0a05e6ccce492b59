import { expect, type Page } from "@playwright/test";

/** The people of the local demo identity provider (lib/auth/demo-users.json); the password is "demo" for all. */
export type DemoUsername = "dvla-publisher" | "hmrc-publisher" | "assessor" | "admin" | "newcomer" | "visitor";
export const DEMO_PASSWORD = "demo";

/**
 * Signs in through the real flow: /sign-in, "Sign in", the local provider's login page
 * (authorization code with PKCE), and back to the service, signed in. Resolves once the
 * header shows who is signed in. Use a fresh page or context per person.
 */
export async function signIn(page: Page, username: DemoUsername, options: { callbackUrl?: string } = {}): Promise<void> {
  const query = options.callbackUrl ? `?callbackUrl=${encodeURIComponent(options.callbackUrl)}` : "";
  await page.goto(`/sign-in${query}`);
  const app = new URL(page.url()).origin;
  await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to the demo identity provider" })).toBeVisible();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.origin === app && !url.pathname.startsWith("/api/auth/"));
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** Signs out with the header's button and waits for the signed-out page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are signed out" })).toBeVisible();
}
