// The README's sequence with the real `node scripts/start.mjs` on a temporary embedded database and a
// free port: start, a write through the running portal, Ctrl-C, `npm run backup`, remove the data
// directory, `npm run restore`, start again, and the data is there. It needs a production build
// (`next build`, minutes), so it runs only when asked: START_SEQUENCE_TEST=1 (CI's end-to-end job, or
// by hand after a build); backup-after-stop.test.ts covers the same steps without Next on every run. A second
// start on the same data directory while the first runs is refused.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

import { afterAll, describe, expect, it } from "vitest";

import { connect } from "@/scripts/backup-lib";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "haishu-start-"));
const dbDir = join(work, "pglite");
const env = {
  ...process.env,
  DATABASE_URL: `pglite:${dbDir}`,
  UPLOAD_DIR: join(work, "uploads"),
  SEED_DEMO: "1",
  SEED_LIVING_DEMO: "0",
  NEXTAUTH_SECRET: "start-sequence-test",
};

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

async function start(port: number): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: "inherit",
  });
  const exited = new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
  for (const deadline = Date.now() + 900_000; Date.now() < deadline;) {
    const up = await fetch(`http://localhost:${port}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, exited };
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the portal did not start");
}

/** A sign-in through the running portal; returns whether it was let in. */
async function signIn(port: number, password: string): Promise<boolean> {
  const csrf = await fetch(`http://localhost:${port}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`http://localhost:${port}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: `http://localhost:${port}` },
    body: new URLSearchParams({ username: "office", password, csrfToken, callbackUrl: "/" }),
  });
  return res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="));
}

const script = (name: "backup" | "restore", dir: string) =>
  run(resolve("node_modules/.bin/tsx"), ["--conditions=react-server", `scripts/${name}.ts`, dir], {
    env,
    timeout: 300_000,
  });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.runIf(process.env.START_SEQUENCE_TEST === "1")("npm start, Ctrl-C, backup, restore, npm start", () => {
  it("keeps what the running portal wrote", async () => {
    const port = await freePort();
    const first = await start(port);
    expect(await signIn(port, "wrong-password-1")).toBe(false); // a failed sign-in: a counter row written
    // A second `npm start` on the same data directory is refused before it touches the database, and the
    // first portal goes on serving.
    const other = await freePort();
    const twice = await run(process.execPath, ["scripts/start.mjs"], {
      env: { ...env, PORT: String(other), NEXTAUTH_URL: `http://localhost:${other}` },
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(twice?.code).toBe(1);
    expect(twice?.stderr).toMatch(/正在被进程 \d+ 使用：平台已在运行/);
    expect((await fetch(`http://localhost:${port}/login`)).status).toBe(200);
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dbDir, "postmaster.pid"))).toBe(false);
    expect(existsSync(`${dbDir}.pid`)).toBe(false); // npm start's mark that the directory is in use

    const backup = join(work, "backup");
    expect((await script("backup", backup)).stdout).toMatch(/备份完成/);
    rmSync(dbDir, { recursive: true, force: true });
    expect((await script("restore", backup)).stdout).toMatch(/恢复完成/);

    const second = await start(port);
    expect(await signIn(port, "Demo@2020")).toBe(true);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const sql = await connect(env.DATABASE_URL);
    try {
      const rows = await sql.query<{ username: string }>(
        `SELECT username FROM "LoginThrottle" WHERE username LIKE 'client:%'`,
      );
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await sql.close();
    }
  }, 1_800_000);
});
