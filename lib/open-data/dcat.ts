/**
 * The catalogue as DCAT-AP in JSON-LD, for data catalogues such as data.gov.uk to harvest: a
 * dcat:Catalog whose services are the APIs the viewer may see (dcat:DataService) and whose
 * datasets are the bulk downloads. The context is embedded, so reading it loads nothing remote.
 */
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { downloadHref } from "@/lib/openapi/download";
import { OGL } from "./columns";
import { allItems } from "./read";
import type { ApiItem, RecordKind } from "./records";

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  "dct:issued": { "@type": "xsd:date" },
  "dct:modified": { "@type": "xsd:date" },
  "dcat:endpointURL": { "@type": "@id" },
  "dcat:endpointDescription": { "@type": "@id" },
  "dcat:downloadURL": { "@type": "@id" },
  "dcat:accessURL": { "@type": "@id" },
  "dcat:landingPage": { "@type": "@id" },
  "dcat:mediaType": { "@type": "@id" },
  "dct:license": { "@type": "@id" },
  "dct:conformsTo": { "@type": "@id" },
  "dct:publisher": { "@type": "@id" },
  "vcard:hasEmail": { "@type": "@id" },
};

const OPENAPI = "https://spec.openapis.org/oas/";
const MEDIA = (type: string) => `https://www.iana.org/assignments/media-types/${type}`;
const DATASETS: Record<RecordKind, string> = { apis: "APIs", systems: "Systems", connections: "Connections between systems" };

function contactPoint(maintainer: string | null) {
  if (!maintainer) return undefined;
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(maintainer.trim());
  return { "@type": "vcard:Kind", "vcard:fn": match ? match[1] || match[2] : maintainer, ...(match ? { "vcard:hasEmail": `mailto:${match[2]}` } : {}) };
}

/** One API as a dcat:DataService. `specified`: whether it has a checked OpenAPI description. */
export function dataService(api: ApiItem, origin: string, specified: boolean) {
  const contact = contactPoint(api.maintainer);
  return {
    "@id": api.link,
    "@type": "dcat:DataService",
    "dct:identifier": api.id,
    "dct:title": api.name,
    "dct:description": api.description,
    "dcat:landingPage": api.link,
    ...(api.url ? { "dcat:endpointURL": api.url } : {}),
    ...(specified ? { "dcat:endpointDescription": `${origin}${downloadHref(api.slug, "bundled.json")}` } : api.documentation ? { "dcat:endpointDescription": api.documentation } : {}),
    ...(specified ? { "dct:conformsTo": OPENAPI } : {}),
    "dct:publisher": `${origin}/organisations/${api.provider}`,
    ...(api.license ? { "dct:license": /^https?:\/\//.test(api.license) ? api.license : undefined, "dct:rights": api.license } : {}),
    ...(contact ? { "dcat:contactPoint": contact } : {}),
    ...(api.dateAdded ? { "dct:issued": api.dateAdded } : {}),
    ...(api.dateUpdated ? { "dct:modified": api.dateUpdated } : {}),
    ...(api.tags.length ? { "dcat:keyword": api.tags } : {}),
  };
}

/** The bulk downloads of one kind as a dcat:Dataset with its CSV and JSON distributions. */
function dataset(kind: RecordKind, origin: string) {
  const file = (format: "csv" | "json", type: string) => ({
    "@type": "dcat:Distribution",
    "dct:title": `${DATASETS[kind]} as ${format.toUpperCase()}`,
    "dcat:downloadURL": `${origin}/data/${kind}.${format}`,
    "dcat:accessURL": `${origin}/data`,
    "dcat:mediaType": MEDIA(type),
    "dct:license": OGL,
    ...(format === "csv" ? { "dct:conformsTo": `${origin}/data/${kind}.csv-metadata.json` } : {}),
  });
  return { "@id": `${origin}/data#${kind}`, "@type": "dcat:Dataset", "dct:title": `${DATASETS[kind]} in the API Catalogue`, "dct:license": OGL, "dcat:distribution": [file("csv", "text/csv"), file("json", "application/json")] };
}

/** The JSON-LD document, in parts: the catalogue's head, each page of services, its tail. */
export async function* dcatParts(db: Db, viewer: Viewer, origin: string): AsyncGenerator<string> {
  const head = JSON.stringify({
    "@context": DCAT_CONTEXT,
    "@id": `${origin}/data/catalogue.jsonld`,
    "@type": "dcat:Catalog",
    "dct:title": "API Catalogue",
    "dct:description": "The cross-government register of government APIs, the systems they belong to and the connections between them.",
    "dct:license": OGL,
    "dct:publisher": { "@id": origin, "@type": "foaf:Agent", "foaf:name": "API Catalogue" },
    "dcat:landingPage": origin,
    "dcat:dataset": (["apis", "systems", "connections"] as const).map((kind) => dataset(kind, origin)),
  });
  yield `${head.slice(0, -1)},"dcat:service":[`;
  let first = true;
  for await (const page of allItems(db, viewer, "apis", origin)) {
    const apis = page as ApiItem[];
    const specified = new Set((await db.api.findMany({ where: { id: { in: apis.map((a) => a.id) }, hasSpec: true }, select: { id: true } })).map((a) => a.id));
    yield (first ? "" : ",") + apis.map((api) => JSON.stringify(dataService(api, origin, specified.has(api.id)))).join(",");
    first = false;
  }
  yield "]}\n";
}
