import { z } from "zod";

/** Longest value kept per kind of field; a longer one means the row is damaged, so it is skipped. */
export const LIMITS = { name: 200, description: 10_000, url: 2_048, other: 500 } as const;

/** A row turned into stored values (with warnings about values dropped), or the reason it is skipped. */
export type RowResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; reason: string };

const count = (n: number) => n.toLocaleString("en-GB");

/** A trimmed string of at most `max` characters; the error names the field and both lengths. */
export function limited(label: string, max: number) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value.length > max) {
        ctx.addIssue({ code: "custom", message: `the ${label} is ${count(value.length)} characters long (the limit is ${count(max)})` });
      }
    });
}

/** Like `limited`, but blank is an error too. */
export function required(label: string, max: number) {
  return limited(label, max).pipe(z.string().min(1, `the ${label} is missing`));
}

/** The catalogue escapes line breaks in descriptions as the two characters `\n`. */
export function unescapeNewlines(value: string): string {
  return value.replace(/\\r\\n|\\n/g, "\n");
}

/**
 * Case, surrounding space, inner spaces and underscores do not distinguish organisation ids:
 * " HM_Revenue Customs " and "hm-revenue-customs" name the same organisation.
 */
export function normaliseId(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, "-").replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
}

/** Only proper ISO 8601 calendar dates: zod's check rejects "2023-31-01" and 29 February outside leap years. */
const isoDate = z.iso.date();
const httpUrl = z.url({ protocol: /^https?$/ });

export type Optional<T> = { value: T | null; warning?: string };

/** An optional date: blank is null; anything but YYYY-MM-DD is dropped with a warning. Stored as UTC midnight. */
export function optionalDate(label: string, raw: string): Optional<Date> {
  const value = raw.trim();
  if (!value) return { value: null };
  if (isoDate.safeParse(value).success) return { value: new Date(`${value}T00:00:00.000Z`) };
  const why = /^\d{4}-\d{2}-\d{2}$/.test(value) ? "is not a real calendar date" : "is not a date in the form YYYY-MM-DD";
  return { value: null, warning: `${label} "${value}" ${why}, so it was left out` };
}

/** An optional web address: blank is null; anything but an http(s) URL is dropped with a warning. */
export function optionalUrl(label: string, raw: string): Optional<string> {
  const value = raw.trim();
  if (!value) return { value: null };
  if (httpUrl.safeParse(value).success) return { value };
  return { value: null, warning: `${label} "${value}" is not an http or https address, so it was left out` };
}

/** Blank text becomes null so that "no value" is stored one way only. */
export function blankToNull(value: string): string | null {
  return value === "" ? null : value;
}

/** Plain-English reasons from a failed zod parse, in field order, joined into one sentence. */
export function reasonsOf(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join("; ");
}
