/**
 * Fixed inputs for the report tests and golden files: the Bình Phước figures (DESIGN.md §1), report
 * details in both styles, a roadmap and a tracker. Pure data; no test framework needed.
 */
import { check, compare, plan } from "../core/analyse";
import { BINH_PHUOC_AFTER, BINH_PHUOC_BEFORE, row, table } from "../core/analyse/fixtures";
import type { Analysis, StaffingTable } from "../core/types";
import type { RoadmapInput, TrackerInput } from "./inputs";
import type { Scenario } from "./scenarios";
import { excessPlan, type ExcessPlan } from "../core/analyse/excessPlan";
import {
  combinedTable,
  consolidate,
  type Consolidation,
  type ConsolidateOptions,
  type ReturnInput,
} from "../core/analyse/consolidate";
import type { ReportDetails, ReportStyle } from "./types";

export const REPORT_DATE = "2026-02-05";

/** A unit-level table from (name, heads, deputies, specialists, staff) rows. */
export function staffingTable(
  rows: readonly (readonly [string, number, number, number, number])[],
  sheet: string,
): StaffingTable {
  return table(
    rows.map(([name, h, d, s, total]) => row(name, h, d, s, total)),
    sheet,
  );
}

const before = (): StaffingTable => table(BINH_PHUOC_BEFORE, "Trước");
const after = (): StaffingTable => table(BINH_PHUOC_AFTER, "Sau");
/** Văn phòng Tỉnh ủy: its phòng are Party phòng (QĐ 329-QĐ/TW, an unsettled rule). */
const options = { date: REPORT_DATE, unitType: "phong-dang" as const };

/** Bình Phước, before against after: 7 → 5 units, 52 → 47 staff. */
export const compareAnalysis = (): Analysis => compare(before(), after(), options);

/** Bình Phước before, reviewed: Phòng Lưu trữ is all leaders, Cơ yếu has one deputy too many. */
export const checkAnalysis = (): Analysis => check(before(), options);

/**
 * A commune at formation (the bundled ubnd-xa-mau sample): NQ 332's average of 2 deputies pooled
 * over its three phòng and its centre, 10 deputies against 8.
 */
export const communeAnalysis = (): Analysis =>
  check(commune([3, 3, 2, 2], "Khi thành lập"), { date: REPORT_DATE });

/** The same commune after a first arrangement: 9 deputies, still one over the pooled 8. */
export const communeCompareAnalysis = (): Analysis =>
  compare(commune([3, 3, 2, 2], "Khi thành lập"), commune([3, 2, 2, 2], "Sau"), {
    date: REPORT_DATE,
    decisionDate: "2025-11-01",
  });

function commune(deputies: readonly [number, number, number, number], sheet: string): StaffingTable {
  const [vp = 0, kt = 0, vh = 0, tt = 0] = deputies;
  return {
    ...table(
      [
        row("Văn phòng HĐND và UBND", 1, vp, 9, 10 + vp),
        row("Phòng Kinh tế", 1, kt, 7, 8 + kt),
        row("Phòng Văn hóa - Xã hội", 1, vh, 6, 7 + vh),
        row("Trung tâm Phục vụ hành chính công", 1, tt, 5, 6 + tt),
      ],
      sheet,
    ),
    body: { family: "state", commune: true, text: "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG", cell: `'${sheet}'!A1` },
  };
}

/** Excess deputies by name (made-up people) for the excess-deputy roadmap. */
export const EXCESS_PLAN = (): ExcessPlan =>
  excessPlan({
    decisionDate: "2025-10-01",
    deadline: "2030-12-31",
    units: [
      { name: "Phòng Tổng hợp", cap: 3, excess: 1 },
      { name: "Phòng Cơ yếu - Công nghệ thông tin", cap: 2, excess: 2 },
    ],
    deputies: [
      { name: "Nguyễn Văn An", unit: "Phòng Tổng hợp", birthDate: "1964-10-15", sex: "male" },
      { name: "Trần Thị Bình", unit: "Phòng Tổng hợp", birthDate: "1978-03-02", sex: "female" },
      { name: "Lê Văn Cường", unit: "Phòng Tổng hợp", birthDate: "1981-06-20", sex: "male" },
      { name: "Phạm Thị Dung", unit: "Phòng Tổng hợp", birthDate: "1985-11-11", sex: "female" },
      {
        name: "Hoàng Văn Em",
        unit: "Phòng Cơ yếu - Công nghệ thông tin",
        birthDate: "1966-01-09",
        sex: "male",
      },
      {
        name: "Vũ Thị Giang",
        unit: "Phòng Cơ yếu - Công nghệ thông tin",
        birthDate: "1969-05-30",
        sex: "female",
      },
      {
        name: "Đỗ Văn Hải",
        unit: "Phòng Cơ yếu - Công nghệ thông tin",
        birthDate: "1984-08-08",
        sex: "male",
      },
      { name: "Bùi Văn Khánh", unit: "Phòng Cơ yếu - Công nghệ thông tin" },
    ],
  });

