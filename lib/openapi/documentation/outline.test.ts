import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { AppStore, convertSwagger2OpenAPI, type IMenuItem } from "redoc";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { withResolvableRefsOnly } from "../render";
import { markdownHtml } from "./markdown";
import { documentationOf, PART_OPERATIONS, type ContentsEntry, type Operation } from "./outline";

const SPECS = path.resolve(process.cwd(), "../shared/data/specs");
const realSpecs = fs.readdirSync(SPECS).filter((f) => /\.(ya?ml|json)$/.test(f));
const read = (file: string) => withResolvableRefsOnly(YAML.parse(fs.readFileSync(path.join(SPECS, file), "utf8")) as Record<string, unknown>);

/** Every operation's anchor, in the order a reader meets them. */
function contentsIds(entries: ContentsEntry[]): string[] {
  return entries.flatMap((e) => (e.kind === "operation" ? [e.id] : e.kind === "tag" ? e.operations.map((o) => o.id) : contentsIds(e.entries)));
}

/** Redoc's menu, as the interactive view builds it from the same document. */
async function redocIds(doc: Record<string, unknown>): Promise<string[]> {
  const spec = doc.swagger ? await convertSwagger2OpenAPI(structuredClone(doc)) : structuredClone(doc);
  const store = new AppStore(spec as never, undefined, { untrustedSpec: true, disableSearch: true });
  const walk = (items: IMenuItem[]): string[] => items.flatMap((item) => (item.type === "operation" ? [item.id] : walk(item.items)));
  return walk(store.menu.items);
}

const thing = (tag?: string, id?: string) => ({ ...(tag ? { tags: [tag] } : {}), ...(id ? { operationId: id } : {}), summary: `Thing ${id ?? ""}`, responses: { "200": { description: "OK" } } });

