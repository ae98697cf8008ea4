import { readFileSync } from "node:fs";

import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";

import { confirmInPage, loginAs } from "./helpers";

// Each journey keeps to its own fixture cases (tests/e2e/fixtures.ts): 回访 reopens 鄞江镇's accepted
// case; 通报 and 联合惩戒 read 洞桥镇's cases without changing their status. Counts that other files
// also move (district totals, generated tasks, unread notifications) are checked as changes.

/** The unread count in the header (no badge when there is none). */
async function unread(page: Page) {
  const badge = page.getByTestId("unread-count");
  return (await badge.count()) ? Number(await badge.textContent()) : 0;
}

test("an anonymous tip: submitted without login, assigned to 古林镇, verified by gulin, closed by the office", async ({
  page,
  browser,
}) => {
  const publicContext = await browser.newContext();
  const visitor = await publicContext.newPage();
  // A city installation: the visitor first chooses the district the workshop is in.
  await visitor.goto("/tip");
  await expect(visitor).toHaveURL(/\/tip$/);
  await visitor.getByRole("link", { name: "海曙区", exact: true }).click();
  await expect(visitor).toHaveURL(/\/tip\?district=330203$/);
  await visitor.getByRole("button", { name: "提交举报" }).click();
  await expect(visitor.getByRole("alert").filter({ hasText: "请填写看到的情况" })).toBeVisible();
  const name = `古林无证翻砂点${Date.now() % 10000}`;
  await visitor.getByLabel("企业（作坊）名称").fill(name);
  await visitor.getByLabel("地址").fill("古林镇某村东侧厂房");
  await visitor.getByLabel("所在镇（乡）、街道（如知道）").selectOption({ label: "古林镇" });
  await visitor.getByLabel("看到的情况").fill("<b>夜间</b>生产，冒黑烟");
  await visitor.getByRole("button", { name: "提交举报" }).click();
  const reference = (await visitor.getByTestId("tip-reference").textContent())!;
  expect(reference).toMatch(/^JB\d{8}-/);

  // Signed-out visitors still cannot open anything else.
  await visitor.goto("/tips");
  await expect(visitor).toHaveURL(/\/login/);

  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "举报", exact: true }).click();
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByText("<b>夜间</b>生产，冒黑烟")).toBeVisible(); // shown as text, never as HTML
  await expect(page.getByText(/· 匿名举报$/)).toBeVisible();
  await expect(page.getByLabel("承办单位")).toHaveValue(/\d+/); // the unit the reporter named
  await page.getByLabel("核查期限").fill("2020-12-20");
  await page.getByRole("button", { name: "交办" }).click();
  await expect(page.getByTestId("tip-status")).toHaveText("核查中");

  const gulin = await browser.newPage();
  await loginAs(gulin, "gulin", /\/units\/\d+$/);
  await expect(gulin.getByTestId("unread-count")).toBeVisible(); // other specs may have told 古林镇 things too
  await gulin.getByRole("link", { name: /消息通知/ }).click();
  await gulin.getByRole("link", { name: new RegExp(`举报交办：${name}`) }).click();
  await gulin.getByLabel("核查情况").fill("现场核查：该作坊确有夜间生产，已责令停产");
  await gulin.getByRole("radio", { name: "属实", exact: true }).check();
  await gulin.getByRole("button", { name: "提交核查结果" }).click();
  await confirmInPage(gulin, "确定提交核查结果吗？提交后不能修改。");
  await expect(gulin.getByTestId("tip-status")).toHaveText("已核查");
  await expect(gulin.getByRole("heading", { name: "据此举报登记整治对象（企业不在台账中）" })).toBeVisible();

  await page.reload();
  await page.getByLabel("办结意见").fill("核查属实，已交古林镇立案整治");
  await page.getByRole("button", { name: "办结" }).click();
  await confirmInPage(page, "确定办结该举报吗？");
  await expect(page.getByTestId("tip-status")).toHaveText("已办结");

  await visitor.goto("/tip");
  await visitor.getByLabel("受理编号").fill(reference);
  await visitor.getByRole("button", { name: "查询" }).click();
  await expect(visitor.getByTestId("tip-status")).toContainText("已办结");
  await expect(visitor.getByTestId("tip-status")).not.toContainText("古林");
  await publicContext.close();
});

