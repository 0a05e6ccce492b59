import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

const group = (page: Page, legend: string) => page.getByRole("group", { name: legend });

/**
 * Registers an API for the signed-in publisher's organisation through the form, published at
 * once or saved as a draft, seen by government (or those `visibility` names), and waits for its page.
 */
export async function registerApi(
  page: Page,
  name: string,
  { description, draft = false, visibility = "Government only" }: { description: string; draft?: boolean; visibility?: "Government only" | "Internal to the organisation" },
) {
  await page.goto("/publish/apis/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description").fill(description);
  await group(page, "What stage is the API at?").getByLabel("Beta", { exact: true }).check();
  await group(page, "Who can see it in the catalogue?").getByLabel(visibility, { exact: false }).first().check();
  await group(page, "How do applications authenticate?").getByLabel("API key", { exact: true }).check();
  await group(page, "Does the API serve a dataset?").getByLabel("No", { exact: true }).check();
  await page.getByRole("button", { name: draft ? "Save as draft" : "Publish", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** From an API's page, uploads a spec file through "Add an OpenAPI description". */
export async function uploadSpec(page: Page, file: string) {
  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await page.getByLabel("Upload a file").setInputFiles(file);
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();
}

/** The text of every result of the search on screen, page after page, however many earlier journeys added. */
export async function allResults(page: Page): Promise<string[]> {
  const listed: string[] = [];
  for (;;) {
    const items = page.getByRole("list", { name: "Results" }).getByRole("listitem");
    await expect(items.first()).toBeVisible();
    listed.push(...(await items.allTextContents()));
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) return listed;
    await page.goto((await next.getAttribute("href"))!);
  }
}
