"use client";
import { useEffect, useRef, useState } from "react";

import { useOnline } from "@/components/offline/use-online";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { type CaseAction, needsReason } from "@/lib/cases/workflow";
import { acceptCase } from "@/server/cases/actions/accept-case";
import { reopenCase } from "@/server/cases/actions/reopen-case";
import { returnCase } from "@/server/cases/actions/return-case";
import { submitCase } from "@/server/cases/actions/submit-case";

const ACTIONS = {
  SUBMIT: { run: submitCase, label: "上报验收", prompt: "确定上报验收吗？上报后材料不能再修改。", variant: "primary" },
  ACCEPT: { run: acceptCase, label: "验收通过", prompt: "确定验收通过吗？", variant: "success" },
  RETURN: { run: returnCase, label: "退回", prompt: "退回理由（经办人可见）", variant: "danger" },
  REOPEN: { run: reopenCase, label: "重新打开", prompt: "重新打开的理由", variant: "warning" },
} as const;

type Shown = keyof typeof ACTIONS;

/**
 * The status buttons this user may press, each confirmed in the page (no browser dialog, so it works
 * the same on phones); returns and reopenings ask for the reason there. The server checks everything again.
 */
export function CaseActions({
  caseId,
  version,
  actions,
  blocked = {},
}: {
  caseId: string;
  version: number;
  actions: CaseAction[];
  /** Actions shown but refused now, with why (e.g. ACCEPT waiting for the expert opinion the campaign requires). */
  blocked?: Partial<Record<CaseAction, string>>;
}) {
  const { pending, notice, run } = useServerAction();
  const [chosen, setChosen] = useState<Shown | null>(null);
  const [reason, setReason] = useState("");
  const online = useOnline();
  const refusal = useRef<HTMLParagraphElement>(null);
  // A refusal is shown right under the button pressed and brought into view (on a phone it would otherwise be below the fold).
  useEffect(() => {
    if (notice && !notice.ok && refusal.current) {
      refusal.current.scrollIntoView?.({ block: "center", behavior: "smooth" });
      refusal.current.focus({ preventScroll: true });
    }
  }, [notice]);
  const shown = actions.filter((a): a is Shown => a in ACTIONS);
  // Stay mounted after the last action so its confirmation remains visible.
  if (shown.length === 0) return notice && <FormMessage message={notice} />;

  function confirm(action: Shown) {
    const def = ACTIONS[action];
    run(
      () => def.run({ caseId, version, reason: reason || undefined }),
      `已${def.label}`,
      () => {
        setChosen(null);
        setReason("");
      },
    );
  }

  return (
    <Card aria-label="案件操作" className="no-print space-y-3">
      <div className="flex flex-wrap gap-2">
        {shown.map((a) => (
          <Button
            key={a}
            variant={ACTIONS[a].variant}
            disabled={pending || !online || Boolean(blocked[a])}
            title={blocked[a] ?? (online ? undefined : "当前离线，恢复网络后可操作")}
            aria-expanded={chosen === a}
            onClick={() => setChosen(a)}
          >
            {ACTIONS[a].label}
          </Button>
        ))}
      </div>
      {shown
        .filter((a) => blocked[a])
        .map((a) => (
          <p key={a} role="note" className="text-sm text-amber-800">
            {ACTIONS[a].label}暂不可用：{blocked[a]}
          </p>
        ))}
      {chosen && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm(chosen);
          }}
          className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3"
        >
          {needsReason(chosen) ? (
            <label className="block text-sm">
              <span className="font-medium">{ACTIONS[chosen].prompt}</span>
              <textarea
                required
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
                className={inputClass}
              />
            </label>
          ) : (
            <p className="text-sm font-medium">{ACTIONS[chosen].prompt}</p>
          )}
          <div className="flex gap-2">
            <Button type="submit" variant={ACTIONS[chosen].variant} disabled={pending || !online}>
              {pending ? "正在提交…" : `确认${ACTIONS[chosen].label}`}
            </Button>
            <Button onClick={() => setChosen(null)} variant="secondary">
              取消
            </Button>
          </div>
          {notice && !notice.ok && (
            <p
              ref={refusal}
              tabIndex={-1}
              role="alert"
              data-testid="action-refusal"
              className="rounded bg-red-50 px-3 py-2 text-sm text-red-700"
            >
              {notice.text}
            </p>
          )}
        </form>
      )}
      {!(chosen && notice && !notice.ok) && <FormMessage message={notice} />}
    </Card>
  );
}
