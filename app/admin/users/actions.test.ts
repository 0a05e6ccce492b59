import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";

// The actions get the viewer from the session and the database from getDb(). The session
// cookie is replaced (there is one while someone is signed in, and next-auth's getServerSession
// says who) and getDb() gives a throwaway database, so the real session, guard, action and
// service code all run.
const state: { signedIn: string | null; t?: TestDatabase } = { signedIn: null };
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  cookies: async () => ({ getAll: () => (state.signedIn ? [{ name: "next-auth.session-token", value: "signed" }] : []) }),
}));
vi.mock("next-auth", () => ({ getServerSession: async () => (state.signedIn ? { user: { id: state.signedIn } } : null) }));
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.t!.db }));

// next.config.js turns on authInterrupts (forbidden()); outside a Next build, say so by hand.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const { changeRole, grantMembership, revokeMembership } = await import("./actions");

/** Where an action sent the browser (redirect and notFound/forbidden both throw, carrying a digest). */
async function outcome(action: (formData: FormData) => Promise<void>, fields: Record<string, string>): Promise<string> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  try {
    await action(form);
    return "returned";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? String(error);
    return digest.startsWith("NEXT_REDIRECT") ? `redirect ${digest.split(";")[2]}` : digest;
  }
}

let adminId = "";
let userId = "";
let publisherId = "";
beforeAll(async () => {
  state.t = await createTestDatabase();
  const db = state.t.db;
  await db.organisation.create({ data: { slug: "dvla", name: "DVLA" } });
  adminId = (await db.user.create({ data: { issuer: "i", subject: "admin", role: "admin" } })).id;
  userId = (await db.user.create({ data: { issuer: "i", subject: "newcomer" } })).id;
  publisherId = (await db.user.create({ data: { issuer: "i", subject: "publisher", memberships: { create: { organisation: { connect: { slug: "dvla" } } } } } })).id;
});
afterAll(async () => {
  await state.t?.drop();
});
beforeEach(() => {
  state.signedIn = adminId;
});

describe("admin actions", () => {
  it("grant and remove a membership, answering with the account's page and a message", async () => {
    expect(await outcome(grantMembership, { userId, organisation: "dvla" })).toBe(`redirect /admin/users/${userId}?done=added&organisation=dvla`);
    expect(await outcome(grantMembership, { userId, organisation: "dvla" })).toBe(`redirect /admin/users/${userId}?error=organisation-member`);
    expect(await outcome(revokeMembership, { userId, organisation: "dvla" })).toBe(`redirect /admin/users/${userId}?done=removed&organisation=dvla`);
    expect(await outcome(grantMembership, { userId, organisation: "" })).toBe(`redirect /admin/users/${userId}?error=organisation-missing`);
  });

  it("change a role, refusing a stale form and an admin's own demotion", async () => {
    const user = await state.t!.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await outcome(changeRole, { userId, role: "assessor", expectedUpdatedAt: user.updatedAt.toISOString() })).toBe(`redirect /admin/users/${userId}?done=role`);
    expect(await outcome(changeRole, { userId, role: "none", expectedUpdatedAt: user.updatedAt.toISOString() })).toBe(`redirect /admin/users/${userId}?error=stale`);
    expect(await outcome(changeRole, { userId: adminId, role: "none" })).toBe(`redirect /admin/users/${adminId}?error=role-self`);
    expect(await outcome(changeRole, { userId: "nobody", role: "none" })).toMatch(/404/);
  });

  it("send anonymous people to sign in and refuse publishers with a 403", async () => {
    state.signedIn = null;
    expect(await outcome(grantMembership, { userId, organisation: "dvla" })).toMatch(/^redirect \/sign-in/);
    state.signedIn = publisherId;
    for (const action of [changeRole, grantMembership, revokeMembership]) {
      expect(await outcome(action, { userId, role: "admin", organisation: "dvla" })).toMatch(/403/);
    }
    expect((await state.t!.db.user.findUniqueOrThrow({ where: { id: userId } })).role).toBe("assessor");
  });
});
