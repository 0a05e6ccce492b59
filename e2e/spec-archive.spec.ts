import fs from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { splitSpec, zipOf } from "../lib/openapi/archive-testing";
import { registerApi } from "./apis";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const SPECS = path.resolve(__dirname, "../../shared/data/specs");
const documentation = "[data-testid=api-documentation][data-state=ready]";

/** Writes a .zip of these files for the browser to upload. */
function archive(testInfo: TestInfo, name: string, files: Record<string, string>): string {
  const file = testInfo.outputPath(name);
  fs.writeFileSync(file, zipOf(files));
  return file;
}

async function upload(page: Page, file: string) {
  await page.getByLabel("Upload a file").setInputFiles(file);
  // The form's answer comes once the spec is checked.
  await page.getByRole("button", { name: "Check and add" }).click({ timeout: 60_000 });
}

test("a publisher uploads a real multi-file spec as a .zip and gets its bundled documentation and check", async ({ page, expectNoAxeViolations }, testInfo) => {
  test.setTimeout(120_000);
  const files = splitSpec(fs.readFileSync(path.join(SPECS, "hmrc-vat-mtd.yaml"), "utf8"));
  expect(Object.keys(files).length).toBeGreaterThan(30);
  await signIn(page, "hmrc-publisher");
  await registerApi(page, `VAT in files ${Date.now().toString(36)}`, { description: "HMRC's VAT (MTD) API, its description split across many files." });
  const apiPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await expectNoAxeViolations(page);
  await upload(page, archive(testInfo, "hmrc-vat-mtd.zip", files));

  await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();
  await expect(page.getByText(/OpenAPI 3\.0\.3, arrived .* from hmrc-vat-mtd\.zip/)).toBeVisible();
  await expect(page.getByRole("table", { name: "The GDS API standards, point by point" })).toBeVisible();
  // Redoc draws the bundle: an operation whose schemas were in other files of the archive.
  const docs = page.locator(documentation);
  await expect(docs).toBeVisible({ timeout: 30_000 });
  await expect(docs.getByRole("heading", { name: "Retrieve VAT obligations" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const original = await page.request.get(`${apiPath}/openapi/original`);
  expect(original.headers()["content-type"]).toBe("application/zip");
  expect(original.headers()["content-disposition"]).toMatch(/filename=".*-openapi\.zip"/);
  expect(Buffer.from(await original.body()).subarray(0, 4)).toEqual(Buffer.from("PK\x03\x04", "latin1"));
  const bundled = await (await page.request.get(`${apiPath}/openapi/bundled.json`)).json();
  expect(Object.keys(bundled.components.schemas).length).toBeGreaterThan(20);
  // Every ref to another file of the archive became a ref inside the one document.
  expect(JSON.stringify(bundled).match(/"\$ref":"[^#][^"]*"/g)).toBeNull();
});

test("a publisher chooses the root document of an archive that has several", async ({ page, expectNoAxeViolations }, testInfo) => {
  const spec = fs.readFileSync(path.join(SPECS, "dvla-vehicle-enquiry.yaml"), "utf8");
  await signIn(page, "dvla-publisher");
  await registerApi(page, `Two versions ${Date.now().toString(36)}`, { description: "An archive holding two versions of a description." });
  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await upload(page, archive(testInfo, "versions.zip", { "v1/openapi.yaml": spec, "v2/openapi.yaml": spec.replace("version: 1.1.0", "version: 2.0.0") }));

  await expect(page).toHaveTitle(/^Error: /);
  const question = page.getByRole("group", { name: "Which file in versions.zip is the root document?" });
  await expect(question).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link", { name: /2 OpenAPI descriptions that could be the root document/ })).toHaveAttribute("href", "#root");
  await expectNoAxeViolations(page);
  await question.getByLabel("v2/openapi.yaml").check();
  await page.getByRole("button", { name: "Check and add" }).click({ timeout: 60_000 });
  await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();
  await expect(page.getByText(/arrived .* from versions\.zip/)).toBeVisible();
});

test("an archive with an entry that escapes it is refused, naming the entry", async ({ page, expectNoAxeViolations }, testInfo) => {
  await signIn(page, "dvla-publisher");
  await registerApi(page, `Escaping archive ${Date.now().toString(36)}`, { description: "An archive that tries to write outside itself." });
  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await upload(page, archive(testInfo, "escape.zip", { "openapi.yaml": "openapi: 3.0.3\n", "../../etc/cron.d/evil.yaml": "x: 1\n" }));
  await expect(page.getByRole("alert").getByRole("link", { name: /“\.\.\/\.\.\/etc\/cron\.d\/evil\.yaml” uses “\.\.” to point outside the archive/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
