import type { Analysis } from "../core/types";

/** A report made from an analysis is never made without one (a caller's bug, not the user's). */
export function needAnalysis(analysis: Analysis | undefined, job: string): Analysis {
  if (!analysis) throw new Error(`the ${job} report needs an analysis`);
  return analysis;
}
