import { Link } from "@/components/ui/app-link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { isFindingOverdue } from "@/lib/inspections/rules";
import { findingStatusLabel } from "@/lib/labels";

type Row = {
  id: string;
  status: FindingStatus;
  problem: string;
  dueDate: Date;
  unit: { name: string };
  department: { name: string } | null;
  case: { id: string; enterprise: { name: string } } | null;
  round?: { id: string; title: string };
};

const STATUS_TONE: Record<FindingStatus, BadgeTone> = { OPEN: "warning", ANSWERED: "info", CLOSED: "success" };

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  return (
    <Badge data-testid="finding-status" tone={STATUS_TONE[status]}>
      {findingStatusLabel[status]}
    </Badge>
  );
}

/** The findings of a round, a unit or a filter: what, where, who found it, by when, and its state. */
export function FindingTable({ rows, empty, caption }: { rows: Row[]; empty: string; caption: string }) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const now = new Date();
  return (
    <Table caption={caption} className="min-w-[44rem]">
      <THead className="bg-slate-50">
        <Th>问题</Th>
        <Th>单位 / 整治对象</Th>
        {rows[0].round && <Th>检查</Th>}
        <Th>记录方</Th>
        <Th>整改期限</Th>
        <Th>状态</Th>
      </THead>
      <tbody>
        {rows.map((f) => (
          <tr key={f.id}>
            <Td className="max-w-md">
              <Link href={`/inspections/findings/${f.id}`} className={linkClass({ className: "line-clamp-2" })}>
                {f.problem}
              </Link>
            </Td>
            <Td label="单位 / 整治对象">
              {f.unit.name}
              {f.case && <span className="block text-xs text-slate-500">{f.case.enterprise.name}</span>}
            </Td>
            {f.round && <Td label="检查">{f.round.title}</Td>}
            <Td label="记录方" nowrap>
              {f.department?.name ?? "区工强办"}
            </Td>
            <Td label="整改期限" nowrap>
              {formatDate(f.dueDate)}
              {isFindingOverdue(f, now) && (
                <Badge tone="danger" className="ml-1">
                  逾期
                </Badge>
              )}
            </Td>
            <Td label="状态" nowrap>
              <FindingStatusBadge status={f.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
