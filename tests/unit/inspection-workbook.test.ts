import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import {
  FINDING_HEADINGS,
  type FindingExportRow,
  findingStateText,
  findingsWorkbook,
} from "@/lib/exports/inspection-workbook";

const now = new Date("2020-07-20T04:00:00Z"); // 20 July in Beijing
const row = (extra: Partial<FindingExportRow>): FindingExportRow => ({
  round: { title: "6月监督检查" },
  unit: { name: "古林镇" },
  case: null,
  department: { name: "区应急管理局" },
  problem: "消防通道堆放原料",
  requirement: "清理消防通道",
  recordedAt: new Date("2020-06-16T07:00:00Z"),
  dueDate: new Date("2020-07-10"),
  status: "OPEN",
  answer: null,
  answeredAt: null,
  closedAt: null,
  officeNote: null,
  ...extra,
});

describe("the 监督检查 findings workbook", () => {
  it("marks an open finding past its due day as overdue, and nothing else", () => {
    expect(findingStateText({ status: "OPEN", dueDate: new Date("2020-07-10") }, now)).toBe("待整改（逾期）");
    expect(findingStateText({ status: "OPEN", dueDate: new Date("2020-07-20") }, now)).toBe("待整改");
    expect(findingStateText({ status: "ANSWERED", dueDate: new Date("2020-07-10") }, now)).toBe("已答复");
    expect(findingStateText({ status: "CLOSED", dueDate: new Date("2020-07-10") }, now)).toBe("已销号");
  });

  it("has the title, the headings and one row per finding, with the case, the recorder, the dates and the answer", async () => {
    const buffer = await findingsWorkbook(
      "2020年度监督检查发现的问题（全部）",
      [
        row({}),
        row({
          unit: { name: "高桥镇" },
          case: { enterprise: { name: "宁波示例铸造厂" } },
          department: null,
          status: "CLOSED",
          answer: "已补充盖章的去向证明",
          answeredAt: new Date("2020-07-01T02:00:00Z"),
          closedAt: new Date("2020-07-03T02:00:00Z"),
          officeNote: "整改到位",
        }),
      ],
      now,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    const ws = wb.getWorksheet("监督检查问题")!;
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(ws.getCell(1, 1).value).toBe("2020年度监督检查发现的问题（全部）");
    expect(values(2)).toEqual(FINDING_HEADINGS);
    expect(values(3)).toEqual([
      1,
      "6月监督检查",
      "古林镇",
      "（针对单位）",
      "区应急管理局",
      "消防通道堆放原料",
      "清理消防通道",
      "2020/06/16",
      "2020/07/10",
      "待整改（逾期）",
      "",
      "",
      "",
      "",
    ]);
    expect(values(4)).toEqual([
      2,
      "6月监督检查",
      "高桥镇",
      "宁波示例铸造厂",
      "区工强办",
      "消防通道堆放原料",
      "清理消防通道",
      "2020/06/16",
      "2020/07/10",
      "已销号",
      "2020/07/01",
      "已补充盖章的去向证明",
      "2020/07/03",
      "整改到位",
    ]);
    expect(ws.rowCount).toBe(4);
  });
});
