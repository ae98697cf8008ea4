-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('OPEN', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "FindingFileRole" AS ENUM ('FINDING', 'ANSWER');

-- CreateEnum
CREATE TYPE "ExpertConclusion" AS ENUM ('CONFIRMED', 'NOT_CONFIRMED', 'UNDETERMINED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'EXPERT';

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "expertOpinionRequired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "organisation" TEXT;

-- CreateTable
CREATE TABLE "InspectionRound" (
    "id" TEXT NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "checklist" TEXT NOT NULL,
    "sampleSize" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionRoundUnit" (
    "roundId" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "InspectionRoundUnit_pkey" PRIMARY KEY ("roundId","unitId")
);

-- CreateTable
CREATE TABLE "InspectionRoundDepartment" (
    "roundId" TEXT NOT NULL,
    "departmentId" INTEGER NOT NULL,

    CONSTRAINT "InspectionRoundDepartment_pkey" PRIMARY KEY ("roundId","departmentId")
);

-- CreateTable
CREATE TABLE "InspectionSample" (
    "roundId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "InspectionSample_pkey" PRIMARY KEY ("roundId","caseId")
);

-- CreateTable
CREATE TABLE "InspectionFinding" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "caseId" TEXT,
    "departmentId" INTEGER,
    "problem" TEXT NOT NULL,
    "requirement" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'OPEN',
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "officeNote" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "reopenedCaseAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InspectionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionFindingFile" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "role" "FindingFileRole" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "capturedAt" TIMESTAMP(3),
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionFindingFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertReferral" (
    "id" TEXT NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "caseId" TEXT,
    "findingId" TEXT,
    "unitId" INTEGER NOT NULL,
    "expertId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "referredById" TEXT NOT NULL,
    "departmentId" INTEGER,
    "referredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "conclusion" "ExpertConclusion",
    "opinion" TEXT,
    "answeredAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ExpertReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertOpinionFile" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "capturedAt" TIMESTAMP(3),
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpertOpinionFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InspectionRound_campaignId_idx" ON "InspectionRound"("campaignId");

-- CreateIndex
CREATE INDEX "InspectionRoundUnit_unitId_idx" ON "InspectionRoundUnit"("unitId");

-- CreateIndex
CREATE INDEX "InspectionSample_unitId_idx" ON "InspectionSample"("unitId");

-- CreateIndex
CREATE INDEX "InspectionFinding_roundId_idx" ON "InspectionFinding"("roundId");

-- CreateIndex
CREATE INDEX "InspectionFinding_unitId_status_idx" ON "InspectionFinding"("unitId", "status");

-- CreateIndex
CREATE INDEX "InspectionFinding_caseId_idx" ON "InspectionFinding"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionFindingFile_storageKey_key" ON "InspectionFindingFile"("storageKey");

-- CreateIndex
CREATE INDEX "InspectionFindingFile_findingId_idx" ON "InspectionFindingFile"("findingId");

-- CreateIndex
CREATE INDEX "ExpertReferral_expertId_answeredAt_idx" ON "ExpertReferral"("expertId", "answeredAt");

-- CreateIndex
CREATE INDEX "ExpertReferral_caseId_idx" ON "ExpertReferral"("caseId");

-- CreateIndex
CREATE INDEX "ExpertReferral_findingId_idx" ON "ExpertReferral"("findingId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertOpinionFile_storageKey_key" ON "ExpertOpinionFile"("storageKey");

-- CreateIndex
CREATE INDEX "ExpertOpinionFile_referralId_idx" ON "ExpertOpinionFile"("referralId");

-- AddForeignKey
ALTER TABLE "InspectionRound" ADD CONSTRAINT "InspectionRound_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRound" ADD CONSTRAINT "InspectionRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRoundUnit" ADD CONSTRAINT "InspectionRoundUnit_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRoundUnit" ADD CONSTRAINT "InspectionRoundUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRoundDepartment" ADD CONSTRAINT "InspectionRoundDepartment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRoundDepartment" ADD CONSTRAINT "InspectionRoundDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionSample" ADD CONSTRAINT "InspectionSample_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionSample" ADD CONSTRAINT "InspectionSample_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFindingFile" ADD CONSTRAINT "InspectionFindingFile_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "InspectionFinding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFindingFile" ADD CONSTRAINT "InspectionFindingFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertReferral" ADD CONSTRAINT "ExpertReferral_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertReferral" ADD CONSTRAINT "ExpertReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertReferral" ADD CONSTRAINT "ExpertReferral_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "InspectionFinding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertReferral" ADD CONSTRAINT "ExpertReferral_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertReferral" ADD CONSTRAINT "ExpertReferral_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertReferral" ADD CONSTRAINT "ExpertReferral_referredById_fkey" FOREIGN KEY ("referredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertReferral" ADD CONSTRAINT "ExpertReferral_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertOpinionFile" ADD CONSTRAINT "ExpertOpinionFile_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "ExpertReferral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertOpinionFile" ADD CONSTRAINT "ExpertOpinionFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
