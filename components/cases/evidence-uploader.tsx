"use client";
import { Button } from "@/components/ui/button";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { UPLOAD_ACCEPT } from "@/lib/uploads";

type Item = { key: number; file: File; progress: number; state: "uploading" | "failed"; message?: string };

let nextKey = 0;

/** Uploads each chosen file on its own request, with a progress bar and a retry per file. */
export function EvidenceUploader({ caseId, kind, label }: { caseId: string; kind: EvidenceKind; label: string }) {
  const router = useRouter();
  const [items, setItems] = useState<Item[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);

  const update = (key: number, patch: Partial<Item>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  function send(item: Item) {
    const body = new FormData();
    body.set("kind", kind);
    body.set("file", item.file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/cases/${caseId}/evidence`);
    xhr.upload.onprogress = (e) => e.lengthComputable && update(item.key, { progress: e.loaded / e.total });
    xhr.onload = () => {
      if (xhr.status === 201) {
        setItems((all) => all.filter((i) => i.key !== item.key));
        router.refresh();
      } else {
        let message = `上传失败（${xhr.status}）`;
        try {
          message = JSON.parse(xhr.responseText).message ?? message;
        } catch {}
        update(item.key, { state: "failed", message });
      }
    };
    xhr.onerror = () => update(item.key, { state: "failed", message: "网络中断，上传失败" });
    xhr.send(body);
  }

  function add(files: FileList | null) {
    const fresh = Array.from(files ?? []).map((file): Item => ({ key: nextKey++, file, progress: 0, state: "uploading" }));
    setItems((all) => [...all, ...fresh]);
    fresh.forEach(send);
  }

  function retry(item: Item) {
    const again = { ...item, progress: 0, state: "uploading" as const, message: undefined };
    update(item.key, again);
    send(again);
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
        <input ref={fileInput} type="file" multiple accept={UPLOAD_ACCEPT} className="sr-only" aria-label={`选择${label}文件`} tabIndex={-1}
          onChange={(e) => { add(e.target.files); e.target.value = ""; }} />
        <input ref={cameraInput} type="file" accept="image/*" capture="environment" className="sr-only" aria-label={`拍摄${label}`} tabIndex={-1}
          onChange={(e) => { add(e.target.files); e.target.value = ""; }} />
      </div>
      {items.length > 0 && (
        <ul className="space-y-1 text-sm" aria-live="polite">
          {items.map((item) => (
            <li key={item.key} className="flex flex-wrap items-center gap-2">
              <span className="max-w-[14rem] truncate">{item.file.name}</span>
              {item.state === "uploading" ? (
                <progress value={item.progress} max={1} aria-label={`${item.file.name} 上传进度`} className="h-2 w-32" />
              ) : (
                <>
                  <span role="alert" className="text-red-700">{item.message}</span>
                  <button type="button" onClick={() => retry(item)} className="text-brand-700 underline">重试</button>
                  <button type="button" onClick={() => setItems((all) => all.filter((i) => i.key !== item.key))} className="text-slate-500 underline">取消</button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
