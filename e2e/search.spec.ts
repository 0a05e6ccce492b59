import { allResults } from "./apis";
import { expect, test } from "./fixtures";

test.describe("searching and browsing the catalogue", () => {
  test("searching “vehicle” finds DVLA's Vehicle Enquiry Service, with the word marked", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/");
    await page.getByLabel("Search APIs").fill("vehicle");
    await page.getByRole("button", { name: "Search" }).first().click();
    await expect(page).toHaveURL(/\/apis\?q=vehicle/);
    const result = page.getByRole("link", { name: "DVLA Vehicle Enquiry Service" });
    await expect(result).toBeVisible();
    await expect(result.locator("mark")).toHaveText(/vehicle/i);
    await expect(page).toHaveTitle(/Search results for “vehicle”/);
    await expectNoAxeViolations(page);
  });

  test("an organisation filter narrows the list, and the count shown equals the number listed", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis");
    const total = Number((await page.locator("#result-count").textContent())!.replace(/\D/g, ""));
    await page.getByLabel(/^Driver and Vehicle Licensing Agency \(\d+\)$/).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/organisation=driver-and-vehicle-licensing-agency/);
    const shown = Number((await page.locator("#result-count").textContent())!.replace(/\D/g, ""));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await expectNoAxeViolations(page);
    const listed = await allResults(page);
    expect(listed).toHaveLength(shown);
    for (const text of listed) expect(text).toContain("Driver and Vehicle Licensing Agency");
  });

  test("a search is a shareable URL and works with JavaScript turned off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/apis?q=tax&sort=name");
    await expect(page.getByLabel("Search APIs")).toHaveValue("tax");
    await expect(page.getByLabel("Sort by")).toHaveValue("name");
    await page.getByLabel("Search APIs").fill("vehicle enquiry");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("link", { name: "DVLA Vehicle Enquiry Service" })).toBeVisible();
    await context.close();
  });

  test("search syntax characters never break the page", async ({ page }) => {
    for (const q of ['"', "*", "NEAR(", "-", "((vehicle", 'a" OR "b']) {
      const response = await page.goto(`/apis?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.locator("#result-count")).toBeVisible();
    }
  });

  test("pages through all APIs", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis");
    await page.getByRole("navigation", { name: /results/i }).getByRole("link", { name: /next/i }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("listitem")).toHaveCount(20);
    await expectNoAxeViolations(page);
  });
});

test.describe("one API and its organisation", () => {
  test("the detail page shows the documentation link and links to its organisation", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis?q=vehicle+enquiry");
    await page.getByRole("link", { name: "DVLA Vehicle Enquiry Service" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "DVLA Vehicle Enquiry Service" })).toBeVisible();
    const docs = page.getByRole("link", { name: /Read the documentation for DVLA Vehicle Enquiry Service/ });
    await expect(docs).toHaveAttribute("href", /^https:\/\//);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Driver and Vehicle Licensing Agency" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /Driver and Vehicle Licensing Agency/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "DVLA Vehicle Enquiry Service" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("keeps the line breaks of an imported description", async ({ page }) => {
    await page.goto("/apis?q=notify");
    await page.getByRole("link", { name: "GOV.UK Notify" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "the public-facing REST API for GOV.UK Notify" })).toBeVisible();
  });

  test("an unknown API gets a plain-English not found page", async ({ page, expectNoAxeViolations }) => {
    const response = await page.goto("/apis/no-such-api");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectNoAxeViolations(page);
  });
});

test.describe("the estate at a glance", () => {
  test("organisations list every organisation with its API count", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/organisations");
    const row = page.getByRole("row", { name: /NHS Digital/ });
    await expect(row).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the dashboard draws APIs per organisation and gives the same figures as a table", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("img", { name: /Bar chart of APIs per organisation/ })).toBeVisible();
    const table = page.getByRole("table", { name: "APIs per organisation" });
    await expect(table.getByRole("row", { name: /NHS Digital/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the status page answers", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/status");
    await expect(page.getByText("The service is running")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
