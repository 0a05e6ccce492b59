import { describe, expect, it } from "vitest";
import { UNRESOLVED_REF, withResolvableRefsOnly } from "./render";

describe("preparing a bundle for Redoc", () => {
  it("keeps references that resolve inside the document", () => {
    const doc = {
      components: { schemas: { "a/b": { type: "string" }, Car: { type: "object", properties: { id: { $ref: "#/components/schemas/a~1b" } } } } },
      paths: { "/cars": { get: { responses: { 200: { content: { "application/json": { schema: { $ref: "#/components/schemas/Car" } } } } } } } },
    };
    const before = structuredClone(doc);
    expect(withResolvableRefsOnly(doc)).toEqual(before);
  });

  it("replaces a remote, a file, a missing and a non-string reference with a schema that says why", () => {
    const doc = {
      components: {
        schemas: {
          Remote: { $ref: "http://169.254.169.254/latest/meta-data" },
          File: { $ref: "file:///etc/passwd" },
          Relative: { $ref: "../../etc/hostname" },
          Missing: { $ref: "#/components/schemas/Nowhere" },
          Odd: { $ref: { not: "a string" } },
        },
      },
      paths: { "/x": { parameters: [{ $ref: "https://example.com/p.yaml" }] } },
    };
    withResolvableRefsOnly(doc);
    const replaced = { description: UNRESOLVED_REF };
    expect(doc.components.schemas).toEqual({ Remote: replaced, File: replaced, Relative: replaced, Missing: replaced, Odd: replaced });
    expect(doc.paths["/x"].parameters).toEqual([replaced]);
  });

  it("leaves what is not an object alone", () => {
    expect(withResolvableRefsOnly(null)).toBeNull();
    expect(withResolvableRefsOnly("text")).toBe("text");
  });
});
