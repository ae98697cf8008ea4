import "server-only";

import { z } from "zod";

import {
  boundedArray,
  calendarDate,
  chosenId,
  cuid,
  isCleanText,
  optionalText,
  requiredCreditCode,
  text,
  uniqueArray,
} from "@/lib/fields";
import { Industry, type MeasureUnit } from "@/lib/generated/prisma/enums";
import { typedEntryRefusal } from "@/lib/tasks/line-source";
import { checkEntryDate, checkProgressValue } from "@/lib/tasks/progress";
import type { AuditEntry } from "@/server/audit";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { districtOf, taskEnterpriseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

// What recording and correcting an entry share: the fields, and their check against the line's unit.

const invalid = (message: string) => new ActionError("INVALID", message);

export const newEnterprise = z.object({
  name: text("企业名称", 100, 2),
  creditCode: requiredCreditCode,
  unitId: chosenId("请选择企业所在镇（街道）"),
  industry: z.enum(Industry, { error: "请选择行业" }),
});

export const entryFields = {
  date: calendarDate("日期"),
  /** Typed amount; ignored on case lines, whose amount is the number of cases described. */
  value: z.string().max(20, "数量过长").refine(isCleanText, "数量含有不允许的字符").default(""),
  note: optionalText("说明", 1000).transform((s) => s ?? ""),
  /** One line per case handled: two alike are two cases, so they are not merged. */
  caseNotes: boundedArray(
    optionalText("每件的情况说明", 200).transform((s) => s ?? ""),
    500,
    "一次登记的件数",
  ).default([]),
  enterpriseIds: uniqueArray(cuid, 200, "列出的企业").default([]),
  newEnterprises: uniqueArray(newEnterprise, 50, "新增企业", (e) => e.creditCode).default([]),
};

type EntryInput = z.output<z.ZodObject<typeof entryFields>>;
type LineForEntry = { code: string; measure: MeasureUnit; campaign: { startDate: Date } };

export type ResolvedEntry = {
  date: Date;
  value: string;
  caseNotes: string[];
  enterpriseIds: string[];
  audit: AuditEntry[];
};

/**
 * Checks an entry against its line (unit of measure, dates, which lines name enterprises) and returns
 * what to store; enterprises new to the ledger are created here (audited), known credit codes reused.
 */
export async function resolveEntry(
  tx: Tx,
  user: SessionUser,
  line: LineForEntry,
  input: EntryInput,
): Promise<ResolvedEntry> {
  if (line.measure === "ITEM") throw invalid("该重点工作任务按事项逐项标记完成情况");
  // A line computed from records (T10's inspections, T9's cases, T5…T14's measures, T6b's cancellations;
  // lib/tasks/line-source.ts) never takes a typed figure.
  const refusal = typedEntryRefusal(line.code);
  if (refusal) throw invalid(refusal);
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
    if (ids.length > 0 || input.newEnterprises.length > 0) throw invalid("该重点工作任务不按企业统计，无需列出企业");
    return {
      date: date.date,
      value,
      caseNotes: line.measure === "CASE" ? caseNotes : [],
      enterpriseIds: [],
      audit: [],
    };
  }
  const known = await tx.enterprise.findMany({
    where: { AND: [{ id: { in: ids } }, taskEnterpriseScope(user)] },
    select: { id: true },
  });
  if (known.length !== ids.length)
    throw invalid(
      user.role === "TOWNSHIP" ? "所选企业不在本单位企业台账中，请重新选择" : "所选企业不在企业台账中，请重新选择",
    );

  const added = await createNamedEnterprises(tx, user, input.newEnterprises);
  ids.push(...added.ids);
  const audit = added.audit;
  const enterpriseIds = [...new Set(ids)];
  if (enterpriseIds.length > Number(value)) {
    throw invalid(`列出的企业（${enterpriseIds.length}家）多于本次完成数（${value}家），请核对`);
  }
  return { date: date.date, value, caseNotes: [], enterpriseIds, audit };
}

/**
 * Enterprises named by credit code on a record (a task entry, a steel inspection): a known code is reused,
 * a new one created in the unit picked (a township: its own; a department only proposes it, the township
 * of the territory takes it over), audited.
 */
export async function createNamedEnterprises(tx: Tx, user: SessionUser, named: z.output<typeof newEnterprise>[]) {
  const ids: string[] = [];
  const audit: AuditEntry[] = [];
  for (const e of named) {
    const existing = await tx.enterprise.findUnique({
      where: { creditCode: e.creditCode },
      select: { id: true, unitId: true, unit: { select: { districtId: true } } },
    });
    // Credit codes are unique city-wide; another district's enterprise is never named here (docs/domain.md §市级).
    if (existing && existing.unit.districtId !== districtOf(user))
      throw invalid("该统一社会信用代码的企业已在其他区县（市）登记；企业跨区县迁移由市工强办决定");
    if (existing && user.role === "TOWNSHIP" && existing.unitId !== user.unitId) {
      throw invalid(`信用代码 ${e.creditCode} 的企业属于其他镇（街道），本单位不能登记`);
    }
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    // A township names enterprises of its own territory; the unit picked in the form is not trusted.
    const unitId = user.role === "TOWNSHIP" ? user.unitId! : e.unitId;
    if (!(await tx.unit.findFirst({ where: { id: unitId, districtId: districtOf(user) }, select: { id: true } })))
      throw invalid("请选择企业所在镇（街道）");
    // A department only proposes: the township of the territory owns the record and takes it over when it registers the code.
    const created = await tx.enterprise.create({
      data: { ...e, unitId, proposedByDepartmentId: user.role === "DEPARTMENT" ? user.departmentId : null },
    });
    audit.push({ entity: "Enterprise", entityId: created.id, before: null, after: created });
    ids.push(created.id);
  }
  return { ids, audit };
}

/** Keeps an item's done date equal to its latest entry (value 1 = done, 0 = reopened). */
export async function syncItemDone(tx: Tx, itemId: number) {
  const latest = await tx.taskProgress.findFirst({
    where: { itemId },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
  });
  const doneAt = latest && Number(latest.value) > 0 ? latest.date : null;
  await tx.taskLineItem.update({ where: { id: itemId }, data: { doneAt } });
}
