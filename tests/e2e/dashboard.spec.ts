import { readFileSync } from "node:fs";

import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";

import { loginAs } from "./helpers";

// Figures come from the fixture cases of tests/e2e/fixtures.ts (洞桥镇, 望春街道, 集士港镇), units no
// other spec file changes. Other journeys (case workflow, 回访) move other units and so the district
// totals; the district row is checked as the sum of the unit rows, whatever ran before. The 2020
// campaign is over, so it reads 已结束 with final figures: 完成/未完成, no time progress, no slow units.

const annex = (page: Page) => page.getByRole("table", { name: "目标任务分解表及完成情况" });
const UNITS = [
  "集士港镇",
  "古林镇",
  "高桥镇",
  "横街镇",
  "鄞江镇",
  "洞桥镇",
  "章水镇",
  "龙观乡",
  "石碶街道",
  "月湖街道",
  "西门街道",
  "江厦街道",
  "南门街道",
  "鼓楼街道",
  "白云街道",
  "望春街道",
  "段塘街道",
  "望春工业园区",
];

/** The district row the unit rows add up to: target, registered, awaiting review, accepted, completion — twice. */
async function districtFromUnits(page: Page) {
  const sums = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const name of UNITS) {
    const cells = await annex(page)
      .getByRole("row", { name: new RegExp(`^${name}`) })
      .getByRole("cell")
      .allInnerTexts();
    expect(cells, name).toHaveLength(10);
    [0, 1, 2, 3, 5, 6, 7, 8].forEach((col, i) => {
      sums[i] += cells[col] === "/" ? 0 : Number(cells[col]);
    });
  }
  const percent = (accepted: number, target: number) => `${Math.round((accepted / target) * 100)}%`;
  const [t1, r1, s1, a1, t2, r2, s2, a2] = sums;
  return [t1, r1, s1, a1, percent(a1, t1), t2, r2, s2, a2, percent(a2, t2)].map(String);
}

async function readXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

function column(ws: ExcelJS.Worksheet, col: number, fromRow: number) {
  const out: string[] = [];
  for (let n = fromRow; n <= ws.rowCount; n++) out.push(String(ws.getCell(n, col).value ?? ""));
  return out;
}

