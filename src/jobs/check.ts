import { check } from "../core/analyse";
import { deputyReview } from "../reports";
import type { Job } from "./types";
import { needAnalysis } from "./need";

/** One table reviewed against the deputy caps and the minimum sizes. */
export const CHECK: Job = {
  template: "ra-soat-cap-pho",
  tables: 1,
  analyse: ({ before }, options) => check(before, options),
  report: (analysis, { details }) => deputyReview(needAnalysis(analysis, "check"), details),
};
