import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Names unique per run, so the journeys can run again on the same database. */
export const run = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** Creates an API client at /publish/clients/new as the signed-in publisher; resolves with its id and the secret shown once. */
export async function createClientInBrowser(page: Page, name: string, scopes: string[]): Promise<{ id: string; secret: string }> {
  await page.goto("/publish/clients");
  await page.getByRole("link", { name: "Create a client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an API client" })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  for (const scope of scopes) await page.getByRole("group", { name: "What may it do?" }).getByLabel(scope).check();
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Client created" })).toBeVisible();
  return { id: (await page.getByTestId("client-id").textContent())!.trim(), secret: (await page.getByTestId("client-secret").textContent())!.trim() };
}

/** A bearer token for the client, from /oauth/token, as a pipeline asks for one. */
export async function tokenFor(request: APIRequestContext, client: { id: string; secret: string }): Promise<string> {
  const response = await request.post("/oauth/token", {
    headers: { Authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}` },
    form: { grant_type: "client_credentials" },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { access_token: string; token_type: string };
  expect(body.token_type).toBe("Bearer");
  return body.access_token;
}
