import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffSpecs } from "./index";
import { SPECS_DIR } from "../testing";
import { join } from "./pointer";

type Any = any;
const METHODS = ["get", "put", "post", "delete", "patch"];

/** Inline (non-$ref) operation parameters, in document order, with where they live. */
function inlineParams(doc: Any) {
  const found: { path: string; method: string; index: number; param: Any }[] = [];
  for (const [path, item] of Object.entries<Any>(doc.paths)) {
    for (const method of METHODS) {
      (item[method]?.parameters ?? []).forEach((param: Any, index: number) => {
        if (!param.$ref && param.in !== "body") found.push({ path, method, index, param });
      });
    }
  }
  return found;
}

const typeHolder = (p: Any) => (p.schema && typeof p.schema === "object" ? p.schema : p);

/**
 * Copy a real spec and make three known edits: make an optional query parameter required,
 * change another parameter's type, and remove a path the other two don't touch.
 */
function mutate(name: string) {
  const before = parse(readFileSync(path.join(SPECS_DIR, name), "utf8"));
  const after = structuredClone(before);
  const params = inlineParams(after);
  const optional = params.find((p) => p.param.in === "query" && !p.param.required && typeof typeHolder(p.param).type === "string");
  const typed = params.find((p) => p !== optional && p.param.in !== "path" && typeof typeHolder(p.param).type === "string" && !typeHolder(p.param).enum && !typeHolder(p.param).$ref);
  expect(optional, "spec has an optional query parameter").toBeDefined();
  expect(typed, "spec has a second typed parameter").toBeDefined();
  optional!.param.required = true;
  const holder = typeHolder(typed!.param);
  const newType = holder.type === "string" ? "integer" : "string";
  const oldType = holder.type;
  holder.type = newType;
  const removed = Object.keys(after.paths).find((p) => p !== optional!.path && p !== typed!.path)!;
  delete after.paths[removed];
  return { before, after, optional: optional!, typed: typed!, removed, oldType, newType };
}

describe("diffSpecs on real specs", () => {
  for (const name of ["hmrc-vat-mtd.yaml", "tfl-unified-api.yaml"]) {
    it(`finds exactly the three edits made to ${name}`, () => {
      const { before, after, optional, typed, removed, oldType, newType } = mutate(name);
      expect(diffSpecs(before, before)).toEqual([]);
      const changes = diffSpecs(before, after);
      const opPointer = (t: { path: string; method: string; index: number }) => join("/paths", t.path, t.method, "parameters", String(t.index));
      expect(changes).toHaveLength(3);
      expect(changes).toContainEqual(expect.objectContaining({ kind: "path-removed", breaking: true, path: removed }));
      expect(changes).toContainEqual(
        expect.objectContaining({ kind: "parameter-became-required", breaking: true, path: optional.path, method: optional.method, pointer: opPointer(optional) }),
      );
      const typeChange = changes.find((c) => c.kind === "type-changed")!;
      expect(typeChange).toMatchObject({ breaking: true, path: typed.path, method: typed.method });
      expect(typeChange.pointer.startsWith(opPointer(typed))).toBe(true);
      expect(typeChange.message).toContain(`changed type from ${oldType} to ${newType}`);
    });
  }
});
