import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, base64url, with a prefix that says what it is (so a leaked one is recognised). */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString("base64url")}`;

/** SHA-256, hex. The secrets are high-entropy random, so a slow password hash would add nothing. */
export const hashSecret = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** Whether a presented secret matches a stored hash, in time that does not depend on where they differ. */
export function secretMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(presented), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
