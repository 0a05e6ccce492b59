/** How a result of "Before you build" is offered: shared platforms first, then open code, then the rest. */
export type Tier = "platform" | "open-source" | "one-off";
const TIER_ORDER: Record<Tier, number> = { platform: 0, "open-source": 1, "one-off": 2 };

export function tierOf(system: { sharedPlatform: boolean; repositoryUrl: string | null; licence: string | null } | null): Tier {
  if (system?.sharedPlatform) return "platform";
  return system?.repositoryUrl && system.licence ? "open-source" : "one-off";
}

/** A match from one of the full-text indexes: `relevance` is larger for a better match. */
export type Candidate = { kind: "system" | "api"; id: string; name: string; tier: Tier; relevance: number };

/**
 * The order results are shown in: by tier (a shared platform before open code before a one-off
 * system, whatever the words), then by how well the words match. Systems and APIs come from two
 * indexes whose scores are not on one scale, so each score is taken as a share of the best of
 * its own index before they are compared. Ties go by name, so the order is the same every time.
 */
export function rankCandidates<T extends Candidate>(candidates: T[]): T[] {
  const best = { system: 0, api: 0 };
  for (const c of candidates) best[c.kind] = Math.max(best[c.kind], c.relevance);
  const share = (c: T) => (best[c.kind] > 0 ? c.relevance / best[c.kind] : 0);
  return [...candidates].sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || share(b) - share(a) || a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
}

/** Words that say nothing about the need ("I need to check someone's identity"), dropped before matching. */
const FILLER = new Set(["a", "an", "the", "to", "of", "for", "and", "or", "in", "on", "i", "we", "my", "our", "someone", "someones", "need", "needs", "want", "way", "how", "can", "do", "with", "from", "by", "be", "is", "s"]);

/** What someone typed, as the words to match: letters and digits only, filler gone, at most twelve. */
export function needTerms(input: string): string[] {
  const words = input.normalize("NFKC").toLowerCase().replace(/['’]/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => !FILLER.has(w)))].slice(0, 12).map((w) => w.slice(0, 64));
}

/** Any of the words may match (a plain-words need rarely uses every word a description does); better matches rank higher. */
export const sqliteAnyOf = (terms: string[]) => terms.map((t) => `"${t}"`).join(" OR ");
export const postgresAnyOf = (terms: string[]) => terms.join(" | ");
