// Chinese labels for the schema's enums — the one place the UI takes them from.
import type { AccountStatus } from "@/lib/accounts/rules";
import type { CampaignStatus, CaseClosing } from "@/lib/campaigns/rules";
import type { StatusChoice } from "@/lib/cases/figure-filter";
import type { FlagType } from "@/lib/cases/review";
import type { QueueFlagFilter, QueueSort } from "@/lib/cases/review-queue";
import type {
  AssessmentTarget,
  CaseStatus,
  Category,
  ContributionStatus,
  DeliveryChannel,
  DeliveryMode,
  DeliveryStatus,
  Dimension,
  DisposalPath,
  EquipmentDisposition,
  EvidenceKind,
  FindingStatus,
  Industry,
  MeasureKind,
  MeasureUnit,
  NoticeCategory,
  PolicyIssuer,
  ReturnVisitResult,
  ReviewDecision,
  Role,
  SteelCheckResult,
  TipKind,
  TipOutcome,
  TipStatus,
  UnitKind,
} from "@/lib/generated/prisma/enums";
import type { TodoKind, Urgency } from "@/lib/home/todo";
import type { FindingFilter } from "@/lib/inspections/finding-filter";
import { OFFICE_SHORT } from "@/lib/office";
import type { CandidateStanding } from "@/lib/punishment/joint-punishment";
import type { FollowUpState } from "@/lib/steel/rules";
import type { PaceStatus } from "@/lib/tasks/progress";

