/**
 * What the browser draws, positioned and compact (arrays, indexes into the organisations and
 * technologies, bit flags): thousands of systems in tens of kilobytes.
 * nodes: [key, label, x, y, organisation, size, flags]; edges: [source, target, technology or -1 for a bundle, flags, count].
 */
export type MapPayload = {
  key: string;
  organisations: [slug: string, name: string][];
  nodes: [key: string, label: string, x: number, y: number, organisation: number, size: number, flags: number][];
  edges: [source: number, target: number, technology: number, flags: number, count: number][];
};
export const NODE = { organisation: 1, highlighted: 2, focus: 4, example: 8, noApi: 16 } as const;
export const EDGE = { both: 1, unconfirmed: 2, disputed: 4, personalData: 8, bundle: 16 } as const;

