-- AlterTable
ALTER TABLE "SupervisionNotice" ADD COLUMN     "dataDate" DATE,
ADD COLUMN     "documentSha256" TEXT,
ADD COLUMN     "documentStorageKey" TEXT;

-- AlterTable
ALTER TABLE "SupervisionNoticeUnit" ADD COLUMN     "documentSha256" TEXT,
ADD COLUMN     "documentStorageKey" TEXT;

-- CreateTable
CREATE TABLE "PublishedBriefing" (
    "id" TEXT NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "issue" INTEGER NOT NULL,
    "dataDate" DATE NOT NULL,
    "documentStorageKey" TEXT NOT NULL,
    "documentSha256" TEXT NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedBriefing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedBriefing_campaignId_month_key" ON "PublishedBriefing"("campaignId", "month");

-- AddForeignKey
ALTER TABLE "PublishedBriefing" ADD CONSTRAINT "PublishedBriefing_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


