/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
