-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('CIRCULAR', 'INTERVIEW');

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

-- CreateIndex
CREATE INDEX "SupervisionNotice_campaignId_kind_idx" ON "SupervisionNotice"("campaignId", "kind");

-- CreateIndex
CREATE INDEX "SupervisionNoticeUnit_unitId_idx" ON "SupervisionNoticeUnit"("unitId");

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
