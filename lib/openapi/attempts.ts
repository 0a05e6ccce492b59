import type { Db } from "@/lib/db";

/** How long a publisher's attempt waits for them to come back to the form. */
export const ATTEMPT_KEPT_MS = 60 * 60 * 1000;

export type AttemptField = "file" | "url" | "source" | "root";

/** An uploaded .zip kept while the publisher chooses its root document. */
export type KeptArchive = { bytes: Uint8Array<ArrayBuffer>; name: string; candidates: string[] };

/**
 * The "Add an OpenAPI description" form as the publisher left it: what they typed, what went
 * wrong, and the archive whose root document they are choosing, if any. The form is answered with
 * a redirect (a file of any size may arrive, see app/publish/specs/upload/route.ts), so the page it
 * redirects to finds the attempt here: in the database, so any instance can show it.
 */
export type Attempt = {
  id: string;
  values: { url: string; source: string };
  errors: Partial<Record<AttemptField, string>>;
  archive?: { name: string; candidates: string[] };
};

type Who = { userId: string; apiId: string };

const current = () => ({ gte: new Date(Date.now() - ATTEMPT_KEPT_MS) });

/**
 * Keeps an attempt for its publisher and returns its id. It replaces their earlier attempt at
 * the same API, and attempts older than an hour go at the same time. Not an audited change:
 * nothing in the catalogue changes, and only its publisher can see it.
 */
export async function saveAttempt(db: Db, { userId, apiId }: Who, attempt: Omit<Attempt, "id" | "archive"> & { archive?: KeptArchive }): Promise<string> {
  const { values, errors, archive } = attempt;
  return db.$transaction(async (tx) => {
    await tx.specAttempt.deleteMany({ where: { OR: [{ createdAt: { lt: new Date(Date.now() - ATTEMPT_KEPT_MS) } }, { userId, apiId }] } });
    const saved = await tx.specAttempt.create({
      data: { userId, apiId, values: JSON.stringify(values), errors: JSON.stringify(errors), archive: archive?.bytes ?? null, archiveName: archive?.name ?? null, candidates: archive ? JSON.stringify(archive.candidates) : null },
      select: { id: true },
    });
    return saved.id;
  });
}

/** The publisher's attempt at this API with this id, if it is theirs and not yet an hour old. */
export async function findAttempt(db: Db, who: Who, id: string): Promise<Attempt | null> {
  const row = await db.specAttempt.findFirst({ where: { id, ...who, createdAt: current() }, select: { id: true, values: true, errors: true, archiveName: true, candidates: true } });
  if (!row) return null;
  const archive = row.archiveName !== null && row.candidates !== null ? { name: row.archiveName, candidates: JSON.parse(row.candidates) as string[] } : undefined;
  return { id: row.id, values: JSON.parse(row.values), errors: JSON.parse(row.errors), ...(archive ? { archive } : {}) };
}

/** The archive an attempt keeps, with its bytes, for the publisher's choice of its root document. */
export async function keptArchive(db: Db, who: Who, id: string): Promise<KeptArchive | null> {
  const row = await db.specAttempt.findFirst({ where: { id, ...who, createdAt: current() }, select: { archive: true, archiveName: true, candidates: true } });
  if (!row?.archive || row.archiveName === null || row.candidates === null) return null;
  return { bytes: row.archive, name: row.archiveName, candidates: JSON.parse(row.candidates) };
}

/** The publisher's attempts at this API are over: the description was added. */
export async function forgetAttempts(db: Db, who: Who): Promise<void> {
  await db.specAttempt.deleteMany({ where: who });
}
