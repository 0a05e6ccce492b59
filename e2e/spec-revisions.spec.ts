import fs from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { registerApi, uploadSpec } from "./apis";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const SPEC = path.resolve(__dirname, "../../shared/data/specs/ons-dataset-api.yaml");

/** The ONS spec with a path removed and a new required parameter (both break clients) and a new path (does not). */
function changedCopy(file: string): string {
  const doc = parse(fs.readFileSync(SPEC, "utf8"));
  delete doc.paths["/dataset-editions"];
  doc.paths["/datasets"].get.parameters.push({ name: "region", in: "query", required: true, type: "string", description: "Only datasets for this region." });
  doc.paths["/regions"] = { get: { summary: "List regions", produces: ["application/json"], responses: { 200: { description: "The regions" } } } };
  fs.writeFileSync(file, stringify(doc));
  return file;
}

test("a changed upload shows its breaking changes on the API page, the versions, the version and a comparison", async ({ page, expectNoAxeViolations }, testInfo) => {
  // Two checked uploads and six whole-page axe runs, one over the drawn documentation (about 12 s
  // alone on a quiet two-core machine): more than the default minute when the machine is busy.
  test.slow();
  const name = `Dataset versions ${Date.now().toString(36)}`;
  await signIn(page, "dvla-publisher");
  await registerApi(page, name, { description: "A copy of the ONS dataset API, to try versions of its description." });

  await uploadSpec(page, SPEC);
  await expect(page.getByText(/changes? that breaks? existing clients/)).toHaveCount(0);
  await uploadSpec(page, changedCopy(testInfo.outputPath("ons-dataset-api-changed.yaml")));

  // The API page: a warning linking to the new version, and the way to all versions.
  const warning = page.getByRole("link", { name: "This version has 2 changes that break existing clients" });
  await expect(warning).toBeVisible();
  await expect(page.getByRole("link", { name: "See all 2 versions" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Every version, newest first, with the count against the one before.
  await page.getByRole("link", { name: "See all 2 versions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versions of the OpenAPI description" })).toBeVisible();
  const rows = page.getByRole("table", { name: "2 versions" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("Version 2");
  await expect(rows.nth(1)).toContainText("2 breaking changes");
  await expect(rows.nth(1)).toContainText("Swagger 2.0");
  await expect(rows.nth(1)).toContainText("Uploaded");
  await expect(rows.nth(2)).toContainText("Version 1");
  await expect(rows.nth(2)).toContainText("First version");
  await expectNoAxeViolations(page);

  // One version: the breaking changes first and prominent, then the rest; downloads of exactly this version.
  await rows.nth(1).getByRole("link", { name: "Version 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 2" })).toBeVisible();
  const revisionId = page.url().split("/").pop()!;
  const breaking = page.getByRole("region", { name: "These changes will break existing clients (2)" });
  await expect(breaking.getByRole("listitem")).toHaveText([/required query parameter "region".*GET \/datasets/, /\/dataset-editions was removed/]);
  const headings = await page.getByRole("heading", { level: 3 }).allTextContents();
  expect(headings.indexOf("These changes will break existing clients (2)")).toBeLessThan(headings.indexOf("Other changes (1)"));
  await expect(page.getByRole("region", { name: "Other changes (1)" })).toContainText("/regions");
  for (const [text, file] of [["The original, as it arrived", "original"], ["Bundled, as JSON", "bundled.json"], ["Bundled, as YAML", "bundled.yaml"]] as const) {
    await expect(page.getByRole("link", { name: text })).toHaveAttribute("href", new RegExp(`/openapi/${file.replace(".", "\\.")}\\?revision=${revisionId}$`));
  }
  await expect(page.getByText(/This version is Swagger 2\.0, arrived/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Compare: the form on the versions page, a plain GET; it starts at the latest against the one before.
  await page.getByRole("link", { name: "Versions", exact: true }).click();
  await expect(page.getByLabel("Earlier version").locator("option:checked")).toHaveText(/^Version 1, /);
  await expect(page.getByLabel("Later version").locator("option:checked")).toHaveText(/^Version 2, /);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/revisions\/compare\?from=.+&to=.+/);
  await expect(page.getByRole("heading", { level: 1, name: "Compare versions" })).toBeVisible();
  await expect(page.getByRole("region", { name: "These changes will break existing clients (2)" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The same version twice: a clear error, linked to the field.
  await page.getByLabel("Earlier version").selectOption({ index: 1 });
  await page.getByLabel("Later version").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("alert").getByRole("link", { name: "Choose two different versions to compare" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The change history: the breaking count and a link to the version.
  await page.goto(page.url().replace(/\/revisions\/compare.*$/, "/history"));
  await expect(page.getByText("2 breaking changes")).toBeVisible();
  await page.getByRole("link", { name: "See this version and what breaks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 2" })).toBeVisible();
});

test("the versions page of an API that does not exist is not found (hidden ones: lib/openapi/versions.test.ts)", async ({ page }) => {
  const response = await page.goto("/apis/no-such-api/revisions");
  expect(response?.status()).toBe(404);
});
