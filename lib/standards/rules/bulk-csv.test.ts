import { describe, it } from "vitest";
import { expectFail, expectPass, oas3 } from "../testing";

const ID = "gds-bulk-csv";
const jsonOnly = { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Things" }, example: {} } } } };

describe("gds-bulk-csv (21)", () => {
  it("passes a response that links to a CSV download of the whole dataset (as ONS's versions do)", () =>
    expectPass(oas3({}, { responses: jsonOnly }, { downloads: { type: "object", properties: { csv: { type: "object", properties: { href: { type: "string", format: "uri" } } } } } }), ID));

  it("fails when nothing offers or links to CSV", () => expectFail(oas3({}, { responses: jsonOnly }), ID, /CSV/));
});
