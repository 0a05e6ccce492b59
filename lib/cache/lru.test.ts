import { describe, expect, it } from "vitest";
import { Lru } from "./lru";

describe("the least-recently-used map", () => {
  it("forgets the entry used longest ago", () => {
    const lru = new Lru<number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.get("a");
    lru.set("c", 3);
    expect([lru.get("a"), lru.get("b"), lru.get("c")]).toEqual([1, undefined, 3]);
  });
});
