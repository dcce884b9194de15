/**
 * Unit-table forms: one row per unit (or, for the BTCTW forms, one row per criterion) with counts in
 * columns. Header wording and shape are copied from public templates and HR/salary software exports
 * (each layout's `source` says which file and what was copied); every unit name, person name and
 * number is made up, and the figures add up unless a layout says it states a wrong total on purpose.
 */
import type { CellValue } from "../../../src/core/types";
import { colLetters, colNumber, SheetBuilder, sum } from "./build";
import type { ExpectedUnit, Layout, LayoutSheet } from "./types";

// ---------------------------------------------------------------------------------------------------
// Small helpers: splitting a count over weights, column sums, rounding.
// ---------------------------------------------------------------------------------------------------

/** Splits `total` over `weights` (largest remainder, ties to the first), so the parts add up to `total`. */
function splitBy(total: number, weights: readonly number[]): number[] {
  const sumW = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sumW);
  const out = raw.map((x) => Math.floor(x));
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw
    .map((x, i) => ({ frac: x - Math.floor(x), i }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    rest--;
  }
  return out;
}

/** Column sums of equally long rows of numbers. */
const columnSums = (rows: readonly (readonly number[])[]): number[] =>
  (rows[0] ?? []).map((_, j) => sum(rows.map((r) => r[j] ?? 0)));

/** Rounded to 3 decimals, as the salary software shows coefficients (lamtron = 3). */
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Zero shown as an empty cell, as the salary software's dinhdangso() prints it. */
const blank0 = (x: number): CellValue => (x === 0 ? null : x);

/** A unit as the reader must give it, from a table without leader columns. */
const noLeaders = (name: string, staff: number, extra: Partial<ExpectedUnit> = {}): ExpectedUnit => ({
  name,
  heads: 0,
  deputies: 0,
  staff,
  ...extra,
});

// ---------------------------------------------------------------------------------------------------
// bnv-statistics 1: BM01/BNV, "Báo cáo số lượng, chất lượng công chức từ cấp huyện trở lên" (TT 11/2012).
// ---------------------------------------------------------------------------------------------------

/** Weights the BM01/BM02 breakdowns are split by; a trailing weight is "nobody in these columns". */
interface Bm01Profile {
  /** Chia theo ngạch: CVCC, CVC, CV, Cán sự, Nhân viên (every công chức has one, leaders included). */
  grade: number[];
  /** Chuyên môn: Tiến sĩ, Thạc sĩ, Đại học, Cao đẳng, Trung cấp, Sơ cấp, (none). */
  degree: number[];
  /** Chính trị: Cử nhân, Cao cấp, Trung cấp, Sơ cấp, (none). */
  politics: number[];
  /** Tin học: Trung cấp trở lên, Chứng chỉ, (none). */
  it: number[];
  /** Ngoại ngữ: Tiếng Anh ĐH+, Tiếng Anh chứng chỉ, khác ĐH+, khác chứng chỉ, (none). */
  language: number[];
  /** Quản lý nhà nước: CVCC & TĐ, CVC & TĐ, CV & TĐ, (none). */
  stateMgmt: number[];
  /** Độ tuổi: ≤ 30, 31–40, 41–50, 51–60, over retirement age. */
  age: number[];
  /** Of the 51–60 group: women 51–55, men 56–60, (the others). */
  older: number[];
}

const BM01_PROFILES: Record<"agency" | "field" | "compact", Bm01Profile> = {
  agency: {
    grade: [2, 10, 22, 1, 1],
    degree: [1, 8, 26, 0, 1, 0, 0],
    politics: [5, 6, 12, 2, 3],
    it: [4, 26, 2],
    language: [4, 24, 0, 1, 3],
    stateMgmt: [2, 10, 20, 4],
    age: [4, 11, 12, 9, 0],
    older: [2, 4, 3],
  },
  field: {
    grade: [1, 14, 90, 30, 17],
    degree: [0, 12, 110, 10, 18, 2, 0],
    politics: [6, 10, 60, 40, 36],
    it: [10, 120, 22],
    language: [5, 110, 0, 2, 35],
    stateMgmt: [1, 15, 100, 36],
    age: [22, 50, 45, 35, 0],
    older: [8, 14, 13],
  },
  compact: {
    grade: [1, 12, 20, 1, 1],
    degree: [0, 5, 30, 0, 0, 0, 0],
    politics: [6, 8, 18, 1, 2],
    it: [2, 30, 3],
    language: [3, 28, 0, 1, 3],
    stateMgmt: [1, 12, 20, 2],
    age: [2, 8, 14, 11, 0],
    older: [3, 5, 3],
  },
};

interface Bm01Unit {
  name: string;
  /** Tổng số biên chế được giao. */
  quota: number;
  /** Tổng số công chức hiện có. */
  staff: number;
  women: number;
  party: number;
  minority: number;
  religion: number;
  ethnicCert: number;
  profile: Bm01Profile;
}

/** The 38 numbered columns of one BM01 row. */
function bm01Figures(u: Bm01Unit): number[] {
  const p = u.profile;
  const [a30 = 0, a40 = 0, a50 = 0, a60 = 0, over = 0] = splitBy(u.staff, p.age);
  const [women51 = 0, men56 = 0] = splitBy(a60, p.older);
  return [
    u.quota,
    u.staff,
    u.women,
    u.party,
    u.minority,
    u.religion,
    ...splitBy(u.staff, p.grade),
    ...splitBy(u.staff, p.degree).slice(0, 6),
    ...splitBy(u.staff, p.politics).slice(0, 4),
    ...splitBy(u.staff, p.it).slice(0, 2),
    ...splitBy(u.staff, p.language).slice(0, 4),
    u.ethnicCert,
    ...splitBy(u.staff, p.stateMgmt).slice(0, 3),
    a30,
    a40,
    a50,
    a60,
    women51,
    men56,
    over,
  ];
}

const BM01_UNITS: Bm01Unit[] = [
  {
    name: "Văn phòng UBND tỉnh",
    quota: 52,
    staff: 48,
    women: 21,
    party: 44,
    minority: 2,
    religion: 1,
    ethnicCert: 0,
    profile: BM01_PROFILES.agency,
  },
  {
    name: "Sở Nội vụ",
    quota: 45,
    staff: 43,
    women: 20,
    party: 40,
    minority: 1,
    religion: 0,
    ethnicCert: 0,
    profile: BM01_PROFILES.agency,
  },
  {
    name: "Sở Tài chính",
    quota: 60,
    staff: 57,
    women: 31,
    party: 49,
    minority: 2,
    religion: 1,
    ethnicCert: 1,
    profile: BM01_PROFILES.agency,
  },
  {
    name: "Sở Tư pháp",
    quota: 30,
    staff: 28,
    women: 14,
    party: 25,
    minority: 1,
    religion: 0,
    ethnicCert: 0,
    profile: BM01_PROFILES.agency,
  },
  {
    name: "Sở Xây dựng",
    quota: 55,
    staff: 51,
    women: 17,
    party: 43,
    minority: 1,
    religion: 0,
    ethnicCert: 0,
    profile: BM01_PROFILES.agency,
  },
  {
    name: "Sở Nông nghiệp và Phát triển nông thôn",
    quota: 160,
    staff: 152,
    women: 38,
    party: 118,
    minority: 9,
    religion: 2,
    ethnicCert: 3,
    profile: BM01_PROFILES.field,
  },
  {
    name: "Sở Công Thương",
    quota: 38,
    staff: 35,
    women: 9,
    party: 35,
    minority: 1,
    religion: 0,
    ethnicCert: 0,
    profile: BM01_PROFILES.compact,
  },
  {
    name: "Ban Dân tộc",
    quota: 22,
    staff: 20,
    women: 8,
    party: 19,
    minority: 7,
    religion: 1,
    ethnicCert: 4,
    profile: BM01_PROFILES.agency,
  },
];

