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
  | "invalid-archive"
  | "unsafe-archive"
  | "archive-too-large"
  | "no-root"
  | "choose-root"
  | "timeout"
  | "busy"
  | "internal";

/** What a refusal may say besides its message: plain data, so it crosses from a worker thread intact. */
export type IngestErrorDetails = {
  /** 1-based position in the source, when known. */
  line?: number;
  column?: number;
  /** For "choose-root": the archive's files the publisher may choose as the root document. */
  candidates?: string[];
};

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly line?: number;
  readonly column?: number;
  readonly candidates?: string[];

  constructor(code: IngestErrorCode, message: string, details?: IngestErrorDetails) {
    super(message);
    this.name = "IngestError";
    this.code = code;
    this.line = details?.line;
    this.column = details?.column;
    this.candidates = details?.candidates;
  }

  get details(): IngestErrorDetails {
    return { line: this.line, column: this.column, ...(this.candidates ? { candidates: this.candidates } : {}) };
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof IngestError;
}
