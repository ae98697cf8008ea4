import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { loginAs } from "./helpers";

// A township officer on a factory floor with no signal: the case page (opened while online) keeps the
// photos chosen offline in the browser, survives a reload served by the service worker, and uploads
// each photo exactly once when the connection returns. Registers its own case in 横街镇, a unit no
// other spec file reads or changes.

const photo = async (name: string, color: string) => ({
  name, mimeType: "image/jpeg",
  buffer: await sharp({ create: { width: 120, height: 90, channels: 3, background: color } }).jpeg().toBuffer(),
});

test("photos chosen offline wait in the browser, survive a reload and are uploaded once when back online", async ({ page, context }) => {
  const name = `横街离线测试厂${Date.now() % 10000}`;
  await loginAs(page, "hengjie", /\/units\/\d+$/);
  await page.getByRole("link", { name: "登记案件" }).click();
  await page.getByLabel("企业（作坊）名称").fill(name);
  await page.getByLabel("所属行业").selectOption({ label: "铸造" });
  await page.getByRole("radio", { name: "“低散乱”整治提升" }).check();
  await page.getByRole("checkbox", { name: "环保" }).check();
  await page.getByLabel("整治结果类别").selectOption({ label: "规范提升" });
  await page.getByRole("button", { name: "登记", exact: true }).click();
  const heading = page.getByRole("heading", { name, level: 1 });
  await expect(heading).toBeVisible();

  // The service worker has taken the page into its keeping (the officer opened it while online).
  await page.reload();
  await expect.poll(() => page.evaluate(async () =>
    !!navigator.serviceWorker.controller && !!(await caches.match(location.href))), { timeout: 20_000 }).toBe(true);

  await context.setOffline(true);
  await expect(page.getByText("当前离线，材料将在恢复网络后自动上传")).toBeVisible();
  await expect(page.getByRole("button", { name: "上报验收", exact: true })).toBeDisabled();

  const label = "整治前（拆前）照片";
  await page.getByLabel(`选择${label}文件`).setInputFiles([await photo("离线一.jpg", "#aa3333"), await photo("离线二.jpg", "#3333aa")]);
  await expect(page.getByText("待上传 2 张")).toBeVisible();

  // Reopened without a connection: the page comes from the service worker, the files from IndexedDB.
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(page.getByText("当前离线，材料将在恢复网络后自动上传")).toBeVisible();
  await expect(page.getByText("待上传 2 张")).toBeVisible();
  const queued = page.getByRole("list", { name: `${label}待上传` });
  await expect(queued.getByText("离线一.jpg")).toBeVisible();
  await expect(queued.getByText("离线二.jpg")).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText(/待上传 \d+ 张/)).toHaveCount(0, { timeout: 20_000 });
  const section = page.locator("div", { has: page.getByRole("heading", { name: label, level: 3 }) }).last();
  await expect(section.getByRole("button", { name: "查看 离线一.jpg" })).toBeVisible();
  await expect(section.getByRole("button", { name: "查看 离线二.jpg" })).toBeVisible();
  // Online again: 上报验收 now waits only for the photo still missing, not for the connection.
  await expect(page.getByRole("note").filter({ hasText: "上报验收暂不可用：还缺整治后（拆后）照片" })).toBeVisible();

  // Fresh from the server: exactly two photos, nothing doubled, nothing left in the queue.
  await page.reload();
  await expect(section.getByRole("button", { name: /^查看 / })).toHaveCount(2);
  await expect(page.getByText(/待上传/)).toHaveCount(0);
});
