/**
 * What went wrong with signing in, in plain English, for next-auth's error codes
 * (https://next-auth.js.org/configuration/pages#error-codes). Unknown codes get the default.
 */
const MESSAGES: Record<string, string> = {
  Configuration: "Signing in is not set up correctly on this service. Try again later.",
  AccessDenied: "You could not be signed in. Your identity provider did not allow it.",
  Verification: "The sign-in link has expired or has already been used. Sign in again.",
  OAuthSignin: "We could not reach your identity provider. Try again in a few minutes.",
  OAuthCallback: "Your identity provider sent back an answer we could not use. Sign in again.",
  Callback: "We could not finish signing you in. Sign in again.",
  SessionRequired: "You need to sign in to see that page.",
  RateLimited: "There have been too many attempts to sign in from your network. Wait a few minutes, then try again.",
};

export const DEFAULT_SIGN_IN_ERROR = "Something went wrong while signing you in. Sign in again.";

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? DEFAULT_SIGN_IN_ERROR;
}
