import { recordAudit } from "@/lib/audit/record";
import { can, ForbiddenError, organisationsFor, type Permission } from "@/lib/auth/policy";
import { signedInUser, type Viewer } from "@/lib/auth/viewer";
import { actorOf, invalid, NotFoundError, StaleEditError, assertUpdated, type Result, type Stale } from "@/lib/catalogue/publishing/common";
import { fieldErrors, inFormOrder, type FieldErrors } from "@/lib/catalogue/publishing/fields";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import { Prisma, type Connection, type Db, type Tx } from "@/lib/db";
import { CONNECTION_FIELDS, connectionFormSchema, disputeFormSchema, SUBSTANCE, type ConnectionForm } from "./connections-form";
import { visibleConnectionWhere } from "./visibility";
import type { End } from "./vocabulary";

/** `reconfirm`: an edit took back the other end's confirmation (or dispute), so it must confirm again. */
export type ConnectionResult = Result<{ connection: Connection; reconfirm?: boolean }>;

type EndSystem = { id: string; name: string; organisationId: string; lifecycle: string };
type Stored = Connection & { fromSystem: EndSystem; toSystem: EndSystem };

const END = { select: { id: true, name: true, organisationId: true, lifecycle: true } } as const;

export const NOT_THEIRS = "You can only record a connection to or from a system of an organisation you publish for";
export const OWN_SIDE = "You cannot confirm or dispute a connection your side declared: a publisher of the other end must";

/**
 * The one key two live connections may not share: the same ends, direction and API. A two-way
 * connection through no API is the same whichever end is named first. Retired ones have none.
 */
export function connectionIdentity(c: { fromSystemId: string; toSystemId: string; direction: string; apiId: string | null }): string {
  const ends = c.direction === "both" && !c.apiId ? [c.fromSystemId, c.toSystemId].sort() : [c.fromSystemId, c.toSystemId];
  return [...ends, c.direction, c.apiId ?? ""].join("|");
}

/** Which ends' organisations this person publishes for (an admin, who may act on any, is of neither). */
export function sidesOf(viewer: Viewer, c: { fromSystem: { organisationId: string }; toSystem: { organisationId: string } }): End[] {
  const organisations = signedInUser(viewer)?.organisationIds ?? [];
  return (["from", "to"] as const).filter((end) => organisations.includes((end === "from" ? c.fromSystem : c.toSystem).organisationId));
}

/** May this viewer do this to a connection between these ends (as a publisher of either, or an admin)? */
export function mayActOn(viewer: Viewer, permission: Permission, c: { fromSystem: { organisationId: string }; toSystem: { organisationId: string } }): boolean {
  return can(viewer, permission, { organisationId: c.fromSystem.organisationId }) || can(viewer, permission, { organisationId: c.toSystem.organisationId });
}

/** What the audit keeps of a connection: its own fields, without bookkeeping. */
function snapshot(connection: Connection): Record<string, unknown> {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, identity: _identity, ...fields } = connection;
  return fields;
}

async function visibleConnection(db: Db | Tx, viewer: Viewer, id: string): Promise<Stored> {
  const connection = await db.connection.findFirst({ where: { AND: [{ id }, visibleConnectionWhere(viewer)] }, include: { fromSystem: END, toSystem: END } });
  if (!connection) throw new NotFoundError("connection");
  return connection;
}

const isUniqueClash = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
const duplicate = (from: string, to: string): FieldErrors => ({
  direction: `A connection from ${from} to ${to} with this direction and API is already recorded. Change the direction or the API, or edit the one already recorded`,
});

/** One transaction; a stale version refuses it, and a duplicate that slipped in at the same moment is refused too. */
async function write(db: Db, onClash: FieldErrors, work: (tx: Tx) => Promise<ConnectionResult>): Promise<ConnectionResult> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof StaleEditError) return { ok: false, stale: true } satisfies Stale;
    if (isUniqueClash(error)) return invalid(onClash);
    throw error;
  }
}

