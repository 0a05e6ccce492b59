-- Who could see each spec revision and each audit event when it was written, so a history never
-- shows anyone what was hidden from them then (lib/catalogue/visibility.ts). Existing rows are
-- reconstructed from the audit trail: every write since the first import recorded, field by
-- field, what it changed, so an API's (or system's) status and visibility at any moment is the
-- value the latest change before then left, or, if nothing changed it before then, the value
-- the first later change found, or, if nothing ever changed it, its value now.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "audienceAfter" TEXT,
ADD COLUMN     "audienceBefore" TEXT,
ADD COLUMN     "audienceOrganisationId" TEXT;

-- AlterTable: filled in below, then required
ALTER TABLE "SpecRevision" ADD COLUMN     "audience" TEXT,
ADD COLUMN     "audienceOrganisationId" TEXT;

-- Every recorded change of an API's or a system's status or visibility.
CREATE TEMP TABLE "_field_change" AS
SELECT "entityType" AS "kind", "entityId" AS "entity", "at", "id", 'status' AS "field",
       ("changes"::jsonb -> 'status' ->> 'before') AS "before", ("changes"::jsonb -> 'status' ->> 'after') AS "after"
FROM "AuditEvent" WHERE "entityType" IN ('Api', 'System') AND ("changes"::jsonb -> 'status') IS NOT NULL
UNION ALL
SELECT "entityType", "entityId", "at", "id", 'visibility',
       ("changes"::jsonb -> 'visibility' ->> 'before'), ("changes"::jsonb -> 'visibility' ->> 'after')
FROM "AuditEvent" WHERE "entityType" = 'Api' AND ("changes"::jsonb -> 'visibility') IS NOT NULL;
CREATE INDEX "_field_change_idx" ON "_field_change" ("kind", "entity", "field", "at", "id");

-- Each revision's API's status and visibility when the revision was stored.
CREATE TEMP TABLE "_revision_state" AS
SELECT r."id", a."organisationId",
  COALESCE(
    (SELECT c."after" FROM "_field_change" c WHERE c."kind" = 'Api' AND c."entity" = r."apiId" AND c."field" = 'status' AND c."at" <= r."createdAt" ORDER BY c."at" DESC, c."id" DESC LIMIT 1),
    (SELECT c."before" FROM "_field_change" c WHERE c."kind" = 'Api' AND c."entity" = r."apiId" AND c."field" = 'status' AND c."at" > r."createdAt" ORDER BY c."at", c."id" LIMIT 1),
    a."status") AS "status",
  COALESCE(
    (SELECT c."after" FROM "_field_change" c WHERE c."kind" = 'Api' AND c."entity" = r."apiId" AND c."field" = 'visibility' AND c."at" <= r."createdAt" ORDER BY c."at" DESC, c."id" DESC LIMIT 1),
    (SELECT c."before" FROM "_field_change" c WHERE c."kind" = 'Api' AND c."entity" = r."apiId" AND c."field" = 'visibility' AND c."at" > r."createdAt" ORDER BY c."at", c."id" LIMIT 1),
    a."visibility") AS "visibility",
  CASE a."status" WHEN 'draft' THEN 'draft' ELSE a."visibility" END AS "apiNow"
FROM "SpecRevision" r JOIN "Api" a ON a."id" = r."apiId";

CREATE TEMP TABLE "_revision_audience" AS
SELECT "id", "organisationId", "apiNow",
  CASE WHEN "status" = 'draft' THEN 'draft' ELSE COALESCE("visibility", 'draft') END AS "atWrite"
FROM "_revision_state";

UPDATE "SpecRevision" SET "audience" = ra."atWrite", "audienceOrganisationId" = ra."organisationId"
FROM "_revision_audience" ra WHERE ra."id" = "SpecRevision"."id";
ALTER TABLE "SpecRevision" ALTER COLUMN "audience" SET NOT NULL,
ALTER COLUMN "audienceOrganisationId" SET NOT NULL;

-- An API's current versions are shown to everyone who may see the API now, so they are widened
-- to its audience now. (Versions that were current while the API was shown more widely, and were
-- later replaced, cannot be told apart from the trail: they stay with who could see them when
-- stored, which hides more rather than less.)
UPDATE "SpecRevision" SET "audience" = (SELECT ra."apiNow" FROM "_revision_audience" ra WHERE ra."id" = "SpecRevision"."id")
WHERE "id" IN (
    SELECT (SELECT r."id" FROM "SpecRevision" r WHERE r."apiId" = a."id" ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1) FROM "Api" a
    UNION
    SELECT (SELECT r."id" FROM "SpecRevision" r WHERE r."apiId" = a."id" AND r."status" = 'checked' ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1) FROM "Api" a
  )
  AND (SELECT CASE ra."apiNow" WHEN 'public' THEN 3 WHEN 'government' THEN 2 WHEN 'internal' THEN 1 ELSE 0 END FROM "_revision_audience" ra WHERE ra."id" = "SpecRevision"."id")
    > CASE "audience" WHEN 'public' THEN 3 WHEN 'government' THEN 2 WHEN 'internal' THEN 1 ELSE 0 END;

