-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "caseVersion" INTEGER,
ADD COLUMN     "verified" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "verifiedNote" TEXT;


