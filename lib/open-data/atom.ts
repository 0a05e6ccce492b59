/**
 * The change feed as Atom 1.0 (RFC 4287), newest first, in pages linked as RFC 5005 describes:
 * `first` is the newest page, `next` the page of older changes.
 */
import { XMLBuilder } from "fast-xml-parser";
import type { Change } from "./changes";

const NAMES: Record<Change["type"], string> = { api: "API", system: "System", connection: "Connection" };
const WORDS: Record<Change["change"], string> = { created: "added", updated: "changed", removed: "removed" };

function title(change: Change): string {
  const record = change.record as { name?: string; description?: string } | null;
  const name = record?.name ?? (change.type === "connection" && record ? `${(record as { fromSystem: string }).fromSystem} to ${(record as { toSystem: string }).toSystem}` : change.id);
  return `${NAMES[change.type]} ‘${name}’ ${WORDS[change.change]}`;
}

const link = (rel: string, href: string, type?: string) => ({ "@_rel": rel, "@_href": href, ...(type ? { "@_type": type } : {}) });

export function atomFeed(origin: string, page: { changes: Change[]; older: string | null }, self: string, now: Date): string {
  const host = new URL(origin).hostname;
  const feedUrl = `${origin}/data/changes.atom`;
  const entries = page.changes.map((c) => ({
    id: `tag:${host},2026:change:${c.cursor}:${c.type}:${c.id}`,
    title: title(c),
    updated: c.at,
    link: link("alternate", c.link),
    category: { "@_term": c.change, "@_label": WORDS[c.change] },
    summary: { "@_type": "text", "#text": c.record ? `${NAMES[c.type]} ${c.id} is now as the bulk download shows it.` : `${NAMES[c.type]} ${c.id} is no longer in the catalogue for you.` },
  }));
  const feed = {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      id: feedUrl,
      title: "API Catalogue: changes",
      subtitle: "Every change to the catalogue's APIs, systems and connections, newest first",
      updated: page.changes[0]?.at ?? now.toISOString(),
      author: { name: "API Catalogue" },
      rights: "Open Government Licence v3.0",
      link: [
        link("self", self, "application/atom+xml"),
        link("first", feedUrl, "application/atom+xml"),
        ...(page.older ? [link("next", `${feedUrl}?before=${page.older}`, "application/atom+xml")] : []),
        link("alternate", `${origin}/data/changes.json`, "application/json"),
        link("related", `${origin}/data`, "text/html"),
      ],
      entry: entries,
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(feed);
}
