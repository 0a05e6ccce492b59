import { describe, expect, it } from "vitest";
import { buildEstateGraph } from "./graph";
import { smallEstate } from "./graph-fixture";
import { describeChain, shortestChains } from "./paths";

const graph = buildEstateGraph(smallEstate());

describe("how data gets from one system to another", () => {
  it("finds the shortest chain across organisations, in the order data travels", () => {
    expect(shortestChains(graph, "s-vehicles", "s-pensions")).toEqual([{ systems: ["s-vehicles", "s-tax", "s-benefits", "s-pensions"], connections: ["c1", "c3", "c5"] }]);
  });

  it("follows connections only the way data flows, unless they go both ways", () => {
    expect(shortestChains(graph, "s-pensions", "s-vehicles")).toEqual([]);
    expect(shortestChains(graph, "s-tax", "s-customs")).toEqual([{ systems: ["s-tax", "s-customs"], connections: ["c4"] }]);
  });

  it("lists every chain of the shortest length, up to a limit", () => {
    const estate = smallEstate();
    estate.connections.push({ ...estate.connections[0]!, id: "c8", description: "vehicle tax class" });
    const twice = buildEstateGraph(estate);
    expect(shortestChains(twice, "s-vehicles", "s-benefits").map((c) => c.connections)).toEqual([["c1", "c3"], ["c8", "c3"]]);
    expect(shortestChains(twice, "s-vehicles", "s-benefits", 1)).toHaveLength(1);
  });

  it("finds nothing from a system to itself or to one not in view", () => {
    expect(shortestChains(graph, "s-tax", "s-tax")).toEqual([]);
    expect(shortestChains(graph, "s-tax", "s-nowhere")).toEqual([]);
  });

  it("says each step in words", () => {
    const [chain] = shortestChains(graph, "s-drivers", "s-benefits");
    expect(describeChain(graph, smallEstate().organisations, chain!)).toEqual([
      "drivers system (DVLA) sends drivers data to tax system (HMRC) by SOAP with XML.",
      "tax system (HMRC) sends tax data to benefits system (DWP) by REST with JSON.",
    ]);
  });
});
