// Finds every module of the app that declares "use server", so new actions are covered by the
// anonymous-caller test without anyone having to list them.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOTS = ["app", "server", "components", "lib"];

export function serverActionFiles(root = process.cwd()): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(path);
      } else if (
        /\.tsx?$/.test(entry.name) &&
        /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path, "utf8"))
      ) {
        files.push(relative(root, path));
      }
    }
  };
  for (const r of ROOTS) walk(join(root, r));
  return files.sort();
}
