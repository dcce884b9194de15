/** What the templates other than the analysis reports are made from. */
import type { TargetProfileId } from "../core/analyse/targets";

/** One year of a reduction roadmap: people to cut that year by plan, and people actually cut. */
export interface RoadmapYear {
  year: number;
  /** Biên chế to cut in this year by the plan (absent: blank, to fill in). */
  planned?: number;
  /** Biên chế actually cut in this year (absent: not yet known). */
  actual?: number;
}

export interface RoadmapInput {
  /** Year of the baseline ("so với năm 2021"). */
  baseYear: number;
  /** Biên chế in the base year. */
  baseline: number;
  /** Minimum cut as a fraction of the baseline: 0.1 for "ít nhất 10%". */
  targetRate: number;
  /** The national target the rate comes from (shown with its source). */
  profile?: TargetProfileId;
  /** Years of the plan, in order; absent or empty: five blank years after the base year. */
  years?: RoadmapYear[];
}

export type TrackerStatus = "tiep-tuc" | "nghien-cuu" | "tam-dung" | "ket-thuc";

/** The status list of the tracker, in order: ids and the words written in the sheet. */
export const TRACKER_STATUSES: readonly { id: TrackerStatus; label: string }[] = [
  { id: "tiep-tuc", label: "tiếp tục thí điểm" },
  { id: "nghien-cuu", label: "nghiên cứu thí điểm" },
  { id: "tam-dung", label: "tạm dừng" },
  { id: "ket-thuc", label: "kết thúc" },
];

/** The status counted as done in the tracker's progress ("13/14"). */
export const DONE_STATUS: TrackerStatus = "ket-thuc";

/** One pilot model or scheme (mô hình thí điểm, đề án) being tracked. */
export interface TrackerItem {
  name: string;
  /** Legal basis: "Kết luận 34-KL/TW ngày 07/8/2018". */
  basis?: string;
  /** Date started, ISO yyyy-mm-dd (other text is written as it is). */
  started?: string;
  status?: TrackerStatus;
  /** Deadline, ISO yyyy-mm-dd (other text is written as it is). */
  deadline?: string;
  /** Body in charge (cơ quan chủ trì). */
  responsible?: string;
  /** Decision on the status: "Quyết định số 125-QĐ/TU ngày 05/02/2026". */
  decision?: string;
  note?: string;
}

export interface TrackerInput {
  /** The models; empty: a blank tracker to fill in. */
  items: TrackerItem[];
}

export type FormKind = "units" | "roster";
