import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2020";

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("账号").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function loginAs(page: Page, username: string, landing: RegExp) {
  await login(page, username);
  // The first sign-in after the portal starts may be slow to redirect on a busy machine.
  await expect(page).toHaveURL(landing, { timeout: 15_000 });
}

/**
 * Answers the portal's confirmation, asked in the page (a browser dialog would be dismissed by Playwright and
 * the action not taken): its confirming button has the focus, and clicking it confirms.
 */
export async function confirmInPage(page: Page, prompt: string | RegExp, yes = "确定") {
  const question = page.getByRole("alertdialog", { name: prompt });
  const button = question.getByRole("button", { name: yes, exact: true });
  await expect(button).toBeFocused();
  await button.click();
  await expect(question).toHaveCount(0);
}
