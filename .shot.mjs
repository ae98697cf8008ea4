import { chromium } from "@playwright/test";
const base = `http://localhost:${process.env.PORT ?? 3203}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
await page.setViewportSize({ width: 390, height: 844 });
await page.goto(`${base}/login`);
await page.getByLabel("账号").fill(process.env.USER_NAME ?? "office");
await page.getByLabel("密码").fill("Demo@2020");
await page.getByRole("button", { name: "登录" }).click();
await page.waitForURL(/dashboard|tasks|cases/, { timeout: 30000 });
for (const path of (process.env.PATHS ?? "/cases").split(",")) {
  await page.goto(`${base}${path}`);
  await page.waitForLoadState("networkidle");
  const name = path.replace(/\W+/g, "_") || "root";
  await page.screenshot({ path: `/tmp/uikit-${name}.png`, fullPage: process.env.FULL === "1" });
  const report = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = document.documentElement.scrollWidth;
    const small = [...document.querySelectorAll("main a, main button, main input[type=checkbox], main input[type=radio], nav a, nav button")]
      .filter((el) => el.offsetParent !== null)
      .map((el) => { const r = el.getBoundingClientRect(); return { t: (el.textContent || el.getAttribute("aria-label") || el.tagName).trim().slice(0, 20), w: Math.round(r.width), h: Math.round(r.height) }; })
      .filter((x) => x.h < 44 || x.w < 44);
    const tables = [...document.querySelectorAll("table")].map((t) => ({ display: getComputedStyle(t).display, w: Math.round(t.getBoundingClientRect().width) }));
    return { vw, wide, tables, small: small.slice(0, 15), smallCount: small.length };
  });
  console.log(path, JSON.stringify(report));
}
await browser.close();
