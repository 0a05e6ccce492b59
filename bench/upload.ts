// The whole upload as a publisher waits for it, for bench/ingest.ts: the "Add an OpenAPI
// description" form posted to /publish/specs/upload on the production server, as the browser
// posts it, from the first byte sent to the answer (303) that comes once the revision is stored;
// and where the server says the time went (its Server-Timing header, lib/openapi/phases.ts).
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { Db } from "../lib/db/index";
import { PHASES, type Phase } from "../lib/openapi/phases";
import { serverCpuMs } from "./harness";

/** The session cookie next-auth would set after this person signed in (its JWT holds only their id, as lib/auth/options.ts has it). */
export async function signedInPublisher(db: Db, organisationId: string, secret: string): Promise<{ userId: string; cookie: string }> {
  const user = await db.user.create({ data: { issuer: "bench", subject: "bench-publisher", name: "Bench Publisher", email: "bench@example.gov.uk" } });
  await db.membership.create({ data: { userId: user.id, organisationId } });
  return { userId: user.id, cookie: `next-auth.session-token=${await encode({ token: { sub: user.id }, secret })}` };
}

/** `cpuMs`: CPU time the server used meanwhile (all its threads: the check's worker too). */
export type Upload = { ms: number; cpuMs: number; phases: Partial<Record<Phase, number>> };

/**
 * Posts the form with `bytes` as its file (the browser's multipart body, sent with the page's own
 * origin) and times the answer. Throws unless the answer is the API's page saying the spec was added.
 */
export async function timeUpload(base: string, cookie: string, apiId: string, bytes: Uint8Array<ArrayBuffer>, file: string): Promise<Upload> {
  const form = new FormData();
  form.set("apiId", apiId);
  form.set("file", new Blob([bytes], { type: "application/json" }), path.basename(file));
  const cpu = serverCpuMs();
  const started = performance.now();
  const response = await fetch(`${base}/publish/specs/upload`, { method: "POST", body: form, headers: { cookie, origin: base }, redirect: "manual" });
  const ms = performance.now() - started;
  const cpuMs = serverCpuMs() - cpu;
  const location = response.headers.get("location") ?? "";
  if (response.status !== 303 || !location.endsWith("?spec=added")) {
    throw new Error(`The upload of ${path.basename(file)} was not stored: ${response.status} ${location} ${(await response.text()).slice(0, 500)}`);
  }
  return { ms, cpuMs, phases: serverTiming(response.headers.get("server-timing") ?? "") };
}

function serverTiming(header: string): Partial<Record<Phase, number>> {
  const phases: Partial<Record<Phase, number>> = {};
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().split(";");
    const dur = params.map((p) => /^dur=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
    if ((PHASES as readonly string[]).includes(name!) && dur) phases[name as Phase] = Number(dur);
  }
  return phases;
}

/** An earlier version of a spec to replace: one path removed, one parameter and one path added (JSON text). */
export function earlierVersion(text: string): Uint8Array<ArrayBuffer> {
  const doc = JSON.parse(text) as { paths: Record<string, Record<string, { parameters?: unknown[] }>> };
  const paths = Object.keys(doc.paths);
  delete doc.paths[paths[10]!];
  const operation = Object.values(doc.paths[paths[20]!]!).find((o) => typeof o === "object" && o !== null && "responses" in o)!;
  operation.parameters = [...(operation.parameters ?? []), { name: "bench_extra", in: "query", required: false, schema: { type: "string" } }];
  doc.paths["/bench/earlier"] = { get: { responses: { "200": { description: "OK" } } } as never };
  return new TextEncoder().encode(JSON.stringify(doc, null, 2));
}

/** Median of each phase over several uploads; phases that never ran are left out. */
export function medianPhases(uploads: Upload[], median: (xs: number[]) => number): [Phase | "outside the handler", number][] {
  const rows: [Phase | "outside the handler", number][] = [];
  for (const phase of PHASES) {
    const times = uploads.map((u) => u.phases[phase]).filter((x): x is number => x !== undefined);
    if (times.length) rows.push([phase, median(times)]);
  }
  rows.push(["outside the handler", median(uploads.map((u) => u.ms - Object.values(u.phases).reduce((a, b) => a + b, 0)))]);
  return rows;
}
