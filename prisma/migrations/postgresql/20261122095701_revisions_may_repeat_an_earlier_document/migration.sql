-- DropIndex
DROP INDEX "SpecRevision_apiId_contentHash_key";

-- CreateIndex
CREATE INDEX "SpecRevision_apiId_contentHash_idx" ON "SpecRevision"("apiId", "contentHash");
