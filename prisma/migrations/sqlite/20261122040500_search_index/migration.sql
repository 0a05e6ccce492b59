-- Full-text search over APIs (SQLite FTS5). Kept outside the Prisma schema, so the schema
-- engine is told to treat these tables as external (lib/db/migrations/create.ts).
-- Rows are written by lib/catalogue/search/indexer.ts in the same transaction as the API.
CREATE VIRTUAL TABLE "api_search" USING fts5(
    "api_id" UNINDEXED,
    "name",
    "description",
    "organisation",
    "tags",
    tokenize = 'porter unicode61 remove_diacritics 2'
);
