import "server-only";

import { isOverdue, OPEN_STATUSES, rectificationDeadline } from "@/lib/cases/overdue";
import { missingItems } from "@/lib/cases/requirements";
import { addDays, beijingDay } from "@/lib/dates";
import type { Campaign } from "@/lib/generated/prisma/client";
import { caseTodo, endOfMonth, owesMonthlyEntry, tipTodo, type TodoItem } from "@/lib/home/todo";
import { prisma } from "@/server/db";
import {
  caseWriteScope,
  findingScope,
  noticeScope,
  noticeUnitScope,
  returnVisitScope,
  taskProgressEditScope,
  tipScope,
} from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The most open cases read for the list (a unit has a few dozen at most; the 案件台账 lists them all). */
const CASE_LIMIT = 300;
/** 回访 due within this many days are listed (a visit is prepared with the department). */
const VISIT_AHEAD_DAYS = 14;

const NOTICE_KIND = { CIRCULAR: "通报", INTERVIEW: "约谈" } as const;

/**
 * What waits on a township officer in the year's campaign, in their own unit only (every query carries
 * the unit's scope from server/scope.ts): its cases to correct, complete or 上报; its 监督检查 findings to
 * answer; 通报/约谈 to acknowledge; 举报 to verify; task-line contributions to correct or enter for the
 * month; 回访 coming due. Unordered: lib/home/todo.ts orderTodos orders them.
 */
