import type { IncomingMessage } from "node:http";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import {
  CLIENT_IP_HEADER,
  clientAddressFrom,
  parseTrustedHops,
  reachedOverHttps,
  stampClientAddress,
} from "@/lib/client-address.mjs";

describe("which address a request came from", () => {
  it("uses the connection by default, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom("203.0.113.7", "1.1.1.1", 0)).toBe("203.0.113.7");
    expect(clientAddressFrom("203.0.113.7", ["1.1.1.1", "2.2.2.2"], 0)).toBe("203.0.113.7");
    expect(clientAddressFrom("::ffff:10.0.0.5", undefined, 0)).toBe("10.0.0.5");
    expect(clientAddressFrom(undefined, "1.1.1.1", 0)).toBe("unknown");
  });

  it("with trusted proxies takes the entry the outermost proxy appended (Nth from the right)", () => {
    // The client wrote "6.6.6.6"; our proxy appended the address it saw.
    expect(clientAddressFrom("10.0.0.1", "6.6.6.6, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddressFrom("10.0.0.1", "6.6.6.6, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
    expect(clientAddressFrom("10.0.0.1", ["6.6.6.6", "198.51.100.9"], 1)).toBe("198.51.100.9");
  });

  it("falls back to the connection when the proxy chain is shorter than configured or the entry is not an address", () => {
    expect(clientAddressFrom("10.0.0.1", undefined, 1)).toBe("10.0.0.1");
    expect(clientAddressFrom("10.0.0.1", "198.51.100.9", 2)).toBe("10.0.0.1");
    expect(clientAddressFrom("10.0.0.1", "6.6.6.6, evil", 1)).toBe("10.0.0.1");
  });

  it("reads TRUSTED_PROXY_HOPS strictly", () => {
    expect(parseTrustedHops(undefined)).toBe(0);
    expect(parseTrustedHops("")).toBe(0);
    expect(parseTrustedHops("2")).toBe(2);
    expect(() => parseTrustedHops("-1")).toThrow("TRUSTED_PROXY_HOPS");
    expect(() => parseTrustedHops("yes")).toThrow("TRUSTED_PROXY_HOPS");
  });
});

describe("whether the browser used HTTPS (for HSTS)", () => {
  const req = (encrypted: boolean, proto?: string) =>
    ({ socket: { encrypted }, headers: proto ? { "x-forwarded-proto": proto } : {} }) as unknown as IncomingMessage;

  it("trusts X-Forwarded-Proto only behind configured proxies", () => {
    expect(reachedOverHttps(req(true), 0)).toBe(true);
    expect(reachedOverHttps(req(false, "https"), 0)).toBe(false);
    expect(reachedOverHttps(req(false, "https"), 1)).toBe(true);
    expect(reachedOverHttps(req(false, "http"), 1)).toBe(false);
  });
});

// The entry point's stamping, over a real socket: what a route handler would read.
describe("the entry point's client-address header", () => {
  let server: Server | null = null;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  async function serve(hops: number) {
    server = createServer((req, res) => {
      stampClientAddress(req, hops);
      const copies = req.rawHeaders.filter(
        (_, i) => i % 2 === 0 && req.rawHeaders[i].toLowerCase() === CLIENT_IP_HEADER,
      ).length;
      res.end(JSON.stringify({ address: req.headers[CLIENT_IP_HEADER], copies }));
    });
    await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
    return (server.address() as AddressInfo).port;
  }

  const get = (port: number, headers: Record<string, string>) =>
    new Promise<{ address: string; copies: number }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, headers }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(JSON.parse(body)));
      });
      req.on("error", reject);
      req.end();
    });

  it("by default gives one client one address however it rotates X-Forwarded-For or forges the header", async () => {
    const port = await serve(0);
    const seen = new Set<string>();
    for (let i = 1; i <= 5; i++) {
      const r = await get(port, { "X-Forwarded-For": `192.0.2.${i}`, [CLIENT_IP_HEADER]: `192.0.2.${i}` });
      seen.add(r.address);
      expect(r.copies).toBe(1);
    }
    expect([...seen]).toEqual(["127.0.0.1"]);
  });

  it("with one trusted proxy uses the entry it appended", async () => {
    const port = await serve(1);
    expect((await get(port, { "X-Forwarded-For": "6.6.6.6, 198.51.100.9" })).address).toBe("198.51.100.9");
    expect((await get(port, {})).address).toBe("127.0.0.1");
  });
});
