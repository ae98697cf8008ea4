// Chinese labels for the schema's enums — the one place the UI takes them from.
import type {
  AssessmentTarget, CaseStatus, ReviewDecision, Category, ContributionStatus, Dimension, DisposalPath, EvidenceKind, FindingStatus, Industry, MeasureKind, MeasureUnit, ReturnVisitResult, Role, SteelCheckResult, TipKind, TipOutcome, TipStatus, UnitKind,
} from "@/lib/generated/prisma/enums";
import type { AccountStatus } from "@/lib/accounts";
import type { FollowUpState } from "@/lib/steel/rules";
import type { CandidateStanding } from "@/lib/joint-punishment";
import type { PaceStatus } from "@/lib/task-progress";
import type { CampaignStatus, CaseClosing } from "@/lib/campaigns/rules";

export const roleLabel: Record<Role, string> = {
  OFFICE: "区工强办",
  LEADER: "区领导",
  DEPARTMENT: "牵头部门",
  TOWNSHIP: "镇街/园区经办人",
  EXPERT: "行业专家",
};

export const unitKindLabel: Record<UnitKind, string> = { TOWN: "镇", XIANG: "乡", SUBDISTRICT: "街道", PARK: "园区" };

export const categoryLabel: Record<Category, string> = {
  ELIMINATION: "淘汰落后产能",
  RECTIFICATION: "“低散乱”整治提升",
};

export const dimensionLabel: Record<Dimension, string> = {
  ENERGY: "能耗",
  ENVIRONMENT: "环保",
  QUALITY: "质量",
  SAFETY: "安全",
  INDUSTRIAL_POLICY: "产业政策",
  PREMISES: "经营场所",
};

export const industryLabel: Record<Industry, string> = {
  FOUNDRY: "铸造",
  BUILDING_MATERIALS: "建材",
  FOOD: "食品",
  METAL_SURFACE: "金属表面处理",
  OTHER: "其他",
};

export const disposalPathLabel: Record<DisposalPath, string> = { DISMANTLED: "拆除主体设备", SEALED: "封存" };

export const caseStatusLabel: Record<CaseStatus, string> = {
  REGISTERED: "登记",
  IN_PROGRESS: "整治中",
  SUBMITTED: "已上报",
  ACCEPTED: "已验收",
  RETURNED: "退回",
};

export const evidenceKindLabel: Record<EvidenceKind, string> = {
  ACCEPTANCE_FORM: "验收意见表",
  BEFORE_PHOTO: "整治前（拆前）照片",
  AFTER_PHOTO: "整治后（拆后）照片",
  EQUIPMENT_DESTINATION: "设备去向证明材料",
  SEAL_WATER_CUT: "断水证明",
  SEAL_POWER_CUT: "断电证明",
  SEAL_POWER_UNIT_REMOVED: "拆除动力装置证明",
  SEAL_EQUIPMENT_SEALED: "封存主体设备（生产线）证明",
  PUBLIC_COMMITMENT: "公开承诺材料",
  OTHER: "其他材料",
};

export const measureLabel: Record<MeasureUnit, string> = { ENTERPRISE: "家", MU: "亩", ITEM: "项", CASE: "件", INSPECTION: "次" };

export const tipStatusLabel: Record<TipStatus, string> = { RECEIVED: "待交办", ASSIGNED: "核查中", VERIFIED: "已核查", CLOSED: "已办结" };

export const tipOutcomeLabel: Record<TipOutcome, string> = { TRUE: "属实", PARTLY_TRUE: "部分属实", FALSE: "不属实", UNVERIFIABLE: "无法核查" };

export const returnVisitResultLabel: Record<ReturnVisitResult, string> = { COMPLIANT: "未复产", RESUMED: "死灰复燃（恢复生产）" };

/** 监督检查: the state of a finding. */
export const findingStatusLabel: Record<FindingStatus, string> = { OPEN: "待整改", ANSWERED: "已答复", CLOSED: "已销号" };

