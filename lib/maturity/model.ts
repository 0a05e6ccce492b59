/**
 * The reference architecture's maturity model ("Develop your architecture using a maturity
 * model") as data: five dimensions × three levels, each cell quoted word for word (a test finds
 * every quote in the reference text) and broken into criteria we can judge. A criterion is
 * automatic (a measure of the estate against a stated threshold) or attested (a publisher gives
 * evidence, an assessor accepts it). The shares here are defaults: admins may change them
 * (lib/maturity/thresholds.ts).
 */

export const DIMENSIONS = ["documentation", "api", "oauth", "open-standards", "data"] as const;
export type DimensionKey = (typeof DIMENSIONS)[number];
export const LEVELS = [1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];
export type Scope = "organisation" | "system";

export type Dimension = { key: DimensionKey; title: string; cells: Record<Level, string[]> };

/** The table of the reference architecture, its words as they are (including "Cross- government"). */
export const MODEL: Dimension[] = [
  { key: "documentation", title: "Documenting existing systems", cells: { 1: ["Some documentation of systems"], 2: ["All systems are documented"], 3: ["Documentation is automated and self-updating"] } },
  { key: "api", title: "API", cells: { 1: ["Few APIs"], 2: ["APIs for the majority of systems"], 3: ["OpenAPI documentation", "Published to API catalogue"] } },
  { key: "oauth", title: "OAuth", cells: { 1: ["OAuth for internal users"], 2: ["Cross- government OAuth"], 3: ["OAuth open to those outside government"] } },
  { key: "open-standards", title: "Open standards", cells: { 1: ["Some systems use open standards"], 2: ["All systems use open standards"], 3: ["Working with standards development organisations to define standards"] } },
  {
    key: "data",
    title: "Data",
    cells: {
      1: ["Data mostly entered manually"],
      2: ["Manual data entry only used for collection of information that cannot be collected any other way"],
      3: ["Produces high quality reference data for other systems"],
    },
  },
];

/**
 * What the estate is measured on: each measure is a list of items (systems, APIs or connections)
 * each of which meets it ("yes"), does not ("no"), or is left out ("excluded", with why).
 * `yes` / `no` are the phrases after the noun, singular then plural.
 */
export const MEASURES = {
  "system-described": { noun: ["system", "systems"], yes: ["has a description", "have a description"], no: ["has no description", "have no description"] },
  "system-documented": {
    noun: ["system", "systems"],
    yes: ["has a description, an owner and a documented connection", "have a description, an owner and a documented connection"],
    no: ["is not fully documented", "are not fully documented"],
  },
  "system-has-api": { noun: ["system", "systems"], yes: ["has an API in the catalogue", "have an API in the catalogue"], no: ["has no API in the catalogue", "have no API in the catalogue"] },
  "system-connected": {
    noun: ["system", "systems"],
    yes: ["exchanges data through a documented connection", "exchange data through a documented connection"],
    no: ["has no documented connection", "have no documented connection"],
  },
  "system-consumed": {
    noun: ["system", "systems"],
    yes: ["provides data to other systems", "provide data to other systems"],
    no: ["provides data to too few other systems", "provide data to too few other systems"],
  },
  "system-reference-source": {
    noun: ["system", "systems"],
    yes: ["is the authoritative source of a core data set others keep in step", "are the authoritative source of a core data set others keep in step"],
    no: ["is not the source of a core data set others keep in step", "are not the source of a core data set others keep in step"],
  },
  "api-has-spec": {
    noun: ["API", "APIs"],
    yes: ["has an OpenAPI description published in the catalogue", "have an OpenAPI description published in the catalogue"],
    no: ["has no OpenAPI description in the catalogue", "have no OpenAPI description in the catalogue"],
  },
  "spec-self-updating": {
    noun: ["API", "APIs"],
    yes: ["has an OpenAPI description that updates itself", "have an OpenAPI description that updates itself"],
    no: ["has no OpenAPI description that updates itself", "have no OpenAPI description that updates itself"],
  },
  "api-oauth-internal": { noun: ["internal API", "internal APIs"], yes: ["uses OAuth 2.0 or OpenID Connect", "use OAuth 2.0 or OpenID Connect"], no: ["is not shown to use OAuth 2.0 or OpenID Connect", "are not shown to use OAuth 2.0 or OpenID Connect"] },
  "api-oauth-government": { noun: ["government API", "government APIs"], yes: ["uses OAuth 2.0 or OpenID Connect", "use OAuth 2.0 or OpenID Connect"], no: ["is not shown to use OAuth 2.0 or OpenID Connect", "are not shown to use OAuth 2.0 or OpenID Connect"] },
  "api-oauth-public": { noun: ["public API", "public APIs"], yes: ["uses OAuth 2.0 or OpenID Connect", "use OAuth 2.0 or OpenID Connect"], no: ["is not shown to use OAuth 2.0 or OpenID Connect", "are not shown to use OAuth 2.0 or OpenID Connect"] },
  "api-oauth-any": { noun: ["API", "APIs"], yes: ["uses OAuth 2.0 or OpenID Connect", "use OAuth 2.0 or OpenID Connect"], no: ["is not shown to use OAuth 2.0 or OpenID Connect", "are not shown to use OAuth 2.0 or OpenID Connect"] },
  "connection-open-standard": { noun: ["connection", "connections"], yes: ["is over an open standard", "are over open standards"], no: ["is not over an open standard", "are not over open standards"] },
  "connection-through-api": {
    noun: ["connection", "connections"],
    yes: ["to this system goes through a catalogued API", "to this system go through a catalogued API"],
    no: ["to this system does not go through a catalogued API", "to this system do not go through a catalogued API"],
  },
} as const satisfies Record<string, { noun: readonly [string, string]; yes: readonly [string, string]; no: readonly [string, string] }>;

