import { z } from "zod";
import { AUTH_TYPES, LIFECYCLES, VISIBILITIES } from "@/lib/catalogue/vocabulary";
import { ERROR_CODES } from "./errors";
import { apiInputSchema } from "./write";

/** JSON Schemas (2020-12) of what /api/v1 returns; the contract tests validate real responses against them. */
type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const text = { type: "string" };
const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type as string, "null"] });
const uri = { type: "string", format: "uri-reference" };
const dateTime = { type: "string", format: "date-time" };
const date = { type: "string", format: "date" };
const object = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: "object",
  additionalProperties: false,
  required: Object.keys(properties).filter((p) => !optional.includes(p)),
  properties,
});
const listOf = (item: string, bulk = false): Schema =>
  object({
    items: { type: "array", items: ref(item) },
    links: object(
      {
        self: uri,
        next: { ...uri, description: "The next page; absent on the last page." },
        ...(bulk ? { csv: { ...uri, description: "The whole list as one CSV file (api.gov.uk's columns first), with its CSV on the Web metadata." }, json: { ...uri, description: "The whole list as one JSON file." } } : {}),
      },
      ["next"],
    ),
  });

const day = nullable({ ...date });
const link = { type: "string", format: "uri" };

/** The change feed's entries, each with its record as one item of the bulk download shows it (lib/open-data/records.ts). */
const CHANGE_SCHEMAS: Record<string, Schema> = {
  ApiRecord: object({
    dateAdded: day, dateUpdated: day, url: nullable(text), name: text, description: text, documentation: nullable(text), license: nullable(text),
    maintainer: nullable(text), areaServed: nullable(text), startDate: day, endDate: day, provider: { ...text, description: "The organisation's slug." },
    id: text, slug: text, link, system: { ...nullable(text), description: "Its system's slug." }, lifecycle: { type: "string", enum: [...LIFECYCLES] },
    deprecatedAt: day, sunsetAt: day, visibility: { type: "string", enum: [...VISIBILITIES] }, authType: { type: "string", enum: [...AUTH_TYPES] },
    status: { type: "string", enum: ["draft", "published"] }, tags: { type: "array", items: text }, servesDataset: { type: "boolean" }, source: text,
  }),
  SystemRecord: object({
    id: text, slug: text, link, name: text, description: text, provider: { ...text, description: "The organisation's slug." }, lifecycle: { type: "string", enum: [...LIFECYCLES] },
    hosting: text, ownerTeam: nullable(text), ownerEmail: nullable(text), status: { type: "string", enum: ["draft", "published"] }, example: { type: "boolean" },
  }),
  ConnectionRecord: object({
    id: text, link, fromProvider: text, fromSystem: text, toProvider: text, toSystem: text, api: nullable(text), description: text,
    direction: { type: "string", enum: ["one-way", "both"] }, technology: text, openStandard: { type: "boolean" }, personalData: { type: "boolean" },
    personalDataLogged: nullable({ type: "boolean" }), frequency: text, lifecycle: { type: "string", enum: [...LIFECYCLES] },
    visibility: { type: "string", enum: [...VISIBILITIES] }, confirmation: { type: "string", enum: ["unconfirmed", "confirmed", "disputed"] },
    disputeReason: nullable(text), example: { type: "boolean" }, updated: nullable(dateTime),
  }),
  Change: object({
    cursor: { ...text, description: "Ask from here to resume just after this change." },
    type: { type: "string", enum: ["api", "system", "connection"] },
    id: text,
    change: { type: "string", enum: ["created", "updated", "removed"], description: "removed: deleted, or no longer visible to you." },
    at: dateTime,
    record: { oneOf: [ref("ApiRecord"), ref("SystemRecord"), ref("ConnectionRecord"), { type: "null" }], description: "The record as it is now; null when removed." },
    link,
  }),
  ChangeList: object({
    items: { type: "array", items: ref("Change") },
    cursor: { ...text, description: "Where to ask from next time, even when this page holds no changes." },
    links: object({ self: uri, next: { ...uri, description: "The next page, when there are more changes now; absent otherwise." } }, ["next"]),
  }),
};

const withoutMeta = ({ $schema: _schema, ...rest }: Record<string, unknown>) => rest;

