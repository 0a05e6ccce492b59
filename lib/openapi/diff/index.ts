export { diffSpecs } from "./diff";
export { BREAKING, type Change, type ChangeKind } from "./types";
