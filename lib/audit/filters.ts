import { ENTITY_TYPES, type AuditEntityType } from "./labels";
import type { AuditFilters } from "./queries";

type SearchParams = Record<string, string | string[] | undefined>;

/** What the filter form shows again: the raw text people typed, so a mistake can be corrected. */
export type AuditFilterValues = { entityType: string; action: string; actor: string; from: string; to: string };
export type AuditFilterErrors = Partial<Record<"from" | "to", string>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * Reads the audit log's filters from the URL (they live there so a filtered view can be
 * bookmarked and the form works without JavaScript). Unknown choices are ignored; dates that
 * are not real get a message for their field and are left out of the query.
 */
export function parseAuditSearchParams(params: SearchParams): { filters: AuditFilters; values: AuditFilterValues; errors: AuditFilterErrors } {
  const values: AuditFilterValues = { entityType: first(params.type), action: first(params.action), actor: first(params.who), from: first(params.from), to: first(params.to) };
  const errors: AuditFilterErrors = {};
  if (values.from && !isRealDay(values.from)) errors.from = "Date from must be a real date, like 2025-03-27";
  if (values.to && !isRealDay(values.to)) errors.to = "Date to must be a real date, like 2025-03-27";
  if (!errors.from && !errors.to && values.from && values.to && values.from > values.to) errors.to = "Date to must be the same as or after date from";
  const page = Number.parseInt(first(params.page), 10);
  const filters: AuditFilters = {
    ...(ENTITY_TYPES.includes(values.entityType as AuditEntityType) ? { entityType: values.entityType as AuditEntityType } : {}),
    ...(/^[a-z-]{1,30}$/.test(values.action) ? { action: values.action } : {}),
    ...(values.actor && values.actor.length <= 100 ? { actor: values.actor } : {}),
    ...(values.from && !errors.from && !errors.to ? { from: values.from } : {}),
    ...(values.to && !errors.to && !errors.from ? { to: values.to } : {}),
    page: Number.isFinite(page) && page >= 1 && page < 100_000 ? page : 1,
  };
  return { filters, values, errors };
}

/** The URL of the audit log with these filters, for pagination links. */
export function auditLogHref(values: AuditFilterValues, page: number): string {
  const query = new URLSearchParams();
  const pairs: [string, string][] = [["type", values.entityType], ["action", values.action], ["who", values.actor], ["from", values.from], ["to", values.to]];
  for (const [key, value] of pairs) if (value) query.set(key, value);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}
