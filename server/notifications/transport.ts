import "server-only";

import nodemailer from "nodemailer";

import { webhookUrlProblem } from "@/lib/notices/delivery";
import { type RobotMessage, signedWebhookUrl, webhookReplyProblem } from "@/lib/notices/messages";
import { env } from "@/server/env";

/** A send that failed, with the reason shown to the office (under 通知投递). */
export class DeliveryError extends Error {}

/** At most this much of a robot's answer is read (it is a short JSON). */
const MAX_REPLY_BYTES = 16 * 1024;

export type Mailer = {
  send(to: string, subject: string, text: string): Promise<void>;
  close(): void;
};

/** The mail server of SMTP_URL, for one run of the job (closed after it); null when e-mail is not configured. */
export function openMailer(): Mailer | null {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL || !SMTP_FROM) return null;
  const transport = nodemailer.createTransport({
    url: SMTP_URL,
    // A mail server that does not answer must not hold up the run: each step has its time limit.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(to, subject, text) {
      try {
        await transport.sendMail({ from: SMTP_FROM, to, subject, text });
      } catch (e) {
        const err = e as { responseCode?: number; response?: string; message?: string; code?: string };
        throw new DeliveryError(
          `邮件发送失败：${err.response ?? err.message ?? String(e)}${err.code ? `（${err.code}）` : ""}`.slice(0, 500),
        );
      }
    },
    close: () => transport.close(),
  };
}

/**
 * Posts a robot message to an address an administrator typed: http(s) only, 加签 when a secret is set,
 * a time limit, redirects not followed, and only the beginning of the answer read.
 */
export async function postWebhook(url: string, secret: string | null, message: RobotMessage, now: Date) {
  const problem = webhookUrlProblem(url);
  if (problem) throw new DeliveryError(`群机器人地址无效：${problem}`);
  let res: Response;
  try {
    res = await fetch(signedWebhookUrl(url, secret, now.getTime()), {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(message),
      redirect: "manual",
      signal: AbortSignal.timeout(env().NOTIFY_WEBHOOK_TIMEOUT_SECONDS * 1000),
    });
  } catch (e) {
    const name = (e as Error).name;
    if (name === "TimeoutError" || name === "AbortError")
      throw new DeliveryError(`群机器人 ${env().NOTIFY_WEBHOOK_TIMEOUT_SECONDS} 秒内没有应答`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new DeliveryError(`无法连接群机器人：${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    throw new DeliveryError(`群机器人地址要求跳转（HTTP ${res.status}），未跟随；请填写最终地址`);
  }
  const problemInReply = webhookReplyProblem(res.status, await readBounded(res));
  if (problemInReply) throw new DeliveryError(problemInReply);
}

async function readBounded(res: Response): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < MAX_REPLY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return Buffer.concat(chunks).subarray(0, MAX_REPLY_BYTES).toString("utf8");
}
