import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ANONYMOUS, userViewer, type SignedInUser } from "@/lib/auth/viewer";
import { navigationFor, UserNav } from "./UserNav";

const user = (over: Partial<SignedInUser> = {}) =>
  userViewer({ id: "u1", name: "Dana Publisher", email: "d@example.gov.uk", role: "none", organisationIds: [], ...over });
const texts = (viewer: ReturnType<typeof user>) => navigationFor(viewer).map((i) => i.text);

describe("UserNav", () => {
  it("offers anonymous visitors a sign-in link that comes back to the page", () => {
    expect(renderToStaticMarkup(<UserNav viewer={ANONYMOUS} csrfToken={null} returnTo="/apis?q=tax" />)).toBe(
      '<a class="font-bold" href="/sign-in?callbackUrl=%2Fapis%3Fq%3Dtax">Sign in</a>',
    );
    expect(renderToStaticMarkup(<UserNav viewer={ANONYMOUS} csrfToken={null} returnTo="/sign-out" />)).toContain('href="/sign-in"');
  });

  it("shows who is signed in and a sign-out form with next-auth's CSRF token", () => {
    const html = renderToStaticMarkup(<UserNav viewer={user()} csrfToken="tok" />);
    expect(html).toContain("Dana Publisher");
    expect(html).toMatch(/<form [^>]*action="\/api\/auth\/signout" method="post"/);
    expect(html).toContain('<input type="hidden" name="csrfToken" value="tok"/>');
    expect(html).toMatch(/<button type="submit"[^>]*>Sign out<\/button>/);
    expect(renderToStaticMarkup(<UserNav viewer={user()} csrfToken={null} />)).toContain('href="/sign-out"');
  });

  it("adds Publish for publishers and admins, Assessments for assessors and admins, and Admin for admins only", () => {
    expect(navigationFor(ANONYMOUS).map((i) => i.text)).toEqual(["Before you build", "APIs", "Systems", "Data sets", "Organisations", "Dashboard", "Estate map"]);
    expect(texts(user())).toEqual(["Before you build", "APIs", "Systems", "Data sets", "Organisations", "Dashboard", "Estate map"]);
    expect(texts(user({ role: "assessor" }))).toEqual(["Before you build", "APIs", "Systems", "Data sets", "Organisations", "Dashboard", "Estate map", "Assessments"]);
    expect(texts(user({ organisationIds: ["dvla"] }))).toEqual(["Before you build", "APIs", "Systems", "Data sets", "Organisations", "Dashboard", "Estate map", "Publish"]);
    expect(texts(user({ role: "admin" }))).toEqual(["Before you build", "APIs", "Systems", "Data sets", "Organisations", "Dashboard", "Estate map", "Publish", "Assessments", "Admin"]);
  });
});
