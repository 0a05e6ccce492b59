import { DEPRECATIONS } from "./deprecations";
import { API_EXAMPLE, API_INPUT_EXAMPLE, ASSESSMENTS_EXAMPLE, CHANGES_EXAMPLE, CONNECTION_EXAMPLE, ERROR_EXAMPLE, SYSTEM_EXAMPLE, ORGANISATION_EXAMPLE, REVISION_DETAIL_EXAMPLE, REVISION_EXAMPLE, SPEC_EXAMPLE, page } from "./openapi-examples";
import { SCHEMAS } from "./openapi-schemas";
import { anonymousQuota, clientQuota } from "./quota";
import { SCOPES } from "./scopes";
import { SPEC_MEDIA_TYPES } from "./write";

type Doc = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Doc, example: unknown) => ({ "application/json": { schema, example } });

const RATE_HEADERS = {
  RateLimit: { $ref: "#/components/headers/RateLimit" },
  "RateLimit-Policy": { $ref: "#/components/headers/RateLimitPolicy" },
};
const ok = (description: string, schema: string, example: unknown) => ({ description, headers: RATE_HEADERS, content: json(ref(schema), example) });
const problem = (description: string) => ({ description, headers: RATE_HEADERS, content: json(ref("Error"), ERROR_EXAMPLE) });
const ERRORS = {
  "400": { $ref: "#/components/responses/BadRequest" },
  "401": { $ref: "#/components/responses/Unauthorised" },
  "403": { $ref: "#/components/responses/Forbidden" },
  "429": { $ref: "#/components/responses/TooManyRequests" },
};
const NOT_FOUND = { "404": { $ref: "#/components/responses/NotFound" } };
const WRITE_ERRORS = {
  ...ERRORS,
  "413": problem("The body is larger than the operation takes (body_too_large); nothing was saved."),
  "415": problem("The body's media type is not one the operation takes (unsupported_media_type)."),
  "422": problem("A field's value is not right (invalid_field, with fields), or the OpenAPI description was refused (spec_refused); nothing was saved."),
};

const param = (name: string, description: string, schema: Doc = { type: "string" }, inPath = false) => ({ name, in: inPath ? "path" : "query", required: inPath, description, schema });
const slug = param("slug", "The API's slug, as in its links.", { type: "string" }, true);
const revisionId = param("id", "The version's id.", { type: "string" }, true);
const PAGING = [
  param("limit", "How many items a page holds.", { type: "integer", minimum: 1, maximum: 100, default: 20 }),
  param("cursor", "Where the page starts: give the cursor in the previous page's links.next, never make one."),
];
const list = (values: readonly string[]) => ({ type: "array", items: { type: "string", enum: [...values] } });

const READ = [{}, { clientCredentials: ["catalogue:read"] }];
const WRITE = [{ clientCredentials: ["apis:write"] }];

type Operation = { operationId: string; summary: string; description: string; tags: string[]; security: Doc[] } & Doc;
function operation(op: Operation): Doc {
  const deprecation = DEPRECATIONS[op.operationId];
  return { ...op, ...(deprecation ? { deprecated: true } : {}) };
}

