import { expect, type Page, test } from "@playwright/test";

import { loginAs } from "./helpers";

// WCAG 2 AA colour contrast of the text on the pages people look at every day (4.5:1, 3:1 for large
// text), computed in the page like axe-core's color-contrast rule: the text's colour against the first
// opaque background behind it. Colours are read through a canvas, so Tailwind's oklch() works too.

type Violation = { text: string; ratio: number; fg: string; bg: string };

async function contrastViolations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#000";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const backgroundOf = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] >= 0.99) return c;
      }
      return [255, 255, 255, 1];
    };
    const out: { text: string; ratio: number; fg: string; bg: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (
        style.visibility === "hidden" ||
        box.width === 0 ||
        box.height === 0 ||
        el.closest("[aria-hidden=true], .sr-only, option, script, style")
      )
        continue;
      if (
        Number(style.opacity) < 1 ||
        (el as HTMLInputElement).disabled ||
        el.closest("[disabled], [aria-disabled=true]")
      )
        continue;
      const fgRaw = rgba(style.color);
      const bg = backgroundOf(el);
      const fg = fgRaw.map((c, i) => (i < 3 ? c * fgRaw[3] + bg[i] * (1 - fgRaw[3]) : 1));
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5) - 0.005) {
        out.push({
          text: n.textContent.trim().slice(0, 30),
          ratio: Math.round(ratio * 100) / 100,
          fg: style.color,
          bg: `rgb(${bg.slice(0, 3).join(",")})`,
        });
      }
    }
    return out;
  });
}

test("the check finds grey text on a pale red row (#62748e on #fef2f2, 4.35:1) and passes a darker grey", async ({
  page,
}) => {
  await page.setContent(
    `<div style="background:#fef2f2;font-size:12px"><a href="#" style="color:#62748e">概况</a> <span style="color:#45556c">完成</span></div>`,
  );
  expect(await contrastViolations(page)).toEqual([
    { text: "概况", ratio: 4.35, fg: "rgb(98, 116, 142)", bg: "rgb(254,242,242)" },
  ]);
});

for (const [who, landing] of [
  ["office", /\/dashboard$/],
  ["leader", /\/dashboard$/],
  ["gaoqiao", /\/units\/\d+$/],
] as const) {
  test(`the ${who}'s landing page has no text below the contrast minimum`, async ({ page }) => {
    await loginAs(page, who, landing);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    expect(await contrastViolations(page)).toEqual([]);
  });
}
