// Reading an uploaded .xlsx (the ledger import, the quota grid) in a worker thread with its own limits,
// so that a hostile or merely huge file costs its own request a refusal and nobody else a wait: the
// request thread only waits for a message. The worker (xlsx-rows.worker.mjs) counts the bytes it
// inflates and stops at the cap, and stops reading at the row cap; here the worker is bounded in
// memory (V8 heap) and time, and at most a few run at once.
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** A cell as read: text, a number, a boolean, an Excel date, an Excel error, or empty. */
export type SheetCell = string | number | boolean | Date | { error: string } | null;
/** A row that has any cell: its Excel row number and its cells by column (1-based). */
export type SheetRow = { row: number; cells: Map<number, SheetCell> };

export type SheetLimits = {
  /** Rows that have any cell (empty rows do not count), beyond which the file is refused. */
  maxRows: number;
  /** Bytes inflated from the zip in all (what the file really unpacks to, not what it declares). */
  maxInflatedBytes: number;
  /** The worker's time, after which it is stopped. */
  seconds: number;
  /** The worker's V8 heap. */
  memoryMb: number;
};

/** Far above any real ledger (10 000 rows of 12 columns unpack to a few MB) or quota sheet. */
export const XLSX_MAX_INFLATED_BYTES = 50 * 1024 * 1024;
export const XLSX_READ_SECONDS = 20;
/** How long the worker may take to load its reader before the file's own time starts. */
const WORKER_START_SECONDS = 60;
export const XLSX_READ_MEMORY_MB = 256;

export type SheetRefusal = "unreadable" | "inflated" | "rows" | "no-sheet" | "timeout" | "memory";
export type SheetRead = { ok: true; rows: SheetRow[] } | { ok: false; reason: SheetRefusal; message: string };

/** The refusals in the user's words (the row cap is worded by the caller, who knows what a row is to them). */
export function refusalMessage(reason: Exclude<SheetRefusal, "rows">, limits: Pick<SheetLimits, "seconds">): string {
  switch (reason) {
    case "inflated":
      return `文件解压后超过 ${XLSX_MAX_INFLATED_BYTES / 1024 / 1024} MB，无法读取；请删除无关的工作表和内容，或拆分为多个文件后重试`;
    case "timeout":
      return `文件读取超过 ${limits.seconds} 秒仍未完成，已停止；请删除无关的工作表和内容，或拆分为多个文件后重试`;
    case "memory":
      return "文件内容过多，读取时超出内存限制，已停止；请拆分为多个文件后重试";
    case "no-sheet":
      return "文件中没有工作表";
    case "unreadable":
      return "文件无法读取，请用 Excel 或 WPS 另存为 .xlsx 后重试";
  }
}

// Resolved from the project root (the working directory of vitest, tsx and `next start` alike) and kept
// out of the bundler's sight: the worker is plain JavaScript that Node runs from the source tree.
const WORKER_FILE = ["lib", "import", "xlsx-rows.worker.mjs"];
const workerPath = () => join(process.cwd(), ...WORKER_FILE);

// Each worker may use its heap limit; a few at once bound the whole portal's share.
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function slot(): Promise<() => void> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

type WorkerAnswer = { ok: true; rows: [number, unknown[]][] } | { ok: false; reason: SheetRefusal };

/** The first worksheet's rows that have any cell, read in a worker within `limits`. */
export async function readSheetRows(
  bytes: Uint8Array,
  over: Partial<SheetLimits> & Pick<SheetLimits, "maxRows">,
): Promise<SheetRead> {
  const limits: SheetLimits = {
    maxInflatedBytes: XLSX_MAX_INFLATED_BYTES,
    seconds: XLSX_READ_SECONDS,
    memoryMb: XLSX_READ_MEMORY_MB,
    ...over,
  };
  const release = await slot();
  try {
    const answer = await new Promise<WorkerAnswer>((resolve) => {
      const worker = new Worker(workerPath(), {
        workerData: { bytes, maxRows: limits.maxRows, maxInflatedBytes: limits.maxInflatedBytes },
        resourceLimits: {
          maxOldGenerationSizeMb: limits.memoryMb,
          maxYoungGenerationSizeMb: Math.min(64, Math.ceil(limits.memoryMb / 4)),
        },
      });
      const done = (a: WorkerAnswer) => {
        clearTimeout(timer);
        resolve(a);
        void worker.terminate();
      };
      // The limit is for reading the file: it starts when the worker has loaded its reader (which, on a
      // busy server, can take seconds of its own — bounded apart, so a worker that never starts ends too).
      const timeout = () => done({ ok: false, reason: "timeout" });
      let timer = setTimeout(timeout, WORKER_START_SECONDS * 1000);
      worker.on("message", (m: WorkerAnswer | { ready: true }) => {
        if (!("ready" in m)) return done(m);
        clearTimeout(timer);
        timer = setTimeout(timeout, limits.seconds * 1000);
      });
      worker.on("error", (e: NodeJS.ErrnoException) => {
        const memory = e.code === "ERR_WORKER_OUT_OF_MEMORY";
        // Not the file's fault (the worker missing from the deployment, say): the operator must hear of it.
        if (!memory) console.error("xlsx reader worker failed", e);
        done({ ok: false, reason: memory ? "memory" : "unreadable" });
      });
      worker.on("exit", () => done({ ok: false, reason: "unreadable" }));
    });
    if (!answer.ok) {
      return {
        ok: false,
        reason: answer.reason,
        message: answer.reason === "rows" ? `超过 ${limits.maxRows} 行` : refusalMessage(answer.reason, limits),
      };
    }
    return {
      ok: true,
      rows: answer.rows.map(([row, flat]) => {
        const cells = new Map<number, SheetCell>();
        for (let i = 0; i < flat.length; i += 2) cells.set(flat[i] as number, flat[i + 1] as SheetCell);
        return { row, cells };
      }),
    };
  } finally {
    release();
  }
}
