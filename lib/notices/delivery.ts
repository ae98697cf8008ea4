// Notices by e-mail and group robot (钉钉/浙政钉): which settings a notice goes to, when a failed send
// is tried again, and how a day's held notices are grouped into one digest. Pure rules; the outbox and
// the sending are in server/notifications/.
import { beijingDay, DAY_MS } from "@/lib/dates";
import type { DeliveryChannel, DeliveryMode, NoticeCategory } from "@/lib/generated/prisma/enums";
import { deliveryModeLabel } from "@/lib/labels";

export const NOTICE_CATEGORIES = [
  "CASE",
  "FINDING",
  "SUPERVISION",
  "ASSESSMENT",
  "RETURN_VISIT",
  "TIP",
  "TASK",
  "REFERRAL",
  "OTHER",
] as const satisfies readonly NoticeCategory[];

export const DELIVERY_MODES = ["IMMEDIATE", "DAILY"] as const satisfies readonly DeliveryMode[];

/** A notice's kind, read from the page it links to (every notice links to the record it is about). */
const CATEGORY_OF_PATH: [string, NoticeCategory][] = [
  ["/cases", "CASE"],
  ["/review", "CASE"],
  ["/inspections", "FINDING"],
  ["/supervision", "SUPERVISION"],
  ["/assessment", "ASSESSMENT"],
  ["/return-visits", "RETURN_VISIT"],
  ["/tips", "TIP"],
  ["/tasks", "TASK"],
  ["/referrals", "REFERRAL"],
];

export function noticeCategory(href: string): NoticeCategory {
  const path = href.split(/[?#]/, 1)[0];
  const hit = CATEGORY_OF_PATH.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
  return hit ? hit[1] : "OTHER";
}

/** Whether a setting takes notices of this kind (no kinds chosen = every kind). */
export function wantsCategory(categories: readonly NoticeCategory[], category: NoticeCategory): boolean {
  return categories.length === 0 || categories.includes(category);
}

// ---- Retries ----

/** Sends tried before a delivery is given up (and shown to the office as failed). */
export const MAX_ATTEMPTS = 6;
/** A delivery being sent is not tried again by another run for this long (its sender may have died mid-send). */
export const SEND_LEASE_MINUTES = 10;

/** Minutes to wait after the n-th failed attempt (n ≥ 1): 2, 6, 18, 54, 162, then at most 6 hours. */
export function retryDelayMinutes(attempt: number): number {
  return Math.min(2 * 3 ** (Math.max(attempt, 1) - 1), 360);
}

/** After a failed attempt (`attempts` made so far): try again later, or give up after the last one. */
export function afterFailure(
  attempts: number,
  now: Date,
  maxAttempts = MAX_ATTEMPTS,
): { status: "PENDING" | "FAILED"; nextAttemptAt: Date } {
  if (attempts >= maxAttempts) return { status: "FAILED", nextAttemptAt: now };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000) };
}

// ---- Who gets a notice ----

export type DeliverySettingTargets = {
  id: number;
  email: string | null;
  webhookUrl: string | null;
  mode: DeliveryMode;
  categories: readonly NoticeCategory[];
};

export type PlannedDelivery = {
  settingId: number;
  channel: DeliveryChannel;
  target: string;
  /** HELD waits for the daily digest; PENDING is sent at once. */
  status: "PENDING" | "HELD";
};

/**
 * The messages one notice makes: one per configured address of each setting that takes its kind; an
 * address named by several settings (an office robot set for each office officer) gets it once, at
 * once if any of them wants it at once.
 */
export function plannedDeliveries(
  category: NoticeCategory,
  settings: readonly DeliverySettingTargets[],
): PlannedDelivery[] {
  const byTarget = new Map<string, PlannedDelivery>();
  for (const s of settings) {
    if (!wantsCategory(s.categories, category)) continue;
    const status = s.mode === "DAILY" ? "HELD" : "PENDING";
    const targets: [DeliveryChannel, string | null][] = [
      ["EMAIL", s.email],
      ["WEBHOOK", s.webhookUrl],
    ];
    for (const [channel, target] of targets) {
      if (!target) continue;
      const key = `${channel} ${channel === "EMAIL" ? target.toLowerCase() : target}`;
      const seen = byTarget.get(key);
      if (!seen || (seen.status === "HELD" && status === "PENDING"))
        byTarget.set(key, { settingId: s.id, channel, target, status });
    }
  }
  return [...byTarget.values()];
}

// ---- The daily digest ----

/**
 * The digest's cut-off: the latest `hour`:00 Beijing time at or before `now`. Notices held before it go
 * out in that day's digest; later ones wait for the next day's.
 */
export function digestCutoff(now: Date, hour: number): Date {
  const today = beijingDay(now).getTime() - 8 * 3_600_000; // Beijing midnight as a moment
  const cutoff = today + hour * 3_600_000;
  return new Date(cutoff <= now.getTime() ? cutoff : cutoff - DAY_MS);
}

export type HeldNotice = {
  id: string;
  settingId: number;
  channel: DeliveryChannel;
  target: string;
  text: string;
  href: string;
  createdAt: Date;
};

export type DigestGroup<T extends HeldNotice> = {
  settingId: number;
  channel: DeliveryChannel;
  target: string;
  items: T[];
};

/** Held notices grouped into one digest per setting, channel and address, each in the order they happened. */
export function groupDigest<T extends HeldNotice>(held: readonly T[]): DigestGroup<T>[] {
  const groups = new Map<string, DigestGroup<T>>();
  for (const h of held) {
    const key = `${h.settingId} ${h.channel} ${h.target}`;
    const g = groups.get(key) ?? { settingId: h.settingId, channel: h.channel, target: h.target, items: [] };
    g.items.push(h);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    ...g,
    items: [...g.items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)),
  }));
}

// ---- Addresses typed in 用户管理 ----

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why an e-mail address cannot be used, or null. */
export function emailProblem(address: string): string | null {
  if (address.length > 254 || !EMAIL.test(address)) return "邮箱地址格式不正确";
  return null;
}

/**
 * Why a webhook address cannot be used, or null: the portal calls it from the server, so only an
 * http(s) address without embedded user name or password.
 */
export function webhookUrlProblem(address: string): string | null {
  if (address.length > 500) return "地址最长 500 个字符";
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return "地址格式不正确，应以 https:// 或 http:// 开头";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "只能使用 https:// 或 http:// 地址";
  if (url.username || url.password) return "地址中不能包含用户名或密码";
  return null;
}

/** A robot's address as shown and audited: its query (the access token) masked. */
export function maskedWebhookUrl(address: string): string {
  try {
    const url = new URL(address);
    return `${url.origin}${url.pathname}${url.search ? "?…" : ""}`;
  } catch {
    return "（地址无效）";
  }
}

/** One line saying where a setting sends notices, e.g. "邮件、群机器人 · 每日汇总"; "仅站内" when nowhere else. */
export function deliverySummary(
  v: { email: string | null; webhookUrl: string | null; mode: DeliveryMode } | undefined,
): string {
  const channels = [v?.email && "邮件", v?.webhookUrl && "群机器人"].filter(Boolean);
  return channels.length && v ? `${channels.join("、")} · ${deliveryModeLabel[v.mode]}` : "仅站内";
}
