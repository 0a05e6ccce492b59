-- AlterTable
ALTER TABLE "Api" ADD COLUMN     "servesDataset" BOOLEAN NOT NULL DEFAULT false;
