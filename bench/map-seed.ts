// Synthetic estate for bench/map.ts: organisations of varied size, their systems, and
// connections mostly within an organisation and often across, from a fixed seed.
import type { Db } from "../lib/db/index";
import { TECHNOLOGIES } from "../lib/estate/vocabulary";
import { prng } from "./seed";

/** Stable ids, so two runs lay out and draw exactly the same estate. */
const createId = (kind: string, i: number) => `${kind}${String(i).padStart(6, "0")}`;

export async function seedEstate(db: Db, { organisations = 100, systems = 2000, connections = 8000, seed = 20261205 } = {}) {
  const r = prng(seed);
  const orgs = Array.from({ length: organisations }, (_, i) => ({ id: createId("o", i), slug: `organisation-${i + 1}`, name: `Organisation ${i + 1}` }));
  await db.organisation.createMany({ data: orgs });
  const rows = Array.from({ length: systems }, (_, i) => ({
    id: createId("s", i),
    slug: `system-${i + 1}`,
    name: `${r.pick(["Case", "Records", "Payments", "Licensing", "Identity", "Notifications", "Grants", "Tax", "Benefits", "Registers"])} system ${i + 1}`,
    // Skewed sizes: a few large organisations, many small.
    organisationId: orgs[Math.floor(organisations * r.next() ** 1.6)]!.id,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.system.createMany({ data: rows.slice(i, i + 500) });
  const byOrganisation = new Map<string, string[]>();
  for (const s of rows) byOrganisation.set(s.organisationId, [...(byOrganisation.get(s.organisationId) ?? []), s.id]);
  const data = [];
  for (let i = 0; i < connections; i++) {
    const from = r.pick(rows);
    const own = byOrganisation.get(from.organisationId)!;
    let to = r.next() < 0.6 && own.length > 1 ? r.pick(own) : r.pick(rows).id;
    if (to === from.id) to = rows[(rows.indexOf(from) + 1) % rows.length]!.id;
    data.push({
      fromSystemId: from.id,
      toSystemId: to,
      description: "records",
      direction: r.next() < 0.2 ? "both" : "one-way",
      technology: r.pick(TECHNOLOGIES),
      openStandard: r.next() < 0.7,
      personalData: r.next() < 0.3,
      frequency: "daily",
      visibility: "public",
      confirmation: r.weighted([["confirmed", 6], ["unconfirmed", 3], ["disputed", 1]] as const),
      declaredBy: "from",
    });
  }
  for (let i = 0; i < data.length; i += 1000) await db.connection.createMany({ data: data.slice(i, i + 1000) });
  return { organisations, systems, connections, sample: rows[0]!.slug };
}
