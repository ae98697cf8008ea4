-- CreateEnum
CREATE TYPE "EquipmentDisposition" AS ENUM ('SCRAPPED', 'TRANSFERRED', 'SEALED_ON_SITE');

-- CreateTable
CREATE TABLE "CaseEquipment" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "model" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL,
    "capacity" DOUBLE PRECISION NOT NULL,
    "capacityUnit" TEXT NOT NULL,
    "disposition" "EquipmentDisposition",
    "destination" TEXT,
    "evidenceId" TEXT,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseEquipment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseEquipment_caseId_displayOrder_idx" ON "CaseEquipment"("caseId", "displayOrder");

-- CreateIndex
CREATE INDEX "CaseEquipment_evidenceId_idx" ON "CaseEquipment"("evidenceId");

-- AddForeignKey
ALTER TABLE "CaseEquipment" ADD CONSTRAINT "CaseEquipment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEquipment" ADD CONSTRAINT "CaseEquipment_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEquipment" ADD CONSTRAINT "CaseEquipment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


