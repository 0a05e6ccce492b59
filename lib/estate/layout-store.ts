import { ANONYMOUS } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { placeMissing, type LayoutInput, type Positions } from "./layout";
import { layoutInWorker } from "./layout-worker";
import { visibleConnectionWhere } from "./visibility";

/** Layouts kept besides the newest: enough for an instance still reading one that was just replaced. */
const KEPT = 3;

/**
 * The state of the estate a layout is worked out from, cheaply: how many systems and connections
 * there are and when the last changed. Any change (a system or connection added, edited, retired,
 * deleted) changes it; read before the layout's input, so a stored layout is never newer than it says.
 */
export async function estateStamp(db: Db): Promise<string> {
  const [systems, connections] = await Promise.all([
    db.system.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.connection.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  const at = (d: Date | null) => d?.toISOString() ?? "-";
  return `s${systems._count._all}@${at(systems._max.updatedAt)};c${connections._count._all}@${at(connections._max.updatedAt)}`;
}

/**
 * What a layout is worked out from: what everyone sees (published systems, public connections),
 * so where a system is drawn never hints at a connection the viewer may not see. Others' drafts
 * and government or internal connections are placed beside their organisation instead.
 */
async function layoutInput(db: Db, previous: Positions): Promise<LayoutInput> {
  const [systems, connections] = await Promise.all([
    db.system.findMany({ where: { status: "published" }, select: { id: true, organisationId: true }, orderBy: { id: "asc" } }),
    db.connection.findMany({ where: visibleConnectionWhere(ANONYMOUS), select: { fromSystemId: true, toSystemId: true }, orderBy: { id: "asc" } }),
  ]);
  return { systems, connections: connections.map((c) => [c.fromSystemId, c.toSystemId]), previous };
}

async function newestLayout(db: Db): Promise<{ stamp: string; positions: Positions } | null> {
  const row = await db.estateLayout.findFirst({ orderBy: [{ createdAt: "desc" }, { stamp: "desc" }], select: { stamp: true } });
  if (!row) return null;
  const cached = parsed.get(row.stamp);
  if (cached) return { stamp: row.stamp, positions: cached };
  const full = await db.estateLayout.findUnique({ where: { stamp: row.stamp }, select: { positions: true } });
  if (!full) return newestLayout(db);
  const positions = JSON.parse(full.positions) as Positions;
  // A stored layout never changes, so its parsed positions may be kept (the newest few) by stamp.
  parsed.set(row.stamp, positions);
  for (const stamp of [...parsed.keys()].slice(0, -KEPT)) parsed.delete(stamp);
  return { stamp: row.stamp, positions };
}
const parsed = new Map<string, Positions>();

/** Works out the layout of the estate as it is now, starting from `previous`, and stores it. Safe on many instances at once. */
async function relayout(db: Db, previous: Positions): Promise<Positions> {
  const stamp = await estateStamp(db);
  const positions = await layoutInWorker(await layoutInput(db, previous));
  // Two instances working out the same stamp at once store the same thing: the second is a no-op.
  await db.estateLayout.upsert({ where: { stamp }, create: { stamp, positions: JSON.stringify(positions) }, update: {} });
  const old = await db.estateLayout.findMany({ orderBy: [{ createdAt: "desc" }, { stamp: "desc" }], skip: KEPT + 1, select: { stamp: true } });
  if (old.length) await db.estateLayout.deleteMany({ where: { stamp: { in: old.map((o) => o.stamp) } } });
  return positions;
}

// One background layout at a time per instance; another instance may run its own (a duplicate, never a wrong one).
let running: Promise<unknown> | null = null;

/** Resolves when this instance's background layout, if any, has finished (for tests and scripts). */
export async function layoutSettled(): Promise<void> {
  while (running) await running;
}

/**
 * Where to draw these systems. Never waits for a layout except the very first: serves the newest
 * stored one, places systems it does not know beside their organisation's, and if the estate has
 * changed since, starts working out a new one (seeded from it) in the background.
 */
export async function positionsFor(db: Db, systems: LayoutInput["systems"]): Promise<Positions> {
  const newest = await newestLayout(db);
  if (!newest) return placeMissing(systems, await relayout(db, {}));
  if (!running && (await estateStamp(db)) !== newest.stamp) {
    running = relayout(db, newest.positions)
      .catch((e: Error) => console.error(`Estate layout: ${e.message}`))
      .finally(() => (running = null));
  }
  return placeMissing(systems, newest.positions);
}
