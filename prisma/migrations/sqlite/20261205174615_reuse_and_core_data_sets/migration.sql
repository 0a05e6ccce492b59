-- CreateTable
CREATE TABLE "DataSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "standard" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "licence" TEXT,
    "downloadUrl" TEXT,
    "metadataUrl" TEXT,
    "example" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DataSet_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataSetHolding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dataSetId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "connectionId" TEXT,
    "sourceOf" TEXT,
    "example" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DataSetHolding_dataSetId_fkey" FOREIGN KEY ("dataSetId") REFERENCES "DataSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataSetHolding_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DataSetHolding_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_System" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "lifecycle" TEXT NOT NULL DEFAULT 'live',
    "hosting" TEXT NOT NULL DEFAULT 'cloud',
    "ownerTeam" TEXT,
    "ownerEmail" TEXT,
    "status" TEXT NOT NULL DEFAULT 'published',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "example" BOOLEAN NOT NULL DEFAULT false,
    "repositoryUrl" TEXT,
    "licence" TEXT,
    "sharedPlatform" BOOLEAN NOT NULL DEFAULT false,
    "platformAudience" TEXT,
    "onboardingUrl" TEXT,
    "capabilities" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "System_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_System" ("createdAt", "description", "example", "hosting", "id", "lifecycle", "name", "organisationId", "ownerEmail", "ownerTeam", "slug", "status", "updatedAt", "version") SELECT "createdAt", "description", "example", "hosting", "id", "lifecycle", "name", "organisationId", "ownerEmail", "ownerTeam", "slug", "status", "updatedAt", "version" FROM "System";
DROP TABLE "System";
ALTER TABLE "new_System" RENAME TO "System";
CREATE UNIQUE INDEX "System_slug_key" ON "System"("slug");
CREATE INDEX "System_sharedPlatform_idx" ON "System"("sharedPlatform");
CREATE INDEX "System_organisationId_idx" ON "System"("organisationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "DataSet_slug_key" ON "DataSet"("slug");

-- CreateIndex
CREATE INDEX "DataSet_organisationId_idx" ON "DataSet"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "DataSetHolding_sourceOf_key" ON "DataSetHolding"("sourceOf");

-- CreateIndex
CREATE INDEX "DataSetHolding_systemId_idx" ON "DataSetHolding"("systemId");

-- CreateIndex
CREATE INDEX "DataSetHolding_connectionId_idx" ON "DataSetHolding"("connectionId");

-- CreateIndex
CREATE UNIQUE INDEX "DataSetHolding_dataSetId_systemId_key" ON "DataSetHolding"("dataSetId", "systemId");

-- Full-text search over systems for "Before you build" (SQLite FTS5), kept outside the Prisma
-- schema like "api_search" (lib/db/migrations/create.ts). Rows are written by
-- lib/reuse/indexer.ts in the same transaction as the system.
CREATE VIRTUAL TABLE "system_search" USING fts5(
    "system_id" UNINDEXED,
    "name",
    "description",
    "capabilities",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The systems already recorded, so "Before you build" finds them from the start.
INSERT INTO "system_search" ("system_id", "name", "description", "capabilities") SELECT "id", "name", "description", "capabilities" FROM "System";
