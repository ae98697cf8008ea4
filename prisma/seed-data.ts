// The 2020 campaign exactly as in 海曙区2020年淘汰落后产能及“低散乱”整治提升工作要点 and its annex.
import type { Dimension, MeasureUnit, UnitKind } from "../lib/generated/prisma/enums";

export const CAMPAIGN_2020 = {
  year: 2020,
  title: "海曙区2020年淘汰落后产能及“低散乱”整治提升",
  startDate: new Date("2020-01-01"),
  deadline: new Date("2020-12-31"),
};

/** [name, kind, code, ELIMINATION, RECTIFICATION, login]; null = "/" (not applicable). */
export const UNITS: [string, UnitKind, string, number | null, number | null, string][] = [
  ["集士港镇", "TOWN", "330203102", 3, 28, "jishigang"],
  ["古林镇", "TOWN", "330203103", 3, 28, "gulin"],
  ["高桥镇", "TOWN", "330203100", 3, 28, "gaoqiao"],
  ["横街镇", "TOWN", "330203101", 1, 15, "hengjie"],
  ["鄞江镇", "TOWN", "330203105", 1, 9, "yinjiang"],
  ["洞桥镇", "TOWN", "330203104", 3, 20, "dongqiao"],
  ["章水镇", "TOWN", "330203106", 1, 3, "zhangshui"],
  ["龙观乡", "XIANG", "330203200", 1, 3, "longguan"],
  ["石碶街道", "SUBDISTRICT", "330203009", 3, 25, "shiqi"],
  ["月湖街道", "SUBDISTRICT", "330203004", null, null, "yuehu"],
  ["西门街道", "SUBDISTRICT", "330203003", null, null, "ximen"],
  ["江厦街道", "SUBDISTRICT", "330203002", null, null, "jiangxia"],
  ["南门街道", "SUBDISTRICT", "330203001", null, null, "nanmen"],
  ["鼓楼街道", "SUBDISTRICT", "330203005", null, null, "gulou"],
  ["白云街道", "SUBDISTRICT", "330203006", null, null, "baiyun"],
  ["望春街道", "SUBDISTRICT", "330203008", null, 3, "wangchun"],
  ["段塘街道", "SUBDISTRICT", "330203007", null, 3, "duantang"],
  // The park has no statistical division code: an internal one, marked by the letter.
  ["望春工业园区", "PARK", "330203P01", 2, null, "wangchunpark"],
];

/** [code, name, login or null for 区工强办 (its login is `office`)]. */
export const DEPARTMENTS: [string, string, string][] = [
  ["GQB", "区工强办", "office"],
  ["FGJ", "区发改局", "fgj"],
  ["JXJ", "区经信局", "jxj"],
  ["STHJ", "海曙生态环境分局", "sthj"],
  ["SCJG", "区市场监管局", "scjg"],
  ["YJGL", "区应急管理局", "yjgl"],
  ["ZRZY", "海曙自然资源和规划分局", "zrzy"],
  ["ZJJ", "区住建局", "zjj"],
  ["ZHZF", "区综合行政执法局", "zhzf"],
];

export type TaskLineSeed = {
  code: string;
  dimension: Dimension;
  title: string;
  measure: MeasureUnit;
  target: number | null;
  atLeast?: boolean;
  leads: string[];
  items?: string[];
};

