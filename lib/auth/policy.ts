import { signedInUser, type Viewer } from "./viewer";

/**
 * Everything a person can be allowed to do, in one table: who may do what, and to which
 * organisation's records. Every server action and route handler asks `can` before it acts.
 */
export const PERMISSIONS = [
  "system.create",
  "system.update",
  "system.retire",
  "system.delete",
  "api.create",
  "api.update",
  "api.retire",
  "api.delete",
  "connection.declare",
  "connection.update",
  "connection.retire",
  "connection.confirm",
  "dataset.create",
  "dataset.hold",
  "api.read-internal",
  "draft.read",
  "user.manage",
  "audit.read-all",
  "assessment.read",
  "assessment.prepare",
  "assessment.submit",
  "assessment.review",
  "exemption.approve",
  "maturity.manage-thresholds",
  // The machine API (issue 13): an organisation's OAuth clients for its pipelines.
  "api-client.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** "member": only for organisations the person publishes for; "any": every organisation. */
type Scope = "member" | "any";
export type Role = "publisher" | "assessor" | "admin";

// Publishers keep their organisations' systems, APIs and connections (a connection's permissions
// are asked of either end's organisation: lib/estate/connections.ts), the core data sets they own
// and which data sets their systems hold (lib/estate/data-sets.ts).
const PUBLISHING = PERMISSIONS.filter((p) => /^(system|api|connection|dataset)\./.test(p) && p !== "api.read-internal");

export const POLICY: Record<Role, Partial<Record<Permission, Scope>>> = {
  publisher: {
    ...Object.fromEntries(PUBLISHING.map((p) => [p, "member"])),
    "api.read-internal": "member",
    "draft.read": "member",
    "assessment.read": "member",
    "assessment.prepare": "member",
    "assessment.submit": "member",
    "api-client.manage": "member",
  },
  // Assessors review any organisation's assessments (not their own: lib/maturity/assessments.ts).
  assessor: { "api.read-internal": "any", "assessment.read": "any", "assessment.review": "any", "exemption.approve": "any" },
  admin: Object.fromEntries(PERMISSIONS.map((p) => [p, "any"])),
};

export function rolesOf(viewer: Viewer): Role[] {
  const user = signedInUser(viewer);
  if (!user) return [];
  const roles: Role[] = [];
  if (user.organisationIds.length) roles.push("publisher");
  if (user.role === "assessor" || user.role === "admin") roles.push(user.role);
  return roles;
}

/**
 * May this viewer do this? Pass the organisation that owns the record (or will own it) for
 * anything scoped to an organisation; without one, only an "any" grant allows it.
 */
export function can(viewer: Viewer, permission: Permission, target?: { organisationId: string }): boolean {
  const user = signedInUser(viewer);
  if (!user) return false;
  return rolesOf(viewer).some((role) => {
    const scope = POLICY[role][permission];
    if (scope === "any") return true;
    return scope === "member" && target !== undefined && user.organisationIds.includes(target.organisationId);
  });
}

/** The organisations whose records this viewer may act on with this permission ("all" for an "any" grant). */
export function organisationsFor(viewer: Viewer, permission: Permission): string[] | "all" {
  const user = signedInUser(viewer);
  if (!user) return [];
  const roles = rolesOf(viewer);
  if (roles.some((role) => POLICY[role][permission] === "any")) return "all";
  return roles.some((role) => POLICY[role][permission] === "member") ? user.organisationIds : [];
}

export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Throws ForbiddenError unless the viewer may do this. */
export function authorise(viewer: Viewer, permission: Permission, target?: { organisationId: string }): void {
  if (!can(viewer, permission, target)) throw new ForbiddenError();
}
