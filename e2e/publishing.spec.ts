import type { Browser, Page } from "@playwright/test";
import { signIn, type DemoUsername } from "./auth";
import { expect, test } from "./fixtures";

// Names are unique per run, so the journeys can run again on the same database.
const run = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const DVLA = "Driver and Vehicle Licensing Agency";

const group = (page: Page, legend: string) => page.getByRole("group", { name: legend });
/** The green banner after a change (not Next's route announcer, which is an alert too). */
const success = (page: Page) => page.getByRole("alert", { name: "Success" });

/** Fills the API form's required questions (and a few others) with good answers. */
async function fillApi(page: Page, name: string, extra: { description?: string } = {}) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description").fill(extra.description ?? `Checks whether a vehicle is taxed. ${name}.`);
  await page.getByLabel("Tags (optional)").fill("Vehicles, Tax");
  await page.getByLabel("Base URL (optional)").fill("https://api.dvla.example.gov.uk/v1");
  await group(page, "What stage is the API at?").getByLabel("Live", { exact: true }).check();
  // Government only: anonymous journeys (search, counts) see the catalogue as imported.
  await group(page, "Who can see it in the catalogue?").getByLabel("Government only", { exact: true }).check();
  await group(page, "How do applications authenticate?").getByLabel("OAuth 2.0", { exact: true }).check();
  await group(page, "Does the API serve a dataset?").getByLabel("No", { exact: true }).check();
}

