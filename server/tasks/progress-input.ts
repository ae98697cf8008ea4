import "server-only";
import { z } from "zod";
import { checkCreditCode } from "@/lib/credit-code";
import { Industry, type MeasureUnit } from "@/lib/generated/prisma/enums";
import { checkEntryDate, checkProgressValue } from "@/lib/task-progress";
import type { AuditEntry } from "@/server/audit";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { taskEnterpriseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

// What recording and correcting an entry share: the fields, and their check against the line's unit.

const invalid = (message: string) => new ActionError("INVALID", message);

const newEnterprise = z.object({
  name: z.string().trim().min(2, "请填写企业名称").max(100, "企业名称过长"),
  creditCode: z.string().transform((s, ctx) => {
    const r = checkCreditCode(s);
    if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
    return r.ok ? r.code : s;
  }),
  unitId: z.coerce.number({ error: "请选择企业所在镇（街道）" }).int().positive("请选择企业所在镇（街道）"),
  industry: z.enum(Industry, { error: "请选择行业" }),
});

export const entryFields = {
  date: z.string({ error: "请填写日期" }).trim(),
  /** Typed amount; ignored on case lines, whose amount is the number of cases described. */
  value: z.string().max(20, "数量过长").default(""),
  note: z.string().trim().max(1000, "说明不能超过1000字").default(""),
  caseNotes: z.array(z.string().trim().max(200, "每件的情况说明不超过200字")).max(500, "一次最多登记500件").default([]),
  enterpriseIds: z.array(z.string().min(1).max(40)).max(200, "一次最多列出200家企业").default([]),
  newEnterprises: z.array(newEnterprise).max(50, "一次最多新增50家企业").default([]),
};

type EntryInput = z.output<z.ZodObject<typeof entryFields>>;
type LineForEntry = { measure: MeasureUnit; campaign: { startDate: Date } };

export type ResolvedEntry = { date: Date; value: string; caseNotes: string[]; enterpriseIds: string[]; audit: AuditEntry[] };

/**
 * Checks an entry against its line (unit of measure, dates, which lines name enterprises) and returns
 * what to store; enterprises new to the ledger are created here (audited), known credit codes reused.
 */
export async function resolveEntry(tx: Tx, user: SessionUser, line: LineForEntry, input: EntryInput): Promise<ResolvedEntry> {
  if (line.measure === "ITEM") throw invalid("该任务线按事项逐项标记完成情况");
  const date = checkEntryDate(input.date, line.campaign.startDate, new Date());
  if (!date.ok) throw invalid(date.message);

  let value: string;
  const caseNotes = input.caseNotes.filter((n) => n !== "");
  if (line.measure === "CASE") {
    if (caseNotes.length === 0) throw invalid("请逐件填写办理情况（每件一行）");
    value = String(caseNotes.length);
  } else {
    const v = checkProgressValue(line.measure, input.value);
    if (!v.ok) throw invalid(v.message);
    value = v.value;
  }

  const ids = [...new Set(input.enterpriseIds)];
  if (line.measure !== "ENTERPRISE") {
    if (ids.length > 0 || input.newEnterprises.length > 0) throw invalid("该任务线不按企业统计，无需列出企业");
    return { date: date.date, value, caseNotes: line.measure === "CASE" ? caseNotes : [], enterpriseIds: [], audit: [] };
  }
  const known = await tx.enterprise.findMany({ where: { AND: [{ id: { in: ids } }, taskEnterpriseScope(user)] }, select: { id: true } });
  if (known.length !== ids.length) throw invalid("所选企业不在企业台账中，请重新选择");

  const audit: AuditEntry[] = [];
  for (const e of input.newEnterprises) {
    const existing = await tx.enterprise.findUnique({ where: { creditCode: e.creditCode }, select: { id: true } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    if (!(await tx.unit.findUnique({ where: { id: e.unitId }, select: { id: true } }))) throw invalid("请选择企业所在镇（街道）");
    // A department only proposes: the township of the territory owns the record and takes it over when it registers the code.
    const created = await tx.enterprise.create({ data: { ...e, proposedByDepartmentId: user.departmentId } });
    audit.push({ entity: "Enterprise", entityId: created.id, before: null, after: created });
    ids.push(created.id);
  }
  const enterpriseIds = [...new Set(ids)];
  if (enterpriseIds.length > Number(value)) {
    throw invalid(`列出的企业（${enterpriseIds.length}家）多于本次完成数（${value}家），请核对`);
  }
  return { date: date.date, value, caseNotes: [], enterpriseIds, audit };
}

/** Keeps an item's done date equal to its latest entry (value 1 = done, 0 = reopened). */
export async function syncItemDone(tx: Tx, itemId: number) {
  const latest = await tx.taskProgress.findFirst({ where: { itemId }, orderBy: [{ date: "desc" }, { createdAt: "desc" }] });
  const doneAt = latest && Number(latest.value) > 0 ? latest.date : null;
  await tx.taskLineItem.update({ where: { id: itemId }, data: { doneAt } });
}
