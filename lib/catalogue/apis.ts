import type { Db } from "@/lib/db";
import { visibleApiWhere, visibleRevisionWhere, type Viewer } from "./visibility";

/** Everything known about one API the viewer may see, or null (hidden looks the same as missing). */
export async function getApi(db: Db, viewer: Viewer, slug: string) {
  return db.api.findFirst({
    where: { slug, ...visibleApiWhere(viewer) },
    include: {
      organisation: true,
      system: true,
      tags: { orderBy: { tag: "asc" } },
      // The page reads the latest revision's check separately (lib/openapi/checks.ts latestCheck);
      // it counts only the versions this viewer could see when they were stored.
      _count: { select: { specRevisions: { where: visibleRevisionWhere(viewer) } } },
    },
  });
}

export type ApiDetail = NonNullable<Awaited<ReturnType<typeof getApi>>>;

/** A maintainer field is free text: "Team <a@b.gov.uk>", a bare address, or a web page. */
export function maintainerContact(maintainer: string | null): { text: string; href?: string } | null {
  if (!maintainer?.trim()) return null;
  const text = maintainer.trim();
  const email = /<([^<>\s]+@[^<>\s]+)>/.exec(text)?.[1] ?? (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(text) ? text : undefined);
  if (email) return { text, href: `mailto:${email}` };
  if (/^https:\/\//i.test(text)) return { text, href: text };
  return { text };
}

/** Links we show to others must be https: (or http: for the few real catalogue entries that are). */
export function safeHref(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}
