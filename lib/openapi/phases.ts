/** The parts of an upload whose time bench/ingest reports, in the order they happen. */
export const PHASES = ["auth", "read", "hash", "queue", "decode", "parse", "ref-chain", "lint", "bundle", "standards", "serialise", "hand-back", "compare", "write"] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Where an upload's time goes. Each `enter` ends the phase before it, so a phase is timed by one
 * call where it starts; code carries the clock as an optional argument (`clock?.enter(…)`), which
 * costs nothing when no one is timing. The upload route sends the totals in its Server-Timing
 * header, which bench/ingest reads.
 */
export class PhaseClock {
  readonly totals = new Map<Phase, number>();
  private current: Phase | undefined;
  private since = 0;

  /** Time from now on counts as `phase` (undefined: as nothing); returns the phase that was running. */
  enter(phase: Phase | undefined): Phase | undefined {
    const now = performance.now();
    const was = this.current;
    if (was) this.add(was, now - this.since);
    this.current = phase;
    this.since = now;
    return was;
  }

  add(phase: Phase, ms: number): void {
    this.totals.set(phase, (this.totals.get(phase) ?? 0) + ms);
  }

  /** Sum of every phase so far, in milliseconds. */
  total(): number {
    let sum = 0;
    for (const ms of this.totals.values()) sum += ms;
    return sum;
  }

  /** The totals as a Server-Timing header value: `read;dur=12.3, hash;dur=4.1, …`. */
  serverTiming(): string {
    return PHASES.filter((p) => this.totals.has(p))
      .map((p) => `${p};dur=${this.totals.get(p)!.toFixed(1)}`)
      .join(", ");
  }
}
