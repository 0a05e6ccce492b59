/**
 * Every mutating server action and route handler, called as each kind of person, with the
 * expected answer for each. New actions are discovered from the files, so one added without a
 * row here fails the first test.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { apiInput, seedPublishing, systemInput } from "@/lib/catalogue/publishing/testing";
import { ATTESTED, field } from "@/lib/maturity/assessments";
import { ADJUSTABLE, percentField } from "@/lib/maturity/thresholds";

class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
class Forbidden extends Error {}
class NotFound extends Error {}

const state: { db?: Db; viewer?: Viewer } = {};
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  forbidden: () => {
    throw new Forbidden("403");
  },
  notFound: () => {
    throw new NotFound("404");
  },
}));
// The import leaves a cookie for the page it renders (app/publish/import/outcome.ts); there is no request here.
vi.mock("next/headers", async (original) => ({ ...(await original<typeof import("next/headers")>()), cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  return {
    getViewer: async () => state.viewer,
    // As the real one: the signed-in viewer, or off to sign in.
    requireViewer: async () => (state.viewer?.kind === "user" ? state.viewer : redirect("/sign-in")),
  };
});
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.db }));

type Person = "anonymous" | "owner" | "otherPublisher" | "assessor" | "admin";
/** "refuse": the action answered with a message for the form and changed nothing (a rule, not the policy, said no). */
type Outcome = "allow" | "deny" | "refuse";
const PEOPLE: Person[] = ["anonymous", "owner", "otherPublisher", "assessor", "admin"];

type Fixture = Awaited<ReturnType<typeof seed>>;
type Row = { form: (f: Fixture) => Record<string, string>; expect: Record<Person, Outcome>; withState?: boolean };

const publisherOnly: Record<Person, Outcome> = { anonymous: "deny", owner: "allow", otherPublisher: "deny", assessor: "deny", admin: "allow" };
// Either end's publishers may act on a connection from the DVLA's system to the HMRC's.
const eitherEnd: Record<Person, Outcome> = { anonymous: "deny", owner: "allow", otherPublisher: "allow", assessor: "deny", admin: "allow" };
// Only the other end than the declaring one (the DVLA's) confirms or disputes; its own side is told why not.
const otherEnd: Record<Person, Outcome> = { anonymous: "deny", owner: "refuse", otherPublisher: "allow", assessor: "deny", admin: "allow" };
const assessorOnly: Record<Person, Outcome> = { anonymous: "deny", owner: "deny", otherPublisher: "deny", assessor: "allow", admin: "allow" };
const adminOnly: Record<Person, Outcome> = { anonymous: "deny", owner: "deny", otherPublisher: "deny", assessor: "deny", admin: "allow" };

