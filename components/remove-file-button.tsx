"use client";
import { useConfirm } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { removeFindingFile } from "@/server/inspections/actions/remove-finding-file";
import { removeOpinionFile } from "@/server/referrals/actions/remove-opinion-file";

/** The records whose files can be removed before they are final, and the action that removes one. */
const REMOVE = { finding: removeFindingFile, opinion: removeOpinionFile } as const;
export type RemovableFiles = { kind: keyof typeof REMOVE; version: number; ids: readonly string[] };

/** 删除 under a file of a FileList, after an in-page confirmation. */
export function RemoveFileButton({
  kind,
  version,
  fileId,
  name,
}: Omit<RemovableFiles, "ids"> & { fileId: string; name: string }) {
  const { pending, notice, run } = useServerAction();
  const { ask, asking, panel } = useConfirm();
  return (
    <>
      <button
        type="button"
        disabled={pending || asking}
        aria-label={`删除 ${name}`}
        className="mt-1 text-red-700 underline disabled:opacity-50"
        onClick={() =>
          ask(`确定删除“${name}”吗？`, () => run(() => REMOVE[kind]({ fileId, version }), "已删除"), "删除")
        }
      >
        {pending ? "删除中…" : "删除"}
      </button>
      {panel}
      {notice && !notice.ok && <FormMessage message={notice} />}
    </>
  );
}
