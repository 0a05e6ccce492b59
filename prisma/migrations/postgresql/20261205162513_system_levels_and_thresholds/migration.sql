-- CreateTable
CREATE TABLE "SystemLevels" (
    "id" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "levels" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemLevels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Threshold" (
    "criterionId" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Threshold_pkey" PRIMARY KEY ("criterionId")
);

-- CreateIndex
CREATE INDEX "SystemLevels_systemId_recordedAt_idx" ON "SystemLevels"("systemId", "recordedAt");

-- AddForeignKey
ALTER TABLE "SystemLevels" ADD CONSTRAINT "SystemLevels_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemLevels" ADD CONSTRAINT "SystemLevels_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
