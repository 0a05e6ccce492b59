import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { NotFoundError, actorOf } from "@/lib/catalogue/publishing/common";
import { idSchema } from "@/lib/catalogue/publishing/fields";
import { apiToUpdate, attachSpec, type AttachResult } from "./attach";
import type { PhaseClock } from "./phases";
import { forgetAttempts, keptArchive, saveAttempt, type AttemptField, type KeptArchive } from "./attempts";
import { maxBytes } from "./decode";
import { tooLargeMessage } from "./size";
import { attachSpecByUrl, sourceConfig, specUrlSchema, type SourceConfig } from "./sources";
import type { SpecFormData } from "./upload";

const NOTHING = "Choose a file, give a web address, or paste the OpenAPI description";
const CHOOSE_ROOT = "Choose the archive's root document, or upload another file";

/** The form's text fields; a publisher's choice of root names a file in their archive. */
const specForm = z.object({
  apiId: idSchema,
  url: z.string().default("").transform((url) => url.trim()),
  source: z.string().default(""),
  root: z.string().min(1).max(1024).optional(),
  attempt: idSchema.optional(),
});

/** Where the publisher goes next: the API's page, or the form again with their attempt. */
export type Submitted = { ok: boolean; location: string };

/**
 * "Add an OpenAPI description", as the form arrived (lib/openapi/upload.ts): a file (one document,
 * or a .zip of a multi-file spec), a web address, or pasted text, in that order of preference; or
 * the choice of root document for an archive uploaded before. The policy is asked first; anything
 * wrong (a part too large, a document refused) is kept as the publisher's attempt, with what they
 * typed, for the form to show again. Throws NotFoundError or ForbiddenError as attachSpec does.
 */
export async function submitSpecForm(db: Db, viewer: Viewer, form: SpecFormData, config: SourceConfig = sourceConfig(), clock?: PhaseClock): Promise<Submitted> {
  const input = specForm.safeParse(form.fields);
  if (!input.success) throw new NotFoundError("API");
  const { apiId, url, source, root, attempt } = input.data;
  const api = await apiToUpdate(db, viewer, apiId);
  const who = { userId: actorOf(viewer), apiId: api.id };
  const formPage = `/apis/${encodeURIComponent(api.slug)}/spec`;
  const keptValues = { url, source: form.oversized.includes("source") ? "" : source };
  const fail = async (field: AttemptField, message: string, archive?: KeptArchive): Promise<Submitted> => {
    const id = await saveAttempt(db, who, { values: keptValues, errors: { [field]: message }, archive });
    return { ok: false, location: `${formPage}?attempt=${encodeURIComponent(id)}` };
  };
  const limit = maxBytes();
  if (form.oversized.includes("file")) return fail("file", tooLargeMessage(limit));
  if (form.oversized.includes("source")) return fail("source", tooLargeMessage(limit, undefined, "The pasted text"));

  let result: AttachResult;
  let field: AttemptField;
  let upload: Omit<KeptArchive, "candidates"> | undefined;
  const kept = !form.file && attempt ? await keptArchive(db, who, attempt) : null;
  if (form.file) {
    upload = form.file;
    [field, result] = ["file", await attachSpec(db, viewer, api.id, { bytes: form.file.bytes, arrivedVia: "upload", origin: form.file.name.slice(0, 200) }, clock)];
  } else if (kept) {
    if (!root) return fail("root", CHOOSE_ROOT, kept);
    upload = kept;
    [field, result] = ["root", await attachSpec(db, viewer, api.id, { bytes: kept.bytes, root, arrivedVia: "upload", origin: kept.name }, clock)];
  } else if (url) {
    const address = specUrlSchema(config).safeParse(url);
    if (!address.success) return fail("url", address.error.issues[0]!.message);
    [field, result] = ["url", await attachSpecByUrl(db, viewer, api.id, address.data, config)];
  } else if (source.trim()) {
    [field, result] = ["source", await attachSpec(db, viewer, api.id, { bytes: new TextEncoder().encode(source), arrivedVia: "paste" }, clock)];
  } else return fail("file", NOTHING);

  if (!result.ok) {
    // An archive whose root is not clear is kept while the publisher chooses it.
    const candidates = result.candidates ?? (field === "root" ? kept?.candidates : undefined);
    return candidates && upload ? fail("root", result.error, { ...upload, candidates }) : fail(field, result.error);
  }
  await forgetAttempts(db, who);
  return { ok: true, location: `/apis/${encodeURIComponent(api.slug)}?spec=${result.unchanged ? "unchanged" : "added"}` };
}
