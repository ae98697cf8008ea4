import "server-only";

import { z } from "zod";

import { pageParam } from "@/lib/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskedWebhookUrl } from "@/lib/notices/delivery";
import { paginate } from "@/lib/paginate";
import { prisma } from "@/server/db";
import { deliveryScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

export const DELIVERY_PROBLEMS = ["failed", "retrying"] as const;
export type DeliveryProblem = (typeof DELIVERY_PROBLEMS)[number];

const WHERE: Record<DeliveryProblem, Prisma.NotificationDeliveryWhereInput> = {
  failed: { status: "FAILED" },
  retrying: { status: "PENDING", attempts: { gt: 0 } },
};

export function parseDeliveryFilters(params: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k][0] : params[k]);
  const show = z.enum(DELIVERY_PROBLEMS).optional().catch(undefined).parse(one("show"));
  return { show, page: pageParam(params.page) };
}
export type DeliveryFilters = ReturnType<typeof parseDeliveryFilters>;

/**
 * 通知投递 (the office): how the e-mails and robot messages are going — counts of the last day — and
 * those that failed or are being retried, newest first, with the error and whose setting it was.
 */
export async function listDeliveryProblems(
  user: Pick<SessionUser, "districtId">,
  filters: DeliveryFilters,
  now = new Date(),
) {
  // The district's own deliveries only (docs/domain.md §市级).
  const mine = deliveryScope(user);
  const where = { AND: [mine, filters.show ? WHERE[filters.show] : { OR: [WHERE.failed, WHERE.retrying] }] };
  const since = new Date(now.getTime() - 24 * 3_600_000);
  const [total, sentToday, waiting, failed, retrying] = await Promise.all([
    prisma.notificationDelivery.count({ where }),
    prisma.notificationDelivery.count({ where: { AND: [mine, { status: "SENT", sentAt: { gte: since } }] } }),
    prisma.notificationDelivery.count({
      where: { AND: [mine, { OR: [{ status: "HELD" }, { status: "PENDING", attempts: 0 }] }] },
    }),
    prisma.notificationDelivery.count({ where: { AND: [mine, WHERE.failed] } }),
    prisma.notificationDelivery.count({ where: { AND: [mine, WHERE.retrying] } }),
  ]);
  const { page, pages, skip, take } = paginate(total, filters.page);
  const rows = await prisma.notificationDelivery.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      version: true,
      channel: true,
      target: true,
      text: true,
      href: true,
      isDigest: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      createdAt: true,
      updatedAt: true,
      setting: {
        select: {
          user: { select: { username: true, displayName: true } },
          unit: { select: { name: true } },
        },
      },
    },
  });
  return {
    counts: { sentToday, waiting, failed, retrying },
    total,
    page,
    pages,
    rows: rows.map(({ setting, target, ...r }) => ({
      ...r,
      target: r.channel === "WEBHOOK" ? maskedWebhookUrl(target) : target,
      owner: setting.user ? `${setting.user.displayName}（${setting.user.username}）` : (setting.unit?.name ?? "—"),
    })),
  };
}
