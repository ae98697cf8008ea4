// The office's audit log (/admin/audit): filters by user, unit (who and what), kind of record, record
// and Beijing date range; pages; the Excel export of the filtered rows read back.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import AuditPage from "@/app/(portal)/admin/audit/page";
import AdminUsersPage from "@/app/(portal)/admin/users/page";
import { GET as auditExport } from "@/app/api/exports/audit/route";
import { AUDIT_HEADINGS } from "@/lib/exports/audit-workbook";
import { exportAudit, listAudit, parseAuditFilters } from "@/server/audit-log/list-audit";
import { prisma } from "@/server/db";
import { updateUnitContact } from "@/server/units/actions/update-contact";

import { HAISHU_DISTRICT_ID } from "../helpers/fixtures";
import { caseOf } from "../helpers/matrix-fixtures";
import { actAs, sessionOf } from "../helpers/session";

const ids = {} as Record<string, string>;
const userId = async (username: string) => (await prisma.user.findUniqueOrThrow({ where: { username } })).id;
const unit = (name: string) => prisma.unit.findFirstOrThrow({ where: { name } });
const list = async (q: Record<string, string>) =>
  (await listAudit(await sessionOf("office"), parseAuditFilters(q))).rows;

beforeAll(async () => {
  const [office, gulin, jishigang] = await Promise.all([userId("office"), userId("gulin"), userId("jishigang")]);
  const c = await caseOf("IN_PROGRESS"); // a case of 集士港镇
  ids.case = c.id;
  ids.jishigangUnit = String((await unit("集士港镇")).id);
  ids.gulinUnit = String((await unit("古林镇")).id);
  await prisma.auditLog.createMany({
    data: [
      // 2020-06-30 23:30 Beijing (15:30 UTC) and 2020-07-01 00:30 Beijing (16:30 UTC the day before).
      {
        districtId: HAISHU_DISTRICT_ID,
        actorId: office,
        action: "case.accept",
        entity: "Case",
        entityId: c.id,
        before: { status: "SUBMITTED" },
        after: { status: "ACCEPTED" },
        createdAt: new Date("2020-06-30T15:30:00Z"),
      },
      {
        districtId: HAISHU_DISTRICT_ID,
        actorId: jishigang,
        action: "case.update",
        entity: "Case",
        entityId: c.id,
        before: { dimensions: ["ENERGY"] },
        after: { dimensions: ["ENERGY", "SAFETY"] },
        createdAt: new Date("2020-06-30T16:30:00Z"),
      },
      {
        districtId: HAISHU_DISTRICT_ID,
        actorId: gulin,
        action: "tip.verify",
        entity: "Tip",
        entityId: "tipx0000000001",
        after: { outcome: "TRUE" },
        createdAt: new Date("2020-07-02T02:00:00Z"),
      },
    ],
  });
  // And one through a real action, so the list shows what the portal itself writes.
  await actAs("gulin");
  const g = await unit("古林镇");
  const res = await updateUnitContact({
    unitId: g.id,
    version: g.version,
    contactName: "王五",
    contactPhone: "0574-1234567",
  });
  if (!res.ok) throw new Error(res.message);
});

