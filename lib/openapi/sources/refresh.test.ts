import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/catalogue/publishing/common";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { attachSpecByUrl } from "./attach-url";
import { LEASE_MS } from "./config";
import { manyPaths } from "../testing";
import { checkInWorker } from "../worker";
import { BUSY_RETRY_MS, SCHEDULER, refreshDueSources, refreshSource, refreshSourceNow } from "./refresh";
import { LOCAL, specServer, specText } from "./testing";

const MINUTE = 60_000;
let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const servers: Awaited<ReturnType<typeof specServer>>[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  people = await seedPublishing(database.db);
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => database.drop());

/** An API whose spec was attached from a fresh local server; nothing is due until `due()`. */
async function followed(title = "Vehicle tax") {
  const server = await specServer(specText(title));
  servers.push(server);
  const api = await database.db.api.create({ data: { slug: `api-${Math.random().toString(36).slice(2)}`, name: title, organisationId: people.dvla.id } });
  const attached = await attachSpecByUrl(database.db, people.dvlaPublisher, api.id, server.url, LOCAL);
  if (!attached.ok) throw new Error(attached.error);
  const source = await database.db.specSource.findUniqueOrThrow({ where: { apiId: api.id } });
  server.state.requests = 0;
  const db = database.db;
  return {
    server,
    apiId: api.id,
    sourceId: source.id,
    source: () => db.specSource.findUniqueOrThrow({ where: { id: source.id } }),
    revisions: () => db.specRevision.findMany({ where: { apiId: api.id }, orderBy: { createdAt: "asc" } }),
    /** Audit events about this API and its revisions. */
    events: async () => {
      const revisionIds = (await db.specRevision.findMany({ where: { apiId: api.id }, select: { id: true } })).map((r) => r.id);
      return db.auditEvent.findMany({ where: { OR: [{ entityId: api.id }, { entityId: { in: revisionIds } }] }, orderBy: { at: "asc" } });
    },
    due: () => db.specSource.update({ where: { id: source.id }, data: { nextFetchAt: new Date(Date.now() - MINUTE) } }),
  };
}

const refresh = (sourceId: string, now = new Date()) => refreshSource(database.db, sourceId, { actor: SCHEDULER, config: LOCAL, now, fetch: { timeoutMs: 5000 } });

