import { expect, test } from "./fixtures";

test.describe("home page", () => {
  test("says what it is and has no accessibility violations", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("API Catalogue");
    await expectNoAxeViolations(page);
  });

  test("the skip link is the first thing a keyboard reaches and moves focus to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.locator(":focus");
    await expect(skip).toHaveAttribute("href", "#main-content");
    await expect(skip).toHaveText(/skip to (main )?content/i);
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`home page search, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the search box submits to /apis?q=…", async ({ page }) => {
      await page.goto("/");
      const search = page.getByLabel("Search APIs", { exact: true });
      await search.fill("vehicle");
      await search.press("Enter");
      await expect(page).toHaveURL(/\/apis\?(.*&)?q=vehicle(&|$)/);
    });
  });
}
