import { createHmac } from "node:crypto";

import { describe, expect, it } from "vitest";

import {
  afterFailure,
  deliverySummary,
  digestCutoff,
  emailProblem,
  groupDigest,
  maskedWebhookUrl,
  MAX_ATTEMPTS,
  noticeCategory,
  plannedDeliveries,
  retryDelayMinutes,
  webhookUrlProblem,
} from "@/lib/notices/delivery";
import {
  digestEmail,
  digestWebhook,
  emailMessage,
  signedWebhookUrl,
  webhookMessage,
  webhookReplyProblem,
} from "@/lib/notices/messages";
import { deliverySettingInput } from "@/lib/notices/setting-input";

const at = (iso: string) => new Date(iso);

describe("retries with back-off", () => {
  it("waits 2, 6, 18, 54, 162 minutes, then at most 6 hours", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map(retryDelayMinutes)).toEqual([2, 6, 18, 54, 162, 360, 360, 360]);
  });

  it("tries again later after a failure, and gives up after the last attempt", () => {
    const now = at("2026-12-07T02:00:00Z");
    expect(afterFailure(1, now)).toEqual({ status: "PENDING", nextAttemptAt: at("2026-12-07T02:02:00Z") });
    expect(afterFailure(3, now)).toEqual({ status: "PENDING", nextAttemptAt: at("2026-12-07T02:18:00Z") });
    expect(afterFailure(MAX_ATTEMPTS - 1, now).status).toBe("PENDING");
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: "FAILED", nextAttemptAt: now });
    expect(afterFailure(2, now, 2).status).toBe("FAILED");
  });
});

describe("what a notice is about", () => {
  it.each([
    ["/cases/ck123", "CASE"],
    ["/review", "CASE"],
    ["/inspections/findings/ck1", "FINDING"],
    ["/supervision", "SUPERVISION"],
    ["/assessment?target=UNIT", "ASSESSMENT"],
    ["/return-visits", "RETURN_VISIT"],
    ["/tips/ck9", "TIP"],
    ["/tasks/3#pending", "TASK"],
    ["/referrals/ck7", "REFERRAL"],
    ["/casesX", "OTHER"],
    ["/notifications", "OTHER"],
  ] as const)("%s is %s", (href, category) => {
    expect(noticeCategory(href)).toBe(category);
  });
});

describe("who gets a notice", () => {
  const setting = (id: number, over: Partial<Parameters<typeof plannedDeliveries>[1][number]> = {}) => ({
    id,
    email: null,
    webhookUrl: null,
    mode: "IMMEDIATE" as const,
    categories: [],
    ...over,
  });

  it("one message per configured address, held for the digest when the setting asks for it", () => {
    expect(
      plannedDeliveries("CASE", [
        setting(1, { email: "a@example.cn", webhookUrl: "https://robot/1" }),
        setting(2, { email: "b@example.cn", mode: "DAILY" }),
        setting(3),
      ]),
    ).toEqual([
      { settingId: 1, channel: "EMAIL", target: "a@example.cn", status: "PENDING" },
      { settingId: 1, channel: "WEBHOOK", target: "https://robot/1", status: "PENDING" },
      { settingId: 2, channel: "EMAIL", target: "b@example.cn", status: "HELD" },
    ]);
  });

  it("only the kinds chosen; none chosen means every kind", () => {
    const settings = [setting(1, { email: "a@x.cn", categories: ["FINDING"] }), setting(2, { email: "b@x.cn" })];
    expect(plannedDeliveries("CASE", settings).map((p) => p.target)).toEqual(["b@x.cn"]);
    expect(plannedDeliveries("FINDING", settings).map((p) => p.target)).toEqual(["a@x.cn", "b@x.cn"]);
  });

  it("an address named by several settings gets the notice once, at once if any of them wants it at once", () => {
    const planned = plannedDeliveries("CASE", [
      setting(1, { webhookUrl: "https://robot/office", mode: "DAILY" }),
      setting(2, { webhookUrl: "https://robot/office" }),
      setting(3, { email: "Office@X.cn" }),
      setting(4, { email: "office@x.cn" }),
    ]);
    expect(planned).toEqual([
      { settingId: 2, channel: "WEBHOOK", target: "https://robot/office", status: "PENDING" },
      { settingId: 3, channel: "EMAIL", target: "Office@X.cn", status: "PENDING" },
    ]);
  });
});

