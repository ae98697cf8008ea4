// The ledger import is all or nothing even when the database fails part-way: a 1001-row file is
// written in batches of 1000, and a write refused in the second batch (here by a trigger on the
// case table, whichever way the import reads the file or batches its writes) must leave no
// enterprise, no case, no audit row and no stored copy of the file behind.
import { afterEach, describe, expect, it } from "vitest";

import { POST as importPost } from "@/app/api/import/route";
import { prisma } from "@/server/db";

import { changed, snapshot } from "../../helpers/db-snapshot";
import { importRequest, ledgerFile, ledgerRow } from "../../helpers/ledger-files";
import { actAs } from "../../helpers/session";

const TRIGGER = `DROP TRIGGER IF EXISTS import_fails_late ON "Case"; DROP FUNCTION IF EXISTS import_fails_late()`;

afterEach(async () => {
  for (const sql of TRIGGER.split("; ")) await prisma.$executeRawUnsafe(sql);
});

/** From now on, inserting a case of the enterprise named `name` fails, as a full disk or a lost connection would. */
async function failCaseOf(name: string) {
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION import_fails_late() RETURNS trigger AS $$
    BEGIN
      IF (SELECT e.name FROM "Enterprise" e WHERE e.id = NEW."enterpriseId") = '${name}' THEN
        RAISE EXCEPTION 'injected failure: the second batch of cases';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER import_fails_late BEFORE INSERT ON "Case" FOR EACH ROW EXECUTE FUNCTION import_fails_late()`,
  );
}

describe("a failure part-way through the import", () => {
  it(
    "a write refused in the second batch of a 1001-row file leaves the database and the storage unchanged",
    { timeout: 240_000 },
    async () => {
      await actAs("office");
      const rows = Array.from({ length: 1001 }, () => ledgerRow("集士港镇"));
      const file = await ledgerFile(rows);
      const last = rows[1000].name as string;
      await failCaseOf(last);
      const before = await snapshot();
      const codes = rows.map((r) => r.creditCode as string);

      // A server error, either answered (500) or thrown to Next (which answers 500).
      const res = await importPost(await importRequest("/api/import", file)).catch((e: unknown) => e);
      if (res instanceof Response) expect(res.status, await res.clone().text()).toBeGreaterThanOrEqual(500);
      else expect(String((res as Error).message)).toContain("injected failure");
      expect(
        await prisma.enterprise.count({ where: { creditCode: { in: codes } } }),
        "not one of the 1001 enterprises",
      ).toBe(0);
      expect(
        await prisma.case.count({ where: { enterprise: { name: { in: rows.map((r) => r.name as string) } } } }),
      ).toBe(0);
      expect(changed(before, await snapshot()), "no row of any table and no stored file").toEqual([]);

      // The same file goes through once the fault is gone: the failure was the trigger, not the file.
      for (const sql of TRIGGER.split("; ")) await prisma.$executeRawUnsafe(sql);
      const retry = await importPost(await importRequest("/api/import", file));
      expect(retry.status).toBe(201);
      expect(await prisma.case.count({ where: { enterprise: { creditCode: { in: codes } } } })).toBe(1001);
    },
  );
});
