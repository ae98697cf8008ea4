// The words of a notice sent by e-mail or to a group robot (钉钉/浙政钉 群机器人, msgtype markdown), in
// Chinese with Beijing times, and the robot's 加签 (timestamp + HMAC-SHA256). Pure; server-side only
// (node:crypto).
import { createHmac } from "node:crypto";

import { BEIJING_TIME_ZONE } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";

export const PORTAL_NAME = "整治提升工作平台";

export type NoticeItem = { text: string; href: string; createdAt: Date };
type Options = {
  /** The portal's public address (NEXTAUTH_URL); without it the link is the page's path. */
  base?: string;
  /** E-mail: the officer's name for the greeting. */
  name?: string | null;
  /** Robot: the 自定义关键词 its security setting requires in every message. */
  keyword?: string | null;
};

/** The notice's page as a full address when the portal's address is known. */
export function noticeLink(href: string, base?: string): string {
  return base ? new URL(href, base.endsWith("/") ? base : `${base}/`).toString() : href;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const dayFmt = new Intl.DateTimeFormat("zh-CN", { timeZone: BEIJING_TIME_ZONE, month: "long", day: "numeric" });
/** "12月7日", the Beijing day of a moment. */
export const beijingMonthDay = (d: Date) => dayFmt.format(d);

const FOOTER = `——${PORTAL_NAME}（系统自动发送，请勿直接回复）`;

export function emailMessage(notice: NoticeItem, o: Options = {}): { subject: string; text: string } {
  const text = oneLine(notice.text);
  return {
    subject: clip(`【${PORTAL_NAME}】${text}`, 120),
    text: [
      o.name ? `${o.name}，您好：` : "您好：",
      "",
      text,
      `时间：${formatDateTime(notice.createdAt)}（北京时间）`,
      `查看：${noticeLink(notice.href, o.base)}`,
      "",
      FOOTER,
    ].join("\n"),
  };
}

export function digestEmail(
  items: readonly NoticeItem[],
  cutoff: Date,
  o: Options = {},
): { subject: string; text: string } {
  return {
    subject: `【${PORTAL_NAME}】${beijingMonthDay(cutoff)}通知汇总（${items.length} 条）`,
    text: [
      o.name ? `${o.name}，您好：` : "您好：",
      "",
      `截至 ${formatDateTime(cutoff)}（北京时间），您有 ${items.length} 条新通知：`,
      "",
      ...items.map(
        (n, i) => `${i + 1}. ${formatDateTime(n.createdAt)}  ${oneLine(n.text)}\n   ${noticeLink(n.href, o.base)}`,
      ),
      "",
      FOOTER,
    ].join("\n"),
  };
}

export type RobotMessage = { msgtype: "markdown"; markdown: { title: string; text: string } };

const withKeyword = (s: string, keyword?: string | null) =>
  keyword && !s.includes(keyword) ? `【${keyword}】${s}` : s;

export function webhookMessage(notice: NoticeItem, o: Options = {}): RobotMessage {
  const text = oneLine(notice.text);
  return {
    msgtype: "markdown",
    markdown: {
      title: withKeyword(clip(text, 60), o.keyword),
      text: [
        withKeyword(`#### ${PORTAL_NAME}通知`, o.keyword),
        `**${text}**`,
        `时间：${formatDateTime(notice.createdAt)}（北京时间）`,
        `[查看详情](${noticeLink(notice.href, o.base)})`,
      ].join("\n\n"),
    },
  };
}

export function digestWebhook(items: readonly NoticeItem[], cutoff: Date, o: Options = {}): RobotMessage {
  const title = `${beijingMonthDay(cutoff)}通知汇总（${items.length} 条）`;
  return {
    msgtype: "markdown",
    markdown: {
      title: withKeyword(title, o.keyword),
      text: [
        withKeyword(`#### ${PORTAL_NAME}${title}`, o.keyword),
        `截至 ${formatDateTime(cutoff)}（北京时间）`,
        items
          .map((n) => `- ${formatDateTime(n.createdAt)} [${oneLine(n.text)}](${noticeLink(n.href, o.base)})`)
          .join("\n"),
      ].join("\n\n"),
    },
  };
}

/**
 * The robot's address with 加签 added, as 钉钉 robots expect: `timestamp` (ms) and `sign` =
 * Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)), URL-encoded.
 */
export function signedWebhookUrl(url: string, secret: string | null | undefined, timestampMs: number): string {
  if (!secret) return url;
  const sign = createHmac("sha256", secret).update(`${timestampMs}\n${secret}`).digest("base64");
  const u = new URL(url);
  u.searchParams.set("timestamp", String(timestampMs));
  u.searchParams.set("sign", sign);
  return u.toString();
}

/**
 * Why a robot's answer is a failure, or null: any status other than 2xx, or (钉钉) a JSON body whose
 * `errcode` is not 0 (a wrong signature or a missing keyword is answered with 200 and an errcode).
 */
export function webhookReplyProblem(status: number, body: string): string | null {
  if (status < 200 || status > 299) return `对方返回 HTTP ${status}${body ? `：${clip(oneLine(body), 200)}` : ""}`;
  try {
    const json = JSON.parse(body) as { errcode?: unknown; errmsg?: unknown };
    if (json && typeof json === "object" && json.errcode !== undefined && Number(json.errcode) !== 0)
      return `对方拒收（errcode ${String(json.errcode)}：${clip(String(json.errmsg ?? ""), 200)}）`;
  } catch {
    // Not JSON: a plain 2xx is success.
  }
  return null;
}
