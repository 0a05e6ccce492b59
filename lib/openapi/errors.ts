// One error type for every refusal in the ingest pipeline, so callers (upload
// form, URL fetcher, worker) can show `message` to a publisher as-is and branch on `code`.
export type IngestErrorCode =
  | "too-large"
  | "empty"
  | "not-utf8"
  | "invalid-yaml"
  | "unsafe-yaml"
  | "too-deep"
  | "not-an-object"
  | "unsupported-version"
  | "ref-chain-too-deep"
  | "circular-ref"
  | "invalid-spec"
  | "timeout"
  | "busy"
  | "internal";

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  /** 1-based position in the source, when known. */
  readonly line?: number;
  readonly column?: number;

  constructor(code: IngestErrorCode, message: string, pos?: { line?: number; column?: number }) {
    super(message);
    this.name = "IngestError";
    this.code = code;
    this.line = pos?.line;
    this.column = pos?.column;
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof IngestError;
}
