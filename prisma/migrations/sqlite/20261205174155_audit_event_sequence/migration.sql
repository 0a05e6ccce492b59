-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "sequence" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_sequence_key" ON "AuditEvent"("sequence");

-- Number the events already recorded in the order they were written, and carry the catalogue's
-- version past them, so the next write's number follows on.
UPDATE "AuditEvent" SET "sequence" = (SELECT "n" FROM (SELECT "id", ROW_NUMBER() OVER (ORDER BY "at", "id") AS "n" FROM "AuditEvent") AS "r" WHERE "r"."id" = "AuditEvent"."id");
INSERT INTO "CatalogueVersion" ("id", "version") SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM "CatalogueVersion" WHERE "id" = 1);
UPDATE "CatalogueVersion" SET "version" = MAX("version", (SELECT COALESCE(MAX("sequence"), 0) FROM "AuditEvent")) WHERE "id" = 1;
