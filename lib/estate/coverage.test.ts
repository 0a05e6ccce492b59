import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { estateCoverage, formatShare, type CoverageFigures } from "./coverage";

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
let other: { id: string };

/**
 * DVLA: a register (a public API), a tax service (none), a retired system (with an API) and a
 * draft. HMRC: tax records (a government API), PAYE and a system with no connection. Another
 * organisation's system with nothing. Connections: register → tax records through HMRC's
 * government API (public, confirmed); tax service → register (government, unconfirmed, not an
 * open standard); PAYE → tax records (internal, confirmed); register → PAYE (retired); draft →
 * tax records (public, confirmed); tax service → register through the register's API (public,
 * disputed).
 */
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  people = await seedPublishing(db);
  other = await db.organisation.create({ data: { slug: "other", name: "Other organisation" } });
  const system = (slug: string, organisationId: string, extra: { status?: string; lifecycle?: string } = {}) => db.system.create({ data: { slug, name: slug, organisationId, ...extra } });
  const register = await system("register", people.dvla.id);
  const tax = await system("tax", people.dvla.id);
  const retired = await system("retired", people.dvla.id, { lifecycle: "retired" });
  const draft = await system("draft", people.dvla.id, { status: "draft" });
  const records = await system("records", people.hmrc.id);
  const paye = await system("paye", people.hmrc.id);
  await system("lonely", people.hmrc.id);
  await system("elsewhere", other.id);
  const api = (slug: string, organisationId: string, systemId: string, visibility: string) =>
    db.api.create({ data: { slug, name: slug, organisationId, systemId, visibility, status: "published", authType: "none" } });
  const registerApi = await api("register-api", people.dvla.id, register.id, "public");
  const recordsApi = await api("records-api", people.hmrc.id, records.id, "government");
  await api("retired-api", people.dvla.id, retired.id, "public");
  const connection = (from: { id: string }, to: { id: string }, data: { visibility: string; confirmation: string; openStandard?: boolean; apiId?: string; lifecycle?: string }) =>
    db.connection.create({
      data: { fromSystemId: from.id, toSystemId: to.id, description: "data", technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from", ...data },
    });
  await connection(register, records, { visibility: "public", confirmation: "confirmed", apiId: recordsApi.id });
  await connection(tax, register, { visibility: "government", confirmation: "unconfirmed", openStandard: false });
  await connection(paye, records, { visibility: "internal", confirmation: "confirmed" });
  await connection(register, paye, { visibility: "public", confirmation: "confirmed", lifecycle: "retired" });
  await connection(draft, records, { visibility: "public", confirmation: "confirmed" });
  await connection(tax, register, { visibility: "public", confirmation: "disputed", apiId: registerApi.id });
});
afterAll(() => database.drop());

/** Counts as [count, total] per measure, in the order the measures are listed. */
const counts = (f: CoverageFigures | undefined) =>
  f && [f.systems, f.connections, ...Object.values(f.measures).map((m) => [m.count, m.total])];

async function coverageFor(viewer: Viewer) {
  const coverage = await estateCoverage(database.db, viewer);
  const of = (id: string) => coverage.organisations.find((o) => o.organisation.id === id);
  return { overall: counts(coverage.overall), dvla: counts(of(people.dvla.id)), hmrc: counts(of(people.hmrc.id)), other: counts(of(other.id)), coverage };
}

describe("estate coverage", () => {
  it("counts for an anonymous visitor only public connections between published systems, and public APIs", async () => {
    const { overall, dvla, hmrc, other, coverage: coverageOf } = await coverageFor(ANONYMOUS);
    // systems, connections, with an API, connected, confirmed, open standard, through an API
    expect(overall).toEqual([6, 2, [1, 6], [3, 6], [1, 2], [2, 2], [1, 2]]);
    expect(dvla).toEqual([2, 2, [1, 2], [2, 2], [1, 2], [2, 2], [1, 2]]);
    expect(hmrc).toEqual([3, 1, [0, 3], [1, 3], [1, 1], [1, 1], [0, 1]]);
    expect(other).toEqual([1, 0, [0, 1], [0, 1], [0, 0], [0, 0], [0, 0]]);
    expect(coverageOf.overall.examples).toBe(0);
  });

  it("counts government connections and APIs for anyone signed in", async () => {
    const { overall, hmrc } = await coverageFor(people.newcomer);
    expect(overall).toEqual([6, 3, [2, 6], [3, 6], [1, 3], [2, 3], [2, 3]]);
    expect(hmrc).toEqual([3, 1, [1, 3], [1, 3], [1, 1], [1, 1], [1, 1]]);
  });

  it("counts internal connections for their organisations' publishers, and a draft system for its own", async () => {
    const hmrc = await coverageFor(people.hmrcPublisher);
    expect(hmrc.overall).toEqual([6, 4, [2, 6], [4, 6], [2, 4], [3, 4], [2, 4]]);
    expect(hmrc.hmrc).toEqual([3, 2, [1, 3], [2, 3], [2, 2], [2, 2], [1, 2]]);
    const dvla = await coverageFor(people.dvlaPublisher);
    expect(dvla.dvla).toEqual([3, 4, [1, 3], [3, 3], [2, 4], [3, 4], [2, 4]]);
    expect(dvla.hmrc).toEqual([3, 2, [1, 3], [1, 3], [2, 2], [2, 2], [1, 2]]);
  });

  it("never counts retired systems or retired connections, even for admins", async () => {
    const { overall } = await coverageFor(people.admin);
    expect(overall).toEqual([7, 5, [2, 7], [5, 7], [3, 5], [4, 5], [2, 5]]);
  });

  it("lists organisations with something to count, by name, with the same figures for one organisation alone", async () => {
    const { coverage, hmrc } = await coverageFor(ANONYMOUS);
    expect(coverage.organisations.map((o) => o.organisation.slug)).toEqual(["driver-and-vehicle-licensing-agency", "hm-revenue-customs", "other"]);
    const alone = await estateCoverage(database.db, ANONYMOUS, { organisationId: people.hmrc.id });
    expect(alone.organisations.map((o) => o.organisation.slug)).toEqual(["hm-revenue-customs"]);
    expect(counts(alone.organisations[0])).toEqual(hmrc);
  });

  it("gives each share as a fraction and in words, with no share when there is nothing to count", async () => {
    const { coverage } = await coverageFor(ANONYMOUS);
    expect(coverage.overall.measures.systemsConnected).toEqual({ count: 3, total: 6, share: 0.5 });
    expect(formatShare(coverage.overall.measures.systemsWithApi)).toBe("17%");
    const elsewhere = coverage.organisations.find((o) => o.organisation.slug === "other")!;
    expect(elsewhere.measures.connectionsConfirmed.share).toBeNull();
    expect(formatShare(elsewhere.measures.connectionsConfirmed)).toBe("–");
  });
});
