import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { recordAudit } from "@/lib/audit/record";
import { openDataResponseFor, type OpenDataFile } from "./files";

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const get = (file: OpenDataFile, query = "", headers: Record<string, string> = {}, viewer = ANONYMOUS) =>
  openDataResponseFor(test.db, viewer, new Request(`https://catalogue.example/data/${file}${query}`, { headers }), file);

beforeAll(async () => {
  test = await createTestDatabase();
  people = await seedPublishing(test.db);
  await test.db.$transaction(async (tx) => {
    const open = await tx.api.create({ data: { slug: "tax", name: "Tax", organisationId: people.hmrc.id, status: "published", description: "=cmd", dateAdded: new Date("2024-01-02T00:00:00Z"), tags: { create: [{ tag: "vat" }, { tag: "duty" }] } } });
    await recordAudit(tx, { actor: "test", action: "create", entityType: "Api", entityId: open.id, after: { name: "Tax" } });
    const internal = await tx.api.create({ data: { slug: "secret", name: "Secret", organisationId: people.hmrc.id, status: "published", visibility: "internal" } });
    await recordAudit(tx, { actor: "test", action: "create", entityType: "Api", entityId: internal.id, after: { name: "Secret" } });
  });
});
afterAll(() => test.drop());

describe("the open-data files", () => {
  it("streams the CSV to anyone, shared briefly by a CDN and tagged with the catalogue's version", async () => {
    const response = await get("apis.csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="apis.csv"');
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("link")).toBe('<https://catalogue.example/data/apis.csv-metadata.json>; rel="describedby"; type="application/csvm+json"');
    const etag = response.headers.get("etag")!;
    const text = await response.text();
    expect(text.split("\n")[0]).toMatch(/^dateAdded,dateUpdated,url,name,description,documentation,license,maintainer,areaServed,startDate,endDate,provider,id,/);
    expect(text).toContain(",Tax,'=cmd,");
    expect(text).not.toContain("Secret");
    expect((await get("apis.csv", "", { "If-None-Match": etag })).status).toBe(304);
  });

  it("gives a signed-in person their own view, kept private", async () => {
    const response = await get("apis.json", "", {}, people.hmrcPublisher);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.json();
    expect(body.apis.map((a: { name: string }) => a.name).sort()).toEqual(["Secret", "Tax"]);
    expect(body.licence).toMatch(/open-government-licence/);
    expect(body.apis.find((a: { name: string }) => a.name === "Tax")).toMatchObject({ provider: "hm-revenue-customs", dateAdded: "2024-01-02", dateUpdated: null, tags: ["duty", "vat"], servesDataset: false, system: null, link: "https://catalogue.example/apis/tax" });
  });

  it("serves the CSV on the Web metadata as its media type", async () => {
    const response = await get("systems.csv-metadata.json");
    expect(response.headers.get("content-type")).toBe("application/csvm+json; charset=utf-8");
    expect((await response.json()).url).toBe("systems.csv");
  });

  it("answers the JSON feed with changes and a cursor, and refuses a bad cursor with a JSON error", async () => {
    const body = await (await get("changes.json")).json();
    expect(body).toMatchObject({ more: false, changes: [{ type: "api", change: "created", record: { name: "Tax" } }] });
    expect(body.changes).toHaveLength(1);
    const after = await (await get("changes.json", `?after=${body.cursor}`)).json();
    expect(after).toEqual({ changes: [], cursor: body.cursor, more: false });
    const bad = await get("changes.json", "?after=nonsense");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "bad_cursor", message: expect.stringMatching(/cursor/) } });
    expect((await get("changes.atom", "?limit=0")).status).toBe(400);
  });

  it("answers the Atom feed as Atom", async () => {
    const response = await get("changes.atom");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(await response.text()).toContain("<title>API ‘Tax’ added</title>");
  });

  it("links with the service's public address where one is set, not the address the request reached", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://www.catalogue.example/");
    try {
      const body = await (await get("apis.json")).json();
      expect(body.apis[0].link).toBe("https://www.catalogue.example/apis/tax");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
