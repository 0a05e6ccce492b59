import os from "node:os";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { GET as live } from "../live/route";
import { GET as ready } from "./route";

const state: { db?: Db } = {};
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.db }));

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("the load balancer's checks", () => {
  it("are both 200 while the database answers", async () => {
    state.db = t.db;
    expect((await ready()).status).toBe(200);
    expect(live().status).toBe(200);
  });

  it("say not ready (503) when the database does not answer, and still live", async () => {
    state.db = createDb(`file:${os.tmpdir()}`);
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/database is not answering/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(live().status).toBe(200);
  });
});
