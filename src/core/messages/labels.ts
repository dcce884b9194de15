/** What users read for the figures and flags of an analysis, in every host. */
import type { FlagId, Totals } from "../types";
import type { Texts } from "./lang";

export type Label = Texts;

/** The four summary figures. */
export const SUMMARY = {
  units: { vi: "Đầu mối", en: "Units" },
  heads: { vi: "Cấp trưởng", en: "Heads" },
  deputies: { vi: "Cấp phó", en: "Deputies" },
  staff: { vi: "Biên chế", en: "Staff" },
} satisfies Record<keyof Totals, Label>;

/** The four summary figures, in report order. */
export const SUMMARY_ROWS: readonly { key: keyof Totals; label: Label }[] = (
  ["units", "heads", "deputies", "staff"] as const
).map((key) => ({ key, label: SUMMARY[key] }));

export const FLAG_LABELS: Record<FlagId, Label> = {
  "leaders-only": { vi: "100% là lãnh đạo", en: "Leaders only" },
  "leaders-exceed-specialists": { vi: "Lãnh đạo nhiều hơn chuyên viên", en: "More leaders than specialists" },
  "deputies-over-cap": { vi: "Cấp phó vượt định mức", en: "Deputies over the cap" },
  "deputies-over-half-quota": {
    vi: "Cấp phó quá 50% biên chế (KL 187)",
    en: "Deputies over half of the quota (KL 187)",
  },
  "below-minimum-size": { vi: "Dưới số biên chế tối thiểu", en: "Below the minimum size" },
  "deputies-over-parent": {
    vi: "Cấp phó nhiều hơn cấp phó của cơ quan (NĐ 370/2025)",
    en: "More deputies than the body itself (Decree 370/2025)",
  },
};
