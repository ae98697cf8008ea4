import { expect, type Dialog, type Page } from "@playwright/test";

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

/** Confirms a `window.confirm`; a dialog already closed by a navigation is not an error of the page. */
export function acceptDialog(dialog: Dialog) {
  dialog.accept().catch(() => {});
}
