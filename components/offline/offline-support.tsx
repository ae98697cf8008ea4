"use client";
import { useEffect, useSyncExternalStore } from "react";

import { flushQueue, loadQueue, queueStore, setQueueUser } from "@/components/offline/evidence-queue";
import { useOnline } from "@/components/offline/use-online";

/**
 * Mounted once in the portal layout: registers the service worker (production builds), keeps a copy
 * of the page just opened for offline use, shows the offline banner and the count of files waiting,
 * and sends the signed-in user's waiting files when the page loads and whenever the connection returns.
 * When another user than last time signs in in this browser, the kept pages (the previous user's
 * data) are deleted first.
 */
export function OfflineSupport({ serviceWorker, userId }: { serviceWorker: boolean; userId: string }) {
  const online = useOnline();
  const { items, notice } = useSyncExternalStore(queueStore.subscribe, queueStore.snapshot, queueStore.serverSnapshot);
  const waiting = items.length;

  useEffect(() => {
    setQueueUser(userId);
    void loadQueue().then(flushQueue);
    const resume = () => void flushQueue();
    window.addEventListener("online", resume);
    return () => window.removeEventListener("online", resume);
  }, [userId]);

  useEffect(() => {
    if (!serviceWorker || !("serviceWorker" in navigator)) return;
    forgetOtherUsersPages(userId)
      .then(() => navigator.serviceWorker.register("/sw.js", { scope: "/" }))
      .then(() => navigator.serviceWorker.ready)
      .then((reg) => {
        // The first visit was not served through the worker: hand it this page and its scripts to keep.
        const assets = performance
          .getEntriesByType("resource")
          .map((e) => e.name)
          .filter((u) => new URL(u).pathname.startsWith("/_next/static/"));
        reg.active?.postMessage({ type: "keep", page: location.href, assets });
      })
      .catch(() => {});
  }, [serviceWorker, userId]);

  if (online && waiting === 0) return null;
  return (
    <div className="no-print border-b border-amber-300 bg-amber-50 text-sm text-amber-900" role="status">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        {!online && <strong>当前离线，材料将在恢复网络后自动上传</strong>}
        {waiting > 0 && (
          <span>
            待上传 {waiting} 张{items.some((i) => i.uploading) ? "，正在上传…" : ""}
          </span>
        )}
        {online && notice && <span>{notice}</span>}
      </div>
    </div>
  );
}

// The page cache's name in public/sw.js, and who it was filled for.
const PAGE_CACHE = "pages-v1";
const PAGES_OWNER = "haishu-pages-owner";

/** Deletes the kept pages when they were kept for another user than `userId` (or for nobody known). */
async function forgetOtherUsersPages(userId: string) {
  try {
    if (localStorage.getItem(PAGES_OWNER) !== userId) {
      await caches.delete(PAGE_CACHE);
      localStorage.setItem(PAGES_OWNER, userId);
    }
  } catch {
    // Storage unavailable (private mode): the worker keeps nothing worth protecting either.
  }
}
