/**
 * Deterministic inputs for the benchmark: person rosters as an office keeps them (title rows, a
 * header, a numbering row, varied Vietnamese titles typed in several ways, contract staff), built
 * from a seeded PRNG, as in-memory grids and as real .xlsx files. Nothing here is committed.
 */

import { stream } from "exceljs";
import type { CellValue, Grid } from "../src/core/types";

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

const AGENCIES = [
  "Sở Nội vụ",
  "Sở Tài chính",
  "Sở Xây dựng",
  "Sở Y tế",
  "Sở Giáo dục và Đào tạo",
  "Sở Nông nghiệp và Môi trường",
  "Sở Công Thương",
  "Sở Khoa học và Công nghệ",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Tư pháp",
  "Văn phòng UBND tỉnh",
  "Thanh tra tỉnh",
  "Ban Tổ chức Tỉnh ủy",
  "Văn phòng Tỉnh ủy",
  "Ban Tuyên giáo và Dân vận",
  "Ủy ban Kiểm tra Tỉnh ủy",
  "Sở Dân tộc và Tôn giáo",
  "Sở Ngoại vụ",
  "Đảng ủy các cơ quan Đảng",
  "Sở Giao thông vận tải",
];

const DEPARTMENTS = [
  "Phòng Tổ chức - Hành chính",
  "Phòng Kế hoạch - Tài chính",
  "Phòng Thanh tra - Pháp chế",
  "Phòng Tổng hợp",
  "Phòng Nghiệp vụ 1",
  "Phòng Nghiệp vụ 2",
  "Phòng Quản lý chuyên ngành",
  "Chi cục Quản lý chất lượng",
  "Trung tâm Công nghệ thông tin",
  "Văn phòng",
];

/** Titles as they are typed, with the role a correct reader gives them. */
const HEAD_TITLES = [
  "Trưởng phòng",
  "TRƯỞNG PHÒNG",
  "Trưởng phòng".normalize("NFD"),
  "Q. Trưởng phòng",
  "Chánh Văn phòng",
  "Giám đốc",
  "Chi cục trưởng",
  "Trưởng phòng kiêm Phó Chánh Văn phòng",
  "TP",
];
const DEPUTY_TITLES = [
  "Phó Trưởng phòng",
  "Phó trưởng phòng",
  "PHÓ TRƯỞNG PHÒNG",
  "Phó trưởng phòng".normalize("NFD"),
  "PTP",
  "Pho truong phong",
  "Phó Chánh Văn phòng",
  "Phó Giám đốc",
  "Phó Chi cục trưởng",
  "P. Trưởng phòng",
];
const SPECIALIST_TITLES = [
  "Chuyên viên",
  "Chuyên viên chính",
  "Chuyên viên cao cấp",
  "chuyên viên",
  "Chuyên viên".normalize("NFD"),
  "Cán sự",
  "Nhân viên",
  "Văn thư",
  "Kế toán viên",
  "Thanh tra viên",
  "Thanh tra viên chính",
  "Lưu trữ viên",
  "CV",
  "Chuyên viên (biệt phái)",
  "Kiểm soát viên",
];
const CONTRACT_TITLES = ["Nhân viên hợp đồng", "Lái xe (HĐ 111)", "Bảo vệ - HĐ68", "Tạp vụ"];

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức", "Thu", "Xuân"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương"];

export type Role = "head" | "deputy" | "specialist" | "contract";

export interface Person {
  name: string;
  title: string;
  unit: string;
  /** "Biên chế" or a contract kind: the "Loại cán bộ" column. */
  employment: string;
  role: Role;
}

export interface Roster {
  people: Person[];
  units: string[];
}

/** `count` unit names: 20 agencies × 10 departments, then again with " (2)", " (3)"... */
export function unitNames(count = 200): string[] {
  const base: string[] = [];
  for (const agency of AGENCIES) for (const dept of DEPARTMENTS) base.push(`${dept} - ${agency}`);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / base.length);
    names.push(`${base[i % base.length] as string}${round > 0 ? ` (${round + 1})` : ""}`);
  }
  return names;
}

/**
 * A roster of `people` persons spread over the units (sizes vary 1:3), grouped by unit as offices
 * list them: 1 head, 1-4 deputies, specialists, about 5% contract staff. `merged` folds every
 * tenth unit into the one before it (an "after" roster); `seed` changes who is where.
 */
