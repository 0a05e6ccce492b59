import { describe, expect, it } from "vitest";
import { computeLayout, placeMissing, type LayoutInput } from "./layout";

/** Four organisations of ten systems, each connected mostly within itself. */
function estate(): LayoutInput {
  const systems = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, organisationId: `o${i % 4}` }));
  const connections: [string, string][] = systems.flatMap((s, i) => [[s.id, `s${(i + 4) % 40}`] as [string, string], [s.id, `s${(i + 8) % 40}`] as [string, string]]);
  connections.push(["s0", "s1"], ["s2", "s3"]);
  return { systems, connections, previous: {} };
}
const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe("laying out the estate", () => {
  it("places every system, the same way every time", () => {
    const a = computeLayout(estate());
    expect(Object.keys(a)).toHaveLength(40);
    expect(computeLayout(estate())).toEqual(a);
  });

  it("keeps each organisation's systems together", () => {
    const p = computeLayout(estate());
    const pairs = (same: boolean) => {
      const d: number[] = [];
      for (let i = 0; i < 40; i++) for (let j = i + 1; j < 40; j++) if ((i % 4 === j % 4) === same) d.push(distance(p[`s${i}`]!, p[`s${j}`]!));
      return d.reduce((x, y) => x + y, 0) / d.length;
    };
    expect(pairs(true)).toBeLessThan(pairs(false) / 2);
  });

  it("starts from the last layout, so a small change moves little", () => {
    const before = computeLayout(estate());
    const input = estate();
    input.systems.push({ id: "s40", organisationId: "o1" });
    const after = computeLayout({ ...input, previous: before });
    const moved = input.systems.slice(0, 40).map((s) => distance(before[s.id]!, after[s.id]!));
    const spread = Math.max(...Object.values(before).map((p) => Math.hypot(...p)));
    expect(Math.max(...moved)).toBeLessThan(spread / 2);
  });

  it("places a system the layout does not know beside its organisation's", () => {
    const p = computeLayout(estate());
    const systems = [...estate().systems, { id: "new", organisationId: "o2" }];
    const placed = placeMissing(systems, p);
    const centre = (o: string) => {
      const own = estate().systems.filter((s) => s.organisationId === o).map((s) => p[s.id]!);
      return [own.reduce((x, q) => x + q[0], 0) / own.length, own.reduce((y, q) => y + q[1], 0) / own.length] as [number, number];
    };
    expect(distance(placed.new!, centre("o2"))).toBeLessThan(distance(placed.new!, centre("o0")));
    expect(placed.s0).toEqual(p.s0);
  });
});
