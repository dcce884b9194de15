import { pilotTracker } from "../reports";
import type { Job } from "./types";

/** The blank tracker of pilot mergers, filled in by hand. */
export const TRACKER: Job = {
  template: "theo-doi-thi-diem",
  tables: 0,
  report: (_analysis, { details }) => pilotTracker({ items: [] }, details),
};
