/**
 * The documentation of a bundled document as the server renders it: its contents (every tag and
 * operation, in Redoc's order and with Redoc's anchors, so a link keeps working once the
 * interactive view takes over) and its operations in parts of PART_OPERATIONS, each part a page
 * that works without JavaScript. Worked out once per revision (./index.ts), never per visitor.
 */
import slugify from "slugify";
import { deref, escapeToken, isObject, type Json } from "../diff/pointer";
import { operationFields, type Parameter, type Reader, type RequestBody, type Response } from "./fields";

/** Operations per part: Redoc's first batch (components/openapi/batches.ts) is as many. */
export const PART_OPERATIONS = 20;

export type ContentsOperation = { kind: "operation"; id: string; name: string; method: string; deprecated: boolean; part: number };
export type ContentsTag = { kind: "tag"; id: string; name: string; operations: ContentsOperation[] };
export type ContentsEntry = ContentsOperation | ContentsTag | { kind: "group"; name: string; entries: (ContentsOperation | ContentsTag)[] };
export type Contents = { title: string; version: string; parts: number; operations: number; entries: ContentsEntry[] };

export type Operation = Omit<ContentsOperation, "part"> & { path: string; webhook: boolean; description?: string; parameters: Parameter[]; requestBody?: RequestBody; responses: Response[] };
export type TagHeading = { kind: "tag"; id: string; name: string; description?: string; continued: boolean };
export type Intro = { title: string; version: string; description?: string; servers: { url: string; description?: string }[] };
export type Part = { number: number; intro?: Intro; entries: (TagHeading | Operation)[] };
export type Documentation = { contents: Contents; parts: Part[] };

// The keys of a path item Redoc reads as operations ($ref: the whole item lives elsewhere).
const OPERATION_KEYS = new Set(["get", "post", "put", "head", "patch", "delete", "options", "$ref"]);

type Tag = { name: string; displayName: string; description?: string; trait: boolean; operations: Found[] };
type Found = { pathName: string; method: string; pathItem: Json; op: Json; webhook: boolean };

const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Redoc's safeSlugify: tag anchors are "tag/" and this. */
function safeSlugify(value: string): string {
  return (
    slugify(value) ||
    value.toLowerCase().replace(/\s+/g, "-").replace(/&/g, "-and-").replace(/--+/g, "-").replace(/^-+/, "").replace(/-+$/, "")
  );
}

/** Redoc's MenuBuilder.getTagsWithOperations: declared tags first, then as operations name them; webhooks before paths. */
function tagsWithOperations(doc: Json): Map<string, Tag> {
  const tags = new Map<string, Tag>();
  const tag = (name: string, declared?: Json): Tag => {
    let t = tags.get(name);
    if (!t) tags.set(name, (t = { name, displayName: str(declared?.["x-displayName"]) ?? name, description: str(declared?.description), trait: declared?.["x-traitTag"] === true, operations: [] }));
    return t;
  };
  for (const declared of Array.isArray(doc.tags) ? doc.tags : []) if (isObject(declared) && typeof declared.name === "string") tag(declared.name, declared);
  const collect = (paths: unknown, webhook: boolean) => {
    if (!isObject(paths)) return;
    for (const [pathName, raw] of Object.entries(paths)) {
      const pathItem = deref(doc, raw, "")?.node;
      if (!pathItem) continue;
      for (const method of Object.keys(pathItem).filter((key) => OPERATION_KEYS.has(key) && key !== "$ref")) {
        const op = pathItem[method];
        if (!isObject(op)) continue;
        const names = Array.isArray(op.tags) && op.tags.length ? op.tags.filter((t): t is string => typeof t === "string") : [""];
        for (const name of names) {
          const t = tag(name);
          if (!t.trait) t.operations.push({ pathName, method, pathItem, op, webhook });
        }
      }
    }
  };
  collect(doc["x-webhooks"] ?? doc.webhooks, true);
  collect(doc.paths, false);
  return tags;
}

/** Redoc's anchor of an operation: its tag's, then its operationId or else where it sits in the document. */
function operationId(found: Found, tagId: string | undefined): string {
  const own = str(found.op.operationId);
  const local = own !== undefined ? `operation/${own}` : ["", "paths", found.pathName, found.method].map(escapeToken).join("/");
  return tagId === undefined ? local : own !== undefined ? `${tagId}/${local}` : `${tagId}${local}`;
}

