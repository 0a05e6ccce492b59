/**
 * The columns of each CSV download, in order, with what the CSV on the Web metadata says of
 * them. The APIs' first twelve are api.gov.uk's catalogue.csv columns in its order, described as
 * its catalogue.csv-metadata.json describes them, so a tool reading that file reads ours.
 */
import type { RecordKind } from "./records";

type Datatype = string | { base: string; format: string; "schema:name"?: string; "schema:description"?: string };
export type Column = { name: string; description: string; datatype: Datatype; propertyUrl?: string; required?: boolean; separator?: string };

const URL_TYPE = "schema:URL";
const SLUG: Datatype = { base: "string", format: "[a-z0-9-]+" };
const CONTACT: Datatype = {
  "schema:name": "Compact Contact Point",
  "schema:description": "A compact contact point requires a name and an email: 'Team ABC <abc-team@foo.gov.uk>'",
  base: "string",
  format: "[^\\s]+\\s+<[^<>\\s]+>",
};
const LIFECYCLE = "Where it is in its life: alpha, beta, live, deprecated or retired";
const STATUS = "published, or draft (seen only by its organisation's publishers)";

const API_COLUMNS: Column[] = [
  { name: "dateAdded", description: "The date the web API was added to the catalogue", propertyUrl: "schema:dateCreated", datatype: "date" },
  { name: "dateUpdated", description: "The date the web API's entry was last updated", propertyUrl: "schema:dateModified", datatype: "date" },
  { name: "url", description: "The base URL that uniquely identifies the web API", propertyUrl: "schema:url", datatype: URL_TYPE },
  { name: "name", description: "The name of the web API", propertyUrl: "schema:name", datatype: "string", required: true },
  { name: "description", description: "The description of the web API", propertyUrl: "schema:description", datatype: "string" },
  { name: "documentation", description: "The URL to the web API documentation", propertyUrl: "schema:documentation", datatype: URL_TYPE },
  { name: "license", description: "The licence users of the API have to comply with", propertyUrl: "schema:license", datatype: "string" },
  { name: "maintainer", description: "The contact point for the web API maintainers", propertyUrl: "schema:maintainer", datatype: CONTACT },
  { name: "areaServed", description: "The geographical coverage for the web API", propertyUrl: "schema:areaServed", datatype: "string", separator: "," },
  { name: "startDate", description: "The date the web API started to operate", propertyUrl: "schema:startDate", datatype: "date" },
  { name: "endDate", description: "The date the web API was deprecated", propertyUrl: "schema:endDate", datatype: "date" },
  { name: "provider", description: "The organisation that operates the web API", propertyUrl: "schema:provider", datatype: SLUG, required: true },
  { name: "id", description: "The catalogue's identifier for the web API, which never changes", propertyUrl: "schema:identifier", datatype: "string", required: true },
  { name: "slug", description: "The web API's short name in catalogue addresses, which never changes", datatype: SLUG, required: true },
  { name: "link", description: "The web API's page in the catalogue", propertyUrl: "schema:mainEntityOfPage", datatype: URL_TYPE, required: true },
  { name: "system", description: "The slug of the system the web API belongs to (see systems.csv)", datatype: SLUG },
  { name: "lifecycle", description: LIFECYCLE, datatype: "string", required: true },
  { name: "deprecatedAt", description: "The date the web API was marked deprecated", datatype: "date" },
  { name: "sunsetAt", description: "The date the web API stops working", datatype: "date" },
  { name: "visibility", description: "Who may see it once published: public (everyone), government (anyone signed in) or internal (its organisation)", datatype: "string", required: true },
  { name: "authType", description: "How callers authenticate: none, api-key, oauth2, openid-connect, mutual-tls, other or unknown", datatype: "string", required: true },
  { name: "status", description: STATUS, datatype: "string", required: true },
  { name: "tags", description: "Words that describe the web API", propertyUrl: "schema:keywords", datatype: "string", separator: "," },
  { name: "servesDataset", description: "Whether the publisher says the web API serves a dataset", datatype: "boolean", required: true },
  { name: "source", description: "Where the entry came from: api.gov.uk (imported) or publisher (registered here)", datatype: "string", required: true },
];

const SYSTEM_COLUMNS: Column[] = [
  { name: "id", description: "The catalogue's identifier for the system, which never changes", propertyUrl: "schema:identifier", datatype: "string", required: true },
  { name: "slug", description: "The system's short name in catalogue addresses, which never changes", datatype: SLUG, required: true },
  { name: "link", description: "The system's page in the catalogue", propertyUrl: "schema:mainEntityOfPage", datatype: URL_TYPE, required: true },
  { name: "name", description: "The name of the system", propertyUrl: "schema:name", datatype: "string", required: true },
  { name: "description", description: "What the system does", propertyUrl: "schema:description", datatype: "string" },
  { name: "provider", description: "The organisation that runs the system", propertyUrl: "schema:provider", datatype: SLUG, required: true },
  { name: "lifecycle", description: LIFECYCLE, datatype: "string", required: true },
  { name: "hosting", description: "Where it runs: cloud, on-premises or hybrid", datatype: "string", required: true },
  { name: "ownerTeam", description: "The team that owns the system", datatype: "string" },
  { name: "ownerEmail", description: "The owning team's email address", propertyUrl: "schema:email", datatype: "string" },
  { name: "status", description: STATUS, datatype: "string", required: true },
  { name: "example", description: "Whether it is part of the illustrative example estate, not a real system", datatype: "boolean", required: true },
];

