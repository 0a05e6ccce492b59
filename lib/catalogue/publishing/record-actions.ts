import { can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

export type RecordLink = { href: string; text: string };
type Record = { slug: string; organisationId: string; status: string; lifecycle: string };

/**
 * The links to what this viewer may do to a record, decided by the same policy the server
 * actions enforce (so the page never offers what would be refused). History is for everyone
 * who can see the record.
 */
export function recordActions(viewer: Viewer, kind: "api" | "system", record: Record): RecordLink[] {
  const base = kind === "api" ? `/apis/${record.slug}` : `/systems/${record.slug}`;
  const target = { organisationId: record.organisationId };
  const links: RecordLink[] = [];
  if (can(viewer, `${kind}.update`, target)) links.push({ href: `${base}/edit`, text: "Edit" });
  if (kind === "api" && can(viewer, "api.update", target)) links.push({ href: `${base}/spec`, text: "Add an OpenAPI description" });
  if (record.status === "published" && record.lifecycle !== "retired" && can(viewer, `${kind}.retire`, target)) links.push({ href: `${base}/retire`, text: "Retire" });
  if (record.status === "draft" && can(viewer, `${kind}.delete`, target)) links.push({ href: `${base}/delete`, text: "Delete draft" });
  links.push({ href: `${base}/history`, text: "History" });
  return links;
}
