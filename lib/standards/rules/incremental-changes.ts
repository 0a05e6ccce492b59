import { defineRule, type Finding } from "../types";
import { operations, parametersOf, producedMediaTypes, words, type Doc } from "../doc";

// Any of: a since/updated-since style parameter, a changes/feed/events path, or an Atom/RSS feed.
const SINCE_WORDS = ["since", "changes", "changed", "modified"];
const FEED_PATH = /\/(changes|changelog|feed|feeds|events|updates|deltas?)(\/|$|\{|\.)/i;

function check(doc: Doc): Finding[] {
  const offered = operations(doc).some(
    (o) =>
      FEED_PATH.test(o.pathName) ||
      parametersOf(doc, o).some((p) => typeof p.name === "string" && words(p.name).some((w) => SINCE_WORDS.includes(w))) ||
      producedMediaTypes(doc, o.op).some((t) => /atom\+xml|rss\+xml|text\/event-stream/i.test(t)),
  );
  return offered ? [] : [{ message: "No way to fetch only what changed (a `since` parameter, a changes feed or Atom/RSS).", path: ["paths"] }];
}

export default defineRule(
  {
    id: "gds-incremental-changes",
    point: 22,
    title: "Incremental changes can be downloaded",
    severity: "warn",
    fix: "Let users fetch only what changed: add a `since` / `updated_since` parameter, or a changes feed (Atom/RSS or an event stream).",
    quote: "Instead, let users download incremental lists of changes to a dataset.",
    needsWholeDocument: true,
    datasetOnly: true,
  },
  (doc) => operations(doc).length > 0,
  check,
);
