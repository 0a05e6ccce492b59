import path from "node:path";
import { registerApi } from "./apis";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const SPEC = path.resolve(__dirname, "../../shared/data/specs/dvla-vehicle-enquiry.yaml");

test("a publisher uploads a real spec, sees its problems with line numbers and its GDS table, and a re-upload changes nothing", async ({ page, expectNoAxeViolations }) => {
  const name = `Vehicle enquiry copy ${Date.now().toString(36)}`;
  await signIn(page, "dvla-publisher");
  await registerApi(page, name, { description: "A copy of the vehicle enquiry API, to try its description." });

  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Add an OpenAPI description");
  await expectNoAxeViolations(page);

  // Bad input first: refused with a reason, linked from the error summary, nothing saved.
  await page.getByLabel("Or paste it here").fill("[1, 2, 3]");
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("alert").getByRole("link", { name: /must be an object/ })).toBeVisible();

  await page.getByLabel("Upload a file").setInputFiles(SPEC);
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();
  await expect(page.getByText(/OpenAPI 3\.0\.0, arrived .* from dvla-vehicle-enquiry\.yaml/)).toBeVisible();
  await expect(page.getByText(/scores \d+ out of 100/)).toBeVisible();
  await expect(page.getByRole("table", { name: "The GDS API standards, point by point" })).toBeVisible();
  await expect(page.getByText(/^Line \d+, column \d+$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await page.getByLabel("Upload a file").setInputFiles(SPEC);
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.getByText("That OpenAPI description is the same as the current one, so nothing has changed.")).toBeVisible();
  await expect(page.getByText("One version has been stored.")).toBeVisible();
});
