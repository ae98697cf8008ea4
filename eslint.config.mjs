// ESLint 9 flat config (`npm run lint`). Recommended rule sets, not type-aware (fast on two cores);
// formatting is Prettier's alone (`npm run format`), so eslint-config-prettier comes last.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".data/**",
      "data/**",
      "node_modules/**",
      "prisma/migrations/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  nextPlugin.configs["core-web-vitals"],
  {
    plugins: { "simple-import-sort": simpleImportSort },
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      // `_`-prefixed names are deliberately unused (positional arguments, destructuring that drops a key).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Every control-character class here is deliberate input hygiene (lib/fields.ts, uploads, archive names).
      "no-control-regex": "off",
      // 公文 text puts full-width spaces (U+3000) in template literals on purpose.
      "no-irregular-whitespace": ["error", { skipTemplates: true }],
      // `catch {}` where a failure means "keep the default" (e.g. a response body that is not JSON).
      "no-empty": ["error", { allowEmptyCatch: true }],
      // Evidence and thumbnails come from our own authorised file routes; next/image's optimiser would
      // fetch them without the user's session (and cache them outside the scope check).
      "@next/next/no-img-element": "off",
    },
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx", "lib/**/*.ts", "lib/**/*.mjs"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Links prefetch on intent only (components/ui/app-link.tsx): a page view renders one page, not every
    // page it links to.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/ui/app-link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "用 @/components/ui/app-link 的 Link（按意图预取）。" }] },
      ],
    },
  },
  {
    // Playwright reads the fixtures a hook or test wants from its destructured first parameter: `({}, testInfo)`.
    files: ["tests/e2e/**/*.ts"],
    rules: { "no-empty-pattern": "off" },
  },
  {
    files: ["public/sw.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.serviceworker } },
  },
  prettier,
);
