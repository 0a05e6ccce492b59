import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

// The browser tests' database is prepared in demo mode, so it holds the example estate. Its
// figures are worked out here from the data file itself, for Department for Education and the
// Home Office, whose systems no other journey changes.
type Estate = {
  systems: { slug: string; organisation: string; apis: string[] }[];
  connections: { from: string; to: string; api?: string; visibility: string; confirmation: string; openStandard: boolean }[];
};
const estate: Estate = JSON.parse(fs.readFileSync(path.join(process.cwd(), "lib/estate/example/estate.json"), "utf8"));
const organisationOf = new Map(estate.systems.map((s) => [s.slug, s.organisation]));

/** The figures the tables should show for one organisation, counting connections of these visibilities. */
function expected(organisation: string, visibilities: string[]) {
  const systems = estate.systems.filter((s) => s.organisation === organisation);
  const connections = estate.connections.filter(
    (c) => visibilities.includes(c.visibility) && [organisationOf.get(c.from), organisationOf.get(c.to)].includes(organisation),
  );
  const connected = systems.filter((s) => connections.some((c) => c.from === s.slug || c.to === s.slug));
  const of = (count: number, total: number) => ({ count, total, share: `${Math.round((count / total) * 100)}%` });
  return {
    systems: systems.length,
    connections: connections.length,
    "Systems with an API in the catalogue": of(systems.filter((s) => s.apis.length).length, systems.length),
    "Systems with at least one documented connection": of(connected.length, systems.length),
    "Connections confirmed by both ends": of(connections.filter((c) => c.confirmation === "confirmed").length, connections.length),
    "Connections over open standards": of(connections.filter((c) => c.openStandard).length, connections.length),
    "Connections through catalogued APIs": of(connections.filter((c) => c.api).length, connections.length),
  };
}

const MEASURES = [
  ["Systems with an API in the catalogue", "systems"],
  ["Systems with at least one documented connection", "systems"],
  ["Connections confirmed by both ends", "connections"],
  ["Connections over open standards", "connections"],
  ["Connections through catalogued APIs", "connections"],
] as const;

/** The organisation page's table twin shows each measure's count, total and share. */
async function expectOrganisationTable(table: Locator, figures: ReturnType<typeof expected>) {
  for (const [label, of] of MEASURES) {
    const { count, total, share } = figures[label];
    await expect(table.getByRole("row", { name: label }).getByRole("cell")).toHaveText([String(count), `${total} ${of}`, share]);
  }
}

/** The dashboard's row for an organisation: systems, connections, then each measure in words. */
async function expectDashboardRow(page: Page, name: string, figures: ReturnType<typeof expected>) {
  const row = page.getByRole("table", { name: "Coverage per organisation" }).getByRole("row", { name: new RegExp(`^${name}`) });
  const measures = MEASURES.map(([label]) => `${figures[label].count} of ${figures[label].total} (${figures[label].share})`);
  await expect(row.getByRole("cell")).toHaveText([String(figures.systems), String(figures.connections), ...measures]);
}

const DFE = "department-for-education";
const anonymous = expected(DFE, ["public"]);
const signedIn = expected(DFE, ["public", "government"]);

test.describe("coverage of the estate", () => {
  test("an organisation page draws its coverage and gives the same figures as a table", async ({ page, expectNoAxeViolations }) => {
    await page.goto(`/organisations/${DFE}`);
    await expect(page.getByRole("heading", { level: 2, name: "How well Department for Education documents its systems" })).toBeVisible();
    await expect(page.getByText("“every system and its connections to every other system are documented”", { exact: false })).toBeVisible();
    const chart = page.getByRole("img", { name: /^Coverage of DfE, as a bar chart of shares\. Systems with an API in the catalogue: 2 of 4 \(50%\)\./ });
    await expect(chart).toBeVisible();
    await expectOrganisationTable(page.getByRole("table", { name: "Coverage of DfE" }), anonymous);
    await expect(page.getByRole("heading", { level: 3, name: /Database of qualified teachers/ }).getByText("Example")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the dashboard gives coverage across government and per organisation", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 2, name: "How well the estate is documented" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Coverage across government, as a bar chart of shares\./ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Coverage across government" }).getByRole("row")).toHaveCount(6);
    await expect(page.getByText(/These figures include the example estate: \d+ illustrative systems/)).toBeVisible();
    await expectDashboardRow(page, "Department for Education", anonymous);
    await expectDashboardRow(page, "Home Office", expected("home-office", ["public"]));
    await expectNoAxeViolations(page);
  });

  test("a government-only connection is counted for someone signed in, never for an anonymous visitor", async ({ page, expectNoAxeViolations }) => {
    // Free school meals checking connects to other departments only through government-only connections.
    expect(signedIn.connections).toBeGreaterThan(anonymous.connections);
    expect(anonymous["Systems with at least one documented connection"].count).toBeLessThan(signedIn["Systems with at least one documented connection"].count);
    await signIn(page, "visitor");
    await page.goto(`/organisations/${DFE}`);
    await expectOrganisationTable(page.getByRole("table", { name: "Coverage of DfE" }), signedIn);
    await page.goto("/dashboard");
    await expectDashboardRow(page, "Department for Education", signedIn);
    await expectNoAxeViolations(page);
  });
});
