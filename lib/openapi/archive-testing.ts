// Test helpers (vitest and Playwright): .zip archives built at test time, including hostile ones,
// and real single-file specs split into the multi-file layout publishers use.
import { posix } from "node:path";
import { zipSync, type ZipAttributes } from "fflate";
import YAML from "yaml";

export type ZipEntry = string | Uint8Array | ({ data: string | Uint8Array } & ZipAttributes);

const bytesOf = (data: string | Uint8Array) => (typeof data === "string" ? new TextEncoder().encode(data) : data);

/** A .zip of the given entries by name, names used exactly as given (fflate checks none of them). */
export function zipOf(entries: Record<string, ZipEntry>): Uint8Array<ArrayBuffer> {
  // zipSync allocates a fresh ArrayBuffer of its own.
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, entry]) => {
        if (typeof entry === "string" || entry instanceof Uint8Array) return [name, bytesOf(entry)];
        const { data, ...attributes } = entry;
        return [name, [bytesOf(data), attributes]];
      }),
    ),
  ) as Uint8Array<ArrayBuffer>;
}

/** Unix file-type bits as zip tools store them (the top half of the external attributes, made on Unix). */
export const symlinkEntry = (target: string): ZipEntry => ({ data: target, os: 3, attrs: (0o120777 << 16) >>> 0 });

/** Marks every entry of a .zip as encrypted (general-purpose flag bit 0), in local and central headers. */
export function markEncrypted(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
    if (signature === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
  }
  return out;
}

/**
 * Makes every entry of a .zip claim `size` bytes unpacked, in local and central headers: an
 * archive whose entries lie about their sizes (as a zip bomb's may).
 */
export function claimUnpackedSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

const SPLIT_SECTIONS = ["schemas", "parameters", "responses", "requestBodies", "headers", "examples"];
const fileName = (name: string) => `${name.replace(/[^A-Za-z0-9._-]+/g, "_")}.yaml`;
const pathFileName = (path: string) => `${path.replace(/^\//, "").replace(/[{}]/g, "").replace(/[^A-Za-z0-9._-]+/g, "_") || "root"}.yaml`;

/**
 * An OpenAPI 3 document split as multi-file specs are: each component of the sections above in
 * components/<section>/<name>.yaml, each path item in paths/<path>.yaml, and openapi.yaml at the
 * top referring to them. Every local ref is rewritten to a relative one: to the component's file,
 * or back to openapi.yaml for what stays there. Returns the files by path.
 */
export function splitSpec(text: string, root = "openapi.yaml"): Record<string, string> {
  const spec = YAML.parse(text, { maxAliasCount: 100 }) as { paths?: Record<string, unknown>; components?: Record<string, Record<string, unknown>> };
  const moved = new Map<string, string>(); // "#/components/schemas/Pet" → "components/schemas/Pet.yaml"
  for (const section of SPLIT_SECTIONS) {
    for (const name of Object.keys(spec.components?.[section] ?? {})) moved.set(`#/components/${section}/${name}`, `components/${section}/${fileName(name)}`);
  }
  // Rewrites the local refs of content that will live in the file at `from`.
  const rewrite = (node: unknown, from: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, from));
    if (node === null || typeof node !== "object") return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        if (k !== "$ref" || typeof v !== "string" || !v.startsWith("#/")) return [k, rewrite(v, from)];
        const [top, section, name, ...rest] = v.slice(2).split("/");
        const target = top === "components" ? moved.get(`#/components/${section}/${name}`) : undefined;
        const relative = (to: string) => posix.relative(posix.dirname(from), to);
        if (target) return [k, `${relative(target)}${rest.length ? `#/${rest.join("/")}` : ""}`];
        return [k, from === root ? v : `${relative(root)}${v}`];
      }),
    );
  };
  const files: Record<string, string> = {};
  for (const section of SPLIT_SECTIONS) {
    const components = spec.components?.[section];
    if (!components) continue;
    for (const [name, value] of Object.entries(components)) {
      const path = `components/${section}/${fileName(name)}`;
      files[path] = YAML.stringify(rewrite(value, path), { aliasDuplicateObjects: false });
      components[name] = { $ref: `./${path}` };
    }
  }
  for (const [key, item] of Object.entries(spec.paths ?? {})) {
    const path = `paths/${pathFileName(key)}`;
    files[path] = YAML.stringify(rewrite(item, path), { aliasDuplicateObjects: false });
    spec.paths![key] = { $ref: `./${path}` };
  }
  files[root] = YAML.stringify(rewrite(spec, root), { aliasDuplicateObjects: false });
  return files;
}
