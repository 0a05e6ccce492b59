import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { limitSignIn } from "@/lib/auth/sign-in-limit";
import { getDb } from "@/lib/db";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints (sign-in, callback, sign-out, session, csrf). Its POSTs carry its CSRF
// token; sign-in attempts are rate-limited per client address before next-auth sees them.
async function handle(request: NextRequest, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  const limited = await limitSignIn(getDb(), request, nextauth[0]);
  if (limited) return limited;
  // Options are built per request: they come from the environment at run time, not build time.
  return NextAuth(authOptions())(request, context);
}

export { handle as GET, handle as POST };
