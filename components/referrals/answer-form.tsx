"use client";
import { useState } from "react";

import { FileUpload } from "@/components/file-upload";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { checkClass, checkLabelClass, Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { ExpertConclusion } from "@/lib/generated/prisma/enums";
import { expertConclusionLabel } from "@/lib/labels";
import { answerReferral } from "@/server/referrals/actions/answer-referral";

/**
 * The expert's opinion: attachments first (uploaded one by one through the upload pipeline), then the
 * conclusion and the text, submitted once after an in-page confirmation — afterwards it is read-only.
 */
export function AnswerForm({ referralId, version }: { referralId: string; version: number }) {
  const { pending, notice, fieldErrors, run } = useServerAction();
  const { ask, asking, panel } = useConfirm();
  const [conclusion, setConclusion] = useState<ExpertConclusion | "">("");
  const [opinion, setOpinion] = useState("");

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    ask(
      "提交后意见不能再修改，确定提交吗？",
      () =>
        run(
          () => answerReferral({ referralId, version, conclusion: conclusion as ExpertConclusion, opinion }),
          "意见已提交，已通知咨询单位",
        ),
      "提交意见",
    );
  }

  return (
    <div className="space-y-3">
      <div>
        <h3 className="text-sm font-medium">意见附件（选填）</h3>
        <FileUpload url={`/api/referrals/${referralId}/files`} label="上传附件" done="附件已上传" />
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="专家意见">
        <fieldset className="text-sm">
          <legend className="font-medium">结论</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(Object.keys(expertConclusionLabel) as ExpertConclusion[]).map((k) => (
              <label key={k} className={checkLabelClass}>
                <input
                  type="radio"
                  className={checkClass}
                  name="conclusion"
                  value={k}
                  checked={conclusion === k}
                  onChange={() => setConclusion(k)}
                />
                {expertConclusionLabel[k]}
              </label>
            ))}
          </div>
          {fieldErrors.conclusion?.[0] && (
            <span className="mt-1 block text-xs text-red-700">{fieldErrors.conclusion[0]}</span>
          )}
        </fieldset>
        <Field label="意见" error={fieldErrors.opinion?.[0]} hint="写明判断依据（条目、标准、现场材料中的哪一项）">
          <textarea
            name="opinion"
            required
            maxLength={5000}
            rows={6}
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Button type="submit" disabled={pending || asking}>
          {pending ? "正在提交…" : "提交意见"}
        </Button>
        {panel}
      </form>
      <FormMessage message={notice} />
    </div>
  );
}
