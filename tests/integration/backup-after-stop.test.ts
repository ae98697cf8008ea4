// The README's sequence on the embedded database: the portal runs, is stopped with Ctrl-C (or
// SIGTERM), `npm run backup -- DIR` runs at once, `.data` is removed, `npm run restore -- DIR` fills
// a fresh one, and the data is there. The portal here is its database-holding part (the same client,
// the same stop steps as scripts/server.mjs) in a child process; the commands are the real ones.
// The whole `node scripts/start.mjs` (it needs a production build) runs in start-stop-backup.test.ts
// when a build is at hand.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { connect } from "@/scripts/backup-lib";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "haishu-stop-"));
const dbDir = join(work, "pglite");
const env = { ...process.env, DATABASE_URL: `pglite:${dbDir}`, UPLOAD_DIR: join(work, "uploads") };
const tsx = resolve("node_modules/.bin/tsx");

const script = (name: "backup" | "restore", dir: string) =>
  run(tsx, ["--conditions=react-server", `scripts/${name}.ts`, dir], { env, timeout: 180_000 });

/** The portal's database-holding part, running until signalled; resolves once it has written its row. */
async function startPortal(code: string): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  // Plain node with tsx as a loader (the tsx command would stand between the signal and the process).
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/helpers/embedded-portal.ts", code],
    {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const exited = new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
  await new Promise<void>((ready, fail) => {
    child.stdout!.on("data", (b: Buffer) => b.toString().includes("ready") && ready());
    void exited.then((c) => fail(new Error(`portal exited early (${c})`)));
  });
  return { child, exited };
}

async function departmentCodes(): Promise<string[]> {
  const sql = await connect(env.DATABASE_URL);
  try {
    return (await sql.query<{ code: string }>(`SELECT code FROM "Department" ORDER BY code`)).map((r) => r.code);
  } finally {
    await sql.close();
  }
}

beforeAll(async () => {
  // `npm start`'s first step on a fresh clone.
  await run(resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env, timeout: 240_000 });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("backup after the portal is stopped", () => {
  it("refuses while the portal runs; after Ctrl-C it backs up, and a restore into a fresh .data has the data", async () => {
    const portal = await startPortal("stop-int");
    const refused = await script("backup", join(work, "while-running")).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toMatch(/正在被进程 \d+ 使用/);

    portal.child.kill("SIGINT");
    expect(await portal.exited).toBe(0);
    expect(existsSync(join(dbDir, "postmaster.pid"))).toBe(false); // closed cleanly
    const backup = join(work, "backup");
    expect((await script("backup", backup)).stdout).toMatch(/备份完成/);

    rmSync(dbDir, { recursive: true, force: true });
    expect((await script("restore", backup)).stdout).toMatch(/恢复完成/);
    expect(await departmentCodes()).toContain("stop-int");
  }, 600_000);

  it("SIGTERM alike; and a portal killed outright leaves files behind that do not block the backup", async () => {
    const stopped = await startPortal("stop-term");
    stopped.child.kill("SIGTERM");
    expect(await stopped.exited).toBe(0);
    expect((await script("backup", join(work, "after-term"))).stdout).toMatch(/备份完成/);

    const killed = await startPortal("stop-kill");
    killed.child.kill("SIGKILL");
    await killed.exited;
    // PGlite's placeholder pid file and our holder file of a process that no longer runs.
    expect(existsSync(join(dbDir, "postmaster.pid"))).toBe(true);
    expect((await script("backup", join(work, "after-kill"))).stdout).toMatch(/备份完成/);
    expect(await departmentCodes()).toEqual(expect.arrayContaining(["stop-int", "stop-term"]));
  }, 600_000);
});
