// The one route guard: every route handler under app/api goes through it or is declared public, and
// a user holding a reset one-time password is refused by the routes that used to skip that check
// (the ledger import and its dry run, the enterprise look-up, the quota preview) while changing their
// own password still works.
import { describe, expect, it } from "vitest";

import { POST as quotaPreview } from "@/app/api/campaigns/[id]/quota-preview/route";
import { POST as importCheck } from "@/app/api/import/check/route";
import { POST as importLedger } from "@/app/api/import/route";
import { GET as searchEnterprises } from "@/app/api/tasks/enterprises/route";
import { prisma } from "@/server/db";
import { MUST_CHANGE_PASSWORD } from "@/server/errors";
import { isGuarded } from "@/server/http/guard";
import { PUBLIC_ROUTES } from "@/server/http/public-routes";
import { changeOwnPassword } from "@/server/users/actions/change-own-password";
import { resetUserPassword } from "@/server/users/actions/reset-user-password";

import { importRequest, ledgerFile, ledgerRow } from "../helpers/ledger-files";
import { multipartRequest, quotaWorkbook } from "../helpers/matrix-fixtures";
import { HTTP_METHODS, routeHandlerFiles } from "../helpers/route-handlers";
import { actAs } from "../helpers/session";

describe("every route handler under app/api", () => {
  const routes = routeHandlerFiles().filter((r) => r.path.startsWith("/api/"));

  it("is guarded, or declared public in server/http/public-routes.ts", async () => {
    const unguarded: string[] = [];
    for (const { file, path } of routes) {
      const mod: Record<string, unknown> = await import(/* @vite-ignore */ `../../${file}`);
      const methods = HTTP_METHODS.filter((m) => typeof mod[m] === "function");
      expect(methods.length, file).toBeGreaterThan(0);
      if (path in PUBLIC_ROUTES) continue;
      for (const m of methods) if (!isGuarded(mod[m])) unguarded.push(`${m} ${path}`);
    }
    expect(unguarded).toEqual([]);
  });

  it("the public list names only routes that exist", () => {
    const paths = new Set(routes.map((r) => r.path));
    expect(Object.keys(PUBLIC_ROUTES).filter((p) => !paths.has(p))).toEqual([]);
  });
});

describe("a user whose password was reset", () => {
  it("is refused by the import, its dry run, the enterprise look-up and the quota preview until they change it", async () => {
    const jishigang = await prisma.user.findUniqueOrThrow({ where: { username: "jishigang" } });
    const casesBefore = await prisma.case.count();
    await actAs("office");
    const reset = await resetUserPassword({ userId: jishigang.id });
    expect(reset.ok).toBe(true);
    const otp = (reset as { data: { oneTimePassword: string } }).data.oneTimePassword;

    const officer = await actAs("jishigang");
    expect(officer?.mustChangePassword).toBe(true);
    const file = await ledgerFile([ledgerRow("集士港镇", { name: "重置密码后导入的企业" })]);
    const campaign = await prisma.campaign.findFirstOrThrow();
    const refused = [
      await importLedger(await importRequest("/api/import", file)),
      await importCheck(await importRequest("/api/import/check", file)),
      await searchEnterprises(new Request(`http://localhost/api/tasks/enterprises?q=${encodeURIComponent("集士港")}`)),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ ok: false, message: MUST_CHANGE_PASSWORD });
    }
    expect(await prisma.case.count()).toBe(casesBefore);

    // The quota preview is the office's: an office account with a reset password is refused the same way.
    const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
    await prisma.user.update({ where: { id: office.id }, data: { mustChangePassword: true } });
    await actAs("office");
    const preview = await quotaPreview(
      await multipartRequest(`/api/campaigns/${campaign.id}/quota-preview`, { file: await quotaWorkbook() }),
      { params: Promise.resolve({ id: String(campaign.id) }) },
    );
    expect(preview.status).toBe(403);
    expect(await preview.json()).toEqual({ ok: false, message: MUST_CHANGE_PASSWORD });
    await prisma.user.update({ where: { id: office.id }, data: { mustChangePassword: false } });

    // Changing their own password is still open to them, and then the import works.
    await actAs("jishigang");
    expect(
      await changeOwnPassword({ current: otp, next: "Harbour-lights-77", repeat: "Harbour-lights-77" }),
    ).toMatchObject({ ok: true });
    await actAs("jishigang");
    const imported = await importLedger(await importRequest("/api/import", file));
    expect(imported.status).toBe(201);
    expect(await prisma.case.count()).toBe(casesBefore + 1);
  });
});
