import { request as httpRequest } from "node:http";

import { expect, test } from "@playwright/test";

import { loginAs } from "./helpers";

// Paths whose percent-escapes do not decode (broken escapes, bytes that are not UTF-8) are a 400 —
// never Next's 500 — for pages and route handlers, signed in or not; well-formed escapes still reach
// the page or route as before. Sent raw, as a fuzzer would, not through a URL parser.

const port = Number(process.env.E2E_PORT ?? 3100);

function raw(path: string, opts: { method?: string; cookie?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = { origin: `http://localhost:${port}` };
    if (opts.cookie) headers.cookie = opts.cookie;
    const req = httpRequest({ host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const MALFORMED: [string, string?][] = [
  ["/api/evidence/%ff%fe"],
  ["/api/tips/files/%C0%AF"],
  ["/api/archive/units/%E0%A4%A"],
  ["/api/cases/%ff/evidence", "POST"],
  ["/api/auth/%E0%A4%A"],
  ["/cases/%E0%A4%A"],
  ["/units/%"],
  ["/tip/%ff"],
];

test.describe("malformed percent-encoding in the path", () => {
  test("is a 400, signed out and signed in", async ({ page }) => {
    for (const [path, method] of MALFORMED) {
      const res = await raw(path, { method });
      expect(res.status, `${method ?? "GET"} ${path}`).toBe(400);
      expect(res.body).toBe("请求地址无效");
    }

    await loginAs(page, "office", /\/todo$/);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    for (const [path, method] of MALFORMED)
      expect((await raw(path, { method, cookie })).status, `signed in: ${method ?? "GET"} ${path}`).toBe(400);

    // Well-formed escapes are not refused: the route's own answers.
    expect((await raw("/api/evidence/%63m0abcdefghijklmnopqrstu", { cookie })).status).toBe(404);
    expect((await raw("/api/evidence/%63m0abcdefghijklmnopqrstu")).status).toBe(401);
    const file404 = await raw("/api/evidence/cm0abcdefghijklmnopqrstu", { cookie });
    expect(file404.status).toBe(404);
    expect(file404.headers["content-security-policy"]).toContain("default-src 'none'");
    expect((await raw("/cases/%E9%9B%86", { cookie })).status).toBe(404);
  });
});
