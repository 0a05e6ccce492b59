/**
 * Every refusal of /api/v1 and /oauth/token is one JSON object with a stable code (for programs)
 * and a message (for people): { "error": { "code", "message" } }. OAuth's token endpoint also
 * gives RFC 6749's `error` names as the code.
 */
export const ERROR_CODES = [
  "invalid_json",
  "unsupported_media_type",
  "unknown_field",
  "invalid_field",
  "body_too_large",
  "invalid_cursor",
  "invalid_parameter",
  "invalid_token",
  "insufficient_scope",
  "forbidden",
  "cross_site",
  "not_found",
  "method_not_allowed",
  "conflict",
  "spec_refused",
  "rate_limited",
  "invalid_request",
  "invalid_client",
  "invalid_scope",
  "unsupported_grant_type",
  "internal_error",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** field by field, for invalid_field */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  body() {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `There is no ${what} here, or you may not see it.`);
