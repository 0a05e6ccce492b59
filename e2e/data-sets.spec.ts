import { signIn } from "./auth";
import { expect, test } from "./fixtures";

// The browser tests' database holds the example estate (demo mode): its "Government
// organisations" data set has one replica, on GOV.UK Pay. Each run adds a data set of its own.

test("anyone sees every core data set, who holds it and how, with replicas flagged", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Data sets" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Core data sets and who holds them" })).toBeVisible();
  const organisations = page.getByRole("table", { name: "Systems holding Government organisations" });
  await expect(organisations.getByRole("row", { name: /GOV\.UK Pay/ })).toContainText("Replica, not kept in step");
  await expect(organisations.getByRole("row", { name: /data\.gov\.uk catalogue/ }).getByRole("link", { name: "data.gov.uk catalogue’s connection with GOV.UK publishing platform" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Holdings by organisation" }).getByRole("row", { name: /Government Digital Service/ })).toContainText("1 flagged");
  await expect(page.getByTestId("replication-overall")).toHaveText(/^\d+ core data sets, held \d+ times by systems: \d+ authoritative sources, \d+ copies kept in step and \d+ replicas? not kept in step\.$/);
  await expectNoAxeViolations(page);
});

test("a publisher adds a core data set, declares a replica of it, and sees it flagged in the report and on the map", async ({ page, expectNoAxeViolations }) => {
  const name = `Vehicle keepers ${Date.now()}`;
  await signIn(page, "dvla-publisher");
  await page.goto("/data-sets");
  await page.getByRole("link", { name: "Add a core data set" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("The keeper of every registered vehicle.");
  await page.getByLabel("Authoritative source").selectOption({ label: "DVLA vehicle register" });
  await page.getByLabel("Open standard it is published in").fill("RFC 4180");
  await page.getByLabel("Format").fill("CSV");
  await page.getByLabel("Licence (optional)").fill("Open Government Licence");
  await page.getByLabel("Bulk download (optional)").fill("http://data.example.gov.uk/keepers.csv");
  await page.getByRole("button", { name: "Add data set" }).click();
  await expect(page).toHaveTitle(/^Error: Add a core data set/);
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link")).toHaveText(["Enter the licence as an SPDX identifier from spdx.org/licenses, like MIT or OGL-UK-3.0", "Enter a web address that starts with https://, not http://"]);
  await expectNoAxeViolations(page);
  await page.getByLabel("Licence (optional)").fill("OGL-UK-3.0");
  await page.getByLabel("Bulk download (optional)").fill("https://data.example.gov.uk/keepers.csv");
  await page.getByRole("button", { name: "Add data set" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("The core data set has been added.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The driver record declares a copy: kept in step through a connection that does not reach the source is refused.
  await page.goto("/systems/dvla-driver-record");
  await page.getByRole("link", { name: "Declare a data set this system holds" }).click();
  await page.getByLabel("Core data set").selectOption({ label: `${name} (Driver and Vehicle Licensing Agency)` });
  await page.getByLabel("Copy kept in step").check();
  await page.getByLabel("Connection that keeps the copy in step").selectOption({ label: "To DVLA driver image store: Licence numbers linked to their images for printing" });
  await page.getByRole("button", { name: "Declare" }).click();
  await expect(page).toHaveTitle(/^Error: Declare a data set this system holds/);
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link")).toHaveText(["Select a connection between this system and DVLA vehicle register, the authoritative source: the one selected does not reach it"]);
  await expectNoAxeViolations(page);
  await page.getByLabel("Replica, not kept in step").check();
  await page.getByRole("button", { name: "Declare" }).click();
  await expect(page.getByText("The system’s holding has been declared.")).toBeVisible();
  const holders = page.getByRole("table", { name: "Systems that hold it" });
  await expect(holders.getByRole("row", { name: /DVLA driver record/ })).toContainText("Replica, not kept in step");

  // The replication report flags it.
  await page.goto("/data-sets");
  await expect(page.getByRole("table", { name: `Systems holding ${name}` }).getByRole("row", { name: /DVLA driver record/ })).toContainText("Replica, not kept in step");
  await expect(page.getByRole("table", { name: "Holdings by organisation" }).getByRole("row", { name: /Driver and Vehicle Licensing Agency/ })).toContainText(/\d+ flagged/);

  // The map's data-set view shows its source and the replica, picked out.
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("link", { name: "See its flows on the estate map" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Flows of ${name}` })).toBeVisible();
  const key = page.getByRole("list", { name: `Systems holding ${name}` });
  await expect(key.getByRole("listitem")).toHaveText([/DVLA vehicle register\s*Authoritative source/, /DVLA driver record\s*Replica, not kept in step/]);
  await expect(page.getByTestId("view-counts")).toHaveText(/^2 systems and 0 connections in this view\./);
  await expectNoAxeViolations(page);

  // Declared in error, or no longer kept: its publisher stops holding it, after a confirmation.
  await page.getByRole("link", { name: `About ${name}` }).click();
  await page.getByRole("link", { name: "Stop holding in DVLA driver record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Does DVLA driver record no longer hold ${name}?` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Stop holding it" }).click();
  await expect(page.getByText("The system no longer holds it.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Systems that hold it" }).getByRole("row", { name: /DVLA driver record/ })).toHaveCount(0);
});
