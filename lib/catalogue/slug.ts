/** Longest slug we generate; long names are cut at a word boundary so URLs stay readable. */
const MAX_SLUG_LENGTH = 100;

/** Lower-case ASCII words joined by hyphens: "e-Referral Service – FHIR API" → "e-referral-service-fhir-api". */
export function slugify(text: string): string {
  const ascii = text
    .normalize("NFKD")
    // Drop the combining accents NFKD splits off, so "é" becomes "e" rather than a hyphen.
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut;
}

/**
 * A slug for `name` that `isTaken` does not already use. On a collision the qualifier (the
 * organisation's acronym) is appended, because "statistics-ons" tells a reader more than
 * "statistics-2"; only if that is taken too does a number follow.
 */
export function uniqueSlug(name: string, isTaken: (slug: string) => boolean, qualifier?: string | null): string {
  const base = slugify(name) || "api";
  if (!isTaken(base)) return base;
  const qualified = qualifier && slugify(qualifier) ? `${base}-${slugify(qualifier)}` : base;
  if (!isTaken(qualified)) return qualified;
  for (let n = 2; ; n++) {
    const numbered = `${qualified}-${n}`;
    if (!isTaken(numbered)) return numbered;
  }
}
