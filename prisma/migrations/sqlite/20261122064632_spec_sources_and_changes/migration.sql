-- AlterTable
ALTER TABLE "SpecRevision" ADD COLUMN "breakingChanges" INTEGER;
ALTER TABLE "SpecRevision" ADD COLUMN "changes" TEXT;
ALTER TABLE "SpecRevision" ADD COLUMN "previousId" TEXT;

-- CreateTable
CREATE TABLE "SpecSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apiId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ok',
    "error" TEXT,
    "lastFetchedAt" DATETIME,
    "lastChangedAt" DATETIME,
    "nextFetchAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SpecSource_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SpecSource_apiId_key" ON "SpecSource"("apiId");

-- CreateIndex
CREATE INDEX "SpecSource_nextFetchAt_idx" ON "SpecSource"("nextFetchAt");
