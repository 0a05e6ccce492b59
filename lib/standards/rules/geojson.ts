import { defineRule, isObj, type Finding } from "../types";
import { allProperties, deref, perDocument, type Doc, type Property } from "../doc";

const BARE_COORD = /^(lat|lon|lng|long|latitude|longitude)$/i;
// National grid coordinates: the standard allows "other CRS coordinate systems" in addition to WGS 84.
const GRID_COORD = /^(eastings?|northings?)$/i;
const CONTAINER = /^(location|geometry|geo|geolocation|coordinates|position|point)$/i;
const GEOJSON_NAME = /geo_?json|geometry|point|polygon|feature/i;
const SCALAR = new Set(["string", "integer", "number", "boolean"]);

/** GeoJSON-shaped: a `type` plus `coordinates`, or a $ref/oneOf naming a GeoJSON type. */
function isGeoJson(doc: Doc, raw: unknown): boolean {
  const refs = JSON.stringify(raw).match(/"\$ref":"[^"]*"/g) ?? [];
  if (refs.some((r) => GEOJSON_NAME.test(r.split("/").pop() ?? ""))) return true;
  const s = deref(doc, raw);
  return isObj(s) && isObj(s.properties) && "type" in s.properties && ("coordinates" in s.properties || "features" in s.properties || "geometry" in s.properties);
}

// A container name holding a single value (a position in a list, a points score, an address
// string) is not coordinates; only objects and arrays can hold a location.
const isContainer = (doc: Doc, p: Property): boolean => {
  if (!CONTAINER.test(p.name)) return false;
  const s = deref(doc, p.schema);
  return !(isObj(s) && typeof s.type === "string" && SCALAR.has(s.type));
};

const locationProps = perDocument((doc: Doc): Property[] =>
  allProperties(doc).filter((p) => BARE_COORD.test(p.name) || GRID_COORD.test(p.name) || isContainer(doc, p)),
);

/** A WGS 84 location beside a property: a sibling that is GeoJSON, or latitude and longitude. */
function hasWgs84Sibling(doc: Doc, p: Property): boolean {
  const siblings = isObj(p.parent.properties) ? Object.entries(p.parent.properties) : [];
  return siblings.some(([name, schema]) => BARE_COORD.test(name) || (CONTAINER.test(name) && isGeoJson(doc, schema)));
}

function check(doc: Doc): Finding[] {
  return locationProps(doc).flatMap((p) => {
    if (p.name.toLowerCase() === "coordinates" && isObj(p.parent.properties) && "type" in p.parent.properties) return [];
    if (GRID_COORD.test(p.name)) {
      return hasWgs84Sibling(doc, p) ? [] : [{ message: `"${p.name}" gives a national grid coordinate with no WGS 84 location (GeoJSON) beside it.`, path: p.path }];
    }
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
    fix: "Exchange locations as GeoJSON, e.g. \"location\": { \"type\": \"Point\", \"coordinates\": [-0.1276, 51.5072] } (WGS 84 longitude, latitude). Eastings and northings may be given as well, beside it.",
    quote: "You should use GeoJSON for the exchange of location information.",
    needsWholeDocument: true,
  },
  (doc) => locationProps(doc).length > 0,
  check,
);
