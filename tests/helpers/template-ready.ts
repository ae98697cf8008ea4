// The template database of a run is prepared in the background (tests/helpers/global-setup.ts); its ready
// file says when: "ok", or why it failed. Each test file's set-up waits for it (tests/helpers/setup-db.ts).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** `<directory>.ready` beside a PGlite template, `.data/test-template-<database>.ready` for a PostgreSQL one. */
export function templateReadyFile(url: string): string {
  if (url.startsWith("pglite:")) return resolve(`${url.slice("pglite:".length)}.ready`);
  return resolve(`.data/test-template-${new URL(url).pathname.slice(1)}.ready`);
}

/** Resolves once the template at `url` is ready; throws the preparation's error if it failed. */
export async function templateReady(url: string, timeoutMs = 600_000): Promise<void> {
  const file = templateReadyFile(url);
  const until = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`模板库 ${url} 在 ${timeoutMs / 1000} 秒内未准备好`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const text = readFileSync(file, "utf8");
  if (text !== "ok") throw new Error(text);
}
