/**
 * An API or system hidden while it was written (internal, a draft) and shown to more people
 * later: its history, versions, comparisons and downloads show each viewer only what they could
 * see when it was written, whoever can see the record now.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { getApi } from "@/lib/catalogue/apis";
import { createApi, publishApi, updateApi } from "@/lib/catalogue/publishing/apis";
import { createSystem, publishSystem, updateSystem } from "@/lib/catalogue/publishing/systems";
import { apiInput, seedPublishing, systemInput } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { attachSpec } from "@/lib/openapi/attach";
import { DOWNLOAD_FILES, findDownloadRevision } from "@/lib/openapi/download";
import { apiRevision, apiRevisions, compareApiRevisions } from "@/lib/openapi/versions";
import { latestCheck } from "@/lib/openapi/checks";
import { historyOf, systemHistory } from "./queries";

const SECRET = "SECRET-7731";
const spec = (server: string, paths = "") => `openapi: 3.0.3
info: { title: Tax records, version: "1.0" }
servers: [{ url: "${server}" }]
paths:
  /records:
    get:
      responses: { "200": { description: OK } }
${paths}`;
const V1 = spec(`https://${SECRET}.internal.example`);
const V2 = spec("https://api.example.gov.uk");
const V3 = spec("https://api.example.gov.uk", "  /records/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { \"200\": { description: OK } }\n");

let t: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
let signedIn: Viewer;
const ids = { api: "", v1: "", v2: "", v3: "", shownApi: "", shownV1: "", system: "" };
const slugs = { api: "", shownApi: "", system: "" };

async function upload(viewer: Viewer, apiId: string, text: string) {
  const result = await attachSpec(t.db, viewer, apiId, { bytes: Buffer.from(text), arrivedVia: "upload", origin: "spec.yaml" });
  if (!result.ok) throw new Error(result.error);
  return result.revisionId;
}

beforeAll(async () => {
  t = await createTestDatabase();
  people = await seedPublishing(t.db);
  signedIn = people.newcomer;
  const publisher = people.dvlaPublisher;
  // Internal, with a secret in its description and its first spec; given a clean spec and description as it is made public; then a third version.
  const created = await createApi(t.db, publisher, apiInput(people.dvla.id, { name: "Tax records", visibility: "internal", description: `Calls go to ${SECRET}.` }), { publish: true });
  if (!created.ok) throw new Error("not created");
  ids.api = created.api.id;
  slugs.api = created.api.slug;
  ids.v1 = await upload(publisher, ids.api, V1);
  ids.v2 = await upload(publisher, ids.api, V2);
  const opened = await updateApi(t.db, publisher, ids.api, created.api.version, apiInput(people.dvla.id, { name: "Tax records", visibility: "public", description: "Tax records, for everyone." }));
  if (!opened.ok) throw new Error("not updated");
  ids.v3 = await upload(publisher, ids.api, V3);

  // A draft with a clean spec, then published: the version it shows everyone is theirs to see.
  const draft = await createApi(t.db, publisher, apiInput(people.dvla.id, { name: "Fuel duty" }));
  if (!draft.ok) throw new Error("not created");
  ids.shownApi = draft.api.id;
  slugs.shownApi = draft.api.slug;
  ids.shownV1 = await upload(publisher, ids.shownApi, V2);
  const published = await publishApi(t.db, publisher, ids.shownApi, draft.api.version);
  if (!published.ok) throw new Error("not published");

  const system = await createSystem(t.db, publisher, systemInput(people.dvla.id, { description: `Runs on ${SECRET}.` }));
  if (!system.ok) throw new Error("not created");
  ids.system = system.system.id;
  slugs.system = system.system.slug;
  const edited = await updateSystem(t.db, publisher, ids.system, system.system.version, systemInput(people.dvla.id, { description: "The vehicle register." }));
  if (!edited.ok) throw new Error("not updated");
  await publishSystem(t.db, publisher, ids.system, edited.system.version);
}, 120_000);
afterAll(() => t.drop());

describe("an internal API made public", () => {
  it("shows anonymous visitors and other signed-in people nothing of its history from while it was internal", async () => {
    for (const viewer of [ANONYMOUS, signedIn]) {
      const history = await historyOf(t.db, viewer, "Api", ids.api);
      expect(JSON.stringify(history)).not.toContain(SECRET);
      // Created (internal) and its first two versions arriving are not there.
      expect(history?.entries.map((e) => e.summary)).toEqual(["OpenAPI description added", expect.stringMatching(/^Updated: description, .*who can use it/)]);
      expect(history?.withheld).toBe(3);
      const opened = history!.entries.at(-1)!;
      expect(opened.withheld).toBe("before");
      expect(opened.changes.find((c) => c.field === "visibility")).toEqual({ field: "visibility", label: "Who can use it", before: null, after: "Public" });
      expect(opened.changes.find((c) => c.field === "description")?.before).toBeNull();
    }
  });

  it("still shows its members and assessors everything", async () => {
    for (const viewer of [people.dvlaPublisher, people.assessor]) {
      const history = await historyOf(t.db, viewer, "Api", ids.api);
      expect(history?.withheld).toBe(0);
      expect(history?.entries).toHaveLength(5);
      expect(JSON.stringify(history)).toContain(SECRET);
      expect(history!.entries.find((e) => e.summary.startsWith("Updated"))?.withheld).toBeUndefined();
    }
  });

  it("lists, numbers and offers for comparison only the versions public since they were stored or made current", async () => {
    const found = await apiRevisions(t.db, ANONYMOUS, slugs.api);
    expect(found?.revisions.map((r) => [r.id, r.number])).toEqual([
      [ids.v3, 2],
      [ids.v2, 1],
    ]);
    expect(found).toMatchObject({ total: 2, withheld: 1 });
    expect(found?.options.map((o) => o.id)).toEqual([ids.v3, ids.v2]);
    // The second version, current as the API was made public, was compared with the hidden first: nothing of that comparison is given.
    expect(found?.revisions[1]).toMatchObject({ previousId: null, breakingChanges: null, previousWithheld: true });
    expect(found?.revisions[0]).toMatchObject({ previousId: ids.v2, previousWithheld: false });
    const member = await apiRevisions(t.db, people.dvlaPublisher, slugs.api);
    expect(member?.revisions.map((r) => r.number)).toEqual([3, 2, 1]);
    expect(member).toMatchObject({ total: 3, withheld: 0 });
    expect((await getApi(t.db, ANONYMOUS, slugs.api))?._count.specRevisions).toBe(2);
    expect((await getApi(t.db, people.dvlaPublisher, slugs.api))?._count.specRevisions).toBe(3);
  });

  it("has no page for a version stored while it was internal, and no differences from it", async () => {
    expect(await apiRevision(t.db, ANONYMOUS, slugs.api, ids.v1)).toBeNull();
    const second = await apiRevision(t.db, ANONYMOUS, slugs.api, ids.v2);
    expect(second?.revision).toMatchObject({ number: 1, previous: null, previousWithheld: true, changes: [] });
    expect(second?.revision.check.breakingChanges).toBeNull();
    expect((await apiRevision(t.db, people.dvlaPublisher, slugs.api, ids.v2))?.revision).toMatchObject({ number: 2, previous: { id: ids.v1, number: 1 }, previousWithheld: false });
  });

  it("compares only versions the viewer may see", async () => {
    const hidden = await compareApiRevisions(t.db, ANONYMOUS, slugs.api, { from: ids.v1, to: ids.v3 });
    expect(hidden?.outcome).toMatchObject({ ok: false, errors: { from: expect.stringMatching(/not a checked version/) } });
    expect((await compareApiRevisions(t.db, ANONYMOUS, slugs.api, { from: ids.v2, to: ids.v3 }))?.outcome.ok).toBe(true);
    expect((await compareApiRevisions(t.db, people.dvlaPublisher, slugs.api, { from: ids.v1, to: ids.v3 }))?.outcome.ok).toBe(true);
  });

  it("gives no download of a version stored while it was internal", async () => {
    for (const file of DOWNLOAD_FILES) {
      expect(await findDownloadRevision(t.db, ANONYMOUS, slugs.api, file, ids.v1)).toBeNull();
      expect(await findDownloadRevision(t.db, signedIn, slugs.api, file, ids.v1)).toBeNull();
      expect((await findDownloadRevision(t.db, people.dvlaPublisher, slugs.api, file, ids.v1))?.text).toContain(SECRET);
    }
    expect((await findDownloadRevision(t.db, ANONYMOUS, slugs.api, "original"))?.id).toBe(ids.v3);
  });
});

describe("a draft published with a version already stored", () => {
  it("shows everyone the version it now documents", async () => {
    expect((await apiRevisions(t.db, ANONYMOUS, slugs.shownApi))?.revisions.map((r) => r.id)).toEqual([ids.shownV1]);
    expect((await findDownloadRevision(t.db, ANONYMOUS, slugs.shownApi, "bundled.json", ids.shownV1))?.id).toBe(ids.shownV1);
    expect((await latestCheck(t.db, ANONYMOUS, ids.shownApi))?.id).toBe(ids.shownV1);
    // Its arrival was while it was a draft: not in the history anonymous visitors see.
    const history = await historyOf(t.db, ANONYMOUS, "Api", ids.shownApi);
    expect(history?.entries.map((e) => e.summary)).toEqual(["Published"]);
    expect(history?.entries[0]?.withheld).toBe("before");
  });
});

describe("a draft system published", () => {
  it("shows anonymous visitors only its publishing, without what it was before", async () => {
    const found = await systemHistory(t.db, ANONYMOUS, slugs.system);
    expect(JSON.stringify(found)).not.toContain(SECRET);
    expect(found?.history.map((e) => [e.summary, e.withheld])).toEqual([["Published", "before"]]);
    expect(found?.withheld).toBe(2);
    const own = await systemHistory(t.db, people.dvlaPublisher, slugs.system);
    expect(own?.history).toHaveLength(3);
    expect(JSON.stringify(own)).toContain(SECRET);
  });
});
