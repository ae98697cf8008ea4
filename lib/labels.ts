// Chinese labels for the schema's enums — the one place the UI takes them from.
import type {
  CaseStatus, Category, Dimension, FindingStatus, ReturnVisitResult, TipOutcome, TipStatus, DisposalPath, EvidenceKind, Industry, MeasureUnit, Role, UnitKind,
} from "@/lib/generated/prisma/enums";

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
