import { signIn } from "./auth";
import { createClientInBrowser, run, tokenFor } from "./api-clients";
import { expect, test } from "./fixtures";

// playwright.config.ts gives each API client a quota of API_RATE_LIMIT requests a minute.
const LIMIT = Number(process.env.E2E_API_RATE_LIMIT || 30);

test("a client over its quota is answered 429 with Retry-After, and its RateLimit headers count down to it", async ({ page, request }) => {
  await signIn(page, "hmrc-publisher");
  const token = await tokenFor(request, await createClientInBrowser(page, `Busy pipeline ${run()}`, ["catalogue:read"]));
  const headers = { Authorization: `Bearer ${token}` };
  const first = await request.get("/api/v1/organisations?limit=1", { headers });
  expect(first.status()).toBe(200);
  expect(first.headers()["ratelimit-policy"]).toBe(`"client";q=${LIMIT};w=60`);
  let last = first;
  for (let i = 1; i <= LIMIT && last.status() === 200; i++) last = await request.get("/api/v1/organisations?limit=1", { headers });
  // Usually the LIMIT+1-th request; one more if the minute turned over on the way.
  if (last.status() === 200) for (let i = 0; i <= LIMIT && last.status() === 200; i++) last = await request.get("/api/v1/organisations?limit=1", { headers });
  expect(last.status()).toBe(429);
  expect(Number(last.headers()["retry-after"])).toBeGreaterThan(0);
  expect(last.headers()["ratelimit"]).toMatch(/^"client";r=0;t=\d+$/);
  expect(((await last.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
});
