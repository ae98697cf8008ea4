import { describe, expect, it } from "vitest";

import { emptyStatusCounts, rollUp } from "@/lib/dashboard/pace";
import { type BriefingData, briefingDocument, briefingMonths } from "@/lib/documents/briefing";
import { chineseDate, chineseNumber } from "@/lib/documents/chinese";
import { circularDocument, draftCircular } from "@/lib/documents/circular";
import { figuresClause, slowUnitParagraph } from "@/lib/documents/figures-text";
import { interviewDocument } from "@/lib/documents/interview";
import { modelText, textBlocks } from "@/lib/documents/model";
import { HAISHU_ISSUER } from "@/lib/documents/office";
import {
  formatReferenceNo,
  nextReferenceNo,
  normaliseReferenceNo,
  parseReferenceNo,
} from "@/lib/documents/reference-no";
import { issueCircularInput, issueInterviewInput } from "@/lib/supervision/input";
import type { FrozenUnitFigures } from "@/lib/supervision/rules";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

const gulin: FrozenUnitFigures = {
  unitId: 2,
  name: "古林镇",
  lagReason: "整治提升完成 2/28，序时进度 49%",
  figures: {
    ELIMINATION: { target: 12, accepted: 3, submitted: 1, completion: 25 },
    RECTIFICATION: { target: 28, accepted: 2, submitted: 0, completion: (2 / 28) * 100 },
  },
};
const park: FrozenUnitFigures = {
  unitId: 18,
  name: "望春工业园区",
  lagReason: null,
  figures: {
    ELIMINATION: { target: null, accepted: 0, submitted: 0, completion: null },
    RECTIFICATION: { target: 5, accepted: 5, submitted: 0, completion: 100 },
  },
};

describe("dates in Chinese (落款)", () => {
  it.each([
    ["2020-06-30", "二〇二〇年六月三十日"],
    ["2021-01-01", "二〇二一年一月一日"],
    ["2020-11-11", "二〇二〇年十一月十一日"],
    ["2020-12-20", "二〇二〇年十二月二十日"],
    ["2019-10-31", "二〇一九年十月三十一日"],
  ])("%s → %s", (iso, text) => {
    expect(chineseDate(day(iso))).toBe(text);
  });

  it("writes 1–99 without a leading 一 before 十", () => {
    expect([1, 10, 12, 20, 29, 99].map(chineseNumber)).toEqual(["一", "十", "十二", "二十", "二十九", "九十九"]);
    expect(() => chineseNumber(100)).toThrow();
  });
});

describe("发文字号", () => {
  it("is 代字〔年份〕序号号", () => {
    expect(formatReferenceNo("海工强办", 2020, 3)).toBe("海工强办〔2020〕3号");
    expect(parseReferenceNo("海工强办〔2020〕3号")).toEqual({ prefix: "海工强办", year: 2020, serial: 3 });
    expect(parseReferenceNo("海工强办[2020]3号")).toBeNull();
    expect(parseReferenceNo("海工强办〔2020〕03号")).toBeNull();
  });

  it("normalises the brackets and zeros the office types", () => {
    for (const typed of [
      "海工强办[2020]3号",
      "海工强办（2020）3号",
      "海工强办(2020)03号",
      "海工强办【2020】3号",
      " 海工强办〔2020〕3号 ",
    ]) {
      expect(normaliseReferenceNo(typed)).toBe("海工强办〔2020〕3号");
    }
    expect(normaliseReferenceNo("第三号")).toBeNull();
    expect(normaliseReferenceNo("海工强办〔2020〕0号")).toBeNull();
  });

  it("numbers on from the highest serial of the same 代字 and year", () => {
    expect(nextReferenceNo([], "海工强办", 2020)).toBe("海工强办〔2020〕1号");
    expect(
      nextReferenceNo(
        ["海工强办〔2020〕3号", "海工强办〔2020〕12号", null, "海工强办〔2019〕40号", "海政办〔2020〕99号"],
        "海工强办",
        2020,
      ),
    ).toBe("海工强办〔2020〕13号");
  });

  it("is optional when issuing, and kept in the standard form", () => {
    const base = { unitIds: [1], title: "关于进度的通报", body: "内容内容内容", date: "2020-06-30" };
    expect(issueCircularInput.parse(base).referenceNo).toBeNull();
    expect(issueCircularInput.parse({ ...base, referenceNo: "海工强办[2020]5号" }).referenceNo).toBe(
      "海工强办〔2020〕5号",
    );
    const bad = issueCircularInput.safeParse({ ...base, referenceNo: "五号文" });
    expect(bad.success ? null : bad.error.issues[0].message).toBe("发文字号格式应为：海工强办〔2020〕3号");
    const interview = {
      unitId: 1,
      date: "2020-06-30",
      participants: "某某",
      body: "问题问题问题",
      commitments: "承诺",
      followUpDate: "2020-07-30",
    };
    expect(issueInterviewInput.safeParse({ ...interview, startTime: "9:30" }).success).toBe(false);
    expect(issueInterviewInput.parse({ ...interview, startTime: "09:30", place: "区政府3号楼" })).toMatchObject({
      startTime: "09:30",
      place: "区政府3号楼",
      referenceNo: null,
    });
  });
});

