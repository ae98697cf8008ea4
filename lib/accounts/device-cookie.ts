// Device cookies (OWASP "Slow down online guessing attacks with device cookies"): a browser that
// signed in to an account once gets a cookie naming that account and a random nonce, signed with
// HMAC-SHA256 under NEXTAUTH_SECRET. An attempt bearing a valid one is counted on that device's own
// counter instead of the account's and the address's, so guessing from elsewhere cannot lock the
// owner's own browser out, while unknown browsers still meet the account-level brake.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** One cookie per account: `hs-device.<login name>` (login names are cookie-name safe). */
export const DEVICE_COOKIE_PREFIX = "hs-device.";
export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

export function deviceCookieName(username: string): string {
  return DEVICE_COOKIE_PREFIX + username;
}

function mac(secret: string, username: string, nonce: string): string {
  return createHmac("sha256", secret).update(`device\n${username}\n${nonce}`).digest("base64url");
}

/** A new cookie value for `username`: "<nonce>.<signature>". */
export function signDevice(username: string, secret: string, nonce = randomBytes(16).toString("base64url")): string {
  return `${nonce}.${mac(secret, username, nonce)}`;
}

/** The nonce of a genuine device cookie of `username`, or null (forged, another account's, malformed). */
export function verifiedDevice(username: string, value: string | undefined | null, secret: string): string | null {
  if (!value || !secret) return null;
  const m = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!m) return null;
  const expected = Buffer.from(mac(secret, username, m[1]));
  const given = Buffer.from(m[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1] : null;
}

/** The value of cookie `name` in a Cookie request header. */
export function cookieValue(header: string | undefined | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