describe("the daily digest", () => {
  it("cuts off at the digest hour in Beijing: today's once it has passed, else yesterday's", () => {
    // 17:00 Beijing = 09:00 UTC.
    expect(digestCutoff(at("2026-12-07T09:30:00Z"), 17)).toEqual(at("2026-12-07T09:00:00Z"));
    expect(digestCutoff(at("2026-12-07T09:00:00Z"), 17)).toEqual(at("2026-12-07T09:00:00Z"));
    expect(digestCutoff(at("2026-12-07T08:59:00Z"), 17)).toEqual(at("2026-12-06T09:00:00Z"));
    // 01:00 UTC on the 7th is 09:00 Beijing; 23:30 UTC on the 6th is already 07:30 on the 7th in Beijing.
    expect(digestCutoff(at("2026-12-06T23:30:00Z"), 7)).toEqual(at("2026-12-06T23:00:00Z"));
    expect(digestCutoff(at("2026-12-06T16:10:00Z"), 0)).toEqual(at("2026-12-06T16:00:00Z"));
  });

  it("groups held notices per setting, channel and address, each group in the order they happened", () => {
    const held = (id: string, settingId: number, channel: "EMAIL" | "WEBHOOK", target: string, iso: string) => ({
      id,
      settingId,
      channel,
      target,
      text: id,
      href: "/cases",
      createdAt: at(iso),
    });
    const groups = groupDigest([
      held("c", 1, "EMAIL", "a@x.cn", "2026-12-07T03:00:00Z"),
      held("a", 1, "EMAIL", "a@x.cn", "2026-12-07T01:00:00Z"),
      held("w", 1, "WEBHOOK", "https://r", "2026-12-07T02:00:00Z"),
      held("b", 2, "EMAIL", "b@x.cn", "2026-12-07T02:00:00Z"),
    ]);
    expect(groups.map((g) => [g.settingId, g.channel, g.items.map((i) => i.id)])).toEqual([
      [1, "EMAIL", ["a", "c"]],
      [1, "WEBHOOK", ["w"]],
      [2, "EMAIL", ["b"]],
    ]);
  });
});

describe("the messages", () => {
  const notice = {
    text: "整治对象被退回：宁波市海曙某铸造厂",
    href: "/cases/ck1",
    createdAt: at("2026-12-07T06:05:00Z"),
  };

  it("an e-mail in Chinese, Beijing time, a link to the page", () => {
    const mail = emailMessage(notice, { base: "https://zzts.example.gov.cn", name: "张三" });
    expect(mail.subject).toBe("【整治提升工作平台】整治对象被退回：宁波市海曙某铸造厂");
    expect(mail.text).toContain("张三，您好：");
    expect(mail.text).toContain("2026/12/07 14:05（北京时间）");
    expect(mail.text).toContain("查看：https://zzts.example.gov.cn/cases/ck1");
    expect(emailMessage(notice).text).toContain("查看：/cases/ck1");
  });

  it("a robot message in 钉钉's markdown format, with its keyword", () => {
    const m = webhookMessage(notice, { base: "https://zzts.example.gov.cn/", keyword: "平台" });
    expect(m.msgtype).toBe("markdown");
    // The keyword is put in wherever it is not already: the title gets it, the heading has it.
    expect(m.markdown.title).toBe("【平台】整治对象被退回：宁波市海曙某铸造厂");
    expect(m.markdown.text.startsWith("#### 整治提升工作平台通知")).toBe(true);
    expect(m.markdown.text).toContain("**整治对象被退回：宁波市海曙某铸造厂**");
    expect(m.markdown.text).toContain("时间：2026/12/07 14:05（北京时间）");
    expect(m.markdown.text).toContain("[查看详情](https://zzts.example.gov.cn/cases/ck1)");
    // A keyword not already in the text is added to the title and the text.
    const k = webhookMessage(notice, { keyword: "海曙通知" });
    expect(k.markdown.title).toBe("【海曙通知】整治对象被退回：宁波市海曙某铸造厂");
    expect(k.markdown.text.startsWith("【海曙通知】")).toBe(true);
  });

  it("a digest lists the day's notices in one message", () => {
    const items = [
      notice,
      { text: "监督检查问题整改已到期", href: "/inspections/findings/ck2", createdAt: at("2026-12-07T08:00:00Z") },
    ];
    const cutoff = at("2026-12-07T09:00:00Z");
    const mail = digestEmail(items, cutoff, { name: "李四" });
    expect(mail.subject).toBe("【整治提升工作平台】12月7日通知汇总（2 条）");
    expect(mail.text).toContain("截至 2026/12/07 17:00（北京时间），您有 2 条新通知：");
    expect(mail.text).toContain("1. 2026/12/07 14:05  整治对象被退回：宁波市海曙某铸造厂");
    expect(mail.text).toContain("2. 2026/12/07 16:00  监督检查问题整改已到期");
    const robot = digestWebhook(items, cutoff, {});
    expect(robot.markdown.title).toBe("12月7日通知汇总（2 条）");
    expect(robot.markdown.text).toContain("- 2026/12/07 16:00 [监督检查问题整改已到期](/inspections/findings/ck2)");
  });

  it("加签 as 钉钉 robots expect: timestamp and Base64 HMAC-SHA256 of timestamp\\nsecret", () => {
    const url = signedWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", "SECxyz", 1765080000000);
    const u = new URL(url);
    expect(u.searchParams.get("access_token")).toBe("abc");
    expect(u.searchParams.get("timestamp")).toBe("1765080000000");
    const expected = createHmac("sha256", "SECxyz").update("1765080000000\nSECxyz").digest("base64");
    expect(u.searchParams.get("sign")).toBe(expected);
    expect(signedWebhookUrl("https://r/x", null, 1)).toBe("https://r/x");
  });

  it("a robot's answer: non-2xx or a non-zero errcode is a failure", () => {
    expect(webhookReplyProblem(200, '{"errcode":0,"errmsg":"ok"}')).toBeNull();
    expect(webhookReplyProblem(204, "")).toBeNull();
    expect(webhookReplyProblem(200, '{"errcode":310000,"errmsg":"sign not match"}')).toBe(
      "对方拒收（errcode 310000：sign not match）",
    );
    expect(webhookReplyProblem(502, "Bad Gateway")).toBe("对方返回 HTTP 502：Bad Gateway");
  });
});

