import type { Page } from "@playwright/test";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const SYSTEMS_WITH_API = "More than half of the systems have an API in the catalogue";
const field = (page: Page) => page.getByLabel(`Organisation: ${SYSTEMS_WITH_API}`);

test("an admin changes the share a maturity criterion asks for: a bad value is refused, a good one shows in the grid", async ({ page, expectNoAxeViolations }) => {
  await signIn(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Maturity thresholds" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maturity thresholds" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A share other than the one in force, even if an earlier run on this database stopped before putting the default back.
  const chosen = (await field(page).inputValue()) === "60" ? "61" : "60";

  // More than 100% could never be met: refused, with the problem linked to its field.
  await field(page).fill("100");
  await page.getByRole("button", { name: "Save thresholds" }).click();
  const problem = `The percentage for “${SYSTEMS_WITH_API}” must be a whole number from 0 to 99`;
  await expect(page.getByRole("alert").getByRole("link", { name: problem })).toHaveAttribute("href", "#percent-organisation.api.2.system-has-api.more-than-share");
  await expect(page).toHaveTitle(/^Error: Maturity thresholds/);
  await expectNoAxeViolations(page);

  await field(page).fill(chosen);
  await page.getByRole("button", { name: "Save thresholds" }).click();
  await expect(page.getByText("Thresholds saved: every grid is now worked out with them.")).toBeVisible();
  await expect(field(page)).toHaveValue(chosen);

  // The live grid asks for the new share, in the criterion's own words.
  await page.goto("/organisations/hm-revenue-customs/maturity");
  const api = page.getByRole("table", { name: /level by level/ }).getByRole("row", { name: /^API/ });
  await expect(api.getByText(`More than ${chosen}% of the systems have an API in the catalogue`, { exact: true })).toBeVisible();
  await expect(api.getByText(`Automatic. Needs more than ${chosen}%`, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to the model's default, so other journeys on this database see the grid as the model has it.
  await page.goto("/admin/thresholds");
  await field(page).fill("50");
  await page.getByRole("button", { name: "Save thresholds" }).click();
  await expect(page.getByText("Thresholds saved: every grid is now worked out with them.")).toBeVisible();
});
