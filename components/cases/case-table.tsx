import { OutsideTargetBadge, StatusBadge } from "@/components/cases/status-badge";
import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { categoryLabel, industryLabel } from "@/lib/labels";
import type { listCases } from "@/server/cases/list-cases";

type Row = Awaited<ReturnType<typeof listCases>>["rows"][number];

/** `detailLinks` false: the city's read-only drill-down, where a record's own page is not opened. */
export function CaseTable({
  rows,
  showUnit,
  detailLinks = true,
}: {
  rows: Row[];
  showUnit: boolean;
  detailLinks?: boolean;
}) {
  return (
    <Table label="整治台账" className="min-w-[40rem]">
      <THead>
        <Th>企业（作坊）</Th>
        {showUnit && <Th>属地</Th>}
        <Th>类别</Th>
        <Th>行业</Th>
        <Th>状态</Th>
        <Th>材料</Th>
      </THead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <Td>
              {detailLinks ? (
                <Link href={`/cases/${c.id}`} className={linkClass({ className: "font-medium" })}>
                  {c.enterprise.name}
                </Link>
              ) : (
                <span className="font-medium">{c.enterprise.name}</span>
              )}
              <div className="font-mono text-xs text-slate-500">{c.enterprise.creditCode ?? "无统一社会信用代码"}</div>
            </Td>
            {showUnit && <Td label="属地">{c.unit.name}</Td>}
            <Td label="类别">
              {categoryLabel[c.category]}
              {c.outsideTarget && <OutsideTargetBadge className="ml-1" />}
            </Td>
            <Td label="行业">{industryLabel[c.enterprise.industry]}</Td>
            <Td label="状态">
              <StatusBadge status={c.status} />
              {c.overdue && (
                <Badge tone="danger" pill className="ml-1">
                  逾期
                </Badge>
              )}
            </Td>
            <Td label="材料">
              {c.missing.length === 0 ? (
                <span className="text-green-700">齐全</span>
              ) : (
                <span className="text-amber-700" title={`还缺：${c.missing.join("、")}`}>
                  还缺 {c.missing.length} 项
                </span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
