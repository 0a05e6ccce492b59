import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { allResults, registerApi } from "./apis";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const DVLA_SPEC = path.resolve(__dirname, "../../shared/data/specs/dvla-vehicle-enquiry.yaml");

/** A multi-file spec pasted without its other file: its response schema is behind an external $ref. */
const SPLIT_SPEC = `openapi: 3.0.3
info: { title: Vehicles, version: "1", description: "Lists vehicles; its schemas are kept in another file.", contact: { email: api@example.gov.uk } }
servers: [{ url: "https://api.example.gov.uk/v1" }]
paths:
  /vehicles:
    get:
      summary: List vehicles
      responses:
        "200": { description: Vehicles, content: { application/json: { schema: { $ref: "schemas.yaml#/Vehicles" }, example: { items: [] } } } }
        "404": { description: Not found }
`;

const standards = (page: Page) => page.getByRole("table", { name: "The GDS API standards, point by point" });
const row = (page: Page, title: string) => standards(page).getByRole("row").filter({ hasText: title });
const score = async (page: Page) => Number(/scores (\d+) out of 100/.exec((await page.getByText(/scores \d+ out of 100/).textContent())!)![1]);

async function paste(page: Page, source: string) {
  await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
  await page.getByLabel("Or paste it here").fill(source);
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();
}

test.describe("the GDS standards check of the real specs", () => {
  test("a failing rule shows what the standard says, how to meet it and each finding with its line", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis/dvla-vehicle-enquiry-service");
    await expect(page.getByText("Checked against the GDS API technical and data standards v1, 2018, it scores")).toBeVisible();
    await expect(page.locator('a[href*="gov.uk/guidance/gds-api-technical-and-data-standards"]')).toHaveCount(0);
    const oauth = row(page, "Client applications are authorised with OAuth 2.0");
    await expect(oauth.getByText("Falls short")).toBeVisible();
    await expect(oauth.getByText("The standard says: “Use OAuth2, the open authorisation framework, to authorise the client application.”")).toBeVisible();
    await expect(oauth.getByText(/^How to meet it: Authorise client applications with OAuth 2\.0/)).toBeVisible();
    await expect(oauth.getByText(/^Line \d+: POST \/v1\/vehicles is authorised only by the header parameter x-api-key/)).toBeVisible();
    await expect(page.getByRole("heading", { name: /Problems found by the OpenAPI linter/ })).toBeVisible();
    await expect(page.getByText(/^Line \d+, column \d+$/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a rule with many findings lists every one of them, and every problem can be downloaded", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/apis?q=Transport+for+London+Unified");
    await page.getByRole("list", { name: "Results" }).getByRole("link", { name: "Transport for London Unified API" }).click();
    // The version's own page has the same check without the rendered documentation, which is large for TfL.
    const download = new URL((await page.getByRole("link", { name: "as CSV" }).getAttribute("href"))!, page.url());
    await page.goto(`${download.pathname.replace(/\/check\/problems\.csv$/, "")}/revisions/${download.searchParams.get("revision")}`);
    await expect(page.getByRole("heading", { level: 1, name: /Version 1/ })).toBeVisible();
    const examples = row(page, "Responses have examples");
    await examples.getByText("Show all 86 findings").click();
    await expect(examples.getByRole("listitem").filter({ hasText: /^Line \d+: GET \/.* has no response example\.$/ })).toHaveCount(86);
    await expectNoAxeViolations(page);

    const csv = await page.request.get((await page.getByRole("link", { name: "as CSV" }).getAttribute("href"))!);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe("source,rule,point,severity,line,column,message");
    expect(lines.filter((l) => l.startsWith("GDS API standards,Responses have examples,24,advice,"))).toHaveLength(86);
  });

  test("search filters by standards score, and the count matches what is listed", async ({ page }) => {
    await page.goto("/apis");
    const checked = page.getByRole("group", { name: "GDS API standards score" });
    const bands = await checked.getByRole("checkbox").count();
    expect(bands).toBeGreaterThan(1);
    await checked.getByLabel(/^Not checked or not enough to score/).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/score=unchecked/);
    await expect(page.getByRole("group", { name: "GDS API standards score" }).getByLabel(/^Not checked/)).toBeChecked();
    const count = async (url: string) => {
      await page.goto(url);
      return Number((await page.locator("#result-count").textContent())!.replace(/\D/g, ""));
    };
    const all = await count("/apis");
    const shown = await count("/apis?score=high&score=medium&score=low");
    // The seven seeded specs whose APIs the catalogue lists are all scored (MHCLG's organisation is
    // not in it); journeys that make a scored API public add to them, never every API.
    expect(shown).toBeGreaterThanOrEqual(7);
    expect(shown).toBeLessThan(all);
    expect(await allResults(page)).toHaveLength(shown);
  });
});

test("a publisher sees which rules could not be checked, and saying the API serves a dataset brings in points 21 and 22", async ({ page, expectNoAxeViolations }) => {
  const name = `Standards check ${Date.now().toString(36)}`;
  await signIn(page, "dvla-publisher");
  await registerApi(page, name, { description: "An API to see how the standards are checked." });

  // Without its other file, the rules that need the whole description cannot be judged.
  await paste(page, SPLIT_SPEC);
  await expect(page.getByText(/One reference \(\$ref\) in this description points to another file or a place that is not there, so \d+ rules could not be checked/)).toBeVisible();
  await expect(row(page, "Responses are JSON objects, not top-level arrays").getByText("Could not be checked")).toBeVisible();
  await expect(row(page, "Servers use HTTPS").getByText("Meets it")).toBeVisible();
  await expectNoAxeViolations(page);

  // The whole description: points 21 and 22 do not apply, as the API is not said to serve a dataset.
  await paste(page, fs.readFileSync(DVLA_SPEC, "utf8"));
  await expect(page.getByText(/could not be checked:/)).toHaveCount(0);
  for (const title of ["Bulk download offered as CSV", "Incremental changes can be downloaded"]) {
    await expect(row(page, title).getByText("Does not apply")).toBeVisible();
    await expect(row(page, title).getByText("Applies only to an API that serves a dataset, and this one is not recorded as serving one.")).toBeVisible();
  }
  const before = await score(page);

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("group", { name: "Does the API serve a dataset?" }).getByLabel("Yes", { exact: true }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.locator("dl > div").filter({ has: page.locator("dt", { hasText: "Serves a dataset" }) }).locator("dd")).toHaveText("Yes");
  for (const title of ["Bulk download offered as CSV", "Incremental changes can be downloaded"]) {
    await expect(row(page, title).getByText("Falls short")).toBeVisible();
  }
  expect(await score(page)).toBeLessThan(before);
  await expectNoAxeViolations(page);
});
