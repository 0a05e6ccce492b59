import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Footer } from "@/components/Footer";
import { Header } from "@/components/Header";
import { PhaseBanner } from "@/components/PhaseBanner";
import { SkipLink } from "@/components/SkipLink";
import { navigationFor, UserNav } from "@/components/UserNav";
import { currentRequestPath, formCsrfToken, getViewer } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    template: "%s – API Catalogue",
    default: "API Catalogue – GOV.UK style",
  },
  description: "Find the APIs that UK government organisations publish, who runs them and how to use them.",
};

export const viewport: Viewport = {
  themeColor: "#1d70b8",
};

// Every page reads the session here, so every page is rendered per request: that is also what
// lets Next put this request's CSP nonce (set by proxy.ts) on its scripts.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  const [csrfToken, path] = await Promise.all([formCsrfToken(), currentRequestPath()]);
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        {/* No currentPath: the navigation reads it in the browser (usePathname). */}
        <Header navigation={navigationFor(viewer)}>
          <UserNav viewer={viewer} csrfToken={csrfToken} returnTo={path} />
        </Header>
        <div className="govuk-width-container flex-1">
          <PhaseBanner />
          <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
            {children}
          </main>
        </div>
        <Footer />
      </body>
    </html>
  );
}
