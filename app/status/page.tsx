import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Service status" };

/**
 * The smallest dynamic page of the service: rendered on every request, no database. Load
 * balancers can poll it, and bench/search uses it as the framework's floor.
 */
export default async function StatusPage() {
  await connection();
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Service status</h1>
      <p>The service is running. This page was generated at {new Date().toISOString()}.</p>
    </>
  );
}
