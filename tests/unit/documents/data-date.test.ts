// 数据截至: a document states one data date and keeps to it (lib/documents/data-date.ts), and a published .docx is
// the same file whenever it is rendered again (lib/documents/render-docx.ts fixes every date it carries).
import { describe, expect, it, vi } from "vitest";

import { circularDocument } from "@/lib/documents/circular";
import { dataDateConflictMessage, dataDateConflicts, dataDateOf, dataDateRefusal } from "@/lib/documents/data-date";
import { interviewDocument } from "@/lib/documents/interview";
import { HAISHU_ISSUER } from "@/lib/documents/office";
import { renderDocx } from "@/lib/documents/render-docx";

import { readDocx, unzip } from "../../helpers/unzip";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("the data date of a document", () => {
  it("is the document's own date unless the office chose another", () => {
    expect(dataDateOf(day("2020-07-03"), null)).toEqual(day("2020-07-03"));
    expect(dataDateOf(day("2020-07-03"), day("2020-06-30"))).toEqual(day("2020-06-30"));
  });

  it("may not come after the document's date, nor after today (Beijing)", () => {
    const now = new Date("2020-07-03T17:00:00Z"); // 4 July, 01:00 in Beijing
    expect(dataDateRefusal(day("2020-06-30"), day("2020-07-03"), now)).toBeNull();
    expect(dataDateRefusal(day("2020-07-04"), day("2020-07-04"), now)).toBeNull();
    expect(dataDateRefusal(day("2020-07-02"), day("2020-07-01"), now)).toBe("数据截至日期不能晚于通报日期");
    expect(dataDateRefusal(day("2020-07-05"), day("2020-07-06"), now, "约谈")).toMatch(/^数据截至日期不能晚于今天/);
  });
});

describe("a text keeping to its data date", () => {
  const june30 = day("2020-06-30");

  it("passes when every 截至 and 序时进度 is the data date's", () => {
    expect(dataDateConflicts("截至2020年6月30日，全年序时进度为49%，古林镇滞后。", june30, 49.3)).toEqual([]);
    expect(dataDateConflicts("请于7月10日前报送整改措施。", june30, 49.3)).toEqual([]);
  });

  it("names a 截至 of another day and a time progress of another day", () => {
    const problems = dataDateConflicts("截至2026年12月7日，全年序时进度为100%，现予以通报。", june30, 49.3);
    expect(problems).toEqual([
      "写的是“截至2026年12月7日”，数据截至2020年6月30日",
      "写的是“序时进度100%”，2020年6月30日的序时进度为49%",
    ]);
    expect(dataDateConflictMessage(problems)).toMatch(/^正文与数据截至日期不一致：.*。请重新生成或修改正文$/);
  });

  it("reads the forms written by hand: spaces, leading zeros, 序时进度 without 为", () => {
    expect(dataDateConflicts("截至 2020 年 06 月 30 日，序时进度49%", june30, 49.3)).toEqual([]);
    expect(dataDateConflicts("截至2020年7月1日", june30, 49.3)).toHaveLength(1);
  });
});

describe("the .docx of a published document", () => {
  const model = circularDocument({
    issuer: HAISHU_ISSUER,
    title: "关于进展滞后单位的通报",
    referenceNo: "海工强办〔2020〕3号",
    recipients: null,
    body: "截至2020年6月30日，全年序时进度为49%。",
    date: day("2020-06-30"),
    dataDate: day("2020-06-30"),
    figures: {
      at: "2020-06-30T15:59:59.999Z",
      elapsed: 49.3,
      units: [
        {
          unitId: 1,
          name: "古林镇",
          lagReason: null,
          figures: {
            ELIMINATION: { target: 3, accepted: 1, submitted: 0, completion: 100 / 3 },
            RECTIFICATION: { target: null, accepted: 0, submitted: 0, completion: null },
          },
        },
      ],
    },
  });
  const published = new Date("2020-06-30T09:15:00Z");

  it("is the same bytes whenever rendered again for the same moment of publication", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2020-07-01T00:00:00Z") });
    try {
      const first = await renderDocx(model, published);
      vi.setSystemTime(new Date("2026-12-07T08:00:00Z"));
      const again = await renderDocx(model, published);
      expect(again.equals(first)).toBe(true);
      // Another moment of publication is another file (its properties say when).
      expect((await renderDocx(model, new Date("2020-07-01T00:00:00Z"))).equals(first)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("carries the moment of publication as its dates, never the moment of rendering", async () => {
    const entries = await unzip(await renderDocx(model, published));
    const core = entries.find((e) => e.path === "docProps/core.xml")!.bytes.toString();
    expect(core).toContain(">2020-06-30T09:15:00Z</dcterms:created>");
    expect(core).toContain(">2020-06-30T09:15:00Z</dcterms:modified>");
    const { paragraphs } = await readDocx(await renderDocx(model, published));
    expect(paragraphs).toEqual(
      expect.arrayContaining(["（数据截至二〇二〇年六月三十日，全年序时进度49%）", "二〇二〇年六月三十日"]),
    );
  });

  it("a 约谈记录 says the day its figures stand at", () => {
    const table = interviewDocument({
      issuer: HAISHU_ISSUER,
      title: "约谈古林镇",
      referenceNo: null,
      unitName: "古林镇",
      date: day("2020-07-03"),
      startTime: null,
      place: null,
      participants: "某某",
      body: "截至2020年6月30日，全年序时进度为49%。",
      commitments: null,
      followUpDate: null,
      dataDate: day("2020-06-30"),
    }).sections[0].blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows).toContainEqual(["进展数据截至", "二〇二〇年六月三十日"]);
  });
});
