import fs from "node:fs";
import type { Page } from "@playwright/test";
import { registerApi, uploadSpec } from "./apis";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const FILES = ["original", "bundled.json", "bundled.yaml"] as const;

/** A small OpenAPI description whose server (and, for the hidden one, description) says where it runs. */
function specFile(file: string, server: string, { extraPath = false } = {}): string {
  const paths = [
    "  /records:",
    "    get:",
    "      responses:",
    '        "200": { description: The records }',
    ...(extraPath ? ["  /records/{id}:", "    get:", "      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]", "      responses:", '        "200": { description: One record }'] : []),
  ];
  fs.writeFileSync(file, ["openapi: 3.0.3", "info:", "  title: Tax records", '  version: "1.0"', `  description: Served from ${server}`, "servers:", `  - url: https://${server}`, "paths:", ...paths, ""].join("\n"));
  return file;
}

const group = (page: Page, legend: string) => page.getByRole("group", { name: legend });

test("an internal API later made public shows anonymous visitors nothing from while it was internal; its members still see it", async ({ page, browser, expectNoAxeViolations }, testInfo) => {
  // Three uploads, two people and nine pages checked with axe, one of them with generated documentation.
  test.slow();
  const secret = `secret-gateway-${Date.now().toString(36)}`;
  const name = `Tax records ${Date.now().toString(36)}`;

  // A publisher registers an internal API with a secret in its description and its first spec.
  await signIn(page, "dvla-publisher");
  await registerApi(page, name, { description: `Calls go through ${secret}.`, visibility: "Internal to the organisation" });
  const base = new URL(page.url()).pathname;
  await uploadSpec(page, specFile(testInfo.outputPath("v1.yaml"), `${secret}.internal.example`));

  // Before making it public: a clean spec and description, then public; then one more version.
  await uploadSpec(page, specFile(testInfo.outputPath("v2.yaml"), "api.example.gov.uk"));
  await page.goto(`${base}/edit`);
  await page.getByLabel("Description").fill("Tax records, for everyone.");
  await group(page, "Who can see it in the catalogue?").getByLabel("Public", { exact: true }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await uploadSpec(page, specFile(testInfo.outputPath("v3.yaml"), "api.example.gov.uk", { extraPath: true }));

  // The publisher sees all three versions; their ids, oldest first.
  await page.goto(`${base}/revisions`);
  const versionLinks = page.getByRole("table", { name: "3 versions" }).getByRole("link", { name: /^Version \d$/ });
  const ids = (await versionLinks.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split("/").pop()!))).reverse();
  expect(ids).toHaveLength(3);
  const [v1, v2, v3] = ids as [string, string, string];

  const anonymous = await (await browser.newContext()).newPage();
  const shows = async (path: string) => {
    const response = await anonymous.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(anonymous.locator("body")).not.toContainText(secret);
    expect(await anonymous.content(), path).not.toContain(secret);
    await expectNoAxeViolations(anonymous);
  };

  // The API page, as it is now.
  await shows(base);
  await expect(anonymous.getByRole("link", { name: "See all 2 versions" })).toBeVisible();

  // Its history: nothing from while it was internal; the change that made it public, without what it was before.
  await shows(`${base}/history`);
  await expect(anonymous.getByText("Some changes are not shown: they were made while this API was not visible to you.")).toBeVisible();
  await expect(anonymous.getByText("What it was before this change is not shown: you could not see it then.")).toBeVisible();

  // Its versions: the two shown since it was public, numbered 1 and 2.
  await shows(`${base}/revisions`);
  await expect(anonymous.getByText("Some versions are not shown: they were stored while this API was not visible to you.")).toBeVisible();
  await expect(anonymous.getByRole("table", { name: "2 versions" }).getByRole("link", { name: /^Version \d$/ })).toHaveText(["Version 2", "Version 1"]);
  await shows(`${base}/revisions/${v2}`);
  await expect(anonymous.getByText("An earlier version that is not shown to you")).toBeVisible();
  await shows(`${base}/revisions/${v3}`);
  expect((await anonymous.goto(`${base}/revisions/${v1}`))?.status()).toBe(404);

  // Comparing: the two it may see, through the form; the hidden one is not a choice.
  await anonymous.goto(`${base}/revisions`);
  await expect(anonymous.getByLabel("Earlier version").locator("option")).toHaveText(["Choose a version", /^Version 2, /, /^Version 1, /]);
  await anonymous.getByRole("button", { name: "Compare" }).click();
  await expect(anonymous.getByText("The path /records/{id} was added.")).toBeVisible();
  await shows(anonymous.url().replace(new URL(anonymous.url()).origin, ""));
  await anonymous.goto(`${base}/revisions/compare?from=${v1}&to=${v3}`);
  await expect(anonymous.getByRole("link", { name: /that one is not a checked version of this API/ })).toBeVisible();
  await expect(anonymous.locator("body")).not.toContainText(secret);

  // Downloads: the hidden version is not there, in any form; the others, and the current one, hold no secret.
  for (const file of FILES) {
    expect((await anonymous.request.get(`${base}/openapi/${file}?revision=${v1}`)).status()).toBe(404);
    for (const query of [`?revision=${v2}`, `?revision=${v3}`, ""]) {
      const response = await anonymous.request.get(`${base}/openapi/${file}${query}`);
      expect(response.status()).toBe(200);
      expect(await response.text()).not.toContain(secret);
    }
  }

  // Its members still see everything.
  await page.goto(`${base}/history`);
  await expect(page.locator("main")).toContainText(secret);
  expect(await (await page.request.get(`${base}/openapi/original?revision=${v1}`)).text()).toContain(secret);
  await expectNoAxeViolations(page);
});