/** The API's own OpenAPI 3.1 document, served at /api/v1/openapi.json and rendered on /developers. */
export function openApiDocument(): Doc {
  const client = clientQuota();
  const anonymous = anonymousQuota();
  return {
    openapi: "3.1.0",
    info: {
      title: "API Catalogue",
      version: "1.0.0",
      summary: "The cross-government register of APIs, systems and their connections, for programs.",
      description: [
        "Read the catalogue as anyone may see it, or, with a client's token, as a member of its organisation; register and update your organisation's APIs and push new versions of their OpenAPI descriptions from your pipelines.",
        "",
        "**Authorisation.** OAuth 2.0 client credentials: a publisher creates a client for their organisation at /publish/clients, choosing its scopes, and sees its secret once. POST grant_type=client_credentials to /oauth/token (HTTP Basic or client_id and client_secret in the form) for a bearer token lasting ten minutes. Revoking or rotating a client ends its tokens at once.",
        "",
        `**Quotas.** Each client may make ${client.limit} requests every ${client.windowSeconds} seconds; callers without a token ${anonymous.limit} every ${anonymous.windowSeconds} seconds per address. Every response carries RateLimit-Policy and RateLimit; past the limit the answer is 429 with Retry-After.`,
        "",
        "**Lists** are objects with items and links; follow links.next until there is none. Dates are ISO 8601; property names are camelCase. Errors are { error: { code, message } } with a stable code.",
        "",
        "**Deprecation.** An operation we deprecate says so here and in each response: Deprecation (RFC 9745), Sunset (RFC 8594) and a Link to the notice.",
      ].join("\n"),
      contact: { name: "API Catalogue team", email: "api-catalogue@digital.cabinet-office.gov.uk" },
      license: { name: "Open Government Licence v3.0", url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
    },
    servers: [{ url: "/api/v1", description: "This catalogue" }],
    security: READ,
    tags: [
      { name: "APIs", description: "The catalogue's APIs, and registering your own." },
      { name: "OpenAPI descriptions", description: "Each version of an API's OpenAPI description, with its GDS standards check." },
      { name: "Organisations", description: "The organisations that own systems and APIs, and their published maturity assessments." },
      { name: "Estate", description: "Systems and the connections between them." },
      { name: "Changes", description: "What changed in the catalogue since you last asked: keep a copy of the bulk download (/data) current without downloading it again." },
    ],
    paths: {
      "/apis": {
        get: operation({
          operationId: "listApis",
          summary: "List APIs",
          description: "APIs you may see, ordered by name then id, filtered as the catalogue's search is. Repeat a filter to allow several values.",
          tags: ["APIs"],
          security: READ,
          parameters: [
            param("q", "Words to match in the name, description, organisation and tags; the last may be the start of a word."),
            { ...param("organisation", "Organisation slugs."), schema: { type: "array", items: { type: "string" } }, explode: true },
            { ...param("lifecycle", "Stages."), schema: list(["alpha", "beta", "live", "deprecated", "retired"]), explode: true },
            { ...param("visibility", "Audiences."), schema: list(["public", "government", "internal"]), explode: true },
            { ...param("auth", "How callers authenticate."), schema: list(["none", "api-key", "oauth2", "openid-connect", "mutual-tls", "other", "unknown"]), explode: true },
            { ...param("score", "Bands of the GDS standards score."), schema: list(["high", "medium", "low", "unchecked"]), explode: true },
            param("spec", "Whether it has an OpenAPI description.", { type: "string", enum: ["yes", "no"] }),
            ...PAGING,
          ],
          responses: { "200": ok("A page of APIs.", "ApiList", page(API_EXAMPLE, "/api/v1/apis?limit=1", "/api/v1/apis?limit=1&cursor=WyJhcGlzIiwiVmVoaWNsZSBFbnF1aXJ5IFNlcnZpY2UiLCJjbWFiYzEyM2RlZjQ1NiJd", "apis")), ...ERRORS },
        }),
        post: operation({
          operationId: "registerApi",
          summary: "Register an API",
          description: "Registers an API for your client's organisation, checked as the web form checks it; a draft unless publish is true.",
          tags: ["APIs"],
          security: WRITE,
          requestBody: { required: true, content: json(ref("ApiInput"), API_INPUT_EXAMPLE) },
          responses: { "201": ok("The API as registered.", "Api", API_EXAMPLE), ...WRITE_ERRORS },
        }),
      },
      "/apis/{slug}": {
        get: operation({ operationId: "getApi", summary: "Get an API", description: "One API, if you may see it.", tags: ["APIs"], security: READ, parameters: [slug], responses: { "200": ok("The API.", "Api", API_EXAMPLE), ...ERRORS, ...NOT_FOUND } }),
        put: operation({
          operationId: "replaceApi",
          summary: "Update an API",
          description: "Replaces all of an API's details with these (fields left out become empty); publish: true also publishes a draft.",
          tags: ["APIs"],
          security: WRITE,
          parameters: [slug],
          requestBody: { required: true, content: json(ref("ApiInput"), API_INPUT_EXAMPLE) },
          responses: { "200": ok("The API as updated.", "Api", API_EXAMPLE), ...WRITE_ERRORS, ...NOT_FOUND, "409": problem("Someone changed the API at the same moment (conflict): read it and try again.") },
        }),
      },
      "/apis/{slug}/spec-revisions": {
        get: operation({
          operationId: "listSpecRevisions",
          summary: "List versions of an API's OpenAPI description",
          description: "Newest first (then by id): those you may see.",
          tags: ["OpenAPI descriptions"],
          security: READ,
          parameters: [slug, ...PAGING],
          responses: { "200": ok("A page of versions.", "SpecRevisionList", page(REVISION_EXAMPLE, "/api/v1/apis/vehicle-enquiry-service/spec-revisions")), ...ERRORS, ...NOT_FOUND },
        }),
        post: operation({
          operationId: "pushSpecRevision",
          summary: "Push a new version of an API's OpenAPI description",
          description: "Send the document as the body (JSON, YAML, or a .zip of a description split across files: name its root with ?root= if it is not clear). It is checked as an upload is, and stored as a new version unless it is the same as the current one.",
          tags: ["OpenAPI descriptions"],
          security: WRITE,
          parameters: [slug, param("root", "For a .zip: the path of its root document.")],
          requestBody: { required: true, content: Object.fromEntries(SPEC_MEDIA_TYPES.map((type) => [type, type === "application/zip" ? { schema: { type: "string", contentMediaType: "application/zip" } } : { schema: type.includes("json") ? { type: "object" } : { type: "string" }, example: type.includes("json") ? SPEC_EXAMPLE : "openapi: 3.0.1\n" }])) },
          responses: {
            "200": ok("The same text as the current version: nothing new was stored.", "SpecRevision", REVISION_DETAIL_EXAMPLE),
            "201": ok("The new version, with its check.", "SpecRevision", REVISION_DETAIL_EXAMPLE),
            ...WRITE_ERRORS,
            ...NOT_FOUND,
          },
        }),
      },
      "/apis/{slug}/spec-revisions/{id}": {
        get: operation({ operationId: "getSpecRevision", summary: "Get a version and its standards check", description: "One version, with the GDS API standards check rule by rule.", tags: ["OpenAPI descriptions"], security: READ, parameters: [slug, revisionId], responses: { "200": ok("The version.", "SpecRevision", REVISION_DETAIL_EXAMPLE), ...ERRORS, ...NOT_FOUND } }),
      },
      "/apis/{slug}/spec-revisions/{id}/original": {
        get: operation({
          operationId: "getSpecRevisionOriginal",
          summary: "Get a version's document as it arrived",
          description: "The document exactly as it arrived: JSON, YAML, or the .zip it came in.",
          tags: ["OpenAPI descriptions"],
          security: READ,
          parameters: [slug, revisionId],
          responses: {
            "200": { description: "The document.", headers: RATE_HEADERS, content: { "application/json": { schema: { type: "object" }, example: SPEC_EXAMPLE }, "application/yaml": { schema: { type: "string" } }, "application/zip": { schema: { type: "string", contentMediaType: "application/zip" } } } },
            ...ERRORS,
            ...NOT_FOUND,
          },
        }),
      },
      "/apis/{slug}/spec-revisions/{id}/bundled": {
        get: operation({
          operationId: "getSpecRevisionBundled",
          summary: "Get a version's bundled document",
          description: "The checked document as one JSON document, every reference to another file brought in.",
          tags: ["OpenAPI descriptions"],
          security: READ,
          parameters: [slug, revisionId],
          responses: { "200": { description: "The bundled document.", headers: RATE_HEADERS, content: json({ type: "object" }, SPEC_EXAMPLE) }, ...ERRORS, ...NOT_FOUND },
        }),
      },
      "/organisations": {
        get: operation({ operationId: "listOrganisations", summary: "List organisations", description: "Every organisation, by slug.", tags: ["Organisations"], security: READ, parameters: PAGING, responses: { "200": ok("A page of organisations.", "OrganisationList", page(ORGANISATION_EXAMPLE, "/api/v1/organisations")), ...ERRORS } }),
      },
      "/organisations/{slug}": {
        get: operation({
          operationId: "getOrganisation",
          summary: "Get an organisation",
          description: "One organisation.",
          tags: ["Organisations"],
          security: READ,
          parameters: [param("slug", "The organisation's slug.", { type: "string" }, true)],
          responses: { "200": ok("The organisation.", "Organisation", ORGANISATION_EXAMPLE), ...ERRORS, ...NOT_FOUND },
        }),
      },
      "/organisations/{slug}/assessments": {
        get: operation({
          operationId: "listPublishedAssessments",
          summary: "List an organisation's published maturity levels",
          description: "The levels each published assessment reached, oldest first.",
          tags: ["Organisations"],
          security: READ,
          parameters: [param("slug", "The organisation's slug.", { type: "string" }, true)],
          responses: { "200": ok("Its published assessments.", "PublishedAssessments", ASSESSMENTS_EXAMPLE), ...ERRORS, ...NOT_FOUND },
        }),
      },
      "/systems": {
        get: operation({ operationId: "listSystems", summary: "List systems", description: "Systems you may see, by slug.", tags: ["Estate"], security: READ, parameters: [param("organisation", "An organisation's slug."), ...PAGING], responses: { "200": ok("A page of systems.", "SystemList", page(SYSTEM_EXAMPLE, "/api/v1/systems", undefined, "systems")), ...ERRORS } }),
      },
      "/systems/{slug}": {
        get: operation({ operationId: "getSystem", summary: "Get a system", description: "One system, if you may see it.", tags: ["Estate"], security: READ, parameters: [param("slug", "The system's slug.", { type: "string" }, true)], responses: { "200": ok("The system.", "System", SYSTEM_EXAMPLE), ...ERRORS, ...NOT_FOUND } }),
      },
      "/connections": {
        get: operation({ operationId: "listConnections", summary: "List connections", description: "Connections between systems that you may see (and both of whose systems you may see), by id.", tags: ["Estate"], security: READ, parameters: [param("system", "A system's slug: its connections either way."), ...PAGING], responses: { "200": ok("A page of connections.", "ConnectionList", page(CONNECTION_EXAMPLE, "/api/v1/connections", undefined, "connections")), ...ERRORS } }),
      },
      "/changes": {
        get: operation({
          operationId: "listChanges",
          summary: "List changes",
          description:
            "Changes to APIs, systems and connections you may see, oldest first, each with the record as the bulk download at /data/apis.json (systems.json, connections.json) shows it now, or removed. Start without a cursor to replay every change from the start, which gives exactly the bulk download; keep the page's cursor and ask from it later for what changed since.",
          tags: ["Changes"],
          security: READ,
          parameters: [param("limit", "How many changes a page holds.", { type: "integer", minimum: 1, maximum: 100, default: 20 }), param("cursor", "Where to resume: a cursor this feed gave you (a page's, or a change's).")],
          responses: { "200": ok("A page of changes.", "ChangeList", CHANGES_EXAMPLE), ...ERRORS },
        }),
      },
    },
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        clientCredentials: {
          type: "oauth2",
          description: "A client of your organisation (created at /publish/clients) asks /oauth/token for a bearer token. Without one you read what anyone may see.",
          flows: { clientCredentials: { tokenUrl: "/oauth/token", scopes: SCOPES } },
        },
      },
      headers: {
        RateLimit: { description: "What is left of the quota and the seconds until it resets (IETF RateLimit header fields).", schema: { type: "string" }, example: '"client";r=1199;t=42' },
        RateLimitPolicy: { description: "The quota: requests (q) per window of seconds (w).", schema: { type: "string" }, example: `"client";q=${client.limit};w=${client.windowSeconds}` },
      },
      responses: {
        BadRequest: problem("Malformed input: invalid_json, unknown_field, invalid_cursor or invalid_parameter."),
        Unauthorised: problem("The bearer token is missing (for a write), expired, or its client was revoked or rotated (invalid_token)."),
        Forbidden: problem("The token lacks the scope (insufficient_scope), the record is another organisation's (forbidden), or the request came from another website (cross_site)."),
        NotFound: problem("There is no such record, or you may not see it (not_found)."),
        TooManyRequests: { description: "Over the quota (rate_limited): wait as Retry-After says.", headers: { ...RATE_HEADERS, "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } }, content: json(ref("Error"), { error: { code: "rate_limited", message: "Too many requests: the limit is 1200 every 60 seconds. Try again in 12 seconds." } }) },
      },
    },
  };
}
