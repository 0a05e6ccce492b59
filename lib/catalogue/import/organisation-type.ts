export type OrganisationType =
  | "ministerial-department"
  | "non-ministerial-department"
  | "executive-agency"
  | "public-body"
  | "local-authority"
  | "devolved-administration"
  | "other";

/**
 * organisation.csv has no type column, so the type of each organisation it lists today is
 * written down here (from GOV.UK's list of departments, agencies and public bodies).
 */
const KNOWN_TYPES: Record<string, OrganisationType> = {
  "government-digital-service": "other", // a unit within a department, not a body of its own
  "office-of-national-statistics": "non-ministerial-department",
  "driver-and-vehicle-licensing-agency": "executive-agency",
  "companies-house": "executive-agency",
  "ordnance-survey": "public-body",
  "environment-agency": "public-body",
  "scottish-government": "devolved-administration",
  "department-for-education": "ministerial-department",
  "department-for-work-and-pensions": "ministerial-department",
  "local-government-association": "other", // a membership body for councils
  "west-berkshire-council": "local-authority",
  "hm-revenue-customs": "non-ministerial-department",
  "uk-hydrographic-office": "executive-agency",
  "department-for-business-and-trade": "ministerial-department",
  "west-midlands-combined-authority": "local-authority",
  "the-national-archives": "non-ministerial-department",
  "ministry-of-justice": "ministerial-department",
  "transport-for-london": "public-body",
  "uk-police": "other", // data.police.uk, not a single body
  defra: "ministerial-department",
  "buckinghamshire-council": "local-authority",
  "insolvency-service": "executive-agency",
  "home-office": "ministerial-department",
  "department-for-transport": "ministerial-department",
  "the-apprenticeship-service": "other", // a service, not a body
  cefas: "executive-agency",
  bgs: "public-body",
  "hm-land-registry": "non-ministerial-department",
  scc: "local-authority",
  "historic-england": "public-body",
  ofqual: "non-ministerial-department",
  "nhs-digital": "public-body",
  "food-standards-agency": "non-ministerial-department",
  "government-commercial-agency": "executive-agency",
};

/** The table first; for organisations added to the CSV later, a guess from the name, else "other". */
export function inferOrganisationType(slug: string, name: string): OrganisationType {
  const known = KNOWN_TYPES[slug];
  if (known) return known;
  if (/\b(council|combined authority|borough)\b/i.test(name)) return "local-authority";
  if (/^(scottish|welsh) government$|^northern ireland executive$/i.test(name)) return "devolved-administration";
  if (/^(department (for|of)|ministry of)\b|^(home office|cabinet office|hm treasury)$/i.test(name)) return "ministerial-department";
  if (/\bagency\b/i.test(name)) return "executive-agency";
  return "other";
}
