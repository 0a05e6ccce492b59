/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() gives signed-in people without the power a real 403 page.
  // Server actions take forms of at most 1 MB, as proxy.ts does (lib/security/body-limit.ts, whose
  // test keeps the two in step). Specs of up to SPEC_MAX_BYTES go to a route of their own that
  // streams them in (app/publish/specs/upload/route.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
};

module.exports = nextConfig;
