import type { Plugin } from "@redocly/openapi-core";
import { gdsPlugin, gdsRulesConfig, scoreStandards, type StandardsResult } from "@/lib/standards";
import { ingestSpec, type IngestOptions, type IngestResult } from "./ingest";
import type { PhaseClock } from "./phases";

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

export type CheckOptions = Omit<IngestOptions, "plugins" | "rules" | "clock">;

type RootVisitor = { Root: { leave: (...args: unknown[]) => void } };
type RuleFactory = (options: Record<string, unknown>) => RootVisitor;

/** The GDS plugin with its rules' work in the walk counted as "standards" on the clock, not "lint". */
function timedGdsPlugin(clock: PhaseClock): Plugin {
  const timed = (rules: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(rules as Record<string, RuleFactory>).map(([id, rule]) => [
        id,
        (options: Record<string, unknown>): RootVisitor => {
          const { leave } = rule(options).Root;
          return {
            Root: {
              leave: (...args) => {
                const was = clock.enter("standards");
                try {
                  leave(...args);
                } finally {
                  clock.enter(was);
                }
              },
            },
          };
        },
      ]),
    );
  const { oas3, oas2 } = gdsPlugin.rules as { oas3: Record<string, unknown>; oas2: Record<string, unknown> };
  return { ...gdsPlugin, rules: { oas3: timed(oas3), oas2: timed(oas2) } } as Plugin;
}

/**
 * The whole check of one spec: ingest with Redocly's recommended rules and the GDS standards
 * rules in one walk, then each standard's outcome from the GDS rules' problems (and Redocly's
 * unresolved $refs, which leave some rules unable to judge).
 * The server runs it off the request thread: checkInWorker (./worker.ts).
 */
export async function checkSpec(bytes: Uint8Array, options: CheckOptions = {}, clock?: PhaseClock): Promise<CheckResult> {
  return (await checkKeepingBundle(bytes, options, clock)).checked;
}

/** checkSpec, and the bundle as the object it was serialised from: the worker compares it without parsing its JSON again. */
export async function checkKeepingBundle(bytes: Uint8Array, options: CheckOptions = {}, clock?: PhaseClock): Promise<{ checked: CheckResult; bundled: Record<string, unknown> }> {
  const plugin = clock ? timedGdsPlugin(clock) : gdsPlugin;
  const { bundled, ...result } = await ingestSpec(bytes, { ...options, plugins: [plugin], rules: gdsRulesConfig, clock });
  clock?.enter("standards");
  const standards = scoreStandards(result.problems, bundled);
  clock?.enter("serialise");
  const bundledJson = JSON.stringify(bundled);
  clock?.enter(undefined);
  return { checked: { ...result, bundledJson, problems: result.problems.filter((p) => !p.ruleId.startsWith("gds/")), standards }, bundled };
}
