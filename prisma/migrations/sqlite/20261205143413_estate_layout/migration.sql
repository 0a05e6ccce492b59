-- CreateTable
CREATE TABLE "EstateLayout" (
    "stamp" TEXT NOT NULL PRIMARY KEY,
    "positions" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "EstateLayout_createdAt_idx" ON "EstateLayout"("createdAt");