export type MeasureKey = keyof typeof MEASURES;

/** How many of a measure's counted items must meet it. */
export type Threshold = { kind: "at-least"; count: number } | { kind: "more-than-share"; share: number } | { kind: "all" };

/**
 * Choices the model's words leave open, stated to users: "the majority" is more than half; a
 * description "updates itself" when fetched from its web address in the last 7 days (the catalogue
 * fetches daily, so a week allows for a few failed fetches) or pushed by a pipeline through the
 * API; a system provides "reference data for other systems" when data flows from it to at least 2.
 */
export const DEFAULTS = { majority: 0.5, selfUpdatingDays: 7, referenceConsumers: 2 } as const;

type Common = { id: string; dimension: DimensionKey; level: Level; scope: Scope; text: string };
export type AutomaticCriterion = Common & {
  kind: "automatic";
  measure: MeasureKey;
  threshold: Threshold;
  /** the outcome when there is nothing to count */
  whenNone: "fail" | "not-applicable";
};
/** `asks`: the evidence a publisher is asked for. */
export type AttestedCriterion = Common & { kind: "attested"; asks: string };
export type Criterion = AutomaticCriterion | AttestedCriterion;

const MAJORITY: Threshold = { kind: "more-than-share", share: DEFAULTS.majority };
const ALL: Threshold = { kind: "all" };
const ONE: Threshold = { kind: "at-least", count: 1 };

type Spec = Omit<AutomaticCriterion, "id" | "kind" | "scope"> | (Omit<AttestedCriterion, "id" | "kind" | "scope"> & { key: string });
const auto = (dimension: DimensionKey, level: Level, measure: MeasureKey, threshold: Threshold, text: string, whenNone: "fail" | "not-applicable" = "fail") =>
  ({ dimension, level, measure, threshold, text, whenNone }) as Spec;
const attested = (dimension: DimensionKey, level: Level, key: string, text: string, asks: string) => ({ dimension, level, key, text, asks }) as Spec & { key: string };

function criteria(scope: Scope, specs: Spec[]): Criterion[] {
  return specs.map((spec) => {
    const prefix = `${scope}.${spec.dimension}.${spec.level}`;
    if ("measure" in spec) return { ...spec, scope, kind: "automatic", id: `${prefix}.${spec.measure}.${spec.threshold.kind}` };
    const { key, ...rest } = spec;
    return { ...rest, scope, kind: "attested", id: `${prefix}.${key}` };
  });
}

const OAUTH = (whose: string): Spec[] => [
  auto("oauth", 1, "api-oauth-any", ONE, `At least one of ${whose} APIs uses OAuth 2.0 or OpenID Connect, by its OpenAPI description`),
  auto("oauth", 1, "api-oauth-internal", ALL, `Every internal API of ${whose} that asks for credentials uses OAuth 2.0 or OpenID Connect`, "not-applicable"),
  auto("oauth", 2, "api-oauth-government", ALL, `Every API of ${whose} shared across government that asks for credentials uses OAuth 2.0 or OpenID Connect`, "not-applicable"),
  auto("oauth", 3, "api-oauth-public", ONE, `At least one public API of ${whose} offers OAuth 2.0 or OpenID Connect to people outside government`),
  auto("oauth", 3, "api-oauth-public", ALL, `Every public API of ${whose} that asks for credentials uses OAuth 2.0 or OpenID Connect`, "not-applicable"),
];
const SDO = (whose: string) =>
  attested("open-standards", 3, "standards-bodies", `${whose} works with standards development organisations to define standards`, "Name the standards bodies and working groups, and the standards you helped define, with links.");
