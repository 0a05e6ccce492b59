import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineOfClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { serializable } from "./transaction";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("serializable transactions", () => {
  it("run the work and return its result", async () => {
    expect(await serializable(t.db, async (tx) => tx.user.count())).toBe(0);
  });

  // Only PostgreSQL runs two write transactions at once; SQLite queues them, so no race exists there.
  it.runIf(process.env.TEST_DATABASE_URL)("retry the loser of a race, which then sees the winner's write", async () => {
    expect(engineOfClient(t.db)).toBe("postgresql");
    const a = await t.db.user.create({ data: { issuer: "i", subject: "a", role: "admin" } });
    const b = await t.db.user.create({ data: { issuer: "i", subject: "b", role: "admin" } });
    // Both transactions read the admin count before either writes: the classic write skew.
    let waiting = 0;
    let release!: () => void;
    const bothHaveRead = new Promise<void>((resolve) => (release = resolve));
    const demote = (id: string) =>
      serializable(t.db, async (tx) => {
        const admins = await tx.user.count({ where: { role: "admin" } });
        if (++waiting === 2) release();
        if (waiting <= 2) await Promise.race([bothHaveRead, new Promise((r) => setTimeout(r, 2000))]);
        if (admins < 2) throw new Error("last admin");
        await tx.user.update({ where: { id }, data: { role: "none" } });
      });
    const results = await Promise.allSettled([demote(a.id), demote(b.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toBe("last admin");
    expect(await t.db.user.count({ where: { role: "admin" } })).toBe(1);
  });
});
