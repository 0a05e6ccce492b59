import { FIELD_CLASSES } from "@/components/TextInput";
import { cx } from "@/components/cx";

export interface SearchBoxProps {
  defaultValue?: string;
  /** "large" on the home page, where search is the main thing to do */
  size?: "default" | "large";
  hint?: string;
}

/** The search field and button. Inside a GET form to /apis, so it works without JavaScript. */
export function SearchInput({ defaultValue = "", size = "default", hint }: SearchBoxProps) {
  return (
    <div className="mb-6">
      <label htmlFor="search-q" className={size === "large" ? "mb-2 block text-2xl font-bold" : "mb-1 block font-bold"}>
        Search APIs
      </label>
      {hint ? (
        <p id="search-q-hint" className="mb-2 text-base text-secondary-text">
          {hint}
        </p>
      ) : null}
      <div className="flex max-w-2xl">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          autoComplete="off"
          aria-describedby={hint ? "search-q-hint" : undefined}
          className={cx(FIELD_CLASSES, "min-w-0 flex-1", size === "large" && "h-12")}
        />
        <button
          type="submit"
          className="govuk-focus-input min-w-16 cursor-pointer border-2 border-brand bg-brand px-4 font-bold text-white hover:border-brand-dark hover:bg-brand-dark"
        >
          Search
        </button>
      </div>
    </div>
  );
}

/** The site search on its own: a GET form to /apis. */
export function SearchBox(props: SearchBoxProps) {
  return (
    <form method="get" action="/apis" role="search" aria-label="APIs">
      <SearchInput {...props} />
    </form>
  );
}
