-- The full-text index keeps prefix indexes for 2 to 6 characters: the last word of every search is
-- matched as a prefix (a half-typed word still finds something), and without them SQLite merges
-- the lists of every word that starts that way, for the matches and again for each result's
-- highlighted words. Rebuilt under the same name with the same rows (FTS5 cannot add prefix
-- indexes to a table that exists).
CREATE VIRTUAL TABLE "api_search_prefixed" USING fts5(
    "api_id" UNINDEXED,
    "name",
    "description",
    "organisation",
    "tags",
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6'
);
INSERT INTO "api_search_prefixed" ("rowid", "api_id", "name", "description", "organisation", "tags")
    SELECT "rowid", "api_id", "name", "description", "organisation", "tags" FROM "api_search";
DROP TABLE "api_search";
ALTER TABLE "api_search_prefixed" RENAME TO "api_search";
