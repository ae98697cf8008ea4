import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native/wasm database drivers (and exceljs, a large CommonJS library) stay out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "exceljs"],
  poweredByHeader: false,
};

export default nextConfig;
