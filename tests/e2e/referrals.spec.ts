import { expect, test } from "@playwright/test";

import { confirmInPage, listEquipment, loginAs, pdfFile, photo, register, uploadTo } from "./helpers";

// 行业专家意见 (docs/domain.md §督办): gulin submits an elimination case of its own (registered here, in 古林镇, so no
// other spec file is affected); the office refers it to the demo expert; the expert reads the case's
// evidence and writes an opinion; the office sees the opinion on the case before accepting. The expert
// sees nothing else: the case page itself, like every other page, is "not found" for them.

test("the office refers a submitted 古林镇 case to the expert, whose opinion appears on the case before acceptance", async ({
  page,
  browser,
}) => {
  const name = `古林专家咨询铸造厂${Date.now() % 10000}`;
  await loginAs(page, "gulin", /\/units\/\d+$/);
  const caseUrl = await register(page, name, "淘汰落后产能", "能耗");
  await uploadTo(page, "验收意见表", pdfFile("验收意见表.pdf"));
  await uploadTo(page, "拆前照片", await photo("拆前.jpg", "#884422"));
  await uploadTo(page, "拆后照片", await photo("拆后.jpg", "#228844"));
  await uploadTo(page, "设备去向证明材料", pdfFile("设备去向.pdf"));
  await listEquipment(page, { name: "冲天炉", capacity: "3", unit: "吨/小时" });
  await page.getByRole("button", { name: "上报验收", exact: true }).click();
  await page.getByRole("button", { name: "确认上报验收" }).click();
  await expect(page.getByText("已上报验收")).toBeVisible();
  // The township does not see the expert opinions of its case.
  await expect(page.getByRole("heading", { name: "专家意见" })).toHaveCount(0);

  const office = await browser.newPage();
  await loginAs(office, "office", /\/todo$/);
  await office.goto(caseUrl);
  const panel = office.locator("section", { has: office.getByRole("heading", { name: "专家意见", level: 2 }) });
  await expect(panel.getByText("尚未咨询行业专家。")).toBeVisible();
  await panel.getByRole("button", { name: "咨询行业专家" }).click();
  await panel.getByLabel("专家", { exact: true }).selectOption({ label: "王建国（宁波市铸造行业协会）" });
  // Sent again only when the portal answered "请填写咨询的问题": a refresh of the page under load can
  // empty the form between typing and sending, and a refused question creates nothing.
  await expect(async () => {
    if ((await panel.textContent())?.includes("待答复")) return;
    await panel
      .getByLabel("咨询的问题")
      .fill("该冲天炉是否属于《产业结构调整指导目录（2019年本）》淘汰类？拆除是否到位？");
    await panel.getByRole("button", { name: "发送咨询" }).click();
    await expect(panel.getByTestId("expert-opinion")).toContainText("待答复", { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });

  const expert = await browser.newPage();
  await loginAs(expert, "expert", /\/referrals$/);
  // The expert's menu holds their questions only.
  await expect(expert.getByRole("link", { name: "整治台账" })).toHaveCount(0);
  await expect(expert.getByRole("link", { name: "全区总览" })).toHaveCount(0);
  await expert.getByRole("link", { name }).click();
  await expect(expert.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(expert.getByText("拆除是否到位？")).toBeVisible();
  await expect(expert.getByText("古林镇 · 淘汰落后产能")).toBeVisible();
  // The referred case's evidence opens for the expert.
  const before = expert.getByRole("link", { name: "查看 拆前.jpg" });
  await expect(before).toBeVisible();
  expect((await expert.request.get((await before.getAttribute("href"))!)).status()).toBe(200);

  await expert.locator("input[type=file][name=file]").setInputFiles(await photo("意见附件.jpg", "#335577"));
  await expert.getByRole("button", { name: "上传", exact: true }).click();
  await expect(expert.getByText("附件已上传")).toBeVisible();
  // An attachment chosen by mistake is removed again, after an in-page confirmation.
  await expert.locator("input[type=file][name=file]").setInputFiles(await photo("传错的附件.jpg", "#775533"));
  await expert.getByRole("button", { name: "上传", exact: true }).click();
  await expect(expert.getByRole("link", { name: "查看 传错的附件.jpg" })).toBeVisible();
  await expert.getByRole("button", { name: "删除 传错的附件.jpg" }).click();
  await confirmInPage(expert, "确定删除“传错的附件.jpg”吗？", "删除");
  await expect(expert.getByRole("link", { name: "查看 传错的附件.jpg" })).toHaveCount(0);
  await expect(expert.getByRole("link", { name: "查看 意见附件.jpg" })).toBeVisible();
  await expert.getByRole("radio", { name: "是 / 符合" }).check();
  await expert.getByLabel("意见", { exact: true }).fill("冲天炉属淘汰类设备；拆后照片显示炉体已拆除，符合要求。");
  await expert.getByRole("button", { name: "提交意见" }).click();
  await confirmInPage(expert, "提交后意见不能再修改，确定提交吗？", "提交意见");
  // The page re-renders with the opinion answered (the form and its message give way to it).
  await expect(expert.getByTestId("expert-opinion")).toContainText("已答复");
  await expert.reload();
  await expect(expert.getByTestId("expert-opinion")).toContainText("已答复");
  await expect(expert.getByRole("button", { name: "提交意见" })).toHaveCount(0);

  // Refused: the case page itself (and any other page) is not found for the expert.
  await expert.goto(caseUrl);
  await expect(expert.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
  await expert.goto("/dashboard");
  await expect(expert.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();

  // The office sees the opinion beside the evidence, the case still awaiting acceptance.
  await office.reload();
  const opinion = panel.getByTestId("expert-opinion");
  await expect(opinion).toContainText("已答复");
  await expect(opinion).toContainText("是 / 符合");
  await expect(opinion).toContainText("王建国");
  await expect(opinion).toContainText("宁波市铸造行业协会");
  await expect(opinion).toContainText("冲天炉属淘汰类设备");
  await expect(opinion.getByRole("link", { name: "查看 意见附件.jpg" })).toBeVisible();
  await expect(opinion.getByRole("link", { name: "查看 传错的附件.jpg" })).toHaveCount(0);
  await expect(office.getByRole("button", { name: "验收通过", exact: true })).toBeEnabled();
});
