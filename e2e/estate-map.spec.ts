import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { seedEstate } from "./estate";

const MAP = '[data-testid="estate-map"]';
const drawn = (page: Page) => expect(page.locator(`${MAP}[data-drawn]`)).toBeAttached({ timeout: 30_000 });

test("the path from one system to another across three organisations is found, listed and drawn", async ({ page, expectNoAxeViolations }) => {
  const { a, b, c, organisations } = await seedEstate();
  await page.goto("/estate");
  await page.getByLabel("From system").fill(a.name);
  await page.getByLabel("To system").fill(c.name);
  await page.getByRole("button", { name: "Find the path" }).click();
  const result = page.getByTestId("path-result");
  await expect(result).toContainText(`The shortest chain of connections from ${a.name} to ${c.name}`);
  await expect(result.getByRole("listitem")).toHaveText(
    `${a.name} (${organisations[0]}) sends vehicle keepers to ${b.name} (${organisations[1]}) by REST with JSON. Then ${b.name} (${organisations[1]}) sends tax codes to ${c.name} (${organisations[2]}) by SOAP with XML.`,
  );
  await drawn(page);
  await expect(page.getByTestId("view-counts")).toHaveText(/^3 systems and 2 connections in this view\./);
  await expectNoAxeViolations(page);
});

test("keyboard alone reaches a system on the map and opens its page", async ({ page, expectNoAxeViolations }) => {
  const { a, b } = await seedEstate();
  await page.goto(`/estate?view=system&focus=${a.slug}`);
  await drawn(page);
  await expectNoAxeViolations(page);
  for (let i = 0; i < 80 && !(await page.locator(MAP).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(page.locator(MAP)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("map-announcement")).toContainText(`Selected ${a.name}`);
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("map-announcement")).toContainText(`Selected ${b.name}`);
  await expect(page.getByTestId("map-announcement")).toContainText(`Neighbour 1 of 1 of ${a.name}`);
  await expect(page.getByTestId("selected-panel")).toContainText(b.name);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: b.name })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the table twin shows the map's edges with a filter applied, without JavaScript", async ({ browser, request }) => {
  const { b, c } = await seedEstate();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/estate/table?view=system&focus=${b.slug}`);
  const rows = page.getByTestId("connections-table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await page.getByText("Connections", { exact: true }).click();
  await page.getByLabel("SOAP with XML").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/technology=soap-xml/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${b.name}`);
  await expect(rows.first()).toContainText(`${c.name}`);
  await expect(rows.first()).toContainText("Not yet confirmed by the other end");
  const map = await (await request.get(`/estate/data?view=system&focus=${b.slug}&technology=soap-xml`)).json();
  expect(map.edges).toHaveLength(1);
  expect(map.nodes.map((n: string[]) => n[0]).sort()).toEqual([b.slug, c.slug].sort());
  await context.close();
});

test("a government-only connection is not shown to an anonymous visitor on the map or its table", async ({ page, request, expectNoAxeViolations }) => {
  const { a, c } = await seedEstate();
  const map = await (await request.get(`/estate/data?view=system&focus=${a.slug}`)).json();
  expect(map.nodes.map((n: string[]) => n[0])).not.toContain(c.slug);
  expect(map.edges).toHaveLength(1);
  await page.goto(`/estate/table?view=system&focus=${a.slug}`);
  await expect(page.getByTestId("connections-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("connections-table")).not.toContainText("secret keeper list");
  await expect(page.getByTestId("view-counts")).toHaveText(/^2 systems and 1 connection in this view\./);
  await expectNoAxeViolations(page);
});

test("choosing a system's neighbourhood on the map redraws the same map and brings the page up to date", async ({ page, expectNoAxeViolations }) => {
  const { a, b } = await seedEstate();
  await page.goto(`/estate?view=system&focus=${a.slug}&selected=${b.slug}`);
  await expect(page.locator(`${MAP}[data-drawn="view=system&focus=${a.slug}"]`)).toBeAttached({ timeout: 30_000 });
  await expect(page.getByTestId("view-counts")).toHaveText(/^2 systems and 1 connection in this view\./);
  const map = await page.locator(MAP).elementHandle();
  const asked: string[] = [];
  page.on("request", (r) => void (r.url().includes("/estate/data") && asked.push(r.url())));
  await page.getByTestId("selected-panel").getByRole("link", { name: "Show its neighbourhood" }).click();
  await expect(page.locator(`${MAP}[data-drawn="view=system&focus=${b.slug}"]`)).toBeAttached({ timeout: 30_000 });
  await expect(page).toHaveURL(new RegExp(`view=system&focus=${b.slug}`));
  await expect(page.getByTestId("view-counts")).toHaveText(/^3 systems and 2 connections in this view\./);
  // One renderer for the page's life: the map was redrawn in place from one request, not rebuilt once the page caught up.
  expect(await map!.evaluate((el) => el.isConnected)).toBe(true);
  expect(asked).toHaveLength(1);
  await expectNoAxeViolations(page);
});
