/** The controlled values of the catalogue, with the words shown to people. */
export const LIFECYCLES = ["alpha", "beta", "live", "deprecated", "retired"] as const;
export const VISIBILITIES = ["public", "government", "internal"] as const;
export const AUTH_TYPES = ["none", "api-key", "oauth2", "openid-connect", "mutual-tls", "other", "unknown"] as const;
export const HOSTING = ["cloud", "on-premises", "hybrid"] as const;

export type Lifecycle = (typeof LIFECYCLES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type AuthType = (typeof AUTH_TYPES)[number];

export const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  alpha: "Alpha",
  beta: "Beta",
  live: "Live",
  deprecated: "Deprecated",
  retired: "Retired",
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: "Public",
  government: "Government only",
  internal: "Internal to the organisation",
};

export const AUTH_TYPE_LABELS: Record<AuthType, string> = {
  none: "No authentication",
  "api-key": "API key",
  oauth2: "OAuth 2.0",
  "openid-connect": "OpenID Connect",
  "mutual-tls": "Mutual TLS",
  other: "Other",
  unknown: "Not recorded",
};

export function labelOf<T extends string>(labels: Record<T, string>, value: string): string {
  return (labels as Record<string, string>)[value] ?? value;
}

/** How the last fetch of an API's OpenAPI description from its web address went. */
export const SPEC_FETCH_STATUS_LABELS: Record<"ok" | "unreachable" | "refused", string> = {
  ok: "Fetched",
  unreachable: "Unreachable",
  refused: "Not usable",
};
