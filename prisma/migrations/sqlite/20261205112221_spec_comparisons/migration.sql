-- CreateTable
CREATE TABLE "SpecComparison" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("fromId", "toId"),
    CONSTRAINT "SpecComparison_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "SpecRevision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SpecComparison_toId_fkey" FOREIGN KEY ("toId") REFERENCES "SpecRevision" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SpecComparison_toId_idx" ON "SpecComparison"("toId");
