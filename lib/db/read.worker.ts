// The thread in which a SQLite reader runs its heavier statements (./read.ts): one read at a
// time, each answered with its rows or its error.
import { parentPort, workerData } from "node:worker_threads";
import { sqliteStatements } from "./sqlite-statements";

export type ReadJob = { id: number; sql: string; values: unknown[] };
export type ReadReply = { id: number; rows: unknown[] } | { id: number; error: { message: string; code?: string } };

const statement = sqliteStatements((workerData as { file: string }).file);

parentPort?.on("message", ({ id, sql, values }: ReadJob) => {
  let reply: ReadReply;
  try {
    reply = { id, rows: statement(sql).all(...values) };
  } catch (e) {
    reply = { id, error: { message: (e as Error).message, code: (e as { code?: string }).code } };
  }
  parentPort?.postMessage(reply);
});
