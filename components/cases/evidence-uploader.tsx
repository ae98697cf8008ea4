"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore } from "react";

import {
  enqueueEvidence,
  onUploaded,
  queueStore,
  removeQueued,
  retryQueued,
} from "@/components/offline/evidence-queue";
import { Button } from "@/components/ui/button";
import { linkClass } from "@/components/ui/link";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { UPLOAD_ACCEPT } from "@/lib/uploads/rules";

/**
 * Keeps each chosen or captured file in the browser's queue (it survives a dropped connection and a
 * reload) and uploads it on its own request with a progress bar; a refused file offers 重试 and 移除.
 */
export function EvidenceUploader({ caseId, kind, label }: { caseId: string; kind: EvidenceKind; label: string }) {
  const router = useRouter();
  const { items: all } = useSyncExternalStore(queueStore.subscribe, queueStore.snapshot, queueStore.serverSnapshot);
  const items = all.filter((i) => i.caseId === caseId && i.kind === kind);
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);

  useEffect(
    () => onUploaded((item) => item.caseId === caseId && item.kind === kind && router.refresh()),
    [caseId, kind, router],
  );

  function add(files: FileList | null) {
    const chosen = Array.from(files ?? []);
    if (chosen.length) void enqueueEvidence(caseId, kind, chosen);
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2 text-sm">
        <Button onClick={() => fileInput.current?.click()} variant="secondary" size="sm">
          上传{label}
        </Button>
        <Button onClick={() => cameraInput.current?.click()} variant="secondary" size="sm">
          拍照
        </Button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          className="sr-only"
          aria-label={`选择${label}文件`}
          tabIndex={-1}
          onChange={(e) => {
            add(e.target.files);
            e.target.value = "";
          }}
        />
        <input
          ref={cameraInput}
          type="file"
          accept="image/*"
          capture="environment"
          className="sr-only"
          aria-label={`拍摄${label}`}
          tabIndex={-1}
          onChange={(e) => {
            add(e.target.files);
            e.target.value = "";
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="space-y-1 text-sm" aria-live="polite" aria-label={`${label}待上传`}>
          {items.map((item) => (
            <li key={item.key} className="flex flex-wrap items-center gap-2">
              <span className="max-w-[14rem] truncate">{item.name}</span>
              {item.error ? (
                <>
                  <span role="alert" className="text-red-700">
                    {item.error}
                  </span>
                  <button type="button" onClick={() => void retryQueued(item.key)} className={linkClass()}>
                    重试
                  </button>
                  <button
                    type="button"
                    onClick={() => void removeQueued(item.key)}
                    className="text-slate-500 underline"
                  >
                    移除
                  </button>
                </>
              ) : item.uploading ? (
                <progress value={item.progress} max={1} aria-label={`${item.name} 上传进度`} className="h-2 w-32" />
              ) : (
                <span className="text-amber-700">待上传</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
