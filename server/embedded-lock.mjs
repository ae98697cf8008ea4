// Who has the embedded database (PGlite) open. PGlite is one process's database, and its own
// postmaster.pid says nothing: it holds a placeholder pid (-42) and stays behind whenever the process
// ends without closing the database. So the process that opens the directory writes its pid beside it
// (`<dir>.pid`) and removes it on close and on exit; "in use" means that pid is alive. `npm start`
// (scripts/start.mjs, plain Node, hence .mjs) holds it for the portal's whole life, so a second start on
// the same directory is refused before it migrates; the processes it starts (seed, server) find their
// ancestor holding it and leave the file alone. Not server-only: the database client, the seed and the
// backup/restore commands use it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export const lockFileOf = (dir) => `${dir}.pid`;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM"; // alive, another user's
  }
}

function readPid(file) {
  try {
    const pid = Number(readFileSync(file, "utf8").trim().split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** This process's ancestors' pids (from /proc where there is one; else only the parent). */
function ancestors() {
  const pids = new Set([process.ppid]);
  let pid = process.ppid;
  try {
    while (pid > 1) {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      pid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      pids.add(pid);
    }
  } catch {
    // No /proc (or the process just ended): the parent is what we know.
  }
  return pids;
}

/** The pid of another live process that holds `dir` open, or null (none, a stale file, or this process's own starter). */
export function embeddedHolder(dir) {
  const pid = readPid(lockFileOf(dir));
  return pid !== null && pid !== process.pid && alive(pid) && !ancestors().has(pid) ? pid : null;
}

/**
 * Marks `dir` as open by this process until `release()` or the process exits. Where a process that started
 * this one holds it (`npm start` and its seed and server), the mark stays the starter's.
 */
export function holdEmbedded(dir) {
  const file = lockFileOf(dir);
  const holder = readPid(file);
  if (holder !== null && holder !== process.pid && alive(holder) && ancestors().has(holder)) return () => {};
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${process.pid}\n`);
  const release = () => {
    if (readPid(file) === process.pid) rmSync(file, { force: true });
    process.off("exit", release);
  };
  process.on("exit", release);
  return release;
}
