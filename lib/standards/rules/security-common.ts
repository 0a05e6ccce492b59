import { isObj } from "../types";
import { isSwagger2, operations, type Doc } from "../doc";

export type Scheme = { name: string; scheme: Doc; path: (string | number)[] };

/** Security schemes (3.x components.securitySchemes, 2.0 securityDefinitions), resolved. */
export function securitySchemes(doc: Doc): Scheme[] {
  const base = isSwagger2(doc) ? ["securityDefinitions"] : ["components", "securitySchemes"];
  const holder = isSwagger2(doc) ? doc.securityDefinitions : isObj(doc.components) ? doc.components.securitySchemes : undefined;
  if (!isObj(holder)) return [];
  return Object.entries(holder).flatMap(([name, s]) => (isObj(s) ? [{ name, scheme: s, path: [...base, name] }] : []));
}

/** Authorisation rules apply when schemes are defined or any operation requires security. */
export function usesSecurity(doc: Doc): boolean {
  const nonEmpty = (s: unknown) => Array.isArray(s) && s.some((r) => isObj(r) && Object.keys(r).length > 0);
  return securitySchemes(doc).length > 0 || nonEmpty(doc.security) || operations(doc).some((o) => nonEmpty(o.op.security));
}
