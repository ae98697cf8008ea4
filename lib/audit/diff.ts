// The audit log as people read it (/admin/audit and its Excel export): record kinds and field names in
// Chinese, values as a person reads them (dates in Beijing time, roles and states by name), and
// "before → after" reduced to the fields that changed.
import { formatIsoDateTime } from "@/lib/format";
import {
  caseStatusLabel,
  categoryLabel,
  dimensionLabel,
  disposalPathLabel,
  equipmentDispositionLabel,
  evidenceKindLabel,
  findingStatusLabel,
  industryLabel,
  roleLabel,
  tipOutcomeLabel,
  tipStatusLabel,
} from "@/lib/labels";

/** Record kinds (AuditLog.entity) in Chinese; an unknown kind shows its code. */
export const ENTITY_LABELS: Record<string, string> = {
  AssessmentAdjustment: "考核得分调整",
  AssessmentPublication: "考核结果发布",
  AssessmentScheme: "考核方案",
  Campaign: "年度方案",
  CaseEquipment: "淘汰设备",
  CaseMeasure: "执法措施",
  CaseMeasureDocument: "执法文书",
  DeliverySetting: "通知投递设置",
  District: "区县",
  DistrictTarget: "区县目标",
  NotificationDelivery: "通知投递",
  ExpertOpinionFile: "专家意见材料",
  ExpertReferral: "专家意见",
  InspectionFinding: "检查问题",
  InspectionFindingFile: "检查问题材料",
  InspectionRound: "监督检查",
  LedgerImport: "台账导入",
  LicenceCancellation: "许可证注销",
  PolicyBasis: "政策依据条目",
  PublishedBriefing: "工作简报发布",
  SteelInspectionFile: "巡查材料",
  Case: "整治对象",
  Enterprise: "企业",
  Evidence: "佐证材料",
  JointPunishmentEntry: "联合惩戒",
  /** Rows written before the rename (回头看 → 回访) keep the old kind names. */
  ReInspection: "回访",
  ReInspectionPhoto: "回访照片",
  ReturnVisit: "回访",
  ReturnVisitPhoto: "回访照片",
  RectificationOutcome: "整治结果类别",
  SteelInspection: "钢铁行业巡查",
  SupervisionNotice: "通报约谈",
  SupervisionNoticeUnit: "通报约谈确认",
  TaskAttachment: "任务附件",
  TaskLine: "重点工作任务",
  TaskLineItem: "重点工作任务事项",
  TaskProgress: "任务填报",
  Tip: "举报",
  TipFile: "举报材料",
  Unit: "单位",
  User: "用户",
};

export const entityLabel = (entity: string) => (Object.hasOwn(ENTITY_LABELS, entity) ? ENTITY_LABELS[entity] : entity);

/** Field names seen in audit rows; unknown fields show their code. */
const FIELD_LABELS: Record<string, string> = {
  status: "状态",
  dataDate: "数据截至日期",
  documentSha256: "文件校验值（SHA-256）",
  documentStorageKey: "文件存储编号",
  version: "版本",
  name: "名称",
  docPrefix: "发文机关代字",
  officeName: "工强办全称",
  officeShortName: "工强办简称",
  departments: "部门",
  displayName: "姓名",
  username: "账号",
  role: "角色",
  unit: "单位",
  unitId: "单位编号",
  department: "部门",
  departmentId: "部门编号",
  phone: "电话",
  active: "启用",
  mustChangePassword: "须修改密码",
  reason: "理由",
  note: "说明",
  deadline: "期限",
  target: "目标",
  value: "完成量",
  date: "日期",
  creditCode: "信用代码",
  category: "类别",
  industry: "行业",
  disposalPath: "处置方式",
  dimensions: "方面",
  contactName: "联系人",
  contactPhone: "联系电话",
  lockedCounters: "锁定计数",
  passwordChanged: "密码已修改",
  passwordReset: "密码已重置",
  sessionsEnded: "会话已结束",
  lagThresholdPoints: "滞后阈值",
  outcome: "核查结论",
  findings: "核查情况",
  closingNote: "办结说明",
  result: "结果",
  id: "编号",
  year: "年度",
  title: "名称",
  startDate: "开始日期",
  endDate: "结束日期",
  createdAt: "创建时间",
  updatedAt: "更新时间",
  sessionVersion: "登录会话版本",
  lastLoginAt: "最近登录时间",
  failures: "连续登录失败次数",
  firstFailAt: "首次失败时间",
  lockedUntil: "锁定至",
  isCurrent: "当前年度",
  closedAt: "关闭时间",
  closedById: "关闭人",
  campaignId: "年度编号",
  enterpriseId: "企业编号",
  caseId: "台账编号",
  tipId: "举报编号",
  address: "地址",
  productionLicence: "生产许可证编号",
  latitude: "纬度",
  longitude: "经度",
  locatedAt: "定位时间",
  outcomeId: "整治结果类别",
  commitmentText: "公开承诺内容",
  commitmentPublishedIn: "公开承诺发布渠道",
  commitmentDate: "公开承诺日期",
  submittedAt: "上报时间",
  acceptedAt: "验收时间",
  createdById: "登记人",
  measureDeadline: "整改期限（执法措施）",
  overdueNotifiedAt: "逾期提醒时间",
  policyBasisId: "政策依据条目",
  policyBasisOther: "其他政策依据",
  policyDepartmentId: "产业政策牵头部门",
  policyDepartmentCorrectedAt: "牵头部门调整时间",
  policyDepartmentNote: "牵头部门调整理由",
  closedIncompleteAt: "未完成关闭时间",
  closedIncompleteReason: "未完成关闭理由",
  carriedFromId: "结转自",
  kind: "类别",
  originalName: "文件名",
  mime: "文件类型",
  size: "文件大小",
  capturedAt: "拍摄时间",
  deletedAt: "删除时间",
  email: "邮箱",
  webhookUrl: "群机器人地址",
  webhookSigned: "加签",
  webhookKeyword: "群机器人关键词",
  mode: "发送方式",
  categories: "通知类别",
  attempts: "已尝试次数",
  lastError: "最近错误",
  uploadedById: "上传人",
  description: "举报内容",
  enterpriseName: "企业名称",
  reporterName: "举报人",
  reporterPhone: "举报人电话",
  reportedUnitId: "举报所涉单位",
  assignedAt: "交办时间",
  verifiedAt: "核查时间",
  verifiedById: "核查人",
  dueDate: "整改期限",
  visitedOn: "回访日期",
  recordedAt: "登记时间",
  recordedById: "登记人",
  dimension: "方面",
  doneAt: "完成时间",
  confirmedAt: "确认时间",
  confirmedById: "确认人",
  returnReason: "退回理由",
  authorId: "填报人",
  caseNotes: "涉及整治对象",
  takenAt: "记录时间",
  cases: "整治对象数",
  copiedFrom: "复制自年度",
  taskLines: "重点工作任务数",
  quotas: "分解数",
  indicators: "考核指标数",
  followUpDate: "跟踪复查日期",
  followUpDoneAt: "跟踪复查完成时间",
  acknowledgedAt: "确认时间",
  cancelledOn: "注销日期",
  inspectedOn: "巡查日期",
  followUpDue: "跟踪期限",
  followUpDoneOn: "跟踪完成日期",
  answer: "答复",
  answeredAt: "答复时间",
  problem: "问题",
  requirement: "整改要求",
  officeNote: "区工强办意见",
  conclusion: "结论",
  opinion: "意见",
  question: "咨询事项",
  referredAt: "提请时间",
  withdrawnAt: "撤回时间",
  publishedAt: "发布时间",
  points: "得分",
  asOf: "统计截至",
  escalation: "升级处置",
  reference: "文号",
  measure: "计量单位",
  expertOpinionRequired: "验收须专家意见",
  code: "编号",
  text: "内容",
  readAt: "阅读时间",
  model: "型号规格",
  quantity: "数量（台/套）",
  capacity: "单台产能或功率",
  capacityUnit: "产能或功率单位",
  disposition: "设备去向",
  destination: "转移去向地",
  evidenceId: "证明材料",
  displayOrder: "顺序",
};

