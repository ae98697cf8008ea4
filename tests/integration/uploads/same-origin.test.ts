// CSRF (README 安全): every mutating route handler under app/api — found by walking the tree,
// so a new one without the check fails here — refuses a request that does not come from the portal's
// own pages, before it reads the session or the body, and stores nothing.
import { readdirSync } from "node:fs";
import { relative } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { prisma } from "@/server/db";
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from "@/server/http/same-origin";

import { filesIn, jpeg, multipartRequest, registerTestCase } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

const apiDir = new URL("../../../app/api/", import.meta.url);
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts under app/api except next-auth's own (/api/auth, which does its own CSRF check). */
const routeFiles = readdirSync(apiDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("route.ts") && !f.startsWith("auth/"))
  .map((f) => `app/api/${f}`);

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const handlers: [string, Handler][] = [];
for (const file of routeFiles) {
  const mod = (await import(/* @vite-ignore */ `../../../${file}`)) as Record<string, unknown>;
  for (const method of MUTATING)
    if (typeof mod[method] === "function")
      handlers.push([`${method} /${relative("app", file).replace(/\/route\.ts$/, "")}`, mod[method] as Handler]);
}

let caseId: string;
beforeAll(async () => {
  await actAs("jishigang");
  caseId = await registerTestCase();
});

/** A plausible upload (a real case id of the caller's, a sound photo, the tip fields), so only the origin decides. */
async function request(headers: Record<string, string>) {
  const photo = await jpeg();
  const sent = await multipartRequest(
    `http://localhost/api/x/${caseId}`,
    { kind: "BEFORE_PHOTO", enterpriseName: "某作坊", address: "古林镇某村", description: "夜间生产冒黑烟" },
    [
      { field: "file", name: "现场.jpg", bytes: photo },
      { field: "photo", name: "现场.jpg", bytes: photo },
    ],
  );
  // Only the headers of each case: the portal's own Origin that multipartRequest adds is taken out.
  const only = new Headers(sent.headers);
  only.delete("origin");
  for (const [k, v] of Object.entries(headers)) only.set(k, v);
  return new Request(sent, { headers: only });
}

const state = async () => ({
  evidence: await prisma.evidence.count(),
  attachments: await prisma.taskAttachment.count(),
  tips: await prisma.tip.count(),
  tipFiles: await prisma.tipFile.count(),
  photos: await prisma.returnVisitPhoto.count(),
  audit: await prisma.auditLog.count(),
  limits: await prisma.publicRateLimit.count(),
  files: filesIn().sort(),
});

const refused: [string, Record<string, string>][] = [
  ["another site's Origin", { origin: "https://evil.example" }],
  ["another port of the same host", { origin: "http://localhost:8080" }],
  ["Origin: null (sandboxed frame, file://)", { origin: "null" }],
  ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
  [
    "Sec-Fetch-Site: same-site (a sibling subdomain)",
    { "sec-fetch-site": "same-site", origin: "https://other.localhost" },
  ],
  ["neither Origin nor Sec-Fetch-Site", {}],
];

describe("every mutating route handler refuses cross-origin requests", () => {
  it("finds the upload routes and the public tip route", () => {
    expect(handlers.map(([name]) => name).sort()).toEqual(
      expect.arrayContaining([
        "POST /api/cases/[id]/evidence",
        "POST /api/return-visits/[id]/photos",
        "POST /api/tasks/progress/[id]/attachments",
        "POST /api/tips/[id]/files",
        "POST /api/tips/public",
      ]),
    );
  });

  it.each(handlers)(
    "%s: refused with 403 and nothing stored; the portal's own page passes the check",
    async (name, handler) => {
      await actAs("jishigang");
      const before = await state();
      for (const [why, headers] of refused) {
        const res = await handler(await request(headers), { params: Promise.resolve({ id: caseId }) });
        expect(res.status, `${name}: ${why}`).toBe(403);
        expect((await res.json()).message, `${name}: ${why}`).toBe(CROSS_ORIGIN_MESSAGE);
      }
      expect(await state(), name).toEqual(before);
      for (const headers of [{ origin: "http://localhost" }, { "sec-fetch-site": "same-origin" }] as Record<
        string,
        string
      >[]) {
        const res = await handler(await request({ ...headers, "x-forwarded-for": "10.7.7.7" }), {
          params: Promise.resolve({ id: caseId }),
        });
        expect(
          (
            await res
              .clone()
              .json()
              .catch(() => ({}))
          ).message,
          `${name}: ${JSON.stringify(headers)}`,
        ).not.toBe(CROSS_ORIGIN_MESSAGE);
      }
    },
  );
});

describe("isSameOrigin", () => {
  const req = (headers: Record<string, string>, url = "http://127.0.0.1:3000/api/x") =>
    new Request(url, { method: "POST", headers });

  it("compares the Origin's host with the Host header the browser sent, not with the listening address", () => {
    expect(isSameOrigin(req({ host: "portal.haishu.gov.cn", origin: "https://portal.haishu.gov.cn" }))).toBe(true);
    expect(isSameOrigin(req({ host: "portal.haishu.gov.cn", origin: "https://evil.example" }))).toBe(false);
    expect(
      isSameOrigin(req({ host: "portal.haishu.gov.cn", origin: "https://portal.haishu.gov.cn.evil.example" })),
    ).toBe(false);
    expect(
      isSameOrigin(req({ host: "localhost:3000", origin: "http://localhost:3000" }, "http://localhost:3000/api/x")),
    ).toBe(true);
    expect(isSameOrigin(req({ host: "localhost:3000", origin: "javascript:alert(1)" }))).toBe(false);
    expect(isSameOrigin(req({ host: "localhost:3000", origin: "not a url" }))).toBe(false);
  });
});
