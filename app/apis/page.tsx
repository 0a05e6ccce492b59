import type { Metadata } from "next";
import { headers } from "next/headers";
import { Filters } from "@/components/search/Filters";
import { ResultList } from "@/components/search/ResultList";
import { Pagination } from "@/components/Pagination";
import { SearchInput } from "@/components/search/SearchBox";
import { SortSelect } from "@/components/search/SortSelect";
import { getDb } from "@/lib/db";
import { parseSearchParams, searchHref } from "@/lib/catalogue/search/params";
import { cachedSearch } from "@/lib/catalogue/search/cache";
import { forwardedCatalogueVersion } from "@/lib/catalogue/catalogue-version";
import { getViewer } from "@/lib/auth/session";
import { DownloadData } from "@/components/open-data/DownloadData";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return { title: q ? `Search results for “${q}”` : "Search APIs" };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams);
  const result = await cachedSearch(getDb(), await getViewer(), params, forwardedCatalogueVersion(await headers()));
  const noun = result.total === 1 ? "API" : "APIs";
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">Search APIs</h1>
      <form method="get" action="/apis" role="search" aria-label="APIs">
        <SearchInput defaultValue={params.q} hint="Search by name, description, organisation or tag" />
        <div className="grid gap-8 desktop:grid-cols-[1fr_2fr]">
          <Filters params={params} facets={result.facets} />
          <div>
            <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
              <p role="status" className="text-xl font-bold" id="result-count">
                {result.total.toLocaleString("en-GB")} {noun}
                {params.q ? <> found for &ldquo;{params.q}&rdquo;</> : null}
              </p>
              <SortSelect sort={params.sort} hasQuery={!!params.q} />
            </div>
            {result.hits.length ? (
              <ResultList hits={result.hits} />
            ) : (
              <div className="border-t border-border pt-4">
                <p className="mb-2 font-bold">There are no matching APIs.</p>
                <p className="mb-2">Improve your results by:</p>
                <ul className="ml-5 list-disc">
                  <li>removing filters</li>
                  <li>double-checking your spelling</li>
                  <li>using fewer keywords</li>
                </ul>
              </div>
            )}
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => searchHref(params, { page })} label="Pages of results" />
          </div>
        </div>
      </form>
      <DownloadData kinds={["apis"]} />
    </>
  );
}
