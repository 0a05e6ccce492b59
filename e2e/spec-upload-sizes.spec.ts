import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page, TestInfo } from "@playwright/test";
import { registerApi } from "./apis";
import { signIn } from "./auth";
import { DOCUMENTATION, expect, test } from "./fixtures";

// The GitHub REST API's description (12.4 MB), from the dev dependency @octokit/openapi: a real
// spec larger than the framework's default 10 MB request limit, which used to cut it off.
const GITHUB = createRequire(__filename).resolve("@octokit/openapi/generated/api.github.com.json");
const URL_VALUE = "https://api.example.gov.uk/openapi.yaml";
const PASTED = "openapi: 3.0.3\ninfo: {title: Kept, version: '1'}";

/** A 30 MB JSON file, written for this test: more than the 20 MB SPEC_MAX_BYTES allows. */
function thirtyMegabytes(testInfo: TestInfo): string {
  const file = testInfo.outputPath("thirty-megabytes.json");
  const padding = "a".repeat(30 * 1024 * 1024 - 60);
  fs.writeFileSync(file, `{"openapi": "3.0.3", "info": {}, "x-padding": "${padding}"}`);
  return file;
}

async function newApiForm(page: Page, name: string) {
  await signIn(page, "dvla-publisher");
  await registerApi(page, `${name} ${Date.now().toString(36)}`, { description: "An API to try the size of OpenAPI descriptions." });
  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Add an OpenAPI description");
}

test("a publisher uploads the 12.4 MB GitHub REST spec through the form", async ({ page, expectNoAxeViolations }) => {
  test.setTimeout(180_000);
  expect(fs.statSync(GITHUB).size).toBeGreaterThan(12 * 1024 * 1024);
  await newApiForm(page, "GitHub copy");
  await expectNoAxeViolations(page);
  await page.getByLabel("Upload a file").setInputFiles(GITHUB);
  // The form's answer comes once the spec is checked: seconds, for 12 MB.
  await page.getByRole("button", { name: "Check and add" }).click({ timeout: 120_000 });
  await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();
  await expect(page.getByText(/OpenAPI 3\.0\.3, arrived .* from api\.github\.com\.json/)).toBeVisible();
  await expect(page.getByRole("table", { name: "The GDS API standards, point by point" })).toBeVisible();
  // Axe over 1,000 operations' generated documentation would take minutes: the page around it.
  await expectNoAxeViolations(page, { exclude: [DOCUMENTATION] });
});

test("without JavaScript, a 30 MB file comes back refused in words, with the other answers kept", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await newApiForm(page, "Too large");
  const form = page.url();
  await page.getByLabel("Upload a file").setInputFiles(thirtyMegabytes(testInfo));
  await page.getByLabel("Or give its web address").fill(URL_VALUE);
  await page.getByLabel("Or paste it here").fill(PASTED);
  await page.getByRole("button", { name: "Check and add" }).click();

  await expect(page).toHaveTitle(/^Error: Add an OpenAPI description/);
  expect(page.url()).toContain(`${new URL(form).pathname}?attempt=`);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "The file is larger than 20 MB, the largest OpenAPI description we accept." })).toHaveAttribute("href", "#file");
  await expect(page.getByLabel("Or give its web address")).toHaveValue(URL_VALUE);
  await expect(page.getByLabel("Or paste it here")).toHaveValue(PASTED);
  await context.close();
});

test("with JavaScript, the browser says a 30 MB file is too large as soon as it is chosen, and does not send it", async ({ page, expectNoAxeViolations }, testInfo) => {
  await newApiForm(page, "Too large early");
  const form = page.url();
  let posted = false;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/publish/specs/upload")) posted = true;
  });
  await page.getByLabel("Or paste it here").fill(PASTED);
  const file = page.getByLabel("Upload a file");
  await file.setInputFiles(thirtyMegabytes(testInfo));
  const message = page.getByText("The file is 30 MB, larger than 20 MB, the largest OpenAPI description we accept.");
  await expect(message).toBeVisible();
  await expect(file).toHaveAccessibleDescription(/larger than 20 MB/);
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(file).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  expect(page.url()).toBe(form);
  expect(posted).toBe(false);
  await expect(page.getByLabel("Or paste it here")).toHaveValue(PASTED);
  await expectNoAxeViolations(page);
});

test("a 30 MB file chosen before the page's script has run is reported as soon as it runs", async ({ page }, testInfo) => {
  await newApiForm(page, "Too large before script");
  const form = page.url();
  // The page's script is held back until the file has been chosen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(form, { waitUntil: "domcontentloaded" });
  await page.getByLabel("Upload a file").setInputFiles(thirtyMegabytes(testInfo));
  const message = page.getByText("The file is 30 MB, larger than 20 MB, the largest OpenAPI description we accept.");
  await expect(message).toHaveCount(0);
  release();
  await expect(message).toBeVisible();
  await expect(page.getByLabel("Upload a file")).toHaveAccessibleDescription(/larger than 20 MB/);
});
