import { describe, expect, it } from "vitest";
import { expectFail, expectPass, messagesOf, oas3, rowOf } from "../testing";

const ID = "gds-geojson";
const point = { type: "object", properties: { type: { type: "string", enum: ["Point"] }, coordinates: { type: "array", items: { type: "number" } } } };

describe("gds-geojson (13): what counts as a location", () => {
  it("does not take a position in a list (an integer) for a location", async () => {
    expect((await rowOf(oas3({}, {}, { position: { type: "integer" }, point: { type: "integer" } }), ID)).outcome).toBe("not-applicable");
  });

  it("allows eastings and northings beside a WGS 84 GeoJSON location, as the standard does", () =>
    expectPass(oas3({}, {}, { location: point, easting: { type: "number" }, northing: { type: "number" } }), ID));

  it("fails eastings and northings with no WGS 84 location beside them", () =>
    expectFail(oas3({}, {}, { easting: { type: "number" }, northing: { type: "number" } }), ID, /easting.*WGS 84/));

  it("names bare latitude and longitude, not the eastings beside them", async () => {
    const names = await messagesOf(oas3({}, {}, { lat: { type: "number" }, lon: { type: "number" }, easting: { type: "number" }, northing: { type: "number" } }), ID);
    expect(names).toEqual([expect.stringMatching(/"lat"/), expect.stringMatching(/"lon"/)]);
  });
});
