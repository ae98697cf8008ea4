"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { decideOpenCase } from "@/server/campaigns/actions/decide-open-case";

type Props = { caseId: string; version: number; name: string; targets: { id: number; year: number }[] };

/** One case not accepted: carry it into a later year, or close it as not completed (with the reason). */
export function OpenCaseDecision({ caseId, version, name, targets }: Props) {
  const [target, setTarget] = useState(targets[0] ? String(targets[0].id) : "");
  const [reason, setReason] = useState("");
  const { pending, notice, run } = useServerAction();
  const { ask, asking, panel } = useConfirm();
  const year = targets.find((t) => String(t.id) === target)?.year;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {targets.length === 0 ? (
          <span className="text-xs text-slate-500">没有可结转的以后年度（先新建年度）</span>
        ) : (
          <>
            <select
              aria-label={`${name}结转到`}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              className="rounded border border-slate-300 px-2 py-1"
            >
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.year}年度
                </option>
              ))}
            </select>
            <Button
              size="sm"
              variant="outline"
              disabled={pending || asking}
              onClick={() =>
                ask(
                  `将“${name}”结转到 ${year} 年度？将在该年度新建关联的整治对象。`,
                  () =>
                    run(
                      () =>
                        decideOpenCase({ caseId, version, decision: "CARRY", targetCampaignId: target, reason: "" }),
                      "已结转",
                    ),
                  "结转",
                )
              }
            >
              结转
            </Button>
          </>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <input
          aria-label={`${name}未完成理由`}
          placeholder="未完成理由"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          className="min-w-40 rounded border border-slate-300 px-2 py-1"
        />
        <Button
          size="sm"
          variant="dangerOutline"
          disabled={pending || asking}
          onClick={() =>
            ask(
              `将“${name}”按未完成关闭？该整治对象将列入联合惩戒名单。`,
              () =>
                run(
                  () => decideOpenCase({ caseId, version, decision: "CLOSE_INCOMPLETE", targetCampaignId: "", reason }),
                  "已按未完成关闭",
                ),
              "按未完成关闭",
            )
          }
        >
          按未完成关闭
        </Button>
      </div>
      {panel}
      <FormMessage message={notice} />
    </div>
  );
}
