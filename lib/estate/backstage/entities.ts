/**
 * Reading a Backstage catalog-info.yaml: several YAML documents, one entity each. The text is
 * read with the same parser and limits as an OpenAPI description (size, depth, aliases, no
 * custom tags); a document that is not an entity (no kind or metadata.name) refuses the file.
 */
import { decodeSpec } from "@/lib/openapi/decode";
import { IngestError } from "@/lib/openapi/errors";
import { parseYamlDocuments } from "@/lib/openapi/parse";

export type Place = { document: number; line: number };

export type Entity = {
  kind: string;
  /** metadata.name, lower-cased: Backstage compares names without case */
  name: string;
  /** what people call it: metadata.title, else metadata.name */
  title: string;
  description: string;
  tags: string[];
  spec: Record<string, unknown>;
  place: Place;
  /** where a field of the entity is (e.g. "/spec/owner"), for a report */
  placeOf(pointer: string): Place;
};

/** Why a file cannot be imported at all: nothing in it is used. */
export class CatalogFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CatalogFileError";
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/**
 * The largest file we read. Tighter than a spec's limit because the file travels in a form, twice
 * (the preview, then the confirmation), and a form here takes at most 1 MB (lib/security/body-limit.ts).
 */
export const IMPORT_MAX_BYTES = 500 * 1024;
const kilobytes = (n: number) => `${Math.ceil(n / 1024)} KB`;

/** The entities of a catalog-info.yaml, given as uploaded bytes or pasted text. */
export function readCatalogInfo(input: Uint8Array | string): Entity[] {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    throw new CatalogFileError(`The file is ${kilobytes(bytes.byteLength)}, larger than ${kilobytes(IMPORT_MAX_BYTES)}, the largest we import at once. Split it into smaller files and import each one.`);
  }
  let documents;
  try {
    documents = parseYamlDocuments(decodeSpec(bytes, { maxBytes: IMPORT_MAX_BYTES }));
  } catch (error) {
    if (error instanceof IngestError) throw new CatalogFileError(error.message);
    throw error;
  }
  const entities: Entity[] = [];
  documents.forEach((doc, index) => {
    const document = index + 1;
    // An empty document (a trailing `---`) says nothing.
    if (doc.data === null || doc.data === undefined) return;
    const at = (pointer: string): Place => ({ document, line: doc.locate(pointer).line });
    if (!isObject(doc.data)) throw new CatalogFileError(`Document ${document}, line ${doc.line}: a Backstage entity must be a mapping with kind, metadata and spec`);
    const kind = str(doc.data.kind);
    if (!kind) throw new CatalogFileError(`Document ${document}, line ${doc.line}: the entity has no kind`);
    const metadata = isObject(doc.data.metadata) ? doc.data.metadata : {};
    const name = str(metadata.name);
    if (!name) throw new CatalogFileError(`Document ${document}, line ${at("/metadata").line}: the ${kind} has no metadata.name`);
    entities.push({
      kind,
      name: name.toLowerCase(),
      title: str(metadata.title) || name,
      description: str(metadata.description),
      tags: Array.isArray(metadata.tags) ? metadata.tags.filter((t): t is string => typeof t === "string") : [],
      spec: isObject(doc.data.spec) ? doc.data.spec : {},
      place: { document, line: doc.line },
      placeOf: at,
    });
  });
  if (!entities.length) throw new CatalogFileError("The file has no Backstage entities in it");
  return entities;
}

export type EntityRef = { kind: string | null; name: string };

/** "component:default/payments", "api:payments" or "payments": the kind (if given) and the name, lower-cased; the namespace is not ours to keep. */
export function parseRef(value: unknown): EntityRef | null {
  const text = str(value).toLowerCase();
  const match = /^(?:([a-z]+):)?(?:[a-z0-9._-]+\/)?([a-z0-9._-]+)$/.exec(text);
  return match ? { kind: match[1] ?? null, name: match[2]! } : null;
}

/** A spec field that lists references, as strings (anything else in the list is left for the report). */
export function refList(spec: Record<string, unknown>, field: string): unknown[] {
  const value = spec[field];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
