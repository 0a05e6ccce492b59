-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'none',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastSignInAt" DATETIME
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'publisher',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "organisationId"),
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "windowStart" DATETIME NOT NULL,
    "count" INTEGER NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Api" (
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
    "status" TEXT NOT NULL DEFAULT 'published',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Api_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Api_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Api" ("areaServed", "authType", "createdAt", "dateAdded", "dateUpdated", "deprecatedAt", "description", "documentationUrl", "endDate", "id", "importKey", "licence", "lifecycle", "maintainer", "name", "organisationId", "slug", "source", "startDate", "sunsetAt", "systemId", "updatedAt", "url", "visibility") SELECT "areaServed", "authType", "createdAt", "dateAdded", "dateUpdated", "deprecatedAt", "description", "documentationUrl", "endDate", "id", "importKey", "licence", "lifecycle", "maintainer", "name", "organisationId", "slug", "source", "startDate", "sunsetAt", "systemId", "updatedAt", "url", "visibility" FROM "Api";
DROP TABLE "Api";
ALTER TABLE "new_Api" RENAME TO "Api";
CREATE UNIQUE INDEX "Api_slug_key" ON "Api"("slug");
CREATE UNIQUE INDEX "Api_importKey_key" ON "Api"("importKey");
CREATE INDEX "Api_organisationId_idx" ON "Api"("organisationId");
CREATE INDEX "Api_systemId_idx" ON "Api"("systemId");
CREATE INDEX "Api_lifecycle_idx" ON "Api"("lifecycle");
CREATE INDEX "Api_visibility_idx" ON "Api"("visibility");
CREATE INDEX "Api_status_idx" ON "Api"("status");
CREATE INDEX "Api_authType_idx" ON "Api"("authType");
CREATE INDEX "Api_updatedAt_idx" ON "Api"("updatedAt");
CREATE TABLE "new_System" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "lifecycle" TEXT NOT NULL DEFAULT 'live',
    "hosting" TEXT NOT NULL DEFAULT 'cloud',
    "ownerTeam" TEXT,
    "ownerEmail" TEXT,
    "status" TEXT NOT NULL DEFAULT 'published',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "System_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_System" ("createdAt", "description", "hosting", "id", "lifecycle", "name", "organisationId", "ownerEmail", "ownerTeam", "slug", "updatedAt") SELECT "createdAt", "description", "hosting", "id", "lifecycle", "name", "organisationId", "ownerEmail", "ownerTeam", "slug", "updatedAt" FROM "System";
DROP TABLE "System";
ALTER TABLE "new_System" RENAME TO "System";
CREATE UNIQUE INDEX "System_slug_key" ON "System"("slug");
CREATE INDEX "System_organisationId_idx" ON "System"("organisationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "User_issuer_subject_key" ON "User"("issuer", "subject");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");