/** Redoc's name of an operation: its summary, else its operationId, else the start of its description, else its path. */
function operationName(found: Found): string {
  const { op } = found;
  return str(op.summary) || str(op.operationId) || str(op.description)?.substring(0, 50) || found.pathName || "<no summary>";
}

/** The documentation of a bundled document (Swagger 2.0 or OpenAPI 3, its refs all local), descriptions made safe by `markdown`. */
export function documentationOf(doc: unknown, markdown: (text: string) => string): Documentation {
  const root = isObject(doc) ? doc : {};
  const reader: Reader = { doc, markdown };
  const tags = tagsWithOperations(root);
  // Redoc's menu: x-tagGroups when there are any (only the tags they list), else every tag. The
  // operations of no tag sit at the top level, where that unnamed tag comes.
  const groups = Array.isArray(root["x-tagGroups"]) && root["x-tagGroups"].length ? root["x-tagGroups"].filter(isObject) : undefined;
  const listed = (names: string[]) => names.map((name) => tags.get(name)).filter((t): t is Tag => t !== undefined);

  const parts: Part[] = [];
  let count = 0;
  let lastTag: string | undefined;
  const place = (found: Found, tag: Tag, tagId: string | undefined): ContentsOperation => {
    const number = Math.floor(count++ / PART_OPERATIONS) + 1;
    const part = parts[number - 1] ?? (parts[number - 1] = { number, entries: [] });
    const id = operationId(found, tagId);
    if (tagId !== undefined && (lastTag !== tagId || part.entries.length === 0)) {
      const first = tag.operations[0] === found;
      part.entries.push({ kind: "tag", id: tagId, name: tag.displayName, description: first ? fieldHtml(markdown, tag.description) : undefined, continued: !first });
    }
    lastTag = tagId;
    const entry = { id, name: operationName(found), method: found.method.toUpperCase(), deprecated: found.op.deprecated === true };
    part.entries.push({ kind: "operation", ...entry, path: found.pathName, webhook: found.webhook, description: fieldHtml(markdown, found.op.description), ...operationFields(reader, found.pathItem, found.op) });
    return { kind: "operation", ...entry, part: number };
  };
  const tagEntries = (list: Tag[]): (ContentsOperation | ContentsTag)[] =>
    list.flatMap<ContentsOperation | ContentsTag>((tag) => {
      if (tag.name === "") return tag.operations.map((found) => place(found, tag, undefined));
      const id = `tag/${safeSlugify(tag.name)}`;
      const operations = tag.operations.map((found) => place(found, tag, id));
      return operations.length ? [{ kind: "tag", id, name: tag.displayName, operations }] : [];
    });
  const entries: ContentsEntry[] = groups
    ? groups.map((group) => ({ kind: "group" as const, name: str(group.name) ?? "", entries: tagEntries(listed(Array.isArray(group.tags) ? group.tags.filter((t): t is string => typeof t === "string") : [])) }))
    : tagEntries([...tags.values()]);

  const info = isObject(root.info) ? root.info : {};
  const title = str(info.title) ?? "";
  const version = str(info.version) ?? "";
  const intro: Intro = { title, version, description: fieldHtml(markdown, info.description), servers: servers(root, markdown) };
  if (!parts.length) parts.push({ number: 1, entries: [] });
  parts[0]!.intro = intro;
  return { contents: { title, version, parts: parts.length, operations: count, entries }, parts };
}

const fieldHtml = (markdown: (text: string) => string, value: unknown) => (typeof value === "string" && value.trim() ? markdown(value) : undefined);

/** Where the API is served: OpenAPI 3's servers, or Swagger 2.0's scheme, host and base path. */
function servers(doc: Json, markdown: (text: string) => string): Intro["servers"] {
  if (Array.isArray(doc.servers)) {
    return doc.servers.filter(isObject).flatMap((s) => (typeof s.url === "string" ? [{ url: s.url, description: fieldHtml(markdown, s.description) }] : []));
  }
  if (typeof doc.host !== "string") return [];
  const schemes = Array.isArray(doc.schemes) && doc.schemes.length ? doc.schemes.filter((s): s is string => typeof s === "string") : ["https"];
  return schemes.map((scheme) => ({ url: `${scheme}://${doc.host}${str(doc.basePath) ?? ""}` }));
}
