// "use server" counts only as a file's first statement (a directive): anywhere else it is a plain
// string — the module's functions are then not server actions, the anonymous test and the
// authorisation matrix (which find actions by that first line) never see them — or, inside a
// function, an inline action that bypasses the one wrapper (server/action.ts). Either is refused here.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { describe, expect, it } from "vitest";

import { serverActionFiles } from "../helpers/server-actions";

const ROOTS = ["app", "server", "components", "lib"];

function sourceFiles(root = process.cwd()): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(path);
      } else if (/\.(tsx?|mjs|js)$/.test(entry.name)) files.push(relative(root, path));
    }
  };
  for (const r of ROOTS) walk(join(root, r));
  return files.sort();
}

/** Leading comments and blank lines, then the directive: the only place "use server" takes effect. */
const AT_TOP = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["'];?/;
/** The directive as a statement of its own (a string on a line alone), wherever it stands. */
const ANYWHERE = /^[ \t]*["']use server["'];?[ \t]*$/gm;

/** Files where "use server" stands somewhere other than at the very top. */
function misplacedUseServer(files: { path: string; text: string }[]): string[] {
  return files
    .filter(({ text }) => {
      const all = text.match(ANYWHERE)?.length ?? 0;
      return all > (AT_TOP.test(text) ? 1 : 0);
    })
    .map((f) => f.path);
}

describe('"use server"', () => {
  it("recognises a misplaced directive (after an import, inside a function) and accepts one at the top", () => {
    expect(
      misplacedUseServer([
        {
          path: "top.ts",
          text: '// why\n/* more */\n"use server";\nimport { a } from "b";\nexport async function f() {}\n',
        },
        { path: "after-import.ts", text: 'import { a } from "b";\n"use server";\nexport async function f() {}\n' },
        {
          path: "inline.tsx",
          text: 'export default function Page() {\n  async function save() {\n    "use server";\n  }\n}\n',
        },
        { path: "twice.ts", text: '"use server";\nexport async function f() {\n  "use server";\n}\n' },
        {
          path: "mention.ts",
          text: '// a comment about "use server" is fine\nconst s = "use server is a directive";\n',
        },
      ]),
    ).toEqual(["after-import.ts", "inline.tsx", "twice.ts"]);
  });

  it("stands only at the top of a file, in every file of the app", () => {
    const files = sourceFiles().map((path) => ({ path, text: readFileSync(path, "utf8") }));
    expect(files.length).toBeGreaterThan(100);
    expect(
      misplacedUseServer(files),
      "move it to the first line, or put the action in server/**/actions through defineAction",
    ).toEqual([]);
  });

  it("marks the same files the action scanners find", () => {
    const atTop = sourceFiles().filter((path) => /\.tsx?$/.test(path) && AT_TOP.test(readFileSync(path, "utf8")));
    expect(atTop).toEqual(serverActionFiles());
  });
});
