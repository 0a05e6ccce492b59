import type { Page } from "@playwright/test";
import { signIn, signOut } from "./auth";
import { expect, test } from "./fixtures";

const run = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const group = (page: Page, legend: string) => page.getByRole("group", { name: legend });

/** Registers and publishes an API as the signed-in DVLA publisher; resolves on its page. */
async function publishApi(page: Page, name: string, visibility: "Public" | "Internal to the organisation" = "Public") {
  await page.goto("/publish/apis/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description").fill(`Answers questions about vehicles. ${name}.`);
  await group(page, "What stage is the API at?").getByLabel("Live", { exact: true }).check();
  await group(page, "Who can see it in the catalogue?").getByLabel(visibility, { exact: false }).first().check();
  await group(page, "How do applications authenticate?").getByLabel("OAuth 2.0", { exact: true }).check();
  await group(page, "Does the API serve a dataset?").getByLabel("No", { exact: true }).check();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test.describe("ownership, history and visibility", () => {
  test("the HMRC publisher's save of a DVLA API is refused by the server, and the history shows the DVLA publisher's two events", async ({ page, expectNoAxeViolations }) => {
    const id = run();
    const name = `Vehicle keeper check ${id}`;
    await signIn(page, "dvla-publisher");
    const apiPath = await publishApi(page, name);
    await page.goto(`${apiPath}/edit`);
    await page.getByLabel("Description").fill(`Edited by the DVLA. ${id}`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(`Edited by the DVLA. ${id}`)).toBeVisible();

    // A form loaded by the DVLA publisher, then submitted after signing in as HMRC: the
    // button was never the protection, so the server action itself must refuse.
    await page.goto(`${apiPath}/edit`);
    const form = await page.content();
    expect(form).toContain("Save changes");
    const tab = await page.context().newPage();
    await tab.goto("/");
    await signOut(tab);
    await signIn(tab, "hmrc-publisher");
    await tab.close();
    await page.getByLabel("Description").fill(`Overwritten by HMRC. ${id}`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to do this");
    await page.goto(apiPath);
    await expect(page.getByText(`Edited by the DVLA. ${id}`)).toBeVisible();
    await expect(page.getByText(`Overwritten by HMRC. ${id}`)).toHaveCount(0);

    // HMRC's own attempt at the edit page is a 403 too.
    const response = await page.goto(`${apiPath}/edit`);
    expect(response?.status()).toBe(403);

    await page.goto(`${apiPath}/history`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("History");
    // Exactly two events, both the DVLA publisher's: the registration and the edit. HMRC's
    // refused attempt left none.
    const events = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
    await expect(events).toHaveCount(2);
    await expect(events.filter({ hasText: "Dana Publisher" })).toHaveCount(2);
    await expect(page.getByRole("heading", { level: 2, name: "Created" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Updated: .*description/i })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an internal API never appears, nor is counted, for an anonymous visitor", async ({ page, browser }) => {
    const id = run();
    const name = `Internal fleet ledger ${id}`;
    await signIn(page, "dvla-publisher");
    const apiPath = await publishApi(page, name, "Internal to the organisation");
    await page.goto(`/apis?q=${id}`);
    await expect(page.locator("#result-count")).toHaveText(/^1 API/);

    const anonymous = await (await browser.newContext()).newPage();
    await anonymous.goto(`/apis?q=${id}`);
    await expect(anonymous.locator("#result-count")).toHaveText(/^0 APIs/);
    await expect(anonymous.getByText(name)).toHaveCount(0);
    await anonymous.goto(`/apis?q=${id}&visibility=internal`);
    await expect(anonymous.locator("#result-count")).toHaveText(/^0 APIs/);
    await expect(anonymous.getByLabel(/Internal to the organisation \(\d*[1-9]\d*\)/)).toHaveCount(0);
    const response = await anonymous.goto(apiPath);
    expect(response?.status()).toBe(404);
    await anonymous.goto("/organisations/driver-and-vehicle-licensing-agency");
    await expect(anonymous.getByText(name)).toHaveCount(0);
  });
});
