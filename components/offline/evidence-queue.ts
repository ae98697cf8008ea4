"use client";
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";

// The browser's queue of evidence files not yet on the server. Every chosen or captured file is kept
// in IndexedDB first (so it survives a dropped connection, a reload and a closed browser), then sent
// one at a time with its idempotency key; the server returns the stored row for a key it has seen,
// so a retry after a lost answer never adds a second copy. A refusal (wrong type, too large, case no
// longer editable) stays in the queue with its reason until the officer retries or removes it.

export type QueuedEvidence = {
  key: string;
  caseId: string;
  kind: EvidenceKind;
  name: string;
  type: string;
  /** The file's own time (the camera's capture time for a fresh photo). */
  lastModified: number;
  queuedAt: number;
  blob: Blob;
  /** Why the server refused it; such a file waits for 重试 or 移除. */
  error?: string;
};

export type QueueItem = Omit<QueuedEvidence, "blob"> & { progress: number; uploading: boolean };
export type QueueState = { items: QueueItem[]; notice: string | null };

interface Schema extends DBSchema {
  evidence: { key: string; value: QueuedEvidence; indexes: { byCase: string } };
}

let database: Promise<IDBPDatabase<Schema>> | null = null;
const db = () =>
  (database ??= openDB<Schema>("haishu-offline", 1, {
    upgrade(d) {
      d.createObjectStore("evidence", { keyPath: "key" }).createIndex("byCase", "caseId");
    },
  }));

let state: QueueState = { items: [], notice: null };
const listeners = new Set<() => void>();
const uploadedListeners = new Set<(item: QueueItem) => void>();
const progress = new Map<string, number>();
let current: string | null = null;

function emit(patch: Partial<QueueState>) {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
}

async function reload() {
  const rows = (await (await db()).getAll("evidence")).sort((a, b) => a.queuedAt - b.queuedAt);
  emit({ items: rows.map(({ blob: _blob, ...r }) => ({ ...r, progress: progress.get(r.key) ?? 0, uploading: r.key === current })) });
}

function setProgress(key: string, value: number) {
  progress.set(key, value);
  emit({ items: state.items.map((i) => (i.key === key ? { ...i, progress: value, uploading: true } : i)) });
}

export const queueStore = {
  subscribe(l: () => void) {
    listeners.add(l);
    return () => void listeners.delete(l);
  },
  snapshot: () => state,
  serverSnapshot: (): QueueState => EMPTY,
};
const EMPTY: QueueState = { items: [], notice: null };

/** Calls `fn` after each file reaches the server (e.g. to refresh the case page). */
export function onUploaded(fn: (item: QueueItem) => void) {
  uploadedListeners.add(fn);
  return () => void uploadedListeners.delete(fn);
}

/** Keeps the files in the browser, then starts sending them if there is a connection. */
export async function enqueueEvidence(caseId: string, kind: EvidenceKind, files: File[]) {
  const store = await db();
  for (const file of files) {
    await store.put("evidence", {
      key: crypto.randomUUID(), caseId, kind, name: file.name, type: file.type, lastModified: file.lastModified,
      queuedAt: Date.now(), blob: file,
    });
  }
  await reload();
  void flushQueue();
}

export async function removeQueued(key: string) {
  await (await db()).delete("evidence", key);
  await reload();
}

export async function retryQueued(key: string) {
  const store = await db();
  const row = await store.get("evidence", key);
  if (row) await store.put("evidence", { ...row, error: undefined });
  await reload();
  void flushQueue();
}

type Outcome = { ok: true } | { ok: false; retryLater: boolean; message: string };

function send(row: QueuedEvidence): Promise<Outcome> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.set("kind", row.kind);
    body.set("idempotencyKey", row.key);
    body.set("file", new File([row.blob], row.name, { type: row.type, lastModified: row.lastModified }));
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/cases/${row.caseId}/evidence`);
    xhr.setRequestHeader("Idempotency-Key", row.key);
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(row.key, e.loaded / e.total);
    xhr.onload = () => {
      if (xhr.status === 201) return resolve({ ok: true });
      let message = `上传失败（${xhr.status}）`;
      try {
        message = JSON.parse(xhr.responseText).message ?? message;
      } catch {}
      // Session expired, a version race or a server fault: keep the file and try again later.
      const retryLater = xhr.status === 401 || xhr.status === 409 || xhr.status === 429 || xhr.status >= 500;
      resolve({ ok: false, retryLater, message });
    };
    xhr.onerror = () => resolve({ ok: false, retryLater: true, message: "网络中断，恢复网络后自动重试" });
    xhr.send(body);
  });
}

let running: Promise<void> | null = null;

/**
 * Sends every waiting file, oldest first, one at a time; stops at the first network failure. One tab at a
 * time (Web Locks): the queue is shared by the browser's tabs, and a second tab would upload the same file again
 * (the server's Idempotency-Key keeps it from becoming a second record, but not from costing the bandwidth).
 */
export function flushQueue(): Promise<void> {
  const locked = async () => { await (navigator.locks ? navigator.locks.request("haishu-evidence-queue", drain) : drain()); };
  return (running ??= locked().finally(() => (running = null)));
}

async function drain() {
  await reload();
  const store = await db();
  for (;;) {
    if (!navigator.onLine) return;
    const row = (await store.getAll("evidence")).sort((a, b) => a.queuedAt - b.queuedAt).find((r) => !r.error);
    if (!row) return emit({ notice: null });
    current = row.key;
    setProgress(row.key, 0);
    const outcome = await send(row);
    current = null;
    progress.delete(row.key);
    if (outcome.ok) {
      await store.delete("evidence", row.key);
      await reload();
      const { blob: _blob, ...item } = row;
      uploadedListeners.forEach((l) => l({ ...item, progress: 1, uploading: false }));
    } else if (outcome.retryLater) {
      await reload();
      return emit({ notice: outcome.message });
    } else {
      await store.put("evidence", { ...row, error: outcome.message });
      await reload();
    }
  }
}

/** The queue as a React-friendly store (load it once when the page starts). */
export function loadQueue() {
  return reload();
}
