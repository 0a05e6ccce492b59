import { NotificationBanner } from "@/components/NotificationBanner";

type Params = Record<string, string | string[] | undefined>;

const MESSAGES = {
  published: (noun: string) => `The ${noun} has been published.`,
  drafted: (noun: string) => `The ${noun} has been saved as a draft. Publish it when it is ready for others to find.`,
  saved: (noun: string) => `Your changes to the ${noun} have been saved.`,
  retired: (noun: string) => `The ${noun} has been retired. It stays in the catalogue, marked retired.`,
} as const;

const SPEC_MESSAGES: Record<string, string> = {
  added: "The OpenAPI description has been checked and added.",
  unchanged: "That OpenAPI description is the same as the current one, so nothing has changed.",
};

/** The green banner after a redirect from a successful action (`?drafted=1`, `?saved=1`, `?published=1`, `?retired=1`, `?spec=added`). */
export function SuccessBanner({ params, noun }: { params: Params; noun: string }) {
  const spec = typeof params.spec === "string" ? SPEC_MESSAGES[params.spec] : undefined;
  if (spec) return <NotificationBanner type="success" heading={spec} />;
  const key = (Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]).find((k) => params[k] === "1");
  if (!key) return null;
  return <NotificationBanner type="success" heading={MESSAGES[key](noun)} />;
}
