import { describe, expect, it } from "vitest";
import { diffSpecs } from "./index";

type J = Record<string, unknown>;


/** A small OAS 3 spec with a recursive schema, shared refs and an enum. */
function oas3(): J {
  return {
    openapi: "3.0.3",
    info: { title: "Pets", version: "1" },
    paths: {
      "/pets": {
        get: {
          summary: "List pets",
          parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
          responses: {
            "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } } },
          },
        },
        post: {
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/NewPet" } } } },
          responses: { "201": { $ref: "#/components/responses/PetCreated" } },
        },
      },
      "/pets/{id}": {
        parameters: [{ $ref: "#/components/parameters/Id" }],
        get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } } },
        delete: { responses: { "204": { description: "gone" } } },
      },
    },
    components: {
      parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "string" } } },
      responses: { PetCreated: { description: "made", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } },
      schemas: {
        Pet: {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "string" },
            name: { type: "string", description: "The pet's name" },
            status: { type: "string", enum: ["available", "sold"] },
            children: { type: "array", items: { $ref: "#/components/schemas/Pet" } }, // cycle
          },
        },
        NewPet: { type: "object", required: ["name"], properties: { name: { type: "string" }, tag: { type: "string" } } },
      },
    },
  };
}

/** The same API as Swagger 2.0: definitions, global parameters, body parameter. */
function swagger2(): J {
  return {
    swagger: "2.0",
    info: { title: "Pets", version: "1" },
    paths: {
      "/pets": {
        get: { parameters: [{ name: "limit", in: "query", type: "integer" }], responses: { "200": { description: "ok", schema: { type: "array", items: { $ref: "#/definitions/Pet" } } } } },
        post: {
          parameters: [{ name: "pet", in: "body", schema: { $ref: "#/definitions/NewPet" } }],
          responses: { "201": { description: "made", schema: { $ref: "#/definitions/Pet" } } },
        },
      },
      "/pets/{id}": { get: { parameters: [{ $ref: "#/parameters/Id" }], responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Pet" } } } } },
    },
    parameters: { Id: { name: "id", in: "path", required: true, type: "string" } },
    definitions: {
      Pet: { type: "object", properties: { id: { type: "string" }, status: { type: "string", enum: ["available", "sold"] }, parent: { $ref: "#/definitions/Pet" } } },
      NewPet: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
    },
  };
}

const kinds = (before: J, after: J) => diffSpecs(before, after).map((c) => `${c.kind}:${c.breaking}`).sort();
type Any = any;

describe("diffSpecs (OpenAPI 3)", () => {
  it("finds nothing between identical documents, despite the recursive schema", () => {
    expect(diffSpecs(oas3(), oas3())).toEqual([]);
  });

  it("compares path templates by shape: /pets/{id} equals /pets/{petId}", () => {
    const after: Any = oas3();
    after.paths["/pets/{petId}"] = after.paths["/pets/{id}"];
    delete after.paths["/pets/{id}"];
    after.components.parameters.Id.name = "petId";
    expect(diffSpecs(oas3(), after)).toEqual([]);
  });

  it("removed path is breaking; added path is not", () => {
    const after: Any = oas3();
    delete after.paths["/pets/{id}"];
    after.paths["/owners"] = { get: { responses: { "200": { description: "ok" } } } };
    const changes = diffSpecs(oas3(), after);
    expect(changes).toContainEqual({ kind: "path-removed", breaking: true, path: "/pets/{id}", pointer: "/paths/~1pets~1{id}", message: "The path /pets/{id} was removed, with all its operations." });
    expect(changes).toContainEqual(expect.objectContaining({ kind: "path-added", breaking: false, path: "/owners" }));
    expect(changes).toHaveLength(2);
  });

  it("removed operation is breaking; added operation is not", () => {
    const after: Any = oas3();
    delete after.paths["/pets/{id}"].delete;
    after.paths["/pets/{id}"].put = { responses: { "200": { description: "ok" } } };
    const changes = diffSpecs(oas3(), after);
    expect(changes).toContainEqual(expect.objectContaining({ kind: "operation-removed", breaking: true, path: "/pets/{id}", method: "delete", message: "The operation DELETE /pets/{id} was removed." }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: "operation-added", breaking: false, method: "put" }));
  });

  it("removed response property (through $refs, also in the recursive child) is breaking; added is not", () => {
    const after: Any = oas3();
    delete after.components.schemas.Pet.properties.name;
    after.components.schemas.Pet.properties.age = { type: "integer" };
    const changes = diffSpecs(oas3(), after);
    const removed = changes.filter((c) => c.kind === "response-property-removed");
    // GET /pets, POST /pets (201 via a response $ref), GET /pets/{id}.
    expect(removed.map((c) => `${c.method} ${c.path}`).sort()).toEqual(["get /pets", "get /pets/{id}", "post /pets"]);
    expect(removed.every((c) => c.breaking)).toBe(true);
    expect(removed[0]!.pointer).toBe("/components/schemas/Pet/properties/name");
    expect(removed.find((c) => c.path === "/pets/{id}")!.message).toBe('Field "name" in the 200 response of GET /pets/{id} was removed; clients reading it will break.');
    expect(changes.filter((c) => c.kind === "response-property-added").every((c) => !c.breaking)).toBe(true);
    expect(changes.every((c) => c.kind === "response-property-removed" || c.kind === "response-property-added")).toBe(true);
  });

  it("new required parameter is breaking; optional is not; optional→required is breaking", () => {
    const after: Any = oas3();
    const params = after.paths["/pets"].get.parameters;
    params[0].required = true;
    params.push({ name: "owner", in: "query", required: true, schema: { type: "string" } });
    params.push({ name: "sort", in: "query", schema: { type: "string" } });
    expect(kinds(oas3(), after)).toEqual(["parameter-became-required:true", "parameter-optional-added:false", "parameter-required-added:true"]);
    const added = diffSpecs(oas3(), after).find((c) => c.kind === "parameter-required-added")!;
    expect(added.message).toBe('A new required query parameter "owner" was added to GET /pets; existing clients do not send it.');
    expect(added.pointer).toBe("/paths/~1pets/get/parameters/1");
  });

  it("new required request-body property is breaking; optional is not", () => {
    const after: Any = oas3();
    after.components.schemas.NewPet.properties.species = { type: "string" };
    after.components.schemas.NewPet.required.push("species");
    after.components.schemas.NewPet.properties.colour = { type: "string" };
    expect(kinds(oas3(), after)).toEqual(["request-property-optional-added:false", "request-property-required-added:true"]);
  });

  it("changed type of a parameter, a request property and a response property is breaking", () => {
    const after: Any = oas3();
    after.paths["/pets"].get.parameters[0].schema.type = "string";
    after.components.schemas.NewPet.properties.tag.type = "integer";
    after.components.schemas.Pet.properties.id = { type: ["integer", "null"] };
    const changes = diffSpecs(oas3(), after);
    expect(changes.every((c) => c.kind === "type-changed" && c.breaking)).toBe(true);
    expect(changes.find((c) => c.pointer.endsWith("/parameters/0/schema"))!.message).toBe('The query parameter "limit" of GET /pets changed type from integer to string.');
    expect(changes.some((c) => c.message === 'Field "tag" in the request body of POST /pets changed type from string to integer.')).toBe(true);
    expect(changes.some((c) => c.message.startsWith('Field "id" in the 200 response of GET /pets/{id} changed type from string to integer'))).toBe(true);
  });

  it("finds a change past a cycle from every operation that reaches it, whichever operation was compared first", () => {
    // A → B → A is a cycle, and A also holds C, whose field changes type. Comparing GET /a first
    // settles A, and must not leave B taken as unchanged from the moment the cycle led back to A.
    const spec = (type: string): J => ({
      openapi: "3.0.3",
      info: { title: "Cycle", version: "1" },
      paths: Object.fromEntries(
        ["A", "B"].map((name) => [`/${name.toLowerCase()}`, { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } } } } }]),
      ),
      components: {
        schemas: {
          A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" }, c: { $ref: "#/components/schemas/C" } } },
          B: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } } },
          C: { type: "object", properties: { when: { type } } },
        },
      },
    });
    const changes = diffSpecs(spec("string"), spec("integer"));
    expect(changes.map((c) => c.message)).toEqual([
      'Field "c.when" in the 200 response of GET /a changed type from string to integer.',
      'Field "a.c.when" in the 200 response of GET /b changed type from string to integer.',
    ]);
  });

  it("does not treat a 3.1 nullable type array as a type change", () => {
    const after: Any = oas3();
    after.components.schemas.Pet.properties.id = { type: ["string", "null"] };
    expect(diffSpecs(oas3(), after)).toEqual([]);
  });

  it("narrowed enum is breaking; widened enum is not", () => {
    const narrowed: Any = oas3();
    narrowed.components.schemas.Pet.properties.status.enum = ["available"];
    const n = diffSpecs(oas3(), narrowed);
    expect(n.length).toBeGreaterThan(0);
    expect(n.every((c) => c.kind === "enum-narrowed" && c.breaking)).toBe(true);
    expect(n[0]!.message).toContain('no longer allows "sold"');

    const widened: Any = oas3();
    widened.components.schemas.Pet.properties.status.enum.push("pending");
    const w = diffSpecs(oas3(), widened);
    expect(w.length).toBeGreaterThan(0);
    expect(w.every((c) => c.kind === "enum-widened" && !c.breaking)).toBe(true);
  });

  it("description changes are not breaking", () => {
    const after: Any = oas3();
    after.paths["/pets"].get.summary = "List all the pets";
    after.components.schemas.Pet.properties.name.description = "What the pet is called";
    const changes = diffSpecs(oas3(), after);
    expect(changes.length).toBeGreaterThan(1);
    expect(changes.every((c) => c.kind === "description-changed" && !c.breaking)).toBe(true);
  });

  it("merges allOf, so moving properties into a composition is not a change", () => {
    const after: Any = oas3();
    const { id, ...rest } = after.components.schemas.Pet.properties;
    after.components.schemas.Base = { type: "object", required: ["id"], properties: { id } };
    after.components.schemas.Pet = { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: rest }] };
    expect(diffSpecs(oas3(), after)).toEqual([]);
  });

  it("survives a $ref loop with no schema at the end, and non-object input", () => {
    const after: Any = oas3();
    after.components.schemas.Pet = { $ref: "#/components/schemas/Loop" };
    after.components.schemas.Loop = { $ref: "#/components/schemas/Pet" };
    expect(() => diffSpecs(oas3(), after)).not.toThrow();
    expect(diffSpecs(null, [])).toEqual([]);
  });
});

