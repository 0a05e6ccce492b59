export { attachSpecByUrl } from "./attach-url";
export { refreshSource, refreshDueSources, refreshSourceNow, SCHEDULER, type RefreshOutcome, type RefreshResult } from "./refresh";
export { sourceConfig, specUrlSchema, type SourceConfig } from "./config";
export { sourceStatus, type SourceStatus } from "./status";
