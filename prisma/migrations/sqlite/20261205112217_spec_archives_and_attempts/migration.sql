-- AlterTable
ALTER TABLE "SpecRevision" ADD COLUMN "archive" BLOB;
ALTER TABLE "SpecRevision" ADD COLUMN "archiveRoot" TEXT;

-- CreateTable
CREATE TABLE "SpecAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apiId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "errors" TEXT NOT NULL,
    "archive" BLOB,
    "archiveName" TEXT,
    "candidates" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SpecAttempt_createdAt_idx" ON "SpecAttempt"("createdAt");