/** 监督检查: the filters of the findings list and its export (a state, or all). */
export type FindingFilter = "open" | "answered" | "closed" | "all";
export const findingFilterLabel: Record<FindingFilter, string> = { open: "待整改", answered: "已答复", closed: "已销号", all: "全部" };
/** `?status=` as a filter; anything else (missing, unknown, "toString") is the default, 待整改. */
export const findingFilterOf = (raw: unknown): FindingFilter =>
  typeof raw === "string" && Object.hasOwn(findingFilterLabel, raw) ? (raw as FindingFilter) : "open";

/** 行业专家意见的结论. */
export const expertConclusionLabel: Record<import("@/lib/generated/prisma/enums").ExpertConclusion, string> = {
  CONFIRMED: "是 / 符合",
  NOT_CONFIRMED: "否 / 不符合",
  UNDETERMINED: "无法判断",
};

export const accountStatusLabel: Record<AccountStatus, string> = { ACTIVE: "正常", DISABLED: "已停用", LOCKED: "已锁定" };

export const measureKindLabel: Record<MeasureKind, string> = {
  ORDER_CORRECTION: "责令改正",
  RECTIFY_BY_DEADLINE: "限期整改",
  RESTRICT_PRODUCTION: "限制生产",
  SUSPEND_PRODUCTION: "停产整治",
  SUSPEND_BUSINESS: "责令停业与限期整顿",
  PUBLIC_NOTICE: "公告",
  RECHECK: "复查",
  REVOKE_LICENSE: "吊销营业执照",
  CLOSURE: "关闭",
  CANCEL_PRODUCTION_PERMIT: "注销生产许可证",
};

export const steelCheckLabel: Record<SteelCheckResult, string> = { CLEAR: "未发现", FOUND: "发现问题" };

export const followUpStateLabel: Record<FollowUpState, string> = { NONE: "无需整改", OPEN: "整改中", OVERDUE: "逾期未复查", DONE: "已复查" };

export const targetLabel: Record<AssessmentTarget, string> = { UNIT: "镇（乡）、街道、园区", DEPARTMENT: "牵头部门" };

export const candidateStandingLabel: Record<CandidateStanding, string> = { UNFINISHED: "逾期未完成", FINISHED_LATE: "逾期完成" };

export const paceLabel: Record<PaceStatus, string> = {
  DONE: "已完成",
  ON_PACE: "进度正常",
  BEHIND: "进度滞后",
  OVERDUE: "逾期未完成",
  NO_TARGET: "无数量目标",
};

export const contributionStatusLabel: Record<ContributionStatus, string> = {
  PENDING: "待确认",
  CONFIRMED: "已确认",
  RETURNED: "已退回",
};

/** The one thing the public lookup tells a reporter. */
export const publicTipStatusLabel: Record<TipStatus, string> = {
  RECEIVED: "已受理，等待交办",
  ASSIGNED: "正在核查",
  VERIFIED: "核查完毕，等待办结",
  CLOSED: "已办结",
};

/** The kinds of tip the public page offers (关于畅通举报渠道…的通知 names the first two). */
export const tipKindLabel: Record<TipKind, string> = {
  BACKWARD_CAPACITY: "落后产能",
  CAPACITY_SWAP: "产能违规置换",
  LOW_SCATTERED: "“低散乱”企业（作坊）",
};

/** The findings an assignee may record; 无法核查 is the office's closing decision, not a finding. */
export const verifiedOutcomeLabel: Record<Exclude<TipOutcome, "UNVERIFIABLE">, string> = { TRUE: "属实", PARTLY_TRUE: "部分属实", FALSE: "不属实" };

export const campaignStatusLabel: Record<CampaignStatus, string> = {
  NOT_STARTED: "未开始", RUNNING: "进行中", ENDED: "已结束", CLOSED: "已关闭",
};

export const caseClosingLabel: Record<CaseClosing, string> = {
  ACCEPTED: "已验收", CARRIED: "已结转下一年度", CLOSED_INCOMPLETE: "未完成关闭（列入联合惩戒）", UNDECIDED: "待决定",
};

export const reviewDecisionLabel: Record<ReviewDecision, string> = { ACCEPT: "验收通过", RETURN: "退回", REOPEN: "重新打开" };
