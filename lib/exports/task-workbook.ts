// 重点工作进展.xlsx: one row per task line with its progress and latest entry.
import { beijingDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { Dimension, MeasureUnit } from "@/lib/generated/prisma/enums";
import { dimensionLabel, measureLabel, paceLabel } from "@/lib/labels";
import { formatTarget } from "@/lib/tasks/lines";
import {
  countsTowardsLine,
  describeEntry,
  formatAmount,
  type ProgressEntry,
  progressOfLine,
} from "@/lib/tasks/progress";

import { newWorkbook } from "./xlsx";

type CampaignRow = Parameters<typeof progressOfLine>[1] & { year: number };
type Entry = Parameters<typeof describeEntry>[0] &
  Pick<ProgressEntry, "unitId" | "status"> & {
    date: Date;
    note: string | null;
    caseNotes: string[];
    author: { displayName: string };
  };
/** A task line as listed (newest entry first). */
export type TaskWorkbookLine = Parameters<typeof progressOfLine>[0] &
  Parameters<typeof formatTarget>[0] & {
    code: string;
    title: string;
    dimension: Dimension;
    measure: MeasureUnit;
    leads: { department: { name: string } }[];
    progress: Entry[];
  };

/** Heading, key and width of each column. */
const COLUMNS: [string, string, number][] = [
  ["编号", "code", 6],
  ["方面", "dimension", 10],
  ["重点工作", "title", 40],
  ["牵头部门", "leads", 22],
  ["目标", "target", 18],
  ["完成期限", "deadline", 12],
  ["累计完成", "achieved", 12],
  ["完成率", "percent", 8],
  ["进度", "status", 12],
  ["最近进展日期", "lastDate", 14],
  ["最近进展", "lastValue", 16],
  ["最近进展说明", "lastNote", 40],
  ["登记人", "lastAuthor", 12],
];

/**
 * `asOf`: the moment the figures are read at; `past`: it is a past 统计截至 day — the heading of the
 * figures states it (“累计完成（截至2020/06/30）”) and only the entries dated by then are shown.
 */
export async function taskWorkbook(
  lines: TaskWorkbookLine[],
  campaign: CampaignRow,
  asOf: Date,
  past = false,
): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("重点工作进展");
  const stated = (header: string, key: string) =>
    past && ["achieved", "percent", "status"].includes(key) ? `${header}（截至${formatDate(asOf)}）` : header;
  ws.columns = COLUMNS.map(([header, key, width]) => ({ header: stated(header, key), key, width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  for (const line of lines) {
    const unit = measureLabel[line.measure];
    const p = progressOfLine(line, campaign, asOf);
    // The latest entry that counts (a contribution awaiting confirmation is not progress yet).
    const day = beijingDay(asOf).getTime();
    const entries: Entry[] = line.progress;
    const latest = entries.find((e) => countsTowardsLine(e) && e.date.getTime() <= day);
    ws.addRow({
      code: line.code,
      dimension: dimensionLabel[line.dimension],
      title: line.title,
      leads: line.leads.map((l) => l.department.name).join("、"),
      target: formatTarget(line, unit),
      deadline: formatDate(line.deadline ?? campaign.deadline),
      achieved: p.kind === "ITEMS" ? `${p.achieved}/${p.goal}项` : formatAmount(p.achieved, unit),
      percent: p.percent === null ? "—" : `${p.percent}%`,
      status: paceLabel[p.status],
      lastDate: latest ? formatDate(latest.date) : "尚无进展",
      lastValue: latest ? describeEntry(latest, unit) : "",
      lastNote: latest ? [latest.note, ...latest.caseNotes].filter(Boolean).join("；") : "",
      lastAuthor: latest?.author.displayName ?? "",
    });
  }
  ws.getColumn("title").alignment = { wrapText: true, vertical: "top" };
  ws.getColumn("lastNote").alignment = { wrapText: true, vertical: "top" };
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
