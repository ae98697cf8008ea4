// Notices that reach people: a returned case is e-mailed to the township officer (a real SMTP server,
// smtp-server on a free port) and posted to the unit's 钉钉 group robot (a local node:http server) by
// the job runner — never by the page that returned it. A mail server that refuses is tried again with
// back-off and, after the last attempt, shown to the office under 通知投递 to 重新发送; a robot that
// refuses, or answers with a redirect, fails visibly too; a daily digest groups the day's notices.
import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { returnCase } from "@/server/cases/actions/return-case";
import { prisma } from "@/server/db";
import { jobs } from "@/server/jobs/registry";
import { runDueJobs } from "@/server/jobs/runner";
import { resendDelivery } from "@/server/notifications/actions/resend-delivery";
import { saveDeliverySetting } from "@/server/notifications/actions/save-delivery-setting";
import { sendTestDelivery } from "@/server/notifications/actions/send-test-delivery";
import { deliverNotifications } from "@/server/notifications/deliver";
import { listDeliveryProblems } from "@/server/notifications/list-deliveries";
import { notify } from "@/server/notifications/notify";

import { HAISHU, HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { caseOf, jishigang } from "../../helpers/matrix-fixtures";
import { actAs } from "../../helpers/session";

type Mail = { to: string[]; raw: string };
type Hook = { method: string; url: string; body: string };

// The servers start before the portal's modules read their configuration (SMTP_URL is read once).
const local = await vi.hoisted(async () => {
  const { SMTPServer } = await import("smtp-server");
  const http = await import("node:http");
  const mails: Mail[] = [];
  const hooks: Hook[] = [];
  const state = { smtpRefuses: false, robot: "ok" as "ok" | "errcode" | "redirect" };
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.smtpRefuses) {
          const err = Object.assign(new Error("4.2.2 Mailbox full, try again later"), { responseCode: 452 });
          return callback(err);
        }
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
  const robot = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      hooks.push({ method: req.method ?? "", url: req.url ?? "", body: Buffer.concat(chunks).toString("utf8") });
      if (state.robot === "redirect" && !req.url?.startsWith("/elsewhere")) {
        res.writeHead(302, { location: "/elsewhere" }).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        state.robot === "errcode"
          ? '{"errcode":310000,"errmsg":"keywords not in content"}'
          : '{"errcode":0,"errmsg":"ok"}',
      );
    });
  });
  await new Promise<void>((r) => robot.listen(0, "127.0.0.1", () => r()));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.SMTP_FROM = "整治提升工作平台 <zzts@haishu.test>";
  process.env.NEXTAUTH_URL = "http://portal.test";
  process.env.NOTIFY_MAX_ATTEMPTS = "3";
  process.env.NOTIFY_DIGEST_HOUR = "17";
  return {
    mails,
    hooks,
    state,
    robotBase: `http://127.0.0.1:${(robot.address() as AddressInfo).port}`,
    close: () => Promise.all([new Promise((r) => smtp.close(() => r(null))), new Promise((r) => robot.close(r))]),
  };
});
afterAll(() => local.close());
afterEach(() => {
  local.state.smtpRefuses = false;
  local.state.robot = "ok";
});