describe("diffSpecs (Swagger 2.0)", () => {
  it("finds nothing between identical documents", () => {
    expect(diffSpecs(swagger2(), swagger2())).toEqual([]);
  });

  it("covers definitions, global parameters and body parameters", () => {
    const after: Any = swagger2();
    after.definitions.Pet.properties.status.enum = ["sold"]; // narrowed
    delete after.definitions.Pet.properties.id; // removed response property
    after.definitions.NewPet.properties.owner = { type: "string" };
    after.definitions.NewPet.required.push("owner"); // new required body property
    after.parameters.Id.type = "integer"; // changed param type via #/parameters
    after.paths["/pets"].get.parameters.push({ name: "X-Trace", in: "header", required: true, type: "string" });
    const k = new Set(kinds(swagger2(), after));
    expect(k).toEqual(new Set(["enum-narrowed:true", "response-property-removed:true", "request-property-required-added:true", "type-changed:true", "parameter-required-added:true"]));
    const typeChange = diffSpecs(swagger2(), after).find((c) => c.kind === "type-changed")!;
    expect(typeChange).toMatchObject({ path: "/pets/{id}", method: "get", pointer: "/parameters/Id" });
  });

  it("compares a Swagger 2 document with its OAS 3 equivalent by the same rules", () => {
    const before = swagger2();
    const after: Any = oas3();
    delete after.paths["/pets/{id}"].delete;
    delete after.components.schemas.Pet.properties.parent;
    const changes = diffSpecs(before, after);
    // Pet lost "parent" and gained name/children; no false type or path changes from the format switch.
    expect(changes.filter((c) => c.breaking).map((c) => c.kind)).toEqual(["response-property-removed", "response-property-removed", "response-property-removed"]);
    expect(changes.some((c) => c.kind.startsWith("path") || c.kind.startsWith("operation"))).toBe(false);
  });
});
