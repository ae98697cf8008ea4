// Two production instances of the portal (`npm start` twice, on two free ports) on one fresh
// PostgreSQL database and one S3 store (s3rver): the second start finds migrations, seed and build
// done; a file uploaded through one is served by the other; a session, the login throttle and
// notifications are shared; /api/health answers on both; logs are JSON lines without reporter data.
// The second instance runs as two worker processes (WEB_CONCURRENCY=2), as one `npm start` on a
// server with several cores would: three processes in all, on one database and one store.
// Runs only on PostgreSQL (E2E_DATABASE_URL): the embedded database belongs to one process.
import { type ChildProcess, spawn } from "node:child_process";
import { get } from "node:http";
import { type AddressInfo, createServer } from "node:net";

import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";

import { createDatabase, databaseName, dropDatabases, withAdmin, withDatabase } from "../helpers/pg-databases";
import { startS3Server, type TestS3 } from "../helpers/s3-server";
import { DEMO_PASSWORD } from "./helpers";

const PG_URL = process.env.E2E_DATABASE_URL ?? "";
const onPostgres = /^postgres(ql)?:\/\//.test(PG_URL);
/** Two ports free on this machine when the file starts (another run or agent may hold any fixed one). */
let PORTS: number[] = [];
let [A, B] = ["", ""];

/** A port the system hands out as free (listen on 0), released again for the instance to take. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
const REPORTER = { reporterName: "欧阳春华", reporterPhone: "13857400917" };

test.skip(
  !onPostgres,
  "两实例测试需要 PostgreSQL：设置 E2E_DATABASE_URL=postgresql://…（内置数据库只能由一个进程使用）",
);
test.describe.configure({ mode: "serial" });

let s3: TestS3 | undefined;
let databaseUrl = "";
let adminUrl = "";
let dbName = "";
const instances: { proc: ChildProcess; out: string[] }[] = [];

/** One value from the instances' database. */
const queryOne = (sql: string) => withAdmin(databaseUrl, async (c) => (await c.query(sql)).rows[0]);

async function healthy(base: string) {
  const res = await fetch(`${base}/api/health`).catch(() => null);
  return res?.status === 200;
}

test.beforeAll(async () => {
  test.setTimeout(540_000);
  adminUrl = withDatabase(PG_URL, "postgres");
  dbName = `${databaseName(PG_URL)}_instances`;
  databaseUrl = withDatabase(PG_URL, dbName);
  await dropDatabases(adminUrl, [dbName]);
  await createDatabase(adminUrl, dbName);
  s3 = await startS3Server("haishu-instances");
  const first = await freePort();
  let second = await freePort();
  while (second === first) second = await freePort();
  PORTS = [first, second];
  [A, B] = PORTS.map((p) => `http://localhost:${p}`);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SEED_DEMO: "1",
    NEXTAUTH_SECRET: "e2e-instances-secret",
    LOG_LEVEL: "info",
    STORAGE: "s3",
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: s3.bucket,
    S3_REGION: s3.region,
    AWS_ACCESS_KEY_ID: s3.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
  };
  // Both at once, as two machines behind a load balancer would start: one migrates and seeds, the other waits.
  for (const port of PORTS) {
    const proc = spawn(process.execPath, ["scripts/start.mjs"], {
      env: {
        ...env,
        PORT: String(port),
        NEXTAUTH_URL: `http://localhost:${port}`,
        WEB_CONCURRENCY: port === PORTS[1] ? "2" : "1",
      },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: string[] = [];
    proc.stdout!.on("data", (d) => out.push(String(d)));
    proc.stderr!.on("data", (d) => out.push(String(d)));
    instances.push({ proc, out });
  }
  const deadline = Date.now() + 500_000;
  for (const [i, base] of [A, B].entries()) {
    while (!(await healthy(base))) {
      if (instances[i].proc.exitCode !== null)
        throw new Error(`instance ${base} exited:\n${instances[i].out.join("").slice(-3000)}`);
      if (Date.now() > deadline)
        throw new Error(`instance ${base} did not become healthy:\n${instances[i].out.join("").slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
});

test.afterAll(async () => {
  for (const { proc } of instances) {
    if (proc.pid && proc.exitCode === null) {
      try {
        process.kill(-proc.pid, "SIGTERM"); // start.mjs and the server it runs
      } catch {
        /* already gone */
      }
    }
  }
  await Promise.all(
    instances.map(({ proc }) => (proc.exitCode !== null ? null : new Promise((r) => proc.once("exit", r)))),
  );
  await s3?.close();
  if (dbName) await dropDatabases(adminUrl, [dbName]);
});

async function login(page: Page, base: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${base}/login`);
  await page.getByLabel("账号").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

// A failure shows what the instances said (their errors are in their own logs, not the browser's).
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const [i, { out }] of instances.entries()) {
    await testInfo.attach(`instance-${PORTS[i]}.log`, { body: out.join("").slice(-20_000), contentType: "text/plain" });
    console.log(
      `--- instance ${PORTS[i]} (errors) ---\n${out
        .join("")
        .split("\n")
        .filter((l) => /"level":(50|60)|Error/.test(l))
        .slice(-20)
        .join("\n")}`,
    );
  }
});

test("both instances are healthy; the second start found migrations, seed and build done", async ({ request }) => {
  for (const base of [A, B]) {
    const res = await request.get(`${base}/api/health`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: "ok", storage: "ok" }); // the version only for the office or HEALTH_TOKEN
  }
  const output = instances.map((i) => i.out.join(""));
  for (const out of output) expect(out).toContain("构建已是最新，跳过 next build");
  // Seeded once, although both ran the seed: the 18 units, not 36.
  expect(await queryOne(`SELECT count(*)::int AS n FROM "Unit"`)).toEqual({ n: 18 });
});

test("the second instance's two worker processes share its port: new connections are served by both", async () => {
  // Each request on a connection of its own (no keep-alive), so the cluster hands them out in turn.
  const fresh = () =>
    new Promise<number>((resolve, reject) =>
      get(`${B}/api/health?worker`, { agent: false }, (res) =>
        res.resume().on("end", () => resolve(res.statusCode!)),
      ).on("error", reject),
    );
  for (let i = 0; i < 6; i++) expect(await fresh()).toBe(200);
  const pids = async () =>
    new Set(
      instances[1].out
        .join("")
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l))
        .filter((l) => l.msg === "request" && l.path === "/api/health")
        .map((l) => l.pid),
    ).size;
  await expect.poll(pids).toBe(2);
});

