-- CreateEnum
CREATE TYPE "SteelCheckResult" AS ENUM ('CLEAR', 'FOUND');

-- CreateTable
CREATE TABLE "SteelInspection" (
    "id" TEXT NOT NULL,
    "taskLineId" INTEGER NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "inspectors" TEXT NOT NULL,
    "newCapacity" "SteelCheckResult" NOT NULL,
    "newCapacityNote" TEXT,
    "revivedCapacity" "SteelCheckResult" NOT NULL,
    "revivedCapacityNote" TEXT,
    "substandardSteel" "SteelCheckResult" NOT NULL,
    "substandardSteelNote" TEXT,
    "finding" TEXT NOT NULL,
    "rectification" TEXT,
    "followUpDue" DATE,
    "followUpDoneOn" DATE,
    "followUpNote" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SteelInspection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SteelInspection_taskLineId_inspectedOn_idx" ON "SteelInspection"("taskLineId", "inspectedOn");

-- CreateIndex
CREATE INDEX "SteelInspection_unitId_idx" ON "SteelInspection"("unitId");

-- CreateIndex
CREATE INDEX "SteelInspection_enterpriseId_idx" ON "SteelInspection"("enterpriseId");

-- AddForeignKey
ALTER TABLE "SteelInspection" ADD CONSTRAINT "SteelInspection_taskLineId_fkey" FOREIGN KEY ("taskLineId") REFERENCES "TaskLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SteelInspection" ADD CONSTRAINT "SteelInspection_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SteelInspection" ADD CONSTRAINT "SteelInspection_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SteelInspection" ADD CONSTRAINT "SteelInspection_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
