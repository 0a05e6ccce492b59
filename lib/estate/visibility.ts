import { organisationsFor } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleSystemWhere } from "@/lib/catalogue/visibility";

/**
 * Who may see which connection, as one rule for every query (lists, the map, counts, coverage,
 * exports), so none can show or count what another hides. A connection is seen only by someone
 * who may see it and both of its systems:
 * - public connections: everyone; government ones: anyone signed in;
 * - internal ones: the people of either end's organisation who may see its internal records
 *   (publishers of that organisation), assessors and admins;
 * - and both systems visible to the viewer (a draft system only to its own organisation's
 *   publishers and admins).
 */
export function visibleConnectionWhere(viewer: Viewer) {
  const internal = organisationsFor(viewer, "api.read-internal");
  const seen = [
    { visibility: "public" },
    ...(viewer.kind === "user" ? [{ visibility: "government" }] : []),
    ...(internal === "all"
      ? [{ visibility: "internal" }]
      : internal.length
        ? [
            { visibility: "internal", fromSystem: { organisationId: { in: internal } } },
            { visibility: "internal", toSystem: { organisationId: { in: internal } } },
          ]
        : []),
  ];
  return { AND: [{ OR: seen }, { fromSystem: visibleSystemWhere(viewer) }, { toSystem: visibleSystemWhere(viewer) }] };
}
