import { posix } from "node:path";
import { BaseResolver, ResolveError, Source, type Document } from "@redocly/openapi-core";
import type { ParsedDocument } from "./parse";

/** One file of a multi-file spec: its text (for line numbers) and its data, parsed by us. */
export type SpecFile = { text: string; parsed: ParsedDocument };

/**
 * Where a relative `$ref` written in the file at `base` points, as a path inside the archive;
 * undefined for anything that is not such a path: a URL (http:, file:, a drive letter…), an
 * absolute path, a backslash, or a path that climbs out of the archive.
 */
export function resolveInArchive(base: string | null, ref: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("/") || ref.includes("\\")) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(ref);
  } catch {
    return undefined;
  }
  const joined = posix.normalize(posix.join(base ? posix.dirname(base) : ".", path));
  return joined === ".." || joined.startsWith("../") || posix.isAbsolute(joined) ? undefined : joined;
}

/**
 * The one resolver of external `$ref`s: it never does I/O. Redocly's BaseResolver fetches http(s)
 * refs and reads relative refs from the server's disk; a publisher's spec must never make us do
 * either (SSRF to 169.254.169.254, reading /etc/passwd). It is given the files of an uploaded
 * archive (none for a single document) and follows relative refs to those files only, handing
 * Redocly the data we parsed, so Redocly's own YAML loader never decides what is safe. Every
 * other external ref is refused and surfaces as an ordinary `no-unresolved-refs` problem. Local
 * refs ("#/components/…") never reach the resolver, so they keep working.
 */
export class ArchiveResolver extends BaseResolver {
  private readonly documents = new Map<string, Document>();

  constructor(private readonly files: ReadonlyMap<string, SpecFile> = new Map()) {
    super({ http: { headers: [] } });
  }

  // Pure string work, overridden so no path is ever built from process.cwd().
  override resolveExternalRef(base: string | null, ref: string): string {
    return resolveInArchive(base, ref) ?? ref;
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    throw this.refusal(absoluteRef);
  }

  // The only caller of loadExternalRef, replaced whole: no cache entry, no parse by Redocly.
  override async resolveDocument<T = unknown>(base: string | null, ref: string): Promise<Document<T> | ResolveError> {
    const path = resolveInArchive(base, ref);
    const file = path === undefined ? undefined : this.files.get(path);
    if (path === undefined || !file) throw this.refusal(ref, path);
    let document = this.documents.get(path);
    if (!document) {
      document = { source: new Source(path, file.text, "application/yaml"), parsed: file.parsed.data };
      this.documents.set(path, document);
    }
    return document as Document<T>;
  }

  private refusal(ref: string, path?: string): ResolveError {
    const why =
      this.files.size === 0
        ? `external reference "${ref}" refused: specs must be self-contained (only "#/…" references are followed)`
        : path === undefined
          ? `reference "${ref}" refused: only relative references to files inside the archive are followed`
          : `reference "${ref}" refused: the archive has no YAML or JSON file "${path}"`;
    return new ResolveError(new Error(why));
  }
}