function bm01Sheet(): LayoutSheet {
  const s = new SheetBuilder(40);
  // Title block (DevExpress report header): form code, title and scope, who reports to whom.
  s.merge("A1:E1", "BM01/BNV")
    .merge("F1:AE1", "BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÔNG CHỨC TỪ CẤP HUYỆN TRỞ LÊN NĂM 2022")
    .merge("AF1:AN1", "Đơn vị báo cáo: UBND tỉnh Bình Sơn")
    .merge("A2:E3", "Ban hành kèm theo Thông tư số 11/2012/TT-BNV\nngày 17 tháng 12 năm 2012 của Bộ Nội vụ")
    .merge("F2:AE2", "(Áp dụng đối với tỉnh, thành phố trực thuộc Trung ương, Bộ, Ban, ngành)")
    .merge("AF2:AN2", "Đơn vị nhận báo cáo: Bộ Nội Vụ")
    .merge("F3:AE3", "Từ ngày: 01/01/2022 đến ngày: 31/12/2022")
    .merge("AF3:AN3", "Thời hạn nhận báo cáo: ngày 30 tháng 6")
    .merge("AF4:AN4", "Đơn vị tính: người");
  // Header, rows 6–9.
  s.merge("A6:A9", "Số thứ tự")
    .merge("B6:B9", "Tên đơn vị")
    .merge("C6:C9", "Tổng số biên chế được giao")
    .merge("D6:D9", "Tổng số công chức hiện có")
    .merge("E6:H6", "Trong đó")
    .merge("E7:E9", "Nữ")
    .merge("F7:F9", "Đảng viên")
    .merge("G7:G9", "Dân tộc thiểu số")
    .merge("H7:H9", "Tôn giáo")
    .merge("I6:M6", "Chia theo ngạch công chức")
    .merge("I7:I9", "Chuyên viên cao cấp & TĐ")
    .merge("J7:J9", "Chuyên viên chính và TĐ")
    .merge("K7:K9", "Chuyên viên & TĐ")
    .merge("L7:L9", "Cán sự & TĐ")
    .merge("M7:M9", "Nhân viên")
    .merge("N6:AG6", "Chia theo trình độ đào tạo")
    .merge("N7:S7", "Chuyên môn")
    .merge("N8:N9", "Tiến sĩ")
    .merge("O8:O9", "Thạc sĩ")
    .merge("P8:P9", "Đại học")
    .merge("Q8:Q9", "Cao đẳng")
    .merge("R8:R9", "Trung cấp")
    .merge("S8:S9", "Sơ cấp")
    .merge("T7:W7", "Chính trị")
    .merge("T8:T9", "Cử nhân")
    .merge("U8:U9", "Cao cấp")
    .merge("V8:V9", "Trung cấp")
    .merge("W8:W9", "Sơ cấp")
    .merge("X7:Y7", "Tin học")
    .merge("X8:X9", "Trung cấp trở lên")
    .merge("Y8:Y9", "Chứng chỉ")
    .merge("Z7:AC7", "Ngoại ngữ")
    .merge("Z8:AA8", "Tiếng Anh")
    .merge("AB8:AC8", "Ngoại ngữ khác")
    .line(9, ["Đại học trở lên", "Chứng chỉ (A,B,C)", "Đại học trở lên", "Chứng chỉ (A,B,C)"], colNumber("Z"))
    .merge("AD7:AD9", "Chứng chỉ tiếng dân tộc")
    .merge("AE7:AG7", "Quản lý nhà nước")
    .merge("AE8:AE9", "Chuyên viên cao cấp & TĐ")
    .merge("AF8:AF9", "Chuyên viên chính & TĐ")
    .merge("AG8:AG9", "Chuyên viên & TĐ")
    .merge("AH6:AN6", "Chia theo độ tuổi")
    .merge("AH7:AH9", "Từ 30 trở xuống")
    .merge("AI7:AI9", "Từ 31 đến 40")
    .merge("AJ7:AJ9", "Từ 41 đến 50")
    .merge("AK7:AM7", "Từ 51 đến 60")
    .merge("AK8:AK9", "Tổng số")
    .merge("AL8:AL9", "Nữ từ 51 đến 55")
    .merge("AM8:AM9", "Nam từ 56 đến 60")
    .merge("AN7:AN9", "Trên tuổi nghỉ hưu");
  // Numbering row.
  s.line(10, ["A", "B", ...Array.from({ length: 38 }, (_, i) => i + 1)]);
  // Units, then the total row merged over A:B.
  const figures = BM01_UNITS.map(bm01Figures);
  BM01_UNITS.forEach((u, i) => s.line(11 + i, [i + 1, u.name, ...(figures[i] ?? [])]));
  const totalRow = 11 + BM01_UNITS.length;
  s.merge(`A${totalRow}:B${totalRow}`, "Tổng cộng").line(totalRow, columnSums(figures), 3);
  // Footer.
  const f = totalRow + 2;
  s.merge(`AF${f}:AN${f}`, "Ngày 20 tháng 6 năm 2022")
    .merge(`B${f + 1}:H${f + 1}`, "NGƯỜI LẬP BẢNG")
    .merge(`AF${f + 1}:AN${f + 1}`, "THỦ TRƯỞNG ĐƠN VỊ")
    .merge(`B${f + 2}:H${f + 2}`, "(Ký, họ tên)")
    .merge(`AF${f + 2}:AN${f + 2}`, "(Ký, đóng dấu)")
    .merge(`B${f + 6}:H${f + 6}`, "Lê Thị Hạnh")
    .merge(`AF${f + 6}:AN${f + 6}`, "Phạm Văn Quang");
  return s.build("BM01");
}

