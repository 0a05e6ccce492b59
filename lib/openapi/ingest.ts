import { createHash } from "node:crypto";
import { isZip, readArchive, type ArchiveLimits } from "./archive";
import { decodeSpec, refuseTooLarge } from "./decode";
import { IngestError } from "./errors";
import { lintSpec, type LintOptions, type LintProblem } from "./lint";
import { findRoot, readSpecFiles } from "./multifile";
import { parseSpec, type ParsedSpec } from "./parse";
import type { PhaseClock } from "./phases";
import { DEFAULT_MAX_REF_CHAIN, longestRefChain } from "./refchain";
import { detectVersion, refuseNonOpenApiText, type SpecVersion } from "./spec-version";

export type IngestOptions = LintOptions &
  ArchiveLimits & {
    maxBytes?: number;
    maxDepth?: number;
    maxAliasCount?: number;
    maxRefChain?: number;
    /** For a .zip: the path of its root document, when the publisher chose it. */
    root?: string;
    /** Times each phase, when someone is timing (bench/ingest, through the upload route). */
    clock?: PhaseClock;
  };

export type IngestResult = {
  /** sha256 hex of the decoded text (of a .zip: arrivalHash): same input, same hash, no re-lint needed. */
  contentHash: string;
  /** The decoded source text (BOM stripped), to store as the raw revision. */
  text: string;
  version: SpecVersion;
  /** e.g. "OpenAPI 3.0.3", "Swagger 2.0". */
  versionLabel: string;
  bundled: Record<string, unknown>;
  /**
   * Whether the bundle is a new document (a multi-file spec's, or one with $refs that could not
   * be resolved) rather than the parsed text itself: parsing the same bytes again gives the bundle
   * otherwise (what lets an upload compare versions while it is checked: ./attach.ts).
   */
  rebundled: boolean;
  problems: LintProblem[];
  /** For a multi-file spec (a .zip): the root document's path in it, and how many YAML or JSON files it has. */
  archive?: { root: string; files: number };
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

/**
 * What identifies what arrived: the text's hash (contentHashOfBytes) or, for an archive, the
 * hash of its bytes and of the root document the publisher chose, if they chose one.
 */
export function arrivalHash(bytes: Uint8Array, root?: string): string {
  if (!isZip(bytes)) return contentHashOfBytes(bytes);
  const hash = createHash("sha256").update(bytes);
  return (root === undefined ? hash : hash.update(`\0${root}`, "utf8")).digest("hex");
}

function refuseLongRefChains(data: unknown, maxChain: number, where = "The spec"): void {
  const chain = longestRefChain(data);
  if (chain > maxChain) {
    throw new IngestError(
      "ref-chain-too-deep",
      `${where} has a chain of ${chain} $refs, each pointing to the next; the most we can check is ${maxChain}. Flatten some of the chain.`,
    );
  }
}

/**
 * Bytes → checked spec: one YAML or JSON document, or a .zip of a multi-file spec (recognised by
 * its first bytes), whose relative refs are followed inside the archive and which is bundled
 * into one document. Every refusal is an IngestError with a plain-English message.
 */
export async function ingestSpec(bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestResult> {
  if (isZip(bytes)) return ingestArchive(bytes, options);
  const { clock } = options;
  const { text, parsed, version, label } = readDocument(bytes, options);
  clock?.enter("ref-chain");
  refuseLongRefChains(parsed.data, options.maxRefChain ?? DEFAULT_MAX_REF_CHAIN);
  const linted = await lintSpec(text, parsed, version, options);
  clock?.enter("hash");
  // The bytes, not the text: hashing them costs no second UTF-8 encoding of a large document.
  return { contentHash: contentHashOfBytes(bytes), text, versionLabel: label, ...linted };
}

/**
 * Only the example rules' problems of one document (see LintPart), beside its check by another
 * worker, which refuses what it cannot check (long $ref chains among them) and hashes it.
 */
export async function exampleProblems(bytes: Uint8Array, options: IngestOptions = {}): Promise<LintProblem[]> {
  const { text, parsed, version } = readDocument(bytes, options);
  return (await lintSpec(text, parsed, version, { ...options, part: "examples" })).problems;
}

/** One document's bytes decoded and parsed, refused if they are not an OpenAPI description. */
function readDocument(bytes: Uint8Array, options: IngestOptions) {
  options.clock?.enter("decode");
  const text = decodeSpec(bytes, options);
  refuseNonOpenApiText(text);
  options.clock?.enter("parse");
  const parsed = parseSpec(text, options);
  return { text, parsed, ...detectVersion(parsed.data) };
}

async function ingestArchive(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  refuseTooLarge(bytes, options);
  const { clock } = options;
  clock?.enter("decode");
  const files = readSpecFiles(await readArchive(bytes, options), options);
  const rootPath = findRoot(files, options.root);
  const root = files.get(rootPath)!;
  const parsed = root.parsed as ParsedSpec;
  const { version, label } = detectVersion(parsed.data);
  clock?.enter("ref-chain");
  for (const [path, file] of files) refuseLongRefChains(file.parsed.data, options.maxRefChain ?? DEFAULT_MAX_REF_CHAIN, `The archive's file “${path}”`);
  const linted = await lintSpec(root.text, parsed, version, options, { rootPath, files });
  return { contentHash: arrivalHash(bytes, options.root), text: root.text, versionLabel: label, ...linted, archive: { root: rootPath, files: files.size } };
}
