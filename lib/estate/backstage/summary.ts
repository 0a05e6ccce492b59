/** An import plan in words, as plain data a page (or a client component) can show. */
import type { ImportPlan, Report } from "./plan";

export type ImportSummary = {
  /** "will create 3 systems, update 1, create 2 APIs, declare 4 connections" */
  headline: string;
  systems: { name: string; action: string }[];
  apis: { name: string; action: string; system: string }[];
  connections: { words: string; api: string | null; technology: string; action: string }[];
  problems: string[];
  notes: string[];
};

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const placed = (r: Report) => `Document ${r.place.document}, line ${r.place.line}: ${r.message}`;

/** What the import does, in the order the page lists it; nothing to do is said as such. */
export function summarise(plan: ImportPlan, tense: "will" | "did" = "will"): ImportSummary {
  const fromFile = plan.systems.filter((s) => s.place.document > 0);
  const n = (items: { action: string }[], action: string) => items.filter((i) => i.action === action).length;
  const verbs = tense === "will" ? { create: "create", update: "update", declare: "declare" } : { create: "created", update: "updated", declare: "declared" };
  const parts = [
    n(fromFile, "create") && `${verbs.create} ${count(n(fromFile, "create"), "system")}`,
    n(fromFile, "update") && `${verbs.update} ${count(n(fromFile, "update"), "system")}`,
    n(plan.apis, "create") && `${verbs.create} ${count(n(plan.apis, "create"), "API")}`,
    n(plan.apis, "update") && `${verbs.update} ${count(n(plan.apis, "update"), "API")}`,
    n(plan.connections, "declare") && `${verbs.declare} ${count(n(plan.connections, "declare"), "connection")}`,
  ].filter(Boolean);
  const nothing = tense === "will" ? "will change nothing: the catalogue already holds everything in it" : "changed nothing: the catalogue already held everything in it";
  const systemName = (key: string) => plan.systems.find((s) => s.key === key)?.name ?? key;
  return {
    headline: parts.length ? `${tense === "will" ? "The import will" : "The import"} ${parts.join(", ")}` : `The import ${nothing}`,
    systems: fromFile.map((s) => ({ name: s.name, action: s.action })),
    apis: plan.apis.map((a) => ({ name: a.name, action: a.action, system: systemName(a.systemKey) })),
    connections: plan.connections.map((c) => ({ words: c.words, api: c.apiKey ? (plan.apis.find((a) => a.key === c.apiKey)?.name ?? c.apiKey.replace(/^catalogue:/, "")) : null, technology: c.input.technology!, action: c.action })),
    problems: plan.problems.map(placed),
    notes: plan.notes.map(placed),
  };
}
