-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "type" TEXT NOT NULL DEFAULT 'other',
    "website" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "System" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "lifecycle" TEXT NOT NULL DEFAULT 'live',
    "hosting" TEXT NOT NULL DEFAULT 'cloud',
    "ownerTeam" TEXT,
    "ownerEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "System_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Api" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "systemId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "documentationUrl" TEXT,
    "licence" TEXT,
    "maintainer" TEXT,
    "areaServed" TEXT,
    "startDate" DATETIME,
    "endDate" DATETIME,
    "dateAdded" DATETIME,
    "dateUpdated" DATETIME,
    "lifecycle" TEXT NOT NULL DEFAULT 'live',
    "deprecatedAt" DATETIME,
    "sunsetAt" DATETIME,
    "visibility" TEXT NOT NULL DEFAULT 'public',
    "authType" TEXT NOT NULL DEFAULT 'unknown',
    "source" TEXT NOT NULL DEFAULT 'publisher',
    "importKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Api_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Api_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiTag" (
    "apiId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("apiId", "tag"),
    CONSTRAINT "ApiTag_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpecRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apiId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "arrivedVia" TEXT NOT NULL,
    "origin" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SpecRevision_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '{}'
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "System_slug_key" ON "System"("slug");

-- CreateIndex
CREATE INDEX "System_organisationId_idx" ON "System"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Api_slug_key" ON "Api"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Api_importKey_key" ON "Api"("importKey");

-- CreateIndex
CREATE INDEX "Api_organisationId_idx" ON "Api"("organisationId");

-- CreateIndex
CREATE INDEX "Api_systemId_idx" ON "Api"("systemId");

-- CreateIndex
CREATE INDEX "Api_lifecycle_idx" ON "Api"("lifecycle");

-- CreateIndex
CREATE INDEX "Api_visibility_idx" ON "Api"("visibility");

-- CreateIndex
CREATE INDEX "Api_authType_idx" ON "Api"("authType");

-- CreateIndex
CREATE INDEX "Api_updatedAt_idx" ON "Api"("updatedAt");

-- CreateIndex
CREATE INDEX "ApiTag_tag_idx" ON "ApiTag"("tag");

-- CreateIndex
CREATE INDEX "SpecRevision_apiId_createdAt_idx" ON "SpecRevision"("apiId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SpecRevision_apiId_contentHash_key" ON "SpecRevision"("apiId", "contentHash");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
