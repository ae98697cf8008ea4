import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { BackLink, chipClass } from "@/components/ui/link";
import { districtHref } from "@/lib/city/params";

/**
 * The head of the city's read-only drill-down into a district (docs/domain.md §市级): which district,
 * that it is read-only, 示例数据 for a generated one, and its pages (全区总览, 整治台账, 通报与简报).
 */
export function DistrictDrillHeader({
  district,
  year,
  current,
  title,
}: {
  district: { code: string; name: string; officeName: string; isSample: boolean };
  year: number | null;
  current: "dashboard" | "cases" | "documents";
  title: string;
}) {
  // The ledger's own heading is the page's h1 there.
  const Heading = current === "cases" ? "p" : "h1";
  return (
    <div className="space-y-2">
      <BackLink href={year ? `/city?year=${year}` : "/city"}>全市总览</BackLink>
      <div className="flex flex-wrap items-center gap-2">
        <Heading className="text-xl font-semibold">
          {district.name} · {title}
        </Heading>
        <Badge tone="neutral">只读</Badge>
        {district.isSample && (
          <Badge tone="warning" data-testid="sample-badge">
            示例数据
          </Badge>
        )}
      </div>
      {district.isSample && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm" role="note">
          {district.name}的数字为演示生成的示例数据，不是实际工作数据。
        </p>
      )}
      <p className="text-sm text-slate-600">{district.officeName}的数据，市级只读查看，不能在此办理或修改。</p>
      <nav aria-label={`${district.name}页面`} className="flex flex-wrap gap-2 text-sm">
        <Link
          href={districtHref(district.code, { year })}
          className={chipClass(current === "dashboard")}
          aria-current={current === "dashboard" ? "page" : undefined}
        >
          全区总览
        </Link>
        <Link
          href={districtHref(district.code, { year, sub: "cases" })}
          className={chipClass(current === "cases")}
          aria-current={current === "cases" ? "page" : undefined}
        >
          整治台账
        </Link>
        <Link
          href={districtHref(district.code, { year, sub: "documents" })}
          className={chipClass(current === "documents")}
          aria-current={current === "documents" ? "page" : undefined}
        >
          通报与简报
        </Link>
      </nav>
    </div>
  );
}
