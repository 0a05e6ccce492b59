import { z } from "zod";

/** Longest value kept per kind of field (the same limits as the import). */
export const LIMITS = { name: 200, description: 10_000, url: 2_048, other: 500, tag: 50, tags: 20 } as const;

/** `{ field: message }`: the first problem with each field, for the error summary and the field itself. */
export type FieldErrors = Record<string, string>;

const count = (n: number) => n.toLocaleString("en-GB");

// C0 and C1 control characters (but not tab and line breaks in long text), and the
// bidirectional overrides that can make text read differently from what is stored ("Trojan
// Source"). Nobody types them on purpose; they arrive by pasting and would reach other people.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** One line of text: line breaks and tabs become spaces, control characters go. */
export function cleanLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").replace(CONTROL, "").trim();
}

/** Several lines of text: line breaks are kept (as \n), control characters go. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
}

/** Forms deliver strings; anything else (a file, a missing field) counts as blank. */
export const raw = z.string().catch("");

const blankToNull = (value: string) => (value === "" ? null : value);

type TextOptions = { label: string; max: number; multiline?: boolean };

function checkedText({ label, max, multiline }: TextOptions, required?: string) {
  return raw.transform(multiline ? cleanText : cleanLine).superRefine((value, ctx) => {
    if (!value && required) ctx.addIssue({ code: "custom", message: required });
    if (value.length > max) ctx.addIssue({ code: "custom", message: `${label} must be ${count(max)} characters or fewer` });
  });
}

/** Text with a length limit that must be given; `required` is the message when it is blank. */
export function requiredText(options: TextOptions & { required: string }) {
  return checkedText(options, options.required);
}

/** Text with a length limit; blank is stored as null. */
export function text(options: TextOptions) {
  return checkedText(options).transform(blankToNull);
}

/** A name we make a slug from, so it needs at least one letter or number. */
export function name(required: string) {
  return requiredText({ label: "Name", max: LIMITS.name, required }).superRefine((value, ctx) => {
    if (value && !/[\p{L}\p{N}]/u.test(value)) ctx.addIssue({ code: "custom", message: "Name must include at least one letter or number" });
  });
}

export const HTTPS_MESSAGE = "Enter a web address that starts with https://";

/** Why this is not an https: address we would show to others, or null if it is one. */
export function httpsProblem(value: string): string | null {
  if (!/^https:\/\//i.test(value)) {
    // http: is readable by anyone on the way; javascript: and data: run or show content in our page.
    if (/^http:/i.test(value)) return "Enter a web address that starts with https://, not http://";
    return HTTPS_MESSAGE;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter a web address in the correct format, like https://api.example.gov.uk/v1";
  }
  if (!url.hostname.includes(".")) return "Enter a web address in the correct format, like https://api.example.gov.uk/v1";
  // "https://www.gov.uk@example.com" goes to example.com: a trick, never a real need here.
  if (url.username || url.password) return "Enter a web address without a user name or password in it";
  return null;
}

/** An optional https: web address (a link shown to others). */
export function webAddress(label: string, required?: string) {
  return raw.transform(cleanLine).superRefine((value, ctx) => {
    if (!value) {
      if (required) ctx.addIssue({ code: "custom", message: required });
      return;
    }
    if (value.length > LIMITS.url) return void ctx.addIssue({ code: "custom", message: `${label} must be ${count(LIMITS.url)} characters or fewer` });
    const problem = httpsProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }).transform(blankToNull);
}

const EMAIL = z.email();
export const EMAIL_MESSAGE = "Enter an email address in the correct format, like name@example.gov.uk";

