-- AlterTable
ALTER TABLE "SpecRevision" ADD COLUMN     "archive" BYTEA,
ADD COLUMN     "archiveRoot" TEXT;

-- CreateTable
CREATE TABLE "SpecAttempt" (
    "id" TEXT NOT NULL,
    "apiId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "errors" TEXT NOT NULL,
    "archive" BYTEA,
    "archiveName" TEXT,
    "candidates" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpecAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpecAttempt_createdAt_idx" ON "SpecAttempt"("createdAt");
