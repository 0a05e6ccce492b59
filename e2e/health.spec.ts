import { expect, test } from "./fixtures";

test.describe("checks for load balancers and people", () => {
  test("liveness and readiness answer in plain text that nothing keeps", async ({ request }) => {
    for (const [path, text] of [["/health/live", "Live"], ["/health/ready", "Ready"]] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toBe("no-store");
      expect((await response.text()).trim()).toBe(text);
    }
  });

  test("the status page says whether the database is answering", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/status");
    await expect(page.getByText("The service is running and its database is answering.")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("a write from another site is refused on every path, /api/v1/ included", async ({ request }) => {
  for (const path of ["/apis/anything", "/api/auth/signout"]) {
    const response = await request.post(path, { headers: { Origin: "https://attacker.example" }, data: "x=1" });
    expect(response.status(), path).toBe(403);
    expect(await response.text()).toBe("This request came from another website, so it was refused.");
  }
  // The machine API answers in JSON (lib/api/route.ts); only a bearer token would exempt it.
  const api = await request.post("/api/v1/apis", { headers: { Origin: "https://attacker.example" }, data: "x=1" });
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: { code: "cross_site", message: "This request came from another website, so it was refused." } });
});
