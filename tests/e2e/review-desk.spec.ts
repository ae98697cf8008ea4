import { expect, type Page, test } from "@playwright/test";

import { loginAs, photo, register, uploadTo } from "./helpers";

// The review desk. Its cases are registered here, in 白云街道 — a unit no other spec file reads or
// changes — and the office's queue is filtered to this run's names, so the file passes alone and in
// any order with the others.

async function submitRectification(page: Page, name: string, [before, after]: [string, string]) {
  const url = await register(page, name, "“低散乱”整治提升", "质量");
  // Test photos carry no EXIF capture time: each case has two integrity flags (its photos its own).
  await uploadTo(page, "整治前照片", await photo("整治前.jpg", before));
  await uploadTo(page, "整治后照片", await photo("整治后.jpg", after));
  await page.getByRole("button", { name: "上报验收", exact: true }).click();
  await page.getByRole("button", { name: "确认上报验收" }).click();
  await expect(page.getByText("已上报验收")).toBeVisible();
  return url;
}

test("the office clears three cases from 待验收 one after the other; a flagged case needs 已核实; the township sees the return", async ({
  page,
  browser,
}) => {
  const stamp = `审核台${Date.now() % 100000}`;
  const [first, second, third] = ["甲厂", "乙厂", "丙厂"].map((s) => `${stamp}${s}`);
  await loginAs(page, "baiyun", /\/units\/\d+$/);
  await submitRectification(page, first, ["#1f4e79", "#c55a11"]);
  const secondUrl = await submitRectification(page, second, ["#7030a0", "#548235"]);
  await submitRectification(page, third, ["#bf9000", "#2e75b6"]);

  const office = await browser.newPage();
  await loginAs(office, "office", /\/todo$/);
  await office.getByRole("link", { name: "待验收" }).click();
  await office.getByLabel("企业名称或信用代码").fill(stamp);
  await office.getByRole("button", { name: "筛选" }).click();
  const rows = office.getByTestId("queue-row");
  await expect(rows).toHaveCount(3);
  // Longest waiting first; each row with its unit, submission day, days waiting and flags.
  await expect(rows.first()).toContainText(first);
  await expect(rows.first()).toContainText("白云街道");
  await expect(rows.first()).toContainText("0 天");
  await expect(rows.first()).toContainText("照片无拍摄时间 ×2");
  await expect(rows.nth(2)).toContainText(third);
  // On a phone each case is a card: nothing runs off the side of the screen.
  await office.setViewportSize({ width: 390, height: 844 });
  await expect(rows.first()).toHaveCSS("display", "block");
  expect(await office.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await office.setViewportSize({ width: 1280, height: 720 });
  await office.getByRole("link", { name: first }).click();
  await expect(office.getByRole("heading", { name: first, level: 1 })).toBeVisible();

  // The flag summary stands above 验收通过; accepting without 已核实 is refused at the checkbox.
  await expect(office.getByTestId("flag-summary")).toContainText("材料核查提示 2 条");
  await office.getByRole("button", { name: "验收通过", exact: true }).click();
  await office.getByRole("button", { name: "确认验收通过" }).click();
  await expect(office.getByText("该整治对象有 2 条材料核查提示，请逐条核实后勾选“已核实”并填写核实说明")).toBeVisible();
  await expect(office.getByRole("checkbox", { name: /已核实/ })).toHaveAttribute("aria-invalid", "true");
  await office.reload();
  await expect(office.getByRole("heading", { name: first, level: 1 })).toBeVisible();
  await expect(office.getByText("已上报", { exact: true })).toBeVisible();

  // With 已核实 and a note it is accepted, and the next case opens — not the list.
  const visited: string[] = [];
  office.on("framenavigated", (frame) => {
    if (frame === office.mainFrame()) visited.push(new URL(frame.url()).pathname);
  });
  await office.getByRole("button", { name: "验收通过", exact: true }).click();
  await office.getByRole("checkbox", { name: /已核实/ }).check();
  await office.getByLabel("核实说明（记入审核记录）").fill("已电话联系白云街道核实，照片为现场拍摄");
  await office.getByRole("button", { name: "确认验收通过" }).click();
  await expect(office.getByRole("heading", { name: second, level: 1 })).toBeVisible();
  await expect(office.getByText("上一件已验收通过，已打开待验收的下一件。")).toBeVisible();

  await office.getByRole("button", { name: "退回", exact: true }).click();
  await office.getByLabel("退回理由（经办人可见）").fill("整治后照片未拍到整改后的车间全貌");
  await office.getByRole("button", { name: "确认退回" }).click();
  await expect(office.getByRole("heading", { name: third, level: 1 })).toBeVisible();
  await expect(office.getByText("上一件已退回，已打开待验收的下一件。")).toBeVisible();

  await office.getByRole("button", { name: "验收通过", exact: true }).click();
  await office.getByRole("checkbox", { name: /已核实/ }).check();
  await office.getByLabel("核实说明（记入审核记录）").fill("已到现场复核");
  await office.getByRole("button", { name: "确认验收通过" }).click();
  // The last one: the queue says it is cleared.
  await expect(office.getByText(`已验收通过：${third}。当前筛选下没有其他待验收整治对象。`)).toBeVisible();
  await expect(office.getByText("没有符合筛选条件的待验收整治对象。")).toBeVisible();
  // From case to case (the queue's address opens the next one), never through the ledger.
  expect(visited).not.toContain("/cases");

  // The township: the reviewer's reason at the top, and not 可以上报 until something changed.
  await page.goto(secondUrl);
  const notice = page.getByTestId("return-notice");
  await expect(notice).toContainText("退回理由：整治后照片未拍到整改后的车间全貌");
  await expect(notice).toContainText("退回后整治对象尚未修改");
  await expect(page.getByText("材料已齐全，可以上报验收。")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "上报验收", exact: true })).toBeDisabled();
  await uploadTo(page, "整治后照片", await photo("整治后全貌.jpg", "#99bb66"));
  await expect(page.getByText("材料已齐全，可以上报验收。")).toBeVisible();
  await expect(notice).not.toContainText("退回后整治对象尚未修改");
  await expect(page.getByRole("button", { name: "上报验收", exact: true })).toBeEnabled();

  // The acceptance records the verification.
  await office.goto(`/cases?q=${encodeURIComponent(first)}`);
  await office.getByRole("link", { name: first }).click();
  await expect(office.getByText("已核实材料核查提示：已电话联系白云街道核实，照片为现场拍摄")).toBeVisible();
  await expect(office.getByRole("button", { name: "撤销验收" })).toBeVisible();
});
