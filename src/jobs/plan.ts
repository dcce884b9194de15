import { plan } from "../core/analyse";
import { mergeReport } from "../reports";
import type { Job } from "./types";
import { needAnalysis } from "./need";

/** One table with a merge column: the units a plan would make. */
export const PLAN: Job = {
  template: "ket-qua-sap-xep",
  tables: 1,
  analyse: ({ before }, options) => plan(before, options),
  report: (analysis, { details, charts }) => mergeReport(needAnalysis(analysis, "plan"), details, { charts }),
};
