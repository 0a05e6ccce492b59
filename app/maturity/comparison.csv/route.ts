import { getDb } from "@/lib/db";
import { comparison, comparisonCsv, comparisonQuery } from "@/lib/maturity/comparison";

/** The comparison table as shown (same filter and order), as CSV. */
export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const rows = await comparison(getDb(), comparisonQuery(params));
  return new Response(comparisonCsv(rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="maturity-comparison.csv"' },
  });
}
