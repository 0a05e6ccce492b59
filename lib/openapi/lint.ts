import {
  bundle,
  createConfig,
  lintDocument,
  Source,
  type Config,
  type NormalizedProblem,
} from "@redocly/openapi-core";
import { IngestError } from "./errors";
import { byPosition, type LintProblem } from "./lint-problem";
import type { ParsedDocument, ParsedSpec } from "./parse";
import type { PhaseClock } from "./phases";
import { ArchiveResolver, type SpecFile } from "./resolver";
import type { SpecVersion } from "./spec-version";

export type { LintProblem } from "./lint-problem";

type CreateConfigOptions = NonNullable<Parameters<typeof createConfig>[1]>;
/** Redocly plugin objects (e.g. lib/standards' gdsPlugin) added to the same walk. */
export type LintPlugins = NonNullable<CreateConfigOptions["plugins"]>;
/** Extra rule settings, e.g. gdsRulesConfig: { "gds/servers-https": "error" }. */
export type LintRules = Record<string, unknown>;

/**
 * Which of the rules a walk applies: all of them; or, so that two workers can share the check of
 * a big spec (./worker.ts), the rules that validate examples against their schemas (compiling a
 * validator per schema: most of the time of a spec with many examples) and the rest, apart.
 */
export type LintPart = "all" | "examples" | "rest";

/** Redocly's recommended rules that validate examples against their schemas. */
export const EXAMPLE_RULES = ["no-invalid-media-type-examples", "no-invalid-parameter-examples", "no-invalid-schema-examples"] as const;

export type LintOptions = { plugins?: LintPlugins; rules?: LintRules; clock?: PhaseClock; part?: LintPart };

/** A multi-file spec: the root document's path in its archive, and every YAML or JSON file there by path. */
export type SpecFiles = { rootPath: string; files: ReadonlyMap<string, SpecFile> };

// A single document's synthetic, non-filesystem name: nothing outside it is ever resolved.
const ROOT_REF = "openapi.yaml";

// Config creation costs tens of ms; the plain "recommended" one, and the examples' one, are shared.
let defaultConfig: Promise<Config> | undefined;
let examplesConfig: Promise<Config> | undefined;

/** Shared (never a failure: that is made again next time). */
function keep(make: () => Promise<Config>, set: (config: Promise<Config> | undefined) => void): Promise<Config> {
  const config = make();
  set(config);
  config.catch(() => set(undefined));
  return config;
}

/**
 * The example rules alone, each as "recommended" sets it for each version of OpenAPI (their
 * settings differ: for 3.0 a media type's example may not have properties its schema lacks).
 */
async function makeExamplesConfig(): Promise<Config> {
  const recommended = (await makeConfig()).rules as unknown as Record<string, Record<string, unknown>>;
  const versions = { oas2Rules: "oas2", oas3_0Rules: "oas3_0", oas3_1Rules: "oas3_1" } as const;
  const raw = Object.fromEntries(
    Object.entries(versions).map(([key, version]) => [key, Object.fromEntries(EXAMPLE_RULES.filter((id) => recommended[version]?.[id] !== undefined).map((id) => [id, recommended[version]![id]]))]),
  );
  return createConfig(raw as Parameters<typeof createConfig>[0], { externalRefResolver: new ArchiveResolver() });
}

export function makeConfig(options: LintOptions = {}): Promise<Config> {
  if (options.part === "examples") return examplesConfig ?? keep(makeExamplesConfig, (c) => (examplesConfig = c));
  const rest = options.part === "rest";
  const extra = rest || Boolean(options.plugins?.length || (options.rules && Object.keys(options.rules).length));
  // Without `extends` Redocly applies no rules at all.
  // Plugin objects go in the raw config, not createConfig's `plugins` option: only the former
  // path prefixes their rule ids ("gds/servers-https"), which `rules` settings refer to.
  const rules = { ...options.rules, ...(rest ? Object.fromEntries(EXAMPLE_RULES.map((id) => [id, "off"])) : {}) };
  const raw = {
    extends: ["recommended"],
    ...(options.plugins?.length ? { plugins: options.plugins } : {}),
    ...(Object.keys(rules).length ? { rules } : {}),
  };
  const make = () => createConfig(raw as Parameters<typeof createConfig>[0], { externalRefResolver: new ArchiveResolver() });
  if (extra) return make();
  return defaultConfig ?? keep(make, (c) => (defaultConfig = c));
}

/**
 * Redocly's problems with line and column, each placed in its own document: the root, or (for a
 * multi-file spec) the archive's file it is in, whose path then starts the message.
 */
