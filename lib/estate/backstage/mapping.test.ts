import { describe, expect, it } from "vitest";
import { parseRef, readCatalogInfo } from "./entities";
import { ownedBy, technologyOfApi, technologyOfDependency } from "./mapping";

const dvla = { id: "o1", name: "Driver and Vehicle Licensing Agency", slug: "driver-and-vehicle-licensing-agency", acronym: "DVLA" };

describe("Backstage references and owners", () => {
  it("reads a reference with or without its kind and namespace, whatever its case", () => {
    expect(parseRef("component:default/Vehicle-Register")).toEqual({ kind: "component", name: "vehicle-register" });
    expect(parseRef("api:vehicle-enquiry")).toEqual({ kind: "api", name: "vehicle-enquiry" });
    expect(parseRef("vehicle-enquiry")).toEqual({ kind: null, name: "vehicle-enquiry" });
    expect(parseRef("not a reference")).toBeNull();
    expect(parseRef(42)).toBeNull();
  });

  it("takes the organisation as owner by its slug or acronym, or through a Group in the file named as it is", () => {
    const entities = readCatalogInfo("kind: Group\nmetadata:\n  name: licensing\n  title: Driver and Vehicle Licensing Agency\n---\nkind: Group\nmetadata:\n  name: hmrc\n");
    expect(ownedBy("dvla", dvla, entities)).toBe(true);
    expect(ownedBy("group:default/driver-and-vehicle-licensing-agency", dvla, entities)).toBe(true);
    expect(ownedBy("group:licensing", dvla, entities)).toBe(true);
    expect(ownedBy("group:hmrc", dvla, entities)).toBe(false);
    expect(ownedBy("user:dvla", dvla, entities)).toBe(false);
  });

  it("names a connection's technology from the API's type or the kind of resource depended on", () => {
    expect(technologyOfApi("openapi")).toEqual({ technology: "rest-json", openStandard: true });
    expect(technologyOfApi("asyncapi")).toEqual({ technology: "messaging", openStandard: true });
    expect(technologyOfApi("grpc")).toEqual({ technology: "other", openStandard: false });
    const [database, queue] = readCatalogInfo("kind: Resource\nmetadata:\n  name: db\nspec:\n  type: database\n---\nkind: Resource\nmetadata:\n  name: q\nspec:\n  type: queue\n");
    expect([technologyOfDependency(database), technologyOfDependency(queue), technologyOfDependency(undefined)]).toEqual(["database-link", "other", "other"]);
  });

  it("skips empty documents and places each entity at its first line", () => {
    const entities = readCatalogInfo("---\nkind: System\nmetadata:\n  name: a\n---\n---\n# a comment\nkind: API\nmetadata:\n  name: b\n");
    expect(entities.map((e) => [e.kind, e.name, e.place])).toEqual([
      ["System", "a", { document: 1, line: 2 }],
      ["API", "b", { document: 3, line: 8 }],
    ]);
  });
});
