export { fetchSpec, DEFAULT_MAX_BYTES, type FetchSpecOptions, type FetchSpecResult } from "./fetch-spec";
export { classifyAddress, type BlockedRange } from "./address";
export type { Lookup, LookupAddress } from "./vet";
