/**
 * The machine API through its route handlers, as a pipeline calls it: tokens, scopes, pushing a
 * spec and being refused once the client is revoked, visibility, bad input, quotas, read audit.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { reindexAll } from "@/lib/catalogue/search/indexer";
import * as apis from "@/app/api/v1/apis/route";
import * as oneApi from "@/app/api/v1/apis/[slug]/route";
import * as revisions from "@/app/api/v1/apis/[slug]/spec-revisions/route";
import * as original from "@/app/api/v1/apis/[slug]/spec-revisions/[id]/original/route";
import { estateFacts } from "@/lib/maturity/evidence";
import { revokeClient, rotateClient } from "./clients";
import { tokenEndpoint } from "./token-endpoint";
import { apiRequest, clientWithToken } from "./testing";

const state: { db?: Db } = {};
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.db }));

const SPEC = JSON.stringify({ openapi: "3.0.3", info: { title: "Vehicle tax", version: "1.0.0" }, paths: {} });
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;

beforeAll(async () => {
  database = await createTestDatabase();
  state.db = database.db;
  people = await seedPublishing(database.db);
  const { dvla, hmrc } = people;
  await database.db.api.createMany({
    data: [
      { slug: "vehicle-tax", name: "Vehicle tax", organisationId: dvla.id, visibility: "public" },
      { slug: "vehicle-keepers", name: "Vehicle keepers", organisationId: dvla.id, visibility: "internal" },
      { slug: "driver-draft", name: "Driver draft", organisationId: dvla.id, status: "draft" },
      { slug: "vat-returns", name: "VAT returns", organisationId: hmrc.id, visibility: "internal" },
      ...Array.from({ length: 25 }, (_, i) => ({ slug: `paye-${i}`, name: `PAYE ${String(i).padStart(2, "0")}`, organisationId: hmrc.id, lifecycle: i % 2 ? "beta" : "live" })),
    ],
  });
  await database.db.$transaction((tx) => reindexAll(tx));
});
afterAll(() => database.drop());
afterEach(() => {
  delete process.env.API_ANONYMOUS_RATE_LIMIT;
  delete process.env.API_RATE_LIMIT;
});

const json = async (response: Response) => (await response.json()) as Record<string, any>;
const slugsOf = (body: Record<string, any>) => (body.items as { slug: string }[]).map((a) => a.slug);

describe("reading", () => {
  it("pages through every API anonymous callers may see, by name then id, following links.next", async () => {
    const seen: string[] = [];
    let next: string | undefined = "/api/v1/apis?limit=10";
    while (next) {
      const response = await apis.GET(apiRequest(next));
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-policy")).toMatch(/^"anonymous";q=\d+;w=\d+$/);
      const body = await json(response);
      seen.push(...slugsOf(body));
      next = body.links.next;
    }
    expect(seen).toHaveLength(26);
    expect(seen).not.toContain("vehicle-keepers");
    expect(seen).not.toContain("driver-draft");
    expect(seen[0]).toBe("paye-0");
    expect(new Set(seen).size).toBe(26);
  });

  it("filters as the web search does, words included", async () => {
    const body = await json(await apis.GET(apiRequest("/api/v1/apis?organisation=hm-revenue-customs&lifecycle=beta&limit=100")));
    expect(slugsOf(body)).toHaveLength(12);
    expect(slugsOf(await json(await apis.GET(apiRequest("/api/v1/apis?q=vehic"))))).toEqual(["vehicle-tax"]);
  });

  it("shows a client what a member of its organisation sees, and logs each read", async () => {
    const { token, client } = await clientWithToken(database.db, people.dvlaPublisher, people.dvla.id, ["catalogue:read"]);
    const body = await json(await apis.GET(apiRequest("/api/v1/apis?q=vehicle", { token })));
    expect(slugsOf(body)).toEqual(["driver-draft", "vehicle-keepers", "vehicle-tax"]);
    expect((await oneApi.GET(apiRequest("/api/v1/apis/vat-returns", { token }), params({ slug: "vat-returns" }))).status).toBe(404);
    const reads = await database.db.apiRead.findMany({ where: { clientId: client.id, method: "GET" } });
    expect(reads.map((r) => [r.path, r.status])).toEqual(expect.arrayContaining([["/api/v1/apis?q=vehicle", 200], ["/api/v1/apis/vat-returns", 404]]));
  });

  it.each([
    ["/api/v1/apis?cursor=not-a-cursor", "invalid_cursor"],
    [`/api/v1/apis?cursor=${Buffer.from('["organisations","x"]').toString("base64url")}`, "invalid_cursor"],
    ["/api/v1/apis?lifecycle=ancient", "invalid_parameter"],
    ["/api/v1/apis?limit=0", "invalid_parameter"],
    ["/api/v1/apis?colour=blue", "invalid_parameter"],
  ])("refuses %s with 400 %s", async (path, code) => {
    const response = await apis.GET(apiRequest(path));
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatchObject({ code, message: expect.any(String) });
  });
});

describe("a pipeline pushing its spec", () => {
  it("pushes with a client-credentials token, then is refused once the client is revoked", async () => {
    const { token, client } = await clientWithToken(database.db, people.dvlaPublisher, people.dvla.id);
    const push = (t: string, body = SPEC) => revisions.POST(apiRequest("/api/v1/apis/vehicle-tax/spec-revisions", { method: "POST", token: t, body, type: "application/json" }), params({ slug: "vehicle-tax" }));
    const pushed = await push(token);
    expect(pushed.status).toBe(201);
    const revision = await json(pushed);
    expect(revision).toMatchObject({ arrivedVia: "api", status: "checked", links: { original: expect.stringContaining("/original") } });
    const stored = await database.db.specRevision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(stored).toMatchObject({ arrivedVia: "api", createdBy: `client:${client.id}` });
    expect(await database.db.auditEvent.count({ where: { entityId: revision.id, actor: `client:${client.id}` } })).toBe(1);
    // The maturity model counts a description pushed by a pipeline as one that updates itself.
    const facts = await estateFacts(database.db, people.dvlaPublisher, { organisationId: people.dvla.id });
    expect(facts["spec-self-updating"].find((i) => i.name === "Vehicle tax")).toMatchObject({ state: "yes", note: "Pushed by a pipeline." });
    const text = await original.GET(apiRequest(`/api/v1/apis/vehicle-tax/spec-revisions/${revision.id}/original`), params({ slug: "vehicle-tax", id: revision.id }));
    expect(await text.text()).toBe(SPEC);

    expect((await push(token)).status).toBe(200);
    await revokeClient(database.db, people.dvlaPublisher, client.id);
    const refused = await push(token, SPEC.replace("1.0.0", "1.0.1"));
    expect(refused.status).toBe(401);
    expect((await json(refused)).error.code).toBe("invalid_token");
    expect(await database.db.specRevision.count({ where: { apiId: stored.apiId } })).toBe(1);
    const again = await tokenEndpoint(apiRequest("/oauth/token", { method: "POST", type: "application/x-www-form-urlencoded", body: `grant_type=client_credentials&client_id=${client.id}&client_secret=x` }));
    expect(again.status).toBe(401);
  });

  it("ends a client's tokens when its secret is rotated; the new secret gets new ones", async () => {
    const { token, client } = await clientWithToken(database.db, people.dvlaPublisher, people.dvla.id);
    const rotated = await rotateClient(database.db, people.dvlaPublisher, client.id);
    expect(rotated.ok).toBe(true);
    expect((await apis.GET(apiRequest("/api/v1/apis", { token }))).status).toBe(401);
  });

  it("registers an API through the publishing service, checked as the web form checks it", async () => {
    const { token } = await clientWithToken(database.db, people.dvlaPublisher, people.dvla.id);
    const body = { name: "Driver licence check", description: "Whether a licence is valid.", lifecycle: "beta", visibility: "government", authType: "oauth2", tags: ["Drivers"], publish: true };
    const created = await apis.POST(apiRequest("/api/v1/apis", { method: "POST", token, body: JSON.stringify(body), type: "application/json" }));
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ slug: expect.stringContaining("driver-licence-check"), organisation: { slug: "driver-and-vehicle-licensing-agency" }, status: "published", tags: ["drivers"] });
    const invalid = await apis.POST(apiRequest("/api/v1/apis", { method: "POST", token, body: JSON.stringify({ ...body, url: "ftp://x" }), type: "application/json" }));
    expect(invalid.status).toBe(422);
    expect((await json(invalid)).error).toMatchObject({ code: "invalid_field", fields: { url: expect.any(String) } });
  });

  it.each([
    ["malformed JSON", "{", "application/json", 400, "invalid_json"],
    ["a form", "name=x", "application/x-www-form-urlencoded", 415, "unsupported_media_type"],
    ["an unknown field", JSON.stringify({ name: "X", colour: "blue" }), "application/json", 400, "unknown_field"],
    ["an oversized body", JSON.stringify({ name: "x".repeat(70_000) }), "application/json", 413, "body_too_large"],
  ])("refuses %s and writes nothing", async (_, body, type, status, code) => {
    const { token } = await clientWithToken(database.db, people.dvlaPublisher, people.dvla.id);
    const before = await database.db.api.count();
    const response = await apis.POST(apiRequest("/api/v1/apis", { method: "POST", token, body, type }));
    expect(response.status).toBe(status);
    expect((await json(response)).error.code).toBe(code);
    expect(await database.db.api.count()).toBe(before);
  });

  it("refuses a write without a token, with a token lacking the scope, and a cross-site write", async () => {
    const post = (init: Parameters<typeof apiRequest>[1]) => apis.POST(apiRequest("/api/v1/apis", { method: "POST", body: "{}", type: "application/json", ...init }));
    const cookie = await post({ headers: { cookie: "next-auth.session-token=anything" } });
    expect([cookie.status, (await json(cookie)).error.code]).toEqual([401, "invalid_token"]);
    const { token } = await clientWithToken(database.db, people.dvlaPublisher, people.dvla.id, ["catalogue:read"]);
    const scoped = await post({ token });
    expect([scoped.status, (await json(scoped)).error.code]).toEqual([403, "insufficient_scope"]);
    const crossSite = await post({ headers: { origin: "https://attacker.example" } });
    expect([crossSite.status, (await json(crossSite)).error.code]).toEqual([403, "cross_site"]);
  });

  it("does not let a client write to another organisation's API", async () => {
    const { token } = await clientWithToken(database.db, people.hmrcPublisher, people.hmrc.id);
    const response = await revisions.POST(apiRequest("/api/v1/apis/vehicle-tax/spec-revisions", { method: "POST", token, body: SPEC, type: "application/json" }), params({ slug: "vehicle-tax" }));
    expect(response.status).toBe(403);
  });
});

describe("paths the API does not have", () => {
  it("answers 404 in JSON, for any method", async () => {
    const { POST } = await import("@/app/api/v1/[...path]/route");
    const response = await POST(apiRequest("/api/v1/widgets", { method: "POST", body: "{}", type: "application/json", token: "cat_x" }));
    expect(response.status).toBe(401);
    const anonymous = await POST(apiRequest("/api/v1/widgets", { method: "GET" }));
    expect(anonymous.status).toBe(404);
    expect((await json(anonymous)).error.code).toBe("not_found");
  });
});

describe("quotas", () => {
  it("answers 429 with Retry-After past the limit, counted per client", async () => {
    process.env.API_RATE_LIMIT = "3";
    const { token } = await clientWithToken(database.db, people.hmrcPublisher, people.hmrc.id);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await apis.GET(apiRequest("/api/v1/apis", { token }));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("ratelimit")).toMatch(/^"client";r=0;t=\d+$/);
    expect((await json(last!)).error.code).toBe("rate_limited");
  });
});
