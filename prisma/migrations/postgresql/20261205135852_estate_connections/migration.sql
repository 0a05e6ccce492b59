-- AlterTable
ALTER TABLE "System" ADD COLUMN     "example" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Connection_identity_key" ON "Connection"("identity");

-- CreateIndex
CREATE INDEX "Connection_fromSystemId_idx" ON "Connection"("fromSystemId");

-- CreateIndex
CREATE INDEX "Connection_toSystemId_idx" ON "Connection"("toSystemId");

-- CreateIndex
CREATE INDEX "Connection_apiId_idx" ON "Connection"("apiId");

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_fromSystemId_fkey" FOREIGN KEY ("fromSystemId") REFERENCES "System"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_toSystemId_fkey" FOREIGN KEY ("toSystemId") REFERENCES "System"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
