import { expect, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";

export const DEMO_PASSWORD = "Demo@2020";

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("账号").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/**
 * Signs in as a demo account and opens the portal's start, which must be the role's landing page. The sign-in
 * is the login form's own request (next-auth's credentials callback with its CSRF token, as `signIn()` in
 * components/login-form.tsx sends it), made from the page's context so the page holds the session cookie:
 * the login page itself is not drawn for every test. The form is tested through the browser by `login()`
 * (security.spec, roles.spec, admin-users.spec, …) and by the accessibility walk.
 */
export async function loginAs(page: Page, username: string, landing: RegExp) {
  const request = page.context().request;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { username, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/", json: "true" },
  });
  // next-auth answers a refused sign-in with 401 (or a URL carrying ?error=): fail here, with the reason.
  expect(res.status(), `sign-in as ${username}`).toBe(200);
  expect(((await res.json()) as { url: string }).url, `sign-in as ${username}`).not.toContain("error=");
  await page.goto("/");
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

// ——— registering a case and its evidence through the pages (workflow.spec, referrals.spec) ———

// A valid 统一社会信用代码 (GB 32100 check character), unique per run.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function creditCode(): string {
  const body = `91330203MA${String(Date.now()).slice(-7)}`;
  const sum = [...body].reduce((s, ch, i) => s + ALPHABET.indexOf(ch) * WEIGHTS[i], 0);
  const c = 31 - (sum % 31);
  return body + (c === 31 ? "0" : ALPHABET[c]);
}

export const photo = async (name: string, color: string) => ({
  name,
  mimeType: "image/jpeg",
  buffer: await sharp({ create: { width: 120, height: 90, channels: 3, background: color } })
    .jpeg()
    .toBuffer(),
});
export const pdfFile = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
});

export async function uploadTo(page: Page, label: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const section = page.locator("div", { has: page.getByRole("heading", { name: label, level: 3 }) }).last();
  await page.getByLabel(`选择${label}文件`).setInputFiles(file);
  await expect(section.getByRole("button", { name: `查看 ${file.name}` })).toBeVisible();
}

/** Lists one item of equipment (淘汰设备清单) with its 去向 on the open case page, as a 拆除 case needs before it is submitted. */
export async function listEquipment(
  page: Page,
  item: { name: string; capacity: string; unit: string; quantity?: string; disposition?: string },
) {
  const form = page.getByRole("form", { name: "登记设备" });
  // The uploads just before refresh the page; fill once they have settled, or a late render may empty the form.
  // Bounded: a page with background requests may never go quiet, and then the fill simply goes ahead.
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => {});
  await form.getByLabel("名称", { exact: true }).fill(item.name);
  await form.getByLabel("数量（台/套）").fill(item.quantity ?? "1");
  await form.getByLabel("单台（套）产能或功率").fill(item.capacity);
  await form.getByLabel("单位", { exact: true }).fill(item.unit);
  await form.getByRole("radio", { name: item.disposition ?? "拆除报废" }).check();
  await form.getByRole("button", { name: "登记设备" }).click();
  await expect(page.getByText(`已登记“${item.name}”`)).toBeVisible();
}

export async function register(
  page: Page,
  name: string,
  category: "淘汰落后产能" | "“低散乱”整治提升",
  dimension: string,
) {
  await page.getByRole("link", { name: "登记整治对象" }).filter({ visible: true }).first().click();
  await page.getByLabel("企业（作坊）名称").fill(name);
  await page.getByLabel("统一社会信用代码（选填）").fill("91350100M000100Y44");
  await page.getByLabel("所属行业").selectOption({ label: "铸造" });
  await page.getByRole("radio", { name: category }).check();
  await page.getByRole("checkbox", { name: dimension }).check();
  if (category === "淘汰落后产能") {
    await page.getByRole("radio", { name: "拆除主体设备" }).check();
    await page.getByRole("combobox", { name: /^政策依据/ }).selectOption({ index: 1 }); // required before submission
  } else await page.getByLabel("整治结果类别").selectOption({ label: "规范提升" });
  await submitRegistration(page, page.getByText("校验位错误：第18位应为“3”，请核对代码").first());
  await page.getByLabel("统一社会信用代码（选填）").fill(creditCode());
  await submitRegistration(page, page.getByRole("heading", { name, level: 1 }));
  return page.url();
}

/** 登记, then `next` is shown; a unit with "/" in the category first confirms the case is 目标外. */
async function submitRegistration(page: Page, next: Locator) {
  await page.getByRole("button", { name: "登记", exact: true }).click();
  const outside = page.getByRole("alertdialog", { name: /确定登记为目标外整治对象吗/ });
  await expect(outside.or(next).first()).toBeVisible();
  if (await outside.isVisible()) await confirmInPage(page, /确定登记为目标外整治对象吗/, "确定登记为目标外");
  await expect(next).toBeVisible();
}
