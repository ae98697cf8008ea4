-- CreateEnum
CREATE TYPE "TipStatus" AS ENUM ('RECEIVED', 'ASSIGNED', 'VERIFIED', 'CLOSED');

-- CreateEnum
CREATE TYPE "TipOutcome" AS ENUM ('TRUE', 'PARTLY_TRUE', 'FALSE');

-- CreateEnum
CREATE TYPE "ReInspectionResult" AS ENUM ('COMPLIANT', 'RESUMED');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('CIRCULAR', 'INTERVIEW');

-- CreateTable
CREATE TABLE "Tip" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "reporterName" TEXT,
    "reporterPhone" TEXT,
    "enterpriseName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "reportedUnitId" INTEGER,
    "description" TEXT NOT NULL,
    "status" "TipStatus" NOT NULL DEFAULT 'RECEIVED',
    "unitId" INTEGER,
    "departmentId" INTEGER,
    "deadline" DATE,
    "assignedAt" TIMESTAMP(3),
    "enterpriseId" TEXT,
    "findings" TEXT,
    "outcome" "TipOutcome",
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "caseId" TEXT,
    "closingNote" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TipFile" (
    "id" TEXT NOT NULL,
    "tipId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "capturedAt" TIMESTAMP(3),
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TipFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicRateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicRateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ReInspection" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL,
    "dueDate" DATE NOT NULL,
    "visitedOn" DATE,
    "result" "ReInspectionResult",
    "note" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3),
    "dueNotifiedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReInspectionPhoto" (
    "id" TEXT NOT NULL,
    "reInspectionId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "capturedAt" TIMESTAMP(3),
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReInspectionPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionNotice" (
    "id" TEXT NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "participants" TEXT,
    "commitments" TEXT,
    "followUpDate" DATE,
    "followUpDoneAt" TIMESTAMP(3),
    "followUpNotifiedAt" TIMESTAMP(3),
    "figures" JSONB,
    "issuedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionNoticeUnit" (
    "noticeId" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,

    CONSTRAINT "SupervisionNoticeUnit_pkey" PRIMARY KEY ("noticeId","unitId")
);

-- CreateTable
CREATE TABLE "JointPunishmentEntry" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JointPunishmentEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tip_reference_key" ON "Tip"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Tip_caseId_key" ON "Tip"("caseId");

-- CreateIndex
CREATE INDEX "Tip_status_idx" ON "Tip"("status");

-- CreateIndex
CREATE INDEX "Tip_unitId_idx" ON "Tip"("unitId");

-- CreateIndex
CREATE INDEX "Tip_departmentId_idx" ON "Tip"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "TipFile_storageKey_key" ON "TipFile"("storageKey");

-- CreateIndex
CREATE INDEX "TipFile_tipId_idx" ON "TipFile"("tipId");

-- CreateIndex
CREATE INDEX "ReInspection_unitId_result_idx" ON "ReInspection"("unitId", "result");

-- CreateIndex
CREATE UNIQUE INDEX "ReInspection_caseId_acceptedAt_key" ON "ReInspection"("caseId", "acceptedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReInspectionPhoto_storageKey_key" ON "ReInspectionPhoto"("storageKey");

-- CreateIndex
CREATE INDEX "ReInspectionPhoto_reInspectionId_idx" ON "ReInspectionPhoto"("reInspectionId");

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_idx" ON "Notification"("recipientId", "readAt");

-- CreateIndex
CREATE INDEX "SupervisionNotice_campaignId_kind_idx" ON "SupervisionNotice"("campaignId", "kind");

-- CreateIndex
CREATE INDEX "SupervisionNoticeUnit_unitId_idx" ON "SupervisionNoticeUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "JointPunishmentEntry_caseId_key" ON "JointPunishmentEntry"("caseId");

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_reportedUnitId_fkey" FOREIGN KEY ("reportedUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipFile" ADD CONSTRAINT "TipFile_tipId_fkey" FOREIGN KEY ("tipId") REFERENCES "Tip"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipFile" ADD CONSTRAINT "TipFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReInspection" ADD CONSTRAINT "ReInspection_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReInspection" ADD CONSTRAINT "ReInspection_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReInspection" ADD CONSTRAINT "ReInspection_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReInspectionPhoto" ADD CONSTRAINT "ReInspectionPhoto_reInspectionId_fkey" FOREIGN KEY ("reInspectionId") REFERENCES "ReInspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReInspectionPhoto" ADD CONSTRAINT "ReInspectionPhoto_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNoticeUnit" ADD CONSTRAINT "SupervisionNoticeUnit_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNoticeUnit" ADD CONSTRAINT "SupervisionNoticeUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNoticeUnit" ADD CONSTRAINT "SupervisionNoticeUnit_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPunishmentEntry" ADD CONSTRAINT "JointPunishmentEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPunishmentEntry" ADD CONSTRAINT "JointPunishmentEntry_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
