import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";

import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";

import { DEMO_PASSWORD, login, loginAs } from "./helpers";
import { watchCsp } from "./page-walk";

// The security findings (README 安全) against the real server (`npm start`'s entry point).

const port = Number(process.env.E2E_PORT ?? 3100);

/** A request from a chosen loopback address (127.0.0.x), so each test is its own "client". */
function fromAddress(
  localAddress: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: opts.method ?? "GET", localAddress, headers: opts.headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

test.describe("client address (finding 1)", () => {
  test("rotating X-Forwarded-For (or forging the internal header) from one client still hits the lookup limit", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 31; i++) {
      const r = await fromAddress("127.0.0.21", "/api/tips/public?ref=JB20200101-XXXXXXXXXX", {
        headers: {
          "X-Forwarded-For": `198.51.100.${i}`,
          "X-Real-IP": `198.51.100.${i}`,
          "X-Haishu-Client-IP": `203.0.113.${i}`,
        },
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Another client is not affected.
    expect((await fromAddress("127.0.0.22", "/api/tips/public?ref=JB20200101-XXXXXXXXXX")).status).toBe(404);
  });
});

test.describe("login redirect (finding 2)", () => {
  for (const target of [
    "/%5Cevil.example/x",
    "/%09/evil.example",
    "/%5C%5Cevil.example",
    "//evil.example/",
    "https://evil.example/",
    "/.//evil.example/x",
    "/x/..//evil.example",
  ]) {
    test(`callbackUrl=${target} stays on the portal`, async ({ page }) => {
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).hostname));
      await page.goto(`/login?callbackUrl=${target}`);
      await page.getByLabel("账号").fill("office");
      await page.getByLabel("密码").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/todo$/);
      expect(requested).not.toContain("evil.example");
    });
  }

  for (const callbackUrl of ["\\\\evil.com", "%2F%2Fevil.com", "/.//evil.example/x"]) {
    test(`the sign-in POST with callbackUrl=${callbackUrl} answers without error and stays on the portal`, async ({
      request,
    }) => {
      const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
      const res = await request.post("/api/auth/callback/credentials", {
        form: { username: "office", password: DEMO_PASSWORD, csrfToken, callbackUrl, json: "true" },
        maxRedirects: 0,
      });
      expect(res.status()).toBeLessThan(500);
      const { url } = await res.json();
      expect(new URL(url).host).toBe(`localhost:${port}`);
      expect(new URL(url).pathname.startsWith("//")).toBe(false);
      // The account's device cookie came with the sign-in, out of the page's scripts' reach.
      const device = res
        .headersArray()
        .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("hs-device.office="));
      expect(device?.value).toMatch(/HttpOnly/i);
    });
  }

  test("a same-site callbackUrl is kept", async ({ page }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent("/cases?status=SUBMITTED")}`);
    await page.getByLabel("账号").fill("office");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/cases\?status=SUBMITTED$/);
  });
});

test.describe("uploads near the caps pass through the server (finding 4)", () => {
  const bigPdf = (mb: number) => {
    const head = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n%");
    const tail = Buffer.from("\ntrailer<<>>\n%%EOF\n");
    return Buffer.concat([head, Buffer.alloc(Math.round(mb * 1024 * 1024) - head.length - tail.length, "A"), tail]);
  };
  /** POSTs FormData from inside the page (the browser's own cookies and Origin). */
  const postFromPage = (
    page: Page,
    url: string,
    fields: Record<string, string>,
    files: { field: string; name: string; type: string; base64: string }[],
  ) =>
    page.evaluate(
      async ({ url, fields, files }) => {
        const body = new FormData();
        for (const [k, v] of Object.entries(fields)) body.set(k, v);
        for (const f of files) {
          const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
          body.append(f.field, new File([bytes], f.name, { type: f.type }));
        }
        const res = await fetch(url, { method: "POST", body });
        return { status: res.status, body: await res.text() };
      },
      { url, fields, files },
    );

  test("a 19 MB evidence PDF", async ({ page }) => {
    await loginAs(page, "dongqiao", /\/units\/\d+$/);
    await page.goto("/cases");
    await page.getByRole("link", { name: "洞桥示例五金作坊" }).first().click();
    await expect(page).toHaveURL(/\/cases\/[a-z0-9]+$/);
    const caseId = page.url().split("/").pop()!;
    const pdf = bigPdf(19);
    const r = await postFromPage(page, `/api/cases/${caseId}/evidence`, { kind: "OTHER" }, [
      { field: "file", name: "大文件.pdf", type: "application/pdf", base64: pdf.toString("base64") },
    ]);
    expect(r.status, r.body).toBe(201);
    await page.reload();
    await expect(page.getByText("大文件.pdf").first()).toBeVisible();
  });

  test("a tip with three 6 MB photos", async () => {
    const photo = async () => {
      const [w, h] = [2600, 1800];
      const bytes = await sharp(randomBytes(w * h * 3), { raw: { width: w, height: h, channels: 3 } })
        .jpeg({ quality: 100 })
        .toBuffer();
      expect(bytes.length).toBeGreaterThan(6 * 1024 * 1024);
      return bytes;
    };
    const form = new FormData();
    form.set("district", "330203"); // the district whose tip page sends it (/tip?district=330203)
    form.set("enterpriseName", "大照片测试作坊");
    form.set("address", "某镇某村");
    form.set("description", "夜间生产，冒黑烟（附三张手机照片）");
    for (let i = 1; i <= 3; i++)
      form.append("photo", new File([new Uint8Array(await photo())], `现场${i}.jpg`, { type: "image/jpeg" }));
    const encoded = new Request("http://localhost/", { method: "POST", body: form });
    const body = Buffer.from(await encoded.arrayBuffer());
    expect(body.length).toBeGreaterThan(18 * 1024 * 1024);
    const r = await fromAddress("127.0.0.23", "/api/tips/public", {
      method: "POST",
      body,
      headers: {
        "Content-Type": encoded.headers.get("content-type")!,
        "Content-Length": String(body.length),
        Origin: `http://127.0.0.1:${port}`,
      },
    });
    expect(r.status, r.body).toBe(201);
    expect(JSON.parse(r.body).reference).toMatch(/^JB\d{8}-/);
  });

  test("a task attachment near the cap", async ({ page }) => {
    // T2 (区发改局, typed: no record type counts it).
    await loginAs(page, "fgj", /\/todo$/);
    await page.goto("/tasks");
    await page.getByTestId("task-T2").getByRole("link").first().click();
    const form = page.getByRole("form", { name: "登记进展" });
    await form.getByLabel("本次完成数量（家）").fill("1");
    await form.getByLabel("说明").fill("完成一家企业的节能监察（附现场记录）");
    await form
      .getByLabel(/附件/)
      .setInputFiles({ name: "现场记录.pdf", mimeType: "application/pdf", buffer: bigPdf(19.5) });
    await form.getByRole("button", { name: "登记进展" }).click();
    await expect(form.getByRole("status")).toHaveText("进展已登记", { timeout: 30_000 });
    await expect(page.getByTestId("history-entry").first()).toContainText("现场记录.pdf");
  });
});

