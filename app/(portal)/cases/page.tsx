import type { Metadata } from "next";

import { CaseListView } from "@/components/cases/case-list-view";
import { parseCaseListFilters } from "@/lib/cases/list-filters";
import { readsOwnUnitOnly } from "@/lib/rights";
import { requireArea } from "@/server/areas";

export const metadata: Metadata = { title: "整治台账" };

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("cases");
  const filters = parseCaseListFilters(await searchParams);
  return (
    <CaseListView
      user={user}
      filters={filters}
      basePath="/cases"
      title={readsOwnUnitOnly(user) ? `${user.unit?.name ?? ""}整治台账` : "整治台账"}
      emptyText={
        readsOwnUnitOnly(user) ? "还没有符合条件的整治对象。点击“登记整治对象”开始登记。" : "没有符合条件的整治对象。"
      }
    />
  );
}
