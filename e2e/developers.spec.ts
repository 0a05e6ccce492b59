import { expect, test } from "./fixtures";

test("the developers page documents every operation with an example, its limits, and draws the OpenAPI document", async ({ page, request, expectNoAxeViolations }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API for developers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The catalogue’s API" })).toBeVisible();
  await expect(page.getByRole("table", { name: "How many requests you may make" })).toContainText("Each API client");
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, { summary: string }>> };
  await expect(page.getByTestId("api-documentation")).toHaveAttribute("data-state", "ready", { timeout: 30_000 });
  for (const operations of Object.values(document.paths)) {
    for (const op of Object.values(operations)) await expect(page.getByText(op.summary).first()).toBeAttached();
  }
  await expectNoAxeViolations(page);
});

test("without JavaScript every operation is there with an example request", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/developers");
  await expect(page.getByRole("heading", { level: 3, name: "Push a new version of an API's OpenAPI description" })).toBeVisible();
  await expect(page.getByLabel("Example request: Push a new version of an API's OpenAPI description")).toContainText("Authorization: Bearer $TOKEN");
  await expect(page.getByLabel("Example response: List APIs")).toContainText('"items"');
  await context.close();
});
