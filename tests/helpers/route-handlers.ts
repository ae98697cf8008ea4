// Finds every route handler of the app (app/**/route.ts) and its URL pattern, so new routes are
// covered by the authorisation matrix without anyone having to list them.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** `{ file: "app/api/evidence/[id]/route.ts", path: "/api/evidence/[id]" }`, route groups left out of the path. */
export function routeHandlerFiles(root = process.cwd()): { file: string; path: string }[] {
  const found: { file: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name))
        found.push({ file: relative(root, path), path: urlPattern(relative(join(root, "app"), dir)) });
    }
  };
  walk(join(root, "app"));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

function urlPattern(dir: string): string {
  const segments = dir.split(sep).filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}
