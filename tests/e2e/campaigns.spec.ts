import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";

import { login, loginAs } from "./helpers";

// 年度管理 (README 年度管理): the office opens 2021 by copying 2020, imports its quotas from an .xlsx
// and gives a new 横街镇 officer an account; the officer signs in with the one-time password, changes
// it, views 2021 and registers a case there; 2020 keeps its own figures. 2021 is never made the
// current year, so every other spec file still works in 2020 (the year switcher is a per-browser choice).
// The case is registered in 横街镇, a unit no other spec file reads.
// The city office first issues 海曙区's 2021 targets (24 / 167, the totals of the imported annex): the copied
// breakdown falls short of them until the import, and the city then reads 海曙区 已分解. 江北区's 2021 targets
// are city.spec's; 2020 and 2022 city-targets.spec's.

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(): string {
  const body = `91330203MA${String(Date.now()).slice(-7)}`;
  const sum = [...body].reduce((s, ch, i) => s + ALPHABET.indexOf(ch) * WEIGHTS[i], 0);
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}

// 2021's quotas: as 2020, but 集士港镇 5 / 30 and 横街镇 2 / 15; "/" where there is no task.
const QUOTAS: [string, number | null, number | null][] = [
  ["集士港镇", 5, 30],
  ["古林镇", 3, 28],
  ["高桥镇", 3, 28],
  ["横街镇", 2, 15],
  ["鄞江镇", 1, 9],
  ["洞桥镇", 3, 20],
  ["章水镇", 1, 3],
  ["龙观乡", 1, 3],
  ["石碶街道", 3, 25],
  ["月湖街道", null, null],
  ["西门街道", null, null],
  ["江厦街道", null, null],
  ["南门街道", null, null],
  ["鼓楼街道", null, null],
  ["白云街道", null, null],
  ["望春街道", null, 3],
  ["段塘街道", null, 3],
  ["望春工业园区", 2, null],
];

