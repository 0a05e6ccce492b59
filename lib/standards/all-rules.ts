/**
 * Every GDS rule, in the order of the standard's points. Kept apart from ./index.ts (the Redocly
 * plugin) so pages can read the rules' words without loading the linter.
 */
import type { GdsRule, GdsRuleMeta } from "./types";
import https from "./rules/https";
import jsonMediaTypes from "./rules/json-media-types";
import responseObjects from "./rules/response-objects";
import propertyCase from "./rules/property-case";
import utf8 from "./rules/utf8";
import versionInUrl from "./rules/version-in-url";
import deprecation from "./rules/deprecation";
import iso8601Dates from "./rules/iso8601-dates";
import geojson from "./rules/geojson";
import oauth2 from "./rules/oauth2";
import noApiKeyInQuery from "./rules/no-api-key-in-query";
import errorResponses from "./rules/error-responses";
import infoDescription from "./rules/info-description";
import infoContact from "./rules/info-contact";
import examples from "./rules/examples";
import bulkCsv from "./rules/bulk-csv";
import incrementalChanges from "./rules/incremental-changes";

export const GDS_RULE_OBJECTS: GdsRule[] = [
  errorResponses, https, jsonMediaTypes, responseObjects, propertyCase, utf8, oauth2, noApiKeyInQuery,
  iso8601Dates, geojson, versionInUrl, deprecation, bulkCsv, incrementalChanges,
  infoDescription, infoContact, examples,
];

export const GDS_RULES: GdsRuleMeta[] = GDS_RULE_OBJECTS.map((r) => r.meta);

const byId = new Map(GDS_RULES.map((m) => [m.id, m]));

/** A rule's words by id; undefined for a rule stored by an older check that no longer exists. */
export const ruleMeta = (id: string): GdsRuleMeta | undefined => byId.get(id);
