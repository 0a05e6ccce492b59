import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { DEPRECATIONS } from "./deprecations";
import { openApiDocument } from "./openapi";
import { apiRoute } from "./route";
import { apiRequest } from "./testing";

const state: { db?: Db } = {};
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.db }));

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  state.db = database.db;
});
afterAll(() => database.drop());
afterEach(() => {
  delete DEPRECATIONS.listOrganisations;
});

describe("the route wrapper", () => {
  it("marks a deprecated operation in the document and in every response: Deprecation, Sunset and a link to the notice", async () => {
    DEPRECATIONS.listOrganisations = { since: new Date("2027-01-01T00:00:00Z"), sunset: new Date("2027-07-01T00:00:00Z"), notice: "/developers#deprecations" };
    const route = apiRoute({ operationId: "listOrganisations" }, async () => ({ body: { items: [] } }));
    const response = await route(apiRequest("/api/v1/organisations"));
    expect(response.headers.get("deprecation")).toBe("@1798761600");
    expect(response.headers.get("sunset")).toBe("Thu, 01 Jul 2027 00:00:00 GMT");
    expect(response.headers.get("link")).toBe('</developers#deprecations>; rel="deprecation"; type="text/html"');
    expect((openApiDocument() as { paths: Record<string, Record<string, { deprecated?: boolean }>> }).paths["/organisations"]!.get!.deprecated).toBe(true);
    const other = await apiRoute({ operationId: "listApis" }, async () => ({ body: {} }))(apiRequest("/api/v1/apis"));
    expect(other.headers.get("deprecation")).toBeNull();
  });

  it("answers an unexpected failure with a JSON 500 that says nothing of it", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await apiRoute({ operationId: "listApis" }, async () => {
      throw new Error("secret detail");
    })(apiRequest("/api/v1/apis?limit=3"));
    spy.mockRestore();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("internal_error");
    expect(text).not.toContain("secret detail");
  });

  it("gives every answer the RateLimit fields and no-store, refusals included", async () => {
    const response = await apiRoute({ operationId: "registerApi", write: true }, async () => ({ body: {} }))(apiRequest("/api/v1/apis", { method: "POST", token: "cat_not-a-token" }));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
    expect(response.headers.get("ratelimit")).toMatch(/^"anonymous";r=\d+;t=\d+$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("anonymous reads", () => {
  it("are kept per catalogue version: the same URL is answered from memory until a write anywhere bumps the version", async () => {
    let calls = 0;
    const route = apiRoute({ operationId: "listOrganisations" }, async () => ({ body: { calls: ++calls } }));
    const read = async () => (await (await route(apiRequest("/api/v1/organisations?limit=7"))).json()) as { calls: number };
    expect(await read()).toEqual({ calls: 1 });
    expect(await read()).toEqual({ calls: 1 });
    await database.db.catalogueVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
    expect(await read()).toEqual({ calls: 2 });
  });
});
