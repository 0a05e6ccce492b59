// A problem the lint found, apart from the lint itself (./lint.ts): the request thread merges
// problems from two workers (./worker.ts) without loading Redocly.

export type LintProblem = {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  pointer: string;
  line: number;
  column: number;
};

/** The order problems are listed in: by where they are in the text. */
export const byPosition = (a: LintProblem, b: LintProblem) => a.line - b.line || a.column - b.column;
