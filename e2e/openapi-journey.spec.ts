import fs from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { registerApi, uploadSpec } from "./apis";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const SPEC = path.resolve(__dirname, "../../shared/data/specs/dvla-vehicle-enquiry.yaml");

/** The DVLA spec with its only operation's request body gaining a required property: a breaking change. */
function changedCopy(file: string): string {
  const doc = parse(fs.readFileSync(SPEC, "utf8"));
  const request = doc.components.schemas.VehicleRequest;
  request.properties.reason = { type: "string", description: "Why the vehicle is being looked up." };
  request.required = [...(request.required ?? []), "reason"];
  fs.writeFileSync(file, stringify(doc));
  return file;
}

test("a publisher checks a real spec, publishes, the documentation renders, and a changed version shows what breaks", async ({ page, expectNoAxeViolations }, testInfo) => {
  const name = `Vehicle enquiry journey ${Date.now().toString(36)}`;
  await signIn(page, "dvla-publisher");
  await registerApi(page, name, { description: "A draft of the vehicle enquiry API, to check its description before publishing.", draft: true });

  // Upload the real spec to the draft: its lint problems with line numbers and its GDS table.
  await uploadSpec(page, SPEC);
  await expect(page.getByText(/scores \d+ out of 100/)).toBeVisible();
  const standards = page.getByRole("table", { name: "The GDS API standards, point by point" });
  await expect(standards).toBeVisible();
  await expect(standards.getByRole("row", { name: /Error responses are defined/ })).toBeVisible();
  await expect(page.getByText(/^Line \d+, column \d+$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Publish the draft.
  await page.getByRole("button", { name: "Publish this API" }).click();
  await expect(page.getByText("The API has been published.")).toBeVisible();

  // The published page renders the documentation from the stored bundle.
  const docs = page.locator('[data-testid="api-documentation"][data-state="ready"]');
  await expect(docs).toBeVisible({ timeout: 30_000 });
  await expect(docs.getByText("/v1/vehicles").first()).toBeVisible();
  // Redoc's own headings are announced below the page's h1 and the section's h2.
  await expect(docs.locator("h1").first()).toHaveAttribute("aria-level", "3");
  await expectNoAxeViolations(page);

  // A changed version: the breaking change is shown on the API page and on the version.
  await uploadSpec(page, changedCopy(testInfo.outputPath("dvla-vehicle-enquiry-changed.yaml")));
  const warning = page.getByRole("link", { name: /This version has 1 change that breaks existing clients/ });
  await expect(warning).toBeVisible();
  await warning.click();
  const breaking = page.getByRole("region", { name: "These changes will break existing clients (1)" });
  await expect(breaking).toContainText('"reason"');
  await expectNoAxeViolations(page);
});
