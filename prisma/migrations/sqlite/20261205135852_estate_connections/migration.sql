-- CreateTable
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromSystemId" TEXT NOT NULL,
    "toSystemId" TEXT NOT NULL,
    "apiId" TEXT,
    "description" TEXT NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'one-way',
    "technology" TEXT NOT NULL,
    "openStandard" BOOLEAN NOT NULL,
    "personalData" BOOLEAN NOT NULL,
    "personalDataLogged" BOOLEAN,
    "frequency" TEXT NOT NULL,
    "lifecycle" TEXT NOT NULL DEFAULT 'live',
    "visibility" TEXT NOT NULL DEFAULT 'government',
    "confirmation" TEXT NOT NULL DEFAULT 'unconfirmed',
    "disputeReason" TEXT,
    "declaredBy" TEXT NOT NULL,
    "identity" TEXT,
    "example" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Connection_fromSystemId_fkey" FOREIGN KEY ("fromSystemId") REFERENCES "System" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Connection_toSystemId_fkey" FOREIGN KEY ("toSystemId") REFERENCES "System" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Connection_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "example" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "System_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_System" ("createdAt", "description", "hosting", "id", "lifecycle", "name", "organisationId", "ownerEmail", "ownerTeam", "slug", "status", "updatedAt", "version") SELECT "createdAt", "description", "hosting", "id", "lifecycle", "name", "organisationId", "ownerEmail", "ownerTeam", "slug", "status", "updatedAt", "version" FROM "System";
DROP TABLE "System";
ALTER TABLE "new_System" RENAME TO "System";
CREATE UNIQUE INDEX "System_slug_key" ON "System"("slug");
CREATE INDEX "System_organisationId_idx" ON "System"("organisationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Connection_identity_key" ON "Connection"("identity");

-- CreateIndex
CREATE INDEX "Connection_fromSystemId_idx" ON "Connection"("fromSystemId");

-- CreateIndex
CREATE INDEX "Connection_toSystemId_idx" ON "Connection"("toSystemId");

-- CreateIndex
CREATE INDEX "Connection_apiId_idx" ON "Connection"("apiId");
