import { type Browser, expect, type Page, test } from "@playwright/test";

import { confirmInPage, loginAs, photo, register, uploadTo } from "./helpers";

// The city (docs/domain.md §市级) end to end, on the city demo the end-to-end server seeds (prisma/seed-city.ts):
// 海曙区 from the work plan and the generated 江北区 (示例数据, code 330205) with its office `jiangbei` and
// 慈城镇's officer `cicheng`. The journey registers its own case in 慈城镇 — a unit no other spec file reads —
// and reads the roll-up before and after, so this file passes alone and before or after the others.
// One sign-in per actor, shared by the tests of this file (they run in order, on one worker).
test.describe.configure({ mode: "serial" });

const NOT_FOUND = "页面不存在或无权访问";
const HAISHU = "330203";
const JIANGBEI = "330205";

let city: Page;
let haishuOffice: Page;
let jiangbeiOffice: Page;
let cicheng: Page;

async function signedIn(browser: Browser, username: string, landing: RegExp) {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username, landing);
  return page;
}

test.beforeAll(async ({ browser }) => {
  city = await signedIn(browser, "city", /\/city$/);
  haishuOffice = await signedIn(browser, "office", /\/todo$/);
  jiangbeiOffice = await signedIn(browser, "jiangbei", /\/todo$/);
  cicheng = await signedIn(browser, "cicheng", /\/units\/\d+$/);
});
test.afterAll(async () => {
  for (const page of [city, haishuOffice, jiangbeiOffice, cicheng]) await page?.context().close();
});

const row = (code: string) => city.getByTestId(`city-row-${code}`);
/** A district's 已验收 of a category on 全市总览, as a number. */
async function accepted(code: string, category: "ELIMINATION" | "RECTIFICATION") {
  return Number(await row(code).getByTestId(`accepted-${category}`).textContent());
}

test("the city office lands on 全市总览: 海曙区 21 / 165 from its own units, 江北区 marked 示例数据; 海曙区's drill-down is read-only", async () => {
  await expect(city.getByRole("heading", { level: 1 })).toHaveText(/^\d{4}年度全市总览$/);
  // 2020, the year of both districts' demo campaigns (another spec may have made a later year current).
  await city.goto("/city?year=2020");
  const haishu = row(HAISHU);
  await expect(haishu.getByRole("rowheader")).toContainText("海曙区");
  await expect(haishu.getByTestId("sample-badge")).toHaveCount(0);
  // The breakdown to its units: the work plan's annex (the city's 2020 target is city-targets.spec's to change).
  await expect(haishu.getByTestId("quotas-ELIMINATION")).toHaveText("21");
  await expect(haishu.getByTestId("quotas-RECTIFICATION")).toHaveText("165");
  await expect(haishu.getByTestId("target-RECTIFICATION")).toHaveText("165");
  await expect(row(JIANGBEI).getByTestId("sample-badge")).toHaveText("示例数据");
  await expect(city.getByTestId("sample-note")).toContainText("江北区的数字为演示生成的示例数据");

  await haishu.getByRole("link", { name: "海曙区", exact: true }).click();
  await expect(city).toHaveURL(new RegExp(`/city/districts/${HAISHU}`));
  await expect(city.getByRole("heading", { level: 1 })).toContainText("海曙区 · ");
  await expect(city.getByText("只读", { exact: true })).toBeVisible();
  await expect(city.getByTestId("sample-badge")).toHaveCount(0);
  await expect(city.getByRole("table", { name: "目标任务分解表及完成情况" })).toBeVisible();
  // Read-only: nothing to export, register, review or publish — neither on 全区总览 nor in 整治台账.
  const actions = /导出|下载|登记|上报|验收通过|退回|发布|交办|保存|删除/;
  await expect(city.getByRole("main").getByRole("button", { name: actions })).toHaveCount(0);
  await expect(city.getByRole("main").getByRole("link", { name: actions })).toHaveCount(0);
  await city.getByRole("link", { name: "整治台账" }).click();
  await expect(city).toHaveURL(new RegExp(`/city/districts/${HAISHU}/cases`));
  await expect(city.getByRole("main").getByRole("link", { name: /^\S+/ }).first()).toBeVisible();
  await expect(city.getByRole("main").getByRole("button", { name: actions })).toHaveCount(0);
  await expect(city.getByRole("main").getByRole("link", { name: actions })).toHaveCount(0);
});

