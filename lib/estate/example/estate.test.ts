import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_COLUMNS } from "@/lib/catalogue/import/api-row";
import { parseCsv } from "@/lib/catalogue/import/csv";
import { ORGANISATION_COLUMNS } from "@/lib/catalogue/import/organisation-row";
import { SEED_SPECS } from "@/lib/catalogue/import/specs";
import { slugify } from "@/lib/catalogue/slug";
import { systemFormSchema } from "@/lib/catalogue/publishing/schemas";
import { EXAMPLE_ESTATE, exampleEstateSchema } from "./estate";
import ESTATE from "./estate.json";

const csvDir = path.resolve(__dirname, "../../../../shared/data/uk-api-catalogue");
const read = (file: string, columns: readonly string[]) => parseCsv(fs.readFileSync(path.join(csvDir, file), "utf8"), columns, file).records.map((r) => r.values);
const { systems, connections } = EXAMPLE_ESTATE;
const systemBySlug = new Map(systems.map((s) => [s.slug, s]));

describe("the example estate's data file", () => {
  it("is some 40 systems and 80 connections across 8 organisations", () => {
    expect(systems.length).toBeGreaterThanOrEqual(35);
    expect(systems.length).toBeLessThanOrEqual(45);
    expect(connections.length).toBeGreaterThanOrEqual(70);
    expect(connections.length).toBeLessThanOrEqual(90);
    expect(new Set(systems.map((s) => s.organisation)).size).toBe(8);
  });

  it("names only real organisations of the api.gov.uk catalogue, and their real APIs", () => {
    const organisations = new Set(read("organisation.csv", ORGANISATION_COLUMNS).map((o) => o.id));
    expect(systems.filter((s) => !organisations.has(s.organisation)).map((s) => s.slug)).toEqual([]);
    // The catalogue's APIs, and those the import creates from a seed spec the catalogue lacks.
    const apis = new Set([...read("catalogue.csv", CATALOGUE_COLUMNS).map((a) => ({ organisation: a.provider, apiName: a.name ?? "" })), ...SEED_SPECS].map((a) => `${a.organisation}/${slugify(a.apiName)}`));
    const unknown = systems.flatMap((s) => s.apis.filter((api) => !apis.has(`${s.organisation}/${api}`)));
    expect(unknown).toEqual([]);
  });

  it("builds on GOV.UK Pay, GOV.UK Notify and GOV.UK One Login, each used by several organisations", () => {
    for (const slug of ["gov-uk-pay", "gov-uk-notify", "gov-uk-one-login"]) {
      expect(systemBySlug.get(slug)?.organisation).toBe("government-digital-service");
      const users = connections.filter((c) => c.to === slug).map((c) => systemBySlug.get(c.from)!.organisation);
      expect(new Set(users).size, slug).toBeGreaterThanOrEqual(5);
    }
  });

  it("offers GOV.UK Pay, Notify and One Login as shared platforms, with reuse the system form would accept", () => {
    expect(systems.filter((s) => s.reuse?.sharedPlatform).map((s) => s.slug)).toEqual(["gov-uk-pay", "gov-uk-notify", "gov-uk-one-login"]);
    for (const s of systems.filter((x) => x.reuse)) {
      const { capabilities, sharedPlatform, ...reuse } = s.reuse!;
      const form = { organisationId: "org", name: s.name, description: s.description, lifecycle: s.lifecycle, hosting: s.hosting, ownerTeam: s.ownerTeam, ownerEmail: "team@example.gov.uk", ...reuse, capabilities: capabilities.join("\n"), sharedPlatform: sharedPlatform ? "yes" : "no" };
      const parsed = systemFormSchema.safeParse(form);
      expect(parsed.error?.issues, s.slug).toBeUndefined();
      expect(parsed.data?.licence, s.slug).toBe(reuse.licence);
    }
  });

  it("connects only its own systems, never one to itself, and each pair at most once", () => {
    expect(connections.filter((c) => !systemBySlug.has(c.from) || !systemBySlug.has(c.to))).toEqual([]);
    expect(connections.filter((c) => c.from === c.to)).toEqual([]);
    const keys = connections.map((c) => [c.from, c.to].sort().join(" "));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(systems.map((s) => s.slug)).size).toBe(systems.length);
  });

  it("goes through an API only of the receiving system", () => {
    expect(connections.filter((c) => c.api && !systemBySlug.get(c.to)!.apis.includes(c.api))).toEqual([]);
  });

  it("shows every state a connection can be in: unconfirmed, one disputed with its reason, personal data logged or not, every visibility", () => {
    const count = (test: (c: (typeof connections)[number]) => boolean) => connections.filter(test).length;
    expect(count((c) => c.confirmation === "unconfirmed")).toBeGreaterThanOrEqual(5);
    expect(connections.filter((c) => c.confirmation === "disputed").map((c) => c.disputeReason)).toEqual([expect.stringMatching(/.{20}/)]);
    expect(count((c) => c.personalDataLogged === true)).toBeGreaterThan(0);
    expect(count((c) => c.personalDataLogged === false)).toBeGreaterThan(0);
    for (const visibility of ["public", "government", "internal"]) expect(count((c) => c.visibility === visibility), visibility).toBeGreaterThan(0);
    expect(count((c) => Boolean(c.api))).toBeGreaterThanOrEqual(20);
  });

  it("refuses values outside the vocabulary, a self-connection and a dispute with no reason", () => {
    const connection = ESTATE.connections[0]!;
    const withConnection = (change: Record<string, unknown>) => exampleEstateSchema.safeParse({ ...ESTATE, connections: [{ ...connection, ...change }] }).success;
    expect(withConnection({})).toBe(true);
    expect(withConnection({ technology: "carrier-pigeon" })).toBe(false);
    expect(withConnection({ to: connection.from })).toBe(false);
    expect(withConnection({ confirmation: "disputed" })).toBe(false);
    expect(withConnection({ personalDataLogged: undefined })).toBe(false);
  });
});
