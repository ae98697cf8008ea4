-- AlterTable
ALTER TABLE "PolicyBasis" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;


