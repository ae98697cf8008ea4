import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";

// Figures come from the fixture cases of tests/e2e/fixtures.ts (洞桥镇, 望春街道, 集士港镇), units no
// other spec file changes. Other journeys (case workflow, 回头看) move other units and so the district
// totals; the district row is checked as the sum of the unit rows, whatever ran before. The 2020
// campaign is over, so the whole year counts as elapsed.

const annex = (page: Page) => page.getByRole("table", { name: "目标任务分解表及完成情况" });
const UNITS = ["集士港镇", "古林镇", "高桥镇", "横街镇", "鄞江镇", "洞桥镇", "章水镇", "龙观乡", "石碶街道", "月湖街道", "西门街道", "江厦街道", "南门街道", "鼓楼街道", "白云街道", "望春街道", "段塘街道", "望春工业园区"];

/** The district row the unit rows add up to: target, registered, awaiting review, accepted, completion — twice. */
async function districtFromUnits(page: Page) {
  const sums = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const name of UNITS) {
    const cells = await annex(page).getByRole("row", { name: new RegExp(`^${name}`) }).getByRole("cell").allInnerTexts();
    expect(cells, name).toHaveLength(10);
    [0, 1, 2, 3, 5, 6, 7, 8].forEach((col, i) => { sums[i] += cells[col] === "/" ? 0 : Number(cells[col]); });
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

test("office sees the fixture cases rolled up, slow units explained, and drill-downs into the case list", async ({ page }) => {
  await loginAs(page, "office", /\/dashboard$/);
  await expect(page.getByTestId("elapsed")).toHaveText("100%");

  const dongqiao = annex(page).getByRole("row", { name: /洞桥镇/ });
  // target, registered, awaiting review, accepted, completion — for both categories.
  await expect(dongqiao.getByRole("cell")).toHaveText(["3", "2", "1", "1", "33%", "20", "3", "0", "2", "10%"]);
  await expect(dongqiao).toHaveAttribute("data-lagging", "true");
  await expect(dongqiao).toContainText("进展较慢：淘汰落后产能完成 1/3，时间进度 100%；整治提升完成 2/20，时间进度 100%");
  const wangchun = annex(page).getByRole("row", { name: /望春街道/ });
  await expect(wangchun.getByRole("cell")).toHaveText(["/", "0", "0", "0", "/", "3", "1", "0", "1", "33%"]);
  const district = await districtFromUnits(page);
  expect([district[0], district[5]]).toEqual(["21", "165"]);
  await expect(annex(page).getByRole("row", { name: /全区/ }).getByRole("cell")).toHaveText(district);
  await expect(page.getByTestId("card-ELIMINATION")).toContainText(`${district[3]} / 21 家已验收`);
  await expect(page.getByTestId("card-RECTIFICATION")).toContainText(`${district[8]} / 165 家已验收`);
  await expect(page.getByTestId("card-ELIMINATION")).toContainText("进展较慢");

  const unitHref = await dongqiao.getByRole("link", { name: "洞桥镇", exact: true }).getAttribute("href");
  const unitId = unitHref!.match(/^\/cases\?unit=(\d+)$/)![1];
  await expect(dongqiao.getByRole("link", { name: "1", exact: true }).first()).toHaveAttribute("href", `/cases?unit=${unitId}&status=SUBMITTED&category=ELIMINATION`);
  // The one elimination awaiting review in the district is 洞桥镇's (no other journey leaves one submitted).
  await expect(page.getByTestId("card-ELIMINATION").locator('a[href="/cases?status=SUBMITTED&category=ELIMINATION"]')).toHaveText("1");

  // Each chart draws (recharts, loaded on demand) and has its data as a table.
  const status = page.getByRole("figure", { name: "案件状态分布" });
  await expect(page.getByTestId("chart-status-chart").locator(".recharts-wrapper > svg")).toBeVisible();
  await status.getByText("查看数据表").click();
  const submitted = status.getByRole("row", { name: /已上报/ });
  await expect(submitted.getByRole("link", { name: "1", exact: true })).toHaveAttribute("href", "/cases?status=SUBMITTED&category=ELIMINATION");
  const units = page.getByRole("figure", { name: "各单位淘汰落后产能：已验收与目标" });
  await units.getByText("查看数据表").click();
  await expect(units.getByRole("row", { name: /洞桥镇/ }).getByRole("cell")).toHaveText(["1", "3"]);

  await expect(page.getByTestId(`forecast-${unitId}`)).toContainText("1 / 3预计缺口 2");
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
  await expect(annex(page).getByRole("row", { name: /洞桥镇/ }).getByRole("cell").nth(3)).toHaveText("1");
  const district = await districtFromUnits(page);
  await expect(annex(page).getByRole("row", { name: /全区/ }).getByRole("cell")).toHaveText(district);
  await expect(page.getByTestId("card-ELIMINATION")).toContainText(`${district[3]} / 21 家已验收`);
  await expect(annex(page).getByRole("row", { name: /洞桥镇/ })).toContainText("进展较慢");
  const buttons = await page.getByRole("main").getByRole("button").allInnerTexts();
  expect(buttons.filter((b) => b !== "查看数据表")).toEqual(["打印"]);
  await expect(page.getByRole("main").locator("form")).toHaveCount(0);
});

test("jishigang sees only its own unit, and its exports hold only its rows", async ({ page }) => {
  const office = await page.context().browser()!.newPage();
  await loginAs(office, "office", /\/dashboard$/);
  const gulinId = (await annex(office).getByRole("link", { name: "古林镇", exact: true }).getAttribute("href"))!.split("=")[1];
  await office.close();

  await loginAs(page, "jishigang", /\/units\/\d+$/);
  await expect(page.getByTestId("card-ELIMINATION")).toContainText("0 / 3 家已验收");
  await expect(page.getByTestId("card-RECTIFICATION")).toContainText("0 / 28 家已验收");
  const rows = annex(page).getByRole("row");
  await expect(rows).toHaveCount(2 + 1);
  await expect(rows.last()).toContainText("集士港镇");
  await expect(page.getByText("洞桥镇")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "本单位案件清单" })).toHaveAttribute("href", /^\/cases\?unit=\d+$/);

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
  await loginAs(page, "fgj", /\/tasks$/);
  expect((await page.request.get("/api/exports/ledger")).status()).toBe(200);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "页面不存在或无权访问" })).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the charts draw within the screen", async ({ page }) => {
    await loginAs(page, "office", /\/dashboard$/);
    const chart = page.getByTestId("chart-cumulative-RECTIFICATION-chart").locator(".recharts-wrapper > svg");
    await expect(chart).toBeVisible();
    const box = (await chart.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
