"use client";
import { useEffect, useSyncExternalStore } from "react";
import { flushQueue, loadQueue, queueStore } from "@/components/offline/evidence-queue";
import { useOnline } from "@/components/offline/use-online";

/**
 * Mounted once in the portal layout: registers the service worker (production builds), keeps a copy
 * of the page just opened for offline use, shows the offline banner and the count of files waiting,
 * and sends the waiting files when the page loads and whenever the connection returns.
 */
export function OfflineSupport({ serviceWorker }: { serviceWorker: boolean }) {
  const online = useOnline();
  const { items, notice } = useSyncExternalStore(queueStore.subscribe, queueStore.snapshot, queueStore.serverSnapshot);
  const waiting = items.length;

  useEffect(() => {
    void loadQueue().then(flushQueue);
    const resume = () => void flushQueue();
    window.addEventListener("online", resume);
    return () => window.removeEventListener("online", resume);
  }, []);

  useEffect(() => {
    if (!serviceWorker || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(() => navigator.serviceWorker.ready).then((reg) => {
      // The first visit was not served through the worker: hand it this page and its scripts to keep.
      const assets = performance.getEntriesByType("resource").map((e) => e.name).filter((u) => new URL(u).pathname.startsWith("/_next/static/"));
      reg.active?.postMessage({ type: "keep", page: location.href, assets });
    }).catch(() => {});
  }, [serviceWorker]);

  if (online && waiting === 0) return null;
  return (
    <div className="no-print border-b border-amber-300 bg-amber-50 text-sm text-amber-900" role="status">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        {!online && <strong>当前离线，材料将在恢复网络后自动上传</strong>}
        {waiting > 0 && <span>待上传 {waiting} 张{items.some((i) => i.uploading) ? "，正在上传…" : ""}</span>}
        {online && notice && <span>{notice}</span>}
      </div>
    </div>
  );
}
