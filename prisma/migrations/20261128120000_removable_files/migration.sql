-- AlterTable
ALTER TABLE "ExpertOpinionFile" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "InspectionFindingFile" ADD COLUMN     "deletedAt" TIMESTAMP(3);
