// The portal's configuration: every environment variable it reads, checked once with zod. Nothing
// else reads process.env (scripts and the Prisma config excepted). Not server-only: the seed,
// scripts and tests build database clients from it too.
import { z } from "zod";

export const DEFAULT_DATABASE_URL = "pglite:./.data/pglite";

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .default("")
      .transform((s) => s || DEFAULT_DATABASE_URL)
      .refine((s) => /^(pglite:|postgres(ql)?:\/\/)/.test(s), "DATABASE_URL 应为 pglite:<目录> 或 postgresql://…"),
    /** The portal's public address (next-auth's setting); also an origin mutating route handlers accept. */
    NEXTAUTH_URL: z.url().optional(),
    /** next-auth's signing secret; also signs the device cookies of the login throttle. */
    NEXTAUTH_SECRET: z.string().optional(),
    UPLOAD_DIR: z.string().default(".data/uploads"),
    UPLOAD_MAX_MB: int(20, 1),
    UPLOAD_MAX_MEGAPIXELS: int(50, 1),
    /** An uploaded .xlsx is read in a worker stopped after this many seconds, with at most this V8 heap. */
    XLSX_READ_SECONDS: int(20, 1),
    XLSX_READ_MEMORY_MB: int(256, 32),
    /** Evidence photos taken farther than this (metres) from the enterprise's recorded site are flagged. */
    EVIDENCE_MAX_DISTANCE_M: int(500, 1),
    LOGIN_MAX_FAILURES: int(5, 1),
    LOGIN_LOCK_MINUTES: int(15, 1),
    /** Failed logins from one client address across all accounts before that address is locked. */
    LOGIN_CLIENT_MAX_FAILURES: int(20, 1),
    /** Failed logins of one account from all addresses before its escalating short lock starts. */
    LOGIN_ACCOUNT_MAX_FAILURES: int(20, 1),
    TIP_SUBMIT_PER_HOUR: int(5, 1),
    TIP_LOOKUP_PER_HOUR: int(30, 1),
    TIP_MAX_PHOTOS: int(3, 0),
    /** 回访: days after acceptance a visit falls due (the former name REINSPECTION_AFTER_DAYS is still read). */
    RETURN_VISIT_AFTER_DAYS: int(30, 1),
    RETURN_VISIT_SAMPLE_PERCENT: z.coerce.number().int().min(0).max(100).default(20),
    /** 回访: share (%) of closed 低散乱 workshops (关停取缔) revisited — their own rate. */
    RETURN_VISIT_CLOSED_WORKSHOP_PERCENT: z.coerce.number().int().min(0).max(100).default(20),
    /** How many reverse proxies in front of the portal append to X-Forwarded-For; 0 = trust none. */
    TRUSTED_PROXY_HOPS: int(0, 0),
    /** Where uploaded files live: `local` (UPLOAD_DIR, the default) or `s3` (any S3-compatible object store). */
    STORAGE: z.enum(["local", "s3"]).default("local"),
    /** The object store's address (MinIO, the government cloud); unset = AWS itself. Set = path-style addressing. */
    S3_ENDPOINT: z.url().optional(),
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default("us-east-1"),
    /** Credentials of the object store; unset = the AWS SDK's own chain (instance role, ~/.aws). */
    AWS_ACCESS_KEY_ID: z.string().optional(),
    AWS_SECRET_ACCESS_KEY: z.string().optional(),
    /** A bearer token with which monitoring reads the version from /api/health (signed-in office users see it anyway). */
    HEALTH_TOKEN: z.string().min(16, "HEALTH_TOKEN 至少 16 个字符").optional(),
    /** pino level of the JSON log lines on stdout. */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** How often (minutes) each instance looks for scheduled jobs that are due; each job runs once across instances. */
    JOB_TICK_MINUTES: int(1, 1),
    /** The mail server notices are e-mailed through: smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465; unset = no e-mail. */
    SMTP_URL: z
      .string()
      .refine((s) => /^smtps?:\/\/[^/]+/.test(s), "SMTP_URL 应为 smtp://用户:密码@主机:端口 或 smtps://…")
      .optional(),
    /** The sender of those e-mails, e.g. "整治提升工作平台 <zzts@example.gov.cn>". */
    SMTP_FROM: z.string().optional(),
    /** Hour (0–23, Beijing time) of the daily digest: the notices held since the last one go out in one message. */
    NOTIFY_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(17),
    /** A group robot (webhook) that has not answered after this many seconds counts as failed (retried later). */
    NOTIFY_WEBHOOK_TIMEOUT_SECONDS: int(10, 1),
    /** Sends tried before a notice's e-mail or robot message is given up and shown under 通知投递. */
    NOTIFY_MAX_ATTEMPTS: int(6, 1),
    /**
     * Measurements only (scripts/bench-pages.ts): QUERY_COUNT=1 counts the SQL statements each request ran
     * into its log line; 2 also writes each statement (its first 200 characters) as a `sql:` line on stdout.
     */
    QUERY_COUNT: z.enum(["0", "1", "2"]).default("0").transform(Number),
  })
  .refine((e) => e.STORAGE !== "s3" || !!e.S3_BUCKET, {
    message: "STORAGE=s3 时必须设置 S3_BUCKET",
    path: ["S3_BUCKET"],
  })
  .refine((e) => !e.SMTP_URL || !!e.SMTP_FROM, {
    message: "设置 SMTP_URL 时必须设置发件人 SMTP_FROM",
    path: ["SMTP_FROM"],
  });

export type Env = z.infer<typeof schema>;

function read(): Env {
  // Empty strings count as unset, as a shell `VAR=` would mean.
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ""));
  // 回头看 → 回访: deployments configured with the former names keep their settings.
  for (const key of ["AFTER_DAYS", "SAMPLE_PERCENT"]) raw[`RETURN_VISIT_${key}`] ??= raw[`REINSPECTION_${key}`];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`环境变量配置有误：\n${lines}`);
  }
  return parsed.data;
}

/**
 * The configuration, read on first use (tests set DATABASE_URL and UPLOAD_DIR per file before any
 * module asks for it).
 */
let cached: Env | undefined;
export function env(): Env {
  return (cached ??= read());
}