test.describe("security headers (finding 7)", () => {
  const expectCommon = (h: Record<string, string>) => {
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["permissions-policy"]).toBe("camera=(self), geolocation=(self), microphone=()");
    expect(h["strict-transport-security"]).toBeUndefined(); // plain HTTP here
  };
  const expectPage = (h: Record<string, string>) => {
    expectCommon(h);
    expect(h["x-frame-options"]).toBe("DENY");
    const csp = h["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
  };

  test("on the login page, the public tip page and a signed-in page; a fresh nonce each time", async ({
    page,
    request,
  }) => {
    const a = await request.get("/login");
    const b = await request.get("/login");
    expectPage(a.headers());
    expect(a.headers()["content-security-policy"]).not.toBe(b.headers()["content-security-policy"]);
    expectPage((await request.get("/tip")).headers());
    expectPage((await request.get("/tip?district=330203")).headers());
    await loginAs(page, "office", /\/todo$/);
    const dashboard = await page.request.get("/dashboard");
    expect(dashboard.status()).toBe(200);
    expectPage(dashboard.headers());
  });

  test("on route handlers", async ({ request }) => {
    const r = await request.get("/api/tips/public?ref=JB20200101-XXXXXXXXXX", {
      headers: { "X-Forwarded-For": "192.0.2.77" },
    });
    const h = r.headers();
    expectCommon(h);
    expect(h["x-frame-options"]).toBe("SAMEORIGIN");
    expect(h["content-security-policy"]).toContain("default-src 'none'");
    const anonymous = await request.get("/api/exports/ledger", { maxRedirects: 0 });
    expect(anonymous.status()).toBe(401);
    expectCommon(anonymous.headers());
  });
});

// Every signed-in page of each role is checked for CSP refusals by the accessibility walk (a11y.spec.ts, watchCsp).
test.describe("no CSP violation on the public pages (finding 7)", () => {
  test("the public tip page and the login page", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/tip?district=330203");
    await page.getByRole("button", { name: "提交举报" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "请填写看到的情况" })).toBeVisible(); // hydrated
    await page.goto("/login");
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});

test.describe("sign-out ends the session on the server (finding 11a)", () => {
  test("a copy of the session cookie stops working after sign-out", async ({ page, browser }) => {
    await loginAs(page, "leader", /\/dashboard$/);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);

    const stolen = await browser.newContext();
    await stolen.addCookies(cookies);
    const other = await stolen.newPage();
    await other.goto("/dashboard");
    await expect(other).toHaveURL(/\/login/);
    expect((await other.request.get("/api/exports/annex")).status()).toBe(401);
    await stolen.close();

    // Signing in again works.
    await login(page, "leader");
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});
