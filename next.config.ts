import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native/wasm database drivers must stay out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
};

export default nextConfig;
