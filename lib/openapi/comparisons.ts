import type { Db } from "@/lib/db";
import { diffBundled } from "./compare";
import type { Change } from "./diff";
import { asComparison } from "./worker";

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/**
 * What changed from one checked version of an API to another, for someone comparing them. Each
 * ordered pair is worked out once and kept (SpecComparison), for every visitor and instance after;
 * a version and the one it was stored after were compared as it arrived (SpecRevision.changes).
 * Working one out waits in the comparisons' lane (asComparison), so it may fail with a "busy"
 * IngestError; the caller has checked the viewer may see both.
 */
export async function comparisonOf(db: Db, fromId: string, toId: string): Promise<Change[]> {
  const [to, kept] = await Promise.all([
    db.specRevision.findUniqueOrThrow({ where: { id: toId }, select: { previousId: true, changes: true } }),
    db.specComparison.findUnique({ where: { fromId_toId: { fromId, toId } }, select: { changes: true } }),
  ]);
  if (to.previousId === fromId && to.changes !== null) return JSON.parse(to.changes) as Change[];
  if (kept) return JSON.parse(kept.changes) as Change[];
  return asComparison(async () => {
    // Read only once it is this comparison's turn: the two documents can be many megabytes.
    const [before, after] = await Promise.all(
      [fromId, toId].map((id) => db.specRevision.findUniqueOrThrow({ where: { id }, select: { bundled: true } }).then((r) => r.bundled!)),
    );
    const changes = await diffBundled(before!, after!, "comparing");
    try {
      await db.specComparison.create({ data: { fromId, toId, changes: JSON.stringify(changes) } });
    } catch (error) {
      // Another request or instance kept the same pair first: theirs is the same.
      if (!isUniqueViolation(error)) throw error;
    }
    return changes;
  });
}