/** The rules a connection's ends, API and identity must meet, as messages per field. */
async function problems(db: Db, viewer: Viewer, form: ConnectionForm, ends: { from: EndSystem | null; to: EndSystem | null }, selfId?: string): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const { from, to } = ends;
  if (!from) errors.fromSystemId = "Select the system that sends the data from the list";
  if (!to) errors.toSystemId = "Select the system that receives the data from the list";
  if (!from || !to) return errors;
  if (from.id === to.id) errors.toSystemId = "Select a different system: a system cannot have a connection to itself";
  if (from.lifecycle === "retired") errors.fromSystemId = `${from.name} is retired: a connection cannot be recorded to or from a retired system`;
  if (to.lifecycle === "retired") errors.toSystemId ??= `${to.name} is retired: a connection cannot be recorded to or from a retired system`;
  if (form.apiId) {
    const api = await db.api.findFirst({ where: { AND: [{ id: form.apiId }, visibleApiWhere(viewer)] }, select: { systemId: true, organisationId: true } });
    const belongs = api && (api.systemId ? api.systemId === to.id : api.organisationId === to.organisationId);
    if (!belongs) errors.apiId = `Select an API of ${to.name}, the receiving system, or none`;
  }
  if (!errors.toSystemId && !errors.apiId) {
    const identity = connectionIdentity(form);
    const existing = await db.connection.findFirst({ where: { identity, ...(selfId ? { id: { not: selfId } } : {}) }, select: { id: true } });
    if (existing) Object.assign(errors, duplicate(from.name, to.name));
  }
  return errors;
}

const findEnd = (db: Db, viewer: Viewer, id: string) => db.system.findFirst({ where: { id, ...visibleSystemWhere(viewer) }, ...END });

/**
 * Declares a connection, by a publisher of either end (declaredBy is their end). It is
 * unconfirmed until a publisher of the other end confirms it; someone who publishes for both
 * ends (a connection within their organisation) vouches for both, so it is confirmed at once.
 */
export async function declareConnection(db: Db, viewer: Viewer, input: unknown): Promise<ConnectionResult> {
  const allowed = organisationsFor(viewer, "connection.declare");
  if (allowed !== "all" && allowed.length === 0) throw new ForbiddenError();
  const actor = actorOf(viewer);
  const parsed = connectionFormSchema.safeParse(input);
  if (!parsed.success) return invalid(inFormOrder(fieldErrors(parsed.error), CONNECTION_FIELDS));
  const form = parsed.data;
  const [from, to] = await Promise.all([findEnd(db, viewer, form.fromSystemId), findEnd(db, viewer, form.toSystemId)]);
  if (from && to && !mayActOn(viewer, "connection.declare", { fromSystem: from, toSystem: to })) return invalid({ fromSystemId: NOT_THEIRS });
  const errors = await problems(db, viewer, form, { from, to });
  if (Object.keys(errors).length) return invalid(inFormOrder(errors, CONNECTION_FIELDS));
  const sides = sidesOf(viewer, { fromSystem: from!, toSystem: to! });
  return write(db, duplicate(from!.name, to!.name), async (tx) => {
    const connection = await tx.connection.create({
      data: { ...form, identity: connectionIdentity(form), declaredBy: sides[0] ?? "from", confirmation: sides.length === 2 ? "confirmed" : "unconfirmed" },
    });
    await recordAudit(tx, { actor, action: "create", entityType: "Connection", entityId: connection.id, after: snapshot(connection) });
    return { ok: true as const, connection };
  });
}

/**
 * Saves the edit form; the ends never change. An edit of substance (what flows and how) by
 * one end asks the other to confirm again: it becomes unconfirmed, declared by the editor's end.
 * Its lifecycle or visibility alone leaves the confirmation as it was.
 */
