import type { Page } from "@playwright/test";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const DVLA = "Driver and Vehicle Licensing Agency";

/** The newcomer's row in the users table (they appear once they have signed in). */
const newcomerRow = (page: Page) => page.getByRole("row").filter({ has: page.getByRole("link", { name: "Nina Newcomer" }) });

test.describe("admin: people's access and the audit log", () => {
  test("an admin sees a new account with no access, grants a membership, and the audit log shows it", async ({ page, browser, expectNoAxeViolations }) => {
    // A long journey (three people, seven axe checks): give it the slow-test allowance.
    test.slow();
    // The newcomer signs in first, in a browser of their own: that creates their account.
    const newcomer = await browser.newContext();
    await signIn(await newcomer.newPage(), "newcomer");
    await newcomer.close();

    await signIn(page, "admin");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Users" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Users");
    await newcomerRow(page).getByRole("link", { name: "Nina Newcomer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Nina Newcomer");

    // On a retry the grants may already be there: take them away, so the journey starts from scratch.
    const none = page.getByRole("group", { name: "Role" }).getByLabel("None", { exact: true });
    if (!(await none.isChecked())) {
      await none.check();
      await page.getByRole("button", { name: "Save role" }).click();
      await expect(page.getByText("Role is now None")).toBeVisible();
    }
    const earlier = page.getByRole("button", { name: `Remove membership of ${DVLA}` });
    if (await earlier.isVisible()) {
      await earlier.click();
      await expect(page.getByRole("alert").filter({ hasText: `no longer publishes for ${DVLA}` })).toBeVisible();
    }
    await page.goto("/admin/users");
    await expect(newcomerRow(page)).toContainText("No access yet");
    await expectNoAxeViolations(page);
    await newcomerRow(page).getByRole("link", { name: "Nina Newcomer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Nina Newcomer");
    const account = page.url();
    await expectNoAxeViolations(page);

    // Nothing chosen: the error summary links to the field and the title says "Error:".
    await page.getByRole("button", { name: "Add membership" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Select an organisation" })).toHaveAttribute("href", "#organisation");
    await expectNoAxeViolations(page);

    await page.getByLabel("Add a membership").selectOption({ label: `${DVLA} (DVLA)` });
    await page.getByRole("button", { name: "Add membership" }).click();
    await expect(page.getByRole("alert").filter({ hasText: `Nina Newcomer can now publish for ${DVLA}` })).toBeVisible();
    await expect(page.getByRole("table")).toContainText(DVLA);
    await page.goto("/admin/users");
    await expect(newcomerRow(page)).not.toContainText("No access yet");
    await expect(newcomerRow(page)).toContainText("DVLA");

    // The role form works without JavaScript too (post, redirect, get).
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await noScript.newPage();
    await plain.goto(account);
    for (const role of ["Assessor", "None"]) {
      await plain.getByRole("group", { name: "Role" }).getByLabel(role, { exact: true }).check();
      await plain.getByRole("button", { name: "Save role" }).click();
      await expect(plain.getByText(`Role is now ${role}`)).toBeVisible();
    }
    await noScript.close();

    // The audit log, filtered by record type (the filters live in the URL).
    await page.goto("/admin/audit");
    await expectNoAxeViolations(page);
    await page.getByLabel("Record").selectOption({ label: "Membership" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]type=Membership/);
    const grant = page.getByRole("row").filter({ hasText: `Nina Newcomer in ${DVLA}` }).first();
    await expect(grant).toContainText("Added to organisation");
    await expect(grant).toContainText("Adam Admin");
    await grant.getByText("Changes").click();
    await expect(grant.getByRole("table")).toContainText("Publisher");
    await expectNoAxeViolations(page);

    await page.goto("/admin/audit?type=User");
    await expect(page.getByRole("row").filter({ hasText: "Nina Newcomer" }).filter({ hasText: "Role changed" }).first()).toBeVisible();

    // A date that is not real is explained, linked to its field.
    await page.goto("/admin/audit?from=2025-02-30");
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("alert").getByRole("link", { name: /Date from must be a real date/ })).toHaveAttribute("href", "#from");
    await expectNoAxeViolations(page);
  });

  test("a publisher visiting the admin pages gets the 403 page", async ({ page }) => {
    await signIn(page, "dvla-publisher");
    for (const path of ["/admin", "/admin/users", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    }
  });

  test("an API's history says who did what and when, and a hidden one has none", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis/gov-uk-notify/history");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("History");
    const created = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Created" }) }).last();
    await expect(created).toContainText("Import from api.gov.uk");
    await expect(created.locator("time")).toHaveText(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    await expect(created.getByRole("table")).toContainText("Name");
    await expectNoAxeViolations(page);

    expect((await page.goto("/apis/no-such-api/history"))?.status()).toBe(404);
  });

  test("a draft system's history is for its publishers: anyone else is told it is not found", async ({ page, browser, expectNoAxeViolations }) => {
    const name = `Admin history check ${Date.now().toString(36)}`;
    await signIn(page, "dvla-publisher");
    await page.goto("/publish/systems/new");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Description").fill("A system registered to check its history page.");
    await page.getByRole("group", { name: "What stage is the system at?" }).getByLabel("Live", { exact: true }).check();
    await page.getByRole("group", { name: "Where is it hosted?" }).getByLabel("Cloud", { exact: true }).check();
    await page.getByLabel("Team that owns the system").fill("History team");
    await page.getByLabel("Team’s email address").fill("history@dvla.example.gov.uk");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    await page.getByRole("navigation", { name: `Manage ${name}` }).getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("History");
    const created = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Created" }) });
    await expect(created).toContainText("Dana Publisher");
    await expect(created.getByRole("table")).toContainText("History team");
    await expectNoAxeViolations(page);

    const history = page.url();
    for (const username of [null, "hmrc-publisher"] as const) {
      const other = await browser.newContext();
      const visitor = await other.newPage();
      if (username) await signIn(visitor, username);
      expect((await visitor.goto(history))?.status(), username ?? "anonymous").toBe(404);
      await expect(visitor.getByText(name)).toHaveCount(0);
      await other.close();
    }
  });
});