/** Bình Phước before, under the same rules as the plans below (State, decided 01/10/2025). */
export const scenarioCurrent = (): Analysis =>
  check(table(BINH_PHUOC_BEFORE, "Trước"), { date: REPORT_DATE, decisionDate: "2025-10-01" });

/** Two plans of Bình Phước side by side: the plan below, and Lưu trữ alone into Tổ chức - Hành chính. */
export const SCENARIOS = (): Scenario[] => [
  { name: "Phương án 1", analysis: planAnalysis() },
  {
    name: "Phương án 2",
    analysis: plan(
      table(
        BINH_PHUOC_BEFORE.map((r) =>
          r.name === "Phòng Lưu trữ" ? { ...r, mergeInto: "Phòng Tổ chức - Hành chính" } : r,
        ),
        "Phương án 2",
      ),
      { date: REPORT_DATE, decisionDate: "2025-10-01" },
    ),
  },
];

/** A plan on the before table: Tổ chức - Hành chính into Tổng hợp, Lưu trữ into Hành chính - Phục vụ. */
export const planAnalysis = (): Analysis =>
  plan(
    table(
      BINH_PHUOC_BEFORE.map((r) =>
        r.name === "Phòng Tổ chức - Hành chính"
          ? { ...r, mergeInto: "Phòng Tổng hợp" }
          : r.name === "Phòng Lưu trữ"
            ? { ...r, mergeInto: "Phòng Hành chính - Phục vụ" }
            : r,
      ),
      "Phương án",
    ),
    { date: REPORT_DATE, decisionDate: "2025-10-01" },
  );

/** A returned table as the consolidation keeps it: its units and their check. */
function returned(file: string, agency: string, t: StaffingTable, analysis: Analysis): ReturnInput {
  return {
    file,
    sheet: t.sheet,
    agency,
    table: { kind: t.kind, units: t.units },
    analysis,
    issues: analysis.issues,
  };
}

/**
 * The returns of five files: Văn phòng Tỉnh ủy (Bình Phước before, Party phòng), a commune (caps
 * pooled under NQ 332), Sở Nội vụ (phòng thuộc sở), Sở Tài chính's old .xls that cannot be read,
 * Sở Xây dựng whose total row disagrees with its rows; with `again`, Văn phòng Tỉnh ủy once more.
 */
export function consolidationReturns(again = true): ReturnInput[] {
  const xd = staffingTable(
    [
      ["Văn phòng", 1, 2, 8, 11],
      ["Phòng Quản lý xây dựng", 1, 2, 11, 14],
    ],
    "Biểu đơn vị",
  );
  const xdAnalysis = check(xd, { date: REPORT_DATE, unitType: "phong" });
  const nv = staffingTable(
    [
      ["Văn phòng", 1, 2, 9, 12],
      ["Phòng Tổ chức, biên chế", 1, 4, 6, 11],
      ["Phòng Cải cách hành chính", 1, 1, 5, 7],
    ],
    "Biểu đơn vị",
  );
  return [
    returned("tra-ve/01-van-phong-tinh-uy.xlsx", "VĂN PHÒNG TỈNH ỦY", before(), checkAnalysis()),
    returned(
      "tra-ve/02-xa-tan-hung.xlsx",
      "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG",
      commune([3, 3, 2, 2], "Biểu"),
      communeAnalysis(),
    ),
    returned(
      "tra-ve/03-so-noi-vu.xlsx",
      "SỞ NỘI VỤ",
      nv,
      check(nv, { date: REPORT_DATE, unitType: "phong" }),
    ),
    {
      file: "tra-ve/04-so-tai-chinh.xls",
      issues: [{ level: "error", code: "file-xls", params: { file: "04-so-tai-chinh.xls" } }],
    },
    {
      ...returned("tra-ve/05-so-xay-dung.xlsx", "SỞ XÂY DỰNG", xd, xdAnalysis),
      issues: [
        {
          level: "error",
          code: "total-mismatch",
          cell: "'Biểu đơn vị'!F25",
          params: { field: "Tổng số", stated: 30, computed: 25 },
        },
        ...xdAnalysis.issues,
      ],
    },
    ...(again
      ? [returned("tra-ve/06-van-phong-tinh-uy-gui-lai.xlsx", "Văn phòng Tỉnh ủy", before(), checkAnalysis())]
      : []),
  ];
}

