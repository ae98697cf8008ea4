-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('ORDER_CORRECTION', 'RECTIFY_BY_DEADLINE', 'RESTRICT_PRODUCTION', 'SUSPEND_PRODUCTION', 'SUSPEND_BUSINESS', 'PUBLIC_NOTICE', 'RECHECK', 'REVOKE_LICENSE', 'CLOSURE', 'CANCEL_PRODUCTION_PERMIT');

-- CreateEnum
CREATE TYPE "TipKind" AS ENUM ('BACKWARD_CAPACITY', 'CAPACITY_SWAP', 'LOW_SCATTERED');

-- AlterEnum
ALTER TYPE "TipOutcome" ADD VALUE 'UNVERIFIABLE';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "measureDeadline" DATE,
ADD COLUMN     "overdueNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "policyBasisId" INTEGER,
ADD COLUMN     "policyBasisOther" TEXT;

-- AlterTable
ALTER TABLE "Tip" ADD COLUMN     "kind" "TipKind" NOT NULL DEFAULT 'LOW_SCATTERED';

-- CreateTable
CREATE TABLE "CaseMeasure" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "MeasureKind" NOT NULL,
    "dimension" "Dimension" NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "deadline" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "escalation" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseMeasureDocument" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "capturedAt" TIMESTAMP(3),
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseMeasureDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyBasis" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "displayOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "PolicyBasis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineSnapshotRun" (
    "campaignId" INTEGER NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineSnapshotRun_pkey" PRIMARY KEY ("campaignId")
);

-- CreateTable
CREATE TABLE "DeadlineSnapshot" (
    "campaignId" INTEGER NOT NULL,
    "caseId" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineSnapshot_pkey" PRIMARY KEY ("campaignId","caseId")
);

-- CreateIndex
CREATE INDEX "CaseMeasure_caseId_date_idx" ON "CaseMeasure"("caseId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "CaseMeasureDocument_storageKey_key" ON "CaseMeasureDocument"("storageKey");

-- CreateIndex
CREATE INDEX "CaseMeasureDocument_measureId_idx" ON "CaseMeasureDocument"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyBasis_name_key" ON "PolicyBasis"("name");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_policyBasisId_fkey" FOREIGN KEY ("policyBasisId") REFERENCES "PolicyBasis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMeasure" ADD CONSTRAINT "CaseMeasure_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMeasure" ADD CONSTRAINT "CaseMeasure_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMeasure" ADD CONSTRAINT "CaseMeasure_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMeasureDocument" ADD CONSTRAINT "CaseMeasureDocument_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "CaseMeasure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMeasureDocument" ADD CONSTRAINT "CaseMeasureDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineSnapshot" ADD CONSTRAINT "DeadlineSnapshot_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
