import { Button } from "@/components/Button";
import { FIELD_CLASSES } from "@/components/TextInput";
import { cx } from "@/components/cx";
import type { Sort } from "@/lib/catalogue/search/params";

const LABELS: Record<Sort, string> = { relevance: "Relevance", name: "Name (A to Z)", updated: "Recently updated" };

/** Sort order, submitted with the rest of the search form (a button keeps it working without JavaScript). */
export function SortSelect({ sort, hasQuery }: { sort: Sort; hasQuery: boolean }) {
  const sorts = (Object.keys(LABELS) as Sort[]).filter((s) => s !== "relevance" || hasQuery);
  return (
    <div className="flex items-end gap-2">
      <div>
        <label htmlFor="sort" className="mb-1 block text-base font-bold">
          Sort by
        </label>
        <select id="sort" name="sort" defaultValue={sort} className={cx(FIELD_CLASSES, "w-auto")}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary">Sort</Button>
    </div>
  );
}
