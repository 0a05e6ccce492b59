import { parse } from "csv-parse/sync";
import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const run = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const DVLA = "Driver and Vehicle Licensing Agency";

/** A DVLA catalog-info.yaml: a system with an API and a database, and one entity we do not import. */
function catalogInfo(id: string) {
  return [
    `kind: Group\nmetadata:\n  name: dvla-${id}\n  title: ${DVLA}\nspec:\n  type: organisation\n  children: []`,
    `kind: System\nmetadata:\n  name: licensing-${id}\n  title: Licensing ${id}\n  description: Licenses vehicles.\nspec:\n  owner: group:dvla-${id}`,
    `kind: Component\nmetadata:\n  name: register-${id}\n  description: The vehicle register.\nspec:\n  type: service\n  lifecycle: production\n  owner: group:dvla-${id}\n  system: licensing-${id}\n  providesApis: [enquiry-${id}]\n  dependsOn: [resource:database-${id}]`,
    `kind: API\nmetadata:\n  name: enquiry-${id}\n  title: Enquiry ${id}\n  description: A vehicle's details by registration number.\nspec:\n  type: openapi\n  lifecycle: production\n  owner: group:dvla-${id}\n  system: licensing-${id}`,
    `kind: Resource\nmetadata:\n  name: database-${id}\n  title: Database ${id}\n  description: The database behind the register.\nspec:\n  type: database\n  owner: group:dvla-${id}`,
    `kind: Location\nmetadata:\n  name: everything-${id}\nspec:\n  targets: [./*/catalog-info.yaml]`,
  ].join("\n---\n") + "\n";
}

/** The rows of a downloaded CSV, by clicking the link on the page. */
async function downloadCsv(page: Page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV", exact: true }).click()]);
  return parse(fs.readFileSync((await download.path())!, "utf8"), { columns: true }) as Record<string, string>[];
}

/** A publisher's page with JavaScript off (signed in with it on, the session carried over). */
async function withoutJavaScript(browser: Browser) {
  const signing = await browser.newContext();
  await signIn(await signing.newPage(), "dvla-publisher");
  const storageState = await signing.storageState();
  await signing.close();
  return (await browser.newContext({ javaScriptEnabled: false, storageState })).newPage();
}

test.describe("importing and exporting the estate", () => {
  test("a publisher previews and imports a catalog-info.yaml, sees the new system and its connection, and downloads the table's connections", async ({ page, expectNoAxeViolations }) => {
    test.slow();
    const id = run();
    const yaml = catalogInfo(id);
    await signIn(page, "dvla-publisher");
    await page.goto("/publish");
    await page.getByRole("link", { name: "Import from Backstage" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import from Backstage" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Nothing chosen: a specific error, linked to the field.
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page).toHaveTitle(/^Error: Import from Backstage/);
    await expect(page.getByRole("link", { name: "Choose a catalog-info.yaml file, or paste its contents" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Upload a catalog-info.yaml file").setInputFiles({ name: "catalog-info.yaml", mimeType: "application/yaml", buffer: Buffer.from(yaml) });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check what the import will do" })).toBeVisible();
    await expect(page.getByTestId("import-headline")).toHaveText("The import will create 2 systems, create 1 API, declare 1 connection.");
    const locationLine = yaml.split("\n").indexOf("kind: Location") + 1;
    await expect(page.getByText(`Document 6, line ${locationLine}: kind Location is not supported`)).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(`Licensing ${id} to Database ${id} None Database link Declare`) })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("alert", { name: "Success" })).toContainText("The import created 2 systems, created 1 API, declared 1 connection");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "See your organisation’s systems and connections" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Estate map as a table" })).toBeVisible();
    // Only database links, so the connection is on the table's first page however many the DVLA has.
    await page.goto(`${page.url()}&technology=database-link`);
    const connections = page.getByTestId("connections-table");
    const row = connections.getByRole("row", { name: new RegExp(`Licensing ${id} \\(${DVLA}\\) Database ${id} \\(${DVLA}\\)`) });
    await expect(row).toContainText("Confirmed by both ends");
    await expect(page.getByRole("link", { name: `Licensing ${id}`, exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // The download holds the table's connections, in full, and only those.
    const rows = await downloadCsv(page);
    const tableRows = await connections.locator("tbody tr").count();
    expect(rows).toHaveLength(tableRows);
    expect(rows.every((r) => r.technology === "database-link" && (r["from organisation"] === DVLA || r["to organisation"] === DVLA))).toBe(true);
    expect(rows.find((r) => r["from system"] === `Licensing ${id}`)).toMatchObject({ "to system": `Database ${id}`, visibility: "government", confirmation: "confirmed" });

    // Imported for government only: a visitor's download of the same view does not hold it.
    const anonymous = await page.context().browser()!.newContext();
    const visitor = await anonymous.request.get(`${new URL(page.url()).origin}/estate/connections.csv${new URL(page.url()).search}`);
    expect(await visitor.text()).not.toContain(id);
    await anonymous.close();

    // The same file again changes nothing.
    await page.goto("/publish/import");
    await page.getByLabel("Or paste its contents").fill(yaml);
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByTestId("import-headline")).toHaveText("The import will change nothing: the catalogue already holds everything in it.");
  });

  test("without JavaScript, a file that is not valid YAML is refused with where the problem is, and a good one is previewed", async ({ browser }) => {
    // axe needs scripts to run; the same page with JavaScript on is checked in the journey above.
    const page = await withoutJavaScript(browser);
    const id = run();
    await page.goto("/publish/import");
    await page.getByLabel("Or paste its contents").fill(`kind: System\nmetadata:\n  name: broken-${id}\n  description: [unclosed\n`);
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page).toHaveTitle(/^Error: Import from Backstage/);
    await expect(page.getByRole("link", { name: /is not valid YAML or JSON \(line \d+/ })).toBeVisible();

    await page.getByLabel("Or paste its contents").fill(catalogInfo(id));
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByTestId("import-headline")).toHaveText("The import will create 2 systems, create 1 API, declare 1 connection.");
    await page.close();
  });
});
