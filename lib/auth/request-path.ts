/**
 * The request header proxy.ts sets to the requested path and query, so that a page or server
 * action can send someone to sign in and bring them back (requireViewer) — server components
 * have no other way to know their own address. proxy.ts overwrites whatever a client sends.
 */
export const REQUEST_PATH_HEADER = "x-catalogue-path";
