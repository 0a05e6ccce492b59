import type { Estate, EstateConnection } from "./graph";

/**
 * A small estate for the graph tests: three organisations in a chain
 * (dvla → hmrc → dwp), a lonely system with no API, and connections of each kind.
 */
export function smallEstate(): Estate {
  const organisations = ["dvla", "hmrc", "dwp"].map((slug) => ({ id: `o-${slug}`, slug, name: slug.toUpperCase() }));
  const system = (slug: string, organisation: string, hasApi = true) => ({ id: `s-${slug}`, slug, name: `${slug} system`, organisationId: `o-${organisation}`, lifecycle: "live", hasApi, example: false });
  const systems = [
    system("vehicles", "dvla"),
    system("drivers", "dvla"),
    system("tax", "hmrc"),
    system("customs", "hmrc"),
    system("benefits", "dwp"),
    system("pensions", "dwp"),
    system("lonely", "dwp", false),
  ];
  const connection = (id: string, from: string, to: string, more: Partial<EstateConnection> = {}): EstateConnection => ({
    id,
    fromSystemId: `s-${from}`,
    toSystemId: `s-${to}`,
    description: `${from} data`,
    direction: "one-way",
    technology: "rest-json",
    openStandard: true,
    personalData: false,
    lifecycle: "live",
    confirmation: "confirmed",
    ...more,
  });
  const connections = [
    connection("c1", "vehicles", "tax"),
    connection("c2", "drivers", "tax", { technology: "soap-xml", openStandard: false, confirmation: "unconfirmed" }),
    connection("c3", "tax", "benefits", { personalData: true }),
    connection("c4", "customs", "tax", { direction: "both", technology: "messaging" }),
    connection("c5", "benefits", "pensions", { confirmation: "disputed" }),
    connection("c6", "vehicles", "drivers"),
    connection("c7", "drivers", "customs", { lifecycle: "beta" }),
  ];
  return { organisations, systems, connections };
}
