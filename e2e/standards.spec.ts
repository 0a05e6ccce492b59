import { expect, test } from "./fixtures";

test.describe("the GDS standards check of the real specs", () => {
  test("an API's page shows its standards score, the table point by point, and lint problems with line numbers", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis/dvla-vehicle-enquiry-service");
    await expect(page.getByText(/scores \d+ out of 100/)).toBeVisible();
    const table = page.getByRole("table", { name: "The GDS API standards, point by point" });
    await expect(table.getByRole("row", { name: /Servers use HTTPS/i })).toBeVisible();
    await expect(table.getByText("Meets it").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /Problems found by the OpenAPI linter/ })).toBeVisible();
    await expect(page.getByText(/^Line \d+, column \d+$/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("search filters by standards score, and the count matches what is listed", async ({ page }) => {
    await page.goto("/apis");
    const checked = page.getByRole("group", { name: "GDS API standards score" });
    const bands = await checked.getByRole("checkbox").count();
    expect(bands).toBeGreaterThan(1);
    await checked.getByLabel(/^Not checked/).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/score=unchecked/);
    await expect(page.getByRole("group", { name: "GDS API standards score" }).getByLabel(/^Not checked/)).toBeChecked();
    const count = async (url: string) => {
      await page.goto(url);
      return Number((await page.locator("#result-count").textContent())!.replace(/\D/g, ""));
    };
    const all = await count("/apis");
    const shown = await count("/apis?score=high&score=medium&score=low");
    // The eight seeded specs are all scored; journeys that make a scored API public add to them, never every API.
    expect(shown).toBeGreaterThanOrEqual(8);
    expect(shown).toBeLessThan(all);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("listitem")).toHaveCount(shown);
  });
});
