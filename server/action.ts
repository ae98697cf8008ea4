import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { type AuditEntry, writeAudit } from "@/server/audit";
import { invalidateFigures } from "@/server/cache";
import { prisma, type Tx } from "@/server/db";
import { ActionError, conflict, type ErrorCode, forbidden, MUST_CHANGE_PASSWORD } from "@/server/errors";
import { log } from "@/server/log";
import { getSessionUser, type SessionUser } from "@/server/session";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

type Ctx<I> = { user: SessionUser; input: I; tx: Tx };

/**
 * Every server action goes through here: session → zod → authorise on the resource (loaded in the
 * user's scope, inside the transaction) → mutate → audit log → revalidate (the pages, and every cached figure). A server action is a
 * public POST endpoint, so nothing here trusts the client beyond the parsed input.
 */
export function defineAction<S extends z.ZodType, R, T>(def: {
  name: string;
  input: S;
  roles: readonly Role[];
  /** Loads the resource within the user's scope; throws notFound() when out of scope. */
  authorize: (ctx: Ctx<z.output<S>>) => Promise<R>;
  run: (ctx: Ctx<z.output<S>> & { resource: R }) => Promise<{ data: T; audit: AuditEntry[] }>;
  revalidate: (input: z.output<S>) => string[];
  /** Open to a user who must still change a reset password (only the own-password change). */
  whileMustChangePassword?: boolean;
}): (input: z.input<S>) => Promise<ActionResult<T>> {
  // Typed for callers (a renamed field breaks them at compile time), but still parsed here: over the
  // network anyone can send anything.
  return async (raw: unknown) => {
    const started = performance.now();
    const user = await getSessionUser();
    const [answer, error] = await outcome(user, raw);
    // One JSON line per action: who, what, how long, the outcome — never the input (tip reporters' data).
    const line = {
      action: def.name,
      userId: user?.id,
      ms: Math.round(performance.now() - started),
      result: answer.ok ? "ok" : answer.code,
    };
    if (error) log().error({ ...line, err: error }, "action failed");
    else log().info(line, "action");
    return answer;
  };

  async function outcome(user: SessionUser | null, raw: unknown): Promise<[ActionResult<T>, unknown?]> {
    if (!user) return [{ ok: false, code: "UNAUTHENTICATED", message: "登录已失效，请重新登录" }];
    if (user.mustChangePassword && !def.whileMustChangePassword)
      return [{ ok: false, code: "FORBIDDEN", message: MUST_CHANGE_PASSWORD }];

    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
      return [{ ok: false, code: "INVALID", message: parsed.error.issues[0]?.message ?? "输入有误", fieldErrors }];
    }
    const input = parsed.data;

    try {
      if (!def.roles.includes(user.role)) throw forbidden();
      const data = await prisma.$transaction(async (tx) => {
        const resource = await def.authorize({ user, input, tx });
        const { data, audit } = await def.run({ user, input, tx, resource });
        await writeAudit(tx, user, def.name, audit);
        return data;
      });
      for (const path of def.revalidate(input)) revalidatePath(path);
      await invalidateFigures();
      return [{ ok: true, data }];
    } catch (e) {
      if (e instanceof ActionError)
        return [{ ok: false, code: e.code, message: e.message, ...(e.fieldErrors && { fieldErrors: e.fieldErrors }) }];
      // A parallel request wrote the same unique key first (PostgreSQL runs both at once): the same answer as a stale page.
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
        return [{ ok: false, code: "CONFLICT", message: conflict().message }];
      return [{ ok: false, code: "INTERNAL", message: "系统繁忙，操作未保存，请稍后重试" }, e];
    }
  }
}
