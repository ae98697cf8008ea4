import { expect, test } from "@playwright/test";

import { confirmInPage, listEquipment, loginAs, pdfFile, photo, register, uploadTo } from "./helpers";

// Every journey registers its own cases, in 高桥镇 — a unit no other spec file reads or changes —
// so this file passes alone and before or after the others.

test("an elimination case: registered, held back while incomplete, returned, resubmitted, accepted by the office", async ({
  page,
  browser,
}) => {
  const name = `高桥翻砂厂${Date.now() % 10000}`;
  await loginAs(page, "gaoqiao", /\/units\/\d+$/);
  const caseUrl = await register(page, name, "淘汰落后产能", "环保");

  // While the checklist is incomplete 上报验收 cannot be pressed, and the reason is shown beside it.
  const submit = page.getByRole("button", { name: "上报验收", exact: true });
  const reason = page.getByRole("note").filter({ hasText: /^上报验收暂不可用：/ });
  await expect(submit).toBeDisabled();
  await expect(reason).toContainText("还缺验收意见表、拆前照片、拆后照片、设备去向证明材料");

  await uploadTo(page, "验收意见表", pdfFile("验收意见表.pdf"));
  await uploadTo(page, "拆前照片", await photo("拆前.jpg", "#884422"));
  await uploadTo(page, "拆后照片", await photo("拆后.jpg", "#228844"));
  await uploadTo(page, "设备去向证明材料", pdfFile("设备去向.pdf"));
  await listEquipment(page, { name: "冲天炉", capacity: "3", unit: "吨/小时" });
  await expect(page.getByText("材料已齐全，可以上报验收。")).toBeVisible();
  await expect(reason).toHaveCount(0);
  await expect(submit).toBeEnabled();
  await page.getByRole("button", { name: "上报验收", exact: true }).click();
  await page.getByRole("button", { name: "确认上报验收" }).click();
  await expect(page.getByText("已上报验收")).toBeVisible();
  await expect(page.getByRole("button", { name: "上传验收意见表" })).toHaveCount(0);
  // No self-acceptance: the unit that submitted has no button to accept or return its own case.
  await page.reload();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: /^(验收通过|退回|确认验收通过|确认退回)$/ })).toHaveCount(0);

  const office = await browser.newPage();
  await loginAs(office, "office", /\/todo$/);
  await office.getByRole("link", { name: "待验收" }).click();
  await office.getByRole("link", { name }).click();
  await expect(office.getByRole("heading", { name, level: 1 })).toBeVisible();
  const officeCaseUrl = office.url();
  await office.getByRole("button", { name: "退回", exact: true }).click();
  await office.getByLabel("退回理由（经办人可见）").fill("设备去向证明缺少接收单位盖章");
  await office.getByRole("button", { name: "确认退回" }).click();
  // The review desk moves on: the next case of 待验收, or the queue when none is left.
  await expect(office.getByText(/上一件已退回|已退回：/)).toBeVisible();

  await page.goto(caseUrl);
  await expect(page.getByText("退回理由：设备去向证明缺少接收单位盖章")).toBeVisible();
  // Not sent again unchanged: 上报验收 waits for a change.
  await expect(page.getByRole("button", { name: "上报验收", exact: true })).toBeDisabled();
  await uploadTo(page, "设备去向证明材料", pdfFile("设备去向（盖章）.pdf"));
  await page.getByRole("button", { name: "上报验收", exact: true }).click();
  await page.getByRole("button", { name: "确认上报验收" }).click();
  await expect(page.getByText("已上报验收")).toBeVisible();

  // 高桥镇 on the office's dashboard: target, registered, awaiting review, accepted, completion.
  const gaoqiaoRow = () =>
    office
      .getByRole("table", { name: "目标任务分解表及完成情况" })
      .getByRole("row", { name: /高桥镇/ })
      .getByRole("cell");
  await office.goto("/dashboard");
  await expect(gaoqiaoRow().nth(3)).toHaveText("0");
  await expect(gaoqiaoRow().nth(4)).toHaveText("0%");

  await office.goto(officeCaseUrl);
  await office.getByRole("button", { name: "验收通过", exact: true }).click();
  // The test photos carry no capture time: the acceptance confirms the flags were checked.
  await office.getByRole("checkbox", { name: /已核实/ }).check();
  await office.getByLabel("核实说明（记入审核记录）").fill("已核实照片");
  await office.getByRole("button", { name: "确认验收通过" }).click();
  await expect(office.getByText(/上一件已验收通过|已验收通过：/)).toBeVisible();

  await office.goto("/dashboard");
  await expect(gaoqiaoRow().nth(0)).toHaveText("3");
  await expect(gaoqiaoRow().nth(3)).toHaveText("1");
  await expect(gaoqiaoRow().nth(4)).toHaveText("33%");

  // The leader reads the same figure and has no button to act on the case.
  const leader = await browser.newPage();
  await loginAs(leader, "leader", /\/dashboard$/);
  const leaderRow = leader
    .getByRole("table", { name: "目标任务分解表及完成情况" })
    .getByRole("row", { name: /高桥镇/ })
    .getByRole("cell");
  await expect(leaderRow.nth(3)).toHaveText("1");
  await leader.goto(officeCaseUrl);
  await expect(leader.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(leader.getByRole("button", { name: /^(验收通过|退回|撤销验收|上报验收)$/ })).toHaveCount(0);

  await page.goto(caseUrl);
  await expect(page.getByText("已验收", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /上传|上报|删除/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "整治信息" })).toHaveCount(0);
});