describe("documentationOf", () => {
  it.each(realSpecs)("gives the operations of %s Redoc's anchors, in Redoc's order", async (file) => {
    const doc = read(file);
    const ours = contentsIds(documentationOf(doc, markdownHtml).contents.entries);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(await redocIds(doc));
  });

  it("gives the GitHub REST API's 1,000 and more operations, webhooks among them, Redoc's anchors in Redoc's order", async () => {
    const github = withResolvableRefsOnly(JSON.parse(fs.readFileSync(createRequire(__filename).resolve("@octokit/openapi/generated/api.github.com.json"), "utf8")) as Record<string, unknown>);
    const ours = contentsIds(documentationOf(github, (text) => text).contents.entries);
    expect(ours.length).toBeGreaterThan(1_000);
    expect(ours).toEqual(await redocIds(github));
  }, 120_000);

  it("puts twenty operations in each part, in the contents' order, with each tag's heading where it starts or goes on", () => {
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 45; i++) paths[`/things/${i}`] = { get: thing(i < 30 ? "first" : "second", `thing${i}`) };
    const { contents, parts } = documentationOf({ openapi: "3.0.3", info: { title: "Things", version: "2" }, paths }, markdownHtml);
    expect(PART_OPERATIONS).toBe(20);
    expect(contents).toMatchObject({ title: "Things", version: "2", parts: 3, operations: 45 });
    expect(parts.map((p) => p.entries.filter((e) => e.kind === "operation").length)).toEqual([20, 20, 5]);
    expect(parts[1]!.entries.filter((e) => e.kind === "tag")).toEqual([
      { kind: "tag", id: "tag/first", name: "first", continued: true },
      { kind: "tag", id: "tag/second", name: "second", continued: false },
    ]);
    expect(parts[0]!.intro?.title).toBe("Things");
    expect(parts[1]!.intro).toBeUndefined();
    const first = contents.entries[0]!;
    expect(first.kind === "tag" && first.operations.map((o) => o.part)).toEqual([...Array(20).fill(1), ...Array(10).fill(2)]);
  });

  it("lists operations of no tag at the top level, and groups tags as x-tagGroups says", () => {
    const untagged = documentationOf({ openapi: "3.0.3", info: {}, paths: { "/a": { get: thing(undefined, "a"), post: thing() } } }, markdownHtml);
    expect(untagged.contents.entries).toEqual([
      { kind: "operation", id: "operation/a", name: "Thing a", method: "GET", deprecated: false, part: 1 },
      { kind: "operation", id: "/paths/~1a/post", name: "Thing ", method: "POST", deprecated: false, part: 1 },
    ]);
    const grouped = documentationOf({ openapi: "3.0.3", info: {}, "x-tagGroups": [{ name: "Reading", tags: ["read"] }], paths: { "/a": { get: thing("read", "a"), put: thing("write", "b") } } }, markdownHtml);
    expect(grouped.contents.entries).toEqual([{ kind: "group", name: "Reading", entries: [{ kind: "tag", id: "tag/read", name: "read", operations: [expect.objectContaining({ id: "tag/read/operation/a" })] }] }]);
  });

  it("reads what an operation takes and gives, through $refs, from OpenAPI 3 and Swagger 2.0 alike", () => {
    const openapi = documentationOf(
      {
        openapi: "3.0.3",
        info: {},
        paths: {
          "/pets/{id}": {
            parameters: [{ $ref: "#/components/parameters/Id" }],
            put: {
              parameters: [{ name: "dryRun", in: "query", schema: { type: "boolean" }, deprecated: true }],
              requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } }, "application/xml": { schema: { $ref: "#/components/schemas/Pet" } } } },
              responses: { "200": { description: "The **pet**", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } } } },
            },
          },
        },
        components: {
          parameters: { Id: { name: "id", in: "path", description: "Its id.", schema: { type: "string", format: "uuid" } } },
          schemas: { Pet: { type: "object", required: ["name"], properties: { id: { type: "integer", readOnly: true }, name: { type: "string", description: "Its name." }, kind: { type: "string", enum: ["cat", "dog"], nullable: true } } } },
        },
      },
      markdownHtml,
    ).parts[0]!.entries[0] as Operation;
    expect(openapi.parameters).toEqual([
      { name: "id", in: "path", type: "string (uuid)", required: true, deprecated: false, description: "<p>Its id.</p>" },
      { name: "dryRun", in: "query", type: "boolean", required: false, deprecated: true, description: undefined },
    ]);
    expect(openapi.requestBody).toEqual({
      required: true,
      description: undefined,
      content: [
        {
          mediaTypes: ["application/json", "application/xml"],
          type: "object (Pet)",
          properties: [
            { name: "name", type: "string", required: true, deprecated: false, description: "<p>Its name.</p>" },
            { name: "kind", type: "string or null, one of: cat, dog", required: false, deprecated: false, description: undefined },
          ],
        },
      ],
    });
    expect(openapi.responses[0]).toMatchObject({ code: "200", description: "<p>The <strong>pet</strong></p>", content: [{ type: "array of object (Pet)", properties: [{ name: "id" }, { name: "name" }, { name: "kind" }] }] });

    const swagger = documentationOf(
      {
        swagger: "2.0",
        info: {},
        host: "api.example.gov.uk",
        basePath: "/v1",
        produces: ["application/json"],
        paths: {
          "/pets": {
            post: {
              parameters: [{ name: "body", in: "body", required: true, schema: { $ref: "#/definitions/Pet" } }, { name: "limit", in: "query", type: "integer", format: "int32" }],
              responses: { "201": { description: "Made", schema: { $ref: "#/definitions/Pet" } } },
            },
            put: { consumes: ["multipart/form-data"], parameters: [{ name: "photo", in: "formData", type: "file", required: true }], responses: {} },
          },
        },
        definitions: { Pet: { type: "object", properties: { name: { type: "string" } } } },
      },
      markdownHtml,
    );
    const [post, put] = swagger.parts[0]!.entries as Operation[];
    expect(swagger.parts[0]!.intro?.servers).toEqual([{ url: "https://api.example.gov.uk/v1" }]);
    expect(post!.parameters).toEqual([{ name: "limit", in: "query", type: "integer (int32)", required: false, deprecated: false, description: undefined }]);
    expect(post!.requestBody).toMatchObject({ required: true, content: [{ mediaTypes: ["application/json"], type: "object (Pet)", properties: [{ name: "name" }] }] });
    expect(post!.responses).toEqual([{ code: "201", description: "<p>Made</p>", content: [{ mediaTypes: ["application/json"], type: "object (Pet)", properties: [expect.objectContaining({ name: "name" })] }] }]);
    expect(put!.requestBody).toEqual({ required: true, content: [{ mediaTypes: ["multipart/form-data"], type: "object", properties: [{ name: "photo", type: "file", required: true, deprecated: false, description: undefined }] }] });
  });

  it("says where a $ref the bundle could not resolve was, as the interactive view does", () => {
    const doc = withResolvableRefsOnly({ openapi: "3.0.3", info: {}, paths: { "/a": { get: { responses: { "200": { description: "OK", content: { "application/json": { schema: { $ref: "https://elsewhere.example/x.json" } } } } } } } } });
    const [operation] = documentationOf(doc, markdownHtml).parts[0]!.entries as Operation[];
    expect(operation!.responses[0]!.content[0]).toEqual({ mediaTypes: ["application/json"], type: "any", properties: [] });
  });
});
