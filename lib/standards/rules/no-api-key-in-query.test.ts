import { describe, it } from "vitest";
import { expectFail, expectPass, oas3 } from "../testing";

const ID = "gds-no-api-key-in-query";

describe("gds-no-api-key-in-query (10): keys passed as ordinary parameters", () => {
  it("fails a plain api_key query parameter with no security scheme", () =>
    expectFail(oas3({ security: [], components: { securitySchemes: undefined } }, { parameters: [{ name: "api_key", in: "query", required: true, schema: { type: "string" } }] }), ID, /api_key/));

  it("fails an access_token query parameter on a path item", () =>
    expectFail(oas3({ paths: { "/things": { parameters: [{ name: "access_token", in: "query", schema: { type: "string" } }], get: { responses: { "200": { description: "ok" } } } } } }), ID, /access_token/));

  it("leaves a header key and an ordinary query parameter alone", () =>
    expectPass(oas3({}, { parameters: [{ name: "api_key", in: "header", schema: { type: "string" } }, { name: "postcode_key", in: "query", schema: { type: "string" } }] }), ID));
});
