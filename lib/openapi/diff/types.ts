/** One difference between two revisions of a spec, in words a publisher can act on. */
export type ChangeKind =
  | "path-removed"
  | "path-added"
  | "operation-removed"
  | "operation-added"
  | "parameter-required-added"
  | "parameter-became-required"
  | "parameter-optional-added"
  | "parameter-removed"
  | "request-property-required-added"
  | "request-property-became-required"
  | "request-property-optional-added"
  | "request-property-removed"
  | "response-property-removed"
  | "response-property-added"
  | "type-changed"
  | "enum-narrowed"
  | "enum-widened"
  | "description-changed";

export interface Change {
  kind: ChangeKind;
  breaking: boolean;
  /** The path template as written in the newer document (older one for removals). */
  path: string;
  method?: string;
  /** JSON pointer to the changed node (in the older document for removals, else the newer). */
  pointer: string;
  message: string;
}

/** Which kinds break existing clients; the single source of truth for `breaking`. */
export const BREAKING: Record<ChangeKind, boolean> = {
  "path-removed": true,
  "path-added": false,
  "operation-removed": true,
  "operation-added": false,
  "parameter-required-added": true,
  "parameter-became-required": true,
  "parameter-optional-added": false,
  // Servers generally ignore unknown parameters, so clients still sending it keep working.
  "parameter-removed": false,
  "request-property-required-added": true,
  "request-property-became-required": true,
  "request-property-optional-added": false,
  "request-property-removed": false,
  "response-property-removed": true,
  "response-property-added": false,
  "type-changed": true,
  "enum-narrowed": true,
  "enum-widened": false,
  "description-changed": false,
};
