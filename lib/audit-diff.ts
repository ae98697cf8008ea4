// The audit log as people read it (/admin/audit and its Excel export): record kinds and field names in
// Chinese, and "before → after" reduced to the fields that changed.

/** Record kinds (AuditLog.entity) in Chinese; an unknown kind shows its code. */
export const ENTITY_LABELS: Record<string, string> = {
  Campaign: "年度方案",
  Case: "案件",
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
  TaskLine: "任务线",
  TaskLineItem: "任务线事项",
  TaskProgress: "任务填报",
  Tip: "举报",
  TipFile: "举报材料",
  Unit: "单位",
  User: "用户",
};

export const entityLabel = (entity: string) => ENTITY_LABELS[entity] ?? entity;

/** Field names seen in audit rows; unknown fields show their code. */
const FIELD_LABELS: Record<string, string> = {
  status: "状态", version: "版本", name: "名称", displayName: "姓名", username: "账号", role: "角色", unit: "单位",
  unitId: "单位编号", department: "部门", departmentId: "部门编号", phone: "电话", active: "启用", mustChangePassword: "须修改密码",
  reason: "理由", note: "说明", deadline: "期限", target: "目标", value: "完成量", date: "日期", creditCode: "信用代码",
  category: "类别", industry: "行业", disposalPath: "处置方式", dimensions: "方面", contactName: "联系人", contactPhone: "联系电话",
  lockedCounters: "锁定计数", passwordChanged: "密码已修改", passwordReset: "密码已重置", sessionsEnded: "会话已结束",
  lagThresholdPoints: "滞后阈值", outcome: "核查结论", findings: "核查情况", closingNote: "办结说明", result: "结果",
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

export type DiffLine = { field: string; label: string; before: string; after: string };

/** A value as one line of text: "—" for nothing, 是/否 for booleans, JSON for lists and objects. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null || v === "") return "—";
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "string" || typeof v === "number") return String(v);
  return JSON.stringify(v);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The fields that differ between `before` and `after` (audit JSON), in the order they first appear. A
 * creation lists every field of `after`; a removal every field of `before`; non-object values compare whole.
 */
export function auditDiff(before: unknown, after: unknown): DiffLine[] {
  if (!isRecord(before) && !isRecord(after)) {
    const b = showValue(before);
    const a = showValue(after);
    return b === a ? [] : [{ field: "", label: "值", before: b, after: a }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.flatMap((field) => {
    const was = showValue(b[field]);
    const now = showValue(a[field]);
    return was === now ? [] : [{ field, label: fieldLabel(field), before: was, after: now }];
  });
}

/** One line per changed field, "标签：前 → 后" (the Excel export's cell). */
export function auditDiffText(before: unknown, after: unknown): string {
  return auditDiff(before, after).map((d) => `${d.label}：${d.before} → ${d.after}`).join("\n");
}
