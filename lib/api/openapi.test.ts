/**
 * The API's own OpenAPI document: it passes the catalogue's GDS standards check and Redocly's
 * recommended rules, and every /api/v1 route's real responses (and the document's examples)
 * validate against it.
 */
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedPublishing, systemInput } from "@/lib/catalogue/publishing/testing";
import { checkSpec } from "@/lib/openapi/check";
import { summarise } from "@/lib/standards/result";
import { openApiDocument } from "./openapi";
import { apiRequest, clientWithToken } from "./testing";

const state: { db?: Db } = {};
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.db }));

type Doc = Record<string, any>;
const doc = openApiDocument() as Doc;
const ROOT = path.resolve(__dirname, "../..");

describe("the API's own OpenAPI document", () => {
  it("passes the GDS standards check with no failure and Redocly's recommended rules with no error", async () => {
    const result = await checkSpec(new TextEncoder().encode(JSON.stringify(doc, null, 2)));
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const failed = result.standards.rows.filter((r) => r.outcome === "fail");
    expect(failed.filter((r) => r.severity === "error")).toEqual([]);
    // Scored as an API that serves a dataset: its lists link their bulk CSV (point 21) and /changes is its change feed (point 22).
    expect(summarise(result.standards, { servesDataset: true }).rows.filter((r) => r.outcome === "fail")).toEqual([]);
  });

  it("documents every /api/v1 route file, and nothing that is not one", () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const relative = path.posix.join(dir, entry.name);
        if (entry.isDirectory()) walk(relative);
        else if (entry.name === "route.ts") {
          const source = fs.readFileSync(path.join(ROOT, relative), "utf8");
          const route = `/${path.posix.dirname(relative).replace(/^app\/api\/v1\/?/, "")}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/$/, "") || "/";
          for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (new RegExp(`export const ${method}\\b`).test(source)) routes.push(`${method} ${route}`);
        }
      }
    };
    walk("app/api/v1");
    const documented = Object.entries(doc.paths as Doc).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    // The document itself, and the catch-all that answers any other path with a JSON 404.
    expect(routes.filter((r) => r !== "GET /openapi.json" && !r.includes("[...")).sort()).toEqual(documented.sort());
  });
});

// ---- Contract tests: real responses against the document ----

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "openapi", components: doc.components }, "openapi");

const resolve = (node: Doc): Doc => (node.$ref ? resolve(node.$ref.replace("#/", "").split("/").reduce((n: Doc, k: string) => n[k], doc)) : node);

/** The documented schema for this operation's status and media type, or a failure saying what is missing. */
function schemaFor(pathTemplate: string, method: string, status: number, type: string): Doc {
  const op = doc.paths[pathTemplate]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${pathTemplate} is not documented`);
  const response = op.responses[String(status)];
  if (!response) throw new Error(`${method} ${pathTemplate} does not document ${status}`);
  const content = resolve(response).content?.[type];
  if (!content) throw new Error(`${method} ${pathTemplate} ${status} does not document ${type}`);
  return JSON.parse(JSON.stringify(content.schema).replaceAll('"#/components/', '"openapi#/components/'));
}

function validate(schema: Doc, value: unknown): string[] {
  const check = ajv.compile(schema);
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

type Call = { method: string; template: string; url: string; token?: "read" | "write"; body?: string; type?: string; status: number };

let database: TestDatabase;
let tokens: { read: string; write: string };
let calls: Call[];

beforeAll(async () => {
  database = await createTestDatabase();
  state.db = database.db;
  const people = await seedPublishing(database.db);
  await database.db.api.create({ data: { slug: "vehicle-tax", name: "Vehicle tax", organisationId: people.dvla.id, dateAdded: new Date(), tags: { create: [{ tag: "vehicles" }] } } });
  const system = await database.db.system.create({ data: { ...systemInput(people.dvla.id), slug: "vehicle-register", status: "published" } });
  await database.db.system.create({ data: { ...systemInput(people.dvla.id), name: "Draft register", slug: "draft-register", status: "draft" } });
  const hmrcSystem = await database.db.system.create({ data: { ...systemInput(people.hmrc.id), name: "Tax records", slug: "tax-records", status: "published" } });
  await database.db.connection.create({ data: { fromSystemId: system.id, toSystemId: hmrcSystem.id, description: "Tax status", technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from", visibility: "public" } });
  const snapshot = JSON.stringify({ grid: { dimensions: [{ key: "documentation", reached: 2 }] }, facts: {} });
  await database.db.assessment.create({ data: { organisationId: people.dvla.id, createdBy: "dvla-publisher", status: "approved", approvedAt: new Date("2026-10-01"), snapshot } });
  const write = await clientWithToken(database.db, people.dvlaPublisher, people.dvla.id, ["apis:write"]);
  const read = await clientWithToken(database.db, people.dvlaPublisher, people.dvla.id, ["catalogue:read"]);
  tokens = { read: read.token, write: write.token };
  const spec = JSON.stringify({ openapi: "3.0.3", info: { title: "Vehicle tax", version: "1.0.0" }, paths: {} });
  const input = JSON.stringify({ name: "Driver check", description: "Whether a licence is valid.", lifecycle: "beta", visibility: "public", authType: "oauth2" });
  calls = [
    { method: "GET", template: "/apis", url: "/apis?limit=1", status: 200 },
    { method: "GET", template: "/apis", url: "/apis?lifecycle=ancient", status: 400 },
    { method: "GET", template: "/apis", url: "/apis", token: "write", status: 403 },
    { method: "POST", template: "/apis", url: "/apis", token: "write", body: input, type: "application/json", status: 201 },
    { method: "POST", template: "/apis", url: "/apis", token: "write", body: "{", type: "application/json", status: 400 },
    { method: "POST", template: "/apis", url: "/apis", body: input, type: "application/json", status: 401 },
    { method: "POST", template: "/apis", url: "/apis", token: "write", body: input, type: "text/plain", status: 415 },
    { method: "POST", template: "/apis", url: "/apis", token: "write", body: input.replace("beta", "gamma"), type: "application/json", status: 422 },
    { method: "GET", template: "/apis/{slug}", url: "/apis/vehicle-tax", token: "read", status: 200 },
    { method: "GET", template: "/apis/{slug}", url: "/apis/nothing-here", status: 404 },
    { method: "PUT", template: "/apis/{slug}", url: "/apis/vehicle-tax", token: "write", body: input.replace("Driver check", "Vehicle tax"), type: "application/json", status: 200 },
    { method: "POST", template: "/apis/{slug}/spec-revisions", url: "/apis/vehicle-tax/spec-revisions", token: "write", body: spec, type: "application/json", status: 201 },
    { method: "POST", template: "/apis/{slug}/spec-revisions", url: "/apis/vehicle-tax/spec-revisions", token: "write", body: spec, type: "application/json", status: 200 },
    { method: "POST", template: "/apis/{slug}/spec-revisions", url: "/apis/vehicle-tax/spec-revisions", token: "write", body: "openapi: [", type: "application/yaml", status: 422 },
    { method: "GET", template: "/apis/{slug}/spec-revisions", url: "/apis/vehicle-tax/spec-revisions", status: 200 },
    { method: "GET", template: "/apis/{slug}/spec-revisions", url: "/apis/vehicle-tax/spec-revisions?cursor=bad!", status: 400 },
    { method: "GET", template: "/apis/{slug}/spec-revisions/{id}", url: "/apis/vehicle-tax/spec-revisions/{revision}", status: 200 },
    { method: "GET", template: "/apis/{slug}/spec-revisions/{id}/original", url: "/apis/vehicle-tax/spec-revisions/{revision}/original", status: 200 },
    { method: "GET", template: "/apis/{slug}/spec-revisions/{id}/bundled", url: "/apis/vehicle-tax/spec-revisions/{revision}/bundled", status: 200 },
    { method: "GET", template: "/apis/{slug}/spec-revisions/{id}/bundled", url: "/apis/vehicle-tax/spec-revisions/nope/bundled", status: 404 },
    { method: "GET", template: "/organisations", url: "/organisations?limit=1", status: 200 },
    { method: "GET", template: "/organisations/{slug}", url: "/organisations/hm-revenue-customs", status: 200 },
    { method: "GET", template: "/organisations/{slug}", url: "/organisations/nobody", status: 404 },
    { method: "GET", template: "/organisations/{slug}/assessments", url: "/organisations/driver-and-vehicle-licensing-agency/assessments", status: 200 },
    { method: "GET", template: "/systems", url: "/systems?organisation=driver-and-vehicle-licensing-agency", token: "read", status: 200 },
    { method: "GET", template: "/systems/{slug}", url: "/systems/vehicle-register", status: 200 },
    { method: "GET", template: "/systems/{slug}", url: "/systems/draft-register", status: 404 },
    { method: "GET", template: "/connections", url: "/connections?system=vehicle-register", status: 200 },
    { method: "GET", template: "/changes", url: "/changes?limit=3", status: 200 },
    { method: "GET", template: "/changes", url: "/changes", token: "read", status: 200 },
    { method: "GET", template: "/changes", url: "/changes?cursor=not-ours", status: 400 },
  ];
});
afterAll(() => database.drop());

/** The route module and its path parameters for a URL under /api/v1. */
async function handlerFor(template: string, url: string) {
  const file = path.join(ROOT, "app/api/v1", template.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const values = new RegExp(`^${template.replace(/\{\w+\}/g, "([^/?]+)")}(\\?|$)`).exec(url)!.slice(1, names.length + 1);
  return { module: (await import(file)) as Record<string, (r: Request, a: unknown) => Promise<Response>>, params: Object.fromEntries(names.map((n, i) => [n, values[i]!])) };
}

describe("contract: every /api/v1 route's responses validate against the document", () => {
  it("covers every documented operation", () => {
    const called = new Set(calls.map((c) => `${c.method} ${c.template}`));
    const documented = Object.entries(doc.paths as Doc).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(documented.filter((o) => !called.has(o))).toEqual([]);
  });

  it("answers each call as documented, in order", async () => {
    let revision = "";
    for (const call of calls) {
      const url = call.url.replace("{revision}", revision);
      const { module, params } = await handlerFor(call.template, url);
      const response = await module[call.method]!(apiRequest(`/api/v1${url}`, { method: call.method, token: call.token && tokens[call.token], body: call.body, type: call.type }), { params: Promise.resolve(params) });
      const label = `${call.method} ${url}`;
      expect(response.status, label).toBe(call.status);
      expect(response.headers.get("ratelimit"), label).toMatch(/r=\d+;t=\d+/);
      const type = (response.headers.get("content-type") ?? "").split(";")[0]!;
      const body = type.endsWith("json") ? await response.json() : await response.text();
      expect(validate(schemaFor(call.template, call.method, call.status, type), body), label).toEqual([]);
      if (call.status === 201 && call.template.endsWith("spec-revisions")) revision = (body as { id: string }).id;
    }
  });

  it("has examples that validate against their schemas", () => {
    for (const [p, ops] of Object.entries(doc.paths as Doc)) {
      for (const [method, op] of Object.entries(ops as Doc)) {
        for (const [status, response] of Object.entries((op as Doc).responses as Doc)) {
          const json = resolve(response as Doc).content?.["application/json"];
          if (json?.example) expect(validate(schemaFor(p, method, Number(status), "application/json"), json.example), `${method} ${p} ${status}`).toEqual([]);
        }
      }
    }
  });
});