describe("the slow-unit paragraph", () => {
  it("states each category's target, accepted, awaiting review and completion, then the reason", () => {
    expect(slowUnitParagraph(gulin)).toBe(
      "古林镇：淘汰落后产能目标12家，已验收3家，待验收1家，完成率25%；“低散乱”整治提升目标28家，已验收2家，完成率7%（整治提升完成 2/28，序时进度 49%）。",
    );
  });

  it("leaves out a category without a task (/)", () => {
    expect(figuresClause(park.figures)).toBe("“低散乱”整治提升目标5家，已验收5家，完成率100%");
  });
});

describe("the 通报 draft and document", () => {
  const draft = draftCircular({
    issuer: HAISHU_ISSUER,
    units: [gulin, park],
    elapsed: 49.3,
    dataDate: day("2020-06-30"),
    year: 2020,
    campaignTitle: "海曙区2020年淘汰落后产能及“低散乱”整治提升",
    referenceNo: "海工强办〔2020〕3号",
  });

  it("drafts the title, number, 主送 and a text naming every unit with its figures", () => {
    expect(draft.title).toBe("关于2020年淘汰落后产能及“低散乱”整治提升工作进展滞后单位的通报");
    expect(draft.referenceNo).toBe("海工强办〔2020〕3号");
    expect(draft.recipients).toContain("各镇（乡）人民政府");
    expect(draft.body).toContain("截至2020年6月30日，全年序时进度为49%，古林镇、望春工业园区工作进展滞后");
    expect(draft.body.split("\n")).toContain(slowUnitParagraph(gulin));
  });

  it("lays the final text out with headings, 附件说明, 落款 in Chinese and the frozen figures as the annex", () => {
    const model = circularDocument({
      issuer: HAISHU_ISSUER,
      ...draft,
      body: `${draft.body}\n（一）补充要求\n请按时报送。`,
      date: day("2020-07-01"),
      dataDate: day("2020-06-30"),
      figures: { at: "2020-06-30T15:59:59.999Z", elapsed: 49.3, units: [gulin] },
    });
    const main = model.sections[0].blocks;
    expect(main.slice(0, 4).map((b) => b.kind)).toEqual(["masthead", "reference", "title", "recipients"]);
    expect(main).toContainEqual({ kind: "heading1", text: "一、进展滞后单位情况" });
    expect(main).toContainEqual({ kind: "heading2", text: "（一）补充要求" });
    expect(main.at(-2)).toEqual({ kind: "annexNote", text: "附件：被通报单位工作进展情况表" });
    expect(main.at(-1)).toEqual({
      kind: "signature",
      issuer: "海曙区工业强区建设领导小组办公室",
      date: "二〇二〇年七月一日",
    });
    expect(model.sections[1].landscape).toBe(true);
    expect(modelText(model)).toEqual(
      expect.arrayContaining(["古林镇", "12", "25%", "（数据截至二〇二〇年六月三十日，全年序时进度49%）"]),
    );
  });

  it("dated 30 June with no other data date says 30 June in the text, the annex and the 落款", () => {
    const model = circularDocument({
      issuer: HAISHU_ISSUER,
      ...draft,
      date: day("2020-06-30"),
      dataDate: day("2020-06-30"),
      figures: { at: "2020-06-30T15:59:59.999Z", elapsed: 49.3, units: [gulin] },
    });
    const text = modelText(model);
    expect(text.join("\n")).toContain("截至2020年6月30日，全年序时进度为49%");
    expect(text).toContain("（数据截至二〇二〇年六月三十日，全年序时进度49%）");
    expect(model.sections[0].blocks.at(-1)).toMatchObject({ kind: "signature", date: "二〇二〇年六月三十日" });
    expect(text.join("")).not.toMatch(/二〇二六|2026/);
  });

  it("a record from before data dates were kept states the day its figures were frozen (Beijing time)", () => {
    const model = circularDocument({
      issuer: HAISHU_ISSUER,
      ...draft,
      date: day("2020-07-01"),
      dataDate: null,
      figures: { at: "2020-07-01T17:00:00Z", elapsed: 50, units: [gulin] },
    });
    expect(modelText(model)).toContain("（数据截至二〇二〇年七月二日，全年序时进度50%）");
  });

  it("has no annex when nothing was frozen (a township sees none of another unit's)", () => {
    const model = circularDocument({
      issuer: HAISHU_ISSUER,
      ...draft,
      referenceNo: null,
      date: day("2020-07-01"),
      dataDate: null,
      figures: { at: "2020-06-30T08:00:00Z", elapsed: 49, units: [] },
    });
    expect(model.sections).toHaveLength(1);
    expect(model.sections[0].blocks.some((b) => b.kind === "annexNote")).toBe(false);
    expect(model.sections[0].blocks[1]).toEqual({ kind: "reference", text: "" });
  });
});