export const SCHEMAS: Record<string, Schema> = {
  Error: object({
    error: object({ code: { type: "string", enum: [...ERROR_CODES] }, message: { ...text, description: "What went wrong, in plain English." }, fields: { type: "object", additionalProperties: text, description: "For invalid_field: what is wrong with each field." } }, ["fields"]),
  }),
  OrganisationSummary: object({ slug: text, name: text, href: uri }),
  Organisation: object({
    slug: text,
    name: text,
    acronym: nullable(text),
    type: text,
    website: nullable(text),
    updatedAt: dateTime,
    links: object({ self: uri, html: uri, apis: uri }),
  }),
  OrganisationList: listOf("Organisation"),
  Api: object({
    id: text,
    slug: text,
    name: text,
    description: text,
    organisation: ref("OrganisationSummary"),
    system: { oneOf: [object({ slug: text, name: text, href: uri }), { type: "null" }] },
    status: { type: "string", enum: ["draft", "published"] },
    lifecycle: { type: "string", enum: [...LIFECYCLES] },
    visibility: { type: "string", enum: [...VISIBILITIES] },
    authType: { type: "string", enum: [...AUTH_TYPES] },
    url: nullable(text),
    documentationUrl: nullable(text),
    licence: nullable(text),
    maintainer: nullable(text),
    areaServed: nullable(text),
    tags: { type: "array", items: text },
    servesDataset: { type: "boolean" },
    hasSpec: { type: "boolean" },
    standardsScore: { type: ["integer", "null"], minimum: 0, maximum: 100 },
    startDate: nullable(date),
    deprecatedAt: nullable(date),
    sunsetAt: nullable(date),
    dateAdded: nullable(dateTime),
    dateUpdated: nullable(dateTime),
    updatedAt: dateTime,
    links: object({ self: uri, html: uri, specRevisions: uri }),
  }),
  ApiList: listOf("Api", true),
  ApiInput: withoutMeta(z.toJSONSchema(apiInputSchema, { io: "input" }) as Record<string, unknown>),
  SpecRevision: object(
    {
      id: text,
      createdAt: dateTime,
      arrivedVia: { type: "string", enum: ["seed", "upload", "paste", "url", "api"] },
      status: { type: "string", enum: ["pending", "checked", "refused"] },
      specVersion: nullable(text),
      standardsScore: { type: ["integer", "null"] },
      refusal: nullable(text),
      checkedAt: nullable(dateTime),
      breakingChanges: { type: ["integer", "null"] },
      links: object({ self: uri, api: uri, original: uri, bundled: uri }, ["bundled"]),
      standards: {
        oneOf: [
          object({
            score: { type: ["integer", "null"] },
            applied: { type: "integer" },
            total: { type: "integer" },
            rules: {
              type: "array",
              items: object({
                ruleId: text,
                standardPoints: { type: "array", items: { type: "integer" }, description: "The numbered points of the GDS API technical and data standards the rule checks." },
                title: text,
                severity: { type: "string", enum: ["requirement", "advice"] },
                outcome: { type: "string", enum: ["pass", "fail", "not-applicable", "unchecked"] },
                messages: { type: "array", items: text },
              }),
            },
          }),
          { type: "null" },
        ],
        description: "Only when one version is asked for: the GDS API standards check, rule by rule.",
      },
    },
    ["standards"],
  ),
  SpecRevisionList: listOf("SpecRevision"),
  System: object({
    slug: text,
    name: text,
    description: text,
    organisation: ref("OrganisationSummary"),
    status: { type: "string", enum: ["draft", "published"] },
    lifecycle: { type: "string", enum: [...LIFECYCLES] },
    hosting: text,
    ownerTeam: nullable(text),
    ownerEmail: nullable(text),
    example: { type: "boolean", description: "Part of the illustrative example estate, not a record of what government runs." },
    updatedAt: dateTime,
    links: object({ self: uri, html: uri, connections: uri }),
  }),
  SystemList: listOf("System", true),
  Connection: object({
    id: text,
    from: object({ slug: text, name: text, href: uri }),
    to: object({ slug: text, name: text, href: uri }),
    api: { oneOf: [object({ slug: text, name: text, href: uri }), { type: "null" }] },
    description: text,
    direction: { type: "string", enum: ["one-way", "both"] },
    technology: text,
    openStandard: { type: "boolean" },
    personalData: { type: "boolean" },
    frequency: text,
    lifecycle: { type: "string", enum: [...LIFECYCLES] },
    visibility: { type: "string", enum: [...VISIBILITIES] },
    confirmation: { type: "string", enum: ["unconfirmed", "confirmed", "disputed"] },
    example: { type: "boolean" },
    updatedAt: dateTime,
  }),
  ConnectionList: listOf("Connection", true),
  ...CHANGE_SCHEMAS,
  PublishedAssessments: object({
    organisation: ref("OrganisationSummary"),
    items: { type: "array", items: object({ approvedOn: date, levels: { type: "object", additionalProperties: { type: "integer", minimum: 0, maximum: 3 }, description: "The level reached (0 to 3) in each dimension of the reference architecture's maturity model." } }) },
    links: object({ self: uri, html: uri }),
  }),
};
