// 淘汰设备清单 opens in LibreOffice: the list of the demo's accepted eliminations (prisma/seed-demo.ts, every item of
// equipment of each accepted case, 拆除 and 封存 alike) is written by the export's own workbook builder
// (lib/exports/equipment-workbook.ts), converted by `soffice --headless --convert-to csv`, and the rows LibreOffice
// reads back are compared with the items: title, headings, one row per item (unit, enterprise, case, name,
// quantity, 去向), a formula-looking name kept as text, and the year's totals.
//
//   npm run check:libreoffice
//
// Without LibreOffice (no `soffice` on the PATH) it says so and exits 0: CI may call it where soffice exists.
// Exit 1 when LibreOffice cannot open the file or reads other rows than were written.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { equipmentTotals } from "../lib/cases/equipment";
import {
  EQUIPMENT_HEADINGS,
  type EquipmentListRow,
  equipmentWorkbook,
  TOTALS_HEADING,
} from "../lib/exports/equipment-workbook";
import { equipmentDispositionLabel } from "../lib/labels";
import { planDemoCases } from "../prisma/seed-demo";

const soffice = process.env.SOFFICE ?? "soffice";

/** A CSV as LibreOffice writes it (comma, double quotes doubled inside quoted fields, UTF-8). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}

/** The list's rows: every item of every accepted elimination of the demo, in the export's order, and one formula-looking name. */
function demoRows(): EquipmentListRow[] {
  const planned = planDemoCases();
  const rows: EquipmentListRow[] = planned.flatMap((c, i) =>
    c.category === "ELIMINATION" && c.status === "ACCEPTED"
      ? c.equipment.map(({ proofKind, ...item }) => ({
          ...item,
          evidence: proofKind ? { kind: proofKind, originalName: `证明${i}.jpg`, deletedAt: null } : null,
          case: {
            id: `demo-case-${String(i).padStart(3, "0")}`,
            status: c.status,
            disposalPath: c.disposalPath,
            acceptedAt: c.acceptedAt,
            unit: { name: c.unit },
            enterprise: { name: c.enterprise.name, creditCode: c.enterprise.creditCode },
          },
        }))
      : [],
  );
  if (rows.length === 0) throw new Error("演示数据中没有已验收的淘汰案件设备");
  const first = rows[0];
  rows.push({ ...first, name: "=1+1冲天炉", model: "=SUM(A1:A2)" });
  return rows;
}

function fail(problems: string[]): never {
  console.error(`淘汰设备清单 LibreOffice 检查未通过：\n- ${problems.join("\n- ")}`);
  process.exit(1);
}

async function main() {
  const version = spawnSync(soffice, ["--version"], { encoding: "utf8" });
  if (version.error || version.status !== 0) {
    console.log(
      `跳过：本机没有 LibreOffice（找不到 ${soffice}）。在 Debian 上安装：apt-get install -y libreoffice-calc-nogui`,
    );
    return;
  }
  const rows = demoRows();
  const title = "2020年度淘汰设备清单（全区，已验收案件，统计截至2020/06/30）";
  const dir = mkdtempSync(join(tmpdir(), "equipment-lo-"));
  try {
    const xlsx = join(dir, "淘汰设备清单.xlsx");
    writeFileSync(xlsx, await equipmentWorkbook(title, rows));
    // UTF-8 (76), comma (44), double quotes (34); its own profile, so a running LibreOffice does not interfere.
    const converted = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        dir,
        xlsx,
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    const csvName = readdirSync(dir).find((f) => f.endsWith(".csv"));
    if (converted.status !== 0 || !csvName)
      fail([`LibreOffice 未能打开并转换文件：${converted.error?.message ?? ""}${converted.stderr}${converted.stdout}`]);
    const csv = parseCsv(readFileSync(join(dir, csvName), "utf8"));
    const problems: string[] = [];
    const expect = (what: string, got: unknown, want: unknown) => {
      if (String(got) !== String(want)) problems.push(`${what}：读到“${String(got)}”，应为“${String(want)}”`);
    };
    expect("标题", csv[0]?.[0], title);
    expect("表头", csv[1]?.slice(0, EQUIPMENT_HEADINGS.length).join("|"), EQUIPMENT_HEADINGS.join("|"));
    const col = (h: string) => EQUIPMENT_HEADINGS.indexOf(h);
    rows.forEach((r, i) => {
      const line = csv[2 + i] ?? [];
      const at = `第 ${i + 1} 项（${r.name}）`;
      expect(`${at} 序号`, line[col("序号")], i + 1);
      expect(`${at} 单位`, line[col("单位")], r.case.unit.name);
      expect(`${at} 企业`, line[col("企业（作坊）名称")], r.case.enterprise.name);
      expect(`${at} 台账编号`, line[col("台账编号")], r.case.id);
      expect(`${at} 设备名称`, line[col("设备名称")], r.name);
      expect(`${at} 型号规格`, line[col("型号规格")], r.model);
      expect(`${at} 数量`, line[col("数量（台/套）")], r.quantity);
      expect(`${at} 去向`, line[col("去向")], r.disposition ? equipmentDispositionLabel[r.disposition] : "未填去向");
    });
    const totals = equipmentTotals(rows);
    const cases = new Set(rows.map((r) => r.case.id)).size;
    const summary = csv.find((l) => l[1] === TOTALS_HEADING);
    expect("本年度合计", summary?.[2], `共 ${totals.items} 项，${totals.quantity} 台（套），涉及 ${cases} 个整治对象`);
    if (problems.length) fail(problems);
    console.log(
      `淘汰设备清单 LibreOffice 检查通过：${version.stdout.trim()} 打开并转换了 ${rows.length} 项设备（${cases} 件已验收淘汰案件）的清单，逐行一致。`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
