import AxeBuilder from "@axe-core/playwright";
import { registerApi } from "./apis";
import { signIn } from "./auth";
import { AXE_TAGS, expect, formatViolations, test } from "./fixtures";
import { HOSTILE_SPEC, SCRIPT } from "../lib/openapi/hostile-testing";

test("script and HTML in every text field of a spec never run: not on the API page, not in the documentation", async ({ page, browser }) => {
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const name = `Hostile spec ${Date.now().toString(36)}`;
  await signIn(page, "dvla-publisher");
  // From here on (signing in visits the identity provider), every request must stay on this site;
  // a mailto: link the spec gives opens no connection.
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "mailto:" && url.hostname !== "127.0.0.1") outside.push(request.url());
  });
  await registerApi(page, name, { description: "An API whose description tries to run script in readers' browsers." });
  const apiPath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await page.getByLabel("Or paste it here").fill(JSON.stringify(HOSTILE_SPEC, null, 2));
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();
  // The check table and the linter's problems are on the page, the hostile text among them as text.
  await expect(page.getByRole("table", { name: "The GDS API standards, point by point" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Problems found by the OpenAPI linter/ })).toBeVisible();

  const docs = page.locator("[data-testid=api-documentation][data-state=ready]");
  await expect(docs).toBeVisible({ timeout: 30_000 });
  // Plain-text fields show the markup as text; Markdown fields have it removed.
  await expect(docs.getByText(SCRIPT).filter({ visible: true }).first()).toBeVisible();
  await expect(docs.locator("script")).toHaveCount(0);
  await expect(docs.locator("[onerror]")).toHaveCount(0);
  // A spec's images are dropped: one pointing at this site would have every reader's browser request it.
  await expect(docs.locator("img")).toHaveCount(0);

  // Click every link the documentation drew from the spec, then every clickable in its menu.
  const links = docs.locator("a[href]");
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    if (await link.isVisible()) await link.click({ noWaitAfter: true, modifiers: [] }).catch(() => undefined);
    if (new URL(page.url()).pathname !== apiPath) await page.goBack();
  }
  // One turn of the page's event loop, so anything those clicks queued has run.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations, formatViolations(axe.violations)).toEqual([]);

  // The downloads are the hostile text as files, never a page; and someone who cannot see the API gets nothing.
  const original = await page.request.get(`${apiPath}/openapi/original`);
  expect(original.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(original.headers()["content-disposition"]).toMatch(/^attachment; /);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${page.url().split(apiPath)[0]}${apiPath}/openapi/original`)).status()).toBe(404);
  await anonymous.close();
});
