import "server-only";

import { afterFailure, digestCutoff, groupDigest, type HeldNotice, SEND_LEASE_MINUTES } from "@/lib/notices/delivery";
import { beijingMonthDay, digestEmail, digestWebhook, emailMessage, webhookMessage } from "@/lib/notices/messages";
import { prisma } from "@/server/db";
import { env } from "@/server/env";
import { log } from "@/server/log";
import { DeliveryError, type Mailer, openMailer, postWebhook } from "@/server/notifications/transport";

/** Deliveries one run takes on; the rest wait for the next run (a minute later). */
const BATCH = 50;
/** A run stops taking new deliveries after this long, well inside the job runner's 30-minute takeover. */
const RUN_BUDGET_MS = 5 * 60_000;

/**
 * The scheduled job (server/jobs/registry.ts) behind notices by e-mail and group robot: first the daily
 * digests that are due, then every delivery whose time has come. Failures are retried with back-off
 * (lib/notices/delivery.ts) and, after the last attempt, left for the office under 通知投递.
 */
export async function deliverNotifications(now: Date) {
  const digests = await makeDigests(now);
  const { sent, failed } = await sendDue(now);
  return digests || sent || failed ? { digests, sent, failed } : undefined;
}

/** Groups the notices held before today's digest hour into one message per setting and address. */
export async function makeDigests(now: Date): Promise<number> {
  const cutoff = digestCutoff(now, env().NOTIFY_DIGEST_HOUR);
  const waiting = await prisma.notificationDelivery.findFirst({
    where: { status: "HELD", createdAt: { lt: cutoff } },
    select: { id: true },
  });
  if (!waiting) return 0;
  return prisma.$transaction(async (tx) => {
    // Claimed with UPDATE … RETURNING: a run taking over a stale one never groups a notice twice.
    const held = await tx.$queryRaw<HeldNotice[]>`
      UPDATE "NotificationDelivery" SET status = 'DIGESTED', "updatedAt" = ${now}
      WHERE status = 'HELD' AND "createdAt" < ${cutoff}
      RETURNING id, "settingId", channel, target, text, href, "createdAt"`;
    const groups = groupDigest(held);
    for (const g of groups) {
      const digest = await tx.notificationDelivery.create({
        data: {
          settingId: g.settingId,
          channel: g.channel,
          target: g.target,
          category: "OTHER",
          text: `${beijingMonthDay(cutoff)}通知汇总（${g.items.length} 条）`,
          href: "/notifications",
          isDigest: true,
          status: "PENDING",
          nextAttemptAt: now,
          // The digest's moment is its cut-off ("截至 …").
          createdAt: cutoff,
        },
      });
      await tx.notificationDelivery.updateMany({
        where: { id: { in: g.items.map((i) => i.id) } },
        data: { digestId: digest.id },
      });
    }
    return groups.length;
  });
}

/** Sends the deliveries that are due, one at a time, each claimed first (attempts + a lease). */
export async function sendDue(now: Date): Promise<{ sent: number; failed: number }> {
  const due = await prisma.notificationDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
    select: { id: true, attempts: true, channel: true },
  });
  let sent = 0;
  let failed = 0;
  if (!due.length) return { sent, failed };
  const mailer = due.some((d) => d.channel === "EMAIL") ? openMailer() : null;
  const started = performance.now();
  try {
    for (const d of due) {
      if (performance.now() - started > RUN_BUDGET_MS) break;
      const claimed = await prisma.notificationDelivery.updateMany({
        where: { id: d.id, status: "PENDING", attempts: d.attempts, nextAttemptAt: { lte: now } },
        data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MINUTES * 60_000) },
      });
      if (!claimed.count) continue;
      if (await sendOne(d.id, mailer, now)) sent++;
      else failed++;
    }
  } finally {
    mailer?.close();
  }
  return { sent, failed };
}

/** Sends one claimed delivery and records the outcome; true when it went out. */
async function sendOne(id: string, mailer: Mailer | null, now: Date): Promise<boolean> {
  const row = await prisma.notificationDelivery.findUniqueOrThrow({
    where: { id },
    include: {
      setting: {
        include: { user: { select: { displayName: true, active: true } }, unit: { select: { name: true } } },
      },
    },
  });
  const { setting } = row;
  const target = row.channel === "EMAIL" ? setting.email : setting.webhookUrl;
  try {
    if (!target) throw new GiveUp(row.channel === "EMAIL" ? "设置中已不再填写邮箱" : "设置中已不再填写群机器人地址");
    if (setting.user && !setting.user.active) throw new GiveUp("该账号已停用");
    const items = row.isDigest
      ? await prisma.notificationDelivery.findMany({
          where: { digestId: row.id },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { text: true, href: true, createdAt: true },
        })
      : [row];
    const base = env().NEXTAUTH_URL;
    if (row.channel === "EMAIL") {
      if (!mailer) throw new DeliveryError("未配置邮件服务器（环境变量 SMTP_URL、SMTP_FROM）");
      const o = { base, name: setting.user?.displayName };
      const mail = row.isDigest ? digestEmail(items, row.createdAt, o) : emailMessage(row, o);
      await mailer.send(target, mail.subject, mail.text);
    } else {
      const o = { base, keyword: setting.webhookKeyword };
      const message = row.isDigest ? digestWebhook(items, row.createdAt, o) : webhookMessage(row, o);
      await postWebhook(target, setting.webhookSecret, message, new Date());
    }
    await prisma.notificationDelivery.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), target, lastError: null, version: { increment: 1 } },
    });
    return true;
  } catch (e) {
    const reason = e instanceof DeliveryError || e instanceof GiveUp ? e.message : `发送出错：${(e as Error).message}`;
    const next =
      e instanceof GiveUp
        ? { status: "FAILED" as const, nextAttemptAt: now }
        : afterFailure(row.attempts, now, env().NOTIFY_MAX_ATTEMPTS);
    await prisma.notificationDelivery.update({
      where: { id },
      data: { ...next, lastError: reason.slice(0, 1000), version: { increment: 1 } },
    });
    log().warn(
      { delivery: id, channel: row.channel, attempts: row.attempts, status: next.status, reason },
      "notice delivery failed",
    );
    return false;
  }
}

/** A failure no retry can mend (the address was removed, the account disabled): given up at once. */
class GiveUp extends Error {}
