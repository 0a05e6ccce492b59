import { bulkLinks } from "./cursor";

/** Examples for the developers page and the OpenAPI document: one per operation's success response. */
export const ORGANISATION_EXAMPLE = {
  slug: "driver-and-vehicle-licensing-agency",
  name: "Driver and Vehicle Licensing Agency",
  acronym: "DVLA",
  type: "executive-agency",
  website: "https://www.gov.uk/government/organisations/driver-and-vehicle-licensing-agency",
  updatedAt: "2026-11-30T09:15:00.000Z",
  links: {
    self: "/api/v1/organisations/driver-and-vehicle-licensing-agency",
    html: "/organisations/driver-and-vehicle-licensing-agency",
    apis: "/api/v1/apis?organisation=driver-and-vehicle-licensing-agency",
  },
};

export const API_EXAMPLE = {
  id: "cmabc123def456",
  slug: "vehicle-enquiry-service",
  name: "Vehicle Enquiry Service",
  description: "Vehicle details by registration number: make, colour, tax and MOT status.",
  organisation: { slug: ORGANISATION_EXAMPLE.slug, name: ORGANISATION_EXAMPLE.name, href: ORGANISATION_EXAMPLE.links.self },
  system: null,
  status: "published",
  lifecycle: "live",
  visibility: "public",
  authType: "api-key",
  url: "https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1",
  documentationUrl: "https://developer-portal.driver-vehicle-licensing.api.gov.uk/apis/vehicle-enquiry-service/vehicle-enquiry-service-description.html",
  licence: "Open Government Licence v3.0",
  maintainer: "vehicle-enquiry@dvla.gov.uk",
  areaServed: "Great Britain",
  tags: ["vehicles"],
  servesDataset: false,
  hasSpec: true,
  standardsScore: 74,
  startDate: "2020-06-01",
  deprecatedAt: null,
  sunsetAt: null,
  dateAdded: "2020-06-01T00:00:00.000Z",
  dateUpdated: "2026-11-30T09:15:00.000Z",
  updatedAt: "2026-11-30T09:15:00.000Z",
  links: { self: "/api/v1/apis/vehicle-enquiry-service", html: "/apis/vehicle-enquiry-service", specRevisions: "/api/v1/apis/vehicle-enquiry-service/spec-revisions" },
};

const revisionLinks = (id: string) => ({
  self: `/api/v1/apis/vehicle-enquiry-service/spec-revisions/${id}`,
  api: "/api/v1/apis/vehicle-enquiry-service",
  original: `/api/v1/apis/vehicle-enquiry-service/spec-revisions/${id}/original`,
  bundled: `/api/v1/apis/vehicle-enquiry-service/spec-revisions/${id}/bundled`,
});

export const REVISION_EXAMPLE = {
  id: "cmrev789xyz",
  createdAt: "2026-12-01T10:00:00.000Z",
  arrivedVia: "api",
  status: "checked",
  specVersion: "OpenAPI 3.0.1",
  standardsScore: 74,
  refusal: null,
  checkedAt: "2026-12-01T10:00:02.000Z",
  breakingChanges: 0,
  links: revisionLinks("cmrev789xyz"),
};

export const REVISION_DETAIL_EXAMPLE = {
  ...REVISION_EXAMPLE,
  standards: {
    score: 74,
    applied: 14,
    total: 17,
    rules: [{ ruleId: "gds-https", standardPoints: [3], title: "Servers use HTTPS", severity: "advice", outcome: "pass", messages: [] }],
  },
};

export const API_INPUT_EXAMPLE = {
  name: "Vehicle Enquiry Service",
  description: "Vehicle details by registration number: make, colour, tax and MOT status.",
  lifecycle: "live",
  visibility: "public",
  authType: "api-key",
  tags: ["vehicles"],
  url: "https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1",
  publish: true,
};

export const SPEC_EXAMPLE = { openapi: "3.0.1", info: { title: "Vehicle Enquiry Service", version: "1.1.0" }, paths: {} };

export const ERROR_EXAMPLE = { error: { code: "invalid_cursor", message: "The cursor is not one this list gave out. Start again without a cursor, then follow links.next." } };

export const page = <T>(item: T, self: string, next?: string, bulk?: Parameters<typeof bulkLinks>[0]) => ({ items: [item], links: { self, ...(next ? { next } : {}), ...(bulk ? bulkLinks(bulk) : {}) } });

export const SYSTEM_EXAMPLE = {
  slug: "vehicle-register",
  name: "Vehicle register",
  description: "The record of every vehicle licensed in Great Britain.",
  organisation: API_EXAMPLE.organisation,
  status: "published",
  lifecycle: "live",
  hosting: "cloud",
  ownerTeam: "Vehicles data team",
  ownerEmail: "vehicles-data@dvla.gov.uk",
  example: false,
  updatedAt: "2026-11-30T09:15:00.000Z",
  links: { self: "/api/v1/systems/vehicle-register", html: "/systems/vehicle-register", connections: "/api/v1/connections?system=vehicle-register" },
};

export const CONNECTION_EXAMPLE = {
  id: "cmconn42",
  from: { slug: "vehicle-register", name: "Vehicle register", href: "/api/v1/systems/vehicle-register" },
  to: { slug: "tax-records", name: "Tax records", href: "/api/v1/systems/tax-records" },
  api: null,
  description: "Vehicle tax status, daily",
  direction: "one-way",
  technology: "rest-json",
  openStandard: true,
  personalData: false,
  frequency: "daily",
  lifecycle: "live",
  visibility: "public",
  confirmation: "confirmed",
  example: false,
  updatedAt: "2026-11-30T09:15:00.000Z",
};

export const ASSESSMENTS_EXAMPLE = {
  organisation: API_EXAMPLE.organisation,
  items: [{ approvedOn: "2026-10-01", levels: { documentation: 2, api: 1, oauth: 2, "open-standards": 1, data: 1 } }],
  links: { self: "/api/v1/organisations/driver-and-vehicle-licensing-agency/assessments", html: "/organisations/driver-and-vehicle-licensing-agency/maturity" },
};

export const CHANGES_EXAMPLE = {
  items: [
    {
      cursor: "djE6MTI4",
      type: "system",
      id: "cmsys7",
      change: "updated",
      at: "2026-12-01T10:02:00.000Z",
      record: {
        id: "cmsys7",
        slug: "vehicle-register",
        link: "https://api-catalogue.example.gov.uk/systems/vehicle-register",
        name: "Vehicle register",
        description: "Every vehicle registered in Great Britain and its keeper.",
        provider: "driver-and-vehicle-licensing-agency",
        lifecycle: "live",
        hosting: "cloud",
        ownerTeam: "Vehicles",
        ownerEmail: "vehicles@example.gov.uk",
        status: "published",
        example: false,
      },
      link: "https://api-catalogue.example.gov.uk/systems/vehicle-register",
    },
    { cursor: "djE6MTI5", type: "api", id: "cmapi9", change: "removed", at: "2026-12-01T11:40:00.000Z", record: null, link: "https://api-catalogue.example.gov.uk/apis/old-lookup" },
  ],
  cursor: "djE6MTI5",
  links: { self: "/api/v1/changes?cursor=djE6MTI3&limit=2", next: "/api/v1/changes?cursor=djE6MTI5&limit=2" },
};
