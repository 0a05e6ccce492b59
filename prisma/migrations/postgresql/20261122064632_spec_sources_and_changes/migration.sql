-- AlterTable
ALTER TABLE "SpecRevision" ADD COLUMN     "breakingChanges" INTEGER,
ADD COLUMN     "changes" TEXT,
ADD COLUMN     "previousId" TEXT;

-- CreateTable
CREATE TABLE "SpecSource" (
    "id" TEXT NOT NULL,
    "apiId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ok',
    "error" TEXT,
    "lastFetchedAt" TIMESTAMP(3),
    "lastChangedAt" TIMESTAMP(3),
    "nextFetchAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpecSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpecSource_apiId_key" ON "SpecSource"("apiId");

-- CreateIndex
CREATE INDEX "SpecSource_nextFetchAt_idx" ON "SpecSource"("nextFetchAt");

-- AddForeignKey
ALTER TABLE "SpecSource" ADD CONSTRAINT "SpecSource_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api"("id") ON DELETE CASCADE ON UPDATE CASCADE;
