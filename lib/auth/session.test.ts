import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { loadViewer, signInPath } from "./session";
import { ANONYMOUS } from "./viewer";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("the viewer behind a session", () => {
  it("is anonymous without a session or once the account is gone", async () => {
    expect(await loadViewer(t.db, null)).toEqual(ANONYMOUS);
    expect(await loadViewer(t.db, "no-such-user")).toEqual(ANONYMOUS);
  });

  it("has the powers the database gives now, so grants and revocations apply at once", async () => {
    const org = await t.db.organisation.create({ data: { slug: "dvla", name: "DVLA" } });
    const user = await t.db.user.create({ data: { issuer: "i", subject: "s", name: "Dana", email: "d@example.gov.uk" } });
    expect(await loadViewer(t.db, user.id)).toEqual({
      kind: "user",
      user: { id: user.id, name: "Dana", email: "d@example.gov.uk", role: "none", organisationIds: [] },
    });
    await t.db.membership.create({ data: { userId: user.id, organisationId: org.id } });
    await t.db.user.update({ where: { id: user.id }, data: { role: "assessor" } });
    expect(await loadViewer(t.db, user.id)).toMatchObject({ user: { role: "assessor", organisationIds: [org.id] } });
    await t.db.membership.deleteMany({ where: { userId: user.id } });
    await t.db.user.update({ where: { id: user.id }, data: { role: "something-unknown" } });
    expect(await loadViewer(t.db, user.id)).toMatchObject({ user: { role: "none", organisationIds: [] } });
    await t.db.user.delete({ where: { id: user.id } });
    expect(await loadViewer(t.db, user.id)).toEqual(ANONYMOUS);
  });
});

describe("the sign-in address", () => {
  it("comes back to a page of this site only", () => {
    expect(signInPath("/publish?step=2")).toBe("/sign-in?callbackUrl=%2Fpublish%3Fstep%3D2");
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath(null)).toBe("/sign-in");
    expect(signInPath("https://evil.example/")).toBe("/sign-in");
    expect(signInPath("//evil.example/")).toBe("/sign-in");
  });
});
