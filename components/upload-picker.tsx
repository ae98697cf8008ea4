"use client";
import { useRef } from "react";

import { Button } from "@/components/ui/button";
import { linkClass } from "@/components/ui/link";
import { UPLOAD_ACCEPT } from "@/lib/uploads/rules";

// The one way files are chosen and shown on their way up — case evidence (the offline queue,
// components/cases/evidence-uploader.tsx) and a finding's photos and evidence (DirectUploader): 上传X picks
// files, 拍照 opens the phone's camera (`capture`), and each file shows its progress bar, or its refusal
// with 重试 and 移除.

export type UploadRow = { key: string; name: string; progress: number; uploading: boolean; error?: string };

/** 上传{label} and 拍照, each opening a hidden file input (labelled 选择{label}文件 and 拍摄{label}). */
export function UploadButtons({ label, onFiles }: { label: string; onFiles: (files: File[]) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const take = (e: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(e.target.files ?? []);
    e.target.value = "";
    if (chosen.length) onFiles(chosen);
  };
  return (
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
        onChange={take}
      />
      <input
        ref={cameraInput}
        type="file"
        accept="image/*"
        capture="environment"
        className="sr-only"
        aria-label={`拍摄${label}`}
        tabIndex={-1}
        onChange={take}
      />
    </div>
  );
}

/** The files on their way: a progress bar while sending, 待上传 while waiting, the refusal with 重试 and 移除. */
export function UploadRows({
  label,
  items,
  onRetry,
  onRemove,
}: {
  label: string;
  items: readonly UploadRow[];
  onRetry: (key: string) => void;
  onRemove: (key: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm" aria-live="polite" aria-label={`${label}待上传`}>
      {items.map((item) => (
        <li key={item.key} className="flex flex-wrap items-center gap-2">
          <span className="max-w-[14rem] truncate">{item.name}</span>
          {item.error ? (
            <>
              <span role="alert" className="text-red-700">
                {item.error}
              </span>
              <button type="button" onClick={() => onRetry(item.key)} className={linkClass()}>
                重试
              </button>
              <button
                type="button"
                onClick={() => onRemove(item.key)}
                className={linkClass({ tone: "muted", className: "underline" })}
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
  );
}
