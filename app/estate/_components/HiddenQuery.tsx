import { mapSearchParams, type MapQuery } from "@/lib/estate/map-query";

/** The rest of the map's view as hidden fields, so a form changes only its own part of the URL. */
export function HiddenQuery({ query, omit }: { query: MapQuery; omit: string[] }) {
  const fields = [...mapSearchParams(query, { page: 1 })].filter(([key]) => !omit.includes(key));
  return fields.map(([key, value], i) => <input key={`${key}-${i}`} type="hidden" name={key} value={value} />);
}
