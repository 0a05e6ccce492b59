/** The tags, attribute names and link addresses in a piece of HTML (React's or marked's: attribute values in double quotes). */
export function markup(html: string) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z0-9-]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)];
  return {
    tags: tags.map((m) => m[1]!.toLowerCase()),
    attributes: tags.flatMap((m) => [...m[2]!.matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase())),
    hrefs: [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!),
  };
}
