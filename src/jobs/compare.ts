import { compare } from "../core/analyse";
import { mergeReport } from "../reports";
import type { Job } from "./types";
import { needAnalysis } from "./need";

/** Before against after: what a restructuring changed. */
export const COMPARE: Job = {
  template: "ket-qua-sap-xep",
  tables: 2,
  analyse: ({ before, after }, options) => {
    if (!after) throw new Error("a comparison needs its after table");
    return compare(before, after, options);
  },
  report: (analysis, { details, charts }) =>
    mergeReport(needAnalysis(analysis, "compare"), details, { charts }),
};
