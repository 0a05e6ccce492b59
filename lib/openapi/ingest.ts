import { createHash } from "node:crypto";
import { decodeSpec } from "./decode";
import { IngestError } from "./errors";
import { lintSpec, type LintOptions, type LintProblem } from "./lint";
import { parseSpec } from "./parse";
import { DEFAULT_MAX_REF_CHAIN, longestRefChain } from "./refchain";
import { detectVersion, refuseNonOpenApiText, type SpecVersion } from "./version";

export type IngestOptions = LintOptions & {
  maxBytes?: number;
  maxDepth?: number;
  maxAliasCount?: number;
  maxRefChain?: number;
};

export type IngestResult = {
  /** sha256 hex of the decoded text: same text, same hash, no re-lint needed. */
  contentHash: string;
  /** The decoded source text (BOM stripped), to store as the raw revision. */
  text: string;
  version: SpecVersion;
  /** e.g. "OpenAPI 3.0.3", "Swagger 2.0". */
  versionLabel: string;
  bundled: Record<string, unknown>;
  problems: LintProblem[];
};

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The content hash straight from the bytes, without decoding them: for valid UTF-8 (everything
 * ever stored) it equals contentHash of the decoded text, so a re-upload is known at once.
 */
export function contentHashOfBytes(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return createHash("sha256").update(bytes.subarray(bom)).digest("hex");
}

/** Bytes → checked spec. Every refusal is an IngestError with a plain-English message. */
export async function ingestSpec(bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestResult> {
  const text = decodeSpec(bytes, options);
  refuseNonOpenApiText(text);
  const parsed = parseSpec(text, options);
  const { version, label } = detectVersion(parsed.data);

  const maxChain = options.maxRefChain ?? DEFAULT_MAX_REF_CHAIN;
  const chain = longestRefChain(parsed.data);
  if (chain > maxChain) {
    throw new IngestError(
      "ref-chain-too-deep",
      `The spec has a chain of ${chain} $refs, each pointing to the next; the most we can check is ${maxChain}. Flatten some of the chain.`,
    );
  }

  const linted = await lintSpec(text, parsed, version, options);
  return { contentHash: contentHash(text), text, versionLabel: label, ...linted };
}
