import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { DEMO_USERS_LIST, ensureDemoUsers } from "./demo-users";
import { loadViewer } from "./session";

let t: TestDatabase;
const issuer = "http://localhost:3001";
beforeAll(async () => {
  t = await createTestDatabase();
  for (const slug of ["driver-and-vehicle-licensing-agency", "hm-revenue-customs"]) {
    await t.db.organisation.create({ data: { slug, name: slug } });
  }
});
afterAll(() => t.drop());

const viewerOf = async (subject: string) => {
  const user = await t.db.user.findUniqueOrThrow({ where: { issuer_subject: { issuer, subject } } });
  return loadViewer(t.db, user.id);
};

describe("the demo users", () => {
  it("has the people of the demo provider, the newcomer and the visitor without an account in advance", () => {
    expect(DEMO_USERS_LIST.map((u) => [u.username, u.name])).toEqual([
      ["dvla-publisher", "Dana Publisher"],
      ["hmrc-publisher", "Hari Publisher"],
      ["assessor", "Asha Assessor"],
      ["admin", "Adam Admin"],
      ["newcomer", "Nina Newcomer"],
      ["visitor", "Val Visitor"],
    ]);
    expect(DEMO_USERS_LIST.filter((u) => !u.seeded).map((u) => u.username)).toEqual(["newcomer", "visitor"]);
  });

  it("get their accounts and powers, keyed by the provider's issuer and their subject, with audit events", async () => {
    await ensureDemoUsers(t.db, issuer);
    const dvla = await t.db.organisation.findUniqueOrThrow({ where: { slug: "driver-and-vehicle-licensing-agency" } });
    const hmrc = await t.db.organisation.findUniqueOrThrow({ where: { slug: "hm-revenue-customs" } });
    expect(await viewerOf("demo-dvla-publisher")).toMatchObject({ user: { name: "Dana Publisher", role: "none", organisationIds: [dvla.id] } });
    expect(await viewerOf("demo-hmrc-publisher")).toMatchObject({ user: { role: "none", organisationIds: [hmrc.id] } });
    expect(await viewerOf("demo-assessor")).toMatchObject({ user: { role: "assessor", organisationIds: [] } });
    expect(await viewerOf("demo-admin")).toMatchObject({ user: { role: "admin", organisationIds: [] } });
    expect(await t.db.user.count({ where: { subject: "demo-newcomer" } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { entityType: "User", action: "create" } })).toBe(4);
    expect(await t.db.auditEvent.count({ where: { entityType: "Membership", action: "create" } })).toBe(2);
  });

  it("changes nothing when run again, and puts back a demo role that was changed", async () => {
    expect(await ensureDemoUsers(t.db, issuer)).toEqual([]);
    await t.db.user.updateMany({ where: { subject: "demo-admin" }, data: { role: "none" } });
    expect(await ensureDemoUsers(t.db, issuer)).toEqual(["Adam Admin: role set to admin"]);
    expect(await t.db.auditEvent.count()).toBe(7);
  });
});
