// Refusals a server action returns to the user, in Chinese. Anything else is logged, not shown.
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "INTERNAL";

export class ActionError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    /** The form field the refusal concerns (shown at that field), e.g. { verified: [message] }. */
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** The refusal of every action and route to a user whose password was reset and not yet changed. */
export const MUST_CHANGE_PASSWORD = "请先修改密码（管理员重置了您的密码）";

export const notFound = () => new ActionError("NOT_FOUND", "记录不存在或无权访问");
export const forbidden = (what = "执行此操作") => new ActionError("FORBIDDEN", `您的账号无权${what}`);
export const conflict = () => new ActionError("CONFLICT", "该记录已被他人修改，请刷新页面后重新填写");

export const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  INTERNAL: 500,
};