/** The DVLA's records the actions act on, and the people acting. */
async function seed(db: Db) {
  const people = await seedPublishing(db);
  const system = await db.system.create({ data: { ...systemInput(people.dvla.id), slug: "vehicle-register", status: "published" } });
  const draftSystem = await db.system.create({ data: { ...systemInput(people.dvla.id), name: "Draft register", slug: "draft-register", status: "draft" } });
  const { systemId: _unused, tags: _tags, servesDataset: _answer, ...apiFields } = apiInput(people.dvla.id) as Record<string, string>;
  const dates = { startDate: undefined, deprecatedAt: undefined, sunsetAt: undefined };
  const api = await db.api.create({ data: { ...apiFields, ...dates, slug: "vehicle-tax", status: "published", organisationId: people.dvla.id } as never });
  await db.specSource.create({ data: { apiId: api.id, url: "https://127.0.0.1:9/openapi.yaml" } });
  const draftApi = await db.api.create({ data: { ...apiFields, ...dates, name: "Draft API", slug: "draft-api", status: "draft", organisationId: people.dvla.id } as never });
  for (const [id, organisationIds, role] of [
    ["dvla-publisher", [people.dvla.id], "none"],
    ["hmrc-publisher", [people.hmrc.id], "none"],
    ["assessor", [], "assessor"],
    ["admin", [], "admin"],
    ["newcomer", [], "none"],
  ] as const) {
    await db.user.create({ data: { id, issuer: "test", subject: id, role, memberships: { create: organisationIds.map((organisationId) => ({ organisationId })) } } });
  }
  const hmrcSystem = await db.system.create({ data: { ...systemInput(people.hmrc.id), name: "Tax records", slug: "tax-records", status: "published" } });
  const connection = await db.connection.create({
    data: { fromSystemId: system.id, toSystemId: hmrcSystem.id, description: "Tax status", technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from", identity: "declared" },
  });
  const dataSet = await db.dataSet.create({ data: { slug: "tax-codes", name: "Tax codes", description: "Every tax code", organisationId: people.hmrc.id, standard: "RFC 4180", format: "CSV" } });
  const source = await db.dataSetHolding.create({ data: { dataSetId: dataSet.id, systemId: hmrcSystem.id, kind: "source", sourceOf: dataSet.id } });
  const licenceRecords = await db.system.create({ data: { ...systemInput(people.dvla.id), name: "Licence records", slug: "licence-records", status: "published" } });
  const replica = await db.dataSetHolding.create({ data: { dataSetId: dataSet.id, systemId: licenceRecords.id, kind: "replica" } });
  const answers = { create: ATTESTED.map((c) => ({ criterionId: c.id, text: "Evidence", status: "submitted" })) };
  const draftAssessment = await db.assessment.create({ data: { organisationId: people.dvla.id, createdBy: "dvla-publisher", answers } });
  const submittedAssessment = await db.assessment.create({ data: { organisationId: people.dvla.id, createdBy: "dvla-publisher", status: "submitted", answers } });
  // The machine API (issue 13): a client of the DVLA's to rotate and revoke.
  const dvlaClient = await db.apiClient.create({ data: { organisationId: people.dvla.id, name: "Release pipeline", scopes: "catalogue:read", secretHash: "0".repeat(64), createdBy: "dvla-publisher" } });
  return { ...people, system, draftSystem, api, draftApi, hmrcSystem, connection, dataSet, source, replica, draftAssessment, submittedAssessment, dvlaClient };
}

const apiForm = (f: Fixture) => ({ ...apiInput(f.dvla.id), name: "Vehicle tax status (edited)" }) as Record<string, string>;
const systemForm = (f: Fixture) => ({ ...systemInput(f.dvla.id), name: "Vehicle register (edited)" }) as Record<string, string>;

const connectionForm = (f: Fixture) => ({
  fromSystemId: f.system.id,
  toSystemId: f.hmrcSystem.id,
  direction: "both",
  apiId: "",
  description: "Tax status, both ways",
  technology: "rest-json",
  openStandard: "yes",
  personalData: "no",
  personalDataLogged: "",
  frequency: "daily",
  lifecycle: "live",
  visibility: "government",
});

const CATALOG_INFO = "kind: System\nmetadata:\n  name: licensing-hub\n  description: Issues driving licences.\nspec:\n  owner: dvla\n";

export const MATRIX: Record<string, Row> = {
  "app/publish/apis/actions.ts#createApiAction": { form: (f) => ({ ...apiForm(f), name: "A new API", intent: "publish" }), expect: publisherOnly, withState: true },
  "app/publish/apis/actions.ts#updateApiAction": { form: (f) => ({ ...apiForm(f), id: f.api.id, version: "1" }), expect: publisherOnly, withState: true },
  "app/publish/apis/actions.ts#publishApiAction": { form: (f) => ({ id: f.draftApi.id, version: "1" }), expect: publisherOnly, withState: true },
  "app/publish/apis/actions.ts#retireApiAction": { form: (f) => ({ id: f.api.id, version: "1", sunsetAt: "" }), expect: publisherOnly, withState: true },
  "app/publish/apis/actions.ts#deleteApiAction": { form: (f) => ({ id: f.draftApi.id, version: "1" }), expect: publisherOnly, withState: true },
  "app/publish/systems/actions.ts#createSystemAction": { form: (f) => ({ ...systemForm(f), name: "A new system", intent: "publish" }), expect: publisherOnly, withState: true },
  "app/publish/systems/actions.ts#updateSystemAction": { form: (f) => ({ ...systemForm(f), id: f.system.id, version: "1" }), expect: publisherOnly, withState: true },
  "app/publish/systems/actions.ts#publishSystemAction": { form: (f) => ({ id: f.draftSystem.id, version: "1" }), expect: publisherOnly, withState: true },
  "app/publish/systems/actions.ts#retireSystemAction": { form: (f) => ({ id: f.system.id, version: "1", sunsetAt: "" }), expect: publisherOnly, withState: true },
  "app/publish/systems/actions.ts#deleteSystemAction": { form: (f) => ({ id: f.draftSystem.id, version: "1" }), expect: publisherOnly, withState: true },
  // The source's address is loopback, so the fetch is refused at once and the source turns unreachable (an audited change).
  "app/publish/specs/actions.ts#refreshSpecSourceAction": { form: (f) => ({ apiId: f.api.id }), expect: publisherOnly },
  "app/connections/actions.ts#declareConnectionAction": { form: (f) => connectionForm(f), expect: eitherEnd, withState: true },
  "app/connections/actions.ts#updateConnectionAction": { form: (f) => ({ ...connectionForm(f), id: f.connection.id, version: "1" }), expect: eitherEnd, withState: true },
  "app/connections/actions.ts#retireConnectionAction": { form: (f) => ({ id: f.connection.id, version: "1" }), expect: eitherEnd, withState: true },
  "app/connections/actions.ts#confirmConnectionAction": { form: (f) => ({ id: f.connection.id, version: "1" }), expect: otherEnd, withState: true },
  "app/connections/actions.ts#disputeConnectionAction": { form: (f) => ({ id: f.connection.id, version: "1", disputeReason: "It stopped in 2023" }), expect: otherEnd, withState: true },
  "app/data-sets/actions.ts#createDataSetAction": {
    form: (f) => ({ organisationId: f.dvla.id, name: "Vehicle keepers", description: "Who keeps each vehicle", sourceSystemId: f.system.id, standard: "RFC 4180", format: "CSV", licence: "OGL-UK-3.0", downloadUrl: "", metadataUrl: "" }),
    expect: publisherOnly,
    withState: true,
  },
  // The DVLA's system declares a replica of the HMRC's data set: a matter for the system's organisation.
  "app/data-sets/actions.ts#declareHoldingAction": { form: (f) => ({ systemId: f.system.id, dataSetId: f.dataSet.id, kind: "replica", connectionId: "" }), expect: publisherOnly, withState: true },
  "app/data-sets/actions.ts#releaseHoldingAction": { form: (f) => ({ id: f.replica.id, version: "1" }), expect: publisherOnly, withState: true },
  "app/assessments/actions.ts#prepareAssessmentAction": { form: (f) => ({ organisationId: f.dvla.id }), expect: publisherOnly },
  "app/assessments/actions.ts#saveAnswersAction": { form: (f) => ({ id: f.draftAssessment.id, version: "1", [field("text", ATTESTED[0]!.id)]: "We chair a W3C group" }), expect: publisherOnly, withState: true },
  "app/assessments/actions.ts#submitAssessmentAction": { form: (f) => ({ id: f.draftAssessment.id, version: "1" }), expect: publisherOnly, withState: true },
  "app/assessments/actions.ts#reviewAssessmentAction": {
    form: (f) => ({ id: f.submittedAssessment.id, version: "1", decision: "approve", ...Object.fromEntries(ATTESTED.map((c) => [field("verdict", c.id), "accept"])) }),
    expect: assessorOnly,
    withState: true,
  },
  "app/exemptions/actions.ts#approveExemptionAction": {
    form: (f) => ({ organisationId: f.dvla.id, systemId: "", criterionId: "organisation.api.3.api-has-spec.all", kind: "exempt", reason: "Being replaced", expiresAt: "2199-01-01" }),
    expect: assessorOnly,
    withState: true,
  },
  // The import creates through the system, API and connection services, so it is for the organisation's publishers.
  "app/publish/import/actions.ts#importAction": { form: (f) => ({ organisationId: f.dvla.id, yaml: CATALOG_INFO, intent: "import" }), expect: publisherOnly, withState: true },
  // The machine API (issue 13): an organisation's API clients.
  "app/publish/clients/actions.ts#createClientAction": { form: (f) => ({ organisationId: f.dvla.id, name: "Release pipeline", scopes: "apis:write" }), expect: publisherOnly, withState: true },
  "app/publish/clients/actions.ts#rotateClientAction": { form: (f) => ({ id: f.dvlaClient.id }), expect: publisherOnly, withState: true },
  "app/publish/clients/actions.ts#revokeClientAction": { form: (f) => ({ id: f.dvlaClient.id }), expect: publisherOnly },
  "app/admin/thresholds/actions.ts#setThresholdsAction": { form: () => Object.fromEntries(ADJUSTABLE.map((c) => [percentField(c.id), "60"])), expect: adminOnly, withState: true },
  "app/admin/users/actions.ts#changeRole": { form: () => ({ userId: "newcomer", role: "assessor", expectedUpdatedAt: "" }), expect: adminOnly },
  "app/admin/users/actions.ts#grantMembership": { form: () => ({ userId: "newcomer", organisation: "hm-revenue-customs" }), expect: adminOnly },
  "app/admin/users/actions.ts#revokeMembership": { form: () => ({ userId: "dvla-publisher", organisation: "driver-and-vehicle-licensing-agency" }), expect: adminOnly },
};

/**
 * Route handlers that accept state-changing methods. next-auth's own endpoints are open to
 * everyone by design (signing in and out) and protected by its CSRF token and the sign-in rate
 * limit; e2e/sign-in.spec.ts covers them in the browser.
 */
export const ROUTE_HANDLERS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#POST": "open: next-auth sign-in and sign-out, CSRF token and rate limit",
  "app/publish/specs/upload/route.ts#POST": "publishers of the API's organisation and admins: app/publish/specs/upload/route.test.ts posts the form as each kind of person",
  // The machine API (issue 13): bearer tokens of an organisation's clients, never a session.
  "app/api/v1/apis/route.ts#POST": "API clients with apis:write, for their own organisation: lib/api/api.test.ts (no token, a session cookie, a missing scope, cross-site)",
  "app/api/v1/apis/[slug]/route.ts#PUT": "API clients with apis:write, for their own organisation's APIs: lib/api/openapi.test.ts (contract calls)",
  "app/api/v1/apis/[slug]/spec-revisions/route.ts#POST": "API clients with apis:write, for their own organisation's APIs: lib/api/api.test.ts (another organisation's client is refused)",
  "app/api/v1/[...path]/route.ts#POST": "none: any other path under /api/v1 answers 404 in JSON and writes nothing",
  "app/api/v1/[...path]/route.ts#PUT": "none: as POST",
  "app/api/v1/[...path]/route.ts#PATCH": "none: as POST",
  "app/api/v1/[...path]/route.ts#DELETE": "none: as POST",
  "app/oauth/token/route.ts#POST": "open: OAuth 2.0 client credentials, the client's id and secret are the authorisation (lib/api/api.test.ts)",
};

