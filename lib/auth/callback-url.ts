/**
 * Where to go after signing in or out: only a path on this site ("/apis?q=x"), never another
 * site ("//evil.example", "https://…"), so a crafted link cannot send people elsewhere.
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  // Next's client navigations add ?_rsc=…; it is not part of the page's address.
  const url = new URL(value, "http://x");
  url.searchParams.delete("_rsc");
  return `${url.pathname}${url.search}${url.hash}`;
}