export const fieldLabel = (field: string) => (Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field] : field);

export type DiffLine = { field: string; label: string; before: string; after: string };

/** Enum values by field name (status by record kind: a case's, a tip's, a finding's). */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  role: roleLabel,
  category: categoryLabel,
  industry: industryLabel,
  disposalPath: disposalPathLabel,
  disposition: equipmentDispositionLabel,
  dimension: dimensionLabel,
  dimensions: dimensionLabel,
  outcome: tipOutcomeLabel,
};
const STATUS_LABELS: Record<string, Record<string, string>> = {
  Case: caseStatusLabel,
  Tip: tipStatusLabel,
  InspectionFinding: findingStatusLabel,
};

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO date as people read it: a calendar day (UTC midnight of a day column, not a moment "…At") as
 * 2021-12-31, a moment as Beijing time 2021-12-31 08:00; anything else unchanged.
 */
export function readableDate(text: string, field = ""): string {
  if (!ISO_MOMENT.test(text)) return text;
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) return text;
  const moment = /(At|Until)$/.test(field);
  if (!moment && d.toISOString().endsWith("T00:00:00.000Z")) return text.slice(0, 10);
  return formatIsoDateTime(d);
}

/** A value as one line of text: "—" for nothing, 是/否 for booleans, enum codes and dates as people read them, JSON for objects. */
export function showValue(v: unknown, field = "", entity = ""): string {
  if (v === undefined || v === null || v === "") return "—";
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") {
    const labels = field === "status" ? STATUS_LABELS[entity] : VALUE_LABELS[field];
    if (labels && Object.hasOwn(labels, v)) return labels[v];
    if (entity === "Evidence" && field === "kind" && Object.hasOwn(evidenceKindLabel, v))
      return evidenceKindLabel[v as keyof typeof evidenceKindLabel];
    return readableDate(v, field);
  }
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) {
    return v.length === 0 ? "—" : v.map((x) => showValue(x, field, entity)).join("、");
  }
  return JSON.stringify(v);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The fields that differ between `before` and `after` (audit JSON), in the order they first appear. A
 * creation lists every field of `after`; a removal every field of `before`; non-object values compare whole.
 */
export function auditDiff(before: unknown, after: unknown, entity = ""): DiffLine[] {
  if (!isRecord(before) && !isRecord(after)) {
    const b = showValue(before, "", entity);
    const a = showValue(after, "", entity);
    return b === a ? [] : [{ field: "", label: "值", before: b, after: a }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.flatMap((field) => {
    const was = showValue(b[field], field, entity);
    const now = showValue(a[field], field, entity);
    return was === now ? [] : [{ field, label: fieldLabel(field), before: was, after: now }];
  });
}

/** One line per changed field, "标签：前 → 后" (the Excel export's cell). */
export function auditDiffText(before: unknown, after: unknown, entity = ""): string {
  return auditDiff(before, after, entity)
    .map((d) => `${d.label}：${d.before} → ${d.after}`)
    .join("\n");
}