describe("textBlocks", () => {
  it("makes 一、 lines level-1 headings, （一） lines level-2, drops blank lines", () => {
    expect(textBlocks("开头\n\n一、情况\n（二）要求\n正文 一、不在开头")).toEqual([
      { kind: "paragraph", text: "开头" },
      { kind: "heading1", text: "一、情况" },
      { kind: "heading2", text: "（二）要求" },
      { kind: "paragraph", text: "正文 一、不在开头" },
    ]);
  });
});

describe("the 约谈记录", () => {
  it("lists time, place, unit, participants, issues, commitments and follow-up date", () => {
    const model = interviewDocument({
      issuer: HAISHU_ISSUER,
      title: "约谈古林镇",
      referenceNo: null,
      unitName: "古林镇",
      date: day("2020-06-20"),
      startTime: "09:30",
      place: "区经信局301会议室",
      participants: "区工强办主任；古林镇分管副镇长",
      body: "整治提升严重滞后",
      commitments: "7月底前完成5家",
      followUpDate: day("2020-07-20"),
      dataDate: null,
    });
    const table = model.sections[0].blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" ? table.rows : []).toEqual([
      ["约谈时间", "二〇二〇年六月二十日 09:30"],
      ["约谈地点", "区经信局301会议室"],
      ["被约谈单位", "古林镇"],
      ["参加人员", "区工强办主任；古林镇分管副镇长"],
      ["约谈指出的问题", "整治提升严重滞后"],
      ["整改承诺", "7月底前完成5家"],
      ["跟踪复查日期", "二〇二〇年七月二十日"],
    ]);
  });
});

