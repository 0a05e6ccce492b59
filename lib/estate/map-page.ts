import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { estateOrganisations, findSystems } from "./estate-data";
import type { MapQuery } from "./map-query";
import { estateMap } from "./map-view";

export type PathErrors = { from?: string; to?: string };

/** What the map's page and its table twin show for a query: the view, the filter's organisations, systems found, and what is wrong with a path asked for. */
export async function estatePage(db: Db, viewer: Viewer, query: MapQuery) {
  const errors: PathErrors = {};
  if (query.from && !query.to) errors.to = "Enter the system the data goes to";
  if (query.to && !query.from) errors.from = "Enter the system the data comes from";
  const [map, organisations, found] = await Promise.all([estateMap(db, viewer, query), estateOrganisations(db, viewer), query.find ? findSystems(db, viewer, query.find) : null]);
  if (map.path && !map.path.from) errors.from = `No single system you can see is called “${query.from}”: enter more of its name`;
  if (map.path && !map.path.to) errors.to = `No single system you can see is called “${query.to}”: enter more of its name`;
  if (map.path?.from && map.path.to && map.path.from.slug === map.path.to.slug) errors.to = "Enter a different system from the first";
  return { map, organisations, found, errors };
}

export const errorList = (errors: PathErrors) => (["from", "to"] as const).filter((k) => errors[k]).map((k) => ({ href: `#${k}`, text: errors[k]! }));
