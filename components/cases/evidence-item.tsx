"use client";
import { useRef } from "react";

import { useConfirm } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { linkClass } from "@/components/ui/link";
import { useServerAction } from "@/components/use-server-action";
import { formatDateTime } from "@/lib/format";
import { removeEvidence } from "@/server/evidence/actions/remove-evidence";

type Props = {
  id: string;
  name: string;
  mime: string;
  capturedAt: Date | null;
  flags: string[];
  removable: boolean;
  caseVersion: number;
};

/** A thumbnail that opens a viewer; removable (after confirmation) while the case is open. */
export function EvidenceItem({ id, name, mime, capturedAt, flags, removable, caseVersion }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, notice, run } = useServerAction();
  const { ask, asking, panel } = useConfirm();
  const isImage = mime.startsWith("image/");
  const src = `/api/evidence/${id}`;

  function remove() {
    ask(`确定删除材料“${name}”吗？`, () => run(() => removeEvidence({ evidenceId: id, caseVersion }), "已删除"));
  }

  return (
    <li className="w-36 text-xs">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="block h-28 w-36 overflow-hidden rounded border border-slate-200 bg-slate-100"
        aria-label={`查看 ${name}`}
      >
        {isImage ? (
          <img src={`${src}?thumb=1`} alt={name} className="h-full w-full object-cover" loading="lazy" />
        ) : (
          <span className="flex h-full items-center justify-center text-base font-semibold text-red-700">PDF</span>
        )}
      </button>
      <p className="mt-1 truncate" title={name}>
        {name}
      </p>
      {isImage && <p className="text-slate-500">{capturedAt ? `拍摄 ${formatDateTime(capturedAt)}` : "无拍摄时间"}</p>}
      {flags.map((f) => (
        <p key={f} className="text-amber-700">
          ⚠ {f}
        </p>
      ))}
      {removable && (
        <button
          type="button"
          onClick={remove}
          disabled={pending || asking}
          aria-label={`删除 ${name}`}
          className="mt-1 text-red-700 underline disabled:opacity-50"
        >
          {pending ? "删除中…" : "删除"}
        </button>
      )}
      {panel}
      {notice && !notice.ok && <FormMessage message={notice} />}
      <dialog ref={dialog} className="m-auto w-[min(96vw,60rem)] rounded-lg p-0 backdrop:bg-black/60" aria-label={name}>
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-3 py-2 text-sm">
          <span className="truncate">{name}</span>
          <span className="flex gap-3">
            <a href={`${src}?download=1`} className={linkClass()}>
              下载
            </a>
            <button type="button" onClick={() => dialog.current?.close()} className="underline">
              关闭
            </button>
          </span>
        </div>
        {isImage ? (
          <img src={src} alt={name} className="max-h-[80vh] w-full object-contain" />
        ) : (
          <iframe src={src} title={name} className="h-[80vh] w-full" />
        )}
      </dialog>
    </li>
  );
}
