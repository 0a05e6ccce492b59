import { decodeSpec } from "./decode";
import { IngestError, isIngestError } from "./errors";
import { parseDocument, type ParseOptions } from "./parse";
import { externalRefs } from "./refchain";
import { resolveInArchive, type SpecFile } from "./resolver";

const SPEC_FILE = /\.(ya?ml|json)$/i;

/**
 * The YAML and JSON files of an archive, decoded and parsed with the same limits as a single
 * document; other files (a README, images) are left out. A file that cannot be read is refused,
 * its path leading the message.
 */
export function readSpecFiles(entries: ReadonlyMap<string, Uint8Array>, options: ParseOptions & { maxBytes?: number } = {}): Map<string, SpecFile> {
  const files = new Map<string, SpecFile>();
  for (const [path, bytes] of entries) {
    if (!SPEC_FILE.test(path)) continue;
    try {
      const text = decodeSpec(bytes, options);
      files.set(path, { text, parsed: parseDocument(text, options) });
    } catch (e) {
      if (!isIngestError(e)) throw e;
      throw new IngestError(e.code, `In the archive's file “${path}”: ${e.message}`, e.details);
    }
  }
  if (files.size === 0) throw new IngestError("no-root", "The archive has no YAML or JSON files, so it holds no OpenAPI description.");
  return files;
}

const isOpenApi = (data: unknown): data is Record<string, unknown> =>
  data !== null && typeof data === "object" && !Array.isArray(data) && ("openapi" in data || "swagger" in data);

/**
 * The archive's root document: the one file with an `openapi` or `swagger` field at the top that
 * no other file refers to. When several could be, the publisher chooses (a "choose-root" refusal
 * lists them); a choice must be one of the archive's OpenAPI documents.
 */
export function findRoot(files: ReadonlyMap<string, SpecFile>, chosen?: string): string {
  const candidates = [...files].filter(([, file]) => isOpenApi(file.parsed.data)).map(([path]) => path).sort();
  if (chosen !== undefined) {
    if (candidates.includes(chosen)) return chosen;
    throw new IngestError("no-root", `The archive has no OpenAPI description called “${chosen}”. Choose one of its files with an “openapi” or “swagger” field at the top.`);
  }
  if (candidates.length === 0) {
    throw new IngestError("no-root", "None of the archive's YAML or JSON files is an OpenAPI description: none has an “openapi” or “swagger” field at the top.");
  }
  const referenced = new Set<string>();
  for (const [path, file] of files) {
    for (const ref of externalRefs(file.parsed.data)) {
      const target = resolveInArchive(path, ref);
      if (target !== undefined && target !== path) referenced.add(target);
    }
  }
  const roots = candidates.filter((path) => !referenced.has(path));
  // Every one referred to by another (a file may point back to the root's components): the root
  // is clear only if there is one.
  const choices = roots.length ? roots : candidates;
  if (choices.length === 1) return choices[0]!;
  throw new IngestError("choose-root", `The archive has ${choices.length} OpenAPI descriptions that could be the root document. Choose the one that describes the API.`, { candidates: choices });
}