function toProblems(found: NormalizedProblem[], rootRef: string, parsed: ParsedSpec, files?: ReadonlyMap<string, SpecFile>): LintProblem[] {
  const documentOf = (ref: string | undefined): ParsedDocument | undefined => (ref === rootRef ? parsed : ref === undefined ? undefined : files?.get(ref)?.parsed);
  const byDocument = new Map<string, NormalizedProblem[]>();
  for (const p of found) {
    const ref = p.location[0]?.source.absoluteRef;
    if (ref !== undefined && documentOf(ref)) byDocument.set(ref, [...(byDocument.get(ref) ?? []), p]);
  }
  const at = new Map<NormalizedProblem, { line: number; column: number }>();
  for (const [ref, problems] of byDocument) {
    const positions = documentOf(ref)!.locateAll(problems.map((p) => ({ pointer: p.location[0]!.pointer ?? "#/", onKey: p.location[0]!.reportOnKey })));
    problems.forEach((p, i) => at.set(p, positions[i]!));
  }
  return found.map((p) => {
    const ref = p.location[0]?.source.absoluteRef;
    return {
      ruleId: p.ruleId,
      severity: p.severity === "error" ? "error" : "warn",
      message: ref !== rootRef && files?.has(ref ?? "") ? `${ref}: ${p.message}` : p.message,
      pointer: p.location[0]?.pointer ?? "#/",
      ...(at.get(p) ?? { line: 1, column: 1 }),
    };
  });
}

/**
 * Lint, then bundle, the already-parsed document with Redocly, following refs to the other files
 * of a multi-file spec only. We hand Redocly our parsed data (never the text), so its own YAML
 * loader is not the one deciding what is safe.
 */
export async function lintSpec(
  text: string,
  parsed: ParsedSpec,
  version: SpecVersion,
  options: LintOptions = {},
  archive?: SpecFiles,
): Promise<{ version: SpecVersion; bundled: Record<string, unknown>; rebundled: boolean; problems: LintProblem[] }> {
  options.clock?.enter("lint");
  const config = await makeConfig(options);
  const externalRefResolver = new ArchiveResolver(archive?.files);
  const rootRef = archive?.rootPath ?? ROOT_REF;
  const source = new Source(rootRef, text, "application/yaml");
  try {
    const found = await lintDocument({ document: { source, parsed: parsed.data }, config, externalRefResolver });
    const problems = toProblems(found, rootRef, parsed, archive?.files);
    // A single document's $refs that Redocly could not resolve are no-unresolved-refs problems
    // (external ones always are: our resolver refuses them). Without any, every ref points inside
    // the document, which is then its own bundle: bundling it again would cost a second walk of a
    // 13 MB spec. A multi-file spec is always bundled: its refs to other files become components.
    // The problems are placed in the text already, so bundle() may rewrite refs in the parsed data
    // itself (copying the document costs as much as bundling it). If bundling fails (e.g. a
    // schema that is only a $ref to itself) we keep the document as it stands and say why.
    let bundled = parsed.data;
    // bundle() may have rewritten the parsed data even when it fails: either way it is no longer the text's.
    const rebundled = archive !== undefined || found.some((p) => p.ruleId === "no-unresolved-refs");
    if (rebundled) {
      try {
        options.clock?.enter("bundle");
        const result = await bundle({ doc: { source, parsed: parsed.data }, config, externalRefResolver });
        bundled = result.bundle.parsed as Record<string, unknown>;
      } catch (e) {
        if (e instanceof RangeError) throw e;
        problems.push({ ruleId: "bundle", severity: "error", message: `The spec could not be bundled: ${(e as Error).message}`, pointer: "#/", line: 1, column: 1 });
      }
    }
    problems.sort(byPosition);
    return { version, bundled, rebundled, problems };
  } catch (e) {
    if (e instanceof IngestError) throw e;
    if (e instanceof RangeError) {
      throw new IngestError("too-deep", "The spec is nested too deeply (or its $refs chain too long) to check.");
    }
    const message = (e as Error).message;
    // A $ref whose target is itself only a $ref back (A → B → A, or Self → Self) has no
    // schema at the end at all; Redocly throws rather than reporting it.
    if (/circular pointer/i.test(message)) {
      throw new IngestError("circular-ref", "The spec has a $ref that leads back to itself without any schema in between (for example A: {$ref: B} and B: {$ref: A}). Give one of them real content.");
    }
    // Redocly also throws, rather than reporting, for versions and shapes it cannot handle.
    throw new IngestError("invalid-spec", `The spec could not be checked: ${message}`);
  }
}
