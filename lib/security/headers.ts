/**
 * The security headers every response gets (set in proxy.ts). The Content Security Policy allows
 * scripts only from this site with this request's nonce — Next puts the nonce on its own scripts
 * when it renders the page, and 'strict-dynamic' lets those load their chunks (next/dynamic,
 * Chart.js). Styles allow 'unsafe-inline' because React renders style attributes (the chart's
 * height, for one); a nonce in style-src would switch that off.
 */
export type CspOptions = {
  nonce: string;
  /** origins a form may post or redirect to besides this site (the OIDC issuer: sign-in redirects there) */
  formTargets?: (string | null | undefined)[];
  /** `next dev` needs eval for React's debugging aids */
  development?: boolean;
  /** served over https: browsers should upgrade any http:// subresource */
  https?: boolean;
};

export function contentSecurityPolicy({ nonce, formTargets = [], development = false, https = false }: CspOptions): string {
  const forms = ["'self'", ...formTargets.filter((t): t is string => Boolean(t))];
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${[...new Set(forms)].join(" ")}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The other headers: no sniffing, no framing, a modest referrer, no powerful features; HSTS only in production over https. */
export function securityHeaders({ hsts }: { hsts: boolean }): Record<string, string> {
  return {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(hsts ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
