import { z } from "zod";
import { AUTH_TYPES, HOSTING, LIFECYCLES, VISIBILITIES } from "@/lib/catalogue/vocabulary";
import { spdxLicence } from "@/lib/reuse/licences";
import { LIMITS, choice, contact, date, email, licence, name, raw, requiredText, tags, text, webAddress, yesNo } from "./fields";

const organisationId = raw
  .transform((value) => value.trim())
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Select an organisation"));

export const PLATFORM_NEEDS_AUDIENCE = "Enter who may use the shared platform";
export const PLATFORM_NEEDS_START = "Enter the web address where other organisations start using the shared platform";

type Platform = { sharedPlatform?: unknown; platformAudience?: unknown; onboardingUrl?: unknown };
const offered = (value: unknown) => (value as Platform)?.sharedPlatform === true || (value as Platform)?.sharedPlatform === "yes";

/**
 * The System form: what a system is, how far along, where it runs and who owns it; then what
 * others may reuse of it (its open code and licence, and whether it is a shared platform, for
 * whom and where to start), for "Before you build".
 */
export const systemFormSchema = z
  .object({
    organisationId,
    name: name("Enter the name of the system"),
    description: requiredText({ label: "Description", max: LIMITS.description, multiline: true, required: "Enter a description of the system" }),
    lifecycle: choice(LIFECYCLES, "Select the stage the system is at"),
    hosting: choice(HOSTING, "Select where the system is hosted"),
    ownerTeam: requiredText({ label: "Team name", max: LIMITS.other, required: "Enter the name of the team that owns the system" }),
    ownerEmail: email("Enter the email address of the team that owns the system"),
    capabilities: text({ label: "What it does for others", max: LIMITS.other * 4, multiline: true }).transform((value) => value ?? ""),
    repositoryUrl: webAddress("Source code repository"),
    licence: spdxLicence(),
    // Blank (never answered, as on an import) is "no": only a publisher's "yes" offers it.
    sharedPlatform: raw.pipe(z.enum(["yes", "no", ""], { error: "Select whether other organisations may use the system" })).transform((value) => value === "yes"),
    platformAudience: text({ label: "Who may use it", max: LIMITS.other }),
    onboardingUrl: webAddress("Where to start"),
  })
  .refine((system) => !offered(system) || !!system.platformAudience, { path: ["platformAudience"], message: PLATFORM_NEEDS_AUDIENCE, when: (payload) => offered(payload.value) })
  .refine((system) => !offered(system) || !!system.onboardingUrl, { path: ["onboardingUrl"], message: PLATFORM_NEEDS_START, when: (payload) => offered(payload.value) });
export type SystemForm = z.output<typeof systemFormSchema>;

const systemId = raw
  .transform((value) => value.trim())
  .pipe(z.string().regex(/^([A-Za-z0-9_-]{1,64})?$/, "Select a system from the list"))
  .transform((value) => value || null);

export const SUNSET_BEFORE_DEPRECATION = "Sunset date must be the same as or after the deprecation date";

function datesOutOfOrder(value: unknown): boolean {
  const { deprecatedAt, sunsetAt } = (value ?? {}) as { deprecatedAt?: unknown; sunsetAt?: unknown };
  return deprecatedAt instanceof Date && sunsetAt instanceof Date && sunsetAt < deprecatedAt;
}

/**
 * The Api form, its questions in the order the form asks them (so the error summary follows
 * it). The lifecycle dates serve the GDS API standards' "Set clear deprecation policies".
 */
export const apiFormSchema = z
  .object({
    organisationId,
    systemId,
    name: name("Enter the name of the API"),
    description: requiredText({ label: "Description", max: LIMITS.description, multiline: true, required: "Enter a description of the API" }),
    tags: tags(),
    servesDataset: yesNo("Select whether the API serves a dataset"),
    url: webAddress("Base URL"),
    documentationUrl: webAddress("Documentation URL"),
    maintainer: contact(),
    licence: licence(),
    areaServed: text({ label: "Area served", max: LIMITS.other }),
    lifecycle: choice(LIFECYCLES, "Select the stage the API is at"),
    startDate: date("Start date"),
    deprecatedAt: date("Deprecation date"),
    sunsetAt: date("Sunset date"),
    visibility: choice(VISIBILITIES, "Select who can see the API in the catalogue"),
    authType: choice(AUTH_TYPES, "Select how people authenticate to use the API"),
  })
  .refine((api) => !datesOutOfOrder(api), {
    path: ["sunsetAt"],
    message: SUNSET_BEFORE_DEPRECATION,
    // Run even when other fields have problems, so every problem is shown at once.
    when: (payload) => datesOutOfOrder(payload.value),
  });
export type ApiForm = z.output<typeof apiFormSchema>;

/** The retire confirmation: when it was (or will be) switched off; blank means today. */
export const retireFormSchema = z.object({ sunsetAt: date("Sunset date") });

export const SYSTEM_FIELDS = Object.keys(systemFormSchema.shape) as (keyof SystemForm)[];
export const API_FIELDS = Object.keys(apiFormSchema.shape) as (keyof ApiForm)[];
