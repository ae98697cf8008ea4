// `npm run bench:import`: the ledger import (台账导入) of 5 000 generated valid rows — the dry run, then
// the import itself (read, checked again, written in one transaction, audited, file stored) — in a
// scratch database (embedded PGlite by default; PostgreSQL next to DATABASE_URL when that is one).
// Prints figures; asserts nothing. `--tiny` (or BENCH_TINY=1): 100 rows, seconds in all (CI).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

import { creditCheckChar } from "../lib/enterprises/credit-code";
import { ledgerTemplate } from "../lib/import/ledger-template";
import { seed } from "../prisma/seed";
import type { Db } from "../server/db-client";
import { BENCH_OFFICE, BENCH_TINY, scratchDatabase, withoutDataCache } from "./scratch-database";

const ROWS = BENCH_TINY ? 100 : 5_000;
const uploads = mkdtempSync(join(tmpdir(), "bench-import-"));
process.env.UPLOAD_DIR = uploads;

const code = (n: number) => {
  const body = `91330203MA${String(n).padStart(7, "0")}`;
  return body + creditCheckChar(body);
};

async function main() {
  const scratch = await scratchDatabase("bench-import");
  console.log(`数据库：${scratch.label}`);
  const prisma = scratch.db.prisma;
  await seed(prisma, { demo: false });
  // 海曙区, the seed's district (docs/domain.md §市级): the office, its units and its outcome list.
  const { districtId } = BENCH_OFFICE;
  await prisma.user.create({
    data: {
      id: "bench-office",
      username: "bench-office",
      displayName: "基准测试",
      passwordHash: "-",
      role: "OFFICE",
      districtId,
    },
  });
  const units = await prisma.unit.findMany({ where: { districtId }, orderBy: { displayOrder: "asc" } });
  const outcomes = await prisma.rectificationOutcome.findMany({ where: { active: true, districtId } });

  // Every unit, both categories, a few enterprises with a case of each category, a tenth without a credit code.
  const rows = Array.from({ length: ROWS }, (_, i) => {
    // Every tenth row is the previous row's enterprise, with a case of the other category.
    const elimination = i % 10 === 9 ? (i - 1) % 4 !== 0 : i % 4 === 0;
    const enterprise = i % 10 === 9 ? i - 1 : i;
    return {
      unit: units[enterprise % units.length].name,
      name: `基准导入企业${enterprise}`,
      creditCode: enterprise % 10 === 5 ? null : code(enterprise),
      industry: ["铸造", "建材", "食品", "金属表面处理", "其他"][i % 5],
      address: `海曙区某路${i}号`,
      contactName: "张三",
      contactPhone: "13800000000",
      category: elimination ? "淘汰落后产能" : "“低散乱”整治提升",
      disposal: elimination ? (i % 8 ? "拆除主体设备" : "封存") : null,
      outcome: elimination ? null : outcomes[i % outcomes.length].name,
      dimensions: ["能耗、环保", "安全", "经营场所、质量"][i % 3],
      deadline: i % 2 ? new Date(Date.UTC(2020, 9, 1 + (i % 28))) : "2020-12-31",
    };
  });
  const bytes = Buffer.from(
    await ledgerTemplate({ units: units.map((u) => u.name), outcomes: outcomes.map((o) => o.name), rows }),
  );
  console.log(`导入文件：${rows.length} 行，${(bytes.length / 1024).toFixed(0)} KB`);

  // The data layer picks its client up from here (server/db.ts), so it runs on the scratch database.
  (globalThis as { __haishuDb?: Db }).__haishuDb = scratch.db;
  withoutDataCache();
  const { checkLedgerImport, importLedger } = await import("../server/import/ledger-import");
  const user = BENCH_OFFICE;
  const file = { name: "基准台账.xlsx", bytes };

  let t0 = performance.now();
  const checked = await checkLedgerImport(user, null, file);
  const checkMs = performance.now() - t0;
  if (!checked.ok || checked.errors.length) throw new Error(`检查未通过：${JSON.stringify(checked).slice(0, 500)}`);
  t0 = performance.now();
  const imported = await importLedger(user, null, file);
  const importMs = performance.now() - t0;
  if (!imported.ok) throw new Error(`导入失败：${imported.message}`);
  const cases = await prisma.case.count();
  const enterprises = await prisma.enterprise.count();

  await scratch.bare.close();
  await scratch.db.close();
  await scratch.drop();
  rmSync(uploads, { recursive: true, force: true });
  console.log(`写入：${cases} 件案件，${enterprises} 家企业（新建 ${imported.summary.enterprisesCreated}），审计 1 条`);
  console.log(
    `检查（dry run）：${(checkMs / 1000).toFixed(1)} s；导入：${(importMs / 1000).toFixed(1)} s；合计 ${((checkMs + importMs) / 1000).toFixed(1)} s（${rows.length} 行）`,
  );
}

await main();
