import { userViewer, type AccountRole, type Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";

/** Two organisations and the people the publishing tests act as. */
export async function seedPublishing(db: Db) {
  const dvla = await db.organisation.create({ data: { slug: "driver-and-vehicle-licensing-agency", name: "Driver and Vehicle Licensing Agency", acronym: "DVLA" } });
  const hmrc = await db.organisation.create({ data: { slug: "hm-revenue-customs", name: "HM Revenue & Customs", acronym: "HMRC" } });
  const person = (id: string, organisationIds: string[], role: AccountRole = "none"): Viewer => userViewer({ id, name: id, email: `${id}@example.gov.uk`, role, organisationIds });
  return {
    dvla,
    hmrc,
    dvlaPublisher: person("dvla-publisher", [dvla.id]),
    hmrcPublisher: person("hmrc-publisher", [hmrc.id]),
    assessor: person("assessor", [], "assessor"),
    admin: person("admin", [], "admin"),
    newcomer: person("newcomer", []),
  };
}

export function systemInput(organisationId: string, overrides: Record<string, string> = {}) {
  return {
    organisationId,
    name: "Vehicle register",
    description: "The record of every vehicle licensed in Great Britain.",
    lifecycle: "live",
    hosting: "cloud",
    ownerTeam: "Vehicles data team",
    ownerEmail: "vehicles-data@dvla.example.gov.uk",
    ...overrides,
  };
}

export function apiInput(organisationId: string, overrides: Record<string, string> = {}) {
  return {
    organisationId,
    systemId: "",
    name: "Vehicle tax status",
    description: "Whether a vehicle is taxed, by registration number.",
    url: "https://api.dvla.example.gov.uk/v1",
    documentationUrl: "https://developer.dvla.example.gov.uk/vehicle-tax",
    licence: "Open Government Licence v3.0",
    maintainer: "Vehicles API team <vehicles-api@dvla.example.gov.uk>",
    areaServed: "Great Britain",
    startDate: "2024-04-01",
    lifecycle: "live",
    deprecatedAt: "",
    sunsetAt: "",
    visibility: "public",
    authType: "oauth2",
    tags: "Vehicles, Tax, vehicles",
    servesDataset: "no",
    ...overrides,
  };
}