test("回访: 区发改局 records production resumed (鄞江镇 accompanies), the accepted case reopens and the district count drops", async ({
  page,
  browser,
}) => {
  await loginAs(page, "office", /\/todo$/);
  await page.goto("/dashboard");
  const card = page.getByTestId("card-ELIMINATION");
  await expect(card).toContainText("/ 21 家已验收");
  const acceptedBefore = Number((await card.textContent())!.match(/(\d+) \/ 21 家已验收/)![1]);
  await page.getByRole("link", { name: "回访" }).click();
  await page.getByRole("button", { name: "生成回访任务" }).click();
  // Every accepted dismantled case is sampled in this run; other files may have accepted some too.
  await expect(page.getByRole("status")).toHaveText(/^已生成 [1-9]\d* 件回访任务$/);
  await expect(page.getByRole("row", { name: /鄞江示例铸造厂/ })).toContainText("已到期");
  await page.getByRole("button", { name: "生成回访任务" }).click();
  await expect(page.getByRole("status")).toHaveText("没有需要新生成的回访任务");

  const unit = await browser.newPage();
  await loginAs(unit, "yinjiang", /\/units\/\d+$/);
  // The new task at once; the reminder that it is due (the 2020 acceptance being long past) follows from the
  // scheduled job (server/jobs, every 5 minutes), not from this page view. Other specs may tell 鄞江镇 things too.
  await expect(unit.getByTestId("unread-count")).toBeVisible();
  await unit.goto("/notifications");
  await unit
    .getByRole("link", { name: /^新增回访任务 [1-9]\d* 件/ })
    .first()
    .click();
  await unit.getByRole("link", { name: "鄞江示例铸造厂" }).click();
  await expect(unit.getByRole("heading", { name: "回访：鄞江示例铸造厂", level: 1 })).toBeVisible();
  // The township sees its task but does not record it: it may accompany the department or the office.
  await expect(unit.getByText("尚未回访。回访由牵头部门或区工强办录入，属地镇（乡）街道可陪同。")).toBeVisible();
  await expect(unit.getByRole("button", { name: "提交回访结果" })).toHaveCount(0);
  const visitUrl = unit.url();

  const recorder = await browser.newPage();
  await loginAs(recorder, "fgj", /\/todo$/);
  await recorder.goto(visitUrl);
  await recorder.getByRole("radio", { name: "死灰复燃（恢复生产）" }).check();
  await recorder.getByLabel("回访情况").fill("主体设备重新安装，正在生产");
  await recorder.getByLabel(/属地陪同人员/).fill("鄞江镇 王五");
  await recorder.getByRole("button", { name: "提交回访结果" }).click();
  await confirmInPage(recorder, /^确定录入“死灰复燃”吗？将撤销该整治对象的验收/);
  await expect(recorder.getByRole("alert").filter({ hasText: "请先上传回访现场照片" })).toBeVisible();
  await recorder.getByLabel(/上传现场照片/).setInputFiles({
    name: "回访.jpg",
    mimeType: "image/jpeg",
    buffer: await sharp({ create: { width: 120, height: 90, channels: 3, background: "#553311" } })
      .jpeg()
      .toBuffer(),
  });
  await recorder.getByRole("button", { name: "上传", exact: true }).click();
  await expect(recorder.getByRole("link", { name: "查看 回访.jpg" })).toBeVisible();
  const officeUnread = await unread(page);
  await recorder.getByRole("button", { name: "提交回访结果" }).click();
  await confirmInPage(recorder, /^确定录入“死灰复燃”吗？将撤销该整治对象的验收/);
  await expect(recorder.getByTestId("return-visit-result")).toHaveText("死灰复燃（恢复生产）");
  await expect(recorder.getByText("推进中").first()).toBeVisible();

  await page.goto("/dashboard");
  await expect(page.getByTestId("card-ELIMINATION")).toContainText(`${acceptedBefore - 1} / 21 家已验收`);
  await expect(page.getByRole("alert").filter({ hasText: /回访发现死灰复燃（\d+家/ })).toContainText("鄞江示例铸造厂");
  // At least one more unread: the job runner (due reminders) may have told the office something meanwhile too.
  await expect.poll(() => unread(page)).toBeGreaterThan(officeUnread);
  await page.goto("/notifications");
  await expect(page.getByRole("link", { name: /回访发现死灰复燃，已撤销验收：鄞江示例铸造厂/ })).toBeVisible();
});

