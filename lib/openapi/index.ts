// Public surface of the ingest pipeline (decode → parse → version → lint/bundle).
export { IngestError, isIngestError, type IngestErrorCode } from "./errors";
export { decodeSpec, DEFAULT_MAX_BYTES } from "./decode";
export { parseSpec, measureDepth, type ParsedSpec } from "./parse";
export { detectVersion, type SpecVersion } from "./spec-version";
export { ArchiveResolver, resolveInArchive, type SpecFile } from "./resolver";
export { lintSpec, makeConfig, type LintOptions, type LintProblem, type LintPlugins, type LintRules } from "./lint";
export { longestRefChain, DEFAULT_MAX_REF_CHAIN } from "./refchain";
export { ingestSpec, contentHash, type IngestOptions, type IngestResult } from "./ingest";
export { checkSpec, type CheckOptions, type CheckResult } from "./check";
export { checkInWorker, type WorkerLimits } from "./worker";
