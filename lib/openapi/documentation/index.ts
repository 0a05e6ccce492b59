/**
 * A checked revision's documentation as the API page renders it on the server: worked out once
 * from the revision's bundle and kept (SpecDocumentation) for every visitor and instance after.
 *
 * It is worked out the first time the API page is shown, not while the publisher uploads: the
 * upload stays as fast as checking and storing are. A small bundle takes milliseconds, so that
 * first view waits for it; a large one (the GitHub REST API's takes a second or two) is worked
 * out in a worker, in the publishing lane of the workers' queue (one job per stored revision,
 * never one per visitor), while that view and any others meanwhile show the documentation as
 * before, drawn by Redoc in the browser alone.
 */
import { z } from "zod";
import type { Db } from "@/lib/db";
import { isIngestError } from "../errors";
import { documentInWorker } from "../worker";
import type { Contents, Part } from "./outline";
import { prepareDocumentation } from "./prepare";

/** Bumped when what is stored changes shape: rows of another format are worked out again. */
export const DOCUMENTATION_FORMAT = 1;

/** Bundles this long (characters of JSON) are worked out in a worker, after the page is shown. */
export const IN_WORKER_FROM = 1_000_000;

export type ServedDocumentation = { contents: Contents; part: Part };

/** Which part of the documentation the API page asks for (?documentation=2); the first when it names none. */
export const documentationPart = z.coerce.number().int().min(1).max(1_000_000).catch(1);

// Jobs under way in this instance, so that views meanwhile neither wait nor start another; and
// revisions whose documentation could not be worked out, not tried again by this instance.
const preparing = new Map<string, Promise<unknown>>();
const failed = new Set<string>();

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

function served(bodies: (string | undefined)[], number: number): ServedDocumentation | null {
  const contents = bodies[0];
  if (contents === undefined) return null;
  const part = bodies[number] ?? bodies[1];
  return part === undefined ? null : { contents: JSON.parse(contents) as Contents, part: JSON.parse(part) as Part };
}

/**
 * The contents and part `number` (the first when there is no such part) of a checked revision's
 * documentation; null while it is being worked out, or when it could not be. The caller has
 * checked that the viewer may see the revision.
 */
export async function servedDocumentation(db: Db, revisionId: string, number: number): Promise<ServedDocumentation | null> {
  const read = (parts: number[]) => db.specDocumentation.findMany({ where: { revisionId, format: DOCUMENTATION_FORMAT, part: { in: parts } }, select: { part: true, body: true } });
  const rows = await read([0, number]);
  if (rows.length) {
    // A part beyond the last (from a link to an earlier version, say) shows the first.
    if (number !== 1 && rows.length === 1) rows.push(...(await read([1])));
    const bodies: string[] = [];
    for (const row of rows) bodies[row.part] = row.body;
    return served(bodies, number);
  }
  // Not worked out yet: this view works out a small one, or starts a large one's job and goes on.
  if (failed.has(revisionId) || preparing.has(revisionId)) return null;
  const { bundled } = await db.specRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { bundled: true } });
  if (!bundled) return null;
  if (bundled.length >= IN_WORKER_FROM) {
    if (!preparing.has(revisionId)) preparing.set(revisionId, prepare(db, revisionId, () => documentInWorker(bundled)).finally(() => preparing.delete(revisionId)));
    return null;
  }
  const bodies = await prepare(db, revisionId, async () => prepareDocumentation(bundled));
  return bodies ? served(bodies, number) : null;
}

/** The job working out a large revision's documentation in this instance, if one is under way. */
export const documentationJob = (revisionId: string): Promise<unknown> | undefined => preparing.get(revisionId);

/** Works out and stores a revision's documentation; null when it cannot be (it is logged, once). */
async function prepare(db: Db, revisionId: string, work: () => Promise<string[]>): Promise<string[] | null> {
  try {
    const bodies = await work();
    await store(db, revisionId, bodies);
    return bodies;
  } catch (error) {
    // A full queue is tried again by a later view; anything else would fail again.
    if (!isIngestError(error) || error.code !== "busy") failed.add(revisionId);
    console.error(`The documentation of revision ${revisionId} could not be worked out: ${(error as Error).message}`);
    return null;
  }
}

async function store(db: Db, revisionId: string, bodies: string[]) {
  try {
    await db.$transaction(async (tx) => {
      await tx.specDocumentation.deleteMany({ where: { revisionId, format: { not: DOCUMENTATION_FORMAT } } });
      // Another instance may have stored it meanwhile: theirs is the same.
      if (await tx.specDocumentation.count({ where: { revisionId } })) return;
      await tx.specDocumentation.createMany({ data: bodies.map((body, part) => ({ revisionId, part, format: DOCUMENTATION_FORMAT, body })) });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