describe("the monthly briefing", () => {
  const campaign = { startDate: day("2020-01-01"), deadline: day("2020-11-30") };

  it("offers the campaign's months begun by now, latest first, numbered from the first", () => {
    const months = briefingMonths(campaign, new Date("2020-03-15T02:00:00Z"));
    expect(months.map((m) => [m.key, m.label, m.issue])).toEqual([
      ["2020-03", "2020年3月", 3],
      ["2020-02", "2020年2月", 2],
      ["2020-01", "2020年1月", 1],
    ]);
    expect(months[1].lastDay).toEqual(day("2020-02-29"));
    // Beijing months: March begins at 16:00 UTC on 29 February.
    expect(months[0].start).toEqual(new Date("2020-02-29T16:00:00Z"));
    expect(briefingMonths(campaign, new Date("2026-01-01T00:00:00Z")).map((m) => m.key)[0]).toBe("2020-11");
    expect(briefingMonths(campaign, new Date("2019-12-31T00:00:00Z"))).toEqual([]);
  });

  it("states the headline figures, slow units, tips, inspections and notices of the month", () => {
    const roll = rollUp(
      [{ unitId: 2, name: "古林镇", quotas: { ELIMINATION: 12, RECTIFICATION: 28 } }],
      (_id, c) => ({ ...emptyStatusCounts(), ACCEPTED: c === "ELIMINATION" ? 3 : 2, SUBMITTED: 1 }),
      50,
      20,
    );
    const month = briefingMonths(campaign, new Date("2020-07-05T00:00:00Z"))[1];
    const data: BriefingData = {
      issuer: HAISHU_ISSUER,
      year: 2020,
      campaignTitle: "海曙区2020年",
      month,
      asOfDay: month.lastDay,
      phase: "RUNNING",
      elapsed: 49.3,
      district: roll.district,
      acceptedInMonth: { ELIMINATION: 2, RECTIFICATION: 0 },
      rows: roll.rows,
      slow: [gulin],
      taskLines: [],
      tips: { received: 4, verified: 2, closed: 1, outcomes: { TRUE: 1, FALSE: 1 }, verifyingAtEnd: 3 },
      inspections: {
        rounds: [
          {
            title: "上半年监督检查",
            startDate: day("2020-06-10"),
            endDate: day("2020-06-12"),
            units: 3,
            departments: ["区应急管理局"],
          },
        ],
        findingsRecorded: 2,
        findingsClosed: 1,
        openAtEnd: 1,
      },
      notices: [
        {
          kind: "CIRCULAR",
          title: "关于进展滞后单位的通报",
          referenceNo: "海工强办〔2020〕3号",
          date: day("2020-06-10"),
          units: ["古林镇", "横街镇"],
        },
      ],
    };
    const text = modelText(briefingDocument(data));
    expect(text).toEqual(
      expect.arrayContaining([
        "第6期　　区工强办编　　二〇二〇年六月三十日",
        "2020年6月淘汰落后产能及“低散乱”整治提升工作进展情况",
        "截至2020年6月30日，全年序时进度49%。全区淘汰落后产能目标12家，已验收3家，完成率25%（已登记4家，已上报待验收1家）；“低散乱”整治提升目标28家，已验收2家，完成率7%（已登记3家，已上报待验收1家）。6月新验收淘汰落后产能2家、整治提升0家。",
        slowUnitParagraph(gulin),
        "6月受理群众举报4件，核查完毕2件（属实1件、不属实1件），办结1件；截至月末尚有3件正在核查。",
        "6月10日至6月12日开展“上半年监督检查”，检查3个单位，区应急管理局参加。",
        "6月监督检查发现问题2个，整改销号1个；截至月末未销号1个。",
        "6月10日，通报：关于进展滞后单位的通报（海工强办〔2020〕3号），涉及古林镇、横街镇。",
        "本年度方案没有重点工作任务。",
        "全区",
      ]),
    );
  });
});
