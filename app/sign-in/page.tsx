import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/Button";
import { ErrorSummary } from "@/components/ErrorSummary";
import { InsetText } from "@/components/InsetText";
import { PageHeading } from "@/components/PageHeading";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { authConfig } from "@/lib/auth/config";
import { signInErrorMessage } from "@/lib/auth/errors";
import { formCsrfToken, getViewer } from "@/lib/auth/session";

type Search = { callbackUrl?: string; error?: string; csrf?: string };

const problem = (search: Search) =>
  signInErrorMessage(search.error) ?? (search.csrf ? "The sign-in form had expired. Select ‘Sign in’ again." : null);

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: `${problem(await searchParams) ? "Error: " : ""}Sign in` };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const [viewer, csrfToken] = [await getViewer(), await formCsrfToken()];
  const callbackUrl = safeCallbackUrl(search.callbackUrl);
  const error = problem(search);
  const provider = process.env.OIDC_PROVIDER_NAME?.trim() || "your organisation’s identity provider";
  return (
    <div className="max-w-[640px]">
      {error ? <ErrorSummary errors={[]} description={error} /> : null}
      <PageHeading>Sign in to API Catalogue</PageHeading>
      {viewer.kind === "user" ? (
        <InsetText>
          You are signed in as {viewer.user.name ?? viewer.user.email ?? "a user"}.{" "}
          <Link className="govuk-link" href={callbackUrl}>
            Continue
          </Link>
        </InsetText>
      ) : null}
      <p className="govuk-body">
        You do not need to sign in to search the catalogue. Sign in to see APIs shared only within government, and to
        register and update your organisation’s systems and APIs.
      </p>
      <h2 className="govuk-heading-m">Who can sign in</h2>
      <p className="govuk-body">Anyone who works in government and has an account with {provider}.</p>
      <p className="govuk-body">
        The first time you sign in, we create your account without any permissions. Ask an administrator to make you a
        publisher for your organisation, an assessor or an administrator.
      </p>
      {authConfig().issuer && csrfToken ? (
        // A plain form POST to next-auth, so it works without JavaScript; the token is next-auth's CSRF check.
        <form method="post" action="/api/auth/signin/oidc" className="mt-8">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button>Sign in</Button>
        </form>
      ) : (
        <InsetText>Signing in is not available at the moment. Try again later.</InsetText>
      )}
    </div>
  );
}
