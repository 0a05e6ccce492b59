import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/lib/db";
import { databaseAnswers } from "@/lib/db/health";

export const metadata: Metadata = { title: "Service status" };

/**
 * The smallest dynamic page of the service: rendered on every request, asking the database one
 * trivial query so it never says "running" while the catalogue cannot be read. bench/search uses
 * it as the framework's floor. Load balancers poll /health/live and /health/ready instead.
 */
export default async function StatusPage() {
  await connection();
  const database = await databaseAnswers(getDb());
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Service status</h1>
      <p className="mb-4">
        {database
          ? "The service is running and its database is answering."
          : "The service is running, but its database is not answering, so the catalogue cannot be shown just now."}
      </p>
      <p>This page was generated at {new Date().toISOString()}.</p>
    </>
  );
}