const CONNECTION_COLUMNS: Column[] = [
  { name: "id", description: "The catalogue's identifier for the connection, which never changes", propertyUrl: "schema:identifier", datatype: "string", required: true },
  { name: "link", description: "The connection's page in the catalogue", propertyUrl: "schema:mainEntityOfPage", datatype: URL_TYPE, required: true },
  { name: "fromProvider", description: "The organisation of the system the data comes from", datatype: SLUG, required: true },
  { name: "fromSystem", description: "The slug of the system the data comes from (see systems.csv)", datatype: SLUG, required: true },
  { name: "toProvider", description: "The organisation of the system the data goes to", datatype: SLUG, required: true },
  { name: "toSystem", description: "The slug of the system the data goes to (see systems.csv)", datatype: SLUG, required: true },
  { name: "api", description: "The slug of the receiving system's web API it goes through, if any (see apis.csv)", datatype: SLUG },
  { name: "description", description: "What data is exchanged", propertyUrl: "schema:description", datatype: "string", required: true },
  { name: "direction", description: "one-way (from sends to to) or both", datatype: "string", required: true },
  { name: "technology", description: "rest-json, soap-xml, graphql, file-transfer, messaging, database-link or other", datatype: "string", required: true },
  { name: "openStandard", description: "Whether the format is an open standard", datatype: "boolean", required: true },
  { name: "personalData", description: "Whether personal data flows", datatype: "boolean", required: true },
  { name: "personalDataLogged", description: "Whether requests for personal data are logged; empty when none flows", datatype: "boolean" },
  { name: "frequency", description: "real-time, hourly, daily, batch or ad-hoc", datatype: "string", required: true },
  { name: "lifecycle", description: LIFECYCLE, datatype: "string", required: true },
  { name: "visibility", description: "Who may see it: public, government (anyone signed in) or internal (either end's organisation)", datatype: "string", required: true },
  { name: "confirmation", description: "unconfirmed, confirmed, or disputed by the other end", datatype: "string", required: true },
  { name: "disputeReason", description: "Why the other end disputes it, in their words", datatype: "string" },
  { name: "example", description: "Whether it is part of the illustrative example estate", datatype: "boolean", required: true },
  { name: "updated", description: "When the connection was last changed", propertyUrl: "schema:dateModified", datatype: "datetime", required: true },
];

export const COLUMNS: Record<RecordKind, Column[]> = { apis: API_COLUMNS, systems: SYSTEM_COLUMNS, connections: CONNECTION_COLUMNS };

const TITLES: Record<RecordKind, { name: string; description: string }> = {
  apis: { name: "UK government APIs", description: "Every web API in the API Catalogue that is published for everyone, with api.gov.uk's columns first." },
  systems: { name: "UK government systems", description: "The systems that government web APIs belong to." },
  connections: { name: "Connections between UK government systems", description: "Documented flows of data from one government system to another." },
};

const FOREIGN_KEYS: Record<RecordKind, [string, RecordKind, string][]> = {
  apis: [["system", "systems", "slug"]],
  systems: [],
  connections: [["fromSystem", "systems", "slug"], ["toSystem", "systems", "slug"], ["api", "apis", "slug"]],
};

export const OGL = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/** The CSV on the Web metadata for one download, in the style of api.gov.uk's catalogue.csv-metadata.json. */
export function csvwMetadata(kind: RecordKind) {
  return {
    "@context": "http://www.w3.org/ns/csvw",
    url: `${kind}.csv`,
    "schema:name": TITLES[kind].name,
    "schema:description": TITLES[kind].description,
    "schema:license": OGL,
    tableSchema: {
      primaryKey: "id",
      foreignKeys: FOREIGN_KEYS[kind].map(([column, resource, target]) => ({ columnReference: column, reference: { resource: `${resource}.csv`, columnReference: target } })),
      columns: COLUMNS[kind].map((c) => ({
        titles: c.name,
        name: c.name,
        "schema:description": c.description,
        ...(c.propertyUrl ? { propertyUrl: c.propertyUrl } : {}),
        datatype: c.datatype,
        ...(c.required ? { required: true } : {}),
        ...(c.separator ? { separator: c.separator } : {}),
      })),
    },
  };
}
