import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";

import { loginAs } from "./helpers";

// A township officer on a factory floor with no signal: the case page (opened while online) keeps the
// photos chosen offline in the browser, survives a reload served by the service worker, and uploads
// each photo exactly once when the connection returns. Registers its own case in 横街镇, a unit no
// other spec file reads or changes.

const photo = async (name: string, color: string) => ({
  name,
  mimeType: "image/jpeg",
  buffer: await sharp({ create: { width: 120, height: 90, channels: 3, background: color } })
    .jpeg()
    .toBuffer(),
});

async function registerCase(page: Page, name: string) {
  await page.getByRole("link", { name: "登记整治对象" }).filter({ visible: true }).first().click();
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
  await expect
    .poll(
      () => page.evaluate(async () => !!navigator.serviceWorker.controller && !!(await caches.match(location.href))),
      { timeout: 20_000 },
    )
    .toBe(true);
  return heading;
}

test("photos chosen offline wait in the browser, survive a reload and are uploaded once when back online", async ({
  page,
  context,
}) => {
  const name = `横街离线测试厂${Date.now() % 10000}`;
  await loginAs(page, "hengjie", /\/units\/\d+$/);
  const heading = await registerCase(page, name);

  await context.setOffline(true);
  await expect(page.getByText("当前离线，材料将在恢复网络后自动上传")).toBeVisible();
  await expect(page.getByRole("button", { name: "上报验收", exact: true })).toBeDisabled();

  const label = "整治前照片";
  await page
    .getByLabel(`选择${label}文件`)
    .setInputFiles([await photo("离线一.jpg", "#aa3333"), await photo("离线二.jpg", "#3333aa")]);
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
  await expect(page.getByRole("note").filter({ hasText: "上报验收暂不可用：还缺整治后照片" })).toBeVisible();

  // Fresh from the server: exactly two photos, nothing doubled, nothing left in the queue.
  await page.reload();
  await expect(section.getByRole("button", { name: /^查看 / })).toHaveCount(2);
  await expect(page.getByText(/待上传/)).toHaveCount(0);
});

test("a photo queued offline is uploaded under its officer's session only; the next user gets none of the kept pages", async ({
  page,
  context,
}) => {
  const name = `横街离线换人厂${Date.now() % 10000}`;
  await loginAs(page, "hengjie", /\/units\/\d+$/);
  const heading = await registerCase(page, name);
  const caseUrl = page.url();

  await context.setOffline(true);
  const label = "整治前照片";
  await page.getByLabel(`选择${label}文件`).setInputFiles([await photo("离线换人.jpg", "#33aa33")]);
  await expect(page.getByText("待上传 1 张")).toBeVisible();

  // The officer's session ends (the cookie is gone) and someone else signs in in this browser.
  await context.clearCookies();
  await context.setOffline(false);
  // Upload attempts answered under some session (the officer's own page may still try once without one: 401).
  const uploads: number[] = [];
  page.on(
    "response",
    (r) =>
      r.request().method() === "POST" &&
      r.url().includes("/evidence") &&
      r.status() !== 401 &&
      uploads.push(r.status()),
  );
  await loginAs(page, "office", /\/todo$/);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Nothing of the officer's: no waiting photo shown, none sent under this session, no kept page.
  await expect(page.getByText(/待上传/)).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(async (url) => !!(await caches.match(url)), caseUrl), { timeout: 10_000 })
    .toBe(false);
  await page.waitForTimeout(2000);
  expect(uploads).toEqual([]);

  // The officer signs in again: the photo is theirs, waiting, and goes up under their name.
  await context.clearCookies();
  await loginAs(page, "hengjie", /\/units\/\d+$/);
  await page.goto(caseUrl);
  await expect(heading).toBeVisible();
  const section = page.locator("div", { has: page.getByRole("heading", { name: label, level: 3 }) }).last();
  await expect(page.getByText(/待上传 \d+ 张/)).toHaveCount(0, { timeout: 20_000 });
  await page.reload();
  await expect(section.getByRole("button", { name: "查看 离线换人.jpg" })).toBeVisible();
  expect(uploads).toContain(201);
});
