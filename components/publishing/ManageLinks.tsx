import { AppLink } from "@/components/AppLink";
import type { RecordLink } from "@/lib/catalogue/publishing/record-actions";

/** The record's actions (edit, retire, delete draft, history) as a row of links, in a navigation landmark named by `label`. */
export function ManageLinks({ links, label }: { links: RecordLink[]; label: string }) {
  return (
    <nav aria-label={label} className="mb-8">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <AppLink className="govuk-link" href={link.href}>
              {link.text}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
