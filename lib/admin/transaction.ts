import { Prisma, type Db, type Tx } from "@/lib/db";

/** PostgreSQL refused a serializable transaction because another one changed what it read. */
function isWriteConflict(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: { kind?: unknown } } | null;
  // Prisma reports it as P2034; through the pg driver adapter it arrives as a DriverAdapterError.
  return e?.code === "P2034" || e?.message === "TransactionWriteConflict" || e?.cause?.kind === "TransactionWriteConflict";
}

/**
 * Runs `work` in a serializable transaction, trying again (a few times) when it loses a race
 * with another, so checks such as "there is still an admin" hold however writes interleave.
 * SQLite runs one write transaction at a time, so there it simply runs.
 */
export async function serializable<T>(db: Db, work: (tx: Tx) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: Prisma.TransactionIsolationLevel.Serializable });
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= attempts) throw error;
    }
  }
}
