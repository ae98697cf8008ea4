-- CreateEnum
CREATE TYPE "DeliveryChannel" AS ENUM ('EMAIL', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('IMMEDIATE', 'DAILY');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('HELD', 'PENDING', 'SENT', 'FAILED', 'DIGESTED');

-- CreateEnum
CREATE TYPE "NoticeCategory" AS ENUM ('CASE', 'FINDING', 'SUPERVISION', 'ASSESSMENT', 'RETURN_VISIT', 'TIP', 'TASK', 'REFERRAL', 'OTHER');

-- CreateTable
CREATE TABLE "DeliverySetting" (
    "id" SERIAL NOT NULL,
    "userId" TEXT,
    "unitId" INTEGER,
    "email" TEXT,
    "webhookUrl" TEXT,
    "webhookSecret" TEXT,
    "webhookKeyword" TEXT,
    "mode" "DeliveryMode" NOT NULL DEFAULT 'IMMEDIATE',
    "categories" "NoticeCategory"[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeliverySetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "id" TEXT NOT NULL,
    "settingId" INTEGER NOT NULL,
    "notificationId" TEXT,
    "channel" "DeliveryChannel" NOT NULL,
    "target" TEXT NOT NULL,
    "category" "NoticeCategory" NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "isDigest" BOOLEAN NOT NULL DEFAULT false,
    "status" "DeliveryStatus" NOT NULL,
    "digestId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NotificationDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeliverySetting_userId_key" ON "DeliverySetting"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DeliverySetting_unitId_key" ON "DeliverySetting"("unitId");

-- CreateIndex
CREATE INDEX "NotificationDelivery_status_nextAttemptAt_idx" ON "NotificationDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "NotificationDelivery_digestId_idx" ON "NotificationDelivery"("digestId");

-- AddForeignKey
ALTER TABLE "DeliverySetting" ADD CONSTRAINT "DeliverySetting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverySetting" ADD CONSTRAINT "DeliverySetting_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDelivery" ADD CONSTRAINT "NotificationDelivery_settingId_fkey" FOREIGN KEY ("settingId") REFERENCES "DeliverySetting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDelivery" ADD CONSTRAINT "NotificationDelivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;


