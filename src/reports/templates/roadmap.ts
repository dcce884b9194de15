/**
 * "Lộ trình tinh giản biên chế": the target against a base year, the plan and the actual cuts year
 * by year, what is still to cut and how much of the target is reached. Portrait: 8 columns.
 */
import { TARGET_PROFILES } from "../../core/analyse/targets";
import type { RoadmapInput, RoadmapYear } from "../inputs";
import { render, type Template } from "../render";
import type { ReportDetails, ReportDoc } from "../types";

export const ROADMAP: Template = {
  id: "lo-trinh-tinh-gian",
  sheetName: "Lộ trình tinh giản",
  orientation: "portrait",
  columns: [8, 10, 10, 11, 11, 11, 11, 11],
  blocks: [
    { kind: "header" },
    { kind: "title", title: "BÁO CÁO", subject: "Lộ trình tinh giản biên chế" },
    {
      kind: "paragraph",
      text: "Mục tiêu, kế hoạch và kết quả thực hiện tinh giản biên chế theo từng năm như sau:",
    },
    { kind: "heading", text: "MỤC TIÊU" },
    { kind: "roadmapParams", label: [1, 4], value: [5, 8] },
    { kind: "heading", text: "KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN THEO NĂM" },
    {
      kind: "roadmapTable",
      columns: [
        { field: "year", header: "Năm", at: [1, 1] },
        { field: "planned", header: "Kế hoạch giảm trong năm", at: [2, 2] },
        { field: "actual", header: "Thực hiện giảm trong năm", at: [3, 3] },
        { field: "cumulative", header: "Lũy kế đã giảm", at: [4, 4] },
        { field: "remaining", header: "Biên chế còn lại", at: [5, 5] },
        { field: "cutRate", header: "Tỷ lệ đã giảm (lũy kế)", at: [6, 6] },
        { field: "stillToCut", header: "Còn phải giảm", at: [7, 7] },
        { field: "achieved", header: "Tỷ lệ hoàn thành mục tiêu", at: [8, 8] },
      ],
    },
    {
      kind: "clerkNote",
      text: "Nhập số biên chế giảm theo kế hoạch và số đã giảm thực tế của từng năm; các cột còn lại tự tính.",
    },
    { kind: "heading", text: "KẾT QUẢ ĐẾN NAY" },
    { kind: "roadmapResult", label: [1, 4], value: [5, 8] },
    { kind: "signature" },
    { kind: "recipients" },
  ],
};

/** Years of a plan left blank: five years after the base year. */
export const BLANK_YEARS = 5;

function invalid(what: string, value: unknown): RangeError {
  return new RangeError(`Lộ trình tinh giản: giá trị “${String(value)}” không hợp lệ cho ${what}.`);
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

/** The input checked, with the blank years filled in. */
export function normaliseRoadmap(input: RoadmapInput): RoadmapInput & { years: RoadmapYear[] } {
  if (!Number.isInteger(input.baseYear) || input.baseYear < 1900 || input.baseYear > 9999) {
    throw invalid("năm gốc", input.baseYear);
  }
  if (!isCount(input.baseline)) throw invalid("biên chế năm gốc", input.baseline);
  if (!isCount(input.targetRate) || input.targetRate > 1) throw invalid("tỷ lệ giảm (0–1)", input.targetRate);
  if (input.profile !== undefined && !TARGET_PROFILES.some((p) => p.id === input.profile)) {
    throw invalid("mục tiêu", input.profile);
  }
  const given = input.years ?? [];
  const years: RoadmapYear[] =
    given.length > 0
      ? given.map((y) => ({ ...y }))
      : Array.from({ length: BLANK_YEARS }, (_, i) => ({ year: input.baseYear + i + 1 }));
  let cut = 0;
  for (const y of years) {
    if (!Number.isInteger(y.year)) throw invalid("năm", y.year);
    if (y.planned !== undefined && !isCount(y.planned)) throw invalid(`kế hoạch năm ${y.year}`, y.planned);
    if (y.actual !== undefined && !isCount(y.actual)) throw invalid(`thực hiện năm ${y.year}`, y.actual);
    cut += y.actual ?? 0;
  }
  if (cut > input.baseline) throw invalid("tổng số đã giảm (lớn hơn biên chế năm gốc)", cut);
  return { ...input, years };
}

/**
 * The reduction roadmap ("lo-trinh-tinh-gian"). Without years, five blank years after the base year
 * whose formulas work once the figures are typed in.
 * @throws RangeError for an invalid base year, baseline, rate, profile or yearly figure.
 */
export function roadmap(input: RoadmapInput, details: ReportDetails): ReportDoc {
  const normal = normaliseRoadmap(input);
  const first = normal.years[0]?.year ?? normal.baseYear + 1;
  const last = normal.years[normal.years.length - 1]?.year ?? first;
  const period = first === last ? `năm ${first}` : `giai đoạn ${first}–${last}`;
  const template: Template = {
    ...ROADMAP,
    blocks: ROADMAP.blocks.map((b) =>
      b.kind === "title" ? { ...b, subject: `Lộ trình tinh giản biên chế ${period}` } : b,
    ),
  };
  return render(template, { style: details.style, details, roadmap: normal });
}