const MANUAL = (whose: string) =>
  attested("data", 2, "manual-entry-only-where-needed", `${whose} systems take data by hand only where it cannot be collected any other way`, "List the data still entered by hand and why it cannot be collected any other way.");
const ENTRY = (whose: string) => attested("data", 1, "data-entry-known", `How data enters ${whose} systems is known`, "Describe how data enters the systems, including what is typed in by hand.");

/** The operating unit's criteria: the model's own scope. */
export const ORGANISATION_CRITERIA: Criterion[] = criteria("organisation", [
  auto("documentation", 1, "system-described", ONE, "At least one system is registered with a description"),
  auto("documentation", 2, "system-documented", ALL, "Every system has a description, an owning team and at least one documented connection"),
  auto("documentation", 3, "spec-self-updating", ALL, `Every API’s OpenAPI description updates itself (fetched from its web address in the last ${DEFAULTS.selfUpdatingDays} days, or pushed by a pipeline)`),
  auto("api", 1, "system-has-api", ONE, "At least one system has an API in the catalogue"),
  auto("api", 2, "system-has-api", MAJORITY, "More than half of the systems have an API in the catalogue"),
  auto("api", 3, "api-has-spec", ALL, "Every API has an OpenAPI description published in the catalogue"),
  ...OAUTH("the organisation’s"),
  auto("open-standards", 1, "connection-open-standard", ONE, "At least one documented connection is over an open standard"),
  auto("open-standards", 2, "connection-open-standard", ALL, "Every documented connection is over an open standard"),
  SDO("The organisation"),
  ENTRY("the organisation’s"),
  MANUAL("The organisation’s"),
  auto("data", 2, "system-connected", MAJORITY, "More than half of the systems exchange data through a documented connection"),
  auto("data", 3, "system-consumed", ONE, `At least one system provides data to ${DEFAULTS.referenceConsumers} or more other systems`),
  auto("data", 3, "system-reference-source", ONE, "At least one system is the authoritative source of a core data set that other systems keep a copy of in step through a connection"),
]);

/** One system’s criteria: the same dimensions, judged for the system alone. */
export const SYSTEM_CRITERIA: Criterion[] = criteria("system", [
  auto("documentation", 1, "system-described", ALL, "The system has a description"),
  auto("documentation", 2, "system-documented", ALL, "The system has a description, an owning team and at least one documented connection"),
  auto("documentation", 3, "spec-self-updating", ALL, `Every API of the system has an OpenAPI description that updates itself (fetched in the last ${DEFAULTS.selfUpdatingDays} days, or pushed by a pipeline)`),
  auto("api", 1, "system-has-api", ALL, "The system has an API in the catalogue"),
  auto("api", 2, "connection-through-api", MAJORITY, "More than half of the connections bringing data to the system go through a catalogued API", "not-applicable"),
  auto("api", 3, "api-has-spec", ALL, "Every API of the system has an OpenAPI description published in the catalogue"),
  ...OAUTH("the system’s"),
  auto("open-standards", 1, "connection-open-standard", ONE, "At least one of the system’s connections is over an open standard"),
  auto("open-standards", 2, "connection-open-standard", ALL, "Every connection of the system is over an open standard"),
  SDO("The system’s team"),
  ENTRY("this"),
  MANUAL("This"),
  auto("data", 2, "system-connected", ALL, "The system exchanges data through a documented connection"),
  auto("data", 3, "system-consumed", ALL, `The system provides data to ${DEFAULTS.referenceConsumers} or more other systems`),
  auto("data", 3, "system-reference-source", ALL, "The system is the authoritative source of a core data set that other systems keep a copy of in step through a connection"),
]);

export function criteriaFor(scope: Scope): Criterion[] {
  return scope === "organisation" ? ORGANISATION_CRITERIA : SYSTEM_CRITERIA;
}

/** A threshold in words, shown beside each automatic criterion. */
export function thresholdText(threshold: Threshold): string {
  if (threshold.kind === "all") return "all of them (100%)";
  if (threshold.kind === "at-least") return `at least ${threshold.count}`;
  return threshold.share === 0.5 ? "more than half (over 50%)" : `more than ${Math.round(threshold.share * 100)}%`;
}
