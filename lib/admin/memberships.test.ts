import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { ANONYMOUS, userViewer, type Viewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { UserNotFoundError } from "./errors";
import { addMembership, membershipEntityId, removeMembership } from "./memberships";

let t: TestDatabase;
let dvla: string;
let adminId: string;
let userId: string;

const admin = (): Viewer => userViewer({ id: adminId, name: null, email: null, role: "admin", organisationIds: [] });

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
  dvla = (await t.db.organisation.create({ data: { slug: "dvla", name: "Driver and Vehicle Licensing Agency" } })).id;
  adminId = (await t.db.user.create({ data: { issuer: "i", subject: "admin", role: "admin" } })).id;
  userId = (await t.db.user.create({ data: { issuer: "i", subject: "newcomer", name: "New Comer", email: "new@example.gov.uk" } })).id;
});

describe("memberships", () => {
  it("grants a membership and records it with names, in the same write", async () => {
    await addMembership(t.db, admin(), userId, "dvla");
    expect(await t.db.membership.findMany({ select: { userId: true, organisationId: true, role: true } })).toEqual([{ userId, organisationId: dvla, role: "publisher" }]);
    const [event] = await t.db.auditEvent.findMany();
    expect(event).toMatchObject({ actor: adminId, action: "create", entityType: "Membership", entityId: membershipEntityId(userId, dvla) });
    expect(JSON.parse(event!.changes)).toMatchObject({
      person: { before: null, after: "New Comer" },
      organisation: { before: null, after: "Driver and Vehicle Licensing Agency" },
      role: { before: null, after: "publisher" },
    });
  });

  it("removes a membership and records what it was", async () => {
    await addMembership(t.db, admin(), userId, "dvla");
    await removeMembership(t.db, admin(), userId, "dvla");
    expect(await t.db.membership.count()).toBe(0);
    const events = await t.db.auditEvent.findMany({ orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "delete"]);
    expect(JSON.parse(events[1]!.changes).organisation).toEqual({ before: "Driver and Vehicle Licensing Agency", after: null });
  });

  it("refuses bad input without writing anything", async () => {
    await expect(addMembership(t.db, admin(), userId, "")).rejects.toMatchObject({ code: "organisation-missing" });
    await expect(addMembership(t.db, admin(), userId, "no-such-org")).rejects.toMatchObject({ code: "organisation-missing" });
    await expect(addMembership(t.db, admin(), userId, "<script>")).rejects.toMatchObject({ code: "organisation-missing" });
    await expect(addMembership(t.db, admin(), "nobody", "dvla")).rejects.toBeInstanceOf(UserNotFoundError);
    await expect(removeMembership(t.db, admin(), userId, "dvla")).rejects.toMatchObject({ code: "membership-missing" });
    await addMembership(t.db, admin(), userId, "dvla");
    await expect(addMembership(t.db, admin(), userId, "dvla")).rejects.toMatchObject({ code: "organisation-member" });
    expect(await t.db.auditEvent.count()).toBe(1);
  });

  it("is for admins only: a publisher, an assessor and an anonymous visitor are refused", async () => {
    const publisher = userViewer({ id: userId, name: null, email: null, role: "none", organisationIds: [dvla] });
    const assessor = userViewer({ id: userId, name: null, email: null, role: "assessor", organisationIds: [] });
    for (const viewer of [ANONYMOUS, publisher, assessor]) {
      await expect(addMembership(t.db, viewer, userId, "dvla")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeMembership(t.db, viewer, userId, "dvla")).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await t.db.membership.count()).toBe(0);
  });
});
