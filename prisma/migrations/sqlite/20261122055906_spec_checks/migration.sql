-- DropIndex
DROP INDEX "Api_status_visibility_organisationId_lifecycle_authType_hasSpec_idx";

-- AlterTable
ALTER TABLE "Api" ADD COLUMN "standardsScore" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SpecRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apiId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "arrivedVia" TEXT NOT NULL,
    "origin" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "specVersion" TEXT,
    "bundled" TEXT,
    "problems" TEXT NOT NULL DEFAULT '[]',
    "standards" TEXT,
    "score" INTEGER,
    "error" TEXT,
    "checkedAt" DATETIME,
    CONSTRAINT "SpecRevision_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SpecRevision" ("apiId", "arrivedVia", "contentHash", "createdAt", "createdBy", "id", "origin", "source") SELECT "apiId", "arrivedVia", "contentHash", "createdAt", "createdBy", "id", "origin", "source" FROM "SpecRevision";
DROP TABLE "SpecRevision";
ALTER TABLE "new_SpecRevision" RENAME TO "SpecRevision";
CREATE INDEX "SpecRevision_apiId_createdAt_idx" ON "SpecRevision"("apiId", "createdAt");
CREATE UNIQUE INDEX "SpecRevision_apiId_contentHash_key" ON "SpecRevision"("apiId", "contentHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Api_status_visibility_organisationId_lifecycle_authType_hasSpec_standardsScore_idx" ON "Api"("status", "visibility", "organisationId", "lifecycle", "authType", "hasSpec", "standardsScore");