test("office sees the fixture cases rolled up, unfinished units explained, and drill-downs into the case list", async ({
  page,
}) => {
  await loginAs(page, "office", /\/todo$/);
  await page.goto("/dashboard");
  await expect(page.getByTestId("phase")).toHaveText("已结束");
  await expect(page.getByTestId("elapsed")).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText(/序时进度(为)?\s*\d+(\.\d+)?%/); // the chart's 序时进度 line stays, no figure
  await expect(page.getByRole("main")).not.toContainText("进展较慢：");

  const dongqiao = annex(page).getByRole("row", { name: /洞桥镇/ });
  // target, registered, awaiting review, accepted, completion — for both categories.
  await expect(dongqiao.getByRole("cell")).toHaveText(["3", "2", "1", "1", "33%", "20", "3", "0", "2", "10%"]);
  await expect(dongqiao).toHaveAttribute("data-incomplete", "true");
  await expect(dongqiao).not.toHaveAttribute("data-lagging", "true");
  await expect(dongqiao).toContainText("淘汰落后产能未完成（完成 1/3）；整治提升未完成（完成 2/20）");
  const wangchun = annex(page).getByRole("row", { name: /望春街道/ });
  await expect(wangchun.getByRole("cell")).toHaveText(["/", "0", "0", "0", "/", "3", "1", "0", "1", "33%"]);
  const district = await districtFromUnits(page);
  expect([district[0], district[5]]).toEqual(["21", "165"]);
  await expect(annex(page).getByRole("row", { name: /全区/ }).getByRole("cell")).toHaveText(district);
  await expect(page.getByTestId("card-ELIMINATION")).toContainText(`${district[3]} / 21 家已验收`);
  await expect(page.getByTestId("card-RECTIFICATION")).toContainText(`${district[8]} / 165 家已验收`);
  await expect(page.getByTestId("card-ELIMINATION").getByTestId("verdict")).toHaveText("未完成");

  const unitHref = await dongqiao.getByRole("link", { name: "洞桥镇", exact: true }).getAttribute("href");
  const unitId = unitHref!.match(/^\/cases\?unit=(\d+)$/)![1];
  await expect(dongqiao.getByRole("link", { name: "1", exact: true }).first()).toHaveAttribute(
    "href",
    `/cases?unit=${unitId}&status=SUBMITTED&category=ELIMINATION`,
  );
  // The one elimination awaiting review in the district is 洞桥镇's (no other journey leaves one submitted).
  await expect(
    page.getByTestId("card-ELIMINATION").locator('a[href="/cases?status=SUBMITTED&category=ELIMINATION"]'),
  ).toHaveText("1");

  // Each chart draws (recharts, loaded on demand) and has its data as a table.
  const status = page.getByRole("figure", { name: "办理状态分布" });
  await expect(page.getByTestId("chart-status-chart").locator(".recharts-wrapper > svg")).toBeVisible();
  await status.getByText("查看数据表").click();
  const submitted = status.getByRole("row", { name: /已上报/ });
  await expect(submitted.getByRole("link", { name: "1", exact: true })).toHaveAttribute(
    "href",
    "/cases?status=SUBMITTED&category=ELIMINATION",
  );
  const units = page.getByRole("figure", { name: "各单位淘汰落后产能：已验收与目标" });
  await units.getByText("查看数据表").click();
  await expect(units.getByRole("row", { name: /洞桥镇/ }).getByRole("cell")).toHaveText(["1", "3"]);

  // An ended campaign has nothing left to forecast.
  await expect(page.getByTestId(`forecast-${unitId}`)).toHaveCount(0);
  // T3, a line no journey records on (tasks.spec records on T1 and T4).
  await expect(page.getByTestId("taskline-T3").getByRole("cell").nth(2)).toHaveText("0/10家");
  await expect(page.getByTestId("taskline-T3").getByRole("cell").nth(4)).toHaveText("尚未填报");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出分解表（Excel）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("2020年度目标任务分解表完成情况-全区.xlsx");
  const ws = await readXlsx(readFileSync(await file.path()));
  const names = column(ws, 1, 5);
  expect(names.slice(0, 19)).toContain("洞桥镇");
  expect(names[18]).toBe("全区");
});

test("leader sees the same dashboard and has nothing to act on", async ({ page }) => {
  await loginAs(page, "leader", /\/dashboard$/);
  await expect(
    annex(page)
      .getByRole("row", { name: /洞桥镇/ })
      .getByRole("cell")
      .nth(3),
  ).toHaveText("1");
  const district = await districtFromUnits(page);
  await expect(annex(page).getByRole("row", { name: /全区/ }).getByRole("cell")).toHaveText(district);
  await expect(page.getByTestId("card-ELIMINATION")).toContainText(`${district[3]} / 21 家已验收`);
  await expect(annex(page).getByRole("row", { name: /洞桥镇/ })).toContainText("未完成");
  // Only reading aids: the 统计截至 picker (a plain GET form), the data tables, printing.
  const buttons = await page.getByRole("main").getByRole("button").allInnerTexts();
  expect(buttons.filter((b) => b !== "查看数据表")).toEqual(["查看", "打印"]);
  await expect(page.getByRole("main").locator("form:not([method=get])")).toHaveCount(0);
});

test("jishigang sees only its own unit, and its exports hold only its rows", async ({ page }) => {
  const office = await page.context().browser()!.newPage();
  await loginAs(office, "office", /\/todo$/);
  await office.goto("/dashboard");
  const gulinId = (await annex(office).getByRole("link", { name: "古林镇", exact: true }).getAttribute("href"))!.split(
    "=",
  )[1];
  await office.close();

  await loginAs(page, "jishigang", /\/units\/\d+$/);
  await expect(page.getByTestId("card-ELIMINATION")).toContainText("0 / 3 家已验收");
  await expect(page.getByTestId("card-RECTIFICATION")).toContainText("0 / 28 家已验收");
  const rows = annex(page).getByRole("row");
  await expect(rows).toHaveCount(2 + 1);
  await expect(rows.last()).toContainText("集士港镇");
  await expect(page.getByText("洞桥镇")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "本单位整治对象清单" })).toHaveAttribute("href", /^\/cases\?unit=\d+$/);

  const annexFile = await page.request.get("/api/exports/annex");
  expect(annexFile.status()).toBe(200);
  const annexSheet = await readXlsx(await annexFile.body());
  expect(column(annexSheet, 1, 5).filter((n) => n && !/^(备注|\d\.)/.test(n))).toEqual(["集士港镇"]);

  const ledger = await page.request.get("/api/exports/ledger");
  const ledgerSheet = await readXlsx(await ledger.body());
  expect(column(ledgerSheet, 2, 3)).toEqual(["集士港镇"]);
  expect(column(ledgerSheet, 3, 3)).toEqual(["集士港示例塑料作坊"]);

  expect((await page.request.get(`/api/exports/ledger?unit=${gulinId}`)).status()).toBe(404);
  expect((await page.request.get(`/api/exports/annex?unit=${gulinId}`)).status()).toBe(404);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
});