/** The consolidation of `inputs` and its combined analysis (as src/jobs/consolidate makes them). */
export function consolidationOf(
  inputs: readonly ReturnInput[],
  options: ConsolidateOptions = {},
): { c: Consolidation; analysis: Analysis } {
  const c = consolidate(inputs, options);
  return { c, analysis: check(combinedTable(c), { date: REPORT_DATE }) };
}

/** The consolidation of {@link consolidationReturns}: two agencies missing, one returned twice. */
export const CONSOLIDATION = (): { c: Consolidation; analysis: Analysis } =>
  consolidationOf(consolidationReturns());

export const DETAILS: Record<ReportStyle, ReportDetails> = {
  state: {
    style: "state",
    parentBody: "UBND tỉnh Bình Phước",
    issuingBody: "Sở Nội vụ",
    number: "15/BC-SNV",
    place: "Bình Phước",
    date: REPORT_DATE,
    signerRole: "KT. Giám đốc",
    signerTitle: "Phó Giám đốc",
    signerName: "Nguyễn Văn An",
    recipients: ["UBND tỉnh (để báo cáo)", "Bộ Nội vụ", "Lưu: VT, TCBC"],
  },
  party: {
    style: "party",
    parentBody: "Đảng bộ tỉnh Bình Phước",
    issuingBody: "Tỉnh ủy",
    number: "125-BC/TU",
    place: "Bình Phước",
    date: REPORT_DATE,
    signerRole: "T/M Ban Thường vụ",
    signerTitle: "Phó Bí thư",
    signerName: "Trần Văn Bình",
    recipients: ["Ban Tổ chức Trung ương", "Văn phòng Trung ương Đảng", "Lưu Văn phòng Tỉnh ủy"],
  },
};

/** KL 40 (5% of cadre and civil-servant posts against 2021), two years still to report. */
export const ROADMAP_INPUT: RoadmapInput = {
  baseYear: 2021,
  baseline: 166,
  targetRate: 0.05,
  profile: "KL40_2022_CONG_CHUC",
  years: [
    { year: 2022, planned: 2, actual: 2 },
    { year: 2023, planned: 2, actual: 3 },
    { year: 2024, planned: 2, actual: 1 },
    { year: 2025, planned: 1 },
    { year: 2026, planned: 2 },
  ],
};

const DISTRICTS = [
  "Hạ Long",
  "Cẩm Phả",
  "Uông Bí",
  "Móng Cái",
  "Quảng Yên",
  "Đông Triều",
  "Vân Đồn",
  "Tiên Yên",
  "Đầm Hà",
  "Hải Hà",
  "Bình Liêu",
  "Ba Chẽ",
  "Cô Tô",
  "Hoành Bồ",
];

/** Quảng Ninh: Ban Tổ chức and Phòng Nội vụ merged in 13 of 14 units (13/14, 92,86%). */
export const TRACKER_INPUT: TrackerInput = {
  items: DISTRICTS.map((name, i) => ({
    name: `Hợp nhất Ban Tổ chức và Phòng Nội vụ: ${name}`,
    basis: "Nghị quyết 18-NQ/TW; Kết luận 34-KL/TW",
    started: "2018-10-01",
    status: i === DISTRICTS.length - 1 ? "tiep-tuc" : "ket-thuc",
    deadline: "2026-12-31",
    responsible: "Ban Tổ chức Tỉnh ủy",
    decision: i === DISTRICTS.length - 1 ? "" : `Quyết định số ${100 + i}-QĐ/TU`,
  })),
};
