import YAML from "yaml";
import { expect, test } from "./fixtures";

const PAGE = "/apis/dvla-vehicle-enquiry-service";
const documentation = "[data-testid=api-documentation][data-state=ready]";

test("the API page renders the documentation of its OpenAPI description with Redoc, without reaching outside", async ({ page, expectNoAxeViolations }) => {
  const outside: string[] = [];
  const documents: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).hostname !== "127.0.0.1") outside.push(request.url());
    if (request.url().includes("/openapi/bundled.json")) documents.push(request.url());
  });
  await page.goto(PAGE);
  const docs = page.locator(documentation);
  await expect(docs).toBeVisible({ timeout: 30_000 });
  // An operation from the seeded spec, drawn by Redoc.
  await expect(docs.getByRole("heading", { name: "Get vehicle details by registration number" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Download the OpenAPI description" })).toBeVisible();
  expect(outside).toEqual([]);
  // The page's preload of the document is the one the documentation uses: it is fetched once.
  expect(documents).toHaveLength(1);
  await expectNoAxeViolations(page);
});

test("the OpenAPI description downloads as the original, bundled JSON and bundled YAML", async ({ page }) => {
  await page.goto(PAGE);
  const list = page.getByRole("heading", { name: "Download the OpenAPI description" }).locator("xpath=following-sibling::ul[1]");
  const href = async (name: string) => (await list.getByRole("link", { name }).getAttribute("href"))!;

  const original = await page.request.get(await href("The original, as the publisher gave it"));
  expect(original.status()).toBe(200);
  expect(original.headers()["content-type"]).toBe("application/yaml; charset=utf-8");
  expect(original.headers()["content-disposition"]).toBe('attachment; filename="dvla-vehicle-enquiry-service-openapi.yaml"');
  expect(original.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await original.text()).toMatch(/^openapi: ["']?3\.0\.0/m);

  const json = await page.request.get(await href("Bundled into one document, as JSON"));
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(json.headers()["cache-control"]).toBe("private, no-cache");
  const bundled = await json.json();
  expect(bundled.openapi).toBe("3.0.0");

  const yaml = await page.request.get(await href("Bundled into one document, as YAML"));
  expect(yaml.status()).toBe(200);
  expect(yaml.headers()["content-type"]).toBe("application/yaml; charset=utf-8");
  expect(yaml.headers()["content-disposition"]).toBe('attachment; filename="dvla-vehicle-enquiry-service-openapi-bundled.yaml"');
  expect(YAML.parse(await yaml.text())).toEqual(bundled);

  // Unchanged since last time: nothing to send again.
  const again = await page.request.get(await href("Bundled into one document, as JSON"), { headers: { "If-None-Match": json.headers().etag! } });
  expect(again.status()).toBe(304);

  for (const missing of ["/apis/dvla-vehicle-enquiry-service/openapi/bundled.xml", "/apis/dvla-vehicle-enquiry-service/openapi/original?revision=nosuchrevision", "/apis/no-such-api/openapi/original"]) {
    expect((await page.request.get(missing)).status(), missing).toBe(404);
  }
});

test("when the description cannot be fetched, the page says so in plain English", async ({ page }) => {
  await page.route("**/openapi/bundled.json?*", (route) => route.fulfill({ status: 500, body: "" }));
  await page.goto(PAGE);
  const docs = page.locator("[data-testid=api-documentation][data-state=error]");
  await expect(docs.getByRole("alert")).toHaveText("The interactive documentation could not be shown. You can still download the OpenAPI description.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page offers the downloads and the documentation as the server renders it", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole("link", { name: "Bundled into one document, as YAML" })).toBeVisible();
    const served = page.getByTestId("api-documentation-served");
    await expect(served.getByRole("heading", { name: "Get vehicle details by registration number" })).toBeVisible();
    await expect(served.getByRole("table", { name: "Header parameters" }).getByRole("rowheader", { name: /x-api-key/ })).toBeVisible();
    await expect(page.getByText("The interactive documentation needs JavaScript")).toHaveCount(0);
    await expect(page.getByText("Loading the documentation…")).toHaveCount(0);
  });
});
