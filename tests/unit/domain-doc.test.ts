// docs/domain.md is where comments send a reader: every file it names must exist, and comments cite a rule
// by name or by the doc's section, never by an issue number (which means nothing outside the tracker).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const doc = readFileSync(path.join(root, "docs/domain.md"), "utf8");

describe("docs/domain.md", () => {
  it("names only files that exist", () => {
    const cited = [
      ...doc.matchAll(/`((?:app|components|lib|server|prisma|scripts|tests)\/[^`\s]+\.(?:ts|tsx|mjs|prisma))`/g),
    ].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((f) => !existsSync(path.join(root, f)))).toEqual([]);
  });

  it("has the sections comments cite", () => {
    const headings = [...doc.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
    for (const section of ["目标与分解表", "任务线", "升级处置", "佐证材料", "案件流程", "角色", "督办", "术语表"]) {
      expect(headings).toContain(section);
    }
  });

  it("keeps the annex's figures: 21 eliminations, 165 rectifications", () => {
    const rows = [...doc.matchAll(/^\| \d+ \| \S+ \| \S+ \| (\d+|\/) \| (\d+|\/) \|$/gm)];
    expect(rows).toHaveLength(18);
    const sum = (i: number) => rows.reduce((s, r) => s + (r[i] === "/" ? 0 : Number(r[i])), 0);
    expect([sum(1), sum(2)]).toEqual([21, 165]);
  });
});

describe("no issue numbers in comments or README headings", () => {
  const sourceDirs = ["app", "components", "lib", "server", "scripts", "tests", "prisma"];
  const skip = (rel: string) =>
    rel.startsWith("lib/generated/") || rel.startsWith("prisma/migrations/") || rel.startsWith("tests/fixtures/");
  // A hash and a number after a space, a bracket or a comma, or "issue" and a number; a colour in a string
  // ("#3a7", "#123456") follows a quote and is not one.
  const citation = /(?:^|[\s(（,，])#\d{1,3}(?![\w])|\bissues? \d+/i;

  it("cites rules by name or by docs/domain.md section", () => {
    const hits: string[] = [];
    for (const dir of sourceDirs) {
      for (const entry of readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })) {
        const rel = `${dir}/${entry}`;
        if (skip(rel) || !/\.(ts|tsx|mjs|prisma)$/.test(rel)) continue;
        readFileSync(path.join(root, rel), "utf8")
          .split("\n")
          .forEach((line, i) => citation.test(line) && hits.push(`${rel}:${i + 1}: ${line.trim()}`));
      }
    }
    expect(hits).toEqual([]);
  });

  it("in the README's headings", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme.split("\n").filter((l) => l.startsWith("#") && /#\d/.test(l))).toEqual([]);
  });
});
