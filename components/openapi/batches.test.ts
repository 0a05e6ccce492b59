import { describe, expect, it } from "vitest";
import { BATCH_OPERATIONS, allDrawn, drawnItems, withGroupOf, withNextBatch, type Item } from "./batches";

const operation = (): Item => ({ type: "operation", items: [] });
function group(size: number): Item {
  const g: Item = { type: "tag", items: [] };
  g.items = Array.from({ length: size }, () => ({ ...operation(), parent: g }));
  return g;
}

describe("drawing a big spec in batches", () => {
  it("draws only the first operations of a big first group, then the rest batch by batch", () => {
    const items = [group(187), group(33), operation()];
    const first = withNextBatch(items, new Map());
    expect([...first]).toEqual([[0, BATCH_OPERATIONS]]);
    expect(drawnItems(items, first)[0]!.items).toHaveLength(BATCH_OPERATIONS);
    let drawn = first;
    let batches = 1;
    while (!allDrawn(items, drawn)) {
      drawn = withNextBatch(items, drawn);
      batches++;
    }
    expect(batches).toBe(Math.ceil((187 + 33 + 1) / BATCH_OPERATIONS));
    expect(drawnItems(items, drawn)).toEqual(items);
  });

  it("draws a whole group at once when the reader goes to it, keeping what is drawn", () => {
    const items = [group(187), group(33)];
    const drawn = withGroupOf(items, withNextBatch(items, new Map()), items[1]!.items[5]!);
    expect([...drawn]).toEqual([[0, BATCH_OPERATIONS], [1, 33]]);
    expect(drawnItems(items, drawn)[1]).toBe(items[1]);
  });

  it("hands Redoc the same view of a part-drawn group each time, with the group's other properties", () => {
    const items = [group(50)];
    const drawn = withNextBatch(items, new Map());
    const [a] = drawnItems(items, drawn);
    const [b] = drawnItems(items, drawn);
    expect(a).toBe(b);
    expect(a!.type).toBe("tag");
    expect(a!.items[0]).toBe(items[0]!.items[0]);
  });
});
