import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { recordSignIn } from "./accounts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const identity = { issuer: "https://idp.example.gov.uk", subject: "abc-123", email: "pat@example.gov.uk", name: "Pat Example" };

describe("signing in", () => {
  it("creates the account on first sign-in with no powers, and records it in the same transaction", async () => {
    const { id, created } = await recordSignIn(t.db, identity, new Date("2026-01-02T03:04:05Z"));
    expect(created).toBe(true);
    const user = await t.db.user.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(user).toMatchObject({ ...identity, role: "none", lastSignInAt: new Date("2026-01-02T03:04:05Z") });
    expect(user.memberships).toEqual([]);
    const events = await t.db.auditEvent.findMany({ where: { entityType: "User", entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: id, action: "create" });
    expect(JSON.parse(events[0]!.changes)).toMatchObject({ role: { before: null, after: "none" } });
  });

  it("finds the same account next time by issuer and subject, and audits only a real change", async () => {
    const first = await recordSignIn(t.db, identity);
    expect(first.created).toBe(false);
    expect(await t.db.auditEvent.count({ where: { entityId: first.id } })).toBe(1);
    await recordSignIn(t.db, { ...identity, name: "Pat Renamed" });
    const events = await t.db.auditEvent.findMany({ where: { entityId: first.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(JSON.parse(events[1]!.changes)).toEqual({ name: { before: "Pat Example", after: "Pat Renamed" } });
  });

  it("keeps the same subject from another issuer apart", async () => {
    const other = await recordSignIn(t.db, { ...identity, issuer: "https://other-idp.example" });
    expect(other.created).toBe(true);
    expect(await t.db.user.count({ where: { subject: identity.subject } })).toBe(2);
  });

  it("makes one account when two first sign-ins race", async () => {
    const racer = { ...identity, subject: "racer" };
    const results = await Promise.all([recordSignIn(t.db, racer), recordSignIn(t.db, racer), recordSignIn(t.db, racer)]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await t.db.user.count({ where: { subject: "racer" } })).toBe(1);
  });
});
