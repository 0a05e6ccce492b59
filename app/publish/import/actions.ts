"use server";

import { requireViewer } from "@/lib/auth/session";
import { serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { getDb } from "@/lib/db";
import { previewImport, runImport } from "@/lib/estate/backstage/apply";
import { CatalogFileError } from "@/lib/estate/backstage/entities";
import { importFormSchema, type ImportState } from "@/lib/estate/backstage/form";
import { summarise } from "@/lib/estate/backstage/summary";
import { noteProblems } from "./outcome";

/**
 * "Preview" reads the file (uploaded or pasted) and says what it would do, writing nothing; the
 * text goes back to the page in a hidden field. "Import" reads that text again from scratch and
 * writes it all or nothing: no state is kept between the two on the server.
 */
export async function importAction(previous: ImportState, formData: FormData): Promise<ImportState> {
  const state = await answer(previous, formData);
  await noteProblems(Object.keys(state.errors).length > 0);
  return state;
}

async function answer(previous: ImportState, formData: FormData): Promise<ImportState> {
  const viewer = await requireViewer("/publish/import");
  const attempt = (previous.attempt ?? 0) + 1;
  const file = formData.get("file");
  const uploaded = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  const parsed = importFormSchema.safeParse({ organisationId: formData.get("organisationId"), yaml: formData.get("yaml"), intent: formData.get("intent") });
  const values = { organisationId: String(formData.get("organisationId") ?? ""), yaml: uploaded ? "" : String(formData.get("yaml") ?? "") };
  if (!parsed.success) return { values, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])), attempt };
  const { organisationId, yaml, intent } = parsed.data;
  const source = uploaded ?? yaml;
  if (!source || (typeof source === "string" && !source.trim())) return { values, errors: { file: "Choose a catalog-info.yaml file, or paste its contents" }, attempt };
  try {
    if (intent === "import") {
      const outcome = await serviceCall(() => runImport(getDb(), viewer, organisationId, source));
      if (!outcome.ok) return { values, errors: { file: outcome.error }, attempt, preview: summarise(outcome.plan) };
      return { values: { organisationId, yaml: "" }, errors: {}, attempt, done: { summary: summarise(outcome.plan, "did"), organisationSlug: outcome.plan.organisation.slug } };
    }
    const plan = await serviceCall(() => previewImport(getDb(), viewer, organisationId, source));
    // An uploaded file's text travels on in the hidden field (readCatalogInfo has checked it is UTF-8).
    const text = uploaded ? new TextDecoder().decode(uploaded) : yaml;
    return { values: { organisationId, yaml: text }, errors: {}, attempt, preview: summarise(plan) };
  } catch (error) {
    if (error instanceof CatalogFileError) return { values, errors: { file: error.message }, attempt };
    throw error;
  }
}
