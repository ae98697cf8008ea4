// 行业专家意见 (docs/domain.md §督办): who may refer what to an expert, the life of a referral (open → answered, or
// withdrawn before an answer), and the campaign's gate on accepting an ELIMINATION case. Pure: the
// server loads the rows and applies these; the UI uses them to show or explain buttons.
import { type Actor, isReviewer } from "@/lib/cases/workflow";
import type { CaseStatus, Category, Dimension, FindingStatus, Role } from "@/lib/generated/prisma/enums";
import { OK, refuse, type Verdict } from "@/lib/verdict";

export type ReferralState = "OPEN" | "ANSWERED" | "WITHDRAWN";
export type ReferralRow = { answeredAt: Date | null; withdrawnAt: Date | null };

/** 待答复 / 已答复 / 已撤回. */
export function referralState(r: ReferralRow): ReferralState {
  if (r.withdrawnAt) return "WITHDRAWN";
  return r.answeredAt ? "ANSWERED" : "OPEN";
}

/**
 * A case may be referred by 区工强办, or by a department leading one of the case's dimensions (the
 * same remit as its review queue: lib/cases/workflow.ts `isReviewer`) — never by the case's own unit.
 */
export function mayReferCase(
  actor: Actor,
  c: { unitId: number; status: CaseStatus; dimensions: readonly Dimension[] },
): Verdict {
  if (actor.role !== "OFFICE" && actor.role !== "DEPARTMENT") return refuse("您的账号无权咨询专家");
  if (!isReviewer(actor, c)) return refuse("该整治对象不在本部门职责范围内，不能咨询专家");
  return OK;
}

export type FindingForReferral = {
  status: FindingStatus;
  departmentId: number | null;
  roundDepartmentIds: readonly number[];
};

/**
 * An inspection finding may be referred by 区工强办, or by a department that recorded it or takes
 * part in its round — while it is not yet closed (已销号).
 */
export function mayReferFinding(actor: { role: Role; departmentId: number | null }, f: FindingForReferral): Verdict {
  if (actor.role !== "OFFICE" && actor.role !== "DEPARTMENT") return refuse("您的账号无权咨询专家");
  if (actor.role === "DEPARTMENT") {
    const mine =
      actor.departmentId !== null &&
      (f.departmentId === actor.departmentId || f.roundDepartmentIds.includes(actor.departmentId));
    if (!mine) return refuse("本部门未参加该轮检查，不能就该问题咨询专家");
  }
  if (f.status === "CLOSED") return refuse("该问题已销号，不能再咨询专家");
  return OK;
}

/** The expert chosen must be an active EXPERT account. */
export function mayBeReferredTo(u: { role: Role; active: boolean }): Verdict {
  return u.role === "EXPERT" && u.active ? OK : refuse("请选择启用中的行业专家账号");
}

const STATE_REFUSAL: Record<Exclude<ReferralState, "OPEN">, string> = {
  ANSWERED: "该咨询已答复，意见不能再修改",
  WITHDRAWN: "该咨询已撤回",
};

/** The expert addressed answers (or attaches files to) an open referral, once: an answer is final. */
export function mayAnswer(actor: { id: string; role: Role }, r: ReferralRow & { expertId: string }): Verdict {
  if (actor.role !== "EXPERT" || actor.id !== r.expertId) return refuse("只有被咨询的专家可以答复");
  const state = referralState(r);
  return state === "OPEN" ? OK : refuse(STATE_REFUSAL[state]);
}

/** The office withdraws any open referral; a department those its own department made. */
export function mayWithdraw(
  actor: { role: Role; departmentId: number | null },
  r: ReferralRow & { departmentId: number | null },
): Verdict {
  const own =
    actor.role === "OFFICE" ||
    (actor.role === "DEPARTMENT" && actor.departmentId !== null && r.departmentId === actor.departmentId);
  if (!own) return refuse("只有咨询单位可以撤回");
  const state = referralState(r);
  if (state === "ANSWERED") return refuse("专家已答复，不能撤回");
  if (state === "WITHDRAWN") return refuse(STATE_REFUSAL.WITHDRAWN);
  return OK;
}

export const OPINION_REQUIRED_MESSAGE =
  "本年度设置为淘汰落后产能企业须有专家意见后方可验收：请先咨询行业专家，待专家答复后再验收";

/**
 * The campaign setting `expertOpinionRequired`: accepting an ELIMINATION case needs at least one
 * answered (not withdrawn) expert opinion on the case. Other categories, and campaigns without the
 * setting, pass.
 */
export function opinionGate(
  c: { category: Category },
  campaign: { expertOpinionRequired: boolean },
  referrals: readonly ReferralRow[],
): Verdict {
  if (!campaign.expertOpinionRequired || c.category !== "ELIMINATION") return OK;
  return referrals.some((r) => referralState(r) === "ANSWERED") ? OK : refuse(OPINION_REQUIRED_MESSAGE);
}
