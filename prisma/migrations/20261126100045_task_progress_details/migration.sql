-- AlterTable
ALTER TABLE "TaskProgress" ADD COLUMN     "caseNotes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "itemId" INTEGER;

-- CreateTable
CREATE TABLE "TaskProgressEnterprise" (
    "progressId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,

    CONSTRAINT "TaskProgressEnterprise_pkey" PRIMARY KEY ("progressId","enterpriseId")
);

-- CreateIndex
CREATE INDEX "TaskProgressEnterprise_enterpriseId_idx" ON "TaskProgressEnterprise"("enterpriseId");

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskLineItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskProgressEnterprise" ADD CONSTRAINT "TaskProgressEnterprise_progressId_fkey" FOREIGN KEY ("progressId") REFERENCES "TaskProgress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskProgressEnterprise" ADD CONSTRAINT "TaskProgressEnterprise_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
