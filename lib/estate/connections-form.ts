import { z } from "zod";
import { LIMITS, choice, raw, requiredText, yesNo } from "@/lib/catalogue/publishing/fields";
import { VISIBILITIES } from "@/lib/catalogue/vocabulary";
import { DIRECTIONS, FREQUENCIES, TECHNOLOGIES } from "./vocabulary";

/** The stages a connection can be put at by its form; retiring is its own action. */
export const CONNECTION_LIFECYCLES = ["alpha", "beta", "live", "deprecated"] as const;

const recordId = (message: string) =>
  raw.transform((value) => value.trim()).pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message));

const optionalId = raw
  .transform((value) => value.trim())
  .pipe(z.string().regex(/^([A-Za-z0-9_-]{1,64})?$/, "Select an API from the list, or none"))
  .transform((value) => value || null);

function loggingUnanswered(value: unknown): boolean {
  const { personalData, personalDataLogged } = (value ?? {}) as { personalData?: unknown; personalDataLogged?: unknown };
  return (personalData === true || personalData === "yes") && (personalDataLogged === null || personalDataLogged === undefined || personalDataLogged === "");
}

export const LOGGED_REQUIRED = "Select whether requests for personal data are logged";

/**
 * The connection form, its questions in the order the form asks them (so the error summary
 * follows it). Whether personal data requests are logged (point 23 of the GDS API standards) is
 * asked only when personal data flows, and kept as null when none does.
 */
export const connectionFormSchema = z
  .object({
    fromSystemId: recordId("Select the system that sends the data"),
    toSystemId: recordId("Select the system that receives the data"),
    direction: choice(DIRECTIONS, "Select which way the data flows"),
    apiId: optionalId,
    description: requiredText({ label: "Description", max: LIMITS.description, multiline: true, required: "Enter what data is exchanged" }),
    technology: choice(TECHNOLOGIES, "Select the technology and format"),
    openStandard: yesNo("Select whether the format is an open standard"),
    personalData: yesNo("Select whether personal data flows"),
    personalDataLogged: raw.transform((value) => (value === "yes" ? true : value === "no" ? false : null)),
    frequency: choice(FREQUENCIES, "Select how often data flows"),
    lifecycle: choice(CONNECTION_LIFECYCLES, "Select the stage the connection is at"),
    visibility: choice(VISIBILITIES, "Select who can see the connection"),
  })
  .refine((form) => !loggingUnanswered(form), {
    path: ["personalDataLogged"],
    message: LOGGED_REQUIRED,
    // Run even when other fields have problems, so every problem is shown at once.
    when: (payload) => loggingUnanswered(payload.value),
  })
  .transform((form) => ({ ...form, personalDataLogged: form.personalData ? form.personalDataLogged : null }));
export type ConnectionForm = z.output<typeof connectionFormSchema>;

export const CONNECTION_FIELDS = [
  "fromSystemId",
  "toSystemId",
  "direction",
  "apiId",
  "description",
  "technology",
  "openStandard",
  "personalData",
  "personalDataLogged",
  "frequency",
  "lifecycle",
  "visibility",
] as const;

/** The dispute form: the other end's reason, in their words. */
export const disputeFormSchema = z.object({
  disputeReason: requiredText({ label: "Reason", max: LIMITS.other * 4, multiline: true, required: "Enter why this connection is wrong" }),
});

/** What substance means: what flows and how. Changing it needs the other end to confirm again. */
export const SUBSTANCE = ["direction", "apiId", "description", "technology", "openStandard", "personalData", "personalDataLogged", "frequency"] as const;
