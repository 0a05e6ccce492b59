import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Footer } from "@/components/Footer";
import { Header } from "@/components/Header";
import { PhaseBanner } from "@/components/PhaseBanner";
import { SkipLink } from "@/components/SkipLink";
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        {/* No currentPath: the navigation reads it in the browser (usePathname). */}
        <Header />
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
