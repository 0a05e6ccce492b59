// Worker-thread entry for comparisons only: two bundled documents (diffSpecs), or an upload, as
// its check will parse it, with the API's previous version while another worker checks it. It
// loads the parser and the comparison, not the checker, so it starts in a fraction of the time.
import { decodeSpec } from "./decode";
import { diffSpecs } from "./diff";
import { parseSpec } from "./parse";
import type { WorkerJob } from "./check.worker";
import { answerOneJob } from "./worker-reply";

export type CompareJob = Extract<WorkerJob, { task: "diff" | "compare-upload" }>;

answerOneJob(async (job: CompareJob) =>
  job.task === "diff" ? diffSpecs(JSON.parse(job.before), JSON.parse(job.after)) : diffSpecs(JSON.parse(job.before), parseSpec(decodeSpec(job.bytes, job.options), job.options).data),
);
