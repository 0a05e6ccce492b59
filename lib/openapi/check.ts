import { gdsPlugin, gdsRulesConfig, scoreStandards, type StandardsResult } from "@/lib/standards";
import { ingestSpec, type IngestOptions, type IngestResult } from "./ingest";

export type CheckResult = Omit<IngestResult, "problems"> & {
  /** Redocly's recommended rules' problems, with line and column */
  problems: IngestResult["problems"];
  /** the GDS API standards, point by point, and the score */
  standards: StandardsResult;
};

export type CheckOptions = Omit<IngestOptions, "plugins" | "rules">;

/**
 * The whole check of one spec: ingest with Redocly's recommended rules and the GDS standards
 * rules in one walk, then the standards table and score from the GDS rules' problems.
 * The server runs it off the request thread: checkInWorker (./worker.ts).
 */
export async function checkSpec(bytes: Uint8Array, options: CheckOptions = {}): Promise<CheckResult> {
  const result = await ingestSpec(bytes, { ...options, plugins: [gdsPlugin], rules: gdsRulesConfig });
  const standards = scoreStandards(result.problems, result.bundled);
  return { ...result, problems: result.problems.filter((p) => !p.ruleId.startsWith("gds/")), standards };
}
