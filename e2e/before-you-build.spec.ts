import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

// The browser tests' database is prepared in demo mode, so it holds the example estate: GOV.UK
// Pay is a shared platform there. Its users are worked out from the data file itself.
type Estate = { systems: { slug: string; organisation: string }[]; connections: { from: string; to: string; visibility: string }[] };
const estate: Estate = JSON.parse(fs.readFileSync(path.join(process.cwd(), "lib/estate/example/estate.json"), "utf8"));
const organisationOf = new Map(estate.systems.map((s) => [s.slug, s.organisation]));
const payUsers = new Set(estate.connections.filter((c) => c.visibility === "public" && (c.to === "gov-uk-pay" || c.from === "gov-uk-pay")).map((c) => organisationOf.get(c.to === "gov-uk-pay" ? c.from : c.to)));

test("someone who needs to take card payments finds GOV.UK Pay first, with who runs it and how to start", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Before you build" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Before you build" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("What do you need to do?").fill("take card payments");
  await page.getByRole("button", { name: "Find what exists" }).click();
  await expect(page).toHaveTitle(/^Before you build: take card payments/);
  const results = page.getByRole("list", { name: "What already exists" }).getByRole("listitem");
  const first = results.first();
  await expect(first.getByRole("heading")).toHaveText(/GOV\.UK Pay\s*Shared platform/);
  await expect(first).toContainText("Run by Government Digital Service, GOV.UK Pay team.");
  await expect(first).toContainText(`Used by ${payUsers.size} organisations.`);
  await expect(first.getByRole("link", { name: "How to start" })).toHaveAttribute("href", "https://www.payments.service.gov.uk/");
  // Its catalogued API is listed under it, not again on its own.
  await expect(first.getByText("Its APIs:").getByRole("link")).toHaveAttribute("href", "/apis/gov-uk-pay");
  await expect(page.getByRole("list", { name: "What already exists" }).locator('a[href="/apis/gov-uk-pay"]')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // The platform's page says what others may reuse of it.
  await first.getByRole("heading").getByRole("link", { name: "GOV.UK Pay" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Reuse by others" })).toBeVisible();
  await expect(page.getByText("Take recurring payments")).toBeVisible();
  await expect(page.getByRole("link", { name: "MIT" })).toHaveAttribute("href", "https://spdx.org/licenses/MIT.html");
  await expectNoAxeViolations(page);

  // The systems list filters to shared platforms, each value counted.
  await page.goto("/systems");
  await page.getByLabel("Shared platform").selectOption({ label: "Shared platforms (3)" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status")).toHaveText("3 systems");
  await expect(page.getByRole("table", { name: "Systems" }).getByRole("link")).toHaveText(["GOV.UK Notify", "GOV.UK One Login", "GOV.UK Pay"]);
  await expectNoAxeViolations(page);
});

test("a need nothing matches says so and points to the shared platforms", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/before-you-build?need=zzzyx");
  await expect(page.getByRole("status")).toHaveText("Nothing in the catalogue matches “zzzyx”.");
  await expectNoAxeViolations(page);
});
