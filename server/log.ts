import "server-only";

import pino, { type Logger } from "pino";

import { env } from "@/server/env";

// Structured logs: one JSON line per request (scripts/server.mjs) and per server action (server/action.ts)
// on stdout, at LOG_LEVEL. Never log request bodies, form fields or query values: tip reporters' names
// and phone numbers must not reach a log.

let logger: Logger | undefined;

/** The portal's logger (JSON lines on stdout). */
export function log(): Logger {
  return (logger ??= pino(
    { level: env().LOG_LEVEL, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime },
    process.stdout,
  ));
}

/** The per-request record kept by scripts/server.mjs (AsyncLocalStorage shared through globalThis). */
type RequestRecord = { userId?: string };
const REQUEST_STORE = Symbol.for("haishu.request-log");

/** Tells the request's log line who made it (called where the session is resolved; no-op outside the server entry). */
export function noteRequestUser(userId: string) {
  const store = (globalThis as { [REQUEST_STORE]?: { getStore(): RequestRecord | undefined } })[REQUEST_STORE];
  const record = store?.getStore();
  if (record) record.userId = userId;
}
