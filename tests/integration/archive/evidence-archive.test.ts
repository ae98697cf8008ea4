// The evidence archive (佐证材料包) read back as a user gets it: the ZIP's folders
// 单位/企业名称(信用代码)/材料类别/文件名, the bytes of every file, index.xlsx listing them, and the scope
// (a township only its own unit; anything outside the user's scope is a 404).
import { createHash } from "node:crypto";

import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as caseArchive } from "@/app/api/archive/cases/[id]/route";
import { GET as districtArchive } from "@/app/api/archive/district/route";
import { GET as unitArchive } from "@/app/api/archive/units/[id]/route";
import { POST as uploadEvidence } from "@/app/api/cases/[id]/evidence/route";
import { prisma } from "@/server/db";
import { storage } from "@/server/storage";

import { jpeg, pdf, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";
import { type Entry, unzip } from "../../helpers/unzip";

async function indexRows(entries: Entry[]) {
  const index = entries.find((e) => e.path === "index.xlsx");
  expect(index, "index.xlsx is in the archive").toBeDefined();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(index!.bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const heads = (ws.getRow(2).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let n = 3; n <= ws.rowCount; n++) {
    const values = (ws.getRow(n).values as unknown[]).slice(1);
    if (values[0] === undefined || values[0] === "") continue;
    rows.push(Object.fromEntries(heads.map((h, i) => [h, values[i]])));
  }
  return rows;
}

const params = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });
const get = (path: string) => new Request(`http://localhost${path}`);

async function download(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/zip");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[^"]*\.zip"; filename\*=UTF-8''/);
  return unzip(Buffer.from(await res.arrayBuffer()));
}

let jishigangCase: string;
let gulinCase: string;
let jishigangUnit: number;
let gulinUnit: number;
let enterpriseFolder: string;
const uploaded: Record<string, Buffer> = {};

async function upload(caseId: string, kind: string, name: string, bytes: Buffer) {
  const res = await uploadEvidence(
    await uploadRequest(caseId, kind, { name, bytes, type: name.endsWith(".pdf") ? "application/pdf" : "image/jpeg" }),
    params(caseId),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  await actAs("jishigang");
  jishigangCase = await registerTestCase({ enterpriseName: "归档测试铸造厂" });
  uploaded.before1 = await jpeg({ color: "#111" });
  uploaded.before2 = await jpeg({ color: "#222" });
  uploaded.form = pdf();
  await upload(jishigangCase, "BEFORE_PHOTO", "现场.jpg", uploaded.before1);
  await upload(jishigangCase, "BEFORE_PHOTO", "现场.jpg", uploaded.before2);
  await upload(jishigangCase, "ACCEPTANCE_FORM", "验收意见表.pdf", uploaded.form);
  const removed = await upload(jishigangCase, "OTHER", "作废.jpg", await jpeg({ color: "#333" }));
  await prisma.evidence.update({ where: { id: removed }, data: { deletedAt: new Date() } });
  const c = await prisma.case.findUniqueOrThrow({
    where: { id: jishigangCase },
    include: { enterprise: true, unit: true },
  });
  jishigangUnit = c.unitId;
  enterpriseFolder = `集士港镇/归档测试铸造厂(${c.enterprise.creditCode})`;

  await actAs("gulin");
  gulinCase = await registerTestCase({ enterpriseName: "古林归档测试厂" });
  await upload(gulinCase, "AFTER_PHOTO", "拆后.jpg", await jpeg({ color: "#444" }));
  gulinUnit = (await prisma.case.findUniqueOrThrow({ where: { id: gulinCase } })).unitId;
});

