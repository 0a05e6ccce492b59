import { createHash } from "node:crypto";

/** Which catalogue API a seed spec belongs to. */
export type SeedSpec = {
  file: string;
  /** organisation.csv id of the body that runs the API */
  organisation: string;
  /** the API's name as written in catalogue.csv (or, when created from the spec, its info.title) */
  apiName: string;
  /**
   * Set when catalogue.csv has no entry for the API. The API is created from the spec (source
   * "seed") so that every real spec whose organisation we know reaches the OpenAPI pipeline;
   * the description is the spec's own first sentence, copied here because we carry no YAML parser.
   */
  createIfMissing?: { description: string };
};

/**
 * The eight specs in ../shared/data/specs (see SOURCES.md there), matched to catalogue names
 * by hand: file names and info.titles differ from the catalogue's names too much to guess.
 */
export const SEED_SPECS: readonly SeedSpec[] = [
  { file: "dvla-vehicle-enquiry.yaml", organisation: "driver-and-vehicle-licensing-agency", apiName: "DVLA Vehicle Enquiry Service" },
  { file: "govuk-pay-public-api.json", organisation: "government-digital-service", apiName: "GOV.UK Pay" },
  { file: "hmrc-vat-mtd.yaml", organisation: "hm-revenue-customs", apiName: "VAT (MTD)" },
  {
    file: "hmrc-individuals-matching.yaml",
    organisation: "hm-revenue-customs",
    apiName: "Individuals Matching",
    createIfMissing: { description: "Use this API to check HMRC records to find out information about an individual." },
  },
  // ONS's dataset API (dp-dataset-api) is what the catalogue lists as "Statistics" at api.beta.ons.gov.uk/v1.
  { file: "ons-dataset-api.yaml", organisation: "office-of-national-statistics", apiName: "Statistics" },
  { file: "nhs-personal-demographics.yaml", organisation: "nhs-digital", apiName: "Personal Demographics Service - FHIR API" },
  // MHCLG is not in organisation.csv and the register is not in catalogue.csv: reported and skipped.
  {
    file: "mhclg-energy-performance-register.yaml",
    organisation: "ministry-of-housing-communities-local-government",
    apiName: "Energy Performance of Buildings Register API",
  },
  { file: "tfl-unified-api.yaml", organisation: "transport-for-london", apiName: "Transport for London Unified API" },
];

/** Spec files are OpenAPI/Swagger documents in YAML or JSON; anything else in the folder (SOURCES.md) is not one. */
export function isSpecFile(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name);
}

export function seedSpecFor(file: string): SeedSpec | undefined {
  return SEED_SPECS.find((spec) => spec.file === file);
}

/** SpecRevision.contentHash: sha256 of the raw text, hex. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
