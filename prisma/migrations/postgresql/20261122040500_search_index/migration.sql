-- Full-text search over APIs (PostgreSQL tsvector with a GIN index). Kept outside the Prisma
-- schema, so the schema engine is told to treat this table as external
-- (lib/db/migrations/create.ts). Rows are written by lib/catalogue/search/indexer.ts in the
-- same transaction as the API.
CREATE TABLE "api_search" (
    "api_id" TEXT NOT NULL PRIMARY KEY REFERENCES "Api"("id") ON DELETE CASCADE,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "name"), 'A') ||
        setweight(to_tsvector('english', "organisation" || ' ' || "tags"), 'B') ||
        setweight(to_tsvector('english', "description"), 'C')
    ) STORED
);

CREATE INDEX "api_search_document_idx" ON "api_search" USING GIN ("document");
