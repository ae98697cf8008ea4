import type { Metadata } from "next";

import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import type { CheckKind } from "@/lib/tasks/data-checks";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { runDataChecks } from "@/server/tasks/data-checks";

export const metadata: Metadata = { title: "数据核对" };

const KIND_TITLE: Record<CheckKind, string> = {
  TYPED_BELOW_RECORDS: "填报数与记录不一致",
  CANCELLATION_WITHOUT_CLOSURE: "注销生产许可证但企业未关停",
  COUNTED_UNSEEN: "计入部门重点工作任务但该部门未经手",
};

const ORDER: CheckKind[] = ["TYPED_BELOW_RECORDS", "CANCELLATION_WITHOUT_CLOSURE", "COUNTED_UNSEEN"];

/** 数据核对 (区工强办): every disagreement the portal detects between figures that should agree, each with where to fix it. */
export default async function DataChecksPage() {
  const user = await requireArea("dataChecks");
  const campaign = await getCurrentCampaign(user);
  const findings = await runDataChecks(campaign.id, new Date());
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">数据核对</h1>
        <p className="text-sm text-slate-600">
          {campaign.year}
          年度：核对应当一致的数字——填报数与平台记录、注销生产许可证与关停类整治对象、计入重点工作任务的整治对象与牵头部门的经手记录。
          共发现 <strong data-total={String(findings.length)}>{findings.length}</strong> 处不一致。
        </p>
      </div>
      {findings.length === 0 ? (
        <EmptyState dashed>没有发现不一致的数字。</EmptyState>
      ) : (
        ORDER.map((kind) => {
          const rows = findings.filter((f) => f.kind === kind);
          if (rows.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`check-${kind}`} className="space-y-2">
              <h2 id={`check-${kind}`} className="font-semibold">
                {KIND_TITLE[kind]}（{rows.length}处）
              </h2>
              <ul className="space-y-2">
                {rows.map((f, i) => (
                  <Card key={`${f.href}-${i}`} as="li" className="text-sm" data-testid="finding">
                    <div className="flex flex-wrap items-baseline gap-x-3">
                      {f.lineCode && <Badge tone="brand">{f.lineCode}</Badge>}
                      <Link href={f.href} className={linkClass({ className: "font-semibold" })}>
                        {f.subject}
                      </Link>
                    </div>
                    <p className="mt-1 text-slate-700">{f.message}</p>
                  </Card>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
