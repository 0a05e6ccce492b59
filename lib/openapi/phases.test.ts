import { describe, expect, it } from "vitest";
import { checkSpec } from "./check";
import { PHASES, PhaseClock } from "./phases";

const enc = (s: string) => new TextEncoder().encode(s);

describe("PhaseClock", () => {
  it("counts the time up to each enter against the phase before it, adding up repeats", () => {
    const clock = new PhaseClock();
    expect(clock.enter("read")).toBeUndefined();
    expect(clock.enter("hash")).toBe("read");
    expect(clock.enter("read")).toBe("hash");
    clock.enter(undefined);
    clock.add("write", 2.5);
    expect([...clock.totals.keys()]).toEqual(["read", "hash", "write"]);
    for (const ms of clock.totals.values()) expect(ms).toBeGreaterThanOrEqual(0);
    expect(clock.total()).toBeCloseTo([...clock.totals.values()].reduce((a, b) => a + b, 0));
    // Nothing is running after enter(undefined): a later enter counts nothing.
    const before = clock.total();
    clock.enter("lint");
    expect(clock.total()).toBe(before);
  });

  it("writes a Server-Timing value in the order the phases happen", () => {
    const clock = new PhaseClock();
    clock.add("write", 3);
    clock.add("read", 1.25);
    expect(clock.serverTiming()).toBe("read;dur=1.3, write;dur=3.0");
  });
});

describe("checkSpec with a clock", () => {
  it("gives the same result and says which phases it went through", async () => {
    // One $ref that cannot resolve: the document is bundled, so every phase of a check runs.
    const spec = enc(
      JSON.stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: { "/v1/x": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Missing" } } } } } } } },
      }),
    );
    const clock = new PhaseClock();
    const timed = await checkSpec(spec, {}, clock);
    expect(timed).toEqual(await checkSpec(spec));
    expect([...clock.totals.keys()].sort()).toEqual(["bundle", "decode", "hash", "lint", "parse", "ref-chain", "serialise", "standards"]);
    expect(PHASES).toEqual(expect.arrayContaining([...clock.totals.keys()]));
  });
});
