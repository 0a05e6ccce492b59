-- AlterTable
ALTER TABLE "Api" ADD COLUMN     "hasSpec" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Api_status_visibility_organisationId_lifecycle_authType_has_idx" ON "Api"("status", "visibility", "organisationId", "lifecycle", "authType", "hasSpec");

-- CreateIndex
CREATE INDEX "Api_name_idx" ON "Api"("name");

-- CreateIndex
CREATE INDEX "Api_dateUpdated_idx" ON "Api"("dateUpdated");

-- Backfill: which APIs already have a spec, and the single version row.
UPDATE "Api" SET "hasSpec" = EXISTS (SELECT 1 FROM "SpecRevision" s WHERE s."apiId" = "Api"."id");
INSERT INTO "CatalogueVersion" ("id", "version") VALUES (1, 0);
