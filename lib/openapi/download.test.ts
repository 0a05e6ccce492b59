import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/catalogue/visibility";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { zipOf } from "./archive-testing";
import { downloadBody, downloadHeaders, downloadHref, downloadInput, findDownloadRevision, latestCheckedRevisionId, sourceIsJson } from "./download";

const YAML_SOURCE = "openapi: 3.0.3\ninfo: { title: Vehicle tax, version: '1.0' }\npaths: {}\n";
const JSON_SOURCE = '{"openapi":"3.1.0","info":{"title":"Vehicle tax","version":"2.0"},"paths":{}}';
const BUNDLED = JSON.stringify({ openapi: "3.0.3", info: { title: "Vehicle tax", version: "1.0", description: "Line one\nline two" }, paths: {} });

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  people = await seedPublishing(db);
  const api = (slug: string, fields: Record<string, string>) => db.api.create({ data: { slug, name: slug, organisationId: people.dvla.id, ...fields } });
  const open = await api("vehicle-tax", { status: "published", visibility: "public" });
  const internal = await api("internal-register", { status: "published", visibility: "internal" });
  const other = await api("other", { status: "published", visibility: "public" });
  const revision = async (apiId: string, name: string, fields: Record<string, unknown>, minutesAgo: number) => {
    const audience = { audience: apiId === internal.id ? "internal" : "public", audienceOrganisationId: people.dvla.id };
    const created = await db.specRevision.create({ data: { apiId, contentHash: name, arrivedVia: "upload", createdAt: new Date(Date.now() - minutesAgo * 60_000), ...audience, ...fields } as never });
    ids[name] = created.id;
  };
  await revision(open.id, "first", { source: YAML_SOURCE, status: "checked", bundled: BUNDLED }, 30);
  // Stored while the API was internal: not for anyone who could not see it then.
  await revision(open.id, "hidden", { source: "openapi: 3.0.3 # internal", status: "checked", bundled: BUNDLED, audience: "internal" }, 25);
  await revision(open.id, "second", { source: JSON_SOURCE, status: "checked", bundled: BUNDLED }, 20);
  // The newest revision was refused: the page keeps documenting the latest checked one.
  await revision(open.id, "refused", { source: "swaggerVersion: '1.2'\n", status: "refused", error: "Swagger 1.2" }, 10);
  await revision(internal.id, "internal", { source: YAML_SOURCE, status: "checked", bundled: BUNDLED }, 10);
  await revision(other.id, "other", { source: YAML_SOURCE, status: "checked", bundled: BUNDLED }, 10);
});
afterAll(() => database.drop());

