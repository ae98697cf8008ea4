// Fewer requests per page view: one view of a township officer's or the office's page causes at most 3
// server renders — the document and what it asks for by itself (RSC requests: prefetches of the links it
// shows) until the network is quiet. Links are prefetched on intent only (components/ui/app-link.tsx), so
// a page of dozens of links costs its document, not dozens of renders. Every page in the role's menu
// (lib/areas.ts) is viewed once, fresh, as scripts/bench-pages.ts measures it on the load data.
import { type Browser, expect, test } from "@playwright/test";

import { type Area, AREAS, canSee } from "../../lib/areas";
import type { Role } from "../../lib/generated/prisma/enums";
import { loginAs } from "./helpers";

const MAX_RENDERS_PER_VIEW = 3;

/** The pages of the role's menu, its own unit's page for a township. */
function menuPages(role: Role, ownUnitPath: string | null): string[] {
  return (Object.keys(AREAS) as Area[]).flatMap((area) => {
    const { href, roles } = AREAS[area];
    if (!canSee(role, area) || typeof (roles as Partial<Record<Role, unknown>>)[role] !== "string") return [];
    if (href.startsWith("/api")) return [];
    return [href.includes("{unit}") ? ownUnitPath! : href];
  });
}

/** Each page viewed once in a fresh tab: `path: N` for every page causing more than the limit. */
async function rendersPerView(browser: Browser, username: string, landing: RegExp, role: Role, phone: boolean) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  const signIn = await context.newPage();
  await loginAs(signIn, username, landing);
  const own = role === "TOWNSHIP" ? new URL(signIn.url()).pathname : null;
  await signIn.close();
  const counts: Record<string, number> = {};
  for (const path of menuPages(role, own)) {
    const page = await context.newPage();
    let renders = 0;
    page.on("request", (r) => {
      if (r.resourceType() === "document" || r.headers()["rsc"] === "1") renders++;
    });
    await page.goto(path, { waitUntil: "networkidle" });
    counts[path] = renders;
    await page.close();
  }
  await context.close();
  console.log(`${username}: ${JSON.stringify(counts)}`);
  return Object.entries(counts).flatMap(([path, n]) => (n > MAX_RENDERS_PER_VIEW ? [`${path}: ${n}`] : []));
}

test("one view of a township officer's page on a phone causes at most 3 server renders", async ({ browser }) => {
  test.setTimeout(300_000);
  const tooMany = await rendersPerView(browser, "gulin", /\/units\/\d+$/, "TOWNSHIP", true);
  expect(tooMany, tooMany.join("\n")).toEqual([]);
});

test("one view of the office's page causes at most 3 server renders", async ({ browser }) => {
  test.setTimeout(300_000);
  const tooMany = await rendersPerView(browser, "office", /\/todo$/, "OFFICE", false);
  expect(tooMany, tooMany.join("\n")).toEqual([]);
});