test("a department reads the district dashboard and its exports (信息共享)", async ({ page }) => {
  await loginAs(page, "fgj", /\/todo$/);
  expect((await page.request.get("/api/exports/ledger")).status()).toBe(200);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "页面不存在或无权访问" })).toHaveCount(0);
});

test("统计截至 2020-09-30 shows the figures as they stood then, and the export follows the date", async ({ page }) => {
  await loginAs(page, "office", /\/todo$/);
  await page.goto("/dashboard");
  const hengjie = () => annex(page).getByRole("row", { name: /横街镇/ });
  // Today (the campaign is over): both 横街镇 rectifications accepted.
  await expect(hengjie().getByRole("cell")).toHaveText(["1", "0", "0", "0", "0%", "15", "2", "0", "2", "13%"]);
  await page.getByLabel("统计截至", { exact: true }).fill("2020-09-30");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/\/dashboard\?asOf=2020-09-30$/);
  await expect(page.getByTestId("as-of")).toHaveText("2020/09/30");
  // Then the campaign was running: time progress, no 已结束; the later case not yet registered, the other awaiting review.
  await expect(page.getByTestId("phase")).toHaveCount(0);
  await expect(page.getByTestId("elapsed")).toHaveText("75%");
  await expect(hengjie().getByRole("cell")).toHaveText(["1", "0", "0", "0", "0%", "15", "1", "1", "0", "0%"]);
  await expect(hengjie()).toContainText("进展较慢");

  const annexFile = await page.request.get("/api/exports/annex?asOf=2020-09-30");
  const ws = await readXlsx(await annexFile.body());
  expect(String(ws.getCell("A2").value)).toMatch(/^统计截至 2020\/09\/30，序时进度 75%/);
  const ledger = await readXlsx(await (await page.request.get("/api/exports/ledger?asOf=2020-09-30")).body());
  expect(column(ledger, 3, 3)).toContain("横街示例纸箱作坊");
  expect(column(ledger, 3, 3)).not.toContain("横街示例注塑作坊");

  await page.getByRole("link", { name: "回到今天" }).click();
  await expect(page.getByTestId("phase")).toHaveText("已结束");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the charts draw within the screen", async ({ page }) => {
    await loginAs(page, "office", /\/todo$/);
    await page.goto("/dashboard");
    const chart = page.getByTestId("chart-cumulative-RECTIFICATION-chart").locator(".recharts-wrapper > svg");
    await expect(chart).toBeVisible();
    const box = (await chart.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test("the annex reads as stacked cards, and the menu collapses into a button that opens, navigates and closes", async ({
    page,
  }) => {
    await loginAs(page, "office", /\/todo$/);
    await page.goto("/dashboard");
    // Each unit row is a card of label: value pairs, inside the screen: no sideways scrolling anywhere.
    const dongqiao = annex(page).getByRole("row", { name: /洞桥镇/ });
    const box = (await dongqiao.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(
      await dongqiao
        .locator("td")
        .first()
        .evaluate((td) => getComputedStyle(td, "::before").content),
    ).toBe('"淘汰·目标"');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    const nav = page.getByRole("navigation", { name: "主导航" });
    const menu = page.getByRole("button", { name: "菜单" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "通报约谈" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: "通报约谈" }).click();
    await expect(page).toHaveURL(/\/supervision$/);
    await expect(page.getByRole("button", { name: "菜单" })).toHaveAttribute("aria-expanded", "false");
  });
});
