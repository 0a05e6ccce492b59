-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Api" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "systemId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "documentationUrl" TEXT,
    "licence" TEXT,
    "maintainer" TEXT,
    "areaServed" TEXT,
    "startDate" DATETIME,
    "endDate" DATETIME,
    "dateAdded" DATETIME,
    "dateUpdated" DATETIME,
    "lifecycle" TEXT NOT NULL DEFAULT 'live',
    "deprecatedAt" DATETIME,
    "sunsetAt" DATETIME,
    "visibility" TEXT NOT NULL DEFAULT 'public',
    "authType" TEXT NOT NULL DEFAULT 'unknown',
    "source" TEXT NOT NULL DEFAULT 'publisher',
    "importKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'published',
    "version" INTEGER NOT NULL DEFAULT 1,
    "hasSpec" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Api_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Api_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Api" ("areaServed", "authType", "createdAt", "dateAdded", "dateUpdated", "deprecatedAt", "description", "documentationUrl", "endDate", "id", "importKey", "licence", "lifecycle", "maintainer", "name", "organisationId", "slug", "source", "startDate", "status", "sunsetAt", "systemId", "updatedAt", "url", "version", "visibility") SELECT "areaServed", "authType", "createdAt", "dateAdded", "dateUpdated", "deprecatedAt", "description", "documentationUrl", "endDate", "id", "importKey", "licence", "lifecycle", "maintainer", "name", "organisationId", "slug", "source", "startDate", "status", "sunsetAt", "systemId", "updatedAt", "url", "version", "visibility" FROM "Api";
DROP TABLE "Api";
ALTER TABLE "new_Api" RENAME TO "Api";
CREATE UNIQUE INDEX "Api_slug_key" ON "Api"("slug");
CREATE UNIQUE INDEX "Api_importKey_key" ON "Api"("importKey");
CREATE INDEX "Api_organisationId_idx" ON "Api"("organisationId");
CREATE INDEX "Api_systemId_idx" ON "Api"("systemId");
CREATE INDEX "Api_lifecycle_idx" ON "Api"("lifecycle");
CREATE INDEX "Api_visibility_idx" ON "Api"("visibility");
CREATE INDEX "Api_status_idx" ON "Api"("status");
CREATE INDEX "Api_status_visibility_organisationId_lifecycle_authType_hasSpec_idx" ON "Api"("status", "visibility", "organisationId", "lifecycle", "authType", "hasSpec");
CREATE INDEX "Api_authType_idx" ON "Api"("authType");
CREATE INDEX "Api_updatedAt_idx" ON "Api"("updatedAt");
CREATE INDEX "Api_name_idx" ON "Api"("name");
CREATE INDEX "Api_dateUpdated_idx" ON "Api"("dateUpdated");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill: which APIs already have a spec, and the single version row.
UPDATE "Api" SET "hasSpec" = EXISTS (SELECT 1 FROM "SpecRevision" s WHERE s."apiId" = "Api"."id");
INSERT INTO "CatalogueVersion" ("id", "version") VALUES (1, 0);
