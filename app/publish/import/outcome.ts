import { cookies } from "next/headers";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";

/**
 * The import's preview is not a redirect, so a page answering a form sent without JavaScript is
 * not always an error (formPageTitle's rule). The action leaves a note for the page it renders
 * in the same request: whether this answer shows problems. Set or cleared on every submission.
 */
const COOKIE = "import-problems";

export async function noteProblems(problems: boolean): Promise<void> {
  const jar = await cookies();
  if (problems) jar.set(COOKIE, "1", { path: "/publish/import", httpOnly: true, sameSite: "lax", maxAge: 60 });
  else jar.delete(COOKIE);
}

export async function importPageTitle(title: string): Promise<string> {
  const problems = (await cookies()).get(COOKIE)?.value === "1";
  return problems ? formPageTitle(title) : title;
}
