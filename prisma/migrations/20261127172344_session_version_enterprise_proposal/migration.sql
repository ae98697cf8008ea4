-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "proposedByDepartmentId" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_proposedByDepartmentId_fkey" FOREIGN KEY ("proposedByDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
