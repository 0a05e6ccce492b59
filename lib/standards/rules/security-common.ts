import { isObj } from "../types";
import { deref, isSwagger2, operations, parametersOf, perDocument, type Doc, type Operation } from "../doc";

export type Scheme = { name: string; scheme: Doc; path: (string | number)[] };

/** Security schemes (3.x components.securitySchemes, 2.0 securityDefinitions), resolved. */
export const securitySchemes = perDocument((doc: Doc): Scheme[] => {
  const base = isSwagger2(doc) ? ["securityDefinitions"] : ["components", "securitySchemes"];
  const holder = isSwagger2(doc) ? doc.securityDefinitions : isObj(doc.components) ? doc.components.securitySchemes : undefined;
  if (!isObj(holder)) return [];
  return Object.entries(holder).flatMap(([name, raw]) => {
    const s = deref(doc, raw);
    return isObj(s) ? [{ name, scheme: s, path: [...base, name] }] : [];
  });
});

// api_key, x-api-key, app_key, subscription-key, access_token, client_secret…: credentials that
// travel as ordinary parameters, whatever the security schemes say.
const CREDENTIAL = /^x?(api|app|subscription|ocpapimsubscription)key$|^(access|auth|api|bearer)token$|^clientsecret$/;

export const isCredentialName = (name: unknown): boolean => typeof name === "string" && CREDENTIAL.test(name.toLowerCase().replace(/[^a-z0-9]/g, ""));

/** A parameter that carries a credential in the query string or a header. */
export const isCredentialParam = (p: Doc): boolean => (p.in === "query" || p.in === "header") && isCredentialName(p.name);

/**
 * How one operation is authorised: `alternatives` are the requirements it accepts (any one will
 * do; each names the schemes used together). `from` says where that was read: the operation's own
 * `security`, the document's default, the defined schemes (when nothing declares any security,
 * the schemes are how the document says clients authenticate), or a required credential parameter.
 */
export type OperationSecurity = { o: Operation; alternatives: string[][]; from: "operation" | "document" | "schemes" | "parameter"; keyParams: Doc[] };

const requirementList = (v: unknown): string[][] | undefined =>
  Array.isArray(v) ? v.map((r) => (isObj(r) ? Object.keys(r) : [])) : undefined;

/** The operations that require credentials, and how (an empty requirement `{}` makes security optional). */
export const securityInForce = perDocument((doc: Doc): OperationSecurity[] => {
  const ops = operations(doc);
  const declared = Array.isArray(doc.security) || ops.some((o) => Array.isArray(o.op.security));
  const fromSchemes = declared ? undefined : securitySchemes(doc).map((s) => [s.name]);
  return ops.flatMap((o): OperationSecurity[] => {
    const keyParams = parametersOf(doc, o).filter((p) => isCredentialParam(p) && p.required === true);
    const own = requirementList(o.op.security);
    const inherited = requirementList(doc.security);
    const alternatives = own ?? inherited ?? fromSchemes ?? [];
    const from = own ? "operation" : inherited ? "document" : fromSchemes?.length ? "schemes" : "parameter";
    const required = alternatives.length > 0 && alternatives.every((alt) => alt.length > 0);
    if (required) return [{ o, alternatives, from, keyParams }];
    return keyParams.length ? [{ o, alternatives: [], from: "parameter", keyParams }] : [];
  });
});
