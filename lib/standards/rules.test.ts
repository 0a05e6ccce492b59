import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GDS_RULES, gdsRulesConfig, scoreStandards, summarise } from "./index";
import { expectFail, expectPass, lintWithGds, oas3, rowOf as outcome } from "./testing";

const jsonOnly = { "200": { description: "ok", content: { "application/json": { schema: { type: "object" }, example: {} } } }, "400": { description: "bad" } };

describe("the baseline spec", () => {
  it("passes every rule", async () => {
    const { result } = await lintWithGds(oas3());
    expect(result.rows.filter((r) => r.outcome === "fail")).toEqual([]);
    expect(summarise(result, { servesDataset: true }).score).toBe(100);
  });
});

describe("gds-https (3)", () => {
  it("passes https servers", () => expectPass(oas3(), "gds-https"));
  it("fails an http server", () => expectFail(oas3({ servers: [{ url: "http://api.example.gov.uk/v1" }] }), "gds-https", /HTTPS/));
  it("fails a Swagger 2.0 http scheme", () =>
    expectFail(`swagger: "2.0"\ninfo: {title: t, version: "1"}\nschemes: [http, https]\npaths: {}\n`, "gds-https", /"http"/));
  it("allows http://localhost", () => expectPass(oas3({ servers: [{ url: "https://api.example.gov.uk/v1" }, { url: "http://localhost:8080/v1" }] }), "gds-https"));
});

describe("gds-json-media-types (5)", () => {
  it("passes JSON", () => expectPass(oas3(), "gds-json-media-types"));
  it("fails XML only", () =>
    expectFail(oas3({}, { responses: { "200": { description: "ok", content: { "application/xml": { schema: { type: "object" } } } } } }), "gds-json-media-types", /no JSON/));
});

describe("gds-response-objects (5)", () => {
  it("passes an object", () => expectPass(oas3(), "gds-response-objects"));
  it("fails a top-level array", () =>
    expectFail(oas3({}, { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } } } }), "gds-response-objects", /top-level array/));
  it("fails a Swagger 2.0 array via $ref", () =>
    expectFail(
      `swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths:\n  /v1/x:\n    get:\n      responses:\n        "200":\n          description: ok\n          schema: {$ref: "#/definitions/List"}\ndefinitions:\n  List: {type: array, items: {type: string}}\n`,
      "gds-response-objects",
      /array/,
    ));
});

describe("gds-property-case (5)", () => {
  it("passes one case", () => expectPass(oas3({}, {}, { first_name: { type: "string" }, last_name: { type: "string" }, _links: { type: "object" } }), "gds-property-case"));
  it("fails mixed cases", () =>
    expectFail(oas3({}, {}, { first_name: { type: "string" }, last_name: { type: "string" }, dateOfBirth: { type: "string", format: "date" } }), "gds-property-case", /dateOfBirth.*camelCase/));
});

describe("gds-utf8 (6)", () => {
  const withType = (t: string) => oas3({}, { responses: { "200": { description: "ok", content: { [t]: { schema: { type: "object" }, example: {} } } }, "400": { description: "bad" } } });
  it("passes utf-8", () => expectPass(withType("application/json; charset=utf-8"), "gds-utf8"));
  it("fails latin-1", () => expectFail(withType("application/json; charset=ISO-8859-1"), "gds-utf8", /other than UTF-8/));
  it("is not applicable without a charset", async () => expect((await outcome(oas3(), "gds-utf8")).outcome).toBe("not-applicable"));
});

describe("gds-version-in-url (14, 15)", () => {
  it("passes /v1 in the server", () => expectPass(oas3(), "gds-version-in-url"));
  it("passes /v2/ in every path", () =>
    expectPass(oas3({ servers: [{ url: "https://api.example.gov.uk" }], paths: { "/v2/things": { get: { responses: jsonOnly } } } }), "gds-version-in-url"));
  it("fails with no version", () => expectFail(oas3({ servers: [{ url: "https://api.example.gov.uk/" }] }), "gds-version-in-url", /\/v1\//));
});

describe("gds-deprecation (16)", () => {
  it("passes a deprecation that names its replacement", () =>
    expectPass(oas3({}, { deprecated: true, description: "Deprecated: use GET /v2/things instead; withdrawn in 2027." }), "gds-deprecation"));
  it("fails a silent deprecation", () => expectFail(oas3({}, { deprecated: true }), "gds-deprecation", /does not say so/));
  it("fails a deprecation with no replacement", () => expectFail(oas3({}, { deprecated: true, description: "Deprecated." }), "gds-deprecation", /replacement/));
  it("is not applicable with nothing deprecated", async () => expect((await outcome(oas3(), "gds-deprecation")).outcome).toBe("not-applicable"));
});

describe("gds-iso8601-dates (12)", () => {
  it("passes formatted dates", () =>
    expectPass(oas3({}, {}, { created_at: { type: "string", format: "date-time" }, birth_date: { type: "string", format: "date" } }), "gds-iso8601-dates"));
  it("fails an unformatted date and a unix timestamp", async () => {
    const src = oas3({}, {}, { start_date: { type: "string" }, updated_at: { type: "integer" }, time_zone: { type: "string" } });
    await expectFail(src, "gds-iso8601-dates", /start_date/);
    const row = await outcome(src, "gds-iso8601-dates");
    expect(row.messages.map((m) => m.message).join()).toMatch(/updated_at/);
    expect(row.messages.map((m) => m.message).join()).not.toMatch(/time_zone/);
  });
  it("ignores middle words and duration counts", async () => {
    const src = oas3({}, {}, { one_time_token: { type: "string" }, travel_time: { type: "integer" }, date_of_birth: { type: "string" } });
    const row = await outcome(src, "gds-iso8601-dates");
    expect(row.messages.map((m) => m.message)).toEqual([expect.stringMatching(/date_of_birth/)]);
  });
});

describe("gds-geojson (13)", () => {
  it("passes a GeoJSON point", () =>
    expectPass(oas3({}, {}, { location: { type: "object", properties: { type: { type: "string", enum: ["Point"] }, coordinates: { type: "array", items: { type: "number" } } } } }), "gds-geojson"));
  it("fails bare latitude/longitude", () =>
    expectFail(oas3({}, {}, { latitude: { type: "number" }, longitude: { type: "number" } }), "gds-geojson", /latitude.*GeoJSON/));
  it("is not applicable without locations", async () => expect((await outcome(oas3(), "gds-geojson")).outcome).toBe("not-applicable"));
});

describe("gds-oauth2 (9)", () => {
  it("passes oauth2", () => expectPass(oas3(), "gds-oauth2"));
  it("fails only an API key", () =>
    expectFail(oas3({ security: [{ key: [] }], components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } } } }), "gds-oauth2", /key \(API key in header\).*not OAuth 2.0/));
  it("is not applicable without security", async () => expect((await outcome(oas3({ security: undefined, components: { securitySchemes: undefined } }), "gds-oauth2")).outcome).toBe("not-applicable"));
});