export const TASK_LINES: TaskLineSeed[] = [
  {
    code: "T1",
    dimension: "ENERGY",
    title: "重点行业节能专项监察，重点核查能耗限额（定额）标准执行情况",
    measure: "ENTERPRISE",
    target: 13,
    leads: ["FGJ"],
  },
  {
    code: "T2",
    dimension: "ENERGY",
    title: "燃煤热电企业能耗限额对标专项监察",
    measure: "ENTERPRISE",
    target: 1,
    leads: ["FGJ"],
  },
  {
    code: "T3",
    dimension: "ENVIRONMENT",
    title: "涉VOCs排放企业深度治理",
    measure: "ENTERPRISE",
    target: 10,
    atLeast: true,
    leads: ["STHJ"],
  },
  {
    code: "T4",
    dimension: "ENVIRONMENT",
    title: "工业废气治理重点任务",
    measure: "ITEM",
    target: null,
    leads: ["STHJ"],
    items: ["完成燃气锅炉低氮改造", "督促望春工业园区完成废气治理", "开展工业炉窑大气综合治理"],
  },
  {
    code: "T5",
    dimension: "ENVIRONMENT",
    title: "“绿剑·卫蓝”“绿剑·护水”“绿剑·净土”专项执法行动",
    measure: "CASE",
    target: null,
    leads: ["STHJ"],
  },
  {
    code: "T6",
    dimension: "QUALITY",
    title: "产品质量不达标产能依法整治（责令改正、公告、复查、责令停业与限期整顿、吊销营业执照）",
    measure: "CASE",
    target: null,
    leads: ["SCJG"],
  },
  {
    code: "T6b",
    dimension: "QUALITY",
    title: "严格生产许可准入，严厉打击无证违法生产（注销被依法关停企业的生产许可证）",
    measure: "CASE",
    target: null,
    leads: ["SCJG"],
  },
  {
    code: "T7",
    dimension: "SAFETY",
    title: "有限空间作业企业整治",
    measure: "ENTERPRISE",
    target: 61,
    leads: ["YJGL"],
  },
  {
    code: "T8",
    dimension: "SAFETY",
    title: "涉及使用危险化学品企业专项整治",
    measure: "ENTERPRISE",
    target: 185,
    leads: ["YJGL"],
  },
  {
    code: "T9",
    dimension: "INDUSTRIAL_POLICY",
    title: "淘汰类落后生产工艺装备拆除或封存",
    measure: "CASE",
    target: null,
    leads: ["FGJ", "JXJ"],
  },
  {
    code: "T10",
    dimension: "INDUSTRIAL_POLICY",
    title: "钢铁行业三条红线监管巡查及化解过剩产能“回头看”",
    measure: "INSPECTION",
    target: null,
    leads: ["FGJ"],
  },
  {
    code: "T11a",
    dimension: "PREMISES",
    title: "非法占用集体土地企业（作坊）的依法整治",
    measure: "CASE",
    target: null,
    leads: ["ZRZY"],
  },
  {
    code: "T11",
    dimension: "PREMISES",
    title: "盘活存量建设用地",
    measure: "MU",
    target: 1200,
    atLeast: true,
    leads: ["ZRZY"],
  },
  {
    code: "T12",
    dimension: "PREMISES",
    title: "实施城镇低效用地再开发",
    measure: "MU",
    target: 1500,
    atLeast: true,
    leads: ["ZRZY"],
  },
  {
    code: "T13",
    dimension: "PREMISES",
    title: "未取得施工许可证的违法项目涉及企业（作坊）整治及违法建设清剿",
    measure: "CASE",
    target: null,
    leads: ["ZJJ"],
  },
  {
    code: "T14",
    dimension: "PREMISES",
    title: "城镇规划区内违法建筑经营企业（作坊）整治",
    measure: "CASE",
    target: null,
    leads: ["ZHZF"],
  },
];

/** Outcome categories of a rectification (configurable; these are the defaults). */
export const RECTIFICATION_OUTCOMES = ["关停淘汰", "整合入园", "规范提升"];

export const DEMO_PASSWORD = "Demo@2020";

// city (docs/domain.md §市级): the default city and district, exactly as the migration
// 20261208100400_city_districts makes them for an existing installation.
export const DEFAULT_CITY = {
  code: "330200",
  name: "宁波市",
  officeName: "宁波市工业强市建设领导小组办公室",
  officeShortName: "市工强办",
};
export const DEFAULT_DISTRICT = {
  code: "330203",
  name: "海曙区",
  officeName: "海曙区工业强区建设领导小组办公室",
  officeShortName: "区工强办",
  docPrefix: "海工强办",
  displayOrder: 1,
};
