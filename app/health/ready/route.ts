import { getDb } from "@/lib/db";
import { databaseAnswers, healthResponse } from "@/lib/db/health";

/** Readiness: this instance can serve the catalogue, which needs the database (503 when it does not answer). */
export async function GET(): Promise<Response> {
  return (await databaseAnswers(getDb())) ? healthResponse(200, "Ready") : healthResponse(503, "Not ready: the database is not answering");
}
