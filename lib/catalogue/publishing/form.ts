import type { Api, System } from "@/lib/db";
import { isoDate } from "@/lib/catalogue/text";
import type { FieldErrors } from "./fields";

/** What a form shows: the values to fill in, the problems to point at, and whether the copy was stale. */
export type FormState = {
  values: Record<string, string>;
  errors: FieldErrors;
  stale?: boolean;
  /** Counts submissions, so the form can re-render its fields with what was submitted. */
  attempt?: number;
};

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

/** The named text fields of a submitted form, as strings (a file upload counts as blank). */
export function readForm(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => {
    const value = formData.get(field);
    return [field, typeof value === "string" ? value : ""];
  }));
}

/** A stored system as the edit form shows it. */
export function systemValues(system: System): Record<string, string> {
  return {
    organisationId: system.organisationId,
    name: system.name,
    description: system.description,
    lifecycle: system.lifecycle,
    hosting: system.hosting,
    ownerTeam: system.ownerTeam ?? "",
    ownerEmail: system.ownerEmail ?? "",
    capabilities: system.capabilities,
    repositoryUrl: system.repositoryUrl ?? "",
    licence: system.licence ?? "",
    sharedPlatform: system.sharedPlatform ? "yes" : "no",
    platformAudience: system.platformAudience ?? "",
    onboardingUrl: system.onboardingUrl ?? "",
  };
}

/** A stored API as the edit form shows it. */
export function apiValues(api: Api & { tags: { tag: string }[] }): Record<string, string> {
  return {
    organisationId: api.organisationId,
    systemId: api.systemId ?? "",
    name: api.name,
    description: api.description,
    url: api.url ?? "",
    documentationUrl: api.documentationUrl ?? "",
    licence: api.licence ?? "",
    maintainer: api.maintainer ?? "",
    areaServed: api.areaServed ?? "",
    startDate: isoDate(api.startDate) ?? "",
    lifecycle: api.lifecycle,
    deprecatedAt: isoDate(api.deprecatedAt) ?? "",
    sunsetAt: isoDate(api.sunsetAt) ?? "",
    visibility: api.visibility,
    authType: api.authType,
    tags: api.tags.map((t) => t.tag).join(", "),
    servesDataset: api.servesDataset ? "yes" : "no",
  };
}
