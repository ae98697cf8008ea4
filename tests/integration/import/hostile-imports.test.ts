// The hostile .xlsx corpus sent through the real import routes (check and import): every file is
// refused with a message — never a 500, never a hang — and nothing is written, stored or audited.
// The files are made here (tests/helpers/hostile-xlsx.ts): the bomb and the 200 000-row sheet are too
// large to commit. No assertion times anything: the worker's own limits (XLSX_READ_SECONDS, its heap)
// are what bound the server; a file that outran them would come back as their refusal.
import { describe, expect, it } from "vitest";

import { POST as quotaPreview } from "@/app/api/campaigns/[id]/quota-preview/route";
import { POST as checkPost } from "@/app/api/import/check/route";
import { POST as importPost } from "@/app/api/import/route";
import { prisma } from "@/server/db";

import { changed, snapshot } from "../../helpers/db-snapshot";
import { columnZSheet, malformedWorkbooks, nulInName, zipBomb } from "../../helpers/hostile-xlsx";
import { importRequest } from "../../helpers/ledger-files";
import { multipartRequest, params } from "../../helpers/matrix-fixtures";
import { actAs } from "../../helpers/session";

type Answer = { ok: boolean; message?: string; errors?: { row: number; name: string; errors: string[] }[] };
async function post(path: "/api/import" | "/api/import/check", bytes: Buffer) {
  const res = await (path === "/api/import" ? importPost : checkPost)(await importRequest(path, bytes));
  return { status: res.status, body: (await res.json()) as Answer };
}

const UNREADABLE = /文件无法读取|文件中没有工作表/;
type Row = { name: string; bytes: () => Promise<Buffer>; status: number; message: RegExp; why: string };
const table: Row[] = [
  {
    name: "zip bomb",
    bytes: () => zipBomb(),
    status: 422,
    message: /文件解压后超过 50 MB/,
    why: "160 KB whose sheet declares 17 KB but inflates to 150 MB: the reader counts what really comes out and stops at the cap",
  },
  {
    name: "200 000 rows in column Z",
    bytes: () => columnZSheet(200_000),
    status: 422,
    message: /一次最多导入 10000 行/,
    why: "rows without a ledger column still count: the streaming reader stops at the cap instead of parsing the whole sheet",
  },
  ...Object.entries(await malformedWorkbooks("古林镇")).map(([name, bytes]) => ({
    name,
    bytes: async () => bytes,
    status: 422,
    message: UNREADABLE,
    why: "sniffs as .xlsx but is not a readable one",
  })),
];

describe("the hostile .xlsx corpus through the import", () => {
  it.each(table.map((r) => [`${r.name} — ${r.why}`, r] as const))("%s", async (_, row) => {
    await actAs("gulin");
    const bytes = await row.bytes();
    const before = await snapshot();
    for (const path of ["/api/import/check", "/api/import"] as const) {
      const answer = await post(path, bytes);
      expect(answer.status, path).toBe(row.status);
      expect(answer.body.message, path).toMatch(row.message);
    }
    expect(changed(before, await snapshot()), "no row, audit or stored file").toEqual([]);
  });

  it("a NUL in an enterprise name (cell _x0000_, no credit code) is a field error of its row, not a 500", async () => {
    await actAs("gulin");
    const file = await nulInName("古林镇");
    const before = await snapshot();
    const errors = [
      { row: 2, name: "甲铸造厂", errors: ["企业名称含有不允许的字符（不可见的控制字符），请在 Excel 中重新输入"] },
    ];
    expect(await post("/api/import/check", file)).toMatchObject({ status: 200, body: { ok: true, errors } });
    expect(await post("/api/import", file)).toMatchObject({ status: 422, body: { ok: false, errors } });
    expect(changed(before, await snapshot())).toEqual([]);
  });
});

describe("the quota grid (导入目标) reads its file with the same guarded reader", () => {
  it.each([
    ["zip bomb", () => zipBomb(), /文件解压后超过 50 MB/],
    ["20 000 rows in column Z", () => columnZSheet(20_000), /目标任务分解表最多 1000 行/],
  ] as const)("%s: refused with a message", async (_, bytes, message) => {
    await actAs("office");
    const { id } = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
    const file = { name: "分解表.xlsx", bytes: await bytes(), type: "application/octet-stream" };
    const res = await quotaPreview(
      await multipartRequest(`/api/campaigns/${id}/quota-preview`, { file }),
      params(String(id)),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(message);
  });
});
