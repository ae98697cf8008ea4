// A township officer's phone (390×844, touch): every page gulin may open — the areas of lib/areas.ts a
// township sees, then one page of every other kind reached by following their links (a case, a finding, a
// task line, a 回访, a 通报, …, as tests/e2e/a11y.spec.ts walks them) — fits a thumb:
// - every visible interactive control (link, button, input, select, textarea, summary, role=button) is at
//   least 44×44 px; a checkbox or radio button counts by its label's hit area (tapping the label ticks it);
// - the page does not scroll sideways (the document is no wider than the screen);
// - no table header wraps one character per line.
// Controls inside a collapsed <details> are checked too, with every <details> opened.
// No exception for links in running text: the kit's inline links (components/ui/link.tsx) are 44 px boxes
// in the line on a phone as well, since on this portal every such link is a step of the officer's work.
import { expect, type Page, test } from "@playwright/test";

import { type Area, AREAS, canSee } from "../../lib/areas";
import { loginAs } from "./helpers";
import { kindOf, linksOn, openSettled } from "./page-walk";

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

const MIN = 44;

/** What is wrong with the current page on a thumb: one line per control or header, empty when nothing. */
async function problemsOn(page: Page): Promise<string[]> {
  // The screen's width as set, not window.innerWidth: a phone browser widens its layout viewport (and zooms
  // out) to fit a page wider than the screen, so innerWidth grows with the page.
  const screen = page.viewportSize()!.width;
  // Measured once the fonts are in: a header's lines depend on its glyphs' widths.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(
    ([min, screen]) => {
      const problems: string[] = [];
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return style.visibility !== "hidden" && style.display !== "none" && r.width > 1 && r.height > 1;
      };
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.getAttribute("type") ? `[${el.getAttribute("type")}]` : ""} “${(
          el.getAttribute("aria-label") ||
          el.textContent ||
          (el as HTMLInputElement).name ||
          ""
        )
          .trim()
          .replace(/\s+/g, " ")
          .slice(0, 30)}”`;
      const big = (r: DOMRect) => r.width >= min - 0.5 && r.height >= min - 0.5;

      const controls = document.querySelectorAll(
        "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]",
      );
      for (const el of controls) {
        const own = el.getBoundingClientRect();
        const check = el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio");
        // A checkbox or radio button is hit through its label as well; a visually hidden file input through
        // the button that opens it (checked as that button).
        const labels = check ? [...((el as HTMLInputElement).labels ?? [])].filter(visible) : [];
        if (!visible(el) && labels.length === 0) continue;
        if (big(own) || labels.some((l) => big(l.getBoundingClientRect()))) continue;
        const r = labels.length > 0 ? labels[0].getBoundingClientRect() : own;
        problems.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }

      if (document.documentElement.scrollWidth > screen)
        problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} px wide on a ${screen} px screen`);

      // A header wraps one character per line when it takes several lines of at most one character each.
      for (const th of document.querySelectorAll("th")) {
        if (!visible(th)) continue;
        const text = (th.textContent ?? "").replace(/\s+/g, "");
        if (text.length < 2) continue;
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1 && text.length / lines.size < 2)
          problems.push(`header “${text.slice(0, 20)}” wraps one character per line (${lines.size} lines)`);
      }
      return problems;
    },
    [MIN, screen] as const,
  );
}

test("the check finds a 13 px checkbox, an 8×20 link, sideways scrolling and a header one character wide", async ({
  page,
}) => {
  await page.setContent(
    `<html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0"><a href="/x" style="display:inline-block;width:8px;height:20px">1</a>` +
      `<input type="checkbox" id="c"><label for="c">已核实</label>` +
      `<label style="display:flex;min-height:44px;width:120px"><input type="checkbox"> 核实</label>` +
      `<button style="width:60px;height:44px">确定</button>` +
      `<table style="table-layout:fixed;width:14px"><tr><th style="width:14px;word-break:break-all">整改期限</th></tr></table>` +
      `<div style="width:600px">宽</div></body></html>`,
  );
  // Polled: the page is set from a string, and its CJK header may be laid out again once its fallback font is in.
  await expect
    .poll(() => problemsOn(page))
    .toEqual([
      expect.stringMatching(/^a “1” 8×20$/),
      expect.stringMatching(/^input\[checkbox\] “” \d+×\d+$/),
      "scrolls sideways: 600 px wide on a 390 px screen",
      expect.stringMatching(/^header “整改期限” wraps one character per line/),
    ]);
});

test("every page gulin may open fits a thumb: 44 px controls, no sideways scrolling, no one-character headers", async ({
  page,
}) => {
  test.setTimeout(600_000);
  await loginAs(page, "gulin", /\/units\/\d+$/);
  const own = new URL(page.url()).pathname;
  const start = (Object.keys(AREAS) as Area[])
    .flatMap((area) => {
      const { href } = AREAS[area];
      if (!canSee("TOWNSHIP", area) || href.startsWith("/api")) return [];
      return [href.includes("{unit}") ? own : href];
    })
    .concat(["/account/password"]);
  const queue = [...start];
  const kinds = new Set(start.map(kindOf));
  const visited: string[] = [];
  const problems: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    visited.push(path);
    await openSettled(page, path);
    problems.push(...(await problemsOn(page)).map((p) => `${path}: ${p}`));
    // What a tap on a <summary> shows is checked too.
    if ((await page.locator("details:not([open])").count()) > 0) {
      await page.locator("details:not([open])").evaluateAll((ds) => ds.forEach((d) => d.setAttribute("open", "")));
      const opened = (await problemsOn(page)).map((p) => `${path} (details opened): ${p}`);
      problems.push(...opened.filter((p) => !problems.includes(p.replace(" (details opened)", ""))));
    }
    for (const link of await linksOn(page)) {
      if (kinds.has(kindOf(link))) continue;
      kinds.add(kindOf(link));
      queue.push(link);
    }
  }
  console.log(`checked ${visited.length} pages:\n  ${visited.join("\n  ")}`);
  expect(problems, problems.join("\n")).toEqual([]);
});
