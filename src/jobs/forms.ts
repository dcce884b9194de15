import { blankForm } from "../reports";
import type { Job } from "./types";

/** The blank unit table sent to agencies to fill in. */
export const UNITS_FORM: Job = {
  template: "bieu-don-vi",
  tables: 0,
  report: (_analysis, { details }) => blankForm("units", details.style),
};

/** The blank person roster sent to agencies to fill in. */
export const ROSTER_FORM: Job = {
  template: "danh-sach-can-bo",
  tables: 0,
  report: (_analysis, { details }) => blankForm("roster", details.style),
};
