import "server-only";

import { addDays, beijingDay } from "@/lib/dates";
import type { Campaign } from "@/lib/generated/prisma/client";
import { tipTodo, type TodoItem } from "@/lib/home/todo";
import { isFollowUpDue } from "@/lib/supervision/rules";
import { overdueWhere } from "@/server/cases/overdue-where";
import { prisma } from "@/server/db";
import {
  caseWriteScope,
  contributionReviewScope,
  findingScope,
  noticeScope,
  referralScope,
  tipScope,
} from "@/server/scope";
import type { SessionUser } from "@/server/session";

// What waits on a department or on the office (区工强办). Each kind lists its oldest few records one card
// each, and when there are more a last card leads to the full list (its count on the card).

/** Records listed one by one per kind; the rest are one card leading to the list. */
export const PER_KIND = 8;
/** An expert's answer stays on the list this many days (the referral's page is where it is read). */
const ANSWER_SHOWN_DAYS = 7;

type Listed<T> = { rows: T[]; total: number };

async function listed<T>(rows: Promise<T[]>, total: Promise<number>): Promise<Listed<T>> {
  const [r, t] = await Promise.all([rows, total]);
  return { rows: r, total: t };
}

/** A summary card for the records of a kind beyond those listed. */
function more(kind: TodoItem["kind"], total: number, title: string, href: string): TodoItem[] {
  if (total <= PER_KIND) return [];
  return [
    {
      key: `more:${kind}`,
      kind,
      title: `另有 ${total - PER_KIND} 项${title}`,
      details: [`共 ${total} 项`],
      href,
      action: "查看全部",
      due: null,
      since: null,
      sentBack: false,
      count: total - PER_KIND,
    },
  ];
}

/** 待验收: submitted cases in the user's remit (a department: the dimensions it leads; the office: all), oldest first. */
async function reviewQueue(user: SessionUser, campaign: Campaign): Promise<TodoItem[]> {
  const where = { AND: [caseWriteScope(user), { campaignId: campaign.id, status: "SUBMITTED" as const }] };
  const { rows, total } = await listed(
    prisma.case.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: PER_KIND,
      select: { id: true, submittedAt: true, enterprise: { select: { name: true } }, unit: { select: { name: true } } },
    }),
    prisma.case.count({ where }),
  );
  return [
    ...rows.map((c): TodoItem => ({
      key: `review:${c.id}`,
      kind: "REVIEW",
      title: c.enterprise.name,
      details: [`${c.unit.name}已上报，待验收`],
      href: `/cases/${c.id}`,
      action: "去验收",
      due: null,
      since: c.submittedAt,
      sentBack: false,
    })),
    ...more("REVIEW", total, "待验收整治对象", "/review"),
  ];
}

/** Unit contributions on the lines the user leads (the office: all) waiting for confirmation. */
async function contributionsToConfirm(user: SessionUser, campaign: Campaign): Promise<TodoItem[]> {
  const where = {
    AND: [contributionReviewScope(user), { status: "PENDING" as const, taskLine: { campaignId: campaign.id } }],
  };
  const { rows, total } = await listed(
    prisma.taskProgress.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PER_KIND,
      select: {
        id: true,
        createdAt: true,
        unit: { select: { name: true } },
        taskLine: { select: { id: true, code: true, title: true } },
      },
    }),
    prisma.taskProgress.count({ where }),
  );
  return [
    ...rows.map((p): TodoItem => ({
      key: `confirm:${p.id}`,
      kind: "CONTRIBUTION_CONFIRM",
      title: `${p.taskLine.title}（${p.taskLine.code}）`,
      details: [`${p.unit?.name ?? ""}填报的进展，待确认`],
      href: `/tasks/${p.taskLine.id}`,
      action: "去确认",
      due: null,
      since: p.createdAt,
      sentBack: false,
    })),
    ...more("CONTRIBUTION_CONFIRM", total, "待确认进展", "/tasks"),
  ];
}

/** 举报 assigned to the user's department and not yet verified. */
async function tipsToVerify(user: SessionUser, departmentId: number): Promise<TodoItem[]> {
  const rows = await prisma.tip.findMany({
    where: { AND: [tipScope(user), { departmentId, status: "ASSIGNED" }] },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: PER_KIND,
    select: { id: true, enterpriseName: true, address: true, deadline: true, assignedAt: true },
  });
  return rows.map(tipTodo);
}

