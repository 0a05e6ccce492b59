-- AlterTable
ALTER TABLE "System" ADD COLUMN     "capabilities" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "licence" TEXT,
ADD COLUMN     "onboardingUrl" TEXT,
ADD COLUMN     "platformAudience" TEXT,
ADD COLUMN     "repositoryUrl" TEXT,
ADD COLUMN     "sharedPlatform" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DataSet" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSetHolding" (
    "id" TEXT NOT NULL,
    "dataSetId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "connectionId" TEXT,
    "sourceOf" TEXT,
    "example" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataSetHolding_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "System_sharedPlatform_idx" ON "System"("sharedPlatform");

-- AddForeignKey
ALTER TABLE "DataSet" ADD CONSTRAINT "DataSet_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSetHolding" ADD CONSTRAINT "DataSetHolding_dataSetId_fkey" FOREIGN KEY ("dataSetId") REFERENCES "DataSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSetHolding" ADD CONSTRAINT "DataSetHolding_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSetHolding" ADD CONSTRAINT "DataSetHolding_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Full-text search over systems for "Before you build" (PostgreSQL tsvector with a GIN index),
-- kept outside the Prisma schema like "api_search" (lib/db/migrations/create.ts). Rows are
-- written by lib/reuse/indexer.ts in the same transaction as the system.
CREATE TABLE "system_search" (
    "system_id" TEXT NOT NULL PRIMARY KEY REFERENCES "System"("id") ON DELETE CASCADE,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "capabilities" TEXT NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "name"), 'A') ||
        setweight(to_tsvector('english', "capabilities"), 'B') ||
        setweight(to_tsvector('english', "description"), 'C')
    ) STORED
);

CREATE INDEX "system_search_document_idx" ON "system_search" USING GIN ("document");

-- The systems already recorded, so "Before you build" finds them from the start.
INSERT INTO "system_search" ("system_id", "name", "description", "capabilities") SELECT "id", "name", "description", "capabilities" FROM "System";
