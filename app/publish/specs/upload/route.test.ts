/**
 * The "Add an OpenAPI description" form's route, posted as a browser posts it: who may use it,
 * and what comes back for a part over the size limit or an archive whose root is not clear.
 */
import type { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { zipOf } from "@/lib/openapi/archive-testing";
import { findAttempt } from "@/lib/openapi/attempts";
import { POST } from "./route";

const state: { db?: Db; viewer?: Viewer } = {};
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<typeof import("@/lib/auth/session")>()), getViewer: async () => state.viewer }));
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.db }));

const SPEC = 'openapi: 3.0.3\ninfo: {title: Vehicle tax, version: "1.0"}\npaths: {}\n';

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
let api: { id: string; slug: string };

beforeAll(async () => {
  database = await createTestDatabase();
  state.db = database.db;
  people = await seedPublishing(database.db);
  api = await database.db.api.create({ data: { slug: "vehicle-tax", name: "Vehicle tax", organisationId: people.dvla.id }, select: { id: true, slug: true } });
});
afterAll(() => database.drop());
afterEach(() => {
  delete process.env.SPEC_MAX_BYTES;
});

/** The form as a browser sends it, from this site unless `origin` says otherwise. */
function post(parts: [string, string | File][], origin = "http://localhost:3000"): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of parts) body.append(name, value);
  const request = new Request("http://localhost:3000/publish/specs/upload", { method: "POST", body, headers: { origin, host: "localhost:3000" } });
  return POST(request as NextRequest);
}

const attemptOf = async (response: Response, viewer: Viewer) => {
  const location = response.headers.get("location") ?? "";
  expect(location).toMatch(/^\/apis\/vehicle-tax\/spec\?attempt=/);
  const id = decodeURIComponent(location.split("attempt=")[1]!);
  return findAttempt(database.db, { userId: (viewer as { user: { id: string } }).user.id, apiId: api.id }, id);
};

describe("POST /publish/specs/upload", () => {
  it.each([
    ["anonymous", 303, "/sign-in?callbackUrl=%2Fpublish"],
    ["hmrcPublisher", 403, null],
    ["assessor", 403, null],
    ["newcomer", 403, null],
    ["dvlaPublisher", 303, "/apis/vehicle-tax?spec=added"],
    ["admin", 303, "/apis/vehicle-tax?spec=unchanged"],
  ] as const)("as %s", async (person, status, location) => {
    state.viewer = person === "anonymous" ? { kind: "anonymous" } : people[person];
    const revisions = await database.db.specRevision.count();
    const response = await post([["apiId", api.id], ["source", SPEC]]);
    expect(response.status).toBe(status);
    expect(response.headers.get("location")).toBe(location);
    expect(await database.db.specRevision.count()).toBe(revisions + (location?.endsWith("added") ? 1 : 0));
  });

  it("says where a stored upload's time went, phase by phase (Server-Timing, which bench/ingest reads)", async () => {
    state.viewer = people.dvlaPublisher;
    const file = new File([SPEC.replace("1.0", "1.2")], "tax.yaml");
    const response = await post([["apiId", api.id], ["file", file]]);
    expect(response.headers.get("location")).toBe("/apis/vehicle-tax?spec=added");
    const phases = (response.headers.get("server-timing") ?? "").split(", ").map((entry) => entry.split(";"));
    // The API's previous version is compared with this one: every phase but bundling (nothing to bundle) runs.
    expect(phases.map(([name]) => name)).toEqual(["auth", "read", "hash", "queue", "decode", "parse", "ref-chain", "lint", "standards", "serialise", "hand-back", "compare", "write"]);
    for (const [, duration] of phases) expect(duration).toMatch(/^dur=\d+\.\d$/);
  });

  it("refuses a post from another site before reading it", async () => {
    state.viewer = people.dvlaPublisher;
    const response = await post([["apiId", api.id], ["source", SPEC.replace("1.0", "1.1")]], "https://evil.example");
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/another website/);
  });

  it("answers a body that is not the form with 400", async () => {
    state.viewer = people.dvlaPublisher;
    const request = new Request("http://localhost:3000/publish/specs/upload", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect((await POST(request as NextRequest)).status).toBe(400);
  });

  it("sends the form back for a file over SPEC_MAX_BYTES, with the other answers kept and nothing stored", async () => {
    state.viewer = people.dvlaPublisher;
    process.env.SPEC_MAX_BYTES = "1000";
    const revisions = await database.db.specRevision.count();
    const big = new File([new Uint8Array(5000).fill(0x61)], "big.yaml");
    const response = await post([["apiId", api.id], ["file", big], ["url", "https://example.gov.uk/openapi.yaml"], ["source", "kept: text"]]);
    expect(response.status).toBe(303);
    expect(await attemptOf(response, people.dvlaPublisher)).toMatchObject({
      errors: { file: "The file is larger than 1000 bytes, the largest OpenAPI description we accept." },
      values: { url: "https://example.gov.uk/openapi.yaml", source: "kept: text" },
    });
    expect(await database.db.specRevision.count()).toBe(revisions);
    // Someone else cannot see that attempt.
    expect(await attemptOf(response, people.admin)).toBeNull();
  });

  it("keeps an archive with several root documents while the publisher chooses, then stores the one chosen", async () => {
    state.viewer = people.dvlaPublisher;
    const zip = zipOf({ "v1/openapi.yaml": SPEC.replace("1.0", "1.5"), "v2/openapi.yaml": SPEC.replace("1.0", "2.0") });
    const asked = await post([["apiId", api.id], ["file", new File([zip], "tax.zip")], ["url", ""], ["source", ""]]);
    const attempt = await attemptOf(asked, people.dvlaPublisher);
    expect(attempt).toMatchObject({ archive: { name: "tax.zip", candidates: ["v1/openapi.yaml", "v2/openapi.yaml"] }, errors: { root: expect.stringMatching(/could be the root document/) } });

    const unchosen = await post([["apiId", api.id], ["attempt", attempt!.id], ["file", new File([], "")]]);
    const again = await attemptOf(unchosen, people.dvlaPublisher);
    expect(again).toMatchObject({ archive: { name: "tax.zip" }, errors: { root: "Choose the archive's root document, or upload another file" } });

    const chosen = await post([["apiId", api.id], ["attempt", again!.id], ["root", "v2/openapi.yaml"], ["file", new File([], "")]]);
    expect(chosen.headers.get("location")).toBe("/apis/vehicle-tax?spec=added");
    const stored = await database.db.specRevision.findFirstOrThrow({ where: { apiId: api.id }, orderBy: { createdAt: "desc" } });
    expect(stored).toMatchObject({ origin: "tax.zip", archiveRoot: "v2/openapi.yaml", specVersion: "OpenAPI 3.0.3" });
    expect(await database.db.specAttempt.count({ where: { apiId: api.id } })).toBe(0);
  });
});
