import { defineRule, isObj, type Finding } from "../types";
import { allProperties, deref, perDocument, type Doc, type Property } from "../doc";

const BARE_COORD = /^(lat|lon|lng|long|latitude|longitude|easting|northing)$/i;
const CONTAINER = /^(location|geometry|geo|geolocation|coordinates|position|point)$/i;
const GEOJSON_NAME = /geo_?json|geometry|point|polygon|feature/i;

/** GeoJSON-shaped: a `type` plus `coordinates`, or a $ref/oneOf naming a GeoJSON type. */
function isGeoJson(doc: Doc, raw: unknown): boolean {
  const refs = JSON.stringify(raw).match(/"\$ref":"[^"]*"/g) ?? [];
  if (refs.some((r) => GEOJSON_NAME.test(r.split("/").pop() ?? ""))) return true;
  const s = deref(doc, raw);
  return isObj(s) && isObj(s.properties) && "type" in s.properties && ("coordinates" in s.properties || "features" in s.properties || "geometry" in s.properties);
}

// Bare lat/lon numbers, and location/geometry objects that are not GeoJSON. A string "location"
// is usually an address or a URL, so it is not treated as coordinates.
const locationProps = perDocument((doc: Doc): Property[] =>
  allProperties(doc).filter((p) => {
    if (BARE_COORD.test(p.name)) return true;
    const s = deref(doc, p.schema);
    return CONTAINER.test(p.name) && !(isObj(s) && s.type === "string");
  }),
);

function check(doc: Doc): Finding[] {
  return locationProps(doc).flatMap((p) => {
    if (p.name.toLowerCase() === "coordinates" && isObj(p.parent.properties) && "type" in p.parent.properties) return [];
    if (!BARE_COORD.test(p.name) && isGeoJson(doc, p.schema)) return [];
    return [{ message: `"${p.name}" holds a location but is not a GeoJSON object.`, path: p.path }];
  });
}

export default defineRule(
  {
    id: "gds-geojson",
    point: 13,
    title: "Locations use GeoJSON",
    severity: "warn",
    fix: "Exchange locations as GeoJSON, e.g. \"location\": { \"type\": \"Point\", \"coordinates\": [-0.1276, 51.5072] } (WGS 84 longitude, latitude).",
    quote: "You should use GeoJSON for the exchange of location information.",
  },
  (doc) => locationProps(doc).length > 0,
  check,
);
