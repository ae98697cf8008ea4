"use client";
import { type DBSchema, type IDBPDatabase, openDB } from "idb";

import type { EvidenceKind } from "@/lib/generated/prisma/enums";

// The browser's queue of evidence files not yet on the server. Every chosen or captured file is kept
// in IndexedDB first (so it survives a dropped connection, a reload and a closed browser), then sent
// one at a time with its idempotency key; the server returns the stored row for a key it has seen,
// so a retry after a lost answer never adds a second copy. A refusal (wrong type, too large, case no
// longer editable) stays in the queue with its reason until the officer retries or removes it.
//
// Each file belongs to the user who captured it: it is shown to and sent under that user's session
// only (the server checks the X-Queued-By header against the session too, for a tab still open from
// before a sign-out). Files of another user who shared this browser stay until that user signs in again.

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
  /** The signed-in user who captured it (absent on files queued before files had owners). */
  userId?: string;
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

let owner: string | null = null;
const UNKNOWN_OWNER = "采集账号不明：确认是本人采集后点重试，否则请移除";

/** The signed-in user, set by the portal layout before the queue is loaded: whose files are shown and sent. */
export function setQueueUser(userId: string) {
  owner = userId;
}

/** This user's files (and ownerless older ones, held back until the user claims them with 重试). */
async function ownRows(): Promise<QueuedEvidence[]> {
  const rows = owner ? (await (await db()).getAll("evidence")).filter((r) => r.userId === owner || !r.userId) : [];
  return rows
    .map((r) => (r.userId ? r : { ...r, error: r.error ?? UNKNOWN_OWNER }))
    .sort((a, b) => a.queuedAt - b.queuedAt);
}

async function reload() {
  const rows = await ownRows();
  emit({
    items: rows.map(({ blob: _blob, ...r }) => ({
      ...r,
      progress: progress.get(r.key) ?? 0,
      uploading: r.key === current,
    })),
  });
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
  if (!owner) return;
  const store = await db();
  for (const file of files) {
    await store.put("evidence", {
      key: crypto.randomUUID(),
      caseId,
      kind,
      name: file.name,
      type: file.type,
      lastModified: file.lastModified,
      queuedAt: Date.now(),
      blob: file,
      userId: owner,
    });
  }
  await reload();
  void flushQueue();
}

export async function removeQueued(key: string) {
  const store = await db();
  const row = await store.get("evidence", key);
  if (row && owner && (row.userId ?? owner) === owner) await store.delete("evidence", key);
  await reload();
}

/** Tries a refused file again; an ownerless one becomes the signed-in user's (they confirmed it is theirs). */
export async function retryQueued(key: string) {
  const store = await db();
  const row = await store.get("evidence", key);
  if (row && owner && (row.userId ?? owner) === owner)
    await store.put("evidence", { ...row, error: undefined, userId: owner });
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
    xhr.setRequestHeader("X-Queued-By", row.userId ?? "");
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
  const locked = async () => {
    await (navigator.locks ? navigator.locks.request("haishu-evidence-queue", drain) : drain());
  };
  return (running ??= locked().finally(() => (running = null)));
}

async function drain() {
  await reload();
  const store = await db();
  for (;;) {
    if (!navigator.onLine) return;
    const row = (await ownRows()).find((r) => !r.error);
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
