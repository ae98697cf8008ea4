import { describe, expect, it } from "vitest";

import { districtFigures, type DistrictFiguresInput } from "@/lib/city/circular";
import { issueCityCircularInput } from "@/lib/city/circular-input";
import {
  CITY_RECIPIENTS,
  cityCircularConflicts,
  cityCircularDocument,
  cityIssuer,
  draftCityCircular,
  figuresOfDistrict,
  laggingDistricts,
} from "@/lib/documents/city-circular";
import { modelText } from "@/lib/documents/model";
import { nextReferenceNo } from "@/lib/documents/reference-no";

const CITY = cityIssuer({
  officeName: "宁波市工业强市建设领导小组办公室",
  officeShortName: "市工强办",
  docPrefix: "甬工强办",
});
const day = (s: string) => new Date(`${s}T00:00:00Z`);

const input = (over: Partial<DistrictFiguresInput> = {}): DistrictFiguresInput => ({
  districtId: 1,
  name: "江北区",
  targets: {},
  own: {
    ELIMINATION: { quotaSum: 10, accepted: 2, submitted: 1 },
    RECTIFICATION: { quotaSum: 40, accepted: 30, submitted: 0 },
  },
  elapsed: 50,
  thresholdPoints: 20,
  ended: false,
  ...over,
});

describe("which districts lag (the district's own rule on the city roll-up's district rows)", () => {
  it("flags a category whose completion is more than the threshold below the elapsed share", () => {
    const d = districtFigures(input());
    // 2/10 = 20% < 50% − 20: lagging; 30/40 = 75%: on pace.
    expect(d.lagReason).toBe("淘汰落后产能完成 2/10，序时进度 50%");
    expect(d.figures.ELIMINATION).toEqual({ target: 10, against: "QUOTAS", accepted: 2, submitted: 1, completion: 20 });
  });

  it("is not lagging exactly at the threshold, and never for “/”", () => {
    expect(
      districtFigures(input({ own: { ...input().own, ELIMINATION: { quotaSum: 10, accepted: 3, submitted: 0 } } }))
        .lagReason,
    ).toBeNull();
    const none = districtFigures(
      input({
        own: {
          ELIMINATION: { quotaSum: null, accepted: 0, submitted: 0 },
          RECTIFICATION: { quotaSum: null, accepted: 0, submitted: 0 },
        },
      }),
    );
    expect(none.lagReason).toBeNull();
    expect(none.figures.ELIMINATION.completion).toBeNull();
  });

  it("reads completion against the city's target once issued, and the city's “/” leaves the category out", () => {
    // The district broke down 10 but the city gave it 4: 2/4 = 50%, on pace.
    const d = districtFigures(input({ targets: { ELIMINATION: 4 } }));
    expect(d.figures.ELIMINATION).toMatchObject({ target: 4, against: "CITY", completion: 50 });
    expect(d.lagReason).toBeNull();
    const slash = districtFigures(input({ targets: { ELIMINATION: null } }));
    expect(slash.figures.ELIMINATION).toMatchObject({ target: null, against: null, completion: null });
    expect(slash.lagReason).toBeNull();
  });

  it("once the district's year is over names what was not reached instead of lagging", () => {
    const d = districtFigures(input({ ended: true, elapsed: 100 }));
    expect(d.lagReason).toBe("淘汰落后产能未完成（完成 2/10）；“低散乱”整治提升未完成（完成 30/40）");
  });

  it("pre-selects exactly the districts with a reason", () => {
    const rows = [districtFigures(input()), districtFigures(input({ districtId: 2, targets: { ELIMINATION: 4 } }))];
    expect(laggingDistricts(rows)).toEqual([1]);
  });
});

