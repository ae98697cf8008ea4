// The office gives a new 古林镇 officer an account: a one-time password shown once, a forced change at
// the first sign-in (the policy refuses a weak one), then the officer works; disabling ends the session.
// Accounts elsewhere never reach the administration. Uses its own new account only.
import { expect, test } from "@playwright/test";

import { confirmInPage, login, loginAs } from "./helpers";

const USERNAME = "gulin.e2e";
const NEW_PASSWORD = "Gulin-river-2026";

test("office creates a township account; the officer changes the one-time password, works, and is cut off when disabled", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // two people, a dozen pages, several bcrypt hashes on a busy machine
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "用户管理" }).click();
  await expect(page.getByRole("heading", { name: "用户管理" })).toBeVisible();

  const create = page.getByRole("region", { name: "新建账号" });
  await create.getByLabel("账号").fill(USERNAME);
  await create.getByLabel("姓名").fill("古林新经办人");
  await create.getByLabel("角色").selectOption({ label: "镇街/园区经办人" });
  await create.getByLabel("所属单位").selectOption({ label: "古林镇" });
  await create.getByRole("button", { name: "创建账号" }).click();
  const otp = (await create.getByLabel("一次性密码").textContent())!.trim();
  expect(otp).toMatch(/^[A-Za-z0-9]{12}$/);

  // The new officer signs in with it and is held on the password page.
  const officer = await (await browser.newContext()).newPage();
  await login(officer, USERNAME, otp);
  await expect(officer).toHaveURL(/\/account\/password$/, { timeout: 15_000 });
  await expect(officer.getByText("您正在使用区工强办发放的一次性密码")).toBeVisible();
  await officer.goto("/cases");
  await expect(officer).toHaveURL(/\/account\/password$/);

  await officer.getByLabel("当前密码").fill(otp);
  await officer.getByLabel("新密码", { exact: true }).fill(`${USERNAME}-2026`);
  await officer.getByLabel("再次输入新密码").fill(`${USERNAME}-2026`);
  await officer.getByRole("button", { name: "修改密码" }).click();
  await expect(officer.getByRole("alert").filter({ hasText: "密码不能与账号相同，也不能包含账号" })).toBeVisible();

  await officer.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
  await officer.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
  await officer.getByRole("button", { name: "修改密码" }).click();
  await expect(officer).toHaveURL(/\/units\/\d+$/, { timeout: 15_000 });
  await expect(officer.getByRole("heading", { name: "古林镇" })).toBeVisible();
  await expect(officer.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "本单位" })).toBeVisible();

  // The office sees the sign-in, then disables the account: the officer's open session ends.
  await page.goto(`/admin/users?q=${USERNAME}`);
  const row = page.getByRole("row", { name: new RegExp(USERNAME.replace(".", "\\.")) });
  await expect(row.getByText("正常")).toBeVisible();
  await expect(row.getByText("从未登录")).toHaveCount(0);
  await row.getByRole("button", { name: "停用" }).click();
  await confirmInPage(page, new RegExp(`停用账号 ${USERNAME.replace(".", "\\.")}`), "停用");
  await expect(row.getByText("已停用", { exact: true })).toBeVisible();

  await officer.reload();
  await expect(officer).toHaveURL(/\/login/);
  await login(officer, USERNAME, NEW_PASSWORD);
  await expect(officer.getByText("账号或密码错误")).toBeVisible();

  // The record's history is in the audit log.
  await page.goto("/admin/audit?entity=User");
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  await expect(page.getByRole("row", { name: /启用或停用用户/ }).first()).toContainText(/启用：\s*是\s*→\s*否/);
});

test("a township officer gets not found on the administration pages", async ({ page }) => {
  await loginAs(page, "gaoqiao", /\/units\/\d+$/);
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "用户管理" })).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
  }
  expect((await page.request.get("/api/exports/audit")).status()).toBe(404);
});
