/**
 * Which parts of a big spec Redoc draws, and when. Redoc draws every operation in full, which
 * takes many seconds for a spec with hundreds of them (GitHub's first tag alone has 187), so the
 * documentation is drawn a batch of operations at a time: the first batch before it counts as
 * shown, the rest in later tasks. A top-level group can be drawn in part: its first children.
 */

/** The little of Redoc's menu items this needs. */
export interface Item {
  type: string;
  items: Item[];
  parent?: Item;
}

/** For each top-level item drawn (by index), how many of its children are drawn. */
export type Drawn = ReadonlyMap<number, number>;

/** Operations drawn at a time: at first, then in each further task. */
export const BATCH_OPERATIONS = 20;

const operations = (item: Item): number => (item.type === "operation" ? 1 : item.items.reduce((n, child) => n + operations(child), 0));
const complete = (item: Item, drawn: number | undefined) => drawn !== undefined && drawn >= item.items.length;
export const topLevel = (item: Item): Item => (item.parent ? topLevel(item.parent) : item);

/** What is drawn plus the next BATCH_OPERATIONS operations (or so: a child group is drawn whole), in menu order. */
export function withNextBatch(items: readonly Item[], drawn: Drawn): Drawn {
  const next = new Map(drawn);
  let budget = BATCH_OPERATIONS;
  for (let i = 0; i < items.length && budget > 0; i++) {
    const item = items[i]!;
    let count = next.get(i) ?? 0;
    if (complete(item, next.get(i))) continue;
    if (item.items.length === 0) budget -= operations(item);
    while (count < item.items.length && budget > 0) budget -= operations(item.items[count++]!);
    next.set(i, count);
  }
  return next;
}

/** The whole of the top-level group holding an item, as when a reader goes to it. */
export function withGroupOf(items: readonly Item[], drawn: Drawn, item: Item): Drawn {
  const group = items.indexOf(topLevel(item));
  if (group < 0 || complete(items[group]!, drawn.get(group))) return drawn;
  return new Map(drawn).set(group, items[group]!.items.length);
}

/** Whether every item is drawn in full. */
export const allDrawn = (items: readonly Item[], drawn: Drawn): boolean => items.every((item, i) => complete(item, drawn.get(i)));

const parts = new WeakMap<Item, Map<number, Item>>();

/**
 * The top-level items to hand to Redoc: whole ones as they are, a group drawn in part as a view of
 * it with only its first children (the same view each time, so React does not redraw it).
 */
export function drawnItems<T extends Item>(items: readonly T[], drawn: Drawn): T[] {
  return items.flatMap((item, i) => {
    const count = drawn.get(i);
    if (count === undefined) return [];
    if (count >= item.items.length) return [item];
    let views = parts.get(item);
    if (!views) parts.set(item, (views = new Map()));
    let view = views.get(count);
    if (!view) views.set(count, (view = Object.create(item, { items: { value: item.items.slice(0, count) } }) as Item));
    return [view as T];
  });
}
