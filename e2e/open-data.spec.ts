import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import fs from "node:fs";
import { expect, test } from "./fixtures";

const API_GOV_UK_COLUMNS = ["dateAdded", "dateUpdated", "url", "name", "description", "documentation", "license", "maintainer", "areaServed", "startDate", "endDate", "provider"];
const atom = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link"].includes(name) }).parse(xml).feed;
const rel = (feed: { link: Record<string, string>[] }, name: string) => feed.link.find((l) => l["@_rel"] === name)?.["@_href"];

test("a visitor finds the open data from the home page, downloads the APIs as CSV and follows the change feed", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/");
  const block = page.getByRole("region", { name: "Download this data" });
  await expect(block.getByRole("link", { name: "CSV (APIs)" })).toHaveAttribute("href", "/data/apis.csv");
  await block.getByRole("link", { name: "What is in each file, and how you may use it" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Download the catalogue's data");
  await expect(page.getByRole("main").getByRole("link", { name: "Open Government Licence v3.0" })).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV of apis" }).click()]);
  expect(download.suggestedFilename()).toBe("apis.csv");
  const text = fs.readFileSync((await download.path())!, "utf8");
  const header = parse(text, { to_line: 1 })[0] as string[];
  expect(header.slice(0, API_GOV_UK_COLUMNS.length)).toEqual(API_GOV_UK_COLUMNS);
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const notify = rows.find((r) => r.name === "GOV.UK Notify");
  expect(notify).toMatchObject({ url: "https://api.notifications.service.gov.uk/", documentation: "https://www.notifications.service.gov.uk/documentation", provider: "government-digital-service", dateAdded: "2020-01-08", visibility: "public" });
  expect(notify!.description).toMatch(/^GOV\.UK Notify allows government departments to send emails, text messages and letters to their users\.\\n\\nThe API contains:/);
  expect(notify!.link).toMatch(/\/apis\/[a-z0-9-]+$/);

  // The Atom feed the page links to, and its page of older changes.
  const href = await page.getByRole("link", { name: "Changes as an Atom feed" }).getAttribute("href");
  const first = await page.request.get(href!);
  expect(first.headers()["content-type"]).toContain("application/atom+xml");
  const feed = atom(await first.text());
  expect(feed.title).toBe("API Catalogue: changes");
  expect(feed.entry.length).toBeGreaterThan(0);
  const newest = feed.entry[0];
  expect(Date.parse(newest.updated)).toBeGreaterThanOrEqual(Date.parse(feed.entry.at(-1).updated));
  const next = rel(feed, "next");
  expect(next).toMatch(/\/data\/changes\.atom\?before=/);
  const older = atom(await (await page.request.get(next!)).text());
  expect(older.entry.length).toBeGreaterThan(0);
  expect(Date.parse(older.entry[0].updated)).toBeLessThanOrEqual(Date.parse(feed.entry.at(-1).updated));
  expect(older.entry.map((e: { id: string }) => e.id)).not.toContain(newest.id);

  // An entry's link is the record's page in the catalogue (or its list, for a record removed).
  const paths = feed.entry.map((e: { link: Record<string, string>[] }) => new URL(e.link[0]!["@_href"]!).pathname) as string[];
  const recordPage = paths.find((p) => /^\/(apis|systems|connections)\/[^/]+$/.test(p));
  expect(recordPage).toBeDefined();
  const opened = await page.goto(recordPage!);
  expect(opened!.status()).toBe(200);
});

test("each list links to its download", async ({ page }) => {
  for (const [path, name] of [["/apis", "CSV (APIs)"], ["/systems", "CSV (systems)"], ["/estate/table", "CSV (connections)"]] as const) {
    await page.goto(path);
    const block = page.getByRole("region", { name: "Download this data" });
    const link = block.getByRole("link", { name });
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  }
});

test("a signed-out download can be shared by a CDN: tagged, briefly cached, and with no cookie", async ({ request }) => {
  const response = await request.get("/data/apis.json");
  expect(response.headers()["cache-control"]).toBe("public, max-age=60");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const etag = response.headers()["etag"]!;
  expect((await request.get("/data/apis.json", { headers: { "If-None-Match": etag } })).status()).toBe(304);
});

test("a bad cursor gets a JSON error, and a file that does not exist is not found", async ({ request }) => {
  const response = await request.get("/data/changes.json?after=not-a-cursor");
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ error: { code: "bad_cursor" } });
  const missing = await request.get("/data/secrets.csv");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
});
