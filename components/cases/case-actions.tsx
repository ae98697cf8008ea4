"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";

import { useOnline } from "@/components/offline/use-online";
import { Link } from "@/components/ui/app-link";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { checkClass, checkLabelClass, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { checkAcceptance, VERIFIED_NOTE_MAX } from "@/lib/cases/review";
import { type CaseAction, needsReason } from "@/lib/cases/workflow";
import { acceptCase } from "@/server/cases/actions/accept-case";
import { reopenCase } from "@/server/cases/actions/reopen-case";
import { returnCase } from "@/server/cases/actions/return-case";
import { submitCase } from "@/server/cases/actions/submit-case";

const ACTIONS = {
  SUBMIT: { run: submitCase, label: "上报验收", prompt: "确定上报验收吗？上报后材料不能再修改。", variant: "primary" },
  ACCEPT: { run: acceptCase, label: "验收通过", prompt: "确定验收通过吗？", variant: "success" },
  RETURN: { run: returnCase, label: "退回", prompt: "退回理由（经办人可见）", variant: "danger" },
  REOPEN: {
    run: reopenCase,
    label: "撤销验收",
    prompt: "撤销验收的理由（整治对象回到推进中，不再计入已验收）",
    variant: "warning",
  },
} as const;

type Shown = keyof typeof ACTIONS;
/** The decisions after which the next case of the queue opens. */
const DECISIONS: readonly Shown[] = ["ACCEPT", "RETURN"];

/**
 * The status buttons this user may press, each confirmed in the page (no browser dialog, so it works
 * the same on phones); returns and reopenings ask for the reason there. The server checks everything again.
 */
export function CaseActions({
  caseId,
  version,
  actions,
  blocked = {},
  summary,
  flagCount = 0,
  nextHref,
}: {
  caseId: string;
  version: number;
  actions: CaseAction[];
  /** Actions shown but refused now, with why (e.g. ACCEPT waiting for the expert opinion the campaign requires). */
  blocked?: Partial<Record<CaseAction, string>>;
  /** Shown above the buttons (the review desk: the integrity flags' summary above 验收通过). */
  summary?: ReactNode;
  /** The case's integrity flags: 验收通过 then needs 已核实 and a note (lib/cases/review.ts). */
  flagCount?: number;
  /** 下一件: the review queue's address that opens the next case (`/review?after=…`); opened after 验收通过 or 退回. */
  nextHref?: string;
}) {
  const { pending, notice, fieldErrors, run } = useServerAction();
  const [chosen, setChosen] = useState<Shown | null>(null);
  const [reason, setReason] = useState("");
  const [verified, setVerified] = useState(false);
  const [verifiedNote, setVerifiedNote] = useState("");
  const [localErrors, setLocalErrors] = useState<Record<string, string | undefined>>({});
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

  const verifying = chosen === "ACCEPT" && flagCount > 0;
  const errorOf = (field: string) => localErrors[field] ?? fieldErrors[field]?.[0];

  function confirm(action: Shown) {
    const def = ACTIONS[action];
    if (action === "ACCEPT") {
      // The same rule the server applies, answered at the field before the round trip.
      const check = checkAcceptance(flagCount, { verified, verifiedNote });
      setLocalErrors(check.ok ? {} : { [check.field]: check.reason });
      if (!check.ok) return;
    }
    const decision = DECISIONS.includes(action) && nextHref;
    run(
      () =>
        def.run({
          caseId,
          version,
          reason: reason || undefined,
          ...(action === "ACCEPT" && flagCount > 0 && { verified, verifiedNote }),
        }),
      decision ? `已${def.label}，正在打开下一件…` : `已${def.label}`,
      () => {
        setChosen(null);
        setReason("");
      },
      decision ? `${nextHref}&done=${action}` : undefined,
    );
  }

  return (
    <Card aria-label="整治对象操作" className="no-print space-y-3">
      {summary}
      <div className="flex flex-wrap gap-2">
        {shown.map((a) => (
          <Button
            key={a}
            variant={ACTIONS[a].variant}
            disabled={pending || !online || Boolean(blocked[a])}
            title={blocked[a] ?? (online ? undefined : "当前离线，恢复网络后可操作")}
            aria-expanded={chosen === a}
            onClick={() => {
              setChosen(a);
              setLocalErrors({});
            }}
          >
            {ACTIONS[a].label}
          </Button>
        ))}
        {nextHref && shown.some((a) => DECISIONS.includes(a)) && (
          <Link
            href={nextHref}
            className={buttonClass({ variant: "secondary" })}
            title="暂不处理本件，打开待验收的下一件"
          >
            下一件
          </Link>
        )}
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
          {verifying && (
            <div className="space-y-2 rounded border border-amber-200 bg-amber-50 p-3 text-sm">
              <label className={checkLabelClass}>
                <input
                  type="checkbox"
                  className={checkClass}
                  checked={verified}
                  onChange={(e) => setVerified(e.target.checked)}
                  aria-invalid={errorOf("verified") ? true : undefined}
                  aria-describedby={errorOf("verified") ? "verified-error" : undefined}
                />
                <span className="font-medium">已核实（上述 {flagCount} 条材料核查提示已逐条核实）</span>
              </label>
              {errorOf("verified") && (
                <p id="verified-error" className="text-xs text-red-700">
                  {errorOf("verified")}
                </p>
              )}
              <label className="block">
                <span className="font-medium">核实说明（记入审核记录）</span>
                <textarea
                  value={verifiedNote}
                  onChange={(e) => setVerifiedNote(e.target.value)}
                  rows={2}
                  maxLength={VERIFIED_NOTE_MAX}
                  placeholder="如：已电话联系镇街核实，照片为同一设备不同角度"
                  className={inputClass}
                  aria-invalid={errorOf("verifiedNote") ? true : undefined}
                  aria-describedby={errorOf("verifiedNote") ? "verified-note-error" : undefined}
                />
              </label>
              {errorOf("verifiedNote") && (
                <p id="verified-note-error" className="text-xs text-red-700">
                  {errorOf("verifiedNote")}
                </p>
              )}
            </div>
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