describe("a case's archive", () => {
  it("holds its files in 单位/企业名称(信用代码)/材料类别/, numbering a repeated name, without removed files, plus index.xlsx", async () => {
    await actAs("jishigang");
    const entries = await download(
      await caseArchive(get(`/api/archive/cases/${jishigangCase}`), params(jishigangCase)),
    );
    const files = Object.fromEntries(entries.map((e) => [e.path, e.bytes]));
    expect(Object.keys(files).sort()).toEqual(
      [
        `${enterpriseFolder}/拆前照片/现场 (2).jpg`,
        `${enterpriseFolder}/拆前照片/现场.jpg`,
        `${enterpriseFolder}/验收意见表/验收意见表.pdf`,
        "index.xlsx",
      ].sort(),
    );
    expect(files[`${enterpriseFolder}/验收意见表/验收意见表.pdf`].equals(uploaded.form)).toBe(true);
    expect(
      [files[`${enterpriseFolder}/拆前照片/现场.jpg`], files[`${enterpriseFolder}/拆前照片/现场 (2).jpg`]].map(
        (b) => b.equals(uploaded.before1) || b.equals(uploaded.before2),
      ),
    ).toEqual([true, true]);

    const rows = await indexRows(entries);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({
        单位: "集士港镇",
        "企业（作坊）名称": "归档测试铸造厂",
        台账编号: jishigangCase,
        类别: "淘汰落后产能",
      });
      const bytes = files[row["压缩包内路径"] as string];
      expect(row["SHA-256"]).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row["大小（字节）"]).toBe(bytes.length);
    }
    expect(rows.map((r) => r["原文件名"]).sort()).toEqual(["现场.jpg", "现场.jpg", "验收意见表.pdf"]);
  });

  it("is there for the office, the leader and every department (信息共享); another township gets 404", async () => {
    for (const who of ["office", "leader", "sthj", "yjgl"]) {
      await actAs(who);
      expect((await caseArchive(get(`/api/archive/cases/${jishigangCase}`), params(jishigangCase))).status, who).toBe(
        200,
      );
    }
    for (const who of ["gulin"]) {
      await actAs(who);
      expect((await caseArchive(get(`/api/archive/cases/${jishigangCase}`), params(jishigangCase))).status, who).toBe(
        404,
      );
    }
    await actAs("office");
    expect((await caseArchive(get("/api/archive/cases/%00"), params("%00"))).status).toBe(404);
  });
});

describe("a unit's archive", () => {
  it("gives a township officer only their own unit's files; another unit's archive and the district's are 404", async () => {
    await actAs("jishigang");
    const entries = await download(
      await unitArchive(get(`/api/archive/units/${jishigangUnit}`), params(jishigangUnit)),
    );
    expect(entries.filter((e) => e.path !== "index.xlsx").every((e) => e.path.startsWith("集士港镇/"))).toBe(true);
    expect(entries.some((e) => e.path.startsWith(enterpriseFolder))).toBe(true);
    expect((await indexRows(entries)).every((r) => r["单位"] === "集士港镇")).toBe(true);

    expect((await unitArchive(get(`/api/archive/units/${gulinUnit}`), params(gulinUnit))).status).toBe(404);
    expect((await unitArchive(get("/api/archive/units/abc"), params("abc"))).status).toBe(404);
    expect((await districtArchive(get("/api/archive/district"))).status).toBe(404);
  });

  it("lists a file missing from storage in the index (as missing) and leaves it out of the ZIP", async () => {
    await actAs("gulin");
    const lost = await upload(gulinCase, "OTHER", "丢失.jpg", await jpeg({ color: "#555" }));
    await storage.remove((await prisma.evidence.findUniqueOrThrow({ where: { id: lost } })).storageKey);
    const entries = await download(await unitArchive(get(`/api/archive/units/${gulinUnit}`), params(gulinUnit)));
    expect(entries.some((e) => e.path.endsWith("/丢失.jpg"))).toBe(false);
    expect(entries.some((e) => e.path.endsWith("/拆后.jpg"))).toBe(true);
    const row = (await indexRows(entries)).find((r) => r["原文件名"] === "丢失.jpg");
    expect(row).toMatchObject({ 备注: "文件已不在存储中" });
  });
});

describe("the district's archive", () => {
  it("holds every unit's folders for the office", async () => {
    await actAs("office");
    const entries = await download(await districtArchive(get("/api/archive/district")));
    expect(entries.some((e) => e.path.startsWith(`${enterpriseFolder}/`))).toBe(true);
    expect(entries.some((e) => e.path.startsWith("古林镇/古林归档测试厂"))).toBe(true);
  });
});
