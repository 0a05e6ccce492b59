import type { Page } from "@playwright/test";
import { HOSTILE_SPEC, SCRIPT } from "../lib/openapi/hostile-testing";
import { registerApi } from "./apis";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

// Transport for London's Unified API (Swagger 2.0, seeded): its documentation has several parts.
const TFL = "/apis/transport-for-london-unified-api";
const served = (page: Page) => page.getByTestId("api-documentation-served");

/** Presses Tab until the focused element's href matches, and says what it is. */
async function tabTo(page: Page, wanted: RegExp, most = 400): Promise<string> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    if (wanted.test(href)) return href;
  }
  throw new Error(`No link matching ${wanted} within ${most} presses of Tab`);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader reads a big spec's documentation part by part, by keyboard, and downloads it", async ({ page }) => {
    await page.goto(TFL);
    const contents = served(page).getByRole("navigation", { name: /^Contents: \d+ operations$/ });
    await expect(contents).toBeVisible();
    await expect(served(page).getByText(/^Part 1 of \d+: operations 1 to 20\.$/)).toBeVisible();
    await expect(page.getByText("The interactive documentation needs JavaScript")).toHaveCount(0);

    // From the contents to an operation in another part, by keyboard.
    await contents.getByRole("link").first().focus();
    const href = await tabTo(page, /^\?documentation=\d+#/);
    const [, part, anchor] = /^\?documentation=(\d+)#(.+)$/.exec(href)!;
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`\\?documentation=${part}#`));
    await expect(served(page).getByText(new RegExp(`^Part ${part} of \\d+: operations`))).toBeVisible();
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();

    // On to the next part with the pagination's link, by keyboard.
    const next = Number(part) + 1;
    await page.getByRole("navigation", { name: "Parts of the documentation" }).getByRole("link").first().focus();
    await tabTo(page, new RegExp(`^\\?documentation=${next}#documentation-part$`), 20);
    await page.keyboard.press("Enter");
    await expect(page.getByText(new RegExp(`^Part ${next} of \\d+: operations ${(next - 1) * 20 + 1} to`))).toBeInViewport();

    // An operation's parameters and responses are there to read.
    const operation = served(page).locator("section").first();
    await expect(operation.getByRole("heading", { level: 5 })).toBeVisible();
    await expect(operation.getByRole("heading", { name: "Responses", level: 6 })).toBeVisible();

    // And the downloads work without script.
    const yaml = await page.request.get((await page.getByRole("link", { name: "Bundled into one document, as YAML" }).getAttribute("href"))!);
    expect(yaml.status()).toBe(200);
    expect(await yaml.text()).toMatch(/^swagger: ["']?2\.0/m);
  });
});

test("with JavaScript, the interactive view replaces the server's documentation, at the operation the address names", async ({ page }) => {
  // An operation's anchor, read while the interactive view cannot fetch the document: otherwise
  // it may replace the server's documentation before the link is read.
  const bundled = "**/openapi/bundled.json?*";
  await page.route(bundled, (route) => route.abort());
  await page.goto(`${TFL}?documentation=2`);
  await expect(page.locator("[data-testid=api-documentation][data-state=error]")).toBeVisible();
  const link = served(page).getByRole("link", { name: /^GET / }).and(page.locator('[href^="#"]')).first();
  const anchor = (await link.getAttribute("href"))!.slice(1);
  await page.unroute(bundled);
  // A fresh load of the address (from the same page, only the fragment would change).
  await page.goto("about:blank");
  await page.goto(`${TFL}?documentation=2#${anchor}`);
  await expect(page.locator("[data-testid=api-documentation][data-state=ready]")).toBeVisible({ timeout: 30_000 });
  await expect(served(page)).toHaveCount(0);
  // Redoc's section for the same anchor, scrolled to.
  await expect(page.locator(`[data-section-id="${anchor}"]`)).toBeInViewport();
});

test("the server's documentation of a hostile spec shows its text as text, runs nothing and reaches nowhere", async ({ page, expectNoAxeViolations }) => {
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, "dvla-publisher");
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "mailto:" && url.hostname !== "127.0.0.1") outside.push(request.url());
  });
  await registerApi(page, `Hostile served ${Date.now().toString(36)}`, { description: "An API whose description tries to run script in readers' browsers." });
  const apiPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await page.getByLabel("Or paste it here").fill(JSON.stringify(HOSTILE_SPEC, null, 2));
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();

  // The interactive view cannot fetch the document, so the server's documentation stays.
  await page.route("**/openapi/bundled.json?*", (route) => route.abort());
  await page.goto(apiPath);
  await expect(page.locator("[data-testid=api-documentation][data-state=error]")).toBeVisible();
  const docs = served(page);
  await expect(docs.getByRole("heading", { level: 5 })).toHaveText(HOSTILE_SPEC.paths["/v1/things/{id}"].get.summary);
  await expect(docs.getByText(SCRIPT).first()).toBeVisible();
  await expect(docs.locator("script, img, iframe, [onerror], [style]")).toHaveCount(0);

  const links = docs.locator("a[href]");
  for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")!))) expect(href).toMatch(/^(#|\?documentation=|\/apis\/)/);
  for (let i = 0; i < (await links.count()); i++) await links.nth(i).click();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  await expectNoAxeViolations(page);
});