/** An .xlsx laid out like the annex of the work plan: title, headings, one row per unit, the district row. */
async function annexFile(rows: [string, number | string | null, number | string | null][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("目标任务分解表");
  ws.mergeCells(1, 1, 1, 4);
  ws.getCell(1, 1).value = "海曙区2021年淘汰落后产能及“低散乱”整治提升工作目标任务分解表";
  ws.addRow(["序号", "镇（乡）、街道和园区", "淘汰落后产能涉及企业数（家）", "整治提升“低散乱”企业（作坊）数（家）"]);
  rows.forEach(([name, e, r], i) => ws.addRow([i + 1, name, e ?? "/", r ?? "/"]));
  ws.addRow(["", "全区", 24, 167]);
  const file = join(mkdtempSync(join(tmpdir(), "quotas-")), "2021年目标任务分解表.xlsx");
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const annex = (page: Page) => page.getByRole("table", { name: "目标任务分解表及完成情况" });
const unitCells = (page: Page, name: string) =>
  annex(page)
    .getByRole("row", { name: new RegExp(`^${name}`) })
    .getByRole("cell");

async function viewYear(page: Page, year: number) {
  await page.getByLabel("查看年度").selectOption({ value: String(year) });
  await expect(page.getByLabel("查看年度")).toHaveValue(String(year));
  await expect(page.getByLabel("查看年度")).toBeEnabled();
}

test("the office opens 2021 from 2020, imports its quotas; a new township officer registers into 2021; 2020 keeps its own figures", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three people, a dozen pages, several bcrypt hashes
  const city = await (await browser.newContext()).newPage();
  await loginAs(city, "city", /\/city$/);
  await city.goto("/city/targets?year=2021");
  await city.getByLabel("海曙区淘汰落后产能目标").fill("24");
  await city.getByLabel("海曙区“低散乱”整治提升目标").fill("167");
  await city.getByRole("button", { name: "保存目标" }).click();
  await expect(city.getByText("已保存 2021 年度区县目标（修改 2 项）")).toBeVisible();
  const haishuTargets = city.getByRole("row", { name: /海曙区/ });
  await expect(haishuTargets).toContainText("未开展");

  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "年度管理" }).click();
  await expect(page.getByTestId("campaign-2020")).toContainText("当前年度");

  // New year: the form proposes 2021 copied from 2020.
  await expect(page.getByLabel("年度", { exact: true })).toHaveValue("2021");
  await expect(page.getByLabel("开始日期")).toHaveValue("2021-01-01");
  await page.getByRole("button", { name: "新建年度" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^2021年度/ })).toBeVisible({ timeout: 15_000 });
  // The copied quotas are the starting point, short of the city's 2021 targets.
  await expect(page.getByLabel("集士港镇淘汰落后产能目标")).toHaveValue("3");
  const gap = page.getByTestId("city-target-gap");
  await expect(gap).toContainText("淘汰落后产能：市下达目标 24 家，已分解 21 家，尚差 3 家");
  await expect(gap).toContainText("“低散乱”整治提升：市下达目标 167 家，已分解 165 家，尚差 2 家");
  await expect(page.getByLabel("月湖街道淘汰落后产能目标")).toHaveValue("/");

  // A file with errors is read, shown row by row, and cannot be applied.
  await page.getByLabel("目标任务分解表文件").setInputFiles(
    await annexFile([
      ["集士港镇", 5, 30],
      ["火星街道", 1, 1],
      ["古林镇", "2.5", -1],
    ]),
  );
  await page.getByRole("button", { name: "试读文件" }).click();
  const preview = page.getByTestId("quota-preview");
  await expect(preview.getByRole("row", { name: /火星街道/ })).toContainText("单位“火星街道”不在本平台的单位中");
  await expect(preview.getByRole("row", { name: /古林镇/ })).toContainText(
    "淘汰落后产能：“2.5”不是整数；整治提升：“-1”为负数",
  );
  await expect(page.getByRole("button", { name: "填入上表" })).toHaveCount(0);

  // The right file: read, applied to the grid, saved.
  await page.getByLabel("目标任务分解表文件").setInputFiles(await annexFile(QUOTAS));
  await page.getByRole("button", { name: "试读文件" }).click();
  await expect(preview.getByRole("row")).toHaveCount(19);
  await expect(preview).not.toContainText("不是整数");
  await page.getByRole("button", { name: "填入上表" }).click();
  await expect(page.getByLabel("集士港镇淘汰落后产能目标")).toHaveValue("5");
  await expect(page.getByLabel("望春工业园区“低散乱”整治提升目标")).toHaveValue("/");
  await expect(page.getByTestId("total-ELIMINATION")).toHaveText("24");
  await page.getByRole("button", { name: "保存目标" }).click();
  await expect(page.getByText(/已保存目标任务分解表/)).toBeVisible();
  // Split: the breakdown now covers the city's targets.
  await expect(gap).toHaveCount(0);
  await city.reload();
  await expect(haishuTargets).toContainText("已分解");
  await city.context().close();

  // The office views 2021: its dashboard shows 2021's quotas.
  await viewYear(page, 2021);
  await expect(page.getByTestId("viewing-year")).toHaveText("正在查看 2021 年度");
  await page.goto("/dashboard");
  await expect(unitCells(page, "集士港镇").first()).toHaveText("5");
  await expect(unitCells(page, "横街镇").nth(1)).toHaveText("0");

  // A new 横街镇 officer: the office creates the account and hands over the one-time password.
  await page.goto("/admin/users");
  const create = page.getByRole("region", { name: "新建账号" });
  const username = `hengjie.${Date.now() % 100000}`;
  await create.getByLabel("账号").fill(username);
  await create.getByLabel("姓名").fill("横街新经办人");
  await create.getByLabel("角色").selectOption({ label: "镇街/园区经办人" });
  await create.getByLabel("所属单位").selectOption({ label: "横街镇" });
  await create.getByRole("button", { name: "创建账号" }).click();
  const otp = (await create.getByLabel("一次性密码").textContent())!.trim();

  // The officer signs in with it, must change it first, then views 2021 and registers a case: it goes into 2021.
  const officer = await browser.newPage();
  await login(officer, username, otp);
  await expect(officer).toHaveURL(/\/account\/password$/, { timeout: 15_000 });
  await officer.getByLabel("当前密码").fill(otp);
  await officer.getByLabel("新密码", { exact: true }).fill("Hengjie-2021-river");
  await officer.getByLabel("再次输入新密码").fill("Hengjie-2021-river");
  await officer.getByRole("button", { name: "修改密码" }).click();
  await expect(officer).toHaveURL(/\/units\/\d+$/, { timeout: 15_000 });
  await expect(officer.getByRole("heading", { name: "横街镇" })).toBeVisible();
  await viewYear(officer, 2021);
  await officer.getByRole("link", { name: "登记整治对象" }).filter({ visible: true }).first().click();
  const name = `横街二〇二一铸造厂${Date.now() % 10000}`;
  await officer.getByLabel("企业（作坊）名称").fill(name);
  await officer.getByLabel("统一社会信用代码（选填）").fill(creditCode());
  await officer.getByLabel("所属行业").selectOption({ label: "铸造" });
  await officer.getByRole("radio", { name: "淘汰落后产能" }).check();
  await officer.getByRole("checkbox", { name: "能耗" }).check();
  await officer.getByRole("radio", { name: "拆除主体设备" }).check();
  await officer.getByRole("button", { name: "登记", exact: true }).click();
  await expect(officer.getByRole("heading", { name, level: 1 })).toBeVisible();
  await officer.goto("/cases");
  await expect(officer.getByRole("link", { name })).toBeVisible();
  await viewYear(officer, 2020);
  await expect(officer.getByRole("link", { name })).toHaveCount(0);

  // 2021's dashboard counts the new case; 2020's shows its own figures, untouched.
  await page.goto("/dashboard"); // the office was on 用户管理
  await expect(unitCells(page, "横街镇").nth(1)).toHaveText("1");
  await viewYear(page, 2020);
  await expect(page.getByTestId("viewing-year")).toHaveCount(0);
  await expect(unitCells(page, "集士港镇").first()).toHaveText("3");
  await expect(unitCells(page, "横街镇").first()).toHaveText("1");
  await expect(unitCells(page, "横街镇").nth(1)).toHaveText("0");
  await expect(annex(page).getByRole("row", { name: /全区/ }).getByRole("cell").first()).toHaveText("21");
});
