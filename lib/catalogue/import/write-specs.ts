import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { reindexApis } from "@/lib/catalogue/search/indexer";
import { addSpecRevision } from "@/lib/catalogue/spec-revisions";
import { uniqueSlug } from "@/lib/catalogue/slug";
import { importKeyOf } from "./api-row";
import type { SpecText } from "./inputs";
import type { ImportReport } from "./report";
import { sha256Hex, type SeedSpec } from "./specs";
import { ACTOR } from "./write-organisations";

/**
 * Stores one seed spec as a revision of its API, unless that exact text was ever stored for it
 * (so importing again never undoes a publisher's later versions). Returns the reason when it cannot be placed.
 */
export async function writeSpec(tx: Tx, seed: SeedSpec, spec: SpecText, report: ImportReport): Promise<string | null> {
  const apiId = await findOrCreateApi(tx, seed, report);
  if (typeof apiId !== "string") return apiId.reason;

  const contentHash = sha256Hex(spec.text);
  const existing = await tx.specRevision.findFirst({ where: { apiId, contentHash }, select: { id: true } });
  if (existing) {
    report.specs.unchanged++;
    return null;
  }
  const data = { apiId, source: spec.text, contentHash, arrivedVia: "seed", origin: spec.file, createdBy: ACTOR };
  const created = await addSpecRevision(tx, data);
  // The audit event leaves the text out: it is stored once, on the revision, and can be 300 KB.
  const after = { apiId, contentHash, arrivedVia: data.arrivedVia, origin: data.origin, bytes: Buffer.byteLength(spec.text) };
  await recordAudit(tx, { actor: ACTOR, action: "create", entityType: "SpecRevision", entityId: created.id, after });
  report.specs.stored++;
  return null;
}

async function findOrCreateApi(tx: Tx, seed: SeedSpec, report: ImportReport): Promise<string | { reason: string }> {
  const importKey = importKeyOf(seed.organisation, seed.apiName);
  const api = await tx.api.findUnique({ where: { importKey }, select: { id: true } });
  if (api) return api.id;

  const organisation = await tx.organisation.findUnique({ where: { slug: seed.organisation } });
  if (!seed.createIfMissing || !organisation) {
    const reason = organisation
      ? `it belongs to the API "${seed.apiName}", which is not in catalogue.csv`
      : `it belongs to the organisation "${seed.organisation}", which is not in organisation.csv`;
    return { reason: `not stored: ${reason}` };
  }

  const taken = new Set((await tx.api.findMany({ select: { slug: true } })).map((a) => a.slug));
  const slug = uniqueSlug(seed.apiName, (s) => taken.has(s), organisation.acronym);
  const data = {
    organisationId: organisation.id,
    slug,
    importKey,
    name: seed.apiName,
    description: seed.createIfMissing.description,
    lifecycle: "live",
    visibility: "public",
    authType: "unknown",
    source: "seed",
  };
  const created = await tx.api.create({ data, select: { id: true } });
  await recordAudit(tx, { actor: ACTOR, action: "create", entityType: "Api", entityId: created.id, after: data });
  await reindexApis(tx, [created.id]);
  report.specs.apisCreated++;
  return created.id;
}
