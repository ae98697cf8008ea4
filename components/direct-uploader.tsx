"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { UploadButtons, type UploadRow, UploadRows } from "@/components/upload-picker";

type Row = UploadRow & { file: File };

/** Sends one file (field `file`) with its upload progress; resolves to null when stored, else the refusal. */
function send(url: string, file: File, onProgress: (share: number) => void): Promise<string | null> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      if (xhr.status === 201) return resolve(null);
      let message = `上传失败（${xhr.status}）`;
      try {
        message = JSON.parse(xhr.responseText).message ?? message;
      } catch {}
      resolve(message);
    };
    xhr.onerror = () => resolve("网络中断，请恢复网络后重试");
    xhr.send(body);
  });
}

/**
 * 上传 and 拍照 straight to an upload route (a finding's photos or evidence): each file is sent on its own
 * request, one at a time, with a progress bar; a refused one stays with its reason, 重试 and 移除. The page
 * is refreshed after each stored file, so it appears in the list above at once.
 */
export function DirectUploader({ url, label }: { url: string; label: string }) {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>([]);
  const queue = useRef<Row[]>([]);
  const busy = useRef(false);

  const patch = (key: string, change: Partial<Row> | null) =>
    setRows((rs) =>
      change ? rs.map((r) => (r.key === key ? { ...r, ...change } : r)) : rs.filter((r) => r.key !== key),
    );

  async function drain() {
    if (busy.current) return;
    busy.current = true;
    for (let row = queue.current.shift(); row; row = queue.current.shift()) {
      const key = row.key;
      patch(key, { uploading: true, progress: 0, error: undefined });
      const refusal = await send(url, row.file, (progress) => patch(key, { progress }));
      if (refusal) patch(key, { uploading: false, error: refusal });
      else {
        patch(key, null);
        router.refresh();
      }
    }
    busy.current = false;
  }

  function add(files: File[]) {
    const added = files.map((file) => ({
      key: crypto.randomUUID(),
      name: file.name,
      file,
      progress: 0,
      uploading: false,
    }));
    queue.current.push(...added);
    setRows((rs) => [...rs, ...added]);
    void drain();
  }

  function retry(key: string) {
    const row = rows.find((r) => r.key === key);
    if (!row) return;
    patch(key, { error: undefined });
    queue.current.push(row);
    void drain();
  }

  return (
    <div className="space-y-2">
      <UploadButtons label={label} onFiles={add} />
      <UploadRows label={label} items={rows} onRetry={retry} onRemove={(key) => patch(key, null)} />
    </div>
  );
}
