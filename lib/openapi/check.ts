import { gdsPlugin, gdsRulesConfig, scoreStandards, type StandardsResult } from "@/lib/standards";
import { ingestSpec, type IngestOptions, type IngestResult } from "./ingest";

export type CheckResult = Omit<IngestResult, "problems" | "bundled"> & {
  /**
   * The bundled document as JSON text: what is stored, and, unlike the object, cheap to hand
   * from the worker to the server (a string is copied in one piece, not rebuilt node by node).
   */
  bundledJson: string;
  /** Redocly's recommended rules' problems, with line and column */
  problems: IngestResult["problems"];
  /** the GDS API standards, point by point (the score depends on the API too: see lib/standards' summarise) */
  standards: StandardsResult;
};

export type CheckOptions = Omit<IngestOptions, "plugins" | "rules">;

/**
 * The whole check of one spec: ingest with Redocly's recommended rules and the GDS standards
 * rules in one walk, then each standard's outcome from the GDS rules' problems (and Redocly's
 * unresolved $refs, which leave some rules unable to judge).
 * The server runs it off the request thread: checkInWorker (./worker.ts).
 */
export async function checkSpec(bytes: Uint8Array, options: CheckOptions = {}): Promise<CheckResult> {
  const { bundled, ...result } = await ingestSpec(bytes, { ...options, plugins: [gdsPlugin], rules: gdsRulesConfig });
  const standards = scoreStandards(result.problems, bundled);
  return { ...result, bundledJson: JSON.stringify(bundled), problems: result.problems.filter((p) => !p.ruleId.startsWith("gds/")), standards };
}
