// Which address a request came from. Plain JavaScript (ESM) because the Node entry point
// (scripts/server.mjs) runs it before Next, without a TypeScript loader; types in client-address.d.mts.
import { isIP } from "node:net";

/** The internal request header the entry point sets; a copy sent by the client is always dropped first. */
export const CLIENT_IP_HEADER = "x-haishu-client-ip";

/** "::ffff:127.0.0.1" → "127.0.0.1"; anything that is not an IP address → null. */
function normalise(address) {
  if (typeof address !== "string") return null;
  const a = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(a) ? a.toLowerCase() : null;
}

/**
 * The client address: the connection's peer unless `trustedHops` reverse proxies of ours stand in
 * front; then the entry the outermost trusted proxy appended to X-Forwarded-For, i.e. the
 * `trustedHops`-th entry from the right. Entries further left are whatever the client wrote and
 * are never used. When the header is missing, shorter than the trusted chain or malformed, the
 * peer address is used (the request did not come through the proxies).
 */
export function clientAddressFrom(peer, forwardedFor, trustedHops) {
  const own = normalise(peer) ?? "unknown";
  if (!(trustedHops > 0)) return own;
  const entries = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length < trustedHops) return own;
  return normalise(entries[entries.length - trustedHops]) ?? own;
}

/** Parses TRUSTED_PROXY_HOPS (unset or empty = 0); throws on anything but a whole number ≥ 0. */
export function parseTrustedHops(value) {
  if (value === undefined || value === "") return 0;
  if (!/^\d{1,2}$/.test(value)) throw new Error(`TRUSTED_PROXY_HOPS 应为 0 或正整数，收到 “${value}”`);
  return Number(value);
}

/** Replaces any client-sent CLIENT_IP_HEADER on a Node request with the address computed from the connection. */
export function stampClientAddress(req, trustedHops) {
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i].toLowerCase() === CLIENT_IP_HEADER) raw.splice(i, 2);
  const address = clientAddressFrom(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedHops);
  req.headers[CLIENT_IP_HEADER] = address;
  raw.push(CLIENT_IP_HEADER, address);
  return address;
}

/**
 * Whether the browser reached us over HTTPS: a TLS socket of our own, or — only with trusted
 * proxies — the X-Forwarded-Proto the nearest proxy set.
 */
export function reachedOverHttps(req, trustedHops) {
  if (req.socket.encrypted) return true;
  if (!(trustedHops > 0)) return false;
  const proto = [req.headers["x-forwarded-proto"] ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return proto?.toLowerCase() === "https";
}