test("通报: the office circulates the slow units with their figures; 洞桥镇 acknowledges and sees it on its page", async ({
  page,
  browser,
}) => {
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "通报约谈" }).click();
  await page.locator("summary", { hasText: "发布通报" }).click();
  const dongqiao = page.getByRole("checkbox", { name: /洞桥镇/ });
  await expect(dongqiao).toBeChecked(); // short of its targets in the ended campaign
  await expect(page.getByText("淘汰落后产能未完成（完成 1/3）").first()).toBeVisible();
  // The draft is generated from the selected units' figures, then edited before issuing.
  await page.getByRole("button", { name: "生成通报稿" }).click();
  await expect(page.getByLabel("通报内容")).toHaveValue(/洞桥镇：淘汰落后产能目标3家，已验收1家/);
  // Other specs issue 通报 too (one database per run): this one is found by its own title.
  const title = `关于淘汰落后产能进展较慢单位的通报（${Date.now() % 100000}）`;
  await page.getByLabel("通报标题").fill(title);
  await page.getByLabel("通报内容").fill("以下单位进展较慢，请于两周内报送整改措施。");
  await page.getByRole("button", { name: "发布通报" }).click();
  await confirmInPage(page, /^确定发布通报吗？数据截至\d{4}年\d+月\d+日。发布后被通报单位会收到通知，文件即定稿/);
  await expect(page.getByRole("status").filter({ hasText: /^通报已发布（海工强办〔\d{4}〕\d+号）/ })).toBeVisible();
  const notice = page.getByTestId("notice-CIRCULAR").filter({ hasText: title });
  await expect(notice).toContainText("洞桥镇：未确认");
  await notice.getByText(/^数据截至 \S+ 的进度/).click();
  await expect(notice).toContainText("洞桥镇：淘汰 1/3（33%）");

  const unit = await browser.newPage();
  await loginAs(unit, "dongqiao", /\/units\/\d+$/);
  await unit.getByRole("link", { name: "通报约谈" }).click();
  const mine = unit.getByTestId("notice-CIRCULAR").filter({ hasText: title });
  await expect(mine).toHaveCount(1);
  await expect(mine).not.toContainText("古林镇：");
  await mine.getByRole("button", { name: "确认已阅" }).click();
  await expect(mine).toContainText("洞桥镇：已确认");
  await unit.getByRole("link", { name: "本单位" }).click();
  await expect(unit.getByRole("heading", { name: "督办记录（通报与约谈）" })).toBeVisible();
  await expect(unit.getByTestId("notice-CIRCULAR").filter({ hasText: title })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("notice-CIRCULAR").filter({ hasText: title })).toContainText("洞桥镇：已确认");
});

test("联合惩戒: after the deadline the office confirms a case not accepted by then and exports the list", async ({
  page,
}) => {
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "联合惩戒" }).click();
  // Not accepted by the deadline: submitted (still awaiting review) and in progress alike, each with its state that day.
  await expect(page.getByRole("row", { name: /洞桥示例建材厂/ })).toContainText(
    "淘汰落后产能截止日未完成验收（截止时状态：已上报）",
  );
  const row = page.getByRole("row", { name: /洞桥示例五金作坊/ });
  await expect(row).toContainText("“低散乱”整治提升截止日未完成验收（截止时状态：推进中）");
  // No credit code: flagged for completion on the list, and in the export instead of a blank.
  await expect(row.getByTestId("missing-credit-code")).toHaveText("缺统一社会信用代码·待补全");
  await expect(page.getByTestId("missing-credit-codes")).toBeVisible();
  await expect(page.getByTestId("confirmed-count")).toHaveText("0");
  await row.getByRole("button", { name: "确认列入：洞桥示例五金作坊" }).click();
  await row.getByRole("button", { name: "确定列入" }).click(); // confirmed in the page, not in a browser dialog
  await expect(row).toContainText("已确认");
  await expect(page.getByTestId("confirmed-count")).toHaveText("1");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /导出已确认名单（CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("2020年度联合惩戒名单.csv");
  const csv = readFileSync(await file.path(), "utf8");
  expect(csv).toContain('"1","洞桥示例五金作坊","缺统一社会信用代码","洞桥镇","推进中"');
  expect(csv).toContain("洞桥镇");
});
