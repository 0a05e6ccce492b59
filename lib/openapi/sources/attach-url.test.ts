import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { attachSpec } from "../attach";
import { attachSpecByUrl } from "./attach-url";
import { LOCAL, specServer, specText } from "./testing";

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
let server: Awaited<ReturnType<typeof specServer>>;
let apiId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  people = await seedPublishing(database.db);
  server = await specServer(specText("Vehicle tax"));
});
afterAll(async () => {
  await server.close();
  await database.drop();
});
beforeEach(async () => {
  apiId = (await database.db.api.create({ data: { slug: `api-${Math.random().toString(36).slice(2)}`, name: "Vehicle tax", organisationId: people.dvla.id } })).id;
  server.state.document = specText("Vehicle tax");
  server.state.status = 200;
});

const counts = async () => ({
  revisions: await database.db.specRevision.count({ where: { apiId } }),
  sources: await database.db.specSource.count({ where: { apiId } }),
  events: await database.db.auditEvent.count(),
});

describe("attaching a spec by its web address", () => {
  it("fetches and checks it at once, stores the revision as arrived by URL, and keeps the address to follow", async () => {
    const before = Date.now();
    const result = await attachSpecByUrl(database.db, people.dvlaPublisher, apiId, server.url, LOCAL);
    const revision = await database.db.specRevision.findFirstOrThrow({ where: { apiId } });
    expect(result).toMatchObject({ ok: true, unchanged: false, score: revision.score });
    expect(revision).toMatchObject({ arrivedVia: "url", origin: server.url, status: "checked", createdBy: people.dvlaPublisher.kind === "user" ? people.dvlaPublisher.user.id : "" });
    const source = await database.db.specSource.findUniqueOrThrow({ where: { apiId } });
    expect(source).toMatchObject({ url: server.url, status: "ok", error: null, etag: expect.stringMatching(/^"/), leaseUntil: null });
    expect(source.lastFetchedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(source.nextFetchAt.getTime() - source.lastFetchedAt!.getTime()).toBe(LOCAL.intervalMs);
    const events = await database.db.auditEvent.findMany({ orderBy: { at: "asc" } });
    expect(events.slice(-2).map((e) => e.entityType).sort()).toEqual(["Api", "SpecRevision"]);
  });

  it("refuses an address that cannot be fetched with the fetcher's reason, and saves nothing", async () => {
    server.state.status = 404;
    const before = await counts();
    expect(await attachSpecByUrl(database.db, people.dvlaPublisher, apiId, server.url, LOCAL)).toEqual({ ok: false, error: "The server answered with HTTP status 404" });
    expect(await counts()).toEqual(before);
  });

  it("refuses the cloud metadata address and an address on this server that is not allow-listed, without fetching", async () => {
    const requests = server.state.requests;
    const metadata = await attachSpecByUrl(database.db, people.dvlaPublisher, apiId, "https://169.254.169.254/latest/meta-data/", LOCAL);
    expect(metadata).toEqual({ ok: false, error: expect.stringContaining("169.254.169.254") });
    const loopback = await attachSpecByUrl(database.db, people.dvlaPublisher, apiId, server.url, { ...LOCAL, allowList: [] });
    expect(loopback).toEqual({ ok: false, error: expect.stringContaining("loopback") });
    expect(server.state.requests).toBe(requests);
    expect((await counts()).sources).toBe(0);
  });

  it("refuses a document that is not a usable spec with the check's reason, and saves nothing", async () => {
    server.state.document = "[1, 2, 3]";
    const before = await counts();
    const result = await attachSpecByUrl(database.db, people.dvlaPublisher, apiId, server.url, LOCAL);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/object/) });
    expect(await counts()).toEqual(before);
  });

  it("refuses a publisher of another organisation before fetching anything", async () => {
    const requests = server.state.requests;
    await expect(attachSpecByUrl(database.db, people.hmrcPublisher, apiId, server.url, LOCAL)).rejects.toBeInstanceOf(ForbiddenError);
    expect(server.state.requests).toBe(requests);
  });

  it("recognises text already stored, still following the address; an upload afterwards stops following it", async () => {
    await attachSpec(database.db, people.dvlaPublisher, apiId, { bytes: Buffer.from(specText("Vehicle tax")), arrivedVia: "paste" });
    const result = await attachSpecByUrl(database.db, people.dvlaPublisher, apiId, server.url, LOCAL);
    expect(result).toMatchObject({ ok: true, unchanged: true });
    expect(await counts()).toMatchObject({ revisions: 1, sources: 1 });

    await attachSpec(database.db, people.dvlaPublisher, apiId, { bytes: Buffer.from(specText("Vehicle tax, uploaded")), arrivedVia: "upload" });
    expect(await counts()).toMatchObject({ revisions: 2, sources: 0 });
    const dropped = await database.db.auditEvent.findFirstOrThrow({ where: { entityType: "Api", entityId: apiId }, orderBy: { at: "desc" } });
    expect(JSON.parse(dropped.changes)).toMatchObject({ specUrl: { before: server.url, after: null } });
  });
});