describe("the city 通报's draft and document", () => {
  const slow = districtFigures(input());
  const other = districtFigures(input({ districtId: 2, name: "镇海区" }));

  it("drafts title, the city's 发文字号, 主送 of the districts' offices and a paragraph per district as of 数据截至", () => {
    const draft = draftCityCircular({
      districts: [slow, other],
      dataDate: day("2020-06-30"),
      year: 2020,
      referenceNo: "甬工强办〔2020〕1号",
      issuer: CITY,
    });
    expect(draft.title).toBe("关于2020年淘汰落后产能及“低散乱”整治提升工作进展滞后区县（市）的通报");
    expect(draft.referenceNo).toBe("甬工强办〔2020〕1号");
    expect(draft.recipients).toBe(CITY_RECIPIENTS);
    expect(draft.body).toContain(
      "市工强办对各区县（市）工作进展情况进行了汇总。截至2020年6月30日，全年序时进度为50%，江北区、镇海区工作进展滞后",
    );
    expect(draft.body).toContain("江北区：淘汰落后产能分解目标10家，已验收2家，待验收1家，完成率20%；");
    expect(draft.body).toContain("书面报送市工强办");
    // The draft keeps to its own data date.
    expect(cityCircularConflicts(draft.body, day("2020-06-30"), [slow, other])).toEqual([]);
  });

  it("says “目标” against the city's target, and states no common elapsed share when the districts' differ", () => {
    const mixed = [
      districtFigures(input({ targets: { ELIMINATION: 4 } })),
      districtFigures(input({ districtId: 2, name: "镇海区", elapsed: 60 })),
    ];
    const draft = draftCityCircular({
      districts: mixed,
      dataDate: day("2020-06-30"),
      year: 2020,
      referenceNo: "x",
      issuer: CITY,
    });
    expect(draft.body).toContain("江北区：淘汰落后产能目标4家");
    expect(draft.body).not.toContain("全年序时进度");
    // Then a stated elapsed share is not checked, a stated day still is.
    expect(cityCircularConflicts("序时进度为10%", day("2020-06-30"), mixed)).toEqual([]);
    expect(cityCircularConflicts("截至2020年5月31日", day("2020-06-30"), mixed)).toHaveLength(1);
    expect(cityCircularConflicts("序时进度为10%", day("2020-06-30"), [slow])).toHaveLength(1);
  });

  it("is a document from the city office: 红头, 发文字号, 主送, text, annex of the named districts, 落款", () => {
    const model = cityCircularDocument({
      title: "关于进展滞后区县（市）的通报",
      referenceNo: "甬工强办〔2020〕1号",
      recipients: "",
      body: "一、情况\n江北区滞后。",
      date: day("2020-07-01"),
      dataDate: day("2020-06-30"),
      figures: { at: "2020-06-30T15:59:59.999Z", year: 2020, districts: [slow] },
      issuer: CITY,
    });
    const text = modelText(model);
    expect(text[0]).toBe("宁波市工业强市建设领导小组办公室");
    expect(text).toContain("甬工强办〔2020〕1号");
    expect(text).toContain(`${CITY_RECIPIENTS}：`);
    expect(text.join("\n")).toContain("二〇二〇年七月一日");
    expect(text.join("\n")).toContain("数据截至二〇二〇年六月三十日，全年序时进度50%");
    expect(model.sections).toHaveLength(2);
  });

  it("gives a district its own row only", () => {
    const figures = { at: "", year: 2020, districts: [slow, other] };
    expect(figuresOfDistrict(figures, 2).districts.map((d) => d.name)).toEqual(["镇海区"]);
  });
});

describe("the city's 发文字号", () => {
  it("numbers on from the city's own highest of the year, ignoring the districts' and other years'", () => {
    expect(nextReferenceNo([], CITY.docPrefix, 2020)).toBe("甬工强办〔2020〕1号");
    expect(
      nextReferenceNo(["甬工强办〔2020〕2号", "甬工强办〔2019〕9号", "海工强办〔2020〕7号"], CITY.docPrefix, 2020),
    ).toBe("甬工强办〔2020〕3号");
  });

  it("accepts a typed number in any usual brackets and refuses anything else at its field", () => {
    const base = { year: 2020, districtIds: [1], title: "通报标题", body: "通报内容通报", date: "2020-07-01" };
    expect(issueCityCircularInput.parse({ ...base, referenceNo: "甬工强办[2020]03号" }).referenceNo).toBe(
      "甬工强办〔2020〕3号",
    );
    const bad = issueCityCircularInput.safeParse({ ...base, referenceNo: "第三号" });
    expect(bad.success).toBe(false);
    expect(issueCityCircularInput.safeParse({ ...base, districtIds: [] }).success).toBe(false);
  });
});