// 2021: the city office issues 江北区's targets, above its 2020 breakdown (10 / 100); 江北区's office opens 2021
// (copied from 2020), sees the gap on its 目标任务分解表 and splits the rest over 慈城镇; the city reads 已分解.
// 海曙区's side of 2021 (the city's targets, its office's split by importing the annex) is campaigns.spec's, which
// owns 海曙区's 2021; 2020 and 2022 are city-targets.spec's.
test("the city office sets 江北区's 2021 targets; 江北区's office opens 2021 and splits them over its units", async () => {
  await city.goto("/city/targets?year=2021");
  await expect(city.getByRole("heading", { level: 1 })).toHaveText("2021年度区县目标");
  await city.getByLabel("江北区淘汰落后产能目标").fill("12");
  await city.getByLabel("江北区“低散乱”整治提升目标").fill("110");
  await city.getByRole("button", { name: "保存目标" }).click();
  await expect(city.getByText("已保存 2021 年度区县目标（修改 2 项）")).toBeVisible();
  const jiangbeiTargets = city.getByRole("row", { name: /江北区/ });
  await expect(jiangbeiTargets).toContainText("未开展");

  await jiangbeiOffice.goto("/admin/campaigns");
  await expect(jiangbeiOffice.getByLabel("年度", { exact: true })).toHaveValue("2021");
  await jiangbeiOffice.getByRole("button", { name: "新建年度" }).click();
  await expect(jiangbeiOffice.getByRole("heading", { level: 1, name: /^2021年度/ })).toBeVisible({ timeout: 15_000 });
  const gap = jiangbeiOffice.getByTestId("city-target-gap");
  await expect(gap).toContainText("淘汰落后产能：市下达目标 12 家，已分解 10 家，尚差 2 家");
  await expect(gap).toContainText("“低散乱”整治提升：市下达目标 110 家，已分解 100 家，尚差 10 家");
  await expect(jiangbeiOffice.getByLabel("慈城镇淘汰落后产能目标")).toHaveValue("4");
  await jiangbeiOffice.getByLabel("慈城镇淘汰落后产能目标").fill("6");
  await jiangbeiOffice.getByLabel("慈城镇“低散乱”整治提升目标").fill("40");
  await jiangbeiOffice.getByRole("button", { name: "保存目标" }).click();
  await expect(jiangbeiOffice.getByText("已保存目标任务分解表（修改 2 项）")).toBeVisible();
  await expect(gap).toHaveCount(0);

  await city.reload();
  await expect(jiangbeiTargets).toContainText("已分解");
  await expect(jiangbeiTargets).not.toContainText("差");
});

let jiangbeiCase = "";
let jiangbeiUnit = "";
let jiangbeiEvidence = "";
let jiangbeiNotice = "";

test("慈城镇 (江北区) registers and submits an 整治对象, 江北区's office accepts it: the roll-up counts it for 江北区, not 海曙区", async () => {
  await city.goto("/city?year=2020");
  const before = {
    haishu: await accepted(HAISHU, "RECTIFICATION"),
    jiangbei: await accepted(JIANGBEI, "RECTIFICATION"),
  };

  jiangbeiUnit = new URL(cicheng.url()).pathname;
  // 江北区's own township sees the 示例数据 note of its generated district.
  await expect(cicheng.getByText("示例数据").first()).toBeVisible();
  const name = `慈城小作坊${Date.now() % 10000}`;
  jiangbeiCase = new URL(await register(cicheng, name, "“低散乱”整治提升", "质量")).pathname;
  await uploadTo(cicheng, "整治前照片", await photo("整治前.jpg", "#555555"));
  await uploadTo(cicheng, "整治后照片", await photo("整治后.jpg", "#aaaaaa"));
  jiangbeiEvidence = (await cicheng.getByRole("img", { name: "整治前.jpg" }).getAttribute("src"))!.replace(/\?.*$/, "");
  expect(jiangbeiEvidence).toMatch(/^\/api\/evidence\/\w+$/);
  await cicheng.getByRole("button", { name: "上报验收", exact: true }).click();
  await cicheng.getByRole("button", { name: "确认上报验收" }).click();
  await expect(cicheng.getByText("已上报验收")).toBeVisible();

  await jiangbeiOffice.goto(jiangbeiCase);
  await expect(jiangbeiOffice.getByRole("heading", { name, level: 1 })).toBeVisible();
  await jiangbeiOffice.getByRole("button", { name: "验收通过", exact: true }).click();
  // The test photos carry no capture time: the acceptance confirms the flags were checked.
  await jiangbeiOffice.getByRole("checkbox", { name: /已核实/ }).check();
  await jiangbeiOffice.getByLabel("核实说明（记入审核记录）").fill("已核实照片");
  await jiangbeiOffice.getByRole("button", { name: "确认验收通过" }).click();
  await expect(jiangbeiOffice.getByText(/上一件已验收通过|已验收通过：/)).toBeVisible();

  await city.reload();
  expect(await accepted(JIANGBEI, "RECTIFICATION")).toBe(before.jiangbei + 1);
  expect(await accepted(HAISHU, "RECTIFICATION")).toBe(before.haishu);
  // The figure opens 江北区's ledger of exactly those records, the new case among them.
  await row(JIANGBEI).getByTestId("accepted-RECTIFICATION").click();
  await expect(city).toHaveURL(new RegExp(`/city/districts/${JIANGBEI}/cases`));
  await expect(city.getByRole("row", { name: new RegExp(name) })).toContainText("已验收");
});

