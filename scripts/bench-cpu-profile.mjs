// BENCH_PROFILE=dir (npm run bench:load): preloaded into the portal (`node --import`), it samples the server
// process's CPU from its start and writes a V8 profile, dir/<pid>.cpuprofile, when the benchmark stops it
// (SIGTERM) — open it in Chrome DevTools (Performance) or any .cpuprofile viewer to see where a request's CPU goes.
// Only in scripts/server.mjs (each worker with WEB_CONCURRENCY): the start script and the CLIs it runs are left alone.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";

const dir = process.env.BENCH_PROFILE;
if (dir && (process.argv[1] ?? "").endsWith("scripts/server.mjs")) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  // Before the portal's own handler closes the database and exits: the in-process inspector answers at once.
  process.prependListener("SIGTERM", () => {
    session.post("Profiler.stop", (err, result) => {
      if (err) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
