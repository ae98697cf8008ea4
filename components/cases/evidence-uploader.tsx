"use client";
import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";

import {
  enqueueEvidence,
  onUploaded,
  queueStore,
  removeQueued,
  retryQueued,
} from "@/components/offline/evidence-queue";
import { UploadButtons, UploadRows } from "@/components/upload-picker";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";

/**
 * Keeps each chosen or captured file in the browser's queue (it survives a dropped connection and a
 * reload) and uploads it on its own request with a progress bar; a refused file offers 重试 and 移除.
 */
export function EvidenceUploader({ caseId, kind, label }: { caseId: string; kind: EvidenceKind; label: string }) {
  const router = useRouter();
  const { items: all } = useSyncExternalStore(queueStore.subscribe, queueStore.snapshot, queueStore.serverSnapshot);
  const items = all.filter((i) => i.caseId === caseId && i.kind === kind);

  useEffect(
    () => onUploaded((item) => item.caseId === caseId && item.kind === kind && router.refresh()),
    [caseId, kind, router],
  );

  return (
    <div className="space-y-2">
      <UploadButtons label={label} onFiles={(files) => void enqueueEvidence(caseId, kind, files)} />
      <UploadRows
        label={label}
        items={items}
        onRetry={(key) => void retryQueued(key)}
        onRemove={(key) => void removeQueued(key)}
      />
    </div>
  );
}