export async function loadTownshipTodos(user: SessionUser, campaign: Campaign, now: Date): Promise<TodoItem[]> {
  const unitId = user.unitId ?? -1;
  const today = beijingDay(now);
  const [cases, findings, notices, tips, returned, shares, visits] = await Promise.all([
    prisma.case.findMany({
      where: { AND: [caseWriteScope(user), { campaignId: campaign.id, status: { in: [...OPEN_STATUSES] } }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: CASE_LIMIT,
      select: {
        id: true,
        status: true,
        category: true,
        disposalPath: true,
        outcomeId: true,
        commitmentText: true,
        commitmentPublishedIn: true,
        commitmentDate: true,
        policyBasisId: true,
        policyBasisOther: true,
        deadline: true,
        measureDeadline: true,
        createdAt: true,
        enterprise: { select: { name: true } },
        evidence: { where: { deletedAt: null }, select: { kind: true } },
        equipment: { select: { disposition: true, destination: true } },
        reviews: {
          where: { decision: "RETURN" },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { reason: true, createdAt: true },
        },
      },
    }),
    prisma.inspectionFinding.findMany({
      where: { AND: [findingScope(user), { unitId, status: "OPEN", round: { campaignId: campaign.id } }] },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        problem: true,
        requirement: true,
        dueDate: true,
        recordedAt: true,
        answeredAt: true,
        officeNote: true,
        round: { select: { title: true } },
        case: { select: { enterprise: { select: { name: true } } } },
      },
    }),
    prisma.supervisionNoticeUnit.findMany({
      where: {
        AND: [noticeUnitScope(user), { unitId, acknowledgedAt: null }],
        notice: { AND: [noticeScope(user), { campaignId: campaign.id }] },
      },
      select: { notice: { select: { id: true, kind: true, title: true, date: true, referenceNo: true } } },
    }),
    prisma.tip.findMany({
      where: { AND: [tipScope(user), { unitId, status: "ASSIGNED" }] },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: 50,
      select: { id: true, enterpriseName: true, address: true, deadline: true, assignedAt: true },
    }),
    prisma.taskProgress.findMany({
      where: { AND: [taskProgressEditScope(user), { status: "RETURNED", taskLine: { campaignId: campaign.id } }] },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        returnReason: true,
        updatedAt: true,
        taskLine: { select: { id: true, code: true, title: true } },
      },
    }),
    prisma.taskLineShare.findMany({
      where: { unitId, taskLine: { campaignId: campaign.id } },
      select: {
        target: true,
        taskLine: {
          select: {
            id: true,
            code: true,
            title: true,
            displayOrder: true,
            progress: { where: { unitId }, select: { date: true, status: true, value: true } },
          },
        },
      },
    }),
    prisma.returnVisit.findMany({
      where: {
        AND: [returnVisitScope(user), { unitId, result: null, dueDate: { lte: addDays(today, VISIT_AHEAD_DAYS) } }],
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        dueDate: true,
        acceptedAt: true,
        case: { select: { enterprise: { select: { name: true } } } },
      },
    }),
  ]);

  const items: TodoItem[] = [];
  for (const c of cases) {
    const measureDeadline = c.measureDeadline;
    const item = caseTodo({
      id: c.id,
      enterprise: c.enterprise.name,
      status: c.status,
      missing: missingItems({ ...c, evidenceKinds: c.evidence.map((e) => e.kind) }),
      returnReason: c.reviews[0]?.reason ?? null,
      returnedAt: c.reviews[0]?.createdAt ?? null,
      deadline: rectificationDeadline({ deadline: c.deadline, measureDeadline }),
      overdue: isOverdue({ status: c.status, deadline: c.deadline, measureDeadline }, now),
      createdAt: c.createdAt,
    });
    if (item) items.push(item);
  }
  for (const f of findings) {
    const sentBack = f.answeredAt !== null;
    items.push({
      key: `finding:${f.id}`,
      kind: "FINDING",
      title: f.case ? `${f.case.enterprise.name}：${f.problem}` : f.problem,
      details: [
        sentBack ? `答复被退回：${f.officeNote?.trim() || "（未填写）"}` : `整改要求：${f.requirement}`,
        `监督检查：${f.round.title}`,
      ],
      href: `/inspections/findings/${f.id}`,
      action: "答复整改",
      due: f.dueDate,
      since: f.recordedAt,
      sentBack,
    });
  }
  for (const { notice: n } of notices) {
    items.push({
      key: `notice:${n.id}`,
      kind: "NOTICE",
      title: n.title,
      details: [`${NOTICE_KIND[n.kind]}${n.referenceNo ? ` ${n.referenceNo}` : ""}，尚未确认已阅`],
      href: `/supervision#notice-${n.id}`,
      action: `阅读并确认`,
      due: null,
      since: n.date,
      sentBack: false,
    });
  }
  items.push(...tips.map(tipTodo));
  for (const p of returned) {
    items.push({
      key: `contribution:${p.id}`,
      kind: "CONTRIBUTION_RETURNED",
      title: `${p.taskLine.title}（${p.taskLine.code}）`,
      details: [`进展被退回：${p.returnReason?.trim() || "（未填写）"}`],
      href: `/tasks/${p.taskLine.id}`,
      action: "更正进展",
      due: null,
      since: p.updatedAt,
      sentBack: true,
    });
  }
  const campaignWindow = { startDate: campaign.startDate, deadline: campaign.deadline, closed: !!campaign.closedAt };
  for (const s of [...shares].sort((a, b) => a.taskLine.displayOrder - b.taskLine.displayOrder)) {
    const entries = s.taskLine.progress;
    const confirmed = entries.filter((e) => e.status === "CONFIRMED").reduce((sum, e) => sum + Number(e.value), 0);
    const share = Number(s.target);
    if (!owesMonthlyEntry({ share, confirmed, entryDays: entries.map((e) => e.date) }, campaignWindow, now)) continue;
    items.push({
      key: `month:${s.taskLine.id}`,
      kind: "CONTRIBUTION_MONTH",
      title: `${s.taskLine.title}（${s.taskLine.code}）`,
      details: [`本月尚未填报进展（已确认 ${confirmed}/${share}）`],
      href: `/tasks/${s.taskLine.id}`,
      action: "填报进展",
      due: endOfMonth(now),
      since: null,
      sentBack: false,
    });
  }
  for (const v of visits) {
    items.push({
      key: `visit:${v.id}`,
      kind: "RETURN_VISIT",
      title: v.case.enterprise.name,
      details: ["淘汰企业验收后回访，核实是否死灰复燃"],
      href: `/return-visits/${v.id}`,
      action: "录入回访",
      due: v.dueDate,
      since: v.acceptedAt,
      sentBack: false,
    });
  }
  return items;
}
