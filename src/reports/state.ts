/**
 * What the renderer's blocks share while one template is rendered, and small helpers for them.
 */
import type { Consolidation } from "../core/analyse/consolidate";
import type { ExcessPlan } from "../core/analyse/excessPlan";
import type { Analysis } from "../core/types";
import { columnsWidthPt, type SheetBuilder } from "./builder";
import type { RoadmapInput, TrackerInput } from "./inputs";
import type { Scenario } from "./scenarios";
import type { Layout } from "./layout";
import type { CellBlock, ReportDetails, ReportStyle } from "./types";

/** A run of columns, first and last (1-based, inclusive). */
export type Span = readonly [number, number];

/** What a template is rendered from. */
export interface RenderContext {
  style: ReportStyle;
  details?: ReportDetails;
  analysis?: Analysis;
  roadmap?: RoadmapInput;
  tracker?: TrackerInput;
  /** The plans a comparison shows, and the table as it is (checked), when known. */
  scenarios?: readonly Scenario[];
  /** The excess deputies by name, year by year (lo-trinh-cap-pho-doi-du). */
  excess?: ExcessPlan;
  current?: Analysis;
  /** The returns of many agencies consolidated (tong-hop-ra-soat-cap-pho). */
  consolidation?: Consolidation;
  /**
   * Whether the host draws charts (Excel does; .xlsx files written with ExcelJS cannot hold one).
   * Without charts no rows are reserved for one, so the report has no blank gap. Default true.
   */
  charts?: boolean;
}

/** State while rendering one template. */
export interface RenderState {
  ctx: RenderContext;
  layout: Layout;
  b: SheetBuilder;
  /** ReportDoc.notes, in order, without repeats. */
  notes: string[];
  /** Footnotes to print under the tables, in order, without repeats. */
  footnotes: string[];
  /** How many of `footnotes` a footnotes block has printed already (each is printed once). */
  footnotesShown: number;
  /** Section headings so far. */
  headings: number;
  /** Series of the summary table for the chart. */
  chartSource?: { categories: CellBlock; series: { name: string; values: CellBlock }[] };
  /** Cached figures of cells later blocks refer to (anchor → value). */
  values: Map<string, number>;
}

/** Something a block needs that the caller did not give: a bug in the calling template. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`This report template needs ${what}`);
  return value;
}

export function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** Upper case as Vietnamese writes it (JavaScript's default mapping covers Vietnamese letters). */
export const upper = (text: string): string => text.toUpperCase();

/** Room kept beyond the model's width of the right half's text, for Word's and LibreOffice's metrics. */
const RIGHT_MARGIN = 1.06;

/**
 * Choose how many columns the left half of a header takes. The right half's text (the national
 * motto, "ĐẢNG CỘNG SẢN VIỆT NAM") never wraps: the left takes what is left when it fits; the
 * issuing body on the left may take two lines. When no split fits the right, the one that best
 * fits the widest text of each side.
 */
export function chooseSplit(widths: readonly number[], needLeft: number, needRight: number): number {
  const n = widths.length;
  if (n < 2) return 1;
  for (let k = n - 1; k >= 1; k--) {
    if (columnsWidthPt(widths, k + 1, n) >= needRight * RIGHT_MARGIN) return k;
  }
  let best = 1;
  let bestScore = -Infinity;
  for (let k = 1; k < n; k++) {
    const left = columnsWidthPt(widths, 1, k) / Math.max(needLeft, 1);
    const right = columnsWidthPt(widths, k + 1, n) / Math.max(needRight, 1);
    const score = Math.min(left, right);
    if (score > bestScore + 1e-9) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}
