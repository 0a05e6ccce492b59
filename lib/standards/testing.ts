/** Test helper: lint a spec string with only the GDS rules, never touching the network or disk. */
import { Source, createConfig, lintDocument, type Config, type NormalizedProblem } from "@redocly/openapi-core";
import { parse } from "yaml";
import { ArchiveResolver } from "@/lib/openapi/resolver";
import { gdsPlugin, gdsRulesConfig, scoreStandards, type StandardsResult } from "./index";

let config: Promise<Config> | undefined;
/** Only the GDS rules: createConfig without `extends` applies no built-in rules. */
export const gdsOnlyConfig = (): Promise<Config> =>
  (config ??= createConfig({ plugins: [gdsPlugin], rules: gdsRulesConfig }, { externalRefResolver: new ArchiveResolver() }));

/**
 * Parses with the `yaml` package (YAML 1.2 core schema, as ingest does) and lints the parsed
 * document with `lintDocument`, so Redocly's own YAML parser never sees the text (it rejects
 * some valid YAML, e.g. hmrc-individuals-matching.yaml). The original text is kept in the
 * Source so problems get line/column when Redocly can map the pointer.
 */
export async function lintWithGds(source: string): Promise<{ problems: NormalizedProblem[]; document: unknown; result: StandardsResult }> {
  const document: unknown = parse(source, { maxAliasCount: 100 });
  const problems = await lintDocument({
    document: { source: new Source("/spec.yaml", source), parsed: document },
    config: await gdsOnlyConfig(),
    externalRefResolver: new ArchiveResolver(),
  });
  return { problems, document, result: scoreStandards(problems, document) };
}