const ROOT = path.resolve(__dirname, "..");
function files(dir: string, name: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return files(relative, name);
    return entry.name === name ? [relative] : [];
  });
}

async function discoverActions(): Promise<string[]> {
  const found: string[] = [];
  for (const file of files("app", "actions.ts")) {
    const module = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (typeof value === "function") found.push(`${file}#${name}`);
  }
  return found.sort();
}

function discoverHandlers(): string[] {
  return files("app", "route.ts")
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      return ["POST", "PUT", "PATCH", "DELETE"].filter((method) => new RegExp(`export\\s+(const|async function|function|\\{[^}]*)\\s*${method}\\b|\\b${method}\\b[^;]*\\}\\s*from|as ${method}\\b`).test(source)).map((m) => `${file}#${m}`);
    })
    .sort();
}

function viewerFor(person: Person, f: Fixture): Viewer {
  return { anonymous: { kind: "anonymous" } as Viewer, owner: f.dvlaPublisher, otherPublisher: f.hmrcPublisher, assessor: f.assessor, admin: f.admin }[person];
}

async function call(key: string, form: Record<string, string>, withState: boolean): Promise<Outcome> {
  const [file, name] = key.split("#") as [string, string];
  const action = ((await import(path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>)[name]!;
  const data = new FormData();
  for (const [k, v] of Object.entries(form)) data.set(k, v);
  try {
    const result = (await (withState ? action({ values: {}, errors: {} }, data) : action(data))) as { errors?: Record<string, string> } | undefined;
    return result?.errors && Object.keys(result.errors).length ? "refuse" : "allow";
  } catch (error) {
    if (error instanceof Forbidden || error instanceof NotFound) return "deny";
    if (error instanceof Redirect) return error.url.startsWith("/sign-in") ? "deny" : "allow";
    throw error;
  }
}

let database: TestDatabase;
let fixture: Fixture;
beforeEach(async () => {
  database = await createTestDatabase();
  state.db = database.db;
  fixture = await seed(database.db);
});
afterEach(() => database.drop());

describe("the authorisation matrix", () => {
  it("has a row for every server action and every state-changing route handler", async () => {
    expect(await discoverActions()).toEqual(Object.keys(MATRIX).sort());
    expect(discoverHandlers()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });

  for (const [key, row] of Object.entries(MATRIX)) {
    it.each(PEOPLE)(`${key} as %s`, async (person) => {
      state.viewer = viewerFor(person, fixture);
      const eventsBefore = await database.db.auditEvent.count();
      const outcome = await call(key, row.form(fixture), row.withState ?? false);
      expect(outcome).toBe(row.expect[person]);
      // A refusal changes nothing; an allowed action leaves its record on the audit trail.
      const eventsAfter = await database.db.auditEvent.count();
      if (outcome !== "allow") expect(eventsAfter).toBe(eventsBefore);
      else expect(eventsAfter).toBeGreaterThan(eventsBefore);
    });
  }
});
