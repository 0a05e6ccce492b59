// A file downloaded as a client reads it, timed to its first and last byte (bench/bulk.ts, bench/api.ts).
import { serverLog } from "./harness";

export type Timing = { first: number; last: number; bytes: number; text: string };
export async function download(url: string): Promise<Timing> {
  const start = performance.now();
  const response = await fetch(url, { headers: { "Cache-Control": "no-cache" } });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}\n${serverLog()}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let first = 0;
  let text = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (!first) first = performance.now() - start;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return { first, last: performance.now() - start, bytes: Buffer.byteLength(text), text };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

