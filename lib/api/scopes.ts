/** What a client may be allowed to do, each a narrow OAuth 2.0 scope. */
export const SCOPES = {
  "catalogue:read": "Read the catalogue as a member of the organisation: its internal and draft records too",
  "apis:write": "Register and update the organisation's APIs and push new versions of their OpenAPI descriptions",
} as const;
export type ScopeName = keyof typeof SCOPES;
export const SCOPE_NAMES = Object.keys(SCOPES) as ScopeName[];

export const isScope = (value: string): value is ScopeName => (SCOPE_NAMES as string[]).includes(value);

/** A space-separated scope list as stored and as OAuth sends it, known scopes only, in a stable order. */
export function parseScopes(text: string): ScopeName[] {
  const asked = new Set(text.split(/\s+/).filter(Boolean));
  return SCOPE_NAMES.filter((s) => asked.has(s));
}
