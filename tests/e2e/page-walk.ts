// What the page walks (a11y.spec.ts, tap-targets.spec.ts) share: which links are pages, a page's kind, and
// opening a page once its own content and its lazily drawn charts are there.
import { expect, type Page } from "@playwright/test";

/** Addresses not to follow: downloads and route handlers, the sign-in and sign-out flow. */
export const NOT_A_PAGE = /^\/(api|_next|login|logout)(\/|$)|\.(xlsx|docx|pdf|csv|zip|jpe?g|png)$/i;

/** The page kind: its path with the record ids (numbers, cuids) taken out (`/cases/cm5x…` → `/cases/#`). */
export const kindOf = (path: string) => path.replace(/\/[^/]*\d[^/]*(?=\/|$)/g, "/#");

/** Opens `path` and waits until its own content is drawn (client components hydrated) and its charts too. */
export async function openSettled(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} opens`).toBeLessThan(500);
  await page
    .locator("h1")
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => {});
  // Charts are drawn after the page has loaded (components/dashboard/lazy-chart.tsx).
  await page
    .waitForFunction(() => !document.querySelector(".animate-pulse"), undefined, { timeout: 15_000 })
    .catch(() => {});
}

/** Same-origin page links on the current page, as paths without query or fragment. */
export async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("a[href]:not([download])")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs.flatMap((href) => {
    const url = new URL(href);
    return url.origin === origin && !NOT_A_PAGE.test(url.pathname) ? [url.pathname] : [];
  });
}

/**
 * Content-Security-Policy refusals on `page` from now on (the browser's console message and the
 * securitypolicyviolation event of every document it opens), as "address: message" lines.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Refused to load (securitypolicyviolation) ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}
