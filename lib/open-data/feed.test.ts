import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed } from "./atom";
import { decodeCursor, encodeCursor, parseFeedQuery, type Change } from "./changes";

describe("the feed's cursor", () => {
  it("round-trips and is opaque", () => {
    expect(decodeCursor(encodeCursor(12345))).toBe(12345);
    expect(encodeCursor(7)).not.toContain("7");
  });

  it.each(["", "abc", "not base64!", Buffer.from("v1:-3").toString("base64url"), Buffer.from("v2:3").toString("base64url"), Buffer.from("v1:3x").toString("base64url"), "x".repeat(50)])("refuses %j", (raw) => {
    if (raw === "") expect(parseFeedQuery(new URLSearchParams("after="), "after")).toMatchObject({ ok: true, cursor: null });
    else expect(parseFeedQuery(new URLSearchParams({ after: raw }), "after")).toMatchObject({ ok: false, error: { code: "bad_cursor" } });
  });

  it("takes a limit from 1 to 1000, 100 by default", () => {
    expect(parseFeedQuery(new URLSearchParams(), "after")).toEqual({ ok: true, cursor: null, limit: 100 });
    expect(parseFeedQuery(new URLSearchParams({ before: encodeCursor(9), limit: "5" }), "before")).toEqual({ ok: true, cursor: 9, limit: 5 });
    for (const limit of ["0", "1001", "ten", "-1", "2.5"]) expect(parseFeedQuery(new URLSearchParams({ limit }), "after")).toMatchObject({ ok: false, error: { code: "bad_limit" } });
  });
});

const origin = "https://catalogue.example";
const changes: Change[] = [
  { cursor: encodeCursor(9), type: "api", id: "a1", change: "updated", at: "2026-12-05T10:00:00.000Z", record: { name: "Tax & <duty>", link: `${origin}/apis/tax` } as never, link: `${origin}/apis/tax` },
  { cursor: encodeCursor(8), type: "system", id: "s1", change: "removed", at: "2026-12-04T10:00:00.000Z", record: null, link: `${origin}/systems` },
];

describe("the Atom feed", () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link"].includes(name) }).parse(xml);

  it("is Atom 1.0 with an id, title, updated and linked entries, newest first", () => {
    const { feed } = parse(atomFeed(origin, { changes, older: encodeCursor(8) }, `${origin}/data/changes.atom`, new Date("2026-12-06T00:00:00Z")));
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${origin}/data/changes.atom`);
    expect(feed.title).toMatch(/changes/);
    expect(feed.updated).toBe("2026-12-05T10:00:00.000Z");
    expect(feed.entry).toHaveLength(2);
    expect(feed.entry[0]).toMatchObject({ title: "API ‘Tax & <duty>’ changed", updated: "2026-12-05T10:00:00.000Z", category: { "@_term": "updated" } });
    expect(feed.entry[0].link[0]["@_href"]).toBe(`${origin}/apis/tax`);
    expect(feed.entry[1].title).toBe("System ‘s1’ removed");
    expect(new Set(feed.entry.map((e: { id: string }) => e.id)).size).toBe(2);
  });

  it("links its pages as RFC 5005 asks: first, and next to older changes only when there are some", () => {
    const rels = (older: string | null) => Object.fromEntries(parse(atomFeed(origin, { changes, older }, `${origin}/data/changes.atom`, new Date())).feed.link.map((l: Record<string, string>) => [l["@_rel"], l["@_href"]]));
    expect(rels(encodeCursor(8))).toMatchObject({ self: `${origin}/data/changes.atom`, first: `${origin}/data/changes.atom`, next: `${origin}/data/changes.atom?before=${encodeCursor(8)}` });
    expect(rels(null).next).toBeUndefined();
  });

  it("is valid with no entries, dated now", () => {
    const { feed } = parse(atomFeed(origin, { changes: [], older: null }, `${origin}/data/changes.atom`, new Date("2026-12-06T00:00:00Z")));
    expect(feed.updated).toBe("2026-12-06T00:00:00.000Z");
    expect(feed.entry).toBeUndefined();
  });
});