describe("the audit log list", () => {
  it("filters by user, kind of record and the record itself", async () => {
    expect((await list({ user: await userId("jishigang"), entity: "Case" })).map((r) => r.action)).toEqual([
      "case.update",
    ]);
    expect((await list({ entity: "Case", entityId: ids.case })).map((r) => r.action)).toEqual([
      "case.update",
      "case.accept",
    ]);
    const contact = await list({ entity: "Unit", entityId: ids.gulinUnit });
    expect(contact).toHaveLength(1);
    expect(contact[0]).toMatchObject({
      actor: { username: "gulin", unit: { name: "古林镇" } },
      after: { contactName: "王五" },
    });
  });

  it("filters by unit: the unit's own accounts' changes and changes to the unit's records by anyone", async () => {
    const jishigang = (await list({ unit: ids.jishigangUnit })).map((r) => `${r.actor?.username}:${r.action}`);
    expect(jishigang).toEqual(expect.arrayContaining(["jishigang:case.update", "office:case.accept"]));
    expect(jishigang.some((a) => a.startsWith("gulin:"))).toBe(false);
    const gulin = (await list({ unit: ids.gulinUnit })).map((r) => r.action);
    expect(gulin).toEqual(expect.arrayContaining(["tip.verify", "unit.updateContact"]));
    expect(gulin).not.toContain("case.accept");
  });

  it("filters by Beijing calendar days, both ends included", async () => {
    const on = async (from: string, to: string) => (await list({ from, to })).map((r) => r.action);
    expect(await on("2020-06-30", "2020-06-30")).toEqual(["case.accept"]);
    expect(await on("2020-07-01", "2020-07-01")).toEqual(["case.update"]);
    expect(await on("2020-07-01", "2020-07-02")).toEqual(["tip.verify", "case.update"]);
    expect(await on("bogus", "")).not.toHaveLength(0); // a malformed date is no filter
  });
});

describe("the audit log export", () => {
  it("gives the office the filtered rows as Excel, with readable changes", async () => {
    await actAs("office");
    const res = await auditExport(new Request(`http://localhost/api/exports/audit?entity=Case&entityId=${ids.case}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(AUDIT_HEADINGS);
    const rows = [3, 4].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
    expect(ws.rowCount).toBe(4);
    expect(rows[0]).toEqual([
      "2020/07/01 00:30",
      "jishigang",
      expect.any(String),
      "集士港镇",
      "修改整治信息",
      "整治对象",
      ids.case,
      "方面：能耗 → 能耗、安全",
    ]);
    expect(rows[1]).toEqual([
      "2020/06/30 23:30",
      "office",
      expect.any(String),
      "区工强办",
      "验收通过",
      "整治对象",
      ids.case,
      "状态：已上报 → 已验收",
    ]);
    expect(
      (
        await exportAudit(
          await sessionOf("office"),
          parseAuditFilters(new URLSearchParams(`entity=Case&entityId=${ids.case}`)),
        )
      ).total,
    ).toBe(2);
  });

  it("is not found for anyone but the office", async () => {
    for (const who of ["leader", "fgj", "gulin"]) {
      await actAs(who);
      expect((await auditExport(new Request("http://localhost/api/exports/audit"))).status).toBe(404);
    }
  });
});

describe("hand-edited addresses of the administration pages", () => {
  // The element tree's text (rendering it needs the app router), as in page-param.test.ts.
  const texts = (node: unknown): string => {
    if (typeof node === "string" || typeof node === "number") return String(node);
    if (Array.isArray(node)) return node.map(texts).join("");
    if (node && typeof node === "object" && "props" in node)
      return texts((node.props as { children?: unknown }).children);
    return "";
  };

  it("shows the pages, never an error, for any filter or page value", async () => {
    await actAs("office");
    for (const bad of ["99999999999999999999", "1e400", "abc", "-1", "\u0000", "2020-02-30"]) {
      const params = Promise.resolve({
        page: bad,
        unit: bad,
        user: bad,
        entity: bad,
        entityId: bad,
        from: bad,
        to: bad,
        role: bad,
        status: bad,
        department: bad,
        q: bad,
      });
      expect(texts(await AuditPage({ searchParams: params }))).toContain("审计日志");
      expect(texts(await AdminUsersPage({ searchParams: params }))).toContain("用户管理");
    }
  });

  it("are not found for anyone but the office", async () => {
    for (const who of ["leader", "fgj", "gulin"]) {
      await actAs(who);
      await expect(AuditPage({ searchParams: Promise.resolve({}) })).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
      await expect(AdminUsersPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(
        "NEXT_HTTP_ERROR_FALLBACK;404",
      );
    }
  });
});
