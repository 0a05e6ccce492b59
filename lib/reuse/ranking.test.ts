import { describe, expect, it } from "vitest";
import { needTerms, rankCandidates, tierOf, type Candidate } from "./ranking";

const c = (kind: Candidate["kind"], name: string, tier: Candidate["tier"], relevance: number): Candidate => ({ kind, id: name, name, tier, relevance });
const names = (list: Candidate[]) => rankCandidates(list).map((x) => x.name);

describe("the ranking of Before you build", () => {
  it("puts shared platforms before open code before one-off systems, whatever the match", () => {
    expect(names([c("system", "One-off", "one-off", 90), c("system", "Open", "open-source", 50), c("system", "Platform", "platform", 1)])).toEqual(["Platform", "Open", "One-off"]);
  });

  it("orders a tier by how well the words match, each index's score taken as a share of its best", () => {
    // The API index scores on a larger scale: 40 of 80 is a weaker match than 3 of 4.
    const list = [c("api", "API half", "one-off", 40), c("api", "API best", "one-off", 80), c("system", "System three quarters", "one-off", 3), c("system", "System best", "one-off", 4)];
    expect(names(list)).toEqual(["API best", "System best", "System three quarters", "API half"]);
  });

  it("breaks ties by name, so the order never changes between requests", () => {
    expect(names([c("system", "Beta", "platform", 2), c("system", "Alpha", "platform", 2)])).toEqual(["Alpha", "Beta"]);
  });

  it("takes a system's tier from its offer: platform, open code (a repository and a licence), or neither", () => {
    expect(tierOf({ sharedPlatform: true, repositoryUrl: null, licence: null })).toBe("platform");
    expect(tierOf({ sharedPlatform: false, repositoryUrl: "https://github.com/alphagov/pay", licence: "MIT" })).toBe("open-source");
    expect(tierOf({ sharedPlatform: false, repositoryUrl: "https://github.com/alphagov/pay", licence: null })).toBe("one-off");
    expect(tierOf(null)).toBe("one-off");
  });

  it("keeps the words of a need and drops the filler around them", () => {
    expect(needTerms("I need to check someone’s identity")).toEqual(["check", "identity"]);
    expect(needTerms("Take CARD payments, take card payments!")).toEqual(["take", "card", "payments"]);
    expect(needTerms("\"; DROP TABLE System; --")).toEqual(["drop", "table", "system"]);
    expect(needTerms("the a of")).toEqual([]);
  });
});
