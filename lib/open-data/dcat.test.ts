import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { dcatParts } from "./dcat";
import { pulled } from "./stream";

const origin = "https://catalogue.example";
const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
  const org = await test.db.organisation.create({ data: { slug: "hmrc", name: "HMRC" } });
  const base = { organisationId: org.id, description: "Tax", status: "published" };
  await test.db.api.create({ data: { ...base, slug: "vat", name: "VAT", url: "https://api.hmrc.example/vat", maintainer: "VAT team <vat@hmrc.example>", hasSpec: true, dateAdded: new Date("2024-01-02T00:00:00Z") } });
  await test.db.api.create({ data: { ...base, slug: "secret", name: "Secret", visibility: "internal" } });
});
afterAll(() => test.drop());

// Only the embedded context: nothing is fetched.
const documentLoader = async (url: string) => {
  throw new Error(`no remote context may be loaded: ${url}`);
};

describe("the DCAT-AP view", () => {
  it("is JSON-LD: a dcat:Catalog of the APIs as dcat:DataService and the downloads as datasets", async () => {
    const text = await new Response(pulled(dcatParts(test.db, ANONYMOUS, origin))).text();
    const expanded = (await jsonld.expand(JSON.parse(text), { documentLoader })) as Record<string, unknown[]>[];
    const catalog = expanded[0]!;
    expect(catalog["@type"]).toEqual([`${DCAT}Catalog`]);
    const services = catalog[`${DCAT}service`] as Record<string, unknown>[];
    expect(services).toHaveLength(1);
    const vat = services[0]!;
    expect(vat["@type"]).toEqual([`${DCAT}DataService`]);
    expect(vat["@id"]).toBe(`${origin}/apis/vat`);
    expect(vat[`${DCAT}endpointURL`]).toEqual([{ "@id": "https://api.hmrc.example/vat" }]);
    expect(vat[`${DCAT}endpointDescription`]).toEqual([{ "@id": `${origin}/apis/vat/openapi/bundled.json` }]);
    expect(vat[`${DCT}publisher`]).toEqual([{ "@id": `${origin}/organisations/hmrc` }]);
    expect(vat[`${DCT}issued`]).toEqual([{ "@type": "http://www.w3.org/2001/XMLSchema#date", "@value": "2024-01-02" }]);
    expect(JSON.stringify(vat[`${DCAT}contactPoint`])).toContain("mailto:vat@hmrc.example");
    const datasets = catalog[`${DCAT}dataset`] as Record<string, unknown>[];
    expect(datasets.map((d) => d["@type"])).toEqual([[`${DCAT}Dataset`], [`${DCAT}Dataset`], [`${DCAT}Dataset`]]);
    const downloads = datasets.flatMap((d) => (d[`${DCAT}distribution`] as Record<string, { "@id": string }[]>[]).map((x) => x[`${DCAT}downloadURL`]![0]!["@id"]));
    expect(downloads).toContain(`${origin}/data/apis.csv`);
    expect(downloads).toContain(`${origin}/data/connections.json`);
    expect(text).not.toContain("Secret");
  });
});