describe("addresses typed in 用户管理", () => {
  it("webhooks: http(s) only, no credentials", () => {
    expect(webhookUrlProblem("https://oapi.dingtalk.com/robot/send?access_token=1")).toBeNull();
    expect(webhookUrlProblem("http://10.0.0.8:8080/robot")).toBeNull();
    expect(webhookUrlProblem("file:///etc/passwd")).toBe("只能使用 https:// 或 http:// 地址");
    expect(webhookUrlProblem("ftp://x/y")).toBe("只能使用 https:// 或 http:// 地址");
    expect(webhookUrlProblem("https://u:p@host/x")).toBe("地址中不能包含用户名或密码");
    expect(webhookUrlProblem("oapi.dingtalk.com/robot")).toMatch(/格式不正确/);
  });

  it("masks the robot's token wherever it is shown or audited", () => {
    expect(maskedWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=secret")).toBe(
      "https://oapi.dingtalk.com/robot/send?…",
    );
  });

  it("sums up a setting in 用户管理", () => {
    expect(deliverySummary(undefined)).toBe("仅站内");
    expect(deliverySummary({ email: null, webhookUrl: null, mode: "DAILY" })).toBe("仅站内");
    expect(deliverySummary({ email: "a@x.cn", webhookUrl: "https://r", mode: "DAILY" })).toBe(
      "邮件、群机器人 · 每日汇总",
    );
    expect(deliverySummary({ email: null, webhookUrl: "https://r", mode: "IMMEDIATE" })).toBe("群机器人 · 即时发送");
  });

  it("e-mail addresses", () => {
    expect(emailProblem("zhangsan@haishu.gov.cn")).toBeNull();
    expect(emailProblem("zhangsan")).toBe("邮箱地址格式不正确");
  });

  it("the form: errors at the field, exactly one owner", () => {
    const base = { version: null, mode: "IMMEDIATE", categories: [] };
    const bad = deliverySettingInput.safeParse({ ...base, userId: "ckabcdefgh", email: "x", webhookUrl: "ftp://a" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["email", "webhookUrl"]));
    expect(deliverySettingInput.safeParse({ ...base }).success).toBe(false);
    expect(deliverySettingInput.safeParse({ ...base, userId: "ckabcdefgh", unitId: 3 }).success).toBe(false);
    const ok = deliverySettingInput.parse({ ...base, unitId: "3", email: "", webhookUrl: " https://r/x " });
    expect(ok).toMatchObject({ unitId: 3, email: null, webhookUrl: "https://r/x", clearSecret: false });
  });
});
