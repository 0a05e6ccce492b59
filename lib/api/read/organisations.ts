import type { Db } from "@/lib/db";
import { decodeCursor, onlyParameters, page, pageLimit } from "../cursor";
import { notFound } from "../errors";
import { organisationBody } from "../serialise";

const SELECT = { slug: true, name: true, acronym: true, type: true, website: true, updatedAt: true } as const;

/** Every organisation (all are public), by slug. */
export async function listOrganisations(db: Db, url: URL) {
  onlyParameters(url, ["limit", "cursor"]);
  const limit = pageLimit(url);
  const after = decodeCursor("organisations", url.searchParams.get("cursor"), 1);
  const rows = await db.organisation.findMany({ where: after ? { slug: { gt: after[0] } } : {}, select: SELECT, orderBy: { slug: "asc" }, take: limit + 1 });
  const result = page(rows, limit, "organisations", (o) => [o.slug], url);
  return { items: result.items.map(organisationBody), links: result.links };
}

export async function oneOrganisation(db: Db, slug: string) {
  const row = await db.organisation.findUnique({ where: { slug }, select: SELECT });
  if (!row) throw notFound("organisation");
  return organisationBody(row);
}
