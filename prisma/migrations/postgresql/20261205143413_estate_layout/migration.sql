-- CreateTable
CREATE TABLE "EstateLayout" (
    "stamp" TEXT NOT NULL,
    "positions" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EstateLayout_pkey" PRIMARY KEY ("stamp")
);

-- CreateIndex
CREATE INDEX "EstateLayout_createdAt_idx" ON "EstateLayout"("createdAt");
