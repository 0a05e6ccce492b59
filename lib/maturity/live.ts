import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { estateFacts, maturityLens } from "./evidence";
import { evaluate, type Grid } from "./levels";
import { nextSteps, type NextSteps } from "./next-steps";

/** `whole`: worked out over all the organisation's records, not only those this viewer may see. */
export type LiveMaturity = { grid: Grid; steps: NextSteps[]; whole: boolean };

/**
 * The live grid (not yet assessed: attested criteria await evidence) of an organisation, or of one
 * of its systems, from the estate as it is now.
 */
export async function liveMaturity(db: Db, viewer: Viewer, target: { organisationId: string; systemId?: string }, now = new Date()): Promise<LiveMaturity> {
  const lens = maturityLens(viewer, target.organisationId);
  const facts = await estateFacts(db, lens.viewer, target.systemId ? { systemId: target.systemId } : { organisationId: target.organisationId }, now);
  const grid = evaluate(target.systemId ? "system" : "organisation", facts, {}, now);
  return { grid, steps: nextSteps(grid), whole: lens.whole };
}
