import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { apiInput, seedPublishing, systemInput } from "@/lib/catalogue/publishing/testing";

// The actions get the viewer from the session and the database from getDb(); both are replaced
// so each action runs end to end, as a browser's form would call it, on a throwaway database.
const state: { viewer: Viewer; t?: TestDatabase } = { viewer: { kind: "anonymous" } };
vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  return {
    getViewer: async () => state.viewer,
    // As the real one: the signed-in viewer, or off to sign in and back.
    requireViewer: async (back: string) => (state.viewer.kind === "user" ? state.viewer : redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`)),
  };
});
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.t!.db }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const apis = await import("./apis/actions");
const systems = await import("./systems/actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
/** What the action answered: the form state it returned, or where it sent the browser. */
async function answer(run: () => Promise<unknown>) {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? String(error);
    return digest.startsWith("NEXT_REDIRECT") ? `redirect ${digest.split(";")[2]}` : digest;
  }
}

let people: Awaited<ReturnType<typeof seedPublishing>>;
beforeAll(async () => {
  state.t = await createTestDatabase();
  people = await seedPublishing(state.t.db);
});
afterAll(() => state.t?.drop());

describe("publishing actions", () => {
  it("register an API and go to its page, or give back what was typed with the problems", async () => {
    state.viewer = people.dvlaPublisher;
    const typed = { ...apiInput(people.dvla.id), url: "javascript:alert(1)" };
    const failed = await answer(() => apis.createApiAction({ values: {}, errors: {} }, form({ ...typed, intent: "publish" })));
    expect(failed).toEqual({ values: typed, errors: { url: "Enter a web address that starts with https://" }, stale: false, attempt: 1 });
    expect(await answer(() => apis.createApiAction({ values: {}, errors: {} }, form({ ...apiInput(people.dvla.id), intent: "publish" })))).toBe("redirect /apis/vehicle-tax-status?published=1");
    expect(await answer(() => apis.createApiAction({ values: {}, errors: {} }, form(apiInput(people.dvla.id))))).toBe("redirect /apis/vehicle-tax-status-dvla?drafted=1");
  });

  it("say an edit was stale, keeping what was typed", async () => {
    state.viewer = people.dvlaPublisher;
    const created = await answer(() => systems.createSystemAction({ values: {}, errors: {} }, form({ ...systemInput(people.dvla.id), intent: "publish" })));
    expect(created).toBe("redirect /systems/vehicle-register?published=1");
    const { id } = await state.t!.db.system.findUniqueOrThrow({ where: { slug: "vehicle-register" } });
    const edit = (name: string) => form({ ...systemInput(people.dvla.id, { name }), id, version: "1", intent: "save" });
    expect(await answer(() => systems.updateSystemAction({ values: {}, errors: {} }, edit("First")))).toBe("redirect /systems/vehicle-register?saved=1");
    expect(await answer(() => systems.updateSystemAction({ values: {}, errors: {}, attempt: 2 }, edit("Second")))).toMatchObject({ stale: true, errors: {}, attempt: 3, values: { name: "Second" } });
  });

  it("send anonymous people to sign in, refuse other publishers, and treat unreadable hidden fields as not found", async () => {
    state.viewer = { kind: "anonymous" };
    expect(await answer(() => apis.createApiAction({ values: {}, errors: {} }, form(apiInput(people.dvla.id))))).toBe("redirect /sign-in?callbackUrl=%2Fpublish%2Fapis%2Fnew");
    state.viewer = people.hmrcPublisher;
    expect(await answer(() => apis.createApiAction({ values: {}, errors: {} }, form(apiInput(people.dvla.id))))).toMatch(/403/);
    expect(await answer(() => apis.retireApiAction({ values: {}, errors: {} }, form({ id: "../x", version: "1" })))).toMatch(/404/);
    expect(await answer(() => apis.deleteApiAction({ values: {}, errors: {} }, form({ id: "no-such-api", version: "1" })))).toMatch(/404/);
  });
});