/** Expert answers to the user's referrals (a department's own; the office's own) of the last days. */
async function answeredReferrals(user: SessionUser, campaign: Campaign, now: Date): Promise<TodoItem[]> {
  const rows = await prisma.expertReferral.findMany({
    where: {
      AND: [
        referralScope(user),
        {
          campaignId: campaign.id,
          departmentId: user.departmentId,
          withdrawnAt: null,
          answeredAt: { gte: addDays(beijingDay(now), -ANSWER_SHOWN_DAYS) },
        },
      ],
    },
    orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
    take: PER_KIND,
    select: {
      id: true,
      question: true,
      answeredAt: true,
      expert: { select: { displayName: true } },
      case: { select: { enterprise: { select: { name: true } } } },
      finding: { select: { problem: true } },
    },
  });
  return rows.map((r) => ({
    key: `referral:${r.id}`,
    kind: "REFERRAL_ANSWERED",
    title: r.case?.enterprise.name ?? r.finding?.problem ?? r.question,
    details: [`${r.expert.displayName}已答复：${r.question}`],
    href: `/referrals/${r.id}`,
    action: "查看意见",
    due: null,
    since: r.answeredAt,
    sentBack: false,
  }));
}

/** Open findings of the year the user may read whose due day has passed (a department: those it recorded). */
async function overdueFindings(
  user: SessionUser,
  campaign: Campaign,
  now: Date,
  recordedBy?: number,
): Promise<TodoItem[]> {
  const where = {
    AND: [
      findingScope(user),
      { round: { campaignId: campaign.id }, status: "OPEN" as const, dueDate: { lt: beijingDay(now) } },
      recordedBy === undefined ? {} : { departmentId: recordedBy },
    ],
  };
  const { rows, total } = await listed(
    prisma.inspectionFinding.findMany({
      where,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: PER_KIND,
      select: { id: true, problem: true, dueDate: true, recordedAt: true, unit: { select: { name: true } } },
    }),
    prisma.inspectionFinding.count({ where }),
  );
  return [
    ...rows.map((f): TodoItem => ({
      key: `finding-overdue:${f.id}`,
      kind: "FINDING_OVERDUE",
      title: f.problem,
      details: [`${f.unit.name}逾期未答复整改情况`],
      href: `/inspections/findings/${f.id}`,
      action: "督促整改",
      due: f.dueDate,
      since: f.recordedAt,
      sentBack: false,
    })),
    ...more("FINDING_OVERDUE", total, "逾期未整改的检查问题", "/inspections"),
  ];
}

/** A department: its review queue, contributions to confirm, its findings past due, tips assigned to it, expert answers. */
export async function loadDepartmentTodos(user: SessionUser, campaign: Campaign, now: Date): Promise<TodoItem[]> {
  const departmentId = user.departmentId ?? -1;
  const parts = await Promise.all([
    reviewQueue(user, campaign),
    contributionsToConfirm(user, campaign),
    overdueFindings(user, campaign, now, departmentId),
    tipsToVerify(user, departmentId),
    answeredReferrals(user, campaign, now),
  ]);
  return parts.flat();
}

/**
 * The office: 待验收, findings answered (to close or send back) and past due, tips to assign and to close,
 * 约谈 follow-ups due, expert answers to its referrals, and the cases past their 整改期限.
 */
