/**
 * How Backstage's words become ours: lifecycles, owners, and the technology of a connection.
 * Pure, so the rules are tested on their own.
 */
import type { Lifecycle } from "@/lib/catalogue/vocabulary";
import type { Technology } from "../vocabulary";
import { parseRef, type Entity } from "./entities";

/** Backstage's suggested lifecycles; others are a team's own words, which we cannot place. */
export const LIFECYCLE_OF: Record<string, Lifecycle> = { experimental: "beta", production: "live", deprecated: "deprecated" };

/** The kinds we read. A Group is read only to recognise the organisation (teams are not imported). */
export const SUPPORTED_KINDS = ["system", "component", "api", "resource", "group"] as const;

export type Organisation = { id: string; name: string; slug: string; acronym: string | null };

/**
 * Whether an owner reference names the publisher's organisation: by its slug or acronym, or
 * through a Group in the same file whose title is the organisation's name.
 */
export function ownedBy(owner: unknown, organisation: Organisation, entities: Entity[]): boolean {
  const ref = parseRef(owner);
  if (!ref || (ref.kind && ref.kind !== "group")) return false;
  const names = [organisation.slug, organisation.acronym?.toLowerCase()].filter(Boolean);
  if (names.includes(ref.name)) return true;
  return entities.some((e) => e.kind.toLowerCase() === "group" && e.name === ref.name && isOrganisationGroup(e, organisation));
}

export function isOrganisationGroup(group: Entity, organisation: Organisation): boolean {
  const known = [organisation.slug, organisation.acronym?.toLowerCase(), organisation.name.toLowerCase()];
  return known.includes(group.name) || known.includes(group.title.toLowerCase());
}

/** An API's technology and whether its format is an open standard, from its spec.type. */
export function technologyOfApi(type: unknown): { technology: Technology; openStandard: boolean } {
  switch (String(type ?? "").toLowerCase()) {
    case "openapi":
      return { technology: "rest-json", openStandard: true };
    case "asyncapi":
      return { technology: "messaging", openStandard: true };
    case "graphql":
      return { technology: "graphql", openStandard: true };
    default:
      return { technology: "other", openStandard: false };
  }
}

/** A dependency on a database Resource is a database link; any other dependency we cannot name. */
export function technologyOfDependency(target: Entity | undefined): Technology {
  return target?.kind.toLowerCase() === "resource" && String(target.spec.type ?? "").toLowerCase() === "database" ? "database-link" : "other";
}
