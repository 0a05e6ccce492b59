import { describe, expect, it } from "vitest";
import { detectVersion, refuseNonOpenApiText } from "./spec-version";

describe("detectVersion", () => {
  it("detects OpenAPI 3.0/3.1/3.2 and Swagger 2.0", () => {
    expect(detectVersion({ openapi: "3.0.3" }).version).toBe("oas3_0");
    expect(detectVersion({ openapi: "3.1.0" }).version).toBe("oas3_1");
    expect(detectVersion({ openapi: "3.2.0" }).version).toBe("oas3_2");
    expect(detectVersion({ swagger: "2.0" }).version).toBe("oas2");
  });
  it("refuses Swagger 1.2", () => {
    expect(() => detectVersion({ swaggerVersion: "1.2", apis: [] })).toThrow(/Swagger 1\.2/);
  });
  it("refuses other versions and non-specs", () => {
    expect(() => detectVersion({ openapi: "4.0.0" })).toThrow(/version "4.0.0"/);
    expect(() => detectVersion({ openapi: 3.0 })).toThrow(/quotes/);
    expect(() => detectVersion({ asyncapi: "2.0.0" })).toThrow(/no "openapi"/);
  });
  it("refuses RAML by its first line", () => {
    expect(() => refuseNonOpenApiText("#%RAML 1.0\ntitle: x\n")).toThrow(/RAML/);
    expect(() => refuseNonOpenApiText("openapi: 3.0.0\n")).not.toThrow();
  });
});
