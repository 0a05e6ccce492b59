import { describe, expect, it } from "vitest";
import { expectFail, expectPass, messagesOf, oas3 } from "../testing";

const ID = "gds-json-media-types";
const body = (type: string) => ({ content: { [type]: { schema: { type: "object" }, example: {} } } });

describe("gds-json-media-types (5): judges what a successful call returns", () => {
  it("fails an XML-only success even when the error response is JSON", () =>
    expectFail(oas3({}, { responses: { "200": { description: "ok", ...body("application/xml") }, "400": { description: "bad", ...body("application/json") } } }), ID, /GET \/things.*application\/xml/));

  it("does not punish a CSV bulk download (point 21)", () =>
    expectPass(oas3({ paths: { "/things": { get: { responses: { "200": { description: "ok", ...body("application/json") } } } }, "/things.csv": { get: { responses: { "200": { description: "all of them", ...body("text/csv") }, "404": { description: "none", ...body("application/xml") } } } } } }), ID));

  it("does not punish a Swagger 2.0 CSV download either", () =>
    expectPass(`swagger: "2.0"\ninfo: {title: t, version: "1"}\nproduces: [application/json]\npaths:\n  /v1/all:\n    get:\n      produces: [text/csv]\n      responses:\n        "200": {description: ok}\n`, ID));

  it("names each operation whose success is not JSON, once", async () => {
    const ops = { get: { responses: { "200": { description: "ok", ...body("application/xml") }, "201": { description: "ok", ...body("text/html") } } } };
    expect(await messagesOf(oas3({ paths: { "/a": ops } }), ID)).toEqual([expect.stringMatching(/^GET \/a offers no JSON response \(application\/xml, text\/html\)/)]);
  });
});
