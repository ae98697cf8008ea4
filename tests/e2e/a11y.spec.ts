import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";

import { type Area, AREAS, canSee } from "../../lib/areas";
import type { Role } from "../../lib/generated/prisma/enums";
import { loginAs } from "./helpers";
import { kindOf, linksOn, openSettled, watchCsp } from "./page-walk";

// Accessibility (WCAG 2.1 A and AA, as axe-core checks it) of every page each role may open: the areas of
// lib/areas.ts the role sees, then — following the links on those pages — one page of every other kind it
// reaches (a case, a tip, a referral, a round, a finding, a unit, a task line, a 回访, a campaign, …, from the
// seeded demo data and fixtures). A page kind is its path with the record ids taken out, so a new page or a new
// record page is covered as soon as a page links to it. Township pages are checked on a phone too.
// Serious and critical violations fail the role's test, listed with the rule, the elements and the page. The same
// walk is the Content-Security-Policy check (README 安全): no page may have a script, style or image refused.

const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Pages every signed-in user may open that no menu lists. */
const EVERY_ACCOUNT = ["/account/password"];

/** Serious and critical violations on the current page, one line per element. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  // Legacy mode: axe.run in the page itself. The default mode runs axe per frame, then opens a blank page and
  // loads axe there once more to merge the frames' results — the same result for our pages (no iframes), at
  // about twice the browser's work per check (measured: 28 checks, 73 → 46 CPU seconds).
  // resultTypes: only violations get their elements' selectors worked out (axe's own performance advice); the
  // passing checks, which we never read, are counted without them.
  const { violations } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true)
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${where} ${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help}`,
      ),
    );
}

async function violationsOn(page: Page, path: string, viewport: string): Promise<string[]> {
  await openSettled(page, path);
  return seriousViolations(page, `${path} [${viewport}]`);
}

/** Every page kind a signed-in page's context reaches from the given start pages, one address each. */
async function checkPages(page: Page, start: string[], viewports: (typeof DESKTOP)[]): Promise<string[]> {
  const queue = [...start];
  const kinds = new Set(start.map(kindOf));
  const visited: string[] = [];
  const problems: string[] = [];
  await page.setViewportSize(viewports[0]);
  while (queue.length > 0) {
    const path = queue.shift()!;
    visited.push(path);
    problems.push(...(await violationsOn(page, path, `${viewports[0].width}×${viewports[0].height}`)));
    for (const link of await linksOn(page)) {
      if (kinds.has(kindOf(link))) continue;
      kinds.add(kindOf(link));
      queue.push(link);
    }
  }
  for (const viewport of viewports.slice(1)) {
    await page.setViewportSize(viewport);
    for (const path of visited)
      problems.push(...(await violationsOn(page, path, `${viewport.width}×${viewport.height}`)));
  }
  console.log(`checked ${visited.length} pages:\n  ${visited.join("\n  ")}`);
  return problems;
}

/** The areas of lib/areas.ts the role may open (its own unit's page for a township), route handlers aside. */
function areaPages(role: Role, ownUnitPath: string | null): string[] {
  return (Object.keys(AREAS) as Area[])
    .flatMap((area) => {
      const { href } = AREAS[area];
      if (!canSee(role, area) || href.startsWith("/api")) return [];
      if (href.includes("{unit}")) return ownUnitPath ? [ownUnitPath] : [];
      return [href];
    })
    .concat(EVERY_ACCOUNT);
}

async function signedIn(browser: Browser, username: string, landing: RegExp) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const csp = await watchCsp(page);
  await loginAs(page, username, landing);
  return { context, page, csp };
}

test("the check finds grey text on a pale red row (#62748e on #fef2f2, 4.35:1) and passes a darker grey", async ({
  page,
}) => {
  const row = (grey: string) =>
    `<html lang="zh-CN"><title>t</title><main><table><tr style="background:#fef2f2"><th scope="row" style="font-size:12px">` +
    `<a href="/units/1" style="color:${grey}">概况</a></th></tr></table></main></html>`;
  await page.setContent(row("#62748e"));
  expect(await seriousViolations(page, "row")).toEqual([
    expect.stringMatching(/^row color-contrast \(serious\): a — .*4\.35/),
  ]);
  await page.setContent(row("#45556c"));
  expect(await seriousViolations(page, "row")).toEqual([]);
});

const ACCOUNTS: [role: Role, username: string, landing: RegExp, phone: boolean][] = [
  ["OFFICE", "office", /\/todo$/, false],
  ["LEADER", "leader", /\/dashboard$/, false],
  ["DEPARTMENT", "fgj", /\/todo$/, false],
  ["TOWNSHIP", "gulin", /\/units\/\d+$/, true],
  ["EXPERT", "expert", /\/referrals$/, false],
  // The city's pages: 全市总览 and its read-only drill-down into each district (江北区's under 示例数据).
  ["CITY_OFFICE", "city", /\/city$/, false],
];

for (const [role, username, landing, phone] of ACCOUNTS) {
  test(`every page the ${role.toLowerCase()} (${username}) may open has no serious or critical WCAG violation and no CSP refusal`, async ({
    browser,
  }) => {
    test.setTimeout(600_000);
    const { context, page, csp } = await signedIn(browser, username, landing);
    const own = role === "TOWNSHIP" ? new URL(page.url()).pathname : null;
    const problems = await checkPages(page, areaPages(role, own), phone ? [DESKTOP, PHONE] : [DESKTOP]);
    await context.close();
    expect(problems, problems.join("\n")).toEqual([]);
    expect(csp).toEqual([]);
  });
}

test("the sign-in page, the public tip page's district chooser and its form have no serious or critical WCAG violation", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    for (const path of ["/login", "/tip", "/tip?district=330203"])
      problems.push(...(await violationsOn(page, path, `${viewport.width}×${viewport.height}`)));
  }
  await context.close();
  expect(problems, problems.join("\n")).toEqual([]);
});
