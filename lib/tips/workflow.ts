// The 举报 lifecycle: 已受理 → 核查中 (office assigns) → 已核查 (assignee verifies) → 已办结 (office closes).
// 强化举报核查: every tip is verified before it closes. The one exception is an anonymous tip with too little to
// go on: the office closes it as 无法核查 with a reason — recorded, never silently.
import { beijingIsoDay } from "@/lib/dates";
import type { Role, TipOutcome, TipStatus } from "@/lib/generated/prisma/enums";

export type TipAction = "ASSIGN" | "VERIFY" | "CLOSE" | "CLOSE_UNVERIFIABLE" | "OPEN_CASE";

export type TipActor = { role: Role; unitId: number | null; departmentId: number | null };
export type TipState = {
  status: TipStatus;
  unitId: number | null;
  departmentId: number | null;
  reporterName: string | null;
  reporterPhone: string | null;
  outcome: TipOutcome | null;
  enterpriseId: string | null;
  caseId: string | null;
};

export type TipDecision = { ok: true; to: TipStatus } | { ok: false; reason: string };

/** A tip whose reporter left a name or phone number. */
export function isNamed(tip: Pick<TipState, "reporterName" | "reporterPhone">): boolean {
  return !!(tip.reporterName || tip.reporterPhone);
}

/** The township of the assigned unit, or the assigned department. */
export function isAssignee(actor: TipActor, tip: TipState): boolean {
  if (actor.role === "TOWNSHIP") return tip.unitId !== null && actor.unitId === tip.unitId;
  if (actor.role === "DEPARTMENT") return tip.departmentId !== null && actor.departmentId === tip.departmentId;
  return false;
}

export function decideTip(action: TipAction, actor: TipActor, tip: TipState): TipDecision {
  const refuse = (reason: string) => ({ ok: false as const, reason });
  switch (action) {
    case "ASSIGN":
      if (actor.role !== "OFFICE") return refuse("只有区工强办可以交办举报");
      // Re-assigning is allowed until the verification is recorded.
      if (tip.status !== "RECEIVED" && tip.status !== "ASSIGNED") return refuse("该举报已核查或已办结，不能再交办");
      return { ok: true, to: "ASSIGNED" };
    case "VERIFY":
      if (!isAssignee(actor, tip)) return refuse("只有承办单位可以录入核查结果");
      if (tip.status !== "ASSIGNED") return refuse("该举报当前不在核查中");
      return { ok: true, to: "VERIFIED" };
    case "CLOSE":
      if (actor.role !== "OFFICE") return refuse("只有区工强办可以办结举报");
      if (tip.status === "CLOSED") return refuse("该举报已办结");
      if (tip.status !== "VERIFIED")
        return refuse("举报须先核查，录入核查结果后才能办结（匿名举报线索不足的可按“无法核查”办结）");
      return { ok: true, to: "CLOSED" };
    case "CLOSE_UNVERIFIABLE":
      if (actor.role !== "OFFICE") return refuse("只有区工强办可以按无法核查办结");
      if (tip.status === "CLOSED") return refuse("该举报已办结");
      if (tip.status === "VERIFIED") return refuse("该举报已核查，请按核查结果办结");
      if (isNamed(tip)) return refuse("实名举报可以联系举报人补充线索，须核查后办结");
      return { ok: true, to: "CLOSED" };
    case "OPEN_CASE":
      if (actor.role !== "TOWNSHIP" || !isAssignee(actor, tip))
        return refuse("只有承办的镇街/园区可以据此登记整治对象");
      if (tip.status !== "VERIFIED" || (tip.outcome !== "TRUE" && tip.outcome !== "PARTLY_TRUE")) {
        return refuse("核查属实或部分属实的举报才能登记整治对象");
      }
      if (tip.caseId) return refuse("该举报已登记整治对象");
      if (tip.enterpriseId) return refuse("该举报涉及的企业已在台账中，请在该企业的整治对象页面处理");
      return { ok: true, to: tip.status };
  }
}

/** Actions to offer now, for showing buttons; the server decides again on every request. */
export function availableTipActions(actor: TipActor, tip: TipState): TipAction[] {
  return (["ASSIGN", "VERIFY", "CLOSE", "CLOSE_UNVERIFIABLE", "OPEN_CASE"] as const).filter(
    (a) => decideTip(a, actor, tip).ok,
  );
}

/** A reference number: a date prefix and 10 random characters from an alphabet without look-alikes. */
export function newTipReference(now: Date, random: (n: number) => number): string {
  const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const day = beijingIsoDay(now).replaceAll("-", "");
  let tail = "";
  for (let i = 0; i < 10; i++) tail += ALPHABET[random(ALPHABET.length)];
  return `JB${day}-${tail}`;
}

export const TIP_REFERENCE = /^JB\d{8}-[2-9A-HJKMNP-Z]{10}$/;

/** How a tip is named in lists, headings and notifications: the enterprise, or where it is when the reporter did not know the name. */
export function tipSubject(tip: { enterpriseName: string; address: string }): string {
  if (tip.enterpriseName) return tip.enterpriseName;
  return tip.address ? `名称不详（${tip.address}）` : "名称不详";
}
