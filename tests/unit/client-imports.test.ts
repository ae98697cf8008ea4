// The portal's CSP forbids eval. zod 4 probes `new Function("")` when it first parses an object, which the
// browser reports as a CSP violation — so no client component may pull zod (or lib/fields) into its bundle,
// nor a Node built-in (its browser polyfill does the same).
// Server actions imported by client components are references, not code, and do not count.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolve(spec: string): string | null {
  if (!spec.startsWith("@/")) return null;
  const base = spec.slice(2);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (existsSync(join(ROOT, candidate))) return candidate;
  return null;
}

/** The value imports of a file (type-only imports vanish from the bundle). */
function valueImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms)].map((m) => m[1]);
}

/** The chain of imports from `file` to zod or a Node built-in, or null. */
function pathToZod(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  if (/^["']use server["']/m.test(readFileSync(join(ROOT, file), "utf8").slice(0, 200))) return null;
  for (const spec of valueImports(file)) {
    if (spec === "zod" || spec.startsWith("zod/") || spec.startsWith("node:")) return [file, spec];
    const next = resolve(spec);
    const chain = next && pathToZod(next, seen);
    if (chain) return [file, ...chain];
  }
  return null;
}

const clientFiles = ["app", "components", "lib"]
  .flatMap(sourceFiles)
  .filter((f) => /^["']use client["']/m.test(readFileSync(join(ROOT, f), "utf8").slice(0, 200)));

describe("client components stay free of zod (CSP without eval)", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it.each(clientFiles)("%s", (file) => {
    expect(pathToZod(file)).toBeNull();
  });
});
