-- AlterTable
ALTER TABLE "InspectionFinding" ADD COLUMN     "dueNotifiedAt" TIMESTAMP(3);
