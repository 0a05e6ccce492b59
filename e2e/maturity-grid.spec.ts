import fs from "node:fs";
import path from "node:path";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

// The example estate loaded in demo mode: Home Office and Department for Education systems, which
// no other journey changes. The Home Office has no API in the catalogue, so the grid's next step
// for the API dimension must name every one of its systems.
type Estate = { systems: { slug: string; organisation: string; name: string; apis: string[] }[] };
const estate: Estate = JSON.parse(fs.readFileSync(path.join(process.cwd(), "lib/estate/example/estate.json"), "utf8"));
const homeOffice = estate.systems.filter((s) => s.organisation === "home-office").map((s) => s.name).sort();
const withoutApi = estate.systems.find((s) => s.organisation === "department-for-education" && s.apis.length === 0)!;

test("an organisation's maturity grid shows each dimension's level, its evidence and concrete next steps", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/organisations/home-office");
  await page.getByRole("link", { name: /Maturity of Home Office’s architecture/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maturity of the architecture" })).toBeVisible();
  await expect(page.getByText("Live, not yet assessed")).toBeVisible();

  const grid = page.getByRole("table", { name: /Maturity of .*, level by level/ });
  await expect(grid.getByRole("columnheader")).toHaveText(["Dimension", "Level reached", "Maturity Level 1", "Maturity Level 2", "Maturity Level 3"]);
  await expect(grid.getByRole("rowheader")).toHaveText(["Documenting existing systems", "API", "OAuth", "Open standards", "Data"]);
  const api = grid.getByRole("row", { name: /^API/ });
  await expect(api.getByRole("cell").first()).toHaveText("None yet");
  await expect(api.getByText("Few APIs")).toBeVisible();
  await expect(api.getByText("Not met").first()).toBeVisible();

  // The evidence is one click away and names every system counted.
  await api.locator("summary").first().click();
  for (const name of homeOffice) await expect(api.getByRole("link", { name, exact: true }).first()).toBeVisible();

  const steps = page.locator("#next-steps").getByRole("region", { name: "API", exact: true });
  await expect(steps).toContainText(`${homeOffice.length} of ${homeOffice.length} systems have no API in the catalogue: ${homeOffice.join(", ")}.`);
  await expect(page.getByText("“The majority” means more than half")).toBeVisible();
  await expect(page.getByText("It counts only the records you can see.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an assessor sees an organisation's grid over all its records, internal ones included", async ({ page }) => {
  await signIn(page, "assessor");
  await page.goto("/organisations/home-office/maturity");
  await expect(page.getByText("It counts all of Home Office’s published records, internal ones included")).toBeVisible();
});

test("a system's maturity grid names what the system lacks", async ({ page, expectNoAxeViolations }) => {
  await page.goto(`/systems/${withoutApi.slug}`);
  await page.getByRole("link", { name: "Maturity of this system, level by level" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maturity of the system" })).toBeVisible();
  await expect(page.getByText("Live, not yet assessed")).toBeVisible();
  const grid = page.getByRole("table", { name: `Maturity of ${withoutApi.name}, level by level` });
  await expect(grid.getByRole("row", { name: /^Documenting existing systems/ }).getByRole("cell").first()).not.toHaveText("None yet");
  await expect(page.locator("#next-steps").getByRole("region", { name: "API", exact: true })).toContainText(`1 of 1 system has no API in the catalogue: ${withoutApi.name}.`);
  await expectNoAxeViolations(page);
});
