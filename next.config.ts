import type { NextConfig } from "next";

import { apiPolicyHeaders, apiPolicySource, apiSecurityHeaders, commonSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Native/wasm database drivers (and exceljs, a large CommonJS library) stay out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "exceljs"],
  poweredByHeader: false,
  // `next build` type-checks the whole project again after compiling. TSC_PASSED=1 says `tsc --noEmit`
  // already passed on these very sources (scripts/test.sh sets it), so the build skips its own check.
  typescript: { ignoreBuildErrors: process.env.TSC_PASSED === "1" },
  // Stated rather than left to the defaults (load, README 多实例部署与运维): responses gzip-compressed (also behind
  // scripts/server.mjs, which hands every request to Next's handler); no browser source maps shipped.
  compress: true,
  productionBrowserSourceMaps: false,
  // Every response; pages get their Content-Security-Policy (with a nonce) from proxy.ts. A later
  // entry replaces an earlier one for the same header, so route handlers get their own framing rules.
  // A header set here also replaces the route handler's own: the routes serving stored files are left
  // out of the API policy, as they set theirs per file.
  async headers() {
    return [
      { source: "/:path*", headers: commonSecurityHeaders },
      { source: "/api/:path*", headers: apiSecurityHeaders },
      { source: apiPolicySource, headers: apiPolicyHeaders },
    ];
  },
  // 回头看 → 回访: links and bookmarks to the former addresses (notifications already sent) still arrive.
  async redirects() {
    return [
      { source: "/reinspections", destination: "/return-visits", permanent: true },
      { source: "/reinspections/:id", destination: "/return-visits/:id", permanent: true },
    ];
  },
};

export default nextConfig;