describe("gds-no-api-key-in-query (9, 10)", () => {
  it("passes a header key", () =>
    expectPass(oas3({ security: [{ key: [] }], components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } } } }), "gds-no-api-key-in-query"));
  it("fails a query key (Swagger 2.0)", () =>
    expectFail(`swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\nsecurityDefinitions:\n  key: {type: apiKey, in: query, name: app_key}\n`, "gds-no-api-key-in-query", /query string/));
});

describe("gds-error-responses (2)", () => {
  it("passes a 404", () => expectPass(oas3(), "gds-error-responses"));
  it("fails only a 200", () =>
    expectFail(oas3({}, { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } } }), "gds-error-responses", /no error/));
});

describe("gds-info-description and gds-info-contact (24)", () => {
  it("pass", async () => {
    await expectPass(oas3(), "gds-info-description");
    await expectPass(oas3(), "gds-info-contact");
  });
  it("fail without them", async () => {
    const src = oas3({ info: { title: "t", version: "1" } });
    await expectFail(src, "gds-info-description", /description/);
    await expectFail(src, "gds-info-contact", /contact/);
  });
});

describe("gds-examples (24)", () => {
  it("passes a property example", () =>
    expectPass(oas3({}, { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { a: { type: "string", example: "x" } } } } } } } }), "gds-examples"));
  it("fails without an example", () =>
    expectFail(oas3({}, { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } } }), "gds-examples", /no response example/));
});

describe("gds-bulk-csv (21)", () => {
  it("passes text/csv", () => expectPass(oas3(), "gds-bulk-csv"));
  it("fails JSON only", () => expectFail(oas3({}, { responses: jsonOnly }), "gds-bulk-csv", /CSV/));
});

describe("gds-incremental-changes (22)", () => {
  it("passes an updated_since parameter", () => expectPass(oas3(), "gds-incremental-changes"));
  it("passes a changes feed path", () =>
    expectPass(oas3({ paths: { "/changes": { get: { responses: jsonOnly } } } }), "gds-incremental-changes"));
  it("fails without either", () => expectFail(oas3({}, { parameters: [] }), "gds-incremental-changes", /changed/));
});

describe("plugin wiring", () => {
  it("has one config entry and unique ids for every rule", () => {
    expect(new Set(GDS_RULES.map((r) => r.id)).size).toBe(GDS_RULES.length);
    expect(Object.keys(gdsRulesConfig)).toEqual(GDS_RULES.map((r) => `gds/${r.id}`));
    for (const r of GDS_RULES) expect(r.quote.length).toBeGreaterThan(5);
  });
  it("quotes the standard word for word", () => {
    const text = readFileSync(join(process.cwd(), "..", "shared", "reference", "gds-api-technical-and-data-standards.md"), "utf8").replace(/\s+/g, " ");
    for (const r of GDS_RULES) expect(text, r.id).toContain(r.quote);
  });
  it("refuses external $refs without fetching, and still scores", async () => {
    const src = oas3({}, { responses: { "200": { $ref: "http://169.254.169.254/latest/meta-data" }, "404": { $ref: "file:///etc/passwd" } } });
    const { result } = await lintWithGds(src);
    expect(result.unresolvedRefs).toBe(2);
    expect(result.rows.find((r) => r.ruleId === "gds-examples")?.outcome).toBe("unchecked");
  });
  it("weights requirements three times advice", () => {
    const doc = JSON.parse(oas3({}, {}, { start_date: { type: "string", format: "date" } })) as unknown;
    const fakeProblem = { ruleId: "gds/gds-iso8601-dates", message: "x", severity: "error" as const, location: [], suggest: [] };
    const { score, rows } = summarise(scoreStandards([fakeProblem], doc), { servesDataset: true });
    const applicable = rows.filter((r) => r.outcome !== "not-applicable");
    const total = applicable.reduce((s, r) => s + (r.severity === "error" ? 3 : 1), 0);
    expect(rows.find((r) => r.ruleId === "gds-iso8601-dates")).toMatchObject({ severity: "error", outcome: "fail" });
    expect(score).toBe(Math.round((100 * (total - 3)) / total));
  });
});
