// Who has the embedded database (PGlite) open. PGlite is one process's database, and its own
// postmaster.pid says nothing: it holds a placeholder pid (-42) and stays behind whenever the process
// ends without closing the database. So the process that opens the directory writes its pid beside it
// (`<dir>.pid`) and removes it on close and on exit; "in use" means that pid is alive. Not server-only:
// the database client, the seed and the backup/restore commands use it.
import { readFileSync, rmSync, writeFileSync } from "node:fs";

export const lockFileOf = (dir: string) => `${dir}.pid`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, another user's
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, "utf8").trim().split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The pid of another live process that holds `dir` open, or null (none, or a stale file of one that ended). */
export function embeddedHolder(dir: string): number | null {
  const pid = readPid(lockFileOf(dir));
  return pid !== null && pid !== process.pid && alive(pid) ? pid : null;
}

/** Marks `dir` as open by this process until `release()` or the process exits. */
export function holdEmbedded(dir: string): () => void {
  const file = lockFileOf(dir);
  writeFileSync(file, `${process.pid}\n`);
  const release = () => {
    if (readPid(file) === process.pid) rmSync(file, { force: true });
    process.off("exit", release);
  };
  process.on("exit", release);
  return release;
}
