import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";

import { confirmInPage, listEquipment, loginAs, pdfFile, photo, register, uploadTo } from "./helpers";

// 淘汰设备清单 on a phone: 白云街道 (a unit no other spec file reads or changes) lists the equipment of a
// 拆除 case — refused at the field, changed, deleted after asking — and may submit only once every item
// says where it went; the office's list has the case's items with the totals.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("a 拆除 case lists its equipment on a phone before it is submitted, and the office's 淘汰设备清单 has it", async ({
  page,
  browser,
}) => {
  const name = `白云设备铸造厂${Date.now() % 10000}`;
  await loginAs(page, "baiyun", /\/units\/\d+$/);
  await page.getByRole("button", { name: "菜单" }).click();
  const caseUrl = await register(page, name, "淘汰落后产能", "产业政策");

  const checklist = page.getByRole("region", { name: "上报前须具备" });
  await expect(checklist).toContainText("○ 主要设备和生产线清单（至少一项）");
  const section = page.getByRole("region", { name: "主要设备和生产线（淘汰设备清单）" });
  await expect(section.getByText("尚未登记设备。")).toBeVisible();

  // 转移至外地 without where to: the error at its field, nothing saved.
  const form = page.getByRole("form", { name: "登记设备" });
  await form.getByLabel("名称", { exact: true }).fill("中频感应电炉");
  await form.getByLabel("数量（台/套）").fill("2");
  await form.getByLabel("单台（套）产能或功率").fill("750");
  await form.getByLabel("单位", { exact: true }).fill("千瓦");
  await form.getByRole("radio", { name: "转移至外地" }).check();
  await form.getByRole("button", { name: "登记设备" }).click();
  const destination = form.getByLabel("转移去向地");
  await expect(destination).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("转移至外地的设备请填写去向地（省市县及接收单位）").first()).toBeVisible();
  await expect(destination).toBeFocused();
  await destination.fill("江西省萍乡市湘东区 萍乡某铸造有限公司");
  await form.getByRole("button", { name: "登记设备" }).click();
  await expect(page.getByText("已登记“中频感应电炉”")).toBeVisible();

  // A card per item on the phone; the unit as the totals read it.
  const row = section.getByRole("row", { name: /中频感应电炉/ });
  await expect(row).toContainText("1500 kW");
  await expect(row).toContainText("江西省萍乡市湘东区");
  const box = await row.getByRole("button", { name: "删除 中频感应电炉" }).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);

  await listEquipment(page, { name: "冲天炉", capacity: "3", unit: "t/h" });
  await expect(section.getByTestId("equipment-totals")).toContainText("合计 2 项 3 台（套）");
  await expect(checklist).toContainText("✓ 每项设备的去向");

  // Change one item, then delete it after being asked.
  await section.getByRole("button", { name: "修改 冲天炉" }).click();
  const edit = page.getByRole("form", { name: "修改设备" });
  await edit.getByLabel("数量（台/套）").fill("2");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("已保存“冲天炉”")).toBeVisible();
  await expect(section.getByRole("row", { name: /冲天炉/ })).toContainText("6 吨/小时");
  await section.getByRole("button", { name: "删除 冲天炉" }).click();
  await confirmInPage(page, "确定删除“冲天炉”？", "删除");
  await expect(page.getByText("已删除“冲天炉”")).toBeVisible();
  await expect(section.getByRole("row", { name: /冲天炉/ })).toHaveCount(0);

  await uploadTo(page, "验收意见表", pdfFile("验收意见表.pdf"));
  await uploadTo(page, "拆前照片", await photo("拆前.jpg", "#884422"));
  await uploadTo(page, "拆后照片", await photo("拆后.jpg", "#228844"));
  await uploadTo(page, "设备去向证明材料", pdfFile("设备去向.pdf"));
  await expect(page.getByText("材料已齐全，可以上报验收。")).toBeVisible();
  await page.getByRole("button", { name: "上报验收", exact: true }).click();
  await page.getByRole("button", { name: "确认上报验收" }).click();
  await expect(page.getByText("已上报验收")).toBeVisible();
  // Submitted: the list is read-only for the unit.
  await page.goto(caseUrl);
  await expect(section.getByRole("row", { name: /中频感应电炉/ })).toBeVisible();
  await expect(page.getByRole("form", { name: "登记设备" })).toHaveCount(0);

  // The office reviews with the list in view, and its 淘汰设备清单 (every elimination) has the item.
  const office = await browser.newPage();
  await loginAs(office, "office", /\/todo$/);
  await office.goto(caseUrl);
  await expect(
    office.getByRole("region", { name: "主要设备和生产线（淘汰设备清单）" }).getByRole("row", { name: /中频感应电炉/ }),
  ).toContainText("转移至外地");
  const res = await office.request.get("/api/exports/equipment?cases=all");
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("淘汰设备清单")!;
  const names: unknown[] = [];
  ws.eachRow((r) => names.push(r.getCell(3).value));
  expect(names).toContain(name);
  await office.close();
});