export async function updateConnection(db: Db, viewer: Viewer, id: string, version: number, input: unknown): Promise<ConnectionResult> {
  const before = await visibleConnection(db, viewer, id);
  if (!mayActOn(viewer, "connection.update", before)) throw new ForbiddenError();
  const actor = actorOf(viewer);
  if (before.lifecycle === "retired") return invalid({ description: "This connection is retired, so it cannot be changed" });
  const parsed = connectionFormSchema.safeParse({ ...(input as object), fromSystemId: before.fromSystemId, toSystemId: before.toSystemId });
  if (!parsed.success) return invalid(inFormOrder(fieldErrors(parsed.error), CONNECTION_FIELDS));
  const form = parsed.data;
  const errors = await problems(db, viewer, form, { from: before.fromSystem, to: before.toSystem }, id);
  if (Object.keys(errors).length) return invalid(inFormOrder(errors, CONNECTION_FIELDS));
  const substance = SUBSTANCE.some((field) => before[field] !== form[field]);
  const sides = sidesOf(viewer, before);
  const reconfirm = substance ? { confirmation: sides.length === 2 ? "confirmed" : "unconfirmed", disputeReason: null, declaredBy: sides.length === 1 ? sides[0]! : before.declaredBy } : {};
  const result = await change(db, actor, before, version, "update", { ...form, ...reconfirm, identity: connectionIdentity(form) });
  return result.ok ? { ...result, reconfirm: before.confirmation !== "unconfirmed" && result.connection.confirmation === "unconfirmed" } : result;
}

/** Retiring keeps the connection on the record, marked retired, and frees its identity for a new one. */
export async function retireConnection(db: Db, viewer: Viewer, id: string, version: number): Promise<ConnectionResult> {
  const before = await visibleConnection(db, viewer, id);
  if (!mayActOn(viewer, "connection.retire", before)) throw new ForbiddenError();
  const actor = actorOf(viewer);
  if (before.lifecycle === "retired") return invalid({ confirm: "This connection is already retired" });
  return change(db, actor, before, version, "retire", { lifecycle: "retired", identity: null });
}

/** Why this viewer may not confirm or dispute it now, or null. Only the other end than the declaring one may. */
function answerProblem(viewer: Viewer, before: Stored): string | null {
  if (before.lifecycle === "retired") return "This connection is retired, so it cannot be confirmed or disputed";
  if (organisationsFor(viewer, "connection.confirm") === "all") return null;
  return sidesOf(viewer, before).some((end) => end !== before.declaredBy) ? null : OWN_SIDE;
}

/** The other end agrees the connection is as declared. */
export async function confirmConnection(db: Db, viewer: Viewer, id: string, version: number): Promise<ConnectionResult> {
  const before = await visibleConnection(db, viewer, id);
  if (!mayActOn(viewer, "connection.confirm", before)) throw new ForbiddenError();
  const actor = actorOf(viewer);
  const problem = answerProblem(viewer, before) ?? (before.confirmation === "confirmed" ? "This connection is already confirmed" : null);
  if (problem) return invalid({ confirm: problem });
  return change(db, actor, before, version, "update", { confirmation: "confirmed", disputeReason: null });
}

/** The other end says the connection is wrong, and why. */
export async function disputeConnection(db: Db, viewer: Viewer, id: string, version: number, input: unknown): Promise<ConnectionResult> {
  const before = await visibleConnection(db, viewer, id);
  if (!mayActOn(viewer, "connection.confirm", before)) throw new ForbiddenError();
  const actor = actorOf(viewer);
  const problem = answerProblem(viewer, before);
  if (problem) return invalid({ disputeReason: problem });
  const parsed = disputeFormSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return change(db, actor, before, version, "update", { confirmation: "disputed", disputeReason: parsed.data.disputeReason });
}

async function change(db: Db, actor: string, before: Stored, version: number, action: "update" | "retire", data: Partial<Connection>): Promise<ConnectionResult> {
  return write(db, duplicate(before.fromSystem.name, before.toSystem.name), async (tx) => {
    assertUpdated(await tx.connection.updateMany({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } }));
    const connection = await tx.connection.findUniqueOrThrow({ where: { id: before.id } });
    const { fromSystem: _from, toSystem: _to, ...stored } = before;
    await recordAudit(tx, { actor, action, entityType: "Connection", entityId: connection.id, before: snapshot(stored), after: snapshot(connection) });
    return { ok: true as const, connection };
  });
}
