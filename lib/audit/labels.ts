import { CONFIRMATION_LABELS, DIRECTION_LABELS, FREQUENCY_LABELS, TECHNOLOGY_LABELS } from "@/lib/estate/vocabulary";
import { AUTH_TYPE_LABELS, LIFECYCLE_LABELS, SPEC_FETCH_STATUS_LABELS, VISIBILITY_LABELS } from "@/lib/catalogue/vocabulary";
import type { Changes } from "./diff";

/** Every kind of record the audit trail speaks of, with the word people see. */
export const ENTITY_TYPE_LABELS = {
  Api: "API",
  System: "System",
  Organisation: "Organisation",
  SpecRevision: "OpenAPI description",
  User: "Account",
  Membership: "Membership",
  Connection: "Connection",
  Assessment: "Maturity assessment",
  Exemption: "Maturity exemption",
  SystemLevels: "System maturity levels",
  Threshold: "Maturity threshold",
  ApiClient: "API client",
} as const;
export type AuditEntityType = keyof typeof ENTITY_TYPE_LABELS;
export const ENTITY_TYPES = Object.keys(ENTITY_TYPE_LABELS) as AuditEntityType[];

/** The actions recorded (lib/audit/record.ts): publishing a draft is an update of its status. */
export const ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Updated",
  retire: "Retired",
  delete: "Deleted",
  import: "Imported",
};

export const SYSTEM_ACTORS: Record<string, string> = {
  "system:import": "Import from api.gov.uk",
  "system:demo-users": "Demo set-up",
  "system:example-estate": "Example estate (demo only)",
  "system:spec-check": "OpenAPI check",
  "system:spec-refresh": "Scheduled fetch of the OpenAPI description",
};

// Plain-English names for stored field names. A field not listed is shown by its own name.
const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  slug: "Web address",
  description: "Description",
  url: "Base URL",
  documentationUrl: "Documentation",
  licence: "Licence",
  maintainer: "Contact",
  areaServed: "Area served",
  startDate: "Started",
  endDate: "Ended",
  dateAdded: "Added to api.gov.uk",
  dateUpdated: "Updated on api.gov.uk",
  lifecycle: "Lifecycle",
  deprecatedAt: "Deprecated on",
  sunsetAt: "Switched off on",
  visibility: "Who can use it",
  authType: "Authentication",
  source: "Source",
  status: "Status",
  tags: "Tags",
  servesDataset: "Serves a dataset",
  standardsScore: "Standards score",
  organisationId: "Organisation",
  systemId: "System",
  hosting: "Hosting",
  ownerTeam: "Owning team",
  ownerEmail: "Owner's email",
  acronym: "Acronym",
  type: "Type of organisation",
  website: "Website",
  role: "Role",
  specUrl: "OpenAPI description's web address",
  specFetchStatus: "Fetching the OpenAPI description",
  specFetchError: "Why it could not be fetched",
  email: "Email",
  issuer: "Identity provider",
  subject: "Identity at the provider",
  lastSignInAt: "Last signed in",
  person: "Person",
  organisation: "Organisation",
  arrivedVia: "How it arrived",
  origin: "From",
  bytes: "Size in bytes",
  contentHash: "SHA-256 checksum",
  specVersion: "OpenAPI version",
  score: "Standards score",
  error: "Why it could not be used",
  fromSystemId: "Sending system",
  toSystemId: "Receiving system",
  apiId: "Through the API",
  direction: "Direction",
  technology: "Technology and format",
  openStandard: "Open standard",
  personalData: "Personal data",
  personalDataLogged: "Personal data requests logged",
  frequency: "Frequency",
  confirmation: "Confirmation",
  disputeReason: "Why it is disputed",
  declaredBy: "Declared by",
  example: "Example",
};

// Bookkeeping and links already shown another way (a membership names its person and organisation).
const HIDDEN_FIELDS: Record<string, string[]> = {
  "*": ["id", "version", "importKey", "createdAt", "updatedAt"],
  Membership: ["userId", "organisationId"],
  SpecRevision: ["apiId"],
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  lifecycle: LIFECYCLE_LABELS,
  visibility: VISIBILITY_LABELS,
  authType: AUTH_TYPE_LABELS,
  status: { draft: "Draft", published: "Published", pending: "Not checked yet", checked: "Checked", refused: "Could not be used" },
  role: { none: "None", assessor: "Assessor", admin: "Admin", publisher: "Publisher" },
  hosting: { cloud: "Cloud", "on-premises": "On premises", hybrid: "Hybrid" },
  specFetchStatus: SPEC_FETCH_STATUS_LABELS,
  servesDataset: { true: "Yes", false: "No" },
  openStandard: { true: "Yes", false: "No" },
  personalData: { true: "Yes", false: "No" },
  personalDataLogged: { true: "Yes", false: "No" },
  example: { true: "Yes", false: "No" },
  direction: DIRECTION_LABELS,
  technology: TECHNOLOGY_LABELS,
  frequency: FREQUENCY_LABELS,
  confirmation: CONFIRMATION_LABELS,
  declaredBy: { from: "The sending end", to: "The receiving end" },
};

/** Fields holding the id of another record, shown by its name when the viewer may see it. */
export const REFERENCE_FIELDS = ["organisationId", "systemId", "fromSystemId", "toSystemId", "apiId"];

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function visibleFields(entityType: string, changes: Changes): string[] {
  const hidden = new Set([...HIDDEN_FIELDS["*"]!, ...(HIDDEN_FIELDS[entityType] ?? [])]);
  return Object.keys(changes).filter((field) => !hidden.has(field));
}

/** A stored value as text; `names` turns organisation and system ids into names. */
export function formatValue(field: string, value: unknown, names: Map<string, string> = new Map()): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  const text = String(value);
  if (REFERENCE_FIELDS.includes(field)) return names.get(text) ?? "A record that is not shown";
  return VALUE_LABELS[field]?.[text] ?? text;
}

/** "Base URL" → "base URL": lower-case a label's first letter unless it starts an acronym. */
function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** What happened, in a few words: "Created", "Updated: name, description", "Retired", "Published". */
export function actionSummary(entityType: string, action: string, changes: Changes): string {
  if (entityType === "Membership") return action === "delete" ? "Removed from organisation" : "Added to organisation";
  if (entityType === "SpecRevision" && action === "create") return "OpenAPI description added";
  if (entityType === "SpecRevision" && changes.status?.after === "checked") return "OpenAPI description checked";
  if (entityType === "SpecRevision" && changes.status?.after === "refused") return "OpenAPI description could not be used";
  if (entityType === "User" && action === "create") return "Account created";
  if (entityType === "User" && action === "update" && changes.role) return "Role changed";
  if (action === "publish") return "Published";
  const answered = Object.keys(changes).every((field) => field === "confirmation" || field === "disputeReason");
  if (entityType === "Connection" && answered && changes.confirmation?.after === "confirmed") return "Confirmed by the other end";
  if (entityType === "Connection" && answered && changes.confirmation?.after === "disputed") return "Disputed by the other end";
  if (action === "update") {
    if (changes.status?.before === "draft" && changes.status.after === "published") return "Published";
    if (changes.lifecycle?.after === "retired") return "Retired";
    const fields = visibleFields(entityType, changes).map((f) => inSentence(fieldLabel(f)));
    return fields.length ? `Updated: ${fields.join(", ")}` : "Updated";
  }
  return ACTION_LABELS[action] ?? action.charAt(0).toUpperCase() + action.slice(1);
}

/** ISO 8601 in UTC to the second, as every audit time is shown. */
export function isoDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
