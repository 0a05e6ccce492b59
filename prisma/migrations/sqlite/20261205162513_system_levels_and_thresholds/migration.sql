-- CreateTable
CREATE TABLE "SystemLevels" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "systemId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "levels" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    CONSTRAINT "SystemLevels_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SystemLevels_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Threshold" (
    "criterionId" TEXT NOT NULL PRIMARY KEY,
    "percent" INTEGER NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SystemLevels_systemId_recordedAt_idx" ON "SystemLevels"("systemId", "recordedAt");