export async function loadOfficeTodos(user: SessionUser, campaign: Campaign, now: Date): Promise<TodoItem[]> {
  const answeredWhere = {
    AND: [findingScope(user), { round: { campaignId: campaign.id }, status: "ANSWERED" as const }],
  };
  const tipsWhere = (status: "RECEIVED" | "VERIFIED") => ({ AND: [tipScope(user), { status }] });
  const overdueCases = { AND: [caseWriteScope(user), { campaignId: campaign.id }, overdueWhere(now)] };
  const [review, findings, answered, toAssign, toClose, interviews, referrals, overdueCount] = await Promise.all([
    reviewQueue(user, campaign),
    overdueFindings(user, campaign, now),
    listed(
      prisma.inspectionFinding.findMany({
        where: answeredWhere,
        orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
        take: PER_KIND,
        select: { id: true, problem: true, answeredAt: true, unit: { select: { name: true } } },
      }),
      prisma.inspectionFinding.count({ where: answeredWhere }),
    ),
    listed(
      prisma.tip.findMany({
        where: tipsWhere("RECEIVED"),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: PER_KIND,
        select: { id: true, enterpriseName: true, address: true, createdAt: true },
      }),
      prisma.tip.count({ where: tipsWhere("RECEIVED") }),
    ),
    listed(
      prisma.tip.findMany({
        where: tipsWhere("VERIFIED"),
        orderBy: [{ verifiedAt: "asc" }, { id: "asc" }],
        take: PER_KIND,
        select: { id: true, enterpriseName: true, verifiedAt: true, unit: { select: { name: true } } },
      }),
      prisma.tip.count({ where: tipsWhere("VERIFIED") }),
    ),
    prisma.supervisionNotice.findMany({
      where: { AND: [noticeScope(user), { campaignId: campaign.id, kind: "INTERVIEW", followUpDoneAt: null }] },
      orderBy: [{ followUpDate: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, title: true, followUpDate: true, followUpDoneAt: true, date: true },
    }),
    answeredReferrals(user, campaign, now),
    prisma.case.count({ where: overdueCases }),
  ]);
  const items: TodoItem[] = [...review, ...findings, ...referrals];
  for (const f of answered.rows)
    items.push({
      key: `finding-answered:${f.id}`,
      kind: "FINDING_ANSWERED",
      title: f.problem,
      details: [`${f.unit.name}已答复整改情况，待销号`],
      href: `/inspections/findings/${f.id}`,
      action: "去销号",
      due: null,
      since: f.answeredAt,
      sentBack: false,
    });
  items.push(...more("FINDING_ANSWERED", answered.total, "待销号的检查问题", "/inspections?status=answered"));
  for (const t of toAssign.rows)
    items.push({
      key: `tip-assign:${t.id}`,
      kind: "TIP_ASSIGN",
      title: t.enterpriseName,
      details: [`新举报，待分派核查（${t.address}）`],
      href: `/tips/${t.id}`,
      action: "去分派",
      due: null,
      since: t.createdAt,
      sentBack: false,
    });
  items.push(...more("TIP_ASSIGN", toAssign.total, "待分派的举报", "/tips"));
  for (const t of toClose.rows)
    items.push({
      key: `tip-close:${t.id}`,
      kind: "TIP_CLOSE",
      title: t.enterpriseName,
      details: [`${t.unit?.name ?? "核查单位"}已核查，待办结`],
      href: `/tips/${t.id}`,
      action: "去办结",
      due: null,
      since: t.verifiedAt,
      sentBack: false,
    });
  items.push(...more("TIP_CLOSE", toClose.total, "待办结的举报", "/tips"));
  for (const n of interviews.filter((i) => isFollowUpDue(i, now)))
    items.push({
      key: `follow-up:${n.id}`,
      kind: "INTERVIEW_FOLLOW_UP",
      title: n.title,
      details: ["约谈跟踪复查日期已到"],
      href: `/supervision#notice-${n.id}`,
      action: "跟踪复查",
      due: n.followUpDate,
      since: n.date,
      sentBack: false,
    });
  // 市级通报 addressed to the district not yet signed for (docs/domain.md §市级).
  const cityCirculars = await prisma.cityCircularDistrict.findMany({
    where: { districtId: user.districtId ?? -1, acknowledgedAt: null },
    orderBy: [{ circular: { date: "asc" } }, { circularId: "asc" }],
    select: { circular: { select: { id: true, title: true, referenceNo: true, date: true } } },
  });
  for (const { circular: c } of cityCirculars)
    items.push({
      key: `city-circular:${c.id}`,
      kind: "CITY_CIRCULAR",
      title: c.title,
      details: [`市工强办通报（${c.referenceNo}），请签收并落实整改`],
      href: `/supervision#city-circular-${c.id}`,
      action: "去签收",
      due: null,
      since: c.date,
      sentBack: false,
    });
  if (overdueCount > 0)
    items.push({
      key: "cases-overdue",
      kind: "CASES_OVERDUE",
      title: `${overdueCount} 个整治对象超过整改期限`,
      details: ["已逾期未上报，请督促有关单位"],
      href: "/cases?overdue=1",
      action: "查看逾期整治对象",
      due: null,
      since: null,
      sentBack: false,
      count: overdueCount,
    });
  return items;
}