describe("refreshing a source", () => {
  it("sends the stored ETag; a 304 only moves the fetch times on, with nothing audited", async () => {
    const s = await followed();
    const events = (await s.events()).length;
    const now = new Date(Date.now() + 2 * MINUTE);
    expect(await refresh(s.sourceId, now)).toEqual({ outcome: "not-modified" });
    expect(s.server.state.conditional).toBe(1);
    const source = await s.source();
    expect(source).toMatchObject({ status: "ok", lastFetchedAt: now, nextFetchAt: new Date(now.getTime() + LOCAL.intervalMs), leaseUntil: null });
    expect((await s.events()).length).toBe(events);
    expect((await s.revisions()).length).toBe(1);
  });

  it("stores a changed document as a new revision arrived by URL, by the scheduler", async () => {
    const s = await followed();
    s.server.state.document = specText("Vehicle tax", "{ /v1/vehicles: { get: { responses: { '200': { description: OK } } } } }");
    const now = new Date();
    const result = await refresh(s.sourceId, now);
    expect(result).toEqual({ outcome: "added", revisionId: expect.any(String) });
    const revisions = await s.revisions();
    expect(revisions).toHaveLength(2);
    expect(revisions[1]).toMatchObject({ id: result.revisionId, arrivedVia: "url", origin: s.server.url, createdBy: SCHEDULER, status: "checked" });
    expect(await s.source()).toMatchObject({ status: "ok", lastChangedAt: now, etag: expect.stringMatching(/^"/) });
    const last = (await s.events()).at(-1)!;
    expect(last).toMatchObject({ actor: SCHEDULER, action: "create", entityType: "SpecRevision", entityId: result.revisionId });
  });

  it("makes no revision when a new copy has the same text, but keeps its new validators", async () => {
    const s = await followed();
    s.server.state.etag = '"same-text-new-etag"';
    const events = (await s.events()).length;
    expect(await refresh(s.sourceId)).toEqual({ outcome: "unchanged" });
    expect((await s.revisions()).length).toBe(1);
    expect((await s.source()).etag).toBe('"same-text-new-etag"');
    expect((await s.events()).length).toBe(events);
  });

  it("marks an unreachable source with the reason, keeps the revision, backs off, audits the change once, and recovers", async () => {
    const s = await followed();
    s.server.state.status = 500;
    const now = new Date();
    expect(await refresh(s.sourceId, now)).toEqual({ outcome: "unreachable", error: "The server answered with HTTP status 500" });
    const source = await s.source();
    expect(source).toMatchObject({ status: "unreachable", error: "The server answered with HTTP status 500", leaseUntil: null });
    // Failing for moments so far: try again in 15 minutes, not a day.
    expect(source.nextFetchAt.getTime() - now.getTime()).toBe(15 * MINUTE);
    expect((await s.revisions()).length).toBe(1);
    const events = await s.events();
    expect(events.at(-1)).toMatchObject({ actor: SCHEDULER, entityType: "Api", entityId: s.apiId });
    expect(JSON.parse(events.at(-1)!.changes)).toEqual({
      specFetchStatus: { before: "ok", after: "unreachable" },
      specFetchError: { before: null, after: "The server answered with HTTP status 500" },
    });

    // Still failing hours later: the wait grows, and nothing new is audited.
    const later = new Date(now.getTime() + 6 * 60 * MINUTE);
    await refresh(s.sourceId, later);
    expect((await s.source()).nextFetchAt.getTime() - later.getTime()).toBeGreaterThanOrEqual(6 * 60 * MINUTE);
    expect((await s.events()).length).toBe(events.length);

    s.server.state.status = 200;
    expect(await refresh(s.sourceId, new Date(later.getTime() + MINUTE))).toEqual({ outcome: "not-modified" });
    expect(await s.source()).toMatchObject({ status: "ok", error: null });
    expect(JSON.parse((await s.events()).at(-1)!.changes)).toMatchObject({ specFetchStatus: { before: "unreachable", after: "ok" } });
  });

  it("says a stopped server refused the connection", async () => {
    const s = await followed();
    await s.server.close();
    servers.splice(servers.indexOf(s.server), 1);
    expect(await refresh(s.sourceId)).toEqual({ outcome: "unreachable", error: "The server refused the connection" });
  });

  it("marks a document that is not a usable spec as refused, keeping the revision, until it changes", async () => {
    const s = await followed();
    s.server.state.document = "openapi: 3.0.0\n  info: [unclosed";
    const result = await refresh(s.sourceId);
    expect(result).toMatchObject({ outcome: "refused", error: expect.stringMatching(/^[A-Z].{9,}/) });
    expect(await s.source()).toMatchObject({ status: "refused", error: result.error });
    expect((await s.revisions()).length).toBe(1);
    // The same refused document again (304): still refused.
    expect(await refresh(s.sourceId)).toEqual({ outcome: "not-modified" });
    expect((await s.source()).status).toBe("refused");
    s.server.state.document = specText("Vehicle tax, fixed");
    expect(await refresh(s.sourceId)).toMatchObject({ outcome: "added" });
    expect(await s.source()).toMatchObject({ status: "ok", error: null });
  });

  it("when every checker is busy, changes nothing about the source and tries again in a few minutes", async () => {
    const s = await followed();
    const before = await s.source();
    s.server.state.document = specText("Vehicle tax", "{ /v1/vehicles: { get: { responses: { '200': { description: OK } } } } }");
    process.env.SPEC_CHECK_CONCURRENCY = "1";
    process.env.SPEC_QUEUE_WAIT_MS = "100";
    const occupant = checkInWorker(Buffer.from(manyPaths(2_000)), {}, { timeoutMs: 100_000 });
    try {
      const now = new Date();
      expect(await refresh(s.sourceId, now)).toEqual({ outcome: "busy" });
      expect(await s.source()).toMatchObject({ status: "ok", error: null, etag: before.etag, leaseUntil: null, nextFetchAt: new Date(now.getTime() + BUSY_RETRY_MS) });
      expect((await s.revisions()).length).toBe(1);
    } finally {
      await occupant;
      delete process.env.SPEC_CHECK_CONCURRENCY;
      delete process.env.SPEC_QUEUE_WAIT_MS;
    }
    expect(await refresh(s.sourceId)).toMatchObject({ outcome: "added" });
  }, 60_000);

  it("leaves a source another instance holds alone, and takes over an expired lease", async () => {
    const s = await followed();
    const now = new Date();
    await database.db.specSource.update({ where: { id: s.sourceId }, data: { leaseUntil: new Date(now.getTime() + MINUTE) } });
    expect(await refresh(s.sourceId, now)).toEqual({ outcome: "busy" });
    expect(s.server.state.requests).toBe(0);
    expect(await refresh(s.sourceId, new Date(now.getTime() + 2 * MINUTE))).toEqual({ outcome: "not-modified" });
    expect(s.server.state.requests).toBe(1);
  });
});

describe("refreshing the due sources", () => {
  it("refreshes only sources whose time has come", async () => {
    const due = await followed("Due");
    const notDue = await followed("Not due");
    await due.due();
    const results = await refreshDueSources(database.db, new Date(), { config: LOCAL });
    expect(results.map((r) => r.id)).toContain(due.sourceId);
    expect(results.map((r) => r.id)).not.toContain(notDue.sourceId);
    expect(due.server.state.requests).toBe(1);
    expect(notDue.server.state.requests).toBe(0);
    expect((await due.source()).nextFetchAt.getTime()).toBeGreaterThan(Date.now() + LOCAL.intervalMs - MINUTE);
  });

  it("never fetches a source twice when two instances run at the same moment", async () => {
    const sources = [await followed("One"), await followed("Two"), await followed("Three")];
    for (const s of sources) {
      await s.due();
      s.server.state.delayMs = 150; // long enough for the two runs to overlap
      s.server.state.document = specText(`${s.server.url} changed`);
    }
    const now = new Date();
    const [a, b] = await Promise.all([refreshDueSources(database.db, now, { config: LOCAL }), refreshDueSources(database.db, now, { config: LOCAL })]);
    const done = [...a, ...b].filter((r) => r.result.outcome !== "busy");
    expect(done.map((r) => r.id).sort()).toEqual(sources.map((s) => s.sourceId).sort());
    expect(done.every((r) => r.result.outcome === "added")).toBe(true);
    for (const s of sources) {
      expect(s.server.state.requests).toBe(1);
      expect((await s.revisions()).length).toBe(2);
      expect((await s.source()).leaseUntil).toBeNull();
    }
  });

  it("does not fetch again what another instance refreshed after this run listed it as due", async () => {
    const s = await followed();
    await s.due();
    s.server.state.document = specText("Vehicle tax, changed");
    const now = new Date();
    let other: Awaited<ReturnType<typeof refreshDueSources>> = [];
    // This run reads its list of due sources, then another instance refreshes them all.
    const late = database.db.$extends({
      query: {
        specSource: {
          async findMany({ args, query }) {
            const due = await query(args);
            other = await refreshDueSources(database.db, now, { config: LOCAL });
            return due;
          },
        },
      },
    }) as unknown as typeof database.db;
    const mine = await refreshDueSources(late, now, { config: LOCAL });
    expect(other.find((r) => r.id === s.sourceId)?.result.outcome).toBe("added");
    expect(mine.find((r) => r.id === s.sourceId)?.result.outcome).toBe("busy");
    expect(s.server.state.requests).toBe(1);
    expect((await s.revisions()).length).toBe(2);
  });
});

describe("checking for changes now", () => {
  it("is for those who may update the API, and is recorded as theirs", async () => {
    const s = await followed();
    s.server.state.document = specText("Vehicle tax, changed");
    await expect(refreshSourceNow(database.db, people.hmrcPublisher, s.apiId, { config: LOCAL })).rejects.toBeInstanceOf(ForbiddenError);
    expect(s.server.state.requests).toBe(0);
    expect(await refreshSourceNow(database.db, people.dvlaPublisher, s.apiId, { config: LOCAL })).toMatchObject({ outcome: "added" });
    const user = people.dvlaPublisher.kind === "user" ? people.dvlaPublisher.user.id : "";
    expect((await s.revisions()).at(-1)).toMatchObject({ createdBy: user });
  });

  it("is not found for an API that is not followed from a web address", async () => {
    const api = await database.db.api.create({ data: { slug: "uploaded-only", name: "Uploaded only", organisationId: people.dvla.id } });
    await expect(refreshSourceNow(database.db, people.dvlaPublisher, api.id, { config: LOCAL })).rejects.toBeInstanceOf(NotFoundError);
  });
});