/** Registers and publishes an API through the form; resolves on its page. */
async function publishApi(page: Page, name: string) {
  await page.goto("/publish/apis/new");
  await fillApi(page, name);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** A page signed in as this person, with JavaScript on or off (the session is carried over). */
async function signedInPage(browser: Browser, username: DemoUsername, javaScriptEnabled = true) {
  const signing = await browser.newContext();
  const page = await signing.newPage();
  await signIn(page, username);
  if (javaScriptEnabled) return page;
  const state = await signing.storageState();
  await signing.close();
  return (await browser.newContext({ javaScriptEnabled: false, storageState: state })).newPage();
}

test.describe("publishing", () => {
  test("the DVLA publisher registers a system and an API, publishes, edits it and finds it in search", async ({ page, expectNoAxeViolations }) => {
    const id = run();
    const systemName = `Fleet register ${id}`;
    const apiName = `Fleet tax status ${id}`;
    await signIn(page, "dvla-publisher");

    await page.goto("/publish");
    await expect(page.getByRole("heading", { level: 2, name: DVLA })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Register a system" }).click();
    await expect(page).toHaveTitle(/^Register a system – API Catalogue/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Name", { exact: true }).fill(systemName);
    await page.getByLabel("Description").fill("The record of every vehicle in the DVLA fleet.");
    await group(page, "What stage is the system at?").getByLabel("Live", { exact: true }).check();
    await group(page, "Where is it hosted?").getByLabel("Cloud", { exact: true }).check();
    await page.getByLabel("Team that owns the system").fill("Fleet data team");
    await page.getByLabel("Team’s email address").fill("fleet-data@dvla.example.gov.uk");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: systemName })).toBeVisible();
    await expect(success(page)).toContainText("The system has been published.");
    await expect(page).toHaveTitle(`${systemName} – API Catalogue`);
    await expectNoAxeViolations(page);

    // Registered from the system's page, so the system is already chosen; saved as a draft first.
    await page.getByRole("link", { name: "Register an API of this system" }).click();
    await expect(page.getByLabel("System it belongs to (optional)")).toHaveValue(/.+/);
    await expectNoAxeViolations(page);
    await fillApi(page, apiName);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: apiName })).toBeVisible();
    await expect(page.getByText("Only publishers from this organisation and administrators can see this API.")).toBeVisible();
    await expectNoAxeViolations(page);
    const apiPath = new URL(page.url()).pathname;

    await page.getByRole("button", { name: "Publish this API" }).click();
    await expect(success(page)).toContainText("The API has been published.");
    await expect(page.getByRole("link", { name: systemName })).toBeVisible();

    await page.getByRole("navigation", { name: `Manage ${apiName}` }).getByRole("link", { name: "Edit" }).click();
    await expect(page).toHaveTitle(new RegExp(`^Edit ${apiName}`));
    await expectNoAxeViolations(page);
    await page.getByLabel("Description").fill(`Checks whether a vehicle is taxed, and until when. ${id}`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(success(page)).toContainText("Your changes to the API have been saved.");
    await expect(page.getByText("and until when")).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(apiPath);

    await page.goto(`/apis?q=${id}`);
    await expect(page.getByRole("link", { name: apiName })).toBeVisible();
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`bad input shows an error summary linking to each field and keeps what was typed (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser, expectNoAxeViolations }) => {
      const page = await signedInPage(browser, "dvla-publisher", javaScriptEnabled);
      const name = `Insecure API ${run()}`;
      await page.goto("/publish/apis/new");
      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByLabel("Base URL (optional)").fill("http://api.dvla.example.gov.uk");
      await page.getByLabel("Documentation URL (optional)").fill("javascript:alert(1)");
      await page.getByLabel("Deprecation date (optional)").fill("2026-02-01");
      await page.getByLabel("Sunset date (optional)").fill("2026-01-31");
      await page.getByRole("button", { name: "Publish", exact: true }).click();

      await expect(page).toHaveTitle(/^Error: Register an API – API Catalogue/);
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary.getByRole("link", { name: "Enter a web address that starts with https://, not http://" })).toHaveAttribute("href", "#url");
      await expect(summary.getByRole("link", { name: "Enter a web address that starts with https://", exact: true })).toHaveAttribute("href", "#documentationUrl");
      await expect(summary.getByRole("link", { name: "Enter a description of the API" })).toHaveAttribute("href", "#description");
      await expect(summary.getByRole("link", { name: "Select the stage the API is at" })).toHaveAttribute("href", "#lifecycle");
      await expect(summary.getByRole("link", { name: "Sunset date must be the same as or after the deprecation date" })).toHaveAttribute("href", "#sunsetAt");
      await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
      await expect(page.getByLabel("Base URL (optional)")).toHaveValue("http://api.dvla.example.gov.uk");
      await expect(page.getByLabel("Sunset date (optional)")).toHaveValue("2026-01-31");
      await expect(page.locator("#url-error")).toContainText("Enter a web address that starts with https://, not http://");
      // axe runs in the page, so it needs JavaScript; the same page is checked with it on.
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await summary.getByRole("link", { name: "Enter a description of the API" }).click();
      if (javaScriptEnabled) await expect(page.getByLabel("Description")).toBeFocused();
      else await expect(page).toHaveURL(/#description$/);

      // Put right, the same form saves, and the page it lands on is no longer an error page.
      await fillApi(page, name);
      await page.getByLabel("Documentation URL (optional)").fill("");
      await page.getByLabel("Sunset date (optional)").fill("2026-03-01");
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
      await expect(page).toHaveTitle(`${name} – API Catalogue`);
      await expect(page.getByText("The API has been saved as a draft.")).toBeVisible();
      await page.context().close();
    });
  }

  test("a stale edit (two tabs) is refused with a clear message, and nothing is overwritten", async ({ page, expectNoAxeViolations }) => {
    const name = `Contested API ${run()}`;
    await signIn(page, "dvla-publisher");
    const path = await publishApi(page, name);
    const other = await page.context().newPage();
    await page.goto(`${path}/edit`);
    await other.goto(`${path}/edit`);

    await other.getByLabel("Name", { exact: true }).fill(`${name} (renamed)`);
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(success(other)).toContainText("Your changes to the API have been saved.");

    await page.getByLabel("Description").fill("My edit, made from a stale copy.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Someone else changed this API while you were editing it. Your changes have not been saved. Check the current details and make your changes again.")).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel("Description")).toHaveValue("My edit, made from a stale copy.");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Reload the current details of this API" }).click();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(`${name} (renamed)`);
    await expect(page.getByLabel("Description")).not.toHaveValue("My edit, made from a stale copy.");
  });

  test("drafts can be deleted and published APIs retired, each after a confirmation page", async ({ page, expectNoAxeViolations }) => {
    const id = run();
    await signIn(page, "dvla-publisher");
    await page.goto("/publish/apis/new");
    await fillApi(page, `Throwaway draft ${id}`);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await page.getByRole("link", { name: "Delete draft" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Are you sure you want to delete the draft");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Delete draft" }).click();
    await expect(success(page)).toContainText("The draft API has been deleted.");
    await expect(page.getByRole("link", { name: `Throwaway draft ${id}` })).toHaveCount(0);

    const path = await publishApi(page, `Fading API ${id}`);
    await expect(page.getByRole("link", { name: "Delete draft" })).toHaveCount(0);
    await page.getByRole("link", { name: "Retire" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Are you sure you want to retire");
    await expectNoAxeViolations(page);
    await page.getByLabel("Sunset date").fill("31/12/2025");
    await page.getByRole("button", { name: "Retire API" }).click();
    await expect(page.getByRole("link", { name: "Enter the sunset date as a year, month and day, like 2025-03-31" })).toHaveAttribute("href", "#sunsetAt");
    await page.getByLabel("Sunset date").fill("2025-12-31");
    await page.getByRole("button", { name: "Retire API" }).click();
    await expect(success(page)).toContainText("The API has been retired.");
    await expect(page.getByText("Retired.", { exact: true })).toBeVisible();
    await expect(page.getByText("sunset date 2025-12-31")).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(path);

    // Still findable, marked retired; and a published API cannot be deleted.
    await page.goto(`/apis?q=${id}`);
    await expect(page.getByRole("link", { name: `Fading API ${id}` })).toBeVisible();
    await page.goto(`${path}/delete`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("You cannot delete");
  });

  test("a system's edit, retire and delete pages", async ({ page, expectNoAxeViolations }) => {
    const name = `Archive store ${run()}`;
    await signIn(page, "dvla-publisher");
    await page.goto("/publish/systems/new");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Description").fill("Where old records are kept.");
    await group(page, "What stage is the system at?").getByLabel("Beta", { exact: true }).check();
    await group(page, "Where is it hosted?").getByLabel("On premises", { exact: true }).check();
    await page.getByLabel("Team that owns the system").fill("Records team");
    await page.getByLabel("Team’s email address").fill("not an email");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("link", { name: "Enter an email address in the correct format, like name@example.gov.uk" })).toHaveAttribute("href", "#ownerEmail");
    await expect(page).toHaveTitle(/^Error: Register a system/);
    await expect(group(page, "Where is it hosted?").getByLabel("On premises", { exact: true })).toBeChecked();
    await page.getByLabel("Team’s email address").fill("mailto:records@dvla.example.gov.uk");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("link", { name: "records@dvla.example.gov.uk" })).toHaveAttribute("href", "mailto:records@dvla.example.gov.uk");
    const path = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Edit" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(success(page)).toContainText("The system has been published.");

    await page.getByRole("link", { name: "Retire" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Retire system" }).click();
    await expect(success(page)).toContainText("The system has been retired.");

    await page.goto(`${path}/delete`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("You cannot delete");
    await expectNoAxeViolations(page);
  });

  test("the HMRC publisher cannot edit a DVLA API: a 403 page", async ({ browser, expectNoAxeViolations }) => {
    const dvla = await signedInPage(browser, "dvla-publisher");
    const path = await publishApi(dvla, `Guarded API ${run()}`);
    await dvla.context().close();

    const hmrc = await signedInPage(browser, "hmrc-publisher");
    await hmrc.goto(path);
    await expect(hmrc.getByRole("link", { name: "Edit" })).toHaveCount(0);
    const response = await hmrc.goto(`${path}/edit`);
    expect(response?.status()).toBe(403);
    await expect(hmrc.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to do this");
    await expectNoAxeViolations(hmrc);
    await hmrc.context().close();
  });

  test("someone signed in without a membership (the assessor) cannot publish yet; an anonymous visitor is asked to sign in", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/publish");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpublish/);
    // Not the newcomer: another journey grants them a membership.
    await signIn(page, "assessor");
    await page.goto("/publish");
    await expect(page.getByRole("heading", { level: 2, name: "You cannot publish yet" })).toBeVisible();
    await expect(page.getByText("Ask an administrator")).toBeVisible();
    await expect(page.getByRole("link", { name: "Register an API" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
