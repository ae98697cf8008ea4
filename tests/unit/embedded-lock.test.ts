// Who holds the embedded database's directory (server/embedded-lock.mjs): another live process does; a
// process this one started (npm start's seed and server) leaves the mark to its starter; a mark left by a
// process that ended is stale.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { embeddedHolder, holdEmbedded, lockFileOf } from "@/server/embedded-lock.mjs";

const work = mkdtempSync(join(tmpdir(), "haishu-lock-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const lockModule = resolve("server/embedded-lock.mjs");

/** A node process that runs `code` with the lock module as `lock`, printing its answer; kept alive until killed. */
function child(code: string): Promise<{ child: ChildProcess; said: string }> {
  const script = `import * as lock from ${JSON.stringify(lockModule)}; ${code}; setInterval(() => {}, 1000);`;
  const proc = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((done) =>
    proc.stdout!.once("data", (b: Buffer) => done({ child: proc, said: b.toString().trim() })),
  );
}
const ended = (proc: ChildProcess) =>
  new Promise((done) => (proc.exitCode !== null ? done(null) : proc.once("exit", done)));

describe("the embedded database's holder", () => {
  it("is another live process holding the directory, and nobody once it has ended", async () => {
    const dir = join(work, "a");
    const { child: holder, said } = await child(`lock.holdEmbedded(${JSON.stringify(dir)}); console.log("held")`);
    expect(said).toBe("held");
    expect(embeddedHolder(dir)).toBe(holder.pid);
    holder.kill("SIGKILL"); // no chance to remove its mark
    await ended(holder);
    expect(readFileSync(lockFileOf(dir), "utf8").trim()).toBe(String(holder.pid));
    expect(embeddedHolder(dir)).toBeNull();
  });

  it("stays with the process that started the others: they neither see it as another's nor take it over", async () => {
    const dir = join(work, "b");
    const release = holdEmbedded(dir);
    const { child: started, said } = await child(
      `const d = ${JSON.stringify(dir)}; const held = lock.embeddedHolder(d); lock.holdEmbedded(d); console.log(String(held))`,
    );
    expect(said).toBe("null");
    expect(readFileSync(lockFileOf(dir), "utf8").trim()).toBe(String(process.pid));
    started.kill();
    await ended(started);
    release();
    expect(embeddedHolder(dir)).toBeNull();
  });
});
