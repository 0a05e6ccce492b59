import { describe, it } from "vitest";
import { expectFail, expectPass, oas3 } from "../testing";

const ID = "gds-property-case";

// A GeoJSON Feature has a property called "properties": a schema, not a list of property names.
const feature = {
  type: "object",
  properties: {
    type: { type: "string", enum: ["Feature"] },
    geometry: { type: "object", properties: { type: { type: "string" }, coordinates: { type: "array", items: { type: "number" } } } },
    properties: { type: "object", additionalProperties: { type: "string" }, minProperties: 1, description: "Anything" },
  },
};

describe("gds-property-case (5): reads schemas by their keywords", () => {
  it("does not read the keywords of a property named `properties` as property names", () =>
    expectPass(oas3({}, {}, { feature_id: { type: "string" }, site_name: { type: "string" }, feature }), ID));

  it("does not read example values, enums or defaults as property names", () =>
    expectPass(oas3({}, {}, { first_name: { type: "string", default: "Ann", enum: ["Ann"] }, last_name: { type: "object", example: { someKey: 1, otherKey: 2, thirdKey: 3 } } }), ID));

  it("still reads properties nested in a `properties` property's own properties", async () => {
    const nested = { ...feature, properties: { ...feature.properties, properties: { type: "object", properties: { siteName: { type: "string" }, siteArea: { type: "number" }, siteOwner: { type: "string" } } } } };
    const snake = { feature_id: { type: "string" }, site_name: { type: "string" }, site_area: { type: "number" }, site_owner: { type: "string" } };
    await expectFail(oas3({}, {}, { ...snake, feature: nested }), ID, /"siteName" is camelCase; most properties use snake_case/);
  });

  it("reads properties under allOf, items and additionalProperties", async () => {
    const src = oas3({}, {}, { first_name: { type: "string" }, last_name: { type: "string" }, extra: { allOf: [{ type: "object", properties: { dateOfBirth: { type: "string", format: "date" } } }] } });
    await expectFail(src, ID, /dateOfBirth/);
  });
});
