-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "submittedAt" DATETIME,
    "reviewedBy" TEXT,
    "approvedAt" DATETIME,
    "snapshot" TEXT,
    "openFor" TEXT,
    "supersedesId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Assessment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentAnswer" (
    "assessmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "links" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "comment" TEXT,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("assessmentId", "criterionId"),
    CONSTRAINT "AssessmentAnswer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Exemption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "systemId" TEXT,
    "criterionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'exempt',
    "reason" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "approvedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Exemption_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_openFor_key" ON "Assessment"("openFor");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_supersedesId_key" ON "Assessment"("supersedesId");

-- CreateIndex
CREATE INDEX "Assessment_organisationId_status_idx" ON "Assessment"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Assessment_status_submittedAt_idx" ON "Assessment"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Exemption_organisationId_criterionId_idx" ON "Exemption"("organisationId", "criterionId");
