/**
 * Our own operations marked deprecated (GDS point 16): each gets `deprecated: true` in the
 * OpenAPI document and, on every response, Deprecation (RFC 9745), Sunset (RFC 8594) and a Link
 * to the notice. Keyed by operationId; none is deprecated today.
 */
export type Deprecation = { since: Date; sunset: Date | null; notice: string };

export const DEPRECATIONS: Record<string, Deprecation> = {};

export function deprecationHeaders(deprecation: Deprecation | undefined): Record<string, string> {
  if (!deprecation) return {};
  return {
    Deprecation: `@${Math.floor(deprecation.since.getTime() / 1000)}`,
    ...(deprecation.sunset ? { Sunset: deprecation.sunset.toUTCString() } : {}),
    Link: `<${deprecation.notice}>; rel="deprecation"; type="text/html"`,
  };
}
