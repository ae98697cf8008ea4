// The office points 集士港镇's 钉钉 group robot at an address (here a local node:http server standing in
// for the robot), a wrong address is refused at the field, and 发送测试消息 reaches the robot through the
// job runner within a tick; 通知投递 then lists no failures. Touches only 集士港镇's delivery setting.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { expect, test } from "@playwright/test";

import { loginAs } from "./helpers";

test("office sets a unit's group robot in 用户管理; a test message arrives; 通知投递 shows no failures", async ({
  page,
}) => {
  test.setTimeout(180_000); // the job runner ticks once a minute
  const received: { url: string; body: Record<string, unknown> }[] = [];
  const robot = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ url: req.url ?? "", body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      res.writeHead(200, { "content-type": "application/json" }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((r) => robot.listen(0, "127.0.0.1", () => r()));
  const robotUrl = `http://127.0.0.1:${(robot.address() as AddressInfo).port}/robot/send?access_token=e2e`;
  try {
    await loginAs(page, "office", /\/todo$/);
    await page.goto("/admin/users");
    const robots = page.getByRole("region", { name: "单位群机器人" });
    const unit = robots.getByRole("listitem").filter({ hasText: "集士港镇" });
    await expect(unit.getByText("仅站内")).toBeVisible();
    await unit.getByText("集士港镇").click();

    const address = unit.getByLabel("钉钉/浙政钉群机器人地址（选填）");
    await address.fill("ftp://robot.example/send");
    await unit.getByRole("button", { name: "保存通知方式" }).click();
    // Refused at the field (its note, announced with it; the field is focused) and in the form's list of what to fix.
    await expect(address).toHaveAccessibleDescription("只能使用 https:// 或 http:// 地址");
    await expect(address).toHaveAttribute("aria-invalid", "true");
    await expect(address).toBeFocused();
    await expect(unit.getByTestId("error-summary")).toHaveText(
      "请修改以下1处后再提交：只能使用 https:// 或 http:// 地址",
    );

    await address.fill(robotUrl);
    await unit.getByLabel("关键词（选填）").fill("整治");
    await unit.getByText("每日汇总（每天 17:00 一条）").click();
    await unit.getByRole("button", { name: "保存通知方式" }).click();
    await expect(unit.getByText("已保存通知方式")).toBeVisible();
    await expect(unit.getByText("群机器人 · 每日汇总")).toBeVisible();

    await unit.getByRole("button", { name: "发送测试消息" }).click();
    await expect(unit.getByText(/已排入发送（1 条）/)).toBeVisible();
    await expect.poll(() => received.length, { timeout: 100_000, intervals: [2_000] }).toBe(1);
    expect(received[0].url).toContain("access_token=e2e");
    expect(received[0].body).toMatchObject({ msgtype: "markdown" });
    expect(JSON.stringify(received[0].body)).toContain("测试消息：通知投递设置可用");

    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通知投递" }).click();
    await expect(page.getByRole("heading", { name: "通知投递" })).toBeVisible();
    await expect(page.getByText("没有发送失败或重试中的通知。")).toBeVisible();
  } finally {
    await new Promise((r) => robot.close(r));
  }
});