/** The decoded subject and text of a raw message (RFC 2047 words, quoted-printable or base64 body). */
function readMail(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const words = (s: string) =>
    s.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : Buffer.from(
            data
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
  const subject = words(/^subject: (.*)$/im.exec(headers)?.[1] ?? "");
  const body = rest.join("\n\n");
  const encoding = /^content-transfer-encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(
            body
              .replace(/=\r?\n/g, "")
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8")
        : body;
  return { subject, text: text.replace(/\r\n/g, "\n") };
}

const deliveryJob = jobs.filter((j) => j.name === "notice-delivery");
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

async function returned(reason = "照片不清晰") {
  const c = await caseOf("SUBMITTED");
  await actAs("office");
  const res = await returnCase({ caseId: c.id, version: c.version, reason });
  expect(res.ok).toBe(true);
  const enterprise = await prisma.enterprise.findUniqueOrThrow({ where: { id: c.enterpriseId } });
  return { caseId: c.id, name: enterprise.name };
}
const deliveriesOf = (caseId: string) =>
  prisma.notificationDelivery.findMany({ where: { href: `/cases/${caseId}` }, orderBy: { channel: "asc" } });

const SECRET = "SECtest0123456789";
let robotUrl: string;

beforeAll(async () => {
  await actAs("office");
  const officer = await prisma.user.findUniqueOrThrow({ where: { username: "jishigang" } });
  robotUrl = `${local.robotBase}/robot/send?access_token=jsg-token`;
  const mine = await saveDeliverySetting({
    userId: officer.id,
    version: null,
    email: "jishigang@haishu.test",
    mode: "IMMEDIATE",
    categories: ["CASE", "FINDING"],
  });
  expect(mine).toMatchObject({ ok: true });
  const unit = await saveDeliverySetting({
    unitId: (await jishigang()).id,
    version: null,
    webhookUrl: robotUrl,
    webhookSecret: SECRET,
    webhookKeyword: "平台",
    mode: "IMMEDIATE",
    categories: [],
  });
  expect(unit).toMatchObject({ ok: true });
});

describe("a returned case reaches the officer by e-mail and the unit's group by robot", () => {
  it("is queued with the return, sent by the job runner: Chinese e-mail to the officer, 钉钉 markdown to the robot", async () => {
    const before = { mails: local.mails.length, hooks: local.hooks.length };
    const { caseId, name } = await returned();

    // The page that returned the case waited for no mail server: the messages are in the outbox.
    const queued = await deliveriesOf(caseId);
    expect(queued.map((d) => [d.channel, d.status, d.target])).toEqual([
      ["EMAIL", "PENDING", "jishigang@haishu.test"],
      ["WEBHOOK", "PENDING", robotUrl],
    ]);
    expect(local.mails.length).toBe(before.mails);
    expect(local.hooks.length).toBe(before.hooks);

    expect(await runDueJobs(new Date(), deliveryJob)).toEqual(["notice-delivery"]);

    const mails = local.mails.slice(before.mails);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(["jishigang@haishu.test"]);
    const mail = readMail(mails[0].raw);
    expect(mail.subject).toBe(`【整治提升工作平台】整治对象被退回：${name}`);
    expect(mail.text).toContain(`整治对象被退回：${name}`);
    expect(mail.text).toContain(`查看：http://portal.test/cases/${caseId}`);
    expect(mail.text).toMatch(/时间：\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}（北京时间）/);

    // One robot message for the unit however many of its officers got the notice.
    const hooks = local.hooks.slice(before.hooks);
    expect(hooks).toHaveLength(1);
    expect(hooks[0].method).toBe("POST");
    const url = new URL(hooks[0].url, local.robotBase);
    expect(url.pathname).toBe("/robot/send");
    expect(url.searchParams.get("access_token")).toBe("jsg-token");
    const timestamp = url.searchParams.get("timestamp")!;
    expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(60_000);
    expect(url.searchParams.get("sign")).toBe(
      createHmac("sha256", SECRET).update(`${timestamp}\n${SECRET}`).digest("base64"),
    );
    const body = JSON.parse(hooks[0].body);
    expect(body.msgtype).toBe("markdown");
    expect(body.markdown.title).toBe(`【平台】整治对象被退回：${name}`);
    expect(body.markdown.text).toContain(`**整治对象被退回：${name}**`);
    expect(body.markdown.text).toContain(`[查看详情](http://portal.test/cases/${caseId})`);

    expect((await deliveriesOf(caseId)).map((d) => [d.status, d.attempts])).toEqual([
      ["SENT", 1],
      ["SENT", 1],
    ]);
  });

  it("a kind the officer did not choose is not e-mailed (the unit's robot takes every kind)", async () => {
    const officer = await prisma.user.findUniqueOrThrow({ where: { username: "jishigang" } });
    await prisma.$transaction((tx) =>
      notify(tx, HAISHU_DISTRICT_ID, { id: officer.id }, "收到新举报：测试", "/tips/ck0000000000"),
    );
    const rows = await prisma.notificationDelivery.findMany({ where: { href: "/tips/ck0000000000" } });
    expect(rows.map((r) => [r.channel, r.category])).toEqual([["WEBHOOK", "TIP"]]);
  });
});

describe("failures: retried with back-off, then shown to the office", () => {
  it("a mail server that refuses is tried again after 2 and 6 minutes, then given up and listed under 通知投递", async () => {
    local.state.smtpRefuses = true;
    const { caseId, name } = await returned("缺少现场照片");
    const email = async () => (await deliveriesOf(caseId)).find((d) => d.channel === "EMAIL")!;
    const t0 = new Date();

    await deliverNotifications(t0);
    expect(await email()).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: minutes(t0, 2) });
    expect((await email()).lastError).toContain("452 4.2.2 Mailbox full");
    // The robot of the same notice went out regardless.
    expect((await deliveriesOf(caseId)).find((d) => d.channel === "WEBHOOK")!.status).toBe("SENT");

    await deliverNotifications(minutes(t0, 1)); // not yet due
    expect((await email()).attempts).toBe(1);
    await deliverNotifications(minutes(t0, 2));
    expect(await email()).toMatchObject({ status: "PENDING", attempts: 2, nextAttemptAt: minutes(t0, 8) });
    await deliverNotifications(minutes(t0, 8)); // the last of NOTIFY_MAX_ATTEMPTS=3
    const failed = await email();
    expect(failed).toMatchObject({ status: "FAILED", attempts: 3 });

    const list = await listDeliveryProblems(HAISHU, { show: "failed", page: 1 });
    expect(list.counts.failed).toBeGreaterThanOrEqual(1);
    const row = list.rows.find((r) => r.id === failed.id)!;
    expect(row).toMatchObject({ text: `整治对象被退回：${name}`, channel: "EMAIL", target: "jishigang@haishu.test" });
    expect(row.lastError).toContain("452 4.2.2 Mailbox full");
    expect(row.owner).toContain("jishigang");

    // The mail server is back; the office sends it again: it goes out on the next run.
    local.state.smtpRefuses = false;
    const before = local.mails.length;
    await actAs("jishigang");
    expect(await resendDelivery({ deliveryId: failed.id, version: failed.version })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await actAs("office");
    expect(await resendDelivery({ deliveryId: failed.id, version: failed.version })).toMatchObject({ ok: true });
    expect(await resendDelivery({ deliveryId: failed.id, version: failed.version })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await deliverNotifications(new Date(Date.now() + 1000));
    expect(await email()).toMatchObject({ status: "SENT", attempts: 1 });
    expect(local.mails.slice(before).map((m) => readMail(m.raw).subject)).toEqual([
      `【整治提升工作平台】整治对象被退回：${name}`,
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "delivery.resend", entityId: failed.id } });
    expect(audit.after).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("a robot that rejects the message (errcode), or answers with a redirect (not followed), fails with the reason", async () => {
    local.state.robot = "errcode";
    const first = await returned();
    await deliverNotifications(new Date(Date.now() + 1000));
    const rejected = (await deliveriesOf(first.caseId)).find((d) => d.channel === "WEBHOOK")!;
    expect(rejected).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(rejected.lastError).toBe("对方拒收（errcode 310000：keywords not in content）");

    local.state.robot = "redirect";
    const hooksBefore = local.hooks.length;
    const second = await returned();
    await deliverNotifications(new Date(Date.now() + 1000));
    const redirected = (await deliveriesOf(second.caseId)).find((d) => d.channel === "WEBHOOK")!;
    expect(redirected.lastError).toMatch(/要求跳转（HTTP 302），未跟随/);
    expect(local.hooks.slice(hooksBefore).some((h) => h.url.startsWith("/elsewhere"))).toBe(false);
  });
});

describe("the daily digest", () => {
  it("groups the notices held before the digest hour into one e-mail; later ones wait for the next day", async () => {
    await actAs("office");
    const gulin = await prisma.user.findUniqueOrThrow({ where: { username: "gulin" } });
    expect(
      await saveDeliverySetting({
        userId: gulin.id,
        version: null,
        email: "gulin@haishu.test",
        mode: "DAILY",
        categories: [],
      }),
    ).toMatchObject({ ok: true });
    const say = (text: string, href: string) =>
      prisma.$transaction((tx) => notify(tx, HAISHU_DISTRICT_ID, { id: gulin.id }, text, href));
    await say("整治对象被退回：古林某铸造厂", "/cases/ckgulin000001");
    await say("监督检查问题整改已到期（2026/12/20），请尽快整改并答复：第一轮检查", "/inspections/findings/ckgulin002");
    await say("通报：第三季度工作进展滞后", "/supervision");
    const held = await prisma.notificationDelivery.findMany({
      where: { target: "gulin@haishu.test" },
      orderBy: { createdAt: "asc" },
    });
    expect(held.map((h) => h.status)).toEqual(["HELD", "HELD", "HELD"]);
    // The digest hour (17:00 Beijing = 09:00 UTC) after the notices; the third falls just after it.
    const last = held[1].createdAt.getTime();
    const dayMs = 86_400_000;
    let cutoff = Math.floor(last / dayMs) * dayMs + 9 * 3_600_000;
    if (cutoff <= last) cutoff += dayMs;
    await prisma.notificationDelivery.update({
      where: { id: held[2].id },
      data: { createdAt: new Date(cutoff + 30_000) },
    });

    const before = local.mails.length;
    await deliverNotifications(new Date(cutoff - 60_000));
    expect(local.mails.length).toBe(before);

    await deliverNotifications(new Date(cutoff + 60_000));
    const mails = local.mails.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(["gulin@haishu.test"]);
    const mail = readMail(mails[0].raw);
    expect(mail.subject).toMatch(/^【整治提升工作平台】\d+月\d+日通知汇总（2 条）$/);
    expect(mail.text).toContain("截至");
    expect(mail.text).toContain("17:00（北京时间），您有 2 条新通知：");
    expect(mail.text).toContain("1. ");
    expect(mail.text).toContain("整治对象被退回：古林某铸造厂\n   http://portal.test/cases/ckgulin000001");
    expect(mail.text).toContain("2. ");
    expect(mail.text).toContain("监督检查问题整改已到期");
    expect(mail.text).not.toContain("第三季度");
    const after = await prisma.notificationDelivery.findMany({
      where: { target: "gulin@haishu.test" },
      orderBy: { createdAt: "asc" },
    });
    const digest = after.find((d) => d.isDigest)!;
    expect(digest).toMatchObject({ status: "SENT", createdAt: new Date(cutoff) });
    expect(after.filter((d) => d.digestId === digest.id)).toHaveLength(2);
    expect(after.find((d) => d.id === held[2].id)!.status).toBe("HELD");
  });
});

describe("the settings in 用户管理", () => {
  it("are versioned (a stale form is refused), audited without the robot's secret or token, and checked at the field", async () => {
    await actAs("office");
    const unitId = (await jishigang()).id;
    const setting = await prisma.deliverySetting.findUniqueOrThrow({ where: { unitId } });
    const stale = await saveDeliverySetting({
      unitId,
      version: null,
      webhookUrl: robotUrl,
      mode: "DAILY",
      categories: [],
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const bad = await saveDeliverySetting({
      unitId,
      version: setting.version,
      webhookUrl: "file:///etc/passwd",
      mode: "DAILY",
      categories: [],
    });
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
    expect(bad.ok || bad.fieldErrors?.webhookUrl).toEqual(["只能使用 https:// 或 http:// 地址"]);

    // Saved again without typing the secret: it is kept.
    const res = await saveDeliverySetting({
      unitId,
      version: setting.version,
      webhookUrl: robotUrl,
      mode: "DAILY",
      categories: [],
    });
    expect(res).toMatchObject({ ok: true, data: { version: setting.version + 1 } });
    const saved = await prisma.deliverySetting.findUniqueOrThrow({ where: { unitId } });
    expect(saved).toMatchObject({ webhookSecret: SECRET, mode: "DAILY" });
    const audits = await prisma.auditLog.findMany({
      where: { action: "delivery.saveSetting", entityId: String(saved.id) },
    });
    expect(audits.length).toBeGreaterThanOrEqual(2);
    const text = JSON.stringify(audits.map((a) => [a.before, a.after]));
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("jsg-token");
    expect(audits.at(-1)!.after).toMatchObject({ mode: "DAILY", webhookSigned: true });

    // 发送测试消息 goes out at once (the setting is on the daily digest now), through the outbox.
    expect(await sendTestDelivery({ unitId })).toMatchObject({ ok: true, data: { count: 1 } });
    const hooksBefore = local.hooks.length;
    await deliverNotifications(new Date(Date.now() + 1000));
    const test = local.hooks.slice(hooksBefore).map((h) => JSON.parse(h.body));
    expect(test).toHaveLength(1);
    expect(test[0].markdown.text).toContain("**测试消息：通知投递设置可用（");

    await actAs("jishigang");
    expect(await sendTestDelivery({ unitId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await saveDeliverySetting({
        unitId,
        version: saved.version,
        webhookUrl: null,
        mode: "IMMEDIATE",
        categories: [],
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