export const roleLabel: Record<Role, string> = {
  OFFICE: OFFICE_SHORT,
  LEADER: "区领导",
  DEPARTMENT: "牵头部门",
  TOWNSHIP: "镇街/园区经办人",
  EXPERT: "行业专家",
  CITY_OFFICE: "市工强办",
  CITY_LEADER: "市领导",
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

/** 设备去向 of one item of an elimination (淘汰设备清单). */
export const equipmentDispositionLabel: Record<EquipmentDisposition, string> = {
  SCRAPPED: "拆除报废",
  TRANSFERRED: "转移至外地",
  SEALED_ON_SITE: "封存在原地",
};

export const caseStatusLabel: Record<CaseStatus, string> = {
  REGISTERED: "已登记",
  IN_PROGRESS: "推进中",
  SUBMITTED: "已上报",
  ACCEPTED: "已验收",
  RETURNED: "已退回",
};

/** The case list's 状态 choices: each status, and 推进中 as the dashboard counts it (lib/cases/figure-filter.ts). */
export const statusChoiceLabel: Record<StatusChoice, string> = {
  ...caseStatusLabel,
  WITH_UNIT: "推进中（含已登记、已退回）",
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

export const measureLabel: Record<MeasureUnit, string> = {
  ENTERPRISE: "家",
  MU: "亩",
  ITEM: "项",
  CASE: "件",
  INSPECTION: "次",
};

export const tipStatusLabel: Record<TipStatus, string> = {
  RECEIVED: "待交办",
  ASSIGNED: "核查中",
  VERIFIED: "已核查",
  CLOSED: "已办结",
};

export const tipOutcomeLabel: Record<TipOutcome, string> = {
  TRUE: "属实",
  PARTLY_TRUE: "部分属实",
  FALSE: "不属实",
  UNVERIFIABLE: "无法核查",
};

export const returnVisitResultLabel: Record<ReturnVisitResult, string> = {
  COMPLIANT: "未复产",
  RESUMED: "死灰复燃（恢复生产）",
};

/** 监督检查: the state of a finding. */
export const findingStatusLabel: Record<FindingStatus, string> = {
  OPEN: "待整改",
  ANSWERED: "已答复",
  CLOSED: "已销号",
};

/** 监督检查: the filters of the findings list and its export (a state, or all). */
export const findingFilterLabel: Record<FindingFilter, string> = {
  open: "待整改",
  answered: "已答复",
  unresolved: "未销号",
  closed: "已销号",
  all: "全部",
};
export type { FindingFilter };
/** `?status=` as a filter; anything else (missing, unknown, "toString") is the default, 待整改. */
export const findingFilterOf = (raw: unknown): FindingFilter =>
  typeof raw === "string" && Object.hasOwn(findingFilterLabel, raw) ? (raw as FindingFilter) : "open";

/** 行业专家意见的结论. */
export const expertConclusionLabel: Record<import("@/lib/generated/prisma/enums").ExpertConclusion, string> = {
  CONFIRMED: "是 / 符合",
  NOT_CONFIRMED: "否 / 不符合",
  UNDETERMINED: "无法判断",
};

export const accountStatusLabel: Record<AccountStatus, string> = {
  ACTIVE: "正常",
  DISABLED: "已停用",
  LOCKED: "已锁定",
};

/** Who issued an 产业政策 basis (T9: decides 区发改局 or 区经信局, lib/cases/policy-department.ts). */
export const policyIssuerLabel: Record<PolicyIssuer, string> = {
  NDRC_CATALOGUE: "国家发改委《产业结构调整指导目录》",
  MIIT: "工业和信息化部产业政策",
};

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
  UNLICENSED_PRODUCTION: "查处无证生产",
};

export const steelCheckLabel: Record<SteelCheckResult, string> = { CLEAR: "未发现", FOUND: "发现问题" };

export const followUpStateLabel: Record<FollowUpState, string> = {
  NONE: "无需整改",
  OPEN: "整改中",
  OVERDUE: "逾期未复查",
  DONE: "已复查",
};

export const targetLabel: Record<AssessmentTarget, string> = { UNIT: "镇（乡）、街道、园区", DEPARTMENT: "牵头部门" };

export const candidateStandingLabel: Record<CandidateStanding, string> = {
  UNFINISHED: "逾期未完成",
  FINISHED_LATE: "逾期完成",
};

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
export const verifiedOutcomeLabel: Record<Exclude<TipOutcome, "UNVERIFIABLE">, string> = {
  TRUE: "属实",
  PARTLY_TRUE: "部分属实",
  FALSE: "不属实",
};

export const campaignStatusLabel: Record<CampaignStatus, string> = {
  NOT_STARTED: "未开始",
  RUNNING: "进行中",
  ENDED: "已结束",
  CLOSED: "已关闭",
};

export const caseClosingLabel: Record<CaseClosing, string> = {
  ACCEPTED: "已验收",
  CARRIED: "已结转下一年度",
  CLOSED_INCOMPLETE: "未完成关闭（列入联合惩戒）",
  UNDECIDED: "待决定",
};

export const reviewDecisionLabel: Record<ReviewDecision, string> = {
  ACCEPT: "验收通过",
  RETURN: "退回",
  REOPEN: "撤销验收",
};

// ---- 待验收: the integrity flags in short (the queue's column, the summary above 验收通过), the sorts and flag filters. ----
export const flagTypeLabel: Record<FlagType, string> = {
  DUPLICATE: "同一文件用于其他整治对象",
  BEFORE_AFTER_ORDER: "照片拍摄时间前后颠倒",
  NO_CAPTURE_TIME: "照片无拍摄时间",
  FAR_FROM_SITE: "拍摄位置距企业过远",
  NO_POSITION: "照片无位置信息",
};

export const queueSortLabel: Record<QueueSort, string> = {
  waiting: "等待最久在前",
  recent: "最近上报在前",
  unit: "按属地",
  flags: "提示最多在前",
};

export const queueFlagFilterLabel: Record<QueueFlagFilter, string> = {
  ANY: "有提示",
  NONE: "无提示",
  ...flagTypeLabel,
};

// ---- 通知投递: notices by e-mail and group robot ----

export const noticeCategoryLabel: Record<NoticeCategory, string> = {
  CASE: "整治对象流转（退回、验收、逾期等）",
  FINDING: "监督检查问题",
  SUPERVISION: "通报、约谈",
  ASSESSMENT: "评价考核",
  RETURN_VISIT: "回访",
  TIP: "举报",
  TASK: "重点工作任务",
  REFERRAL: "专家咨询",
  OTHER: "其他",
};

export const deliveryModeLabel: Record<DeliveryMode, string> = { IMMEDIATE: "即时发送", DAILY: "每日汇总" };

export const deliveryChannelLabel: Record<DeliveryChannel, string> = { EMAIL: "邮件", WEBHOOK: "群机器人" };

export const deliveryStatusLabel: Record<DeliveryStatus, string> = {
  HELD: "待汇总",
  PENDING: "待发送",
  SENT: "已发送",
  FAILED: "发送失败",
  DIGESTED: "已并入汇总",
};

// ---- 审计日志: what each audited action is called (every action string written by server/ has one; a unit test checks). ----

export const auditActionLabel: Record<string, string> = {
  "assessment.adjust": "调整考核得分",
  "assessment.publish": "发布考核结果",
  "assessment.saveScheme": "保存考核方案",
  "assessment.withdraw": "撤回考核结果",
  "briefing.publish": "发布工作简报",
  "campaign.close": "关闭年度",
  "campaign.create": "新建年度",
  "campaign.decideCase": "决定未验收整治对象（结转或未完成关闭）",
  "campaign.expertOpinionRequired": "设置验收须专家意见",
  "campaign.saveQuotas": "保存目标任务分解",
  "campaign.setCurrent": "设为当前年度",
  "campaign.update": "修改年度设置",
  "campaign.updateDates": "修改年度名称与日期",
  "city.setDistrictTargets": "下达区县目标",
  "city.createDistrictOfficeAccount": "新建区县工强办账号",
  "city.createDistrict": "新建区县",
  "case.register": "登记整治对象",
  "case.update": "修改整治信息",
  "case.submit": "上报验收",
  "case.accept": "验收通过",
  "case.return": "退回整治对象",
  "case.reopen": "撤销验收",
  "case.escalate": "升级处置",
  "case.measure.record": "记录执法措施",
  "case.measure.document": "上传执法文书",
  "case.overdue.notify": "逾期提醒",
  "case.policyDepartment": "调整产业政策牵头部门",
  "delivery.saveSetting": "保存通知投递设置",
  "delivery.resend": "重新发送通知",
  "delivery.test": "发送测试消息",
  "enterprise.correct": "更正企业信息",
  "enterprise.moveDistrict": "企业跨区县迁移",
  "enterprise.location": "记录企业位置",
  "enterprise.updateProductionLicence": "修改生产许可证",
  "evidence.upload": "上传佐证材料",
  "evidence.remove": "删除佐证材料",
  "equipment.add": "登记淘汰设备",
  "equipment.update": "修改淘汰设备",
  "equipment.remove": "删除淘汰设备",
  "inspection.planRound": "安排监督检查",
  "inspection.updateRound": "修改监督检查",
  "inspection.recordFinding": "记录检查问题",
  "inspection.answerFinding": "答复检查问题",
  "inspection.reviewFinding": "审核检查问题答复",
  "inspection.reopenCase": "因检查问题撤销验收",
  "inspection.uploadFile": "上传检查材料",
  "inspection.removeFile": "删除检查材料",
  "ledger.import": "导入台账",
  "licence.recordCancellation": "登记许可证注销",
  "licence.uploadDocument": "上传许可证注销文书",
  "notice.issueCircular": "发出通报",
  "notice.issueInterview": "安排约谈",
  "notice.acknowledge": "确认通报约谈",
  "notice.completeFollowUp": "完成跟踪复查",
  "cityCircular.issue": "发出市级通报",
  "cityCircular.acknowledge": "签收市级通报",
  "cityAssessment.saveScheme": "保存区县考核方案",
  "cityAssessment.adjust": "区县考核评分或调整",
  "cityAssessment.publish": "发布区县考核结果",
  "notification.markRead": "标记通知已读",
  "outcome.save": "保存整治结果类别",
  "policyBasis.save": "保存政策依据条目",
  "policyBasis.issuer": "修改政策依据发布机关",
  "punishment.confirm": "确认联合惩戒名单",
  "punishment.snapshot": "记录期限届满时的办理状态",
  "referral.create": "提请专家意见",
  "referral.answer": "专家答复",
  "referral.withdraw": "撤回专家意见请求",
  "referral.file": "上传专家意见材料",
  "referral.removeFile": "删除专家意见材料",
  "returnVisit.schedule": "安排回访",
  "returnVisit.record": "登记回访结果",
  "returnVisit.uploadPhoto": "上传回访照片",
  "steel.recordInspection": "登记钢铁行业巡查",
  "steel.closeFollowUp": "完成巡查跟踪",
  "steel.uploadFile": "上传巡查材料",
  "task.adjustLine": "调整重点工作任务",
  "task.recordProgress": "登记进展",
  "task.correctProgress": "更正进展",
  "task.markItem": "标记事项完成",
  "task.reviewContribution": "确认单位进展",
  "task.setShares": "分解任务到单位",
  "task.uploadAttachment": "上传任务附件",
  "tip.submit": "提交举报",
  "tip.assign": "交办举报",
  "tip.verify": "登记核查结果",
  "tip.close": "办结举报",
  "tip.closeUnverifiable": "按无法核查办结",
  "tip.openCase": "由举报建立整治对象",
  "tip.uploadFile": "上传举报材料",
  "unit.updateContact": "修改单位联系人",
  "unit.create": "新增单位",
  "unit.update": "修改单位名称或顺序",
  "user.create": "新建用户",
  "user.update": "修改用户",
  "user.setActive": "启用或停用用户",
  "user.resetPassword": "重置密码",
  "user.changeOwnPassword": "修改本人密码",
  "user.signOutEverywhere": "退出所有设备",
  "user.unlock": "解除登录锁定",
};

/** An audited action in Chinese; an unknown one shows its code. */
export const auditActionName = (action: string) =>
  Object.hasOwn(auditActionLabel, action) ? auditActionLabel[action] : action;

/** 待办 (lib/home/todo.ts): what each card is about. */
export const todoKindLabel: Record<TodoKind, string> = {
  CASE_RETURNED: "退回整改",
  CASE_MISSING: "缺少材料",
  CASE_OVERDUE: "超过整改期限",
  CASE_READY: "待上报",
  FINDING: "检查问题待整改",
  NOTICE: "通报约谈待确认",
  TIP_VERIFY: "举报待核查",
  CONTRIBUTION_RETURNED: "进展被退回",
  CONTRIBUTION_MONTH: "本月进展待填报",
  RETURN_VISIT: "回访",
  REVIEW: "待验收",
  CONTRIBUTION_CONFIRM: "进展待确认",
  FINDING_ANSWERED: "待销号",
  FINDING_OVERDUE: "检查问题逾期",
  TIP_ASSIGN: "举报待分派",
  TIP_CLOSE: "举报待办结",
  REFERRAL_ANSWERED: "专家已答复",
  INTERVIEW_FOLLOW_UP: "约谈跟踪复查",
  CITY_CIRCULAR: "市级通报待签收",
  CASES_OVERDUE: "逾期整治对象",
};

/** 待办: how urgent a card is (the list is ordered by it). */
export const urgencyLabel: Record<Urgency, string> = {
  OVERDUE: "已逾期",
  SENT_BACK: "被退回",
  DUE_SOON: "即将到期",
  WAITING: "待办理",
};
