/**
 * Turns what a person typed into a full-text query that cannot be a syntax error: only runs of
 * letters and digits survive, each quoted (SQLite) or plain (PostgreSQL), all required, and the
 * last one matched as a prefix so a half-typed word still finds something.
 */
export function searchTerms(input: string): string[] {
  const words = input.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, 12).map((w) => w.slice(0, 64));
}

export function sqliteMatchQuery(terms: string[]): string {
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? "*" : ""}`).join(" AND ");
}

export function postgresTsQuery(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 ? `${t}:*` : t)).join(" & ");
}
