-- DropIndex
DROP INDEX "Api_status_visibility_organisationId_lifecycle_authType_has_idx";

-- AlterTable
ALTER TABLE "Api" ADD COLUMN     "standardsScore" INTEGER;

-- AlterTable
ALTER TABLE "SpecRevision" ADD COLUMN     "bundled" TEXT,
ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "error" TEXT,
ADD COLUMN     "problems" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "score" INTEGER,
ADD COLUMN     "specVersion" TEXT,
ADD COLUMN     "standards" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'pending';

-- CreateIndex
CREATE INDEX "Api_status_visibility_organisationId_lifecycle_authType_has_idx" ON "Api"("status", "visibility", "organisationId", "lifecycle", "authType", "hasSpec", "standardsScore");
