import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { loginAs } from "./helpers";

// On site in 章水镇 (its one registered case comes from fixtures.ts; no other spec file uses the unit):
// the officer records the enterprise's position with the browser's geolocation, then adds an iPhone
// (HEIC) photo taken elsewhere — 120 km away. The photo shows as a thumbnail, and the office, reviewing
// the case, sees it flagged with the distance.
const ENTERPRISE = "章水示例翻砂厂";
const SITE = { latitude: 29.8746, longitude: 121.5503 };
const heic = {
  name: "IMG_4032.HEIC",
  mimeType: "image/heic",
  buffer: readFileSync(new URL("../fixtures/iphone.heic", import.meta.url)),
};

test("an iPhone photo taken far from the recorded site: stored with a thumbnail, flagged for the reviewer", async ({
  browser,
}) => {
  const officer = await browser.newContext({ permissions: ["geolocation"], geolocation: SITE });
  const page = await officer.newPage();
  await loginAs(page, "zhangshui", /\/units\/\d+$/);
  await page.goto("/cases");
  await page.getByRole("link", { name: ENTERPRISE }).click();
  await expect(page.getByRole("heading", { name: ENTERPRISE, level: 1 })).toBeVisible();

  const location = page.getByRole("region", { name: "企业位置" });
  await expect(location.getByText("尚未记录企业位置")).toBeVisible();
  await location.getByRole("button", { name: "使用当前位置" }).click();
  await expect(location.getByText(/已记录企业位置/)).toBeVisible();
  await expect(location.getByText("29.87460, 121.55030")).toBeVisible();

  const label = "拆前照片";
  await page.getByLabel(`选择${label}文件`).setInputFiles(heic);
  const view = page.getByRole("button", { name: `查看 ${heic.name}` });
  // Decoding a HEIC (WASM) takes a few seconds on a busy machine.
  await expect(view).toBeVisible({ timeout: 30_000 });
  // The thumbnail is a real image the browser decoded (HEIC itself would not display in Chromium).
  const thumb = view.locator("img");
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  // The officer sees the flag too: nothing is hidden from the unit that must answer for it.
  await expect(page.getByText(/拍摄位置距企业 \d+ 米/)).toBeVisible();
  const caseUrl = page.url();
  await officer.close();

  const reviewer = await browser.newPage();
  await loginAs(reviewer, "office", /\/todo$/);
  await reviewer.goto(caseUrl);
  await expect(reviewer.getByRole("heading", { name: ENTERPRISE, level: 1 })).toBeVisible();
  const flag = reviewer.getByText(/拍摄位置距企业 \d+ 米/);
  await expect(flag).toBeVisible();
  const metres = Number((await flag.textContent())!.match(/(\d+) 米/)![1]);
  expect(metres).toBeGreaterThan(100_000);
  expect(metres).toBeLessThan(150_000);
  // The office sees the site but cannot move it.
  await expect(
    reviewer.getByRole("region", { name: "企业位置" }).getByRole("button", { name: "使用当前位置" }),
  ).toHaveCount(0);
});