/** An email address; "mailto:" in front is allowed and dropped, so it is stored one way. */
export function email(required?: string) {
  return raw
    .transform((value) => cleanLine(value).replace(/^mailto:/i, ""))
    .superRefine((value, ctx) => {
      if (!value) return void (required && ctx.addIssue({ code: "custom", message: required }));
      if (value.length > LIMITS.other) return void ctx.addIssue({ code: "custom", message: `Email address must be ${count(LIMITS.other)} characters or fewer` });
      if (!EMAIL.safeParse(value).success) ctx.addIssue({ code: "custom", message: EMAIL_MESSAGE });
    })
    .transform(blankToNull);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
export const CONTACT_MESSAGE = "Enter an email address, or a web address that starts with https://";

/**
 * How to reach the people who run an API: an email address (bare, "Team <address>" or
 * mailto:) or an https: page. Any other scheme is refused, because the page turns it into a link.
 */
export function contact() {
  return raw
    .transform((value) => cleanLine(value).replace(/^mailto:/i, ""))
    .superRefine((value, ctx) => {
      if (!value) return;
      if (value.length > LIMITS.other) return void ctx.addIssue({ code: "custom", message: `Contact must be ${count(LIMITS.other)} characters or fewer` });
      if (/^https:/i.test(value)) {
        const problem = httpsProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
        return;
      }
      const address = /<([^<>\s]+)>\s*$/.exec(value)?.[1] ?? value;
      if (SCHEME.test(value) || !EMAIL.safeParse(address).success) ctx.addIssue({ code: "custom", message: CONTACT_MESSAGE });
    })
    .transform(blankToNull);
}

/** A name such as "Open Government Licence v3.0", or an https: link to the licence. */
export function licence() {
  return text({ label: "Licence", max: LIMITS.other }).superRefine((value, ctx) => {
    if (value && SCHEME.test(value)) {
      const problem = httpsProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }
  });
}

const ISO_DATE = z.iso.date();

/** An optional calendar date typed as YYYY-MM-DD; stored as UTC midnight. */
export function date(label: string) {
  return raw.transform(cleanLine).transform((value, ctx): Date | null => {
    if (!value) return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()} as a year, month and day, like 2025-03-31` });
      return z.NEVER;
    }
    const year = Number(value.slice(0, 4));
    if (!ISO_DATE.safeParse(value).success || year < 1900 || year > 2199) {
      ctx.addIssue({ code: "custom", message: `${label} must be a real date` });
      return z.NEVER;
    }
    return new Date(`${value}T00:00:00.000Z`);
  });
}

/** "Open data, Vehicles ,open data" → ["open-data", "vehicles"]: lower-case, hyphenated, no repeats. */
export function parseTags(value: string): string[] {
  const tags = value
    .split(",")
    .map((tag) =>
      tag
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Tags typed as comma-separated text. */
export function tags() {
  return raw.transform(cleanLine).transform((value, ctx) => {
    if (value.length > LIMITS.other) {
      ctx.addIssue({ code: "custom", message: `Tags must be ${count(LIMITS.other)} characters or fewer` });
      return z.NEVER;
    }
    const list = parseTags(value);
    if (list.length > LIMITS.tags) ctx.addIssue({ code: "custom", message: `Enter ${LIMITS.tags} tags or fewer` });
    else if (list.some((tag) => tag.length > LIMITS.tag)) ctx.addIssue({ code: "custom", message: `Each tag must be ${LIMITS.tag} characters or fewer` });
    return list;
  });
}

/** One of a fixed list of values, chosen with radios or a select. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return raw.pipe(z.enum(values, { error: message }));
}

/** A yes/no question answered with radios: "yes" or "no", stored as a boolean. */
export function yesNo(message: string) {
  return choice(["yes", "no"], message).transform((value) => value === "yes");
}

/** The slugs we generate: lower-case words joined by single hyphens. */
export const slugSchema = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const isSlug = (value: string) => slugSchema.safeParse(value).success;

/** Record ids (cuid) from hidden fields. */
export const idSchema = raw.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "This record could not be found"));

/** The version a form was loaded with, from its hidden field. */
export const versionSchema = raw.transform(Number).pipe(z.number().int().min(1).max(2_147_483_647));

/** Turns zod's issues into the first message per field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The same errors in the order the form asks its questions, as the error summary lists them. */
export function inFormOrder(errors: FieldErrors, fields: readonly string[]): FieldErrors {
  const rank = (field: string) => (fields.includes(field) ? fields.indexOf(field) : fields.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}
