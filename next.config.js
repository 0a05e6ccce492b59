/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() gives signed-in people without the power a real 403 page.
  // Specs may be uploaded up to 20 MB (lib/openapi/decode.ts checks the limit itself).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "21mb" } },
};

module.exports = nextConfig;
