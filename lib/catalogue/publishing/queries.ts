import { organisationsFor, type Permission } from "@/lib/auth/policy";
import { signedInUser, type Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";

/** The organisations this person publishes for, each with its systems and APIs, drafts included. */
export async function publishingHome(db: Db, viewer: Viewer) {
  const user = signedInUser(viewer);
  if (!user || user.organisationIds.length === 0) return [];
  return db.organisation.findMany({
    where: { id: { in: user.organisationIds } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      systems: { where: visibleSystemWhere(viewer), orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, status: true, lifecycle: true } },
      apis: { where: visibleApiWhere(viewer), orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, status: true, lifecycle: true, systemId: true } },
    },
  });
}

/** The organisations this person may register things for, as select options. */
export async function organisationChoices(db: Db, viewer: Viewer, permission: Permission) {
  const allowed = organisationsFor(viewer, permission);
  if (allowed !== "all" && allowed.length === 0) return [];
  const organisations = await db.organisation.findMany({
    where: allowed === "all" ? {} : { id: { in: allowed } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, acronym: true },
  });
  return organisations.map((o) => ({ value: o.id, text: o.acronym ? `${o.name} (${o.acronym})` : o.name }));
}

/** Systems an API may belong to: those of the given organisations (or all) that the viewer can see. */
export async function systemChoices(db: Db, viewer: Viewer, organisationIds: string[] | "all") {
  const systems = await db.system.findMany({
    where: { ...visibleSystemWhere(viewer), ...(organisationIds === "all" ? {} : { organisationId: { in: organisationIds } }) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, status: true, organisation: { select: { name: true, acronym: true } } },
  });
  return systems.map((s) => ({
    value: s.id,
    text: `${s.name} (${s.organisation.acronym ?? s.organisation.name})${s.status === "draft" ? " – draft" : ""}`,
  }));
}