export function roster(
  people: number,
  seed: number,
  opts: { merged?: boolean; units?: number } = {},
): Roster {
  const rnd = prng(seed);
  let units = unitNames(opts.units ?? 200);
  if (opts.merged) units = units.filter((_, i) => i % 10 !== 9);
  const weights = units.map(() => 1 + 2 * rnd());
  const total = weights.reduce((s, w) => s + w, 0);
  const sizes = weights.map((w) => Math.max(6, Math.floor((w / total) * people)));
  let rest = people - sizes.reduce((s, n) => s + n, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % sizes.length) {
    const step = rest > 0 ? 1 : -1;
    if ((sizes[i] as number) + step >= 6) {
      sizes[i] = (sizes[i] as number) + step;
      rest -= step;
    }
  }
  const list: Person[] = [];
  units.forEach((unit, u) => {
    const size = sizes[u] as number;
    const deputies = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < size; k++) {
      let role: Role;
      if (k === 0) role = "head";
      else if (k <= deputies) role = "deputy";
      else role = rnd() < 0.05 ? "contract" : "specialist";
      const title =
        role === "head"
          ? pick(rnd, HEAD_TITLES)
          : role === "deputy"
            ? pick(rnd, DEPUTY_TITLES)
            : role === "contract"
              ? pick(rnd, CONTRACT_TITLES)
              : pick(rnd, SPECIALIST_TITLES);
      list.push({
        name: `${pick(rnd, FAMILY)} ${pick(rnd, MIDDLE)} ${pick(rnd, GIVEN)}`,
        title,
        unit: rnd() < 0.02 ? `  ${unit.toUpperCase()} ` : unit,
        employment:
          role === "contract" ? pick(rnd, ["Hợp đồng 111", "HĐ68", "Hợp đồng lao động"]) : "Biên chế",
        role,
      });
    }
  });
  return { people: list, units };
}

export const HEADER = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Loại cán bộ", "Ghi chú"];
const TITLE = "DANH SÁCH CÁN BỘ, CÔNG CHỨC, NGƯỜI LAO ĐỘNG";
const SUBTITLE = "(Có mặt đến ngày 31/12/2025)";

/** The roster's rows from row 1: title, subtitle, blank, header, numbering row, people. */
export function rosterRows(r: Roster): CellValue[][] {
  const rows: CellValue[][] = [[TITLE], [SUBTITLE], [], HEADER, HEADER.map((_, i) => `(${i + 1})`)];
  r.people.forEach((p, i) => rows.push([i + 1, p.name, p.title, p.unit, p.employment, null]));
  return rows;
}

/** The roster as the grid an .xlsx of it opens to. */
export function rosterGrid(r: Roster, sheet = "Danh sách"): Grid {
  return {
    sheet,
    origin: { row: 1, col: 1 },
    cells: rosterRows(r),
    merges: [
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 2, left: 1, bottom: 2, right: 6 },
    ],
  };
}

/** Writes the roster as a real .xlsx (shared strings and styles, as Excel saves it). */
export async function writeRosterXlsx(r: Roster, file: string, sheet = "Danh sách"): Promise<void> {
  const wb = new stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(sheet);
  ws.columns = [6, 28, 30, 48, 16, 12].map((width) => ({ width }));
  const bold = { name: "Times New Roman", size: 13, bold: true };
  const rows = rosterRows(r);
  ws.mergeCells(1, 1, 1, 6);
  ws.mergeCells(2, 1, 2, 6);
  rows.forEach((values, i) => {
    const row = ws.addRow(values.map((v) => (v === undefined ? null : v)));
    if (i < 5) row.font = bold;
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

/**
 * A units table ("Biểu 01") of `count` units: STT, name, heads, deputies, specialists, staff,
 * quota; with the title, header and numbering rows and a "Tổng cộng" row.
 */
export function unitTableRows(count: number, seed: number): unknown[][] {
  const rnd = prng(seed);
  const names = unitNames(count);
  const rows: unknown[][] = [
    ["BẢNG TỔNG HỢP SỐ LƯỢNG LÃNH ĐẠO, BIÊN CHẾ"],
    [],
    ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Biên chế", "Được giao"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
  ];
  const sums = [0, 0, 0, 0, 0];
  for (let i = 0; i < count; i++) {
    const heads = 1;
    const deputies = Math.floor(rnd() * 5);
    const specialists = Math.floor(rnd() * 25);
    const staff = heads + deputies + specialists;
    const quota = staff + Math.floor(rnd() * 3);
    const name = names[i] as string;
    rows.push([i + 1, name, heads, deputies, specialists, staff, quota]);
    [heads, deputies, specialists, staff, quota].forEach((v, j) => (sums[j] = (sums[j] as number) + v));
  }
  rows.push(["", "Tổng cộng", ...sums]);
  return rows;
}
