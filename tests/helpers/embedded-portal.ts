// The part of the portal that holds the embedded database, as a child process for the stop → backup
// test: it opens DATABASE_URL the way server/db.ts does (createDb, kept on globalThis), stops on
// SIGINT/SIGTERM with the same steps as scripts/server.mjs, and writes one department so there is
// data to find after backup and restore. Prints "ready" once the row is written.
import { onStopSignals } from "@/scripts/shutdown.mjs";
import { createDb } from "@/server/db-client";

const g = globalThis as { __haishuDb?: ReturnType<typeof createDb> };
const db = (g.__haishuDb = createDb());
await db.prisma.department.create({
  data: {
    code: process.argv[2] ?? "stop-test",
    name: `停止测试部门 ${process.argv[2] ?? ""}`,
    displayOrder: 999,
    districtId: 1,
  },
});
onStopSignals([() => g.__haishuDb?.close()]);
console.log("ready");
setInterval(() => {}, 60_000);
