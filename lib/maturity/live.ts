import type { Viewer } from "@/lib/auth/viewer";
import { visibleSystemWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { estateFacts, maturityLens } from "./evidence";
import { exemptionsFor } from "./exemptions";
import { evaluate, type Grid } from "./levels";
import { nextSteps, type NextSteps } from "./next-steps";
import { criteriaInForce } from "./thresholds";

/** `whole`: worked out over all the organisation's records, not only those this viewer may see. */
export type LiveMaturity = { grid: Grid; steps: NextSteps[]; whole: boolean };

/**
 * The live grid (not yet assessed: attested criteria await evidence; exemptions in force count) of an organisation, or of one
 * of its systems, from the estate as it is now.
 */
export async function liveMaturity(db: Db, viewer: Viewer, target: { organisationId: string; systemId?: string }, now = new Date()): Promise<LiveMaturity> {
  const lens = maturityLens(viewer, target.organisationId);
  const facts = await estateFacts(db, lens.viewer, target.systemId ? { systemId: target.systemId } : { organisationId: target.organisationId }, now);
  const exemptions = await exemptionsFor(db, target, now);
  const scope = target.systemId ? "system" : "organisation";
  const grid = evaluate(scope, facts, { exemptions }, now, await criteriaInForce(db, scope));
  return { grid, steps: nextSteps(grid), whole: lens.whole };
}

/** Organisations are public records: anyone may see one's name. */
export function organisationNamed(db: Db, slug: string) {
  return db.organisation.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, acronym: true } });
}

/** An organisation and its live grid, or null when there is no such organisation. */
export async function organisationMaturity(db: Db, viewer: Viewer, slug: string) {
  const organisation = await organisationNamed(db, slug);
  return organisation && { organisation, live: await liveMaturity(db, viewer, { organisationId: organisation.id }) };
}

/** A system the viewer may see and its live grid, or null (hidden looks the same as missing). */
export async function systemMaturity(db: Db, viewer: Viewer, slug: string) {
  const system = await db.system.findFirst({
    where: { slug, ...visibleSystemWhere(viewer) },
    select: { id: true, slug: true, name: true, status: true, organisationId: true, organisation: { select: { slug: true, name: true } } },
  });
  return system && { system, live: await liveMaturity(db, viewer, { organisationId: system.organisationId, systemId: system.id }) };
}
