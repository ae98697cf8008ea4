// The statements answered empty without the database (server/db-skip-empty.ts): Prisma's relation loads for no
// parents, and nothing that could match a row.
import { describe, expect, it } from "vitest";

import { canMatchNoRow } from "@/server/db-skip-empty";

describe("a statement that can match no row", () => {
  it("is a relation load for no parents, alone or AND-ed with other terms, with or without ORDER BY, LIMIT, OFFSET", () => {
    for (const sql of [
      'SELECT "public"."User"."id", "public"."User"."displayName" FROM "public"."User" WHERE "public"."User"."id" IN (NULL) OFFSET $1',
      'SELECT "public"."Evidence"."id", "public"."Evidence"."kind"::text, "public"."Evidence"."caseId" FROM "public"."Evidence" WHERE ("public"."Evidence"."deletedAt" IS NULL AND "public"."Evidence"."caseId" IN (NULL)) OFFSET $1',
      'SELECT "public"."Review"."id" FROM "public"."Review" WHERE ("public"."Review"."decision" = CAST($1::text AS "public"."ReviewDecision") AND "public"."Review"."caseId" IN (NULL)) ORDER BY "public"."Review"."createdAt" DESC LIMIT $2 OFFSET $3',
    ])
      expect(canMatchNoRow(sql), sql).toBe(true);
  });

  it("is not one that may still match: OR, NOT, a join, a sub-select, a real key list, or an aggregate (one row from none)", () => {
    for (const sql of [
      'SELECT "public"."User"."id" FROM "public"."User" WHERE ("public"."User"."id" IN (NULL) OR "public"."User"."role" = $1) OFFSET $2',
      'SELECT "public"."User"."id" FROM "public"."User" WHERE NOT "public"."User"."id" IN (NULL) OFFSET $1',
      'SELECT "public"."User"."id" FROM "public"."User" WHERE "public"."User"."id" IN ($1,$2) OFFSET $3',
      'SELECT "public"."TaskProgress"."id" FROM "public"."TaskProgress" LEFT JOIN "public"."TaskLine" AS "j0" ON ("j0"."id") = ("public"."TaskProgress"."taskLineId") WHERE "public"."TaskProgress"."id" IN (NULL) OFFSET $1',
      'SELECT "public"."Case"."id" FROM "public"."Case" WHERE ("public"."Case"."id" IN (NULL) AND "public"."Case"."unitId" IN (SELECT "t1"."id" FROM "public"."Unit" AS "t1")) OFFSET $1',
      'SELECT COUNT(*) AS "_count$_all" FROM "public"."Case" WHERE "public"."Case"."id" IN (NULL)',
      'UPDATE "public"."Case" SET "version" = $1 WHERE "public"."Case"."id" IN (NULL)',
    ])
      expect(canMatchNoRow(sql), sql).toBe(false);
  });
});