test("a rectification case accepted by the lead department of its dimension", async ({ page, browser }) => {
  const name = `高桥小作坊${Date.now() % 10000}`;
  await loginAs(page, "gaoqiao", /\/units\/\d+$/);
  const caseUrl = await register(page, name, "“低散乱”整治提升", "安全");
  await uploadTo(page, "整治前照片", await photo("整治前.jpg", "#555555"));
  await uploadTo(page, "整治后照片", await photo("整治后.jpg", "#aaaaaa"));
  await uploadTo(page, "整治后照片", await photo("拍错了.jpg", "#000000"));

  // Removing a file asks in the page first; Escape or 取消 leaves the file where it was.
  const remove = page.getByRole("button", { name: "删除 拍错了.jpg" });
  const question = page.getByRole("alertdialog", { name: "确定删除材料“拍错了.jpg”吗？" });
  await remove.click();
  await expect(question.getByRole("button", { name: "确定", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(remove).toBeFocused();
  await remove.press("Enter");
  await question.getByRole("button", { name: "取消" }).click();
  await expect(question).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "查看 拍错了.jpg" })).toBeVisible();
  await page.getByRole("button", { name: "删除 拍错了.jpg" }).click();
  await confirmInPage(page, "确定删除材料“拍错了.jpg”吗？");
  await expect(page.getByRole("button", { name: "查看 拍错了.jpg" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "查看 整治后.jpg" })).toBeVisible();

  await page.getByRole("button", { name: "上报验收", exact: true }).click();
  await page.getByRole("button", { name: "确认上报验收" }).click();
  await expect(page.getByText("已上报验收")).toBeVisible();

  // 区发改局 does not lead 安全: the case is not in its queue.
  const fgj = await browser.newPage();
  await loginAs(fgj, "fgj", /\/todo$/);
  await fgj.getByRole("link", { name: "待验收" }).click();
  await expect(fgj.getByRole("link", { name })).toHaveCount(0);

  const yjgl = await browser.newPage();
  await loginAs(yjgl, "yjgl", /\/todo$/);
  await yjgl.getByRole("link", { name: "待验收" }).click();
  await yjgl.getByRole("link", { name }).click();
  await yjgl.getByRole("button", { name: "查看 整治前.jpg" }).click();
  await expect(yjgl.getByRole("dialog")).toBeVisible();
  await yjgl.getByRole("button", { name: "关闭" }).click();
  await yjgl.getByRole("button", { name: "验收通过", exact: true }).click();
  await yjgl.getByRole("checkbox", { name: /已核实/ }).check();
  await yjgl.getByLabel("核实说明（记入审核记录）").fill("已核实照片");
  await yjgl.getByRole("button", { name: "确认验收通过" }).click();
  await expect(yjgl.getByText(/上一件已验收通过|已验收通过：/)).toBeVisible();

  // Saved: the officer finds the case accepted and read-only.
  await page.goto(caseUrl);
  await expect(page.getByText("已验收", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /上传|上报|删除/ })).toHaveCount(0);
});

test("an officer cannot open another unit's case", async ({ page, browser }) => {
  await loginAs(page, "gaoqiao", /\/units\/\d+$/);
  const caseUrl = await register(page, `越权测试厂${Date.now() % 10000}`, "“低散乱”整治提升", "质量");
  const gulin = await browser.newPage();
  await loginAs(gulin, "gulin", /\/units\/\d+$/);
  await gulin.goto(caseUrl);
  await expect(gulin.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
});