test("a public tip with a photo sent to A: the office signed in on B is notified and sees the photo, served by both", async ({
  page,
  request,
}) => {
  const photo = await sharp({ create: { width: 48, height: 32, channels: 3, background: "#c33" } })
    .jpeg()
    .toBuffer();
  const enterpriseName = `两实例测试作坊${Date.now() % 100000}`;
  const res = await request.post(`${A}/api/tips/public`, {
    headers: { origin: A },
    multipart: {
      ...REPORTER,
      enterpriseName,
      address: "集士港镇某村",
      description: "夜间生产，噪声很大",
      photo: { name: "现场.jpg", mimeType: "image/jpeg", buffer: photo },
    },
  });
  expect(res.status()).toBe(201);

  await login(page, B, "office");
  await expect(page).toHaveURL(/\/todo/, { timeout: 30_000 });
  await page.goto(`${B}/notifications`);
  const notice = page.getByRole("link", { name: new RegExp(`收到新举报：${enterpriseName}`) });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page.getByRole("heading", { level: 1, name: enterpriseName })).toBeVisible();
  const link = page.getByRole("link", { name: "查看 现场.jpg" });
  await expect(link.locator("img")).toHaveJSProperty("complete", true);
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/api\/tips\/files\/\w+$/);

  // The same stored object through either instance (the session cookie made on B works on A too).
  for (const base of [B, A]) {
    const file = await page.request.get(`${base}${href}`);
    expect(file.status()).toBe(200);
    const stored = await file.body();
    expect((await sharp(stored).metadata()).width).toBe(48);
    const thumb = await page.request.get(`${base}${href}?thumb=1`);
    expect(thumb.headers()["content-type"]).toBe("image/webp");
  }
  await page.goto(`${A}/tips`);
  await expect(page).toHaveURL(`${A}/tips`);
  await expect(page.getByRole("row", { name: new RegExp(enterpriseName) })).toBeVisible();
});

test("the login throttle is shared: five failures on A lock the account on B", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  for (let i = 0; i < 5; i++) {
    await login(page, A, "gulin", "Wrong-password-1");
    await expect(page.locator("p[role=alert]")).toContainText(/账号或密码错误|锁定/);
  }
  await login(page, B, "gulin");
  await expect(page.locator("p[role=alert]")).toContainText("已临时锁定");
  await expect(page).toHaveURL(/\/login/);
});

test("logs: one JSON line per request with the user id; scheduled jobs ran once across both; no reporter data", async () => {
  const lines = instances
    .flatMap((i) => i.out.join("").split("\n"))
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l));
  const requests = lines.filter((l) => l.msg === "request");
  expect(
    requests.some(
      (l) =>
        l.method === "GET" &&
        l.path === "/notifications" &&
        l.status === 200 &&
        typeof l.userId === "string" &&
        typeof l.ms === "number",
    ),
  ).toBe(true);
  expect(requests.some((l) => l.method === "POST" && l.path === "/api/tips/public" && l.status === 201)).toBe(true);
  expect(lines.filter((l) => l.msg === "job runner started")).toHaveLength(3); // A, and B's two workers
  const all = instances.map((i) => i.out.join("")).join("");
  expect(all).not.toContain(REPORTER.reporterName);
  expect(all).not.toContain(REPORTER.reporterPhone);
  // All three processes tick every minute; due reminders (every 5 minutes) ran on one of them per interval.
  const { runs } = await queryOne(`SELECT runs FROM "JobRun" WHERE name = 'due-reminders'`);
  const starts = lines
    .filter((l) => l.msg === "job" && l.job === "due-reminders")
    .map((l) => new Date(l.time).getTime())
    .sort();
  expect(runs).toBeGreaterThanOrEqual(1);
  expect(starts).toHaveLength(runs);
  for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThan(4 * 60_000);
});