test("a district office cannot open the other district's case, unit, evidence, 佐证材料包 or 通报", async () => {
  // 江北区's office publishes a 通报 naming 慈城镇 (the data of a fixed day of the 2020 campaign).
  await jiangbeiOffice.goto("/supervision");
  await jiangbeiOffice.locator("summary", { hasText: "发布通报" }).click();
  await jiangbeiOffice.getByLabel("通报日期").fill("2020-06-30");
  const units = jiangbeiOffice.getByRole("group", { name: /被通报单位/ });
  await expect(units.getByRole("checkbox", { name: /慈城镇/ })).toBeVisible();
  await expect(units).not.toContainText("洞桥镇"); // its own townships only
  await units.getByRole("checkbox", { name: /慈城镇/ }).check();
  await jiangbeiOffice.getByRole("button", { name: "生成通报稿" }).click();
  await jiangbeiOffice.getByLabel("通报标题").fill(`关于慈城镇工作进展的通报${Date.now() % 10000}`);
  const title = await jiangbeiOffice.getByLabel("通报标题").inputValue();
  await jiangbeiOffice.getByRole("button", { name: "发布通报" }).click();
  await confirmInPage(jiangbeiOffice, /^确定发布通报吗？/);
  const card = jiangbeiOffice.getByTestId("notice-CIRCULAR").filter({ hasText: title });
  // Numbered with 江北区's own 发文机关代字, never 海曙区's.
  await expect(card.getByTestId("reference-no")).toHaveText(/^北工强办〔2020〕\d+号$/);
  jiangbeiNotice = (await card.getByRole("link", { name: "下载通报（Word）" }).getAttribute("href"))!;
  expect(jiangbeiNotice).toMatch(/^\/api\/documents\/notices\/\w+$/);
  expect((await jiangbeiOffice.request.get(jiangbeiNotice)).status()).toBe(200);

  // 海曙区's office: not found, whichever of 江北区's pages or files it asks for.
  for (const path of [jiangbeiCase, jiangbeiUnit]) {
    const response = await haishuOffice.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(haishuOffice.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
  }
  const caseId = jiangbeiCase.split("/").pop()!;
  const unitId = jiangbeiUnit.split("/").pop()!;
  for (const path of [jiangbeiEvidence, `/api/archive/cases/${caseId}`, `/api/archive/units/${unitId}`, jiangbeiNotice])
    expect((await haishuOffice.request.get(path)).status(), path).toBe(404);
  await haishuOffice.goto("/supervision");
  await expect(haishuOffice.getByText(title)).toHaveCount(0);
  await haishuOffice.goto("/cases");
  await expect(haishuOffice.getByRole("main")).not.toContainText("慈城镇");

  // 江北区's office likewise on a 海曙区 case and unit (the first of 海曙区's ledger and dashboard).
  const haishuCase = await haishuOffice
    .getByRole("main")
    .locator('a[href^="/cases/"]:not([href^="/cases/new"])')
    .first()
    .getAttribute("href");
  await haishuOffice.goto("/dashboard");
  const haishuUnit = await haishuOffice.getByRole("main").locator('a[href^="/units/"]').first().getAttribute("href");
  for (const path of [haishuCase!, haishuUnit!]) {
    const response = await jiangbeiOffice.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(jiangbeiOffice.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
  }
  const haishuCaseId = haishuCase!.split("/").pop()!;
  expect((await jiangbeiOffice.request.get(`/api/archive/cases/${haishuCaseId}`)).status()).toBe(404);
});
