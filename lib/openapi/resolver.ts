import { BaseResolver, ResolveError, type Document, type Source } from "@redocly/openapi-core";

/**
 * A resolver that never does I/O. Redocly's BaseResolver fetches http(s) refs and reads
 * relative/file refs from the server's disk; a publisher's spec must never make us do either
 * (SSRF to 169.254.169.254, reading /etc/passwd). Every external `$ref` is refused here and
 * surfaces as an ordinary `no-unresolved-refs` lint problem. Local refs ("#/components/…")
 * never reach the resolver, so they keep working.
 */
export class RefusingResolver extends BaseResolver {
  constructor() {
    super({ http: { headers: [] } });
  }

  // Pure string work in the base class; overridden anyway so no path is built from process.cwd().
  override resolveExternalRef(_base: string | null, ref: string): string {
    return ref;
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    throw refusal(absoluteRef);
  }

  // The only caller of loadExternalRef; refusing here too means no cache entry, no parse.
  override async resolveDocument<T = unknown>(_base: string | null, ref: string): Promise<Document<T> | ResolveError> {
    throw refusal(ref);
  }
}

function refusal(ref: string): ResolveError {
  return new ResolveError(
    new Error(`external reference "${ref}" refused: specs must be self-contained (only "#/…" references are followed)`),
  );
}
