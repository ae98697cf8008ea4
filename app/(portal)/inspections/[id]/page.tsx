import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { StatusBadge } from "@/components/cases/status-badge";
import { FindingForm } from "@/components/inspections/finding-form";
import { FindingTable } from "@/components/inspections/finding-table";
import { RoundForm } from "@/components/inspections/round-form";
import { Link } from "@/components/ui/app-link";
import { Card, EmptyState } from "@/components/ui/card";
import { BackLink, linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { addDays, beijingDay, beijingIsoDay, isoDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { checkMayRecord, checkRoundEditable, hasRoundStarted, isRoundParticipant } from "@/lib/inspections/rules";
import { readsOwnUnitOnly, runsCampaign } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getRound, listRoundCases } from "@/server/inspections/get-round";
import { districtOf } from "@/server/scope";
import { listUnitsAndDepartments } from "@/server/units/list-units-and-departments";

export const metadata: Metadata = { title: "监督检查" };

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("inspections");
  const round = await getRound(user, (await params).id);
  if (!round) notFound();
  const now = new Date();
  const open = !round.campaign.closedAt;
  const unitIds = round.units.map((u) => u.unit.id);
  const departmentIds = round.departments.map((d) => d.department.id);
  const facts = { startDate: round.startDate, unitIds, departmentIds };
  const canEdit = open && checkRoundEditable(user, round, now).ok;
  const canRecord = open && unitIds.length > 0 && checkMayRecord(user, facts, unitIds[0], now).ok;
  const [choices, cases] = await Promise.all([
    canEdit ? listUnitsAndDepartments(districtOf(user)) : null,
    canRecord ? listRoundCases(round.campaignId, unitIds) : null,
  ]);
  const sampled = new Set(round.samples.map((s) => s.case.id));
  const unitName = new Map(round.units.map((u) => [u.unit.id, u.unit.name]));

  return (
    <div className="space-y-5">
      <BackLink href="/inspections">监督检查</BackLink>
      <header className="space-y-1">
        <h1 className="text-xl font-semibold">{round.title}</h1>
        <p className="text-sm text-slate-600">
          {formatDate(round.startDate)}—{formatDate(round.endDate)} ·{" "}
          {hasRoundStarted(round, now) ? "检查已开始" : "尚未开始"} · 计划：{round.createdBy.displayName}
        </p>
      </header>
      <Card aria-labelledby="plan-title" className="space-y-2 text-sm">
        <h2 id="plan-title" className="font-semibold">
          检查计划
        </h2>
        <p>
          <span className="text-slate-600">参加部门：</span>
          {round.departments.map((d) => d.department.name).join("、") || "仅区工强办"}
        </p>
        <p>
          <span className="text-slate-600">被检查单位（{round.units.length}）：</span>
          {round.units.map((u) => u.unit.name).join("、")}
        </p>
        <p>
          <span className="text-slate-600">每单位抽查已验收整治对象：</span>
          {round.sampleSize} 件
        </p>
        <div>
          <span className="text-slate-600">检查内容：</span>
          <p className="whitespace-pre-wrap">{round.checklist}</p>
        </div>
      </Card>
      {canEdit && choices && (
        <Card as="details">
          <summary className="cursor-pointer font-semibold">修改计划（检查开始前）</summary>
          <div className="mt-3">
            <RoundForm
              units={choices.units}
              departments={choices.departments}
              today={beijingIsoDay(now)}
              mode={{
                kind: "edit",
                roundId: round.id,
                version: round.version,
                initial: {
                  title: round.title,
                  startDate: isoDay(round.startDate),
                  endDate: isoDay(round.endDate),
                  checklist: round.checklist,
                  sampleSize: round.sampleSize,
                  unitIds,
                  departmentIds,
                },
              }}
            />
          </div>
        </Card>
      )}
      <section aria-labelledby="sample-title" className="space-y-2">
        <h2 id="sample-title" className="font-semibold">
          抽查对象
        </h2>
        {round.samples.length === 0 ? (
          <EmptyState>
            {round.sampleSize === 0 ? "本次检查不抽查对象。" : "计划时被检查单位没有可抽查的已验收整治对象。"}
          </EmptyState>
        ) : (
          <Table caption="抽查对象">
            <THead className="bg-slate-50">
              <Th>单位</Th>
              <Th>企业</Th>
              <Th>办理状态</Th>
            </THead>
            <tbody>
              {round.samples.map((s) => (
                <tr key={s.case.id}>
                  <Td label="单位">{unitName.get(s.unitId)}</Td>
                  <Td label="企业">
                    <Link href={`/cases/${s.case.id}`} className={linkClass()}>
                      {s.case.enterprise.name}
                    </Link>
                  </Td>
                  <Td label="办理状态">
                    <StatusBadge status={s.case.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      {canRecord && cases && (
        <Card aria-labelledby="record-title">
          <h2 id="record-title" className="mb-2 font-semibold">
            记录问题
          </h2>
          <FindingForm
            roundId={round.id}
            units={round.units.map((u) => u.unit)}
            canReopen={runsCampaign(user)}
            minDue={isoDay(addDays(beijingDay(now), 1))}
            cases={cases.map((c) => ({
              id: c.id,
              unitId: c.unitId,
              status: c.status,
              name: c.enterprise.name,
              sampled: sampled.has(c.id),
            }))}
          />
        </Card>
      )}
      {open && !canRecord && !hasRoundStarted(round, now) && isRoundParticipant(user, departmentIds) && (
        <p className="text-sm text-slate-600">检查开始（{formatDate(round.startDate)}）后即可在此记录发现的问题。</p>
      )}
      <section aria-labelledby="findings-title" className="space-y-2">
        <h2 id="findings-title" className="font-semibold">
          {readsOwnUnitOnly(user) ? "本单位的问题" : "发现的问题"}
        </h2>
        <FindingTable rows={round.findings} empty="尚未记录问题。" caption="本次检查发现的问题" />
      </section>
    </div>
  );
}
