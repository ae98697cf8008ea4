"use client";
import { useEffect, useState } from "react";

import { parseDay } from "@/lib/dates";
import type { DocumentFigures } from "@/lib/documents/data-date";

/**
 * The figures of the data date a form shows (the document's date unless another 数据截至 is typed): those of today
 * come with the page; another day's are fetched from /api/documents/figures — the dashboard's at 统计截至 that day.
 * `ready` is false while the figures shown are not yet those of the day typed (drafting waits for them).
 */
export function useDocumentFigures(initial: DocumentFigures, day: string) {
  const [loaded, setLoaded] = useState<DocumentFigures>(initial);
  const [failed, setFailed] = useState<{ day: string; message: string } | null>(null);
  const valid = parseDay(day) !== null;

  useEffect(() => {
    if (!valid || loaded.dataDate === day) return;
    let current = true;
    fetch(`/api/documents/figures?asOf=${encodeURIComponent(day)}`)
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!current) return;
        if (res.ok && body) {
          setLoaded(body as DocumentFigures);
          setFailed(null);
        } else
          setFailed({ day, message: (body as { message?: string } | null)?.message ?? "数据读取失败，请稍后重试" });
      })
      .catch(() => current && setFailed({ day, message: "网络连接失败，请稍后重试" }));
    return () => {
      current = false;
    };
  }, [day, valid, loaded.dataDate]);

  const error = !valid ? "请先填写日期" : failed?.day === day ? failed.message : null;
  return { figures: loaded, ready: valid && loaded.dataDate === day, error };
}
