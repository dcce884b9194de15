import { roadmap } from "../reports";
import type { Job } from "./types";

/** The staffing-cut roadmap from a base year, a baseline and a target rate. */
export const ROADMAP: Job = {
  template: "lo-trinh-tinh-gian",
  tables: 0,
  report: (_analysis, { details, roadmap: input }) => {
    if (!input) throw new Error("the roadmap needs its base year, baseline and target");
    return roadmap({ ...input }, details);
  },
};
