export type FieldChange = { before: unknown; after: unknown };
export type Changes = Record<string, FieldChange>;

const IGNORED = new Set(["createdAt", "updatedAt"]);

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value ?? null;
}

/** Field-by-field before/after of two flat records; unchanged and bookkeeping fields are left out. */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const a = comparable(before?.[key]);
    const b = comparable(after?.[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = { before: a, after: b };
  }
  return changes;
}