const BM01: Layout = {
  id: "bnv-bm01-cong-chuc-huyen-tro-len",
  family: "bnv-statistics",
  title:
    "BM01/BNV (TT 11/2012/TT-BNV): Báo cáo số lượng, chất lượng công chức từ cấp huyện trở lên, one row per sở",
  source:
    "Header wording, order and grouping verbatim from NguyenXuanHung/HRM@7d4907f6 " +
    "HRM-v01/Web.Core.Framework/Report/HJM/Shared/Regulation/rpHJM_QuantityDistrictCivilServants.cs (DevExpress " +
    "report of BM01/BNV: title, scope line, 'Đơn vị nhận báo cáo: Bộ Nội Vụ', 'Thời hạn nhận báo cáo', 38 data " +
    "columns from 'Tổng số biên chế được giao' to 'Trên tuổi nghỉ hưu', footer NGƯỜI LẬP BẢNG / THỦ TRƯỞNG ĐƠN VỊ). " +
    "The 4-row merge layout is rebuilt from that report's nested tables; the numbering row 'A B 1 … 38' and the " +
    "'Tổng cộng' row merged over A:B follow lifephongphanmem/qltienluong@61ee66cf " +
    "resources/views/reports/mauchuan/BcSLCLCCTT11_2012.blade.php (same TT 11/2012 form, 38 numbered columns). " +
    "Province, units, names and numbers made up. The form has no leader columns: heads and deputies cannot be " +
    "read (ngạch columns count leaders too), staff is 'Tổng số công chức hiện có', never a ngạch, training, " +
    "age or 'Từ 51 đến 60 / Tổng số' column.",
  sheets: [bm01Sheet()],
  reads: [
    {
      sheet: "BM01",
      kind: "units",
      units: BM01_UNITS.map((u) => noLeaders(u.name, u.staff)),
      totals: { units: 8, heads: 0, deputies: 0, staff: 434 },
      allowedIssues: ["no-leader-columns"],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// bnv-statistics 2: BM02/BNV, "Báo cáo số lượng, chất lượng cán bộ, công chức cấp xã" (TT 11/2012),
// with a hand-typed "Tổng cộng" that does not add up.
// ---------------------------------------------------------------------------------------------------

interface Bm02Unit {
  name: string;
  cadres: number; // Chức danh / Cán bộ cấp xã
  civil: number; // Chức danh / Công chức chuyên môn
  women: number;
  party: number;
  minority: number;
  rotated: number; // Công chức luân chuyển từ cấp huyện
}

const BM02_PROFILE = {
  degree: [0, 1, 14, 1, 4, 0, 1],
  school: [20, 1, 0], // THPT, THCS, Tiểu học: everyone has one
  politics: [0, 1, 15, 3, 2],
  it: [1, 15, 5],
  language: [1, 10, 0, 0, 10],
  stateMgmt: [1, 12, 8], // CVC & TĐ, CV & TĐ, Chưa qua đào tạo: everyone is in one
  age: [5, 7, 5, 4, 0],
  older: [1, 2, 1],
};

/** The 38 numbered columns of one BM02 row. */
function bm02Figures(u: Bm02Unit): number[] {
  const total = u.cadres + u.civil;
  const p = BM02_PROFILE;
  const [a30 = 0, a40 = 0, a50 = 0, a60 = 0, over = 0] = splitBy(total, p.age);
  const [women51 = 0, men56 = 0] = splitBy(a60, p.older);
  return [
    total,
    u.women,
    u.party,
    u.minority,
    0,
    u.cadres,
    u.civil,
    ...splitBy(total, p.degree).slice(0, 6),
    ...splitBy(total, p.school),
    ...splitBy(total, p.politics).slice(0, 4),
    ...splitBy(total, p.it).slice(0, 2),
    ...splitBy(total, p.language).slice(0, 4),
    0,
    ...splitBy(total, p.stateMgmt),
    a30,
    a40,
    a50,
    a60,
    women51,
    men56,
    over,
    u.rotated,
  ];
}

const BM02_UNITS: Bm02Unit[] = [
  { name: "Thị trấn Yên Hòa", cadres: 11, civil: 12, women: 9, party: 21, minority: 0, rotated: 1 },
  { name: "Xã Tân Phong", cadres: 10, civil: 11, women: 6, party: 19, minority: 1, rotated: 0 },
  { name: "Xã Đồng Lạc", cadres: 10, civil: 10, women: 7, party: 18, minority: 0, rotated: 0 },
  { name: "Xã Hòa Bình", cadres: 11, civil: 11, women: 8, party: 20, minority: 2, rotated: 1 },
  { name: "Xã Minh Khai", cadres: 10, civil: 9, women: 5, party: 17, minority: 0, rotated: 0 },
  { name: "Xã Thanh Sơn", cadres: 10, civil: 11, women: 7, party: 20, minority: 5, rotated: 0 },
  { name: "Xã Vĩnh Lộc", cadres: 9, civil: 10, women: 6, party: 17, minority: 0, rotated: 0 },
  { name: "Xã Phú Mỹ", cadres: 10, civil: 10, women: 8, party: 18, minority: 1, rotated: 1 },
  { name: "Xã An Thịnh", cadres: 11, civil: 10, women: 7, party: 19, minority: 0, rotated: 0 },
];

/** Row of BM02's "Tổng cộng": typed by hand, its "Tổng số" is 2 more than the communes add up to. */
const BM02_TOTAL_ROW = 11 + BM02_UNITS.length;

function bm02Sheet(): LayoutSheet {
  const s = new SheetBuilder(40);
  s.merge("A1:E1", "BM02/BNV")
    .merge("F1:AE1", "BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2022")
    .merge("AF1:AN1", "Đơn vị báo cáo: UBND huyện Yên Hòa")
    .merge("A2:E3", "Ban hành kèm theo Thông tư số 11/2012/TT-BNV\nngày 17 tháng 12 năm 2012 của Bộ Nội vụ")
    .merge("F2:AE2", "(Áp dụng đối với tỉnh, thành phố trực thuộc Trung ương)")
    .merge("AF2:AN2", "Đơn vị nhận báo cáo: Sở Nội vụ tỉnh Bình Sơn")
    .merge("AF3:AN3", "Thời hạn nhận báo cáo: ngày 30 tháng 6")
    .merge("AF4:AN4", "Đơn vị tính: người");
  s.merge("A6:A9", "Số thứ tự")
    .merge("B6:B9", "Tên đơn vị")
    .merge("C6:C9", "Tổng số")
    .merge("D6:G6", "Trong đó")
    .merge("D7:D9", "Nữ")
    .merge("E7:E9", "Đảng viên")
    .merge("F7:F9", "Dân tộc thiểu số")
    .merge("G7:G9", "Tôn giáo")
    .merge("H6:I6", "Chức danh")
    .merge("H7:H9", "Cán bộ cấp xã")
    .merge("I7:I9", "Công chức chuyên môn")
    .merge("J6:AF6", "Chia theo trình độ đào tạo")
    .merge("J7:O7", "Chuyên môn")
    .merge("J8:J9", "Tiến sĩ")
    .merge("K8:K9", "Thạc sĩ")
    .merge("L8:L9", "Đại học")
    .merge("M8:M9", "Cao đẳng")
    .merge("N8:N9", "Trung cấp")
    .merge("O8:O9", "Sơ cấp")
    .merge("P7:R7", "Học vấn phổ thông")
    .merge("P8:P9", "Trung học phổ thông")
    .merge("Q8:Q9", "Trung học cơ sở")
    .merge("R8:R9", "Tiểu học")
    .merge("S7:V7", "Chính trị")
    .merge("S8:S9", "Cử nhân")
    .merge("T8:T9", "Cao cấp")
    .merge("U8:U9", "Trung cấp")
    .merge("V8:V9", "Sơ cấp")
    .merge("W7:X7", "Tin học")
    .merge("W8:W9", "Trung cấp trở lên")
    .merge("X8:X9", "Chứng chỉ")
    .merge("Y7:AB7", "Ngoại ngữ")
    .merge("Y8:Z8", "Tiếng Anh")
    .merge("AA8:AB8", "Ngoại ngữ khác")
    .line(9, ["Đại học trở lên", "Chứng chỉ (A,B,C)", "Đại học trở lên", "Chứng chỉ (A,B,C)"], colNumber("Y"))
    .merge("AC7:AC9", "Chứng chỉ tiếng dân tộc")
    .merge("AD7:AF7", "Quản lý nhà nước")
    .merge("AD8:AD9", "Chuyên viên chính & TĐ")
    .merge("AE8:AE9", "Chuyên viên & TĐ")
    .merge("AF8:AF9", "Chưa qua đào tạo")
    .merge("AG6:AM6", "Chia theo độ tuổi")
    .merge("AG7:AG9", "Từ 30 trở xuống")
    .merge("AH7:AH9", "Từ 31 đến 40")
    .merge("AI7:AI9", "Từ 41 đến 50")
    .merge("AJ7:AL7", "Từ 51 đến 60")
    .merge("AJ8:AJ9", "Tổng số")
    .merge("AK8:AK9", "Nữ từ 51 đến 55")
    .merge("AL8:AL9", "Nam từ 56 đến 60")
    .merge("AM7:AM9", "Trên tuổi nghỉ hưu")
    .merge("AN6:AN9", "Công chức luân chuyển từ cấp huyện");
  // Numbering row as the qltienluong export prints it: nothing over STT, "A" over the name column.
  s.line(10, [null, "A", ...Array.from({ length: 38 }, (_, i) => i + 1)]);
  // Filled in by hand: zeros left blank.
  const figures = BM02_UNITS.map(bm02Figures);
  BM02_UNITS.forEach((u, i) => s.line(11 + i, [i + 1, u.name, ...(figures[i] ?? []).map(blank0)]));
  const totals = columnSums(figures);
  totals[0] = (totals[0] ?? 0) + 2; // the deliberate mistake: the 186 cadres and civil servants typed as 188
  s.merge(`A${BM02_TOTAL_ROW}:B${BM02_TOTAL_ROW}`, "Tổng cộng").line(BM02_TOTAL_ROW, totals.map(blank0), 3);
  const f = BM02_TOTAL_ROW + 2;
  s.merge(`AF${f}:AN${f}`, "Ngày 15 tháng 6 năm 2022")
    .merge(`B${f + 1}:H${f + 1}`, "NGƯỜI LẬP BẢNG")
    .merge(`AF${f + 1}:AN${f + 1}`, "THỦ TRƯỞNG ĐƠN VỊ")
    .merge(`B${f + 2}:H${f + 2}`, "(Ký, họ tên)")
    .merge(`AF${f + 2}:AN${f + 2}`, "(Ký, đóng dấu)")
    .merge(`B${f + 6}:H${f + 6}`, "Đỗ Thị Thu")
    .merge(`AF${f + 6}:AN${f + 6}`, "Vũ Đình Khải");
  return s.build("BM02");
}

const BM02: Layout = {
  id: "bnv-bm02-can-bo-cong-chuc-xa",
  family: "bnv-statistics",
  title:
    "BM02/BNV (TT 11/2012/TT-BNV): Báo cáo số lượng, chất lượng cán bộ, công chức cấp xã, one row per xã, " +
    "with a wrong hand-typed 'Tổng cộng'",
  source:
    "Header wording, order and grouping verbatim from NguyenXuanHung/HRM@7d4907f6 " +
    "HRM-v01/Web.Core.Framework/Report/HJM/Shared/Regulation/rpHJM_QuantityCommuneCivilServants.cs (DevExpress " +
    "report of BM02/BNV: 'Tổng số', 'Trong đó', 'Chức danh / Cán bộ cấp xã | Công chức chuyên môn', training " +
    "incl. 'Học vấn phổ thông', 'Quản lý nhà nước / … | Chưa qua đào tạo', age groups, 'Công chức luân chuyển từ " +
    "cấp huyện': 38 columns). Merge layout rebuilt from its nested tables; numbering row '(blank) A 1 … 38' and " +
    "'Tổng cộng' merged over A:B as in lifephongphanmem/qltienluong@61ee66cf " +
    "resources/views/reports/mauchuan/BcSLCLCCTT11_2012.blade.php. Huyện, communes, names and numbers made up. " +
    "Deliberate error: the 'Tổng cộng' row states 'Tổng số' = 188 at C20 while the communes add up to 186 (every " +
    "other total is right), so the read must be refused there. 'Cán bộ cấp xã' is a category of elected posts, " +
    "not a head count; the form has no leader columns.",
  sheets: [bm02Sheet()],
  reads: [{ sheet: "BM02", refused: { code: "total-mismatch", cell: `'BM02'!C${BM02_TOTAL_ROW}` } }],
};

// ---------------------------------------------------------------------------------------------------
// salary-by-unit 1: qltienluong "BÁO CÁO HỆ SỐ LƯƠNG CỦA ĐƠN VỊ CÓ MẶT": unit row, category rows
// ("Biên chế", "Hợp đồng Nghị định 68", other contracts), "Cộng", "Cộng <phân loại>", "Tổng cộng".
// ---------------------------------------------------------------------------------------------------

const HD68 = "Hợp đồng Nghị định 68";
const HD111 = "Hợp đồng theo NĐ 111/2022";

interface PayGroup {
  /** The category ("tên công tác") as the software prints it. */
  type: string;
  people: number;
  /** Biên chế được giao (only on the "Biên chế" row). */
  quota?: number;
  /** Average hệ số lương per person. */
  coef: number;
  /** Allowance coefficients of the whole group: khu vực, chức vụ, thâm niên vượt khung, trách nhiệm. */
  region?: number;
  position?: number;
  seniority?: number;
  duty?: number;
  /** "Biên chế được duyệt nhưng chưa tuyển": posts approved but not filled, nobody to count. */
  vacant?: boolean;
}

interface PayUnit {
  name: string;
  groups: PayGroup[];
}

interface PayClass {
  /** Tên phân loại, only printed in its "Cộng …" row (the section header row is commented out in the view). */
  name: string;
  units: PayUnit[];
}

/** Coefficients of one category row: hệ số lương, each allowance, BH, the software's derived totals. */
function payFigures(g: PayGroup) {
  const heso = r3(g.people * g.coef);
  const region = g.region ?? 0;
  const position = g.position ?? 0;
  const seniority = g.seniority ?? 0;
  const duty = g.duty ?? 0;
  const publicService = r3(0.25 * (heso + position + seniority)); // phụ cấp công vụ 25 %
  const allowances = r3(region + position + seniority + duty + publicService);
  const total = r3(heso + allowances);
  const insurance = r3(0.235 * (heso + position + seniority)); // BHXH, BHYT, KPCĐ, BHTN
  return { heso, region, position, seniority, duty, publicService, allowances, total, insurance };
}

const HESO_CLASSES: PayClass[] = [
  {
    name: "Quản lý nhà nước",
    units: [
      {
        name: "Văn phòng Sở",
        groups: [
          { type: "Biên chế", people: 18, quota: 20, coef: 3.62, position: 2.4, seniority: 0.35, duty: 0.2 },
          { type: HD68, people: 3, coef: 1.86 },
        ],
      },
      {
        name: "Chi cục Kiểm lâm",
        groups: [
          {
            type: "Biên chế",
            people: 46,
            quota: 50,
            coef: 3.28,
            region: 4.2,
            position: 3.1,
            seniority: 0.6,
            duty: 0.4,
          },
          { type: HD68, people: 4, coef: 1.86, region: 0.8 },
          { type: HD111, people: 2, coef: 2.1 },
        ],
      },
      {
        name: "Chi cục Thủy lợi",
        groups: [
          { type: "Biên chế", people: 15, quota: 16, coef: 3.51, position: 1.5, seniority: 0.2, duty: 0.1 },
          { type: HD68, people: 1, coef: 1.86 },
        ],
      },
    ],
  },
  {
    name: "Sự nghiệp kinh tế",
    units: [
      {
        name: "Trung tâm Khuyến nông",
        groups: [
          { type: "Biên chế", people: 24, quota: 26, coef: 3.15, position: 1.2, duty: 0.1 },
          { type: HD68, people: 2, coef: 1.86 },
          { type: HD111, people: 5, coef: 2.34 },
        ],
      },
      {
        name: "Ban Quản lý rừng phòng hộ Đồng Mây",
        groups: [{ type: "Biên chế", people: 12, quota: 14, coef: 3.02, region: 2.4, position: 0.9 }],
      },
    ],
  },
];

/** Sums over category rows, in the shape of the "Cộng" rows (A:B merged). */
function heSoTotals(groups: readonly PayGroup[]) {
  const f = groups.map(payFigures);
  const s = (pick: (x: ReturnType<typeof payFigures>) => number) => r3(sum(f.map(pick)));
  return {
    quota: sum(groups.map((g) => (g.type === "Biên chế" ? (g.quota ?? 0) : 0))),
    people: sum(groups.map((g) => g.people)),
    staff: sum(groups.filter((g) => g.type === "Biên chế").map((g) => g.people)),
    hd68: sum(groups.filter((g) => g.type === HD68).map((g) => g.people)),
    other: sum(groups.filter((g) => g.type !== "Biên chế" && g.type !== HD68).map((g) => g.people)),
    total: s((x) => x.total),
    heso: s((x) => x.heso),
    allowances: s((x) => x.allowances),
    region: s((x) => x.region),
    position: s((x) => x.position),
    seniority: s((x) => x.seniority),
    duty: s((x) => x.duty),
    publicService: s((x) => x.publicService),
    insurance: s((x) => x.insurance),
    perPerson: r3(sum(groups.map((g) => g.coef))),
  };
}

function heSoLuongSheet(): LayoutSheet {
  const s = new SheetBuilder(18);
  s.merge("A1:H1", "Đơn vị chủ quản: UBND tỉnh Bình Sơn")
    .merge("A2:H2", "Đơn vị: Sở Nông nghiệp và Phát triển nông thôn")
    .merge("A3:R3", "BÁO CÁO HỆ SỐ LƯƠNG CỦA ĐƠN VỊ CÓ MẶT ĐẾN THÁNG 12/2024")
    .merge("A4:R4", "Tháng 12 năm 2024");
  s.merge("A6:A8", "STT")
    .merge("B6:B8", "Đơn vị")
    .merge("C6:C8", "Biên chế được giao năm 2024")
    .merge("D6:G6", "Biên chế có mặt")
    .merge("D7:D8", "Tổng cộng")
    .merge("E7:E8", "Biên chế")
    .merge("F7:F8", "Hợp đồng 68")
    .merge("G7:G8", "Hợp đồng khác")
    .merge("H6:P6", "Tiền lương tháng 12 năm 2024")
    .merge("H7:H8", "Tổng cộng")
    .merge("I7:I8", "Hệ số lương theo ngạch bậc, chức vụ")
    .merge("J7:J8", "HS lương các khoản phụ cấp")
    .merge("K7:O7", "Trong đó")
    .line(8, ["Khu vực", "Chức vụ", "Thâm niên vượt khung", "Trách nhiệm", "Công vụ"], colNumber("K"))
    .merge("P7:P8", "Các khoản đóng góp BHXH,YT, CĐ, thất nghiệp")
    .merge("Q6:Q8", "Hệ số")
    .merge("R6:R8", "Quỹ lương năm 2025");
  s.line(9, ["A", "B", ...Array.from({ length: 16 }, (_, i) => i + 1)]);
  let row = 10;
  const sumRow = (label: string, groups: readonly PayGroup[], rawPeople: boolean) => {
    const t = heSoTotals(groups);
    s.merge(`A${row}:B${row}`, label).line(
      row,
      [
        blank0(t.quota),
        blank0(t.people),
        rawPeople ? t.staff : blank0(t.staff),
        rawPeople ? t.hd68 : blank0(t.hd68),
        rawPeople ? t.other : blank0(t.other),
        t.total,
        t.heso,
        t.allowances,
        blank0(t.region),
        blank0(t.position),
        blank0(t.seniority),
        blank0(t.duty),
        blank0(t.publicService),
        blank0(t.insurance),
        t.perPerson,
        r3(t.total * 12 * 1.3),
      ],
      3,
    );
    row++;
  };
  for (const cls of HESO_CLASSES) {
    cls.units.forEach((unit, j) => {
      // Unit row: its number, then its name merged over every other column (bold italic in the view).
      s.put(`A${row}`, j + 1).merge(`B${row}:R${row}`, unit.name);
      row++;
      for (const g of unit.groups) {
        const f = payFigures(g);
        const isStaff = g.type === "Biên chế";
        s.line(row, [
          "-",
          g.type,
          isStaff ? (g.quota ?? 0) : 0,
          g.people,
          isStaff ? g.people : 0,
          g.type === HD68 ? g.people : 0,
          !isStaff && g.type !== HD68 ? g.people : null,
          f.total,
          f.heso,
          f.allowances,
          blank0(f.region),
          blank0(f.position),
          blank0(f.seniority),
          blank0(f.duty),
          blank0(f.publicService),
          f.insurance,
          g.coef,
          r3(f.total * 12 * 1.3),
        ]);
        row++;
      }
      sumRow("Cộng", unit.groups, true);
    });
    sumRow(
      `Cộng ${cls.name}`,
      cls.units.flatMap((u) => u.groups),
      false,
    );
  }
  sumRow(
    "Tổng cộng",
    HESO_CLASSES.flatMap((c) => c.units.flatMap((u) => u.groups)),
    false,
  );
  row++;
  s.merge(`J${row}:R${row}`, "........,Ngày......tháng.......năm..........")
    .merge(`A${row + 1}:H${row + 1}`, "Người lập bảng")
    .merge(`J${row + 1}:R${row + 1}`, "GIÁM ĐỐC")
    .merge(`A${row + 2}:H${row + 2}`, "(Ghi rõ họ tên)")
    .merge(`J${row + 2}:R${row + 2}`, "((Ký tên, đóng dấu))")
    .merge(`J${row + 6}:R${row + 6}`, "Trịnh Văn Lâm");
  return s.build("Hệ số lương");
}

/**
 * What a clerk counts for a unit of the salary reports: staff = its "Biên chế" / "Công chức" / "Viên chức"
 * people in post (an unfilled post counts nobody), contract = its "Hợp đồng …" rows.
 */
const payUnitExpected = (u: PayUnit, block?: string): ExpectedUnit =>
  noLeaders(
    u.name,
    sum(
      u.groups
        .filter((g) => /^(Biên chế|Công chức|Viên chức)$/.test(g.type) && !g.vacant)
        .map((g) => g.people),
    ),
    {
      contract: sum(u.groups.filter((g) => g.type.startsWith("Hợp đồng")).map((g) => g.people)),
      ...(block !== undefined ? { block } : {}),
    },
  );

const HESO_LUONG: Layout = {
  id: "salary-bao-cao-he-so-luong-co-mat",
  family: "salary-by-unit",
  title:
    "Salary software (LIFESOFT qltienluong) 'Báo cáo hệ số lương của đơn vị có mặt' for a sở: unit rows, " +
    "category rows '- Biên chế' / '- Hợp đồng Nghị định 68' / other contracts, 'Cộng', 'Cộng <phân loại>', 'Tổng cộng'",
  source:
    "lifephongphanmem/qltienluong@61ee66cf resources/views/reports/tonghopluong/khoi/BcHesoluong.blade.php, " +
    "verbatim: 'Đơn vị chủ quản:' / 'Đơn vị:' lines, title 'BÁO CÁO HỆ SỐ LƯƠNG CỦA ĐƠN VỊ CÓ MẶT ĐẾN THÁNG m/y', " +
    "3 header rows (STT, Đơn vị, 'Biên chế được giao năm …', 'Biên chế có mặt / Tổng cộng | Biên chế | Hợp đồng 68 | " +
    "Hợp đồng khác', 'Tiền lương tháng … / Tổng cộng | Hệ số lương theo ngạch bậc, chức vụ | HS lương các khoản phụ " +
    "cấp | Trong đó … | Các khoản đóng góp BHXH,YT, CĐ, thất nghiệp', 'Hệ số', 'Quỹ lương năm …'), numbering row " +
    "'A B 1 … 16', unit row = number + name merged to the last column, category rows '-' + type, 'Cộng' / " +
    "'Cộng <phân loại>' / 'Tổng cộng' merged over A:B, zeros printed or blank exactly where the view prints them, " +
    "footer incl. '((Ký tên, đóng dấu))'. The category name 'Hợp đồng Nghị định 68' is the one the view tests for; " +
    "the allowance names under 'Trong đó' are the software's short names (app/Library/tienluong-functions.php " +
    "getColPhuCap: 'Khu vực', 'Chức vụ', 'Trách nhiệm', 'Công vụ'; 'Thâm niên vượt khung' from the commented " +
    "pctnvk entry); 'Hợp đồng theo NĐ 111/2022' (counted under 'Hợp đồng khác') is adapted. Units, names and " +
    "coefficients made up; coefficient columns (decimals) and 'Quỹ lương' (= hệ số × 12 × 1,3 as the view computes " +
    "it) are not counts. No leader columns ('Chức vụ' is an allowance). Staff = 'Biên chế có mặt / Biên chế', " +
    "not 'Biên chế có mặt / Tổng cộng', which includes contracts.",
  sheets: [heSoLuongSheet()],
  reads: [
    {
      sheet: "Hệ số lương",
      kind: "units",
      units: HESO_CLASSES.flatMap((c) => c.units.map((u) => payUnitExpected(u))),
      totals: { units: 5, heads: 0, deputies: 0, staff: 115, contract: 17 },
      allowedIssues: ["no-leader-columns"],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// salary-by-unit 2: qltienluong "BẢNG TỔNG HỢP BIÊN CHẾ, HỆ SỐ TIỀN LƯƠNG VÀ PHỤ CẤP CÓ MẶT" (budget
// estimate of a huyện): TỔNG CỘNG first, section rows "I. …" with their own "Biên chế" / "Biên chế chưa
// tuyển" rows, unit rows with figures, category rows below each unit, a money column in đồng.
// ---------------------------------------------------------------------------------------------------

/** Lương cơ sở from 01/07/2024, đồng a month. */
const BASE_PAY = 2_340_000;

interface PayClassHuyen {
  numeral: string;
  name: string;
  units: PayUnit[];
}

/** One category row of the budget estimate, as dutoanluong_insolieu_huyenController computes it. */
function huyenFigures(g: PayGroup) {
  const heso = r3(g.people * g.coef);
  const position = g.position ?? 0;
  const seniority = g.seniority ?? 0;
  const duty = g.duty ?? 0;
  const publicService = r3(0.25 * (heso + position + seniority));
  const allowances = r3(position + seniority + duty + publicService);
  const unemployment = r3(0.01 * (heso + position + seniority));
  const insurance = r3(0.225 * (heso + position + seniority));
  const total = r3(heso + allowances + unemployment + insurance);
  return {
    total,
    heso,
    allowances,
    position,
    seniority,
    duty,
    publicService,
    unemployment,
    insurance,
    perPerson: r3(total / g.people),
    fund: Math.round(total * BASE_PAY * 12),
  };
}

const HUYEN_CLASSES: PayClassHuyen[] = [
  {
    numeral: "I",
    name: "Khối quản lý nhà nước",
    units: [
      {
        name: "Văn phòng HĐND và UBND huyện",
        groups: [
          { type: "Công chức", people: 14, quota: 15, coef: 3.71, position: 2.8, seniority: 0.4, duty: 0.3 },
          { type: HD111, people: 3, coef: 1.86 },
          { type: "Công chức", people: 1, coef: 2.34, vacant: true },
        ],
      },
      {
        name: "Phòng Nội vụ",
        groups: [
          { type: "Công chức", people: 6, quota: 7, coef: 3.55, position: 1.1, seniority: 0.2, duty: 0.1 },
          { type: "Công chức", people: 1, coef: 2.34, vacant: true },
        ],
      },
      {
        name: "Phòng Tài chính - Kế hoạch",
        groups: [
          { type: "Công chức", people: 8, quota: 8, coef: 3.48, position: 1.2, duty: 0.1 },
          { type: HD111, people: 1, coef: 1.86 },
        ],
      },
      {
        name: "Phòng Giáo dục và Đào tạo",
        groups: [
          { type: "Công chức", people: 9, quota: 10, coef: 3.6, position: 1.3, seniority: 0.3, duty: 0.2 },
          { type: "Công chức", people: 1, coef: 2.34, vacant: true },
        ],
      },
    ],
  },
  {
    numeral: "II",
    name: "Khối sự nghiệp",
    units: [
      {
        name: "Trung tâm Văn hóa, Thông tin và Thể thao",
        groups: [
          { type: "Viên chức", people: 11, coef: 3.05, position: 0.9 },
          { type: HD111, people: 4, coef: 1.86 },
        ],
      },
      {
        name: "Ban Quản lý dự án đầu tư xây dựng",
        groups: [
          { type: "Viên chức", people: 7, coef: 3.2, position: 0.8 },
          { type: HD111, people: 2, coef: 2.1 },
        ],
      },
    ],
  },
];

/** Sums over category rows (all, only "có mặt", only "chưa tuyển"), in the order of columns F–P. */
function huyenSums(groups: readonly PayGroup[]): number[] {
  const f = groups.map(huyenFigures);
  const s = (pick: (x: ReturnType<typeof huyenFigures>) => number) => r3(sum(f.map(pick)));
  return [
    s((x) => x.total),
    s((x) => x.heso),
    s((x) => x.allowances),
    s((x) => x.position),
    s((x) => x.seniority),
    s((x) => x.duty),
    s((x) => x.publicService),
    s((x) => x.unemployment),
    s((x) => x.insurance),
    s((x) => x.perPerson),
    sum(f.map((x) => x.fund)),
  ];
}

const people = (groups: readonly PayGroup[]) => sum(groups.map((g) => g.people));
const present = (groups: readonly PayGroup[]) => groups.filter((g) => !g.vacant);
const vacant = (groups: readonly PayGroup[]) => groups.filter((g) => g.vacant);

/** C–E ("số đối tượng") and F–P of an aggregate row, as the view prints them (zeros blank). */
function huyenAggregate(groups: readonly PayGroup[]): CellValue[] {
  return [
    blank0(people(groups)),
    blank0(people(present(groups))),
    blank0(people(vacant(groups))),
    ...huyenSums(groups).map(blank0),
  ];
}

function tongHopBienCheSheet(): LayoutSheet {
  const s = new SheetBuilder(16);
  s.merge("A1:H1", "Đơn vị: Phòng Tài chính - Kế hoạch huyện Yên Hòa")
    .merge("A2:H2", "Mã đơn vị SDNS: 1045123")
    .merge("A3:P3", "BẢNG TỔNG HỢP BIÊN CHẾ, HỆ SỐ TIỀN LƯƠNG VÀ PHỤ CẤP CÓ MẶT NĂM ĐẾN 01/07/2024")
    .merge("A4:P4", "Đơn vị tính: Đồng");
  s.merge("A6:A8", "S\nT\nT")
    .merge("B6:B8", "NÔI DUNG")
    .merge("C6:E6", "SỐ ĐỐI TƯỢNG")
    .merge("C7:C8", "BIÊN\nCHẾ\nGIAO")
    .merge("D7:D8", "BIÊN\nCHẾ\nCÓ\nMẶT")
    .merge("E7:E8", "BIÊN\nCHẾ\nĐƯỢC\nDUYỆT\nNHƯNG\nCHƯA\nTUYỂN")
    .merge("F6:N6", "HỆ SỐ TIỀN LƯƠNG, PHỤ CẤP, TRỢ CẤP")
    .merge("F7:F8", "TỔNG CỘNG")
    .merge("G7:G8", "HỆ SỐ LƯƠNG")
    .merge("H7:H8", "TỔNG HỆ\nSỐ CÁC\nKHOẢN PHỤ\nCẤP TRỢ\nCẤP")
    .merge("I7:L7", "Trong đó")
    .line(
      8,
      ["Phụ cấp chức vụ", "Phụ cấp thâm niên vượt khung", "Phụ cấp trách nhiệm", "Phụ cấp công vụ"],
      colNumber("I"),
    )
    .merge("M7:M8", "BH THẤT\nNGHIỆP")
    .merge("N7:N8", "CÁC KHOẢN\nĐÓNG GÓP\nBHXH, BHYT,\nKPCĐ")
    .merge("O6:O8", "HỆ SỐ")
    .merge("P6:P8", "QUỸ LƯƠNG CẤP NĂM 2025");
  const all = HUYEN_CLASSES.flatMap((c) => c.units.flatMap((u) => u.groups));
  let row = 9;
  s.line(row++, [null, "TỔNG CỘNG", ...huyenAggregate(all)]);
  for (const cls of HUYEN_CLASSES) {
    const groups = cls.units.flatMap((u) => u.groups);
    s.line(row++, [cls.numeral, cls.name, ...huyenAggregate(groups)]);
    // The section's own "Biên chế" and "Biên chế chưa tuyển" rows (phân loại printed in detail).
    s.line(row++, [
      null,
      "Biên chế",
      blank0(people(groups)),
      blank0(people(present(groups))),
      null,
      ...huyenSums(present(groups)).map(blank0),
    ]);
    s.line(row++, [
      null,
      "Biên chế chưa tuyển",
      null,
      null,
      blank0(people(vacant(groups))),
      ...huyenSums(vacant(groups)).map(blank0),
    ]);
    cls.units.forEach((unit, j) => {
      s.line(row++, [j + 1, unit.name, ...huyenAggregate(unit.groups)]);
      for (const g of unit.groups) {
        const f = huyenFigures(g);
        s.line(row++, [
          "-",
          g.type,
          g.vacant ? null : (g.quota ?? g.people),
          g.vacant ? null : g.people,
          g.vacant ? g.people : null,
          f.total,
          f.heso,
          f.allowances,
          blank0(f.position),
          blank0(f.seniority),
          blank0(f.duty),
          blank0(f.publicService),
          f.unemployment,
          f.insurance,
          f.perPerson,
          f.fund,
        ]);
      }
    });
  }
  row++;
  s.merge(`K${row}:P${row}`, "Yên Hòa, ngày 12 tháng 8 năm 2024")
    .merge(`K${row + 1}:P${row + 1}`, "TRƯỞNG PHÒNG")
    .merge(`K${row + 2}:P${row + 2}`, "(Ký tên, đóng dấu)")
    .merge(`K${row + 8}:P${row + 8}`, "Ngô Thị Bích Ngọc");
  return s.build("Tổng hợp biên chế");
}

const TONG_HOP_BIEN_CHE: Layout = {
  id: "salary-tong-hop-bien-che-huyen",
  family: "salary-by-unit",
  title:
    "Salary software (LIFESOFT qltienluong) budget estimate of a huyện: 'Bảng tổng hợp biên chế, hệ số tiền lương " +
    "và phụ cấp có mặt', TỔNG CỘNG first, sections, units with category rows incl. contracts and unfilled posts",
  source:
    "lifephongphanmem/qltienluong@61ee66cf resources/views/reports/dutoanluong/Huyen/tonghopbienche.blade.php " +
    "(rendered by app/Http/Controllers/dutoanluong_insolieu_huyenController.php tonghopbienche), verbatim: " +
    "'Đơn vị:' / 'Mã đơn vị SDNS:' lines, the title, 'Đơn vị tính: Đồng', header 'S/T/T', 'NÔI DUNG' (sic), " +
    "'SỐ ĐỐI TƯỢNG / BIÊN CHẾ GIAO | BIÊN CHẾ CÓ MẶT | BIÊN CHẾ ĐƯỢC DUYỆT NHƯNG CHƯA TUYỂN' (line breaks as " +
    "the view's <br>), 'HỆ SỐ TIỀN LƯƠNG, PHỤ CẤP, TRỢ CẤP / TỔNG CỘNG | HỆ SỐ LƯƠNG | TỔNG HỆ SỐ CÁC KHOẢN PHỤ " +
    "CẤP TRỢ CẤP | Trong đó … | BH THẤT NGHIỆP | CÁC KHOẢN ĐÓNG GÓP BHXH, BHYT, KPCĐ', 'HỆ SỐ', 'QUỸ LƯƠNG CẤP " +
    "NĂM …'; row order TỔNG CỘNG, section 'I' + its 'Biên chế' / 'Biên chế chưa tuyển' rows, unit rows with " +
    "figures, '-' category rows (a vacant post only in the 'chưa tuyển' column), unit-row 'BIÊN CHẾ GIAO' = " +
    "all rows' people as the view sums it, per-person 'HỆ SỐ' summed up the tree as the view does; no numbering " +
    "row. Allowance names in the style of getColPhuCap_BaoCao ('Phụ cấp chức vụ' …); categories 'Công chức', " +
    "'Viên chức' and 'Hợp đồng theo NĐ 111/2022' (what the office ticks in the software's 'mact' list) adapted. " +
    "Huyện, units, names, coefficients made up; 'QUỸ LƯƠNG CẤP NĂM 2025' is money in đồng (coefficients × " +
    "2.340.000 × 12). Staff = the unit's 'Công chức' / 'Viên chức' rows in 'BIÊN CHẾ CÓ MẶT'; the unit row's " +
    "'BIÊN CHẾ CÓ MẶT' includes its NĐ 111 contracts and 'BIÊN CHẾ GIAO' adds unfilled posts. No leader columns.",
  sheets: [tongHopBienCheSheet()],
  reads: [
    {
      sheet: "Tổng hợp biên chế",
      kind: "units",
      units: HUYEN_CLASSES.flatMap((c) => c.units.map((u) => payUnitExpected(u, c.name))),
      totals: { units: 6, heads: 0, deputies: 0, staff: 55, contract: 10 },
      allowedIssues: ["no-leader-columns"],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// btctw-leaders: Biểu số 9A / 9B - BTCTW, "Thống kê cán bộ lãnh đạo, quản lý". The real forms are
// transposed: rows are criteria (TỔNG SỐ, Nữ, age, training…), columns are kinds of post grouped by body
// or by a whole class of bodies ("Các phòng (tương đương) / Cấp trưởng | Cấp phó"). There is no unit
// column and no staff at all, so the only honest read is a refusal.
// ---------------------------------------------------------------------------------------------------

interface BtctwForm {
  sheet: string;
  /** Last column's letters (A is "Tiêu chí"). */
  last: string;
  reporter: string;
  title: string;
  form: string;
  /** Row 1–4 title blocks as the template merges them. */
  titleMerges: [string, string, string];
  /** Columns after "Tiêu chí": single columns (rowspan 2), then groups of two sub-columns. */
  singles: string[];
  groups: { name: string; sub: [string, string] }[];
  numbering: number[];
  /** TỔNG SỐ and the criteria given outright; the others are derived so every block adds up. */
  total: number[];
  women: number[];
  minority: number[];
  upTo40: number[];
  from40to50: number[];
  postgraduate: number[];
  associateProfessor: number[];
  midPolitics: number[];
  /** Footer colspans: blank cells before the date block, width of the left block, width of the right one. */
  footer: { blank: number; leftSpan: number; rightSpan: number; date: string; left: string; right: string };
}

function btctwSheet(f: BtctwForm): LayoutSheet {
  const width = colNumber(f.last);
  const s = new SheetBuilder(width);
  const [a, b, c] = f.titleMerges;
  s.merge(a, f.reporter).merge(b, f.title).merge(c, f.form);
  s.merge("A6:A7", "Tiêu chí");
  let col = 2;
  for (const name of f.singles) {
    s.merge(`${colLetters(col)}6:${colLetters(col)}7`, name);
    col++;
  }
  for (const g of f.groups) {
    s.merge(`${colLetters(col)}6:${colLetters(col + 1)}6`, g.name)
      .set(7, col, g.sub[0])
      .set(7, col + 1, g.sub[1]);
    col += 2;
  }
  s.line(8, f.numbering);
  const minus = (x: number[], ...ys: number[][]) => x.map((v, i) => v - sum(ys.map((y) => y[i] ?? 0)));
  const over50 = minus(f.total, f.upTo40, f.from40to50);
  const graduate = minus(f.total, f.postgraduate);
  const highPolitics = minus(f.total, f.midPolitics);
  if ([...over50, ...graduate, ...highPolitics].some((v) => v < 0)) throw new Error(`${f.sheet}: negative`);
  const rows: [string, number[] | null][] = [
    ["TỔNG SỐ", f.total],
    ["*Trong đó:- Nữ", f.women],
    ["- Dân tộc thiểu số", f.minority],
    ["1. Tuổi đời", null],
    ["- Từ 40 tuổi trở xuống", f.upTo40],
    ["- Từ trên 40 tuổi đến 50 tuổi", f.from40to50],
    ["- Từ trên 50 tuổi", over50],
    ["2. Trình độ chuyên môn nghiệp vụ", null],
    ["- Đại học", graduate],
    ["- Trên đại học", f.postgraduate],
    ["3. Chức danh khoa học", null],
    ["- Phó Giáo sư", f.associateProfessor],
    ["- Giáo sư", null],
    ["4. Trình độ lý luận chính trị", null],
    ["- Trung cấp", f.midPolitics],
    ["- Cao cấp, cử nhân", highPolitics],
  ];
  // Filled in by hand: zeros left blank.
  rows.forEach(([label, values], i) => s.line(9 + i, [label, ...(values ?? []).map(blank0)]));
  const end = 9 + rows.length + 1;
  const { blank, leftSpan, rightSpan } = f.footer;
  const right = `${colLetters(blank + 1)}%:${colLetters(blank + rightSpan)}%`;
  const at = (row: number) => right.replace(/%/g, String(row));
  s.merge(at(end), f.footer.date)
    .merge(`A${end + 1}:${colLetters(leftSpan)}${end + 1}`, f.footer.left)
    .merge(at(end + 1), f.footer.right)
    .merge(at(end + 5), "Hoàng Minh Tuấn");
  return s.build(f.sheet);
}

const BTCTW_SIGNER = "NGƯỜI LẬP BIỂU\n(Ký, ghi rõ họ và tên; số điện thoại di động và cố định liên hệ)";
const BTCTW_HEAD = "TRƯỞNG BAN\n(Ký, đóng dấu, ghi rõ họ và tên)";

const FORM_9B: BtctwForm = {
  sheet: "9B-BTCTW",
  last: "O",
  reporter: "HUYỆN ỦY YÊN HÒA\nBAN TỔ CHỨC",
  title: "THỐNG KÊ\nCÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP HUYỆN\nNĂM 2024",
  form: "Biểu số 9B - BTCTW\nĐvt: Người",
  titleMerges: ["A1:A4", "B1:L4", "M1:O4"],
  singles: ["Ban chấp hành", "Ban thường vụ"],
  groups: [
    { name: "Lãnh đạo cấp ủy", sub: ["Bí thư", "Phó bí thư"] },
    { name: "Lãnh đạo HĐND", sub: ["Chủ tịch", "Phó chủ tịch"] },
    { name: "Lãnh đạo UBND", sub: ["Chủ tịch", "Phó chủ tịch"] },
    { name: "Các ban, cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể CT-XH", sub: ["Cấp trưởng", "Cấp phó"] },
    { name: "Các phòng (tương đương)", sub: ["Cấp trưởng", "Cấp phó"] },
    { name: "Các đơn vị sự nghiệp công lập trực thuộc tỉnh", sub: ["Cấp trưởng", "Cấp phó"] },
  ],
  numbering: Array.from({ length: 15 }, (_, i) => i + 1),
  total: [35, 11, 1, 2, 1, 2, 1, 3, 10, 16, 12, 23, 4, 7],
  women: [6, 2, 0, 1, 0, 1, 0, 1, 3, 5, 2, 6, 1, 2],
  minority: [3, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 0, 1],
  upTo40: [5, 1, 0, 0, 0, 0, 0, 1, 1, 4, 3, 8, 1, 2],
  from40to50: [18, 5, 0, 1, 0, 1, 0, 1, 5, 8, 6, 10, 2, 3],
  postgraduate: [9, 4, 1, 1, 0, 1, 1, 1, 3, 3, 4, 5, 2, 2],
  associateProfessor: [],
  midPolitics: [3, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 9, 0, 3],
  footer: {
    blank: 10,
    leftSpan: 3,
    rightSpan: 5,
    date: "Yên Hòa, ngày 10 tháng 01 năm 2025",
    left: BTCTW_SIGNER,
    right: BTCTW_HEAD,
  },
};

const FORM_9A: BtctwForm = {
  sheet: "9A-BTCTW",
  last: "Q",
  reporter: "TỈNH ỦY BÌNH SƠN\nBAN TỔ CHỨC",
  title: "THỐNG KÊ\nCÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP TỈNH\nNĂM 2024",
  form: "Biểu số 9A - BTCTW\nĐvt: Người",
  titleMerges: ["A1:A4", "B1:M4", "N1:P4"],
  singles: ["Ban chấp hành", "Ban thường vụ"],
  groups: [
    { name: "Lãnh đạo cấp ủy", sub: ["Bí thư", "Phó bí thư"] },
    { name: "Lãnh đạo HĐND", sub: ["Chủ tịch", "Phó chủ tịch"] },
    { name: "Lãnh đạo UBND", sub: ["Chủ tịch", "Phó chủ tịch"] },
    { name: "Lãnh đạo Đoàn Đại biểu Quốc Hội", sub: ["Trưởng đoàn", "Phó Trưởng đoàn"] },
    { name: "Các ban, cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể CT-XH", sub: ["Cấp trưởng", "Cấp phó"] },
    { name: "Các sở, ngành (tương đương)", sub: ["Cấp trưởng", "Cấp phó"] },
    { name: "Các đơn vị sự nghiệp công lập trực thuộc tỉnh", sub: ["Cấp trưởng", "Cấp phó"] },
  ],
  // The template numbers its 17 columns 1 … 15, 18, 19.
  numbering: [...Array.from({ length: 15 }, (_, i) => i + 1), 18, 19],
  total: [53, 15, 1, 3, 1, 2, 1, 4, 1, 1, 12, 27, 19, 52, 9, 21],
  women: [9, 3, 0, 1, 0, 1, 0, 1, 0, 1, 3, 8, 3, 11, 2, 5],
  minority: [4, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 2, 1, 3, 0, 1],
  upTo40: [6, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 6, 1, 4],
  from40to50: [24, 6, 0, 1, 0, 1, 0, 2, 0, 1, 5, 13, 8, 25, 4, 10],
  postgraduate: [30, 11, 1, 2, 1, 1, 1, 3, 1, 1, 8, 16, 14, 33, 7, 12],
  associateProfessor: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
  midPolitics: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 1, 3],
  footer: {
    blank: 11,
    leftSpan: 11,
    rightSpan: 5,
    date: "Bình Sơn, ngày 15 tháng 01 năm 2025",
    left: BTCTW_SIGNER,
    right: BTCTW_HEAD,
  },
};

const BTCTW_SOURCE =
  "thanhvu16/quan_ly_can_bo@4b2138ba Modules/BaoCaoThongKe/Resources/views/mau-bao-cao-excel/ " +
  "(9.blade.php = Biểu số 9A, 16.blade.php = 9B, 17.blade.php = 9C), verbatim: title blocks merged over rows 1–4 " +
  "('TỈNH ỦY/HUYỆN ỦY… / BAN TỔ CHỨC' filled in, 'THỐNG KÊ / CÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP …', 'Biểu số … - BTCTW " +
  "/ Đvt: Người'), the two header rows, the numbering row, the 16 criterion rows from 'TỔNG SỐ' to 'Cao cấp, cử " +
  "nhân', the footer NGƯỜI LẬP BIỂU / TRƯỞNG BAN and their colspans. Names and numbers made up. These forms are " +
  "transposed: a row is a criterion and a column a kind of post (a column group is one body, e.g. 'Lãnh đạo " +
  "UBND', or a whole class of bodies, e.g. 'Các phòng (tương đương)'); there is no unit-name column and no staff " +
  "figure, so per-unit heads, deputies and staff cannot be read and the reader must refuse (no unit-name column). ";

const BTCTW_9B: Layout = {
  id: "btctw-9b-lanh-dao-quan-ly-cap-huyen",
  family: "btctw-leaders",
  title: "Biểu số 9B - BTCTW: Thống kê cán bộ lãnh đạo, quản lý cấp huyện (criteria × posts)",
  source:
    BTCTW_SOURCE +
    "9B copies 16.blade.php, including its group 'Các đơn vị sự nghiệp công lập trực thuộc tỉnh' on a district " +
    "form. The 'TỔNG SỐ' row holds the count of people per post, not a total row over units.",
  sheets: [btctwSheet(FORM_9B)],
  reads: [{ sheet: "9B-BTCTW", refused: { code: "no-name-column" } }],
};

const BTCTW_9A: Layout = {
  id: "btctw-9a-lanh-dao-quan-ly-cap-tinh",
  family: "btctw-leaders",
  title: "Biểu số 9A - BTCTW: Thống kê cán bộ lãnh đạo, quản lý cấp tỉnh (criteria × posts)",
  source:
    BTCTW_SOURCE +
    "9A copies 9.blade.php, including 'Lãnh đạo Đoàn Đại biểu Quốc Hội / Trưởng đoàn | Phó Trưởng đoàn', its " +
    "numbering row '1 … 15, 18, 19' (17 columns) and a title/footer one column narrower than the table.",
  sheets: [btctwSheet(FORM_9A)],
  reads: [{ sheet: "9A-BTCTW", refused: { code: "no-name-column" } }],
};

export const LAYOUTS: Layout[] = [BM01, BM02, HESO_LUONG, TONG_HOP_BIEN_CHE, BTCTW_9B, BTCTW_9A];
