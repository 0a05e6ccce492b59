// Synthetic catalogue for bench/search.ts: organisations and APIs that look like the real
// api.gov.uk data (skewed sizes, repeated words, mostly public, a few with specs), generated
// from a fixed seed so two runs search exactly the same rows.
import { createHash } from "node:crypto";
import { engineOfClient, type Db } from "../lib/db/index";
import { reindexAll } from "../lib/catalogue/search/indexer";

/** mulberry32: tiny, fast and good enough to make test data repeatable. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let r = next() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1]![0];
  };
  return { next, pick, weighted, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const TOPICS = ["Transport", "Education", "Health", "Work and Pensions", "the Environment", "Business and Trade", "Culture", "Housing", "Justice", "Energy", "Food Standards", "Land", "Maritime", "Revenue", "Skills", "Science", "Statistics", "Rural Affairs", "Water", "Digital Services"];
const PLACES = ["Leeds", "Bristol", "Norfolk", "Kent", "Cardiff", "Glasgow", "Belfast", "Manchester", "Cornwall", "Devon", "Surrey", "Essex", "Sheffield", "Newcastle", "York", "Oxford", "Cambridge", "Swansea", "Dundee", "Hull", "Derby", "Lincoln", "Bath", "Exeter", "Luton", "Brighton", "Wigan", "Salford", "Dorset", "Cumbria"];
const LOCAL = ["City Council", "County Council", "Borough Council", "District Council"];
const BODIES = ["Agency", "Authority", "Office", "Commission", "Service", "Board"];
// [subject, tag]: the tag follows the subject so tag searches and word searches overlap, as in life.
const SUBJECTS: readonly (readonly [string, string])[] = [
  ["Vehicle", "transport"], ["Driving Licence", "transport"], ["MOT History", "transport"], ["Road Traffic", "transport"], ["Bus Timetable", "transport"], ["Rail Performance", "transport"], ["Parking Permit", "transport"],
  ["Flood Warning", "environment"], ["River Level", "environment"], ["Air Quality", "environment"], ["Bathing Water", "environment"], ["Carbon Emissions", "energy"], ["Energy Performance Certificate", "energy"], ["Weather Forecast", "environment"],
  ["Company Register", "business"], ["Insolvency Notice", "business"], ["Trade Tariff", "business"], ["Customs Declaration", "tax"], ["VAT Return", "tax"], ["Income Tax", "tax"], ["Council Tax Band", "tax"], ["Business Rates", "tax"],
  ["School Census", "education"], ["Pupil Attainment", "education"], ["Student Finance", "education"], ["Apprenticeship Vacancy", "education"], ["Teacher Vacancy", "education"],
  ["GP Practice", "health"], ["Prescription", "health"], ["Hospital Waiting Time", "health"], ["Health Records", "health"], ["Food Hygiene Rating", "health"],
  ["Planning Application", "planning"], ["Building Control", "planning"], ["Land Registry Title", "housing"], ["Property Price", "housing"], ["Postcode", "geospatial"], ["Address", "geospatial"], ["Boundary", "geospatial"],
  ["Benefit Eligibility", "benefits"], ["Universal Credit", "benefits"], ["State Pension Forecast", "benefits"], ["National Insurance", "benefits"],
  ["Court Hearing", "justice"], ["Legal Aid", "justice"], ["Crime Statistics", "justice"], ["Passport Application", "identity"], ["Immigration Status", "immigration"], ["Electoral Register", "identity"],
  ["Waste Collection", "local-government"], ["Library Catalogue", "local-government"], ["Bank Holidays", "reference-data"], ["Population Estimate", "statistics"], ["Labour Market", "statistics"], ["Grant Funding", "payments"], ["Contracts Finder", "business"],
];
const KINDS = ["API", "Enquiry API", "Lookup API", "Data API", "Register API", "Submission API", "Notifications API", "Search API", "Statistics API", "Open Data Feed", "Reference Data API", "Status Service", "Events Stream", "Validation Service"];
const TAGS = ["open-data", "statistics", "reference-data", "geospatial", "notifications", "payments", "identity", "real-time", "bulk-download", "citizen-facing", "cross-government", "legacy"];
const AUDIENCES = ["citizens", "local authorities", "software developers", "other government departments", "businesses", "researchers", "caseworkers", "the public"];
const FORMATS = ["JSON", "JSON and CSV", "GeoJSON", "XML", "JSON over REST"];
const FREQUENCIES = ["every 15 minutes", "hourly", "daily", "weekly", "monthly", "as records change"];
const PURPOSES = ["check eligibility before applying", "pre-fill forms", "reduce phone enquiries", "publish open data", "validate submissions", "keep local records up to date", "build dashboards"];

const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const acronymOf = (s: string) => s.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
const daysAgo = (days: number) => new Date(Date.UTC(2026, 0, 1) - days * 86_400_000);

export type SeedSummary = { organisations: number; apis: number; specs: number; public: number; bigOrganisation: string; midOrganisation: string };

export async function seed(db: Db, { apis: apiCount = 10_000, organisations: orgCount = 200, seed: seedValue = 20261122 } = {}): Promise<SeedSummary> {
  const r = prng(seedValue);

  const orgs: { id: string; slug: string; name: string; acronym: string; type: string; website: string }[] = [];
  const seen = new Set<string>();
  while (orgs.length < orgCount) {
    const [name, type] = r.weighted<[string, string]>([
      [[`Department for ${r.pick(TOPICS)}`, "ministerial-department"], 1],
      [[`${r.pick(TOPICS).replace(/^the /, "")} ${r.pick(BODIES)}`, "executive-agency"], 3],
      [[`Office for ${r.pick(TOPICS)}`, "non-ministerial-department"], 1],
      [[`${r.pick(PLACES)} ${r.pick(LOCAL)}`, "local-authority"], 5],
    ]);
    const slug = slugify(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    orgs.push({ id: `bench-org-${orgs.length}`, slug, name, acronym: acronymOf(name), type, website: `https://www.${slug}.gov.uk` });
  }
  await db.organisation.createMany({ data: orgs });

  // Zipf-like sizes: a few organisations own hundreds of APIs, most own a handful.
  const orgWeights = orgs.map((o, i) => [o, 1 / Math.pow(i + 1, 0.8)] as const);
  const apiRows = [];
  const tagRows: { apiId: string; tag: string }[] = [];
  const specRows = [];
  const slugs = new Set<string>();
  for (let i = 0; i < apiCount; i++) {
    const org = r.weighted(orgWeights);
    const [subject, topicTag] = r.pick(SUBJECTS);
    const local = org.type === "local-authority" && r.next() < 0.5 ? `${org.name.split(" ")[0]} ` : "";
    const name = `${local}${subject} ${r.pick(KINDS)}${r.next() < 0.1 ? ` v${r.int(2, 4)}` : ""}`;
    let slug = slugify(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    slugs.add(slug);
    const id = `bench-api-${String(i).padStart(5, "0")}`;
    const lifecycle = r.weighted([["live", 60], ["beta", 15], ["alpha", 8], ["deprecated", 10], ["retired", 7]] as const);
    const added = r.int(30, 3600);
    const hasSpec = r.next() < 0.12;
    const visibility = r.weighted([["public", 82], ["government", 12], ["internal", 6]] as const);
    const sentences = [
      `Lets ${r.pick(AUDIENCES)} ${r.pick(["look up", "query", "submit", "download", "validate"])} ${subject.toLowerCase()} data held by ${org.name}.`,
      `Returns ${r.pick(FORMATS)}, updated ${r.pick(FREQUENCIES)}.`,
      `Use it to ${r.pick(PURPOSES)}.`,
      r.next() < 0.3 ? `Replaces the legacy ${subject.toLowerCase()} ${r.pick(["file transfer", "spreadsheet", "SOAP service", "email process"])}.` : "",
      r.next() < 0.2 ? `Covers ${r.pick(PLACES)} and surrounding areas.` : "",
    ];
    apiRows.push({
      id,
      slug,
      organisationId: org.id,
      name,
      description: sentences.filter(Boolean).join(" "),
      url: `https://api.${org.slug}.gov.uk/${slug}`,
      documentationUrl: r.next() < 0.8 ? `https://developer.${org.slug}.gov.uk/${slug}` : null,
      licence: r.pick(["Open Government Licence v3.0", "Open Government Licence v3.0", "Crown copyright", null]),
      maintainer: `${r.pick(["api", "developers", "data"])}@${org.slug}.gov.uk`,
      areaServed: r.pick(["United Kingdom", "England", "England and Wales", "Scotland", "Wales", "Northern Ireland"]),
      startDate: daysAgo(added + r.int(0, 365)),
      dateAdded: daysAgo(added),
      dateUpdated: r.next() < 0.9 ? daysAgo(r.int(0, added)) : null,
      lifecycle,
      deprecatedAt: lifecycle === "deprecated" || lifecycle === "retired" ? daysAgo(r.int(30, 700)) : null,
      sunsetAt: lifecycle === "deprecated" ? daysAgo(-r.int(30, 400)) : null,
      visibility,
      authType: r.weighted([["none", 30], ["api-key", 25], ["oauth2", 20], ["openid-connect", 5], ["mutual-tls", 5], ["other", 3], ["unknown", 12]] as const),
      hasSpec,
    });
    const tags = new Set([topicTag, ...Array.from({ length: r.int(0, 3) }, () => r.pick(TAGS))]);
    for (const tag of tags) tagRows.push({ apiId: id, tag });
    if (hasSpec) {
      const source = `openapi: 3.0.3\ninfo:\n  title: ${name}\n  version: 1.${r.int(0, 9)}.0\npaths:\n  /${slugify(subject)}:\n    get:\n      summary: ${sentences[0]}\n      responses:\n        "200":\n          description: OK\n`;
      specRows.push({ apiId: id, source, contentHash: createHash("sha256").update(source).digest("hex"), arrivedVia: "seed", origin: "bench/seed.ts", audience: visibility, audienceOrganisationId: org.id });
    }
  }

  // Chunks keep each statement under both engines' bound-parameter limits.
  const insert = async <T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) => {
    for (let start = 0; start < rows.length; start += size) await write(rows.slice(start, start + size));
  };
  await insert(apiRows, 500, (data) => db.api.createMany({ data }));
  await insert(tagRows, 2000, (data) => db.apiTag.createMany({ data }));
  await insert(specRows, 500, (data) => db.specRevision.createMany({ data }));
  await db.$transaction((tx) => reindexAll(tx), { timeout: 15 * 60_000, maxWait: 60_000 });
  // A live PostgreSQL has planner statistics (autovacuum analyses after bulk changes); a freshly
  // loaded one has none yet, and plans as if every table were empty until it gets them.
  if (engineOfClient(db) === "postgresql") await db.$executeRawUnsafe("ANALYZE");

  const counts = new Map<string, number>();
  for (const a of apiRows) if (a.visibility === "public") counts.set(a.organisationId, (counts.get(a.organisationId) ?? 0) + 1);
  const bySize = orgs.filter((o) => counts.has(o.id)).sort((x, y) => counts.get(y.id)! - counts.get(x.id)!);
  return {
    organisations: orgs.length,
    apis: apiRows.length,
    specs: specRows.length,
    public: apiRows.filter((a) => a.visibility === "public").length,
    bigOrganisation: bySize[0]!.slug,
    midOrganisation: bySize[Math.floor(bySize.length / 4)]!.slug,
  };
}
