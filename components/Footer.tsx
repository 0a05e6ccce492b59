import { AppLink } from "./AppLink";

export const OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
export const CROWN_COPYRIGHT_URL =
  "https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/";
export const API_GOV_UK_URL = "https://www.api.gov.uk/";

export interface FooterLink {
  href: string;
  text: string;
}

export const FOOTER_LINKS: readonly FooterLink[] = [
  { href: "/accessibility", text: "Accessibility statement" },
  { href: "/about", text: "About the data" },
  { href: "/developers", text: "API for developers" },
];

export interface FooterProps {
  links?: readonly FooterLink[];
}

// A colour utility beats the base link colours in every state; govuk-focus-link
// still wins on focus.
const linkClass = "govuk-focus-link text-text";

/** GOV.UK footer: support links, licence, data credit and Crown copyright. */
export function Footer({ links = FOOTER_LINKS }: FooterProps) {
  return (
    <footer className="border-t border-border bg-light-grey pt-[25px] pb-[15px] text-sm leading-tight text-text tablet:pt-10 tablet:pb-[25px] tablet:text-base">
      <div className="govuk-width-container">
        <div className="flex flex-wrap items-end justify-center gap-x-[15px] gap-y-[25px]">
          <div className="min-w-0 grow basis-[320px]">
            {links.length > 0 ? (
              <>
                <h2 className="sr-only">Support links</h2>
                <ul className="m-0 mb-[25px] flex list-none flex-wrap gap-x-[15px] gap-y-[5px] p-0">
                  {links.map((link) => (
                    <li key={link.href}>
                      <AppLink href={link.href} className={linkClass}>
                        {link.text}
                      </AppLink>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <svg
              aria-hidden="true"
              focusable="false"
              className="mb-[15px] inline-block tablet:mr-2.5 tablet:mb-0 tablet:align-top"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 483.2 195.7"
              height="17"
              width="41"
            >
              <path
                fill="currentColor"
                d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145"
              />
            </svg>
            <span className="inline-block">
              All content is available under the{" "}
              <a href={OGL_URL} rel="license" className={linkClass}>
                Open Government Licence v3.0
              </a>
              , except where otherwise stated
            </span>
            <p className="mt-[15px] mb-0">
              Catalogue data from{" "}
              <a href={API_GOV_UK_URL} className={linkClass}>
                api.gov.uk
              </a>
              ,{" "}
              <a href={OGL_URL} className={linkClass}>
                Open Government Licence v3.0
              </a>
            </p>
          </div>
          <div className="shrink-0">
            <a href={CROWN_COPYRIGHT_URL} className={linkClass}>
              © Crown copyright
            </a>
          </div>
        </div>
      </div>
    </footer>
  );
}
