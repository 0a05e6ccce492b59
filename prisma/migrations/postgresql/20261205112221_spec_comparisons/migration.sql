-- CreateTable
CREATE TABLE "SpecComparison" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpecComparison_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateIndex
CREATE INDEX "SpecComparison_toId_idx" ON "SpecComparison"("toId");

-- AddForeignKey
ALTER TABLE "SpecComparison" ADD CONSTRAINT "SpecComparison_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "SpecRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecComparison" ADD CONSTRAINT "SpecComparison_toId_fkey" FOREIGN KEY ("toId") REFERENCES "SpecRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
