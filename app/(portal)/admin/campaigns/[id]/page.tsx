import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CloseCampaignButton, SetCurrentButton } from "@/components/campaigns/campaign-buttons";
import { CampaignDatesForm } from "@/components/campaigns/campaign-dates-form";
import { OpenCaseDecision } from "@/components/campaigns/open-case-decision";
import { QuotaGrid } from "@/components/campaigns/quota-grid";
import { StatusBadge } from "@/components/cases/status-badge";
import { Pagination } from "@/components/pagination";
import { Link } from "@/components/ui/app-link";
import { Card, EmptyState } from "@/components/ui/card";
import { BackLink, linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { campaignStatus, caseClosing, closeBlockers } from "@/lib/campaigns/rules";
import { gapNotice } from "@/lib/city/targets";
import { dateInputValue } from "@/lib/dates";
import { intId, pageParam } from "@/lib/fields";
import { formatDate, formatDateTime } from "@/lib/format";
import { campaignStatusLabel, caseClosingLabel, categoryLabel } from "@/lib/labels";
import { requireArea } from "@/server/areas";
import { getCampaignAdmin, listCampaigns } from "@/server/campaigns/list-campaigns";
import { listOpenCases } from "@/server/campaigns/list-open-cases";
import { getDistrictTargetSplit } from "@/server/city/district-targets";

export const metadata: Metadata = { title: "年度管理" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CampaignPage({ params, searchParams }: Props) {
  const user = await requireArea("campaigns");
  const id = intId.safeParse((await params).id);
  const admin = id.success ? await getCampaignAdmin(user, id.data) : null;
  if (!admin) notFound();
  const { campaign, units, closedBy } = admin;
  const page = pageParam((await searchParams).page);
  const [open, campaigns, split] = await Promise.all([
    listOpenCases(campaign.id, page),
    listCampaigns(user),
    getDistrictTargetSplit(user, campaign),
  ]);
  // 区县目标 (docs/domain.md §市级): while the units' quotas fall short of the city's target, the gap per category.
  const gaps = split
    ? (["ELIMINATION", "RECTIFICATION"] as const).flatMap((c) => {
        const text = gapNotice(split[c]);
        return text ? [{ category: c, text }] : [];
      })
    : [];
  const status = campaignStatus(campaign, new Date());
  const closed = campaign.closedAt !== null;
  const targets = campaigns
    .filter((c) => c.year > campaign.year && !c.closedAt)
    .map((c) => ({ id: c.id, year: c.year }));
  const blockers = closeBlockers(campaign, open.undecided);

  return (
    <div className="space-y-6">
      <BackLink href="/admin/campaigns">年度管理</BackLink>
      <h1 className="text-xl font-semibold">
        {campaign.year}年度 · {campaign.title}
        <span className="ml-3 rounded bg-slate-100 px-2 py-0.5 text-sm font-normal" data-testid="campaign-status">
          {campaignStatusLabel[status]}
        </span>
        {campaign.isCurrent && (
          <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm font-normal text-brand-700">当前年度</span>
        )}
      </h1>
      {closed && (
        <p role="status" className="rounded bg-slate-100 px-3 py-2 text-sm">
          本年度已于 {formatDateTime(campaign.closedAt)} 由 {closedBy ?? "区工强办"}{" "}
          关闭：数据只能查看，不能修改；各项数字按关闭时的记录计算。
        </p>
      )}

      <Card aria-labelledby="dates-title">
        <h2 id="dates-title" className="mb-3 font-semibold">
          名称与日期
        </h2>
        {closed ? (
          <p className="text-sm">
            开始日期 {formatDate(campaign.startDate)}，完成时限 {formatDate(campaign.deadline)}。
          </p>
        ) : (
          <CampaignDatesForm
            key={campaign.version}
            campaignId={campaign.id}
            version={campaign.version}
            title={campaign.title}
            startDate={dateInputValue(campaign.startDate)}
            deadline={dateInputValue(campaign.deadline)}
          />
        )}
        {!campaign.isCurrent && !closed && (
          <div className="mt-4 border-t border-slate-200 pt-3">
            <SetCurrentButton campaignId={campaign.id} year={campaign.year} />
          </div>
        )}
      </Card>

      <Card aria-labelledby="quota-title">
        <h2 id="quota-title" className="mb-3 font-semibold">
          目标任务分解表
        </h2>
        {gaps.length > 0 && (
          <ul
            role="status"
            className="mb-3 space-y-1 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900"
            data-testid="city-target-gap"
          >
            {gaps.map((g) => (
              <li key={g.category}>
                {categoryLabel[g.category]}：{g.text}
              </li>
            ))}
          </ul>
        )}
        <QuotaGrid
          campaignId={campaign.id}
          version={campaign.version}
          readOnly={closed}
          units={units}
          quotas={Object.fromEntries(campaign.quotas.map((q) => [`${q.unitId}:${q.category}`, q.target]))}
        />
      </Card>

      <Card aria-labelledby="close-title">
        <h2 id="close-title" className="mb-1 font-semibold">
          关闭年度
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          关闭后本年度的整治对象、材料、任务填报、目标和督办记录都不能再修改。关闭前须对每个未验收的整治对象作出决定：
          结转到以后的年度（在该年度新建关联的整治对象，本年度记录保留可查），或按未完成关闭（列入联合惩戒名单）。
        </p>
        {open.total === 0 ? (
          <EmptyState>本年度没有未验收的整治对象。</EmptyState>
        ) : (
          <div className="space-y-3">
            <p className="text-sm">
              未验收整治对象 {open.total} 件，待决定 <strong data-testid="undecided-count">{open.undecided}</strong>{" "}
              件。
            </p>
            <Table bare caption="未验收整治对象" className="min-w-[40rem]">
              <THead className="bg-slate-50">
                <Th>企业（作坊）</Th>
                <Th>单位</Th>
                <Th>类别</Th>
                <Th>状态</Th>
                <Th>决定</Th>
              </THead>
              <tbody>
                {open.rows.map((r) => {
                  const decided = caseClosing(r);
                  return (
                    <tr key={r.id} className="align-top">
                      <Td>
                        <Link href={`/cases/${r.id}`} className={linkClass()}>
                          {r.enterprise.name}
                        </Link>
                      </Td>
                      <Td label="单位">{r.unit.name}</Td>
                      <Td label="类别">{categoryLabel[r.category]}</Td>
                      <Td label="状态">
                        <StatusBadge status={r.status} />
                      </Td>
                      <Td label="决定">
                        {decided === "UNDECIDED" && !closed ? (
                          <OpenCaseDecision
                            caseId={r.id}
                            version={r.version}
                            name={r.enterprise.name}
                            targets={targets}
                          />
                        ) : decided === "CARRIED" && r.carriedTo ? (
                          <Link href={`/cases/${r.carriedTo.id}`} className={linkClass()}>
                            已结转 {r.carriedTo.campaign.year} 年度
                          </Link>
                        ) : (
                          <span>
                            {caseClosingLabel[decided]}
                            {r.closedIncompleteReason ? `：${r.closedIncompleteReason}` : ""}
                          </span>
                        )}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
            <Pagination
              page={open.page}
              pages={open.pages}
              total={open.total}
              href={(p) => `/admin/campaigns/${campaign.id}?page=${p}`}
            />
          </div>
        )}
        {!closed && (
          <div className="mt-4 space-y-2 border-t border-slate-200 pt-3">
            {blockers.length > 0 && (
              <ul className="list-disc pl-5 text-sm text-amber-800" data-testid="close-blockers">
                {blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            )}
            <CloseCampaignButton campaignId={campaign.id} version={campaign.version} year={campaign.year} />
          </div>
        )}
      </Card>
    </div>
  );
}
