import "server-only";

import { createDb, type Db } from "@/server/db-client";

// One client per server process (kept on globalThis so dev hot reloads don't open PGlite twice).
const g = globalThis as unknown as { __haishuDb?: Db };
export const db = (g.__haishuDb ??= createDb());
export const prisma = db.prisma;
export type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];
