import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { ANONYMOUS, userViewer, type AccountRole, type Viewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { AdminInputError, UserNotFoundError } from "./errors";
import { getUser, listUsers, organisationsToAdd, setRole } from "./users";

let t: TestDatabase;
let orgId: string;
let adminId: string;

const as = (id: string, role: AccountRole, organisationIds: string[] = []): Viewer =>
  userViewer({ id, name: null, email: null, role, organisationIds });
const admin = () => as(adminId, "admin");

let clock = Date.parse("2025-01-01T00:00:00Z");
async function makeUser(subject: string, role: AccountRole = "none", name: string | null = subject) {
  // Explicit, increasing creation times: the list's order must not depend on the clock's resolution.
  const createdAt = new Date((clock += 60_000));
  return t.db.user.create({ data: { issuer: "https://idp.test", subject, name, email: `${subject}@example.gov.uk`, role, createdAt } });
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await t.db.auditEvent.deleteMany();
  await t.db.membership.deleteMany();
  await t.db.user.deleteMany();
  await t.db.organisation.deleteMany();
  orgId = (await t.db.organisation.create({ data: { slug: "dvla", name: "Driver and Vehicle Licensing Agency", acronym: "DVLA" } })).id;
  await t.db.organisation.create({ data: { slug: "hmrc", name: "HM Revenue and Customs" } });
  adminId = (await makeUser("admin", "admin")).id;
});

describe("listing and reading accounts", () => {
  it("lists accounts newest first, flagging those with no powers", async () => {
    const newcomer = await makeUser("newcomer");
    const publisher = await makeUser("publisher");
    await t.db.membership.create({ data: { userId: publisher.id, organisationId: orgId } });
    const users = await listUsers(t.db, admin());
    expect(users.map((u) => [u.name, u.hasAccess])).toEqual([
      ["publisher", true],
      ["newcomer", false],
      ["admin", true],
    ]);
    expect(users[0]!.memberships.map((m) => m.organisation.slug)).toEqual(["dvla"]);
    expect((await getUser(t.db, admin(), newcomer.id))?.email).toBe("newcomer@example.gov.uk");
    expect(await getUser(t.db, admin(), "nobody")).toBeNull();
    expect((await organisationsToAdd(t.db, admin(), publisher.id)).map((o) => o.slug)).toEqual(["hmrc"]);
  });

  it("is for admins only", async () => {
    const publisher = as("p", "none", [orgId]);
    for (const viewer of [ANONYMOUS, publisher, as("a", "assessor")]) {
      await expect(listUsers(t.db, viewer)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getUser(t.db, viewer, adminId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(organisationsToAdd(t.db, viewer, adminId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setRole(t.db, viewer, adminId, "none")).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await t.db.user.findUnique({ where: { id: adminId } }))?.role).toBe("admin");
  });
});

describe("changing a role", () => {
  it("changes it and records who did it, with before and after, in the same write", async () => {
    const user = await makeUser("newcomer");
    const updated = await setRole(t.db, admin(), user.id, "assessor", user.updatedAt);
    expect(updated.role).toBe("assessor");
    const events = await t.db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: adminId, action: "update", entityType: "User", entityId: user.id });
    expect(JSON.parse(events[0]!.changes)).toEqual({ role: { before: "none", after: "assessor" } });
  });

  it("records nothing when the role does not change", async () => {
    const user = await makeUser("assessor", "assessor");
    await setRole(t.db, admin(), user.id, "assessor");
    expect(await t.db.auditEvent.count()).toBe(0);
  });

  it("refuses an unknown role, an unknown account and a stale form", async () => {
    const user = await makeUser("newcomer");
    await expect(setRole(t.db, admin(), user.id, "superuser")).rejects.toMatchObject({ code: "role-missing" });
    await expect(setRole(t.db, admin(), user.id, "")).rejects.toBeInstanceOf(AdminInputError);
    await expect(setRole(t.db, admin(), "missing", "assessor")).rejects.toBeInstanceOf(UserNotFoundError);
    await expect(setRole(t.db, admin(), user.id, "assessor", new Date(user.updatedAt.getTime() - 1000))).rejects.toMatchObject({ code: "stale" });
    await expect(setRole(t.db, admin(), user.id, "assessor", "not a date")).rejects.toMatchObject({ code: "stale" });
    expect((await t.db.user.findUnique({ where: { id: user.id } }))?.role).toBe("none");
    expect(await t.db.auditEvent.count()).toBe(0);
  });

  it("does not let an admin remove their own admin role, so there is always an admin", async () => {
    await expect(setRole(t.db, admin(), adminId, "none")).rejects.toMatchObject({ code: "role-self" });
    const other = await makeUser("other-admin", "admin");
    await setRole(t.db, admin(), other.id, "assessor");
    expect(await t.db.user.count({ where: { role: "admin" } })).toBe(1);
  });

  it("refuses a change that would leave no admin at all", async () => {
    // An admin whose own account is gone (removed by hand) demoting the only admin left.
    const ghost = as("ghost", "admin");
    await expect(setRole(t.db, ghost, adminId, "none")).rejects.toMatchObject({ code: "role-last-admin" });
    expect((await t.db.user.findUnique({ where: { id: adminId } }))?.role).toBe("admin");
    expect(await t.db.auditEvent.count()).toBe(0);
  });
});

describe("two admins demoting each other at the same moment", () => {
  it("leaves at least one admin", async () => {
    const other = await makeUser("other-admin", "admin");
    const results = await Promise.allSettled([
      setRole(t.db, admin(), other.id, "none"),
      setRole(t.db, as(other.id, "admin"), adminId, "none"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "role-last-admin" });
    expect(await t.db.user.count({ where: { role: "admin" } })).toBe(1);
  });
});
