// The year switcher in the portal header writes the chosen year into a cookie; the server reads it
// (server/campaigns/get-current-campaign.ts) and checks the year exists. A view preference only.
export const YEAR_COOKIE = "haishu-year";

export function parseYearCookie(raw: string | undefined): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The cookie as the browser sets it (document.cookie): a year, or cleared for the current campaign. */
export function yearCookieString(year: number | null): string {
  return year === null
    ? `${YEAR_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
    : `${YEAR_COOKIE}=${year}; Path=/; Max-Age=${60 * 60 * 24 * 180}; SameSite=Lax`;
}