describe("choosing the revision to download", () => {
  it("is the latest checked revision by default, not a newer refused one", async () => {
    const revision = await findDownloadRevision(database.db, ANONYMOUS, "vehicle-tax", "original");
    expect(revision).toEqual({ id: ids.second, slug: "vehicle-tax", text: JSON_SOURCE });
    const api = await database.db.api.findUniqueOrThrow({ where: { slug: "vehicle-tax" } });
    expect(await latestCheckedRevisionId(database.db, api.id)).toBe(ids.second);
    // Told the latest revision, it needs no query unless that one was not checked.
    expect(await latestCheckedRevisionId(database.db, api.id, { id: "latest", status: "checked" })).toBe("latest");
    expect(await latestCheckedRevisionId(database.db, api.id, null)).toBeNull();
    expect(await latestCheckedRevisionId(database.db, api.id, { id: ids.refused!, status: "refused" })).toBe(ids.second);
  });

  it("is the named revision when it belongs to the API, and nothing when it belongs to another", async () => {
    expect((await findDownloadRevision(database.db, ANONYMOUS, "vehicle-tax", "original", ids.first))?.text).toBe(YAML_SOURCE);
    expect(await findDownloadRevision(database.db, ANONYMOUS, "vehicle-tax", "original", ids.other)).toBeNull();
  });

  it("is nothing when the named revision was stored while the viewer could not see the API", async () => {
    expect(await findDownloadRevision(database.db, ANONYMOUS, "vehicle-tax", "original", ids.hidden)).toBeNull();
    expect(await findDownloadRevision(database.db, ANONYMOUS, "vehicle-tax", "bundled.json", ids.hidden)).toBeNull();
    expect(await findDownloadRevision(database.db, people.hmrcPublisher, "vehicle-tax", "bundled.yaml", ids.hidden)).toBeNull();
    expect((await findDownloadRevision(database.db, people.dvlaPublisher, "vehicle-tax", "original", ids.hidden))?.text).toMatch(/# internal/);
  });

  it("offers a refused revision's original but no bundle", async () => {
    const original = await findDownloadRevision(database.db, ANONYMOUS, "vehicle-tax", "original", ids.refused);
    expect(original?.text).toMatch(/swaggerVersion/);
    const bundled = await findDownloadRevision(database.db, ANONYMOUS, "vehicle-tax", "bundled.json", ids.refused);
    expect(bundled).toEqual({ id: ids.refused, slug: "vehicle-tax", text: null });
    expect(downloadBody(bundled!, "bundled.json")).toBeNull();
  });

  it("finds nothing for a viewer who cannot see the API", async () => {
    expect(await findDownloadRevision(database.db, ANONYMOUS, "internal-register", "original")).toBeNull();
    expect(await findDownloadRevision(database.db, people.hmrcPublisher, "internal-register", "bundled.yaml", ids.internal)).toBeNull();
    expect((await findDownloadRevision(database.db, people.dvlaPublisher, "internal-register", "bundled.yaml"))?.id).toBe(ids.internal);
    expect(await findDownloadRevision(database.db, ANONYMOUS, "no-such-api", "original")).toBeNull();
  });
});

describe("the downloaded file", () => {
  const revision = (text: string | null) => ({ id: "r1", slug: "vehicle-tax", text });

  it("serves the original exactly as it arrived, typed and named by what it is", () => {
    expect(downloadBody(revision(YAML_SOURCE), "original")).toEqual({ body: YAML_SOURCE, contentType: "application/yaml; charset=utf-8", fileName: "vehicle-tax-openapi.yaml" });
    expect(downloadBody(revision(JSON_SOURCE), "original")).toEqual({ body: JSON_SOURCE, contentType: "application/json; charset=utf-8", fileName: "vehicle-tax-openapi.json" });
  });

  it("tells JSON from YAML that merely starts with a brace", () => {
    expect(sourceIsJson(' \n{"openapi": "3.0.0"}')).toBe(true);
    expect(sourceIsJson("{openapi: 3.0.0, info: {}}")).toBe(false);
    expect(sourceIsJson(YAML_SOURCE)).toBe(false);
  });

  it("serves the bundle as JSON and as YAML that parses back to the same document", () => {
    expect(downloadBody(revision(BUNDLED), "bundled.json")).toEqual({ body: BUNDLED, contentType: "application/json; charset=utf-8", fileName: "vehicle-tax-openapi-bundled.json" });
    const yaml = downloadBody(revision(BUNDLED), "bundled.yaml")!;
    expect(yaml.contentType).toBe("application/yaml; charset=utf-8");
    expect(yaml.fileName).toBe("vehicle-tax-openapi-bundled.yaml");
    expect(YAML.parse(yaml.body as string)).toEqual(JSON.parse(BUNDLED));
  });

  it("serves a multi-file spec's original as the .zip it arrived as", async () => {
    const { db } = database;
    const zip = zipOf({ "openapi.yaml": YAML_SOURCE });
    const api = await db.api.findUniqueOrThrow({ where: { slug: "other" } });
    const stored = await db.specRevision.create({ data: { apiId: api.id, contentHash: "zip", arrivedVia: "upload", source: YAML_SOURCE, archive: zip, archiveRoot: "openapi.yaml", status: "checked", bundled: BUNDLED, audience: "public", audienceOrganisationId: api.organisationId } });
    const original = await findDownloadRevision(db, ANONYMOUS, "other", "original", stored.id);
    expect(downloadBody(original!, "original")).toEqual({ body: zip, contentType: "application/zip", fileName: "other-openapi.zip" });
    expect(downloadBody((await findDownloadRevision(db, ANONYMOUS, "other", "bundled.json", stored.id))!, "bundled.json")?.body).toBe(BUNDLED);
  });

  it("is an attachment, never sniffed, kept privately and revalidated", () => {
    const headers = downloadHeaders("r1", "original", downloadBody(revision(YAML_SOURCE), "original")!);
    expect(headers).toEqual({
      "Content-Type": "application/yaml; charset=utf-8",
      "Content-Disposition": 'attachment; filename="vehicle-tax-openapi.yaml"',
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-cache",
      ETag: '"r1-original"',
    });
  });

  it("keeps the file name safe whatever the slug holds", () => {
    expect(downloadBody({ id: "r1", slug: 'a"b\r\nc', text: YAML_SOURCE }, "original")!.fileName).toBe("a-b-c-openapi.yaml");
  });
});

describe("the route's input", () => {
  it("accepts the three files and a revision id, and nothing else", () => {
    expect(downloadInput.safeParse({ file: "bundled.yaml", revision: "cmabc123" }).success).toBe(true);
    expect(downloadInput.safeParse({ file: "original" }).success).toBe(true);
    expect(downloadInput.safeParse({ file: "bundled.xml" }).success).toBe(false);
    expect(downloadInput.safeParse({ file: "original", revision: "../x" }).success).toBe(false);
  });

  it("links to the latest or to one revision", () => {
    expect(downloadHref("vehicle-tax", "bundled.json")).toBe("/apis/vehicle-tax/openapi/bundled.json");
    expect(downloadHref("vehicle-tax", "original", "r1")).toBe("/apis/vehicle-tax/openapi/original?revision=r1");
  });
});