-- Each API and system event: the record's status and visibility just after it (its own change,
-- else the latest before it, else what the first later change found, else now) and just before.
CREATE TEMP TABLE "_event_state" AS
SELECT e."id", e."entityType", e."action",
  COALESCE(
    (SELECT c."after" FROM "_field_change" c WHERE c."kind" = e."entityType" AND c."entity" = e."entityId" AND c."field" = 'status' AND (c."at" < e."at" OR (c."at" = e."at" AND c."id" <= e."id")) ORDER BY c."at" DESC, c."id" DESC LIMIT 1),
    (SELECT c."before" FROM "_field_change" c WHERE c."kind" = e."entityType" AND c."entity" = e."entityId" AND c."field" = 'status' AND (c."at" > e."at" OR (c."at" = e."at" AND c."id" > e."id")) ORDER BY c."at", c."id" LIMIT 1),
    (SELECT a."status" FROM "Api" a WHERE e."entityType" = 'Api' AND a."id" = e."entityId"),
    (SELECT s."status" FROM "System" s WHERE e."entityType" = 'System' AND s."id" = e."entityId")) AS "statusAfter",
  COALESCE(
    (SELECT c."after" FROM "_field_change" c WHERE c."kind" = e."entityType" AND c."entity" = e."entityId" AND c."field" = 'visibility' AND (c."at" < e."at" OR (c."at" = e."at" AND c."id" <= e."id")) ORDER BY c."at" DESC, c."id" DESC LIMIT 1),
    (SELECT c."before" FROM "_field_change" c WHERE c."kind" = e."entityType" AND c."entity" = e."entityId" AND c."field" = 'visibility' AND (c."at" > e."at" OR (c."at" = e."at" AND c."id" > e."id")) ORDER BY c."at", c."id" LIMIT 1),
    (SELECT a."visibility" FROM "Api" a WHERE e."entityType" = 'Api' AND a."id" = e."entityId")) AS "visibilityAfter",
  CASE WHEN (e."changes"::jsonb -> 'status') IS NOT NULL THEN 1 ELSE 0 END AS "statusChanged",
  (e."changes"::jsonb -> 'status' ->> 'before') AS "statusBefore",
  CASE WHEN (e."changes"::jsonb -> 'visibility') IS NOT NULL THEN 1 ELSE 0 END AS "visibilityChanged",
  (e."changes"::jsonb -> 'visibility' ->> 'before') AS "visibilityBefore",
  COALESCE(
    (SELECT a."organisationId" FROM "Api" a WHERE e."entityType" = 'Api' AND a."id" = e."entityId"),
    (SELECT s."organisationId" FROM "System" s WHERE e."entityType" = 'System' AND s."id" = e."entityId"),
    (e."changes"::jsonb -> 'organisationId' ->> 'after'),
    (e."changes"::jsonb -> 'organisationId' ->> 'before')) AS "organisationId"
FROM "AuditEvent" e WHERE e."entityType" IN ('Api', 'System');

UPDATE "AuditEvent" SET
  "audienceOrganisationId" = (SELECT s."organisationId" FROM "_event_state" s WHERE s."id" = "AuditEvent"."id"),
  "audienceAfter" = CASE WHEN "action" = 'delete' THEN NULL ELSE (
    SELECT CASE WHEN s."statusAfter" IS NULL THEN 'draft' WHEN s."statusAfter" = 'draft' THEN 'draft' WHEN s."entityType" = 'System' THEN 'public' ELSE COALESCE(s."visibilityAfter", 'draft') END
    FROM "_event_state" s WHERE s."id" = "AuditEvent"."id") END,
  "audienceBefore" = CASE WHEN "action" = 'create' THEN NULL ELSE (
    SELECT CASE
      WHEN (CASE WHEN s."statusChanged" = 1 THEN s."statusBefore" ELSE s."statusAfter" END) IS NULL THEN 'draft'
      WHEN (CASE WHEN s."statusChanged" = 1 THEN s."statusBefore" ELSE s."statusAfter" END) = 'draft' THEN 'draft'
      WHEN s."entityType" = 'System' THEN 'public'
      ELSE COALESCE(CASE WHEN s."visibilityChanged" = 1 THEN s."visibilityBefore" ELSE s."visibilityAfter" END, 'draft') END
    FROM "_event_state" s WHERE s."id" = "AuditEvent"."id") END
WHERE "entityType" IN ('Api', 'System');

-- A revision's events: who could see the revision when it was stored (one since deleted: no one
-- but admins, who read the whole log).
UPDATE "AuditEvent" SET
  "audienceOrganisationId" = (SELECT ra."organisationId" FROM "_revision_audience" ra WHERE ra."id" = "AuditEvent"."entityId"),
  "audienceAfter" = CASE WHEN "action" = 'delete' THEN NULL ELSE COALESCE((SELECT ra."atWrite" FROM "_revision_audience" ra WHERE ra."id" = "AuditEvent"."entityId"), 'admin') END,
  "audienceBefore" = CASE WHEN "action" = 'create' THEN NULL ELSE COALESCE((SELECT ra."atWrite" FROM "_revision_audience" ra WHERE ra."id" = "AuditEvent"."entityId"), 'admin') END
WHERE "entityType" = 'SpecRevision';

-- Organisations are public; accounts, memberships and anything else are for admins.
UPDATE "AuditEvent" SET
  "audienceAfter" = CASE WHEN "action" = 'delete' THEN NULL WHEN "entityType" = 'Organisation' THEN 'public' ELSE 'admin' END,
  "audienceBefore" = CASE WHEN "action" = 'create' THEN NULL WHEN "entityType" = 'Organisation' THEN 'public' ELSE 'admin' END
WHERE "entityType" NOT IN ('Api', 'System', 'SpecRevision');

DROP TABLE "_event_state";
DROP TABLE "_revision_audience";
DROP TABLE "_revision_state";
DROP TABLE "_field_change";
