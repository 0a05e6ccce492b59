import { z } from "zod";
import type { Db } from "@/lib/db";
import { createApi, updateApi } from "@/lib/catalogue/publishing/apis";
import { AUTH_TYPES, LIFECYCLES, VISIBILITIES } from "@/lib/catalogue/vocabulary";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import { attachSpec } from "@/lib/openapi/attach";
import { maxBytes } from "@/lib/openapi/decode";
import { mediaType, readBody, readJson } from "./body";
import { ApiError, notFound } from "./errors";
import { oneApi } from "./read/apis";
import { oneRevision } from "./read/spec-revisions";
import type { Caller } from "./tokens";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give a date as YYYY-MM-DD").nullable().optional();
const optionalText = z.string().max(2000).nullable().optional();

/** An API's details as a pipeline sends them: the web form's questions, by the names the API returns. */
export const apiInputSchema = z.object({
  name: z.string(),
  description: z.string(),
  lifecycle: z.enum(LIFECYCLES),
  visibility: z.enum(VISIBILITIES),
  authType: z.enum(AUTH_TYPES),
  servesDataset: z.boolean().optional(),
  tags: z.array(z.string().max(100)).max(50).optional(),
  system: z.string().max(100).nullable().optional(),
  url: optionalText,
  documentationUrl: optionalText,
  maintainer: optionalText,
  licence: optionalText,
  areaServed: optionalText,
  startDate: date,
  deprecatedAt: date,
  sunsetAt: date,
  publish: z.boolean().optional(),
});
export type ApiInput = z.output<typeof apiInputSchema>;

/** The web form's fields for the same answers, so the publishing service checks them exactly as it checks the form. */
async function formOf(db: Db, caller: Caller, input: ApiInput): Promise<Record<string, string>> {
  let systemId = "";
  if (input.system) {
    const system = await db.system.findFirst({ where: { slug: input.system, organisationId: caller.organisationId, ...visibleSystemWhere(caller.viewer) }, select: { id: true } });
    if (!system) throw new ApiError(422, "invalid_field", "Some fields are not right: see fields.", { system: "Give the slug of one of your organisation's systems" });
    systemId = system.id;
  }
  return {
    organisationId: caller.organisationId,
    systemId,
    name: input.name,
    description: input.description,
    tags: (input.tags ?? []).join(", "),
    servesDataset: input.servesDataset ? "yes" : "no",
    url: input.url ?? "",
    documentationUrl: input.documentationUrl ?? "",
    maintainer: input.maintainer ?? "",
    licence: input.licence ?? "",
    areaServed: input.areaServed ?? "",
    lifecycle: input.lifecycle,
    startDate: input.startDate ?? "",
    deprecatedAt: input.deprecatedAt ?? "",
    sunsetAt: input.sunsetAt ?? "",
    visibility: input.visibility,
    authType: input.authType,
  };
}

type Outcome = Awaited<ReturnType<typeof createApi>>;

async function outcome(db: Db, caller: Caller, result: Outcome, status: number) {
  if (!result.ok && result.stale) throw new ApiError(409, "conflict", "The API was changed by someone else at the same time. Read it again and retry.");
  if (!result.ok) {
    const { systemId, ...errors } = result.errors ?? {};
    throw new ApiError(422, "invalid_field", "Some fields are not right: see fields.", { ...errors, ...(systemId ? { system: systemId } : {}) });
  }
  return { status, body: await oneApi(db, caller.viewer, result.api.slug) };
}

/** Registers an API for the client's organisation, through the service the web form uses (its checks and audit). */
export async function registerApi(db: Db, caller: Caller, request: Request) {
  const input = await readJson(request, apiInputSchema);
  return outcome(db, caller, await createApi(db, caller.viewer, await formOf(db, caller, input), { publish: input.publish }), 201);
}

/** Replaces an API's details (all of them, as the edit form does); `publish: true` also publishes a draft. */
export async function replaceApi(db: Db, caller: Caller, slug: string, request: Request) {
  const input = await readJson(request, apiInputSchema);
  const api = await db.api.findFirst({ where: { slug, ...visibleApiWhere(caller.viewer) }, select: { id: true, version: true } });
  if (!api) throw notFound("API");
  return outcome(db, caller, await updateApi(db, caller.viewer, api.id, api.version, await formOf(db, caller, input), { publish: input.publish }), 200);
}

/** The media types a pushed OpenAPI description may come as: JSON, YAML, or a .zip of a multi-file one. */
export const SPEC_MEDIA_TYPES = ["application/json", "application/yaml", "application/x-yaml", "application/vnd.oai.openapi", "application/vnd.oai.openapi+json", "application/zip"];

/**
 * A pipeline pushes a new version of an API's OpenAPI description: checked and stored as the web
 * upload is (lib/openapi/attach.ts), recorded as arriving through the API, all or nothing.
 * 201 with the new version; 200 with the current one when the text is the same as it.
 */
export async function pushSpec(db: Db, caller: Caller, slug: string, request: Request, url: URL) {
  const type = mediaType(request);
  if (!SPEC_MEDIA_TYPES.includes(type)) throw new ApiError(415, "unsupported_media_type", `Send the OpenAPI description as one of: ${SPEC_MEDIA_TYPES.join(", ")}.`);
  const api = await db.api.findFirst({ where: { slug, ...visibleApiWhere(caller.viewer) }, select: { id: true, slug: true } });
  if (!api) throw notFound("API");
  const bytes = await readBody(request, maxBytes());
  const root = url.searchParams.get("root") ?? undefined;
  const result = await attachSpec(db, caller.viewer, api.id, { bytes, ...(root ? { root } : {}), arrivedVia: "api", origin: null });
  if (!result.ok) throw new ApiError(422, "spec_refused", result.error + (result.candidates ? ` Name the root document with ?root=, one of: ${result.candidates.slice(0, 10).join(", ")}.` : ""));
  return { status: result.unchanged ? 200 : 201, body: await oneRevision(db, caller.viewer, api.slug, result.revisionId) };
}
