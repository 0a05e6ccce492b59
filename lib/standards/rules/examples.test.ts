import { describe, it } from "vitest";
import { expectFail, expectPass, oas3 } from "../testing";

const ID = "gds-examples";

describe("gds-examples (24)", () => {
  it("does not ask for an example of a success response that documents no body", () =>
    expectPass(oas3({}, { responses: { "200": { description: "Updated" }, "400": { description: "bad" } } }), ID));

  it("does not ask for one in Swagger 2.0 either", () =>
    expectPass(`swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths:\n  /v1/x:\n    put:\n      responses:\n        "200": {description: Updated}\n        "201": {description: Created, schema: {type: object, example: {}}}\n`, ID));

  it("still fails a success body without an example", () =>
    expectFail(oas3({}, { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } } }), ID, /no response example/));
});
