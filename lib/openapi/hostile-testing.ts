// What a hostile publisher might put in any text of a spec: a script, an image whose error runs
// script, and javascript: links (Markdown and HTML). None of it may run in our pages: the
// browser tests (e2e/spec-safety.spec.ts, e2e/documentation-served.spec.ts) and the server's
// rendering's (components/openapi/ServedDocumentation.test.tsx) use it.
export const SCRIPT = "<script>window.__pwned=1</script>";
export const TEXT = `Hostile text ${SCRIPT} <img src=x onerror="window.__pwned=1"> [a Markdown link](javascript:window.__pwned=1) <a href="javascript:window.__pwned=1">an HTML link</a>`;
export const URL_ = "javascript:window.__pwned=1";

export const HOSTILE_SPEC = {
  openapi: "3.0.3",
  info: {
    title: TEXT,
    version: "1.0.0",
    description: TEXT,
    termsOfService: URL_,
    contact: { name: TEXT, url: URL_, email: "team@example.gov.uk" },
    license: { name: TEXT, url: URL_ },
  },
  externalDocs: { url: URL_, description: TEXT },
  servers: [{ url: URL_, description: TEXT }],
  tags: [{ name: "things", description: TEXT, externalDocs: { url: URL_, description: TEXT } }],
  paths: {
    "/v1/things/{id}": {
      get: {
        tags: ["things"],
        operationId: "getThing",
        summary: TEXT,
        description: TEXT,
        externalDocs: { url: URL_, description: TEXT },
        parameters: [{ name: "id", in: "path", required: true, description: TEXT, schema: { type: "string", example: TEXT } }],
        responses: {
          "200": {
            description: TEXT,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" }, examples: { hostile: { summary: TEXT, description: TEXT, value: { name: TEXT } } } } },
          },
          "404": { description: TEXT, content: { "application/json": { schema: { type: "object", description: TEXT, properties: { message: { type: "string", example: TEXT } } } } } },
        },
      },
    },
  },
  components: {
    schemas: { Thing: { type: "object", title: TEXT, description: TEXT, properties: { name: { type: "string", description: TEXT, example: TEXT, enum: [TEXT] } }, example: { name: TEXT } } },
  },
};
