/**
 * Person rosters (one row per person): the Mẫu 03 list of TT 09/2004/TT-BNV as a provincial salary
 * package prints it, salary-software staff lists of one unit ("Đơn vị: …" above the header), and
 * HR-software exports with one header row. Header wording and shape are taken from public code (see
 * each layout's `source`); every name and number is made up. Each roster is generated from a list of
 * people whose role (head, deputy, staff, contract) is given here by hand, and the expected figures
 * are counted from that same list below, never by the engine.
 */
import type { CellValue } from "../../../src/core/types";
import { cellRef, NAMES_SHORT, nameOf, pad2, pick, ROMAN, SheetBuilder } from "./build";
import { dauMoi, type ExpectedTotals, type ExpectedUnit, type Layout, type LayoutSheet } from "./types";

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

type Role = "head" | "deputy" | "staff" | "contract";

/** One post as the list writes it, and how a careful clerk counts it. */
interface Post {
  title: string;
  role: Role;
}

const H = (title: string): Post => ({ title, role: "head" });
const D = (title: string): Post => ({ title, role: "deputy" });
const S = (title: string): Post => ({ title, role: "staff" });
const C = (title: string): Post => ({ title, role: "contract" });
const times = (n: number, post: Post): Post[] => Array.from({ length: n }, () => post);

interface UnitSpec {
  unit: string;
  /** The organisation block (parent body) the unit sits in, where the sheet tells it. */
  block?: string;
  posts: Post[];
}

interface Person extends Post {
  /** A number unique in the layout, driving every made-up attribute. */
  k: number;
  name: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
  unit: string;
  block?: string;
}

function makePerson(k: number, post: Post, unit: UnitSpec): Person {
  const female = (k * 3 + 1) % 5 < 2;
  const name = nameOf(k, female, NAMES_SHORT);
  const leader = post.role === "head" || post.role === "deputy";
  const birth = {
    d: 1 + ((k * 13) % 28),
    m: 1 + ((k * 7) % 12),
    y: leader ? 1967 + ((k * 5) % 15) : 1972 + ((k * 3) % 27),
  };
  return { ...post, k, name, female, birth, unit: unit.unit, ...(unit.block ? { block: unit.block } : {}) };
}

/** Everyone of the units, in the units' order, numbered from `seed`. */
function staffList(units: UnitSpec[], seed: number): Person[] {
  let k = seed;
  return units.flatMap((u) => u.posts.map((p) => makePerson(k++, p, u)));
}

const dmy = (b: { d: number; m: number; y: number }): string => `${pad2(b.d)}/${pad2(b.m)}/${b.y}`;

/** Vietnamese grouping: 11653200 → "11.653.200"; 0 → "" as the salary package prints it. */
function money(n: number): string {
  const v = Math.round(n);
  if (v === 0) return "";
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Vietnamese decimals with trailing zeros trimmed: 4.98 → "4,98", 0.3 → "0,3", 0 → "". */
function decimal(n: number, places = 3): string {
  if (n === 0) return "";
  return n
    .toFixed(places)
    .replace(/\.?0+$/, "")
    .replace(".", ",");
}

// ---------------------------------------------------------------------------------------------
// Expected figures, counted from the generated people
// ---------------------------------------------------------------------------------------------

interface Expectation {
  units: ExpectedUnit[];
  totals: ExpectedTotals;
}

/**
 * Units in order of first appearance in the list as printed, with heads, deputies and staff
 * (contract staff apart). `withContract` adds the contract fields; `withBlock` the blocks.
 */
function tally(
  people: readonly Pick<Person, "unit" | "block" | "role">[],
  opts: { withContract?: boolean; withBlock?: boolean } = {},
): Expectation {
  const byKey = new Map<string, ExpectedUnit>();
  for (const p of people) {
    const key = `${p.block ?? ""}\u0000${p.unit}`;
    let u = byKey.get(key);
    if (!u) {
      u = { name: p.unit, heads: 0, deputies: 0, staff: 0 };
      if (opts.withBlock) u.block = p.block ?? "";
      if (opts.withContract) u.contract = 0;
      byKey.set(key, u);
    }
    if (p.role === "contract") {
      if (!opts.withContract) throw new Error("contract staff in a layout that does not count them");
      u.contract = (u.contract ?? 0) + 1;
      continue;
    }
    u.staff++;
    if (p.role === "head") u.heads++;
    if (p.role === "deputy") u.deputies++;
  }
  const units = [...byKey.values()];
  const totals: ExpectedTotals = {
    units: dauMoi(units),
    heads: units.reduce((s, u) => s + u.heads, 0),
    deputies: units.reduce((s, u) => s + u.deputies, 0),
    staff: units.reduce((s, u) => s + u.staff, 0),
  };
  if (opts.withContract) totals.contract = units.reduce((s, u) => s + (u.contract ?? 0), 0);
  return { units, totals };
}

// ---------------------------------------------------------------------------------------------
// Mẫu số 03 (TT 09/2004/TT-BNV): "Báo cáo danh sách công chức theo hệ thống tổ chức"
// ---------------------------------------------------------------------------------------------

const MAU03_SOURCE =
  "github.com/lifephongphanmem/qltienluong (a provincial 'quản lý tiền lương' package), " +
  "resources/views/reports/mauchuan/BcDSCC.blade.php and resources/views/reports/mauchuan_caphuyen/BcDSCC.blade.php; " +
  "mark values from app/Http/Controllers/baocaotonghopController.php (getChuyenMon, getChinhTri, getTinHoc, getNgoaiNgu). ";

/** Degree columns J..W of the form, as indexes 0..13, and the party/women/minority marks. */
interface Mau03Marks {
  chuyenMon: number; // 0..5: Tiến sĩ, Thạc sĩ, Đại học, Cao đẳng, Trung học, Còn lại
  chinhTri: number; // 0 Cao cấp, 1 Trung cấp
  tinHoc: number; // 0 Đại học, 1 Chứng chỉ
  ngoaiNgu: number; // 0 Anh văn ĐH, 1 Anh văn CC, 2 khác ĐH, 3 khác CC
  dangVien: boolean;
  female: boolean;
  danToc: boolean;
}

function mau03Marks(p: Person): Mau03Marks {
  const leader = p.role === "head" || p.role === "deputy";
  return {
    chuyenMon: leader ? (p.k % 3 === 0 ? 1 : 2) : pick([2, 2, 2, 1, 3, 4], p.k),
    chinhTri: leader || p.k % 7 === 0 ? 0 : 1,
    tinHoc: p.k % 4 === 0 ? 0 : 1,
    ngoaiNgu: pick([1, 1, 0, 3, 1, 2], p.k),
    dangVien: leader || p.k % 3 !== 0,
    female: p.female,
    danToc: p.k % 9 === 4,
  };
}

/** Columns J..AB (10..28) of one person: 19 mark cells, `mark(c)` writing a "yes" for column c. */
function mau03MarkRow(m: Mau03Marks, mark: (c: number) => CellValue, no: CellValue): CellValue[] {
  const out: CellValue[] = Array.from({ length: 19 }, () => no);
  out[m.chuyenMon] = mark(10 + m.chuyenMon);
  out[6 + m.chinhTri] = mark(16 + m.chinhTri);
  out[8 + m.tinHoc] = mark(18 + m.tinHoc);
  out[10 + m.ngoaiNgu] = mark(20 + m.ngoaiNgu);
  if (m.dangVien) out[16] = mark(26);
  if (m.female) out[17] = mark(27);
  if (m.danToc) out[18] = mark(28);
  return out;
}

/** The four header rows of Mẫu 03 at row `h` and the numbering row 1..28 under them. */
function mau03Header(b: SheetBuilder, h: number): void {
  const tall: [number, string][] = [
    [1, "STT"],
    [2, "Họ và tên"],
    [3, "Ngày sinh"],
    [4, "Quê quán"],
    [5, "Chức vụ"],
    [6, "Đơn vị công tác"],
    [26, "Đảng viên"],
    [27, "Phụ nữ"],
    [28, "Dân tộc ít người"],
  ];
  for (const [c, text] of tall) b.merge(h, c, h + 3, c, text);
  b.merge(h, 7, h + 1, 9, "Ngạch, bậc lương hiện hưởng");
  b.merge(h, 10, h, 23, "Trình độ đào tạo");
  b.merge(h, 24, h + 1, 25, "Chức danh khoa học");
  b.merge(h + 1, 10, h + 1, 15, "Chuyên môn");
  b.merge(h + 1, 16, h + 1, 17, "Chính trị");
  b.merge(h + 1, 18, h + 1, 19, "Tin học");
  b.merge(h + 1, 20, h + 1, 23, "Ngoại ngữ");
  const third: [number, string][] = [
    [7, "Mã ngạch"],
    [8, "Hệ số lương"],
    [9, "Thời gian hưởng"],
    [10, "Tiến sĩ"],
    [11, "Thạc sĩ"],
    [12, "Đại học"],
    [13, "Cao đẳng"],
    [14, "Trung học"],
    [15, "Còn lại"],
    [16, "Cao cấp"],
    [17, "Trung cấp"],
    [18, "Đại học"],
    [19, "Chứng chỉ"],
    [24, "Giáo sư"],
    [25, "Phó giáo sư"],
  ];
  for (const [c, text] of third) b.merge(h + 2, c, h + 3, c, text);
  b.merge(h + 2, 20, h + 2, 21, "Anh văn");
  b.merge(h + 2, 22, h + 2, 23, "Ngoại ngữ khác");
  b.line(h + 3, ["Đại học", "Chứng chỉ", "Đại học", "Chứng chỉ"], 20);
  b.line(
    h + 4,
    Array.from({ length: 28 }, (_, i) => i + 1),
    1,
  );
}

const QUE_XA = [
  "Tân Lập",
  "Hòa Bình",
  "Phú Lộc",
  "Đông Sơn",
  "Cát Tiên",
  "Yên Hòa",
  "Thạch Bàn",
  "Quảng Phú",
];
const QUE_HUYEN = ["Sông Trà", "Đồng Tâm", "Bến Hải", "Lạc Dương", "Kỳ Anh", "Đức Phổ"];

/** Columns B..I of a Mẫu 03 row: name, birth, home town, title, unit of work, ngạch, coefficient, since. */
function mau03Identity(p: Person, province: string, unitCell: CellValue): CellValue[] {
  const leader = p.role === "head" || p.role === "deputy";
  let ngach = leader || /chính/.test(p.title) ? "01.002" : "01.003";
  if (/Kế toán/i.test(p.title)) ngach = "06.031";
  else if (/Văn thư/i.test(p.title)) ngach = "02.007";
  else if (/Lưu trữ/i.test(p.title)) ngach = "02.015";
  const senior = leader || /chính/.test(p.title);
  const heSo = senior ? pick([4.4, 4.74, 5.08, 5.42], p.k) : pick([2.34, 2.67, 3.0, 3.33, 3.66, 3.99], p.k);
  return [
    p.name,
    dmy(p.birth),
    `${pick(QUE_XA, p.k)}-${pick(QUE_HUYEN, p.k * 3)}-${province}`,
    p.title === "" ? null : p.title,
    unitCell,
    ngach,
    heSo,
    `01/${pad2(1 + (p.k % 12))}/${2021 + (p.k % 4)}`,
  ];
}

/** The "Tổng cộng" row merged over A..I, with the sums of the mark columns J..AB, and the footer. */
function mau03TotalAndFooter(b: SheetBuilder, r: number, sums: number[], signer: string): void {
  b.merge(r, 1, r, 9, "Tổng cộng");
  b.line(r, sums, 10);
  b.merge(r + 2, 20, r + 2, 28, "........,Ngày......tháng.......năm..........");
  b.merge(r + 3, 2, r + 3, 5, "Người lập bảng");
  b.merge(r + 3, 20, r + 3, 28, "Thủ trưởng đơn vị");
  b.merge(r + 4, 2, r + 4, 5, "(Ghi rõ họ tên)");
  b.merge(r + 4, 20, r + 4, 28, "((Ký tên, đóng dấu))");
  b.blank(r + 7);
  b.merge(r + 8, 2, r + 8, 5, "Đinh Thị Hồng Nhung");
  b.merge(r + 8, 20, r + 8, 28, signer);
}

/** Adds one person's mark row to the column sums (a mark is anything but empty and 0). */
function addMarks(sums: number[], row: CellValue[]): void {
  row.forEach((v, i) => {
    if (v !== null && v !== 0) sums[i] = (sums[i] ?? 0) + 1;
  });
}

const M1_UNITS: UnitSpec[] = [
  {
    unit: "Văn phòng Sở",
    posts: [
      H("Chánh Văn phòng"),
      ...times(2, D("Phó Chánh Văn phòng")),
      ...times(2, S("Chuyên viên")),
      S("Kế toán"),
      S("Văn thư"),
    ],
  },
  {
    unit: "Phòng Lao động, tiền lương và bảo hiểm xã hội",
    posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(2, S("Chuyên viên"))],
  },
  {
    unit: "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
    posts: [
      H("Trưởng phòng"),
      ...times(2, D("Phó Trưởng phòng")),
      S("Chuyên viên chính"),
      ...times(2, S("Chuyên viên")),
    ],
  },
  {
    unit: "Phòng Công chức, viên chức",
    posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(3, S("Chuyên viên")), S("")],
  },
  {
    unit: "Phòng Xây dựng chính quyền và công tác thanh niên",
    posts: [D("Phó Trưởng phòng phụ trách"), D("Phó Trưởng phòng"), ...times(2, S("Chuyên viên")), S("")],
  },
  {
    unit: "Ban Thi đua - Khen thưởng",
    posts: [H("Trưởng ban"), ...times(2, D("Phó Trưởng ban")), ...times(3, S("Chuyên viên"))],
  },
  {
    unit: "Chi cục Văn thư - Lưu trữ",
    posts: [H("Chi cục trưởng"), D("Phó Chi cục trưởng"), ...times(2, S("Lưu trữ viên")), S("Chuyên viên")],
  },
];

/** Mẫu 03 as the province's package prints it for one body: the unit is the "Đơn vị công tác" column. */
function mau03Department(): Layout {
  const sheet = "Mẫu 03";
  const people = staffList(M1_UNITS, 100);
  const b = new SheetBuilder();
  b.merge(1, 1, 1, 8, "Đơn vị chủ quản: UBND tỉnh Sơn Lâm");
  b.merge(1, 24, 1, 28, "Mẫu số 03");
  b.merge(2, 1, 2, 8, "Đơn vị: Sở Nội vụ tỉnh Sơn Lâm");
  b.merge(2, 18, 2, 28, "(Ban hành kèm theo Thông tư số 09/2004/TT-BNV ngày 19/02/2004 của Bộ Nội vụ)");
  b.blank(3);
  b.merge(4, 1, 4, 28, "BÁO CÁO DANH SÁCH CÔNG CHỨC THEO HỆ THỐNG TỔ CHỨC");
  b.merge(5, 1, 5, 28, "Ngày báo cáo 01/11/2026");
  b.blank(6);
  mau03Header(b, 7);
  // Hand-finished copy: the clerk retyped the package's 1/0 as marks, a different one per group.
  const markOf = (c: number): CellValue => {
    if (c >= 16 && c <= 17) return "X";
    if (c === 26) return "✓";
    if (c === 28) return 1;
    return "x";
  };
  const sums = Array.from({ length: 19 }, () => 0);
  let r = 12;
  people.forEach((p, i) => {
    const marks = mau03MarkRow(mau03Marks(p), markOf, null);
    addMarks(sums, marks);
    b.line(r++, [i + 1, ...mau03Identity(p, "Sơn Lâm", p.unit), ...marks]);
  });
  mau03TotalAndFooter(b, r, sums, "Lê Quang Vinh");
  const want = tally(people);
  return {
    id: "mau03-danh-sach-cong-chuc-so",
    family: "mau-03-roster",
    title:
      "Mẫu số 03 (TT 09/2004/TT-BNV) 'Báo cáo danh sách công chức theo hệ thống tổ chức' of a Sở, " +
      "printed by the salary package and finished by hand (marks x, X, ✓, 1)",
    source:
      MAU03_SOURCE +
      "Verbatim: the two header lines ('Đơn vị chủ quản: …', 'Mẫu số 03', 'Đơn vị: …', '(Ban hành kèm theo " +
      "Thông tư số 09/2004/TT-BNV ngày 19/02/2004 của Bộ Nội vụ)'), the title, 'Ngày báo cáo', the four header " +
      "rows with their merges (STT … Đơn vị công tác, 'Ngạch, bậc lương hiện hưởng', 'Trình độ đào tạo' over " +
      "Chuyên môn / Chính trị / Tin học / Ngoại ngữ (Anh văn, Ngoại ngữ khác), 'Chức danh khoa học' over Giáo sư / " +
      "Phó giáo sư, Đảng viên, Phụ nữ, Dân tộc ít người), the numbering row 1..28, the 'Tổng cộng' row merged " +
      "over nine columns with the column sums, and the footer (Người lập bảng / Thủ trưởng đơn vị, '((Ký tên, " +
      "đóng dấu))'). Adapted: the package prints 1/0 in the mark columns; here they are retyped as x, X, ✓ and 1 " +
      "as offices do, and two specialists have no Chức vụ. Names, units and numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "roster", ...want, allowedIssues: ["empty-title"] }],
  };
}

const M2_BLOCKS: { name: string; units: UnitSpec[] }[] = [
  {
    name: "Khối cơ quan Sở",
    units: [
      {
        unit: "Văn phòng Sở",
        posts: [
          H("Chánh Văn phòng"),
          ...times(2, D("Phó Chánh Văn phòng")),
          ...times(3, S("Chuyên viên")),
          S("Kế toán"),
        ],
      },
      {
        unit: "Phòng Kế hoạch - Tài chính",
        posts: [H("Trưởng phòng"), ...times(2, D("Phó Trưởng phòng")), ...times(3, S("Chuyên viên"))],
      },
      {
        unit: "Phòng Quản lý xây dựng",
        posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(4, S("Chuyên viên"))],
      },
      {
        unit: "Phòng Phát triển đô thị",
        posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(2, S("Chuyên viên"))],
      },
    ],
  },
  {
    name: "Khối chi cục",
    units: [
      {
        unit: "Chi cục Giám định xây dựng",
        posts: [H("Chi cục trưởng"), ...times(2, D("Phó Chi cục trưởng")), ...times(4, S("Chuyên viên"))],
      },
      {
        unit: "Chi cục Quản lý đường bộ",
        posts: [H("Chi cục trưởng"), D("Phó Chi cục trưởng"), ...times(3, S("Chuyên viên")), S("Kế toán")],
      },
    ],
  },
];

/**
 * Mẫu 03 as the package prints it at its aggregating level ("Khối; Sở, ban ngành"): "Khối … ( N đơn
 * vị)" rows, numbered unit rows merged across the sheet, people under them with an empty "Đơn vị
 * công tác", 1/0 in every mark cell.
 */
function mau03Grouped(): Layout {
  const sheet = "BcDSCC";
  const b = new SheetBuilder();
  b.merge(1, 1, 1, 8, "Đơn vị chủ quản: UBND tỉnh Sơn Lâm");
  b.merge(1, 24, 1, 28, "Mẫu số 03");
  b.merge(2, 1, 2, 8, "Đơn vị: Sở Xây dựng tỉnh Sơn Lâm");
  b.merge(2, 18, 2, 28, "(Ban hành kèm theo Thông tư số 09/2004/TT-BNV ngày 19/02/2004 của Bộ Nội vụ)");
  b.blank(3);
  b.merge(4, 1, 4, 28, "BÁO CÁO DANH SÁCH CÔNG CHỨC THEO HỆ THỐNG TỔ CHỨC");
  b.merge(5, 1, 5, 28, "Ngày báo cáo 30/09/2026");
  b.blank(6);
  mau03Header(b, 7);
  const sums = Array.from({ length: 19 }, () => 0);
  const everyone: Person[] = [];
  let r = 12;
  let k = 300;
  for (const block of M2_BLOCKS) {
    b.set(r, 1, null);
    b.merge(r, 2, r, 28, `${block.name} ( ${block.units.length} đơn vị)`);
    r++;
    block.units.forEach((u, i) => {
      b.set(r, 1, i + 1);
      b.merge(r, 2, r, 28, u.unit);
      r++;
      u.posts.forEach((post, j) => {
        const p = makePerson(k++, post, u);
        everyone.push(p);
        const marks = mau03MarkRow(mau03Marks(p), () => 1, 0);
        addMarks(sums, marks);
        b.line(r++, [j + 1, ...mau03Identity(p, "Sơn Lâm", null), ...marks]);
      });
    });
  }
  mau03TotalAndFooter(b, r, sums, "Phạm Văn Thắng");
  const want = tally(everyone);
  return {
    id: "mau03-danh-sach-cong-chuc-theo-khoi",
    family: "mau-03-roster",
    title:
      "Mẫu số 03 (TT 09/2004/TT-BNV) 'Báo cáo danh sách công chức theo hệ thống tổ chức' of a Sở over its " +
      "units, grouped by 'Khối … ( N đơn vị)' rows and numbered unit rows, as the salary package prints it",
    source:
      MAU03_SOURCE +
      "Verbatim from the aggregating view (mauchuan_caphuyen, the package's level whose scope is named 'Khối; " +
      "Sở, ban ngành' in app/Library/tienluong-functions.php): header lines, title, the four header rows and " +
      "numbering row 1..28, the block rows '{tên khối} ( N đơn vị)' merged over columns B..AB (a stated count " +
      "of units), the numbered unit rows merged likewise, the person rows numbered from 1 in each unit with " +
      "'Đơn vị công tác' left empty (the package prints the person's phòng ban there, none for these units), " +
      "the 1/0 values the controller writes in every mark column and the literal 0 in Giáo sư / Phó giáo sư, " +
      "the 'Tổng cộng' row and the footer. Adapted: a Sở's units instead of a district's (districts and their " +
      "phòng were abolished on 1/7/2025 and have no deputy-cap rule at the corpus date). Khối names, units, " +
      "people and numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "roster", ...want }],
  };
}

// ---------------------------------------------------------------------------------------------
// Salary-software staff lists of one unit ("Đơn vị: …" above the header)
// ---------------------------------------------------------------------------------------------

const QLTL = "github.com/lifephongphanmem/qltienluong";

/** The salary coefficient a made-up person is paid at, by role and title. */
function heSoLuong(p: Person): number {
  if (p.role === "head") return pick([5.08, 5.42, 4.74], p.k);
  if (p.role === "deputy") return pick([4.4, 4.74, 4.06], p.k);
  if (p.role === "contract") return /Lái xe/i.test(p.title) ? 2.05 : pick([1.5, 1.68, 1.86], p.k);
  return pick([2.34, 2.67, 3.0, 3.33, 3.66, 3.99, 4.32], p.k);
}

/**
 * "Danh sách thông tin lương và phụ cấp của các cán bộ đang công tác": one unit, named only by the
 * "Đơn vị: …" line; Phân loại công tác says who is on contract; allowances under "Hệ số phụ cấp".
 */
function salaryStaffList(): Layout {
  const sheet = "DS can bo";
  const unit = "Văn phòng HĐND và UBND huyện Đồng Tâm";
  const spec: UnitSpec = {
    unit,
    posts: [
      H("Chánh Văn phòng"),
      ...times(3, D("Phó Chánh Văn phòng")),
      ...times(8, S("Chuyên viên")),
      S("Phụ trách kế toán"),
      S("Văn thư"),
      S("Thủ quỹ"),
      S("Chuyên viên"),
      ...times(2, C("Lái xe")),
      C("Bảo vệ"),
      C("Phục vụ"),
    ],
  };
  const people = staffList([spec], 500);
  const b = new SheetBuilder();
  b.blank(1);
  b.set(2, 1, `Đơn vị: ${unit}`);
  b.set(3, 1, "Mã đơn vị SDNS: 1035872");
  b.merge(
    4,
    1,
    4,
    10,
    "DANH SÁCH THÔNG TIN LƯƠNG VÀ PHỤ CẤP CỦA CÁC CÁN BỘ ĐANG CÔNG TÁC TÍNH ĐẾN NGÀY 01/10/2022",
  );
  b.blank(5);
  const tall = ["STT", "Họ và tên", "Chức vụ", "Phân loại công tác", "Mã ngạch bậc", "Hệ số lương"];
  tall.forEach((text, i) => b.merge(6, i + 1, 7, i + 1, text));
  b.merge(6, 7, 6, 10, "Hệ số phụ cấp");
  b.line(7, ["Chức vụ", "Thâm niên vượt khung", "Khu vực", "Trách nhiệm"], 7);
  b.line(
    8,
    Array.from({ length: 10 }, (_, i) => i + 1),
    1,
  );
  let r = 9;
  people.forEach((p, i) => {
    const contract = p.role === "contract";
    let ngach = p.role === "staff" ? "01.003" : "01.002";
    if (/kế toán/i.test(p.title)) ngach = "06.032";
    else if (/Văn thư/.test(p.title)) ngach = "02.008";
    else if (/Thủ quỹ/.test(p.title)) ngach = "01.004";
    else if (/Lái xe/.test(p.title)) ngach = "01.010";
    else if (/Bảo vệ/.test(p.title)) ngach = "01.011";
    else if (/Phục vụ/.test(p.title)) ngach = "01.009";
    const chucVu = p.role === "head" ? 0.4 : p.role === "deputy" ? 0.3 : null;
    const vuotKhung = p.role === "staff" && p.k % 5 === 0 ? 0.25 : null;
    const trachNhiem = /kế toán/i.test(p.title) ? 0.2 : /Thủ quỹ/.test(p.title) ? 0.1 : null;
    b.line(r++, [
      i + 1,
      p.name,
      p.title,
      contract ? "Hợp đồng 68" : "Công chức",
      ngach,
      heSoLuong(p),
      chucVu,
      vuotKhung,
      0.2,
      trachNhiem,
    ]);
  });
  const head = people.find((p) => p.role === "head");
  r++;
  b.merge(r, 2, r, 3, "Người lập bảng");
  b.merge(r, 7, r, 10, "CHÁNH VĂN PHÒNG");
  b.merge(r + 1, 2, r + 1, 3, "(Ghi rõ họ tên)");
  b.merge(r + 1, 7, r + 1, 10, "(Ký tên, đóng dấu)");
  b.blank(r + 4);
  b.merge(r + 5, 2, r + 5, 3, "Lê Thị Thu Hà");
  b.merge(r + 5, 7, r + 5, 10, head?.name ?? "");
  const want = tally(people, { withContract: true });
  return {
    id: "luong-danh-sach-can-bo-don-vi",
    family: "salary-unit-list",
    title:
      "Salary package's list of the staff of one unit with their pay coefficients and allowances " +
      "(contract staff marked 'Hợp đồng 68' in Phân loại công tác)",
    source:
      `${QLTL}: resources/views/reports/donvi/danhsachcanbo.blade.php (the 'Đơn vị: …' and 'Mã đơn vị SDNS: …' ` +
      "lines, the title 'DANH SÁCH THÔNG TIN LƯƠNG VÀ PHỤ CẤP CỦA CÁC CÁN BỘ ĐANG CÔNG TÁC TÍNH ĐẾN NGÀY …', " +
      "the numbering row and the footer Người lập bảng / {chức danh lãnh đạo} / (Ghi rõ họ tên) / (Ký tên, đóng " +
      "dấu) / names, verbatim), resources/views/manage/hosocanbo/excel/danhsach.blade.php (columns STT, Họ và " +
      "tên, Chức vụ, Phân loại công tác, Mã ngạch bậc, then one column per allowance, verbatim) and " +
      "database/dmphucap.sql (the allowance labels 'Hệ số lương', 'Chức vụ', 'Thâm niên vượt khung', 'Khu " +
      "vực', 'Trách nhiệm', verbatim from its `form` column). Adapted: the allowance columns are put under a " +
      "merged 'Hệ số phụ cấp' (two header rows) as the package's own C02 payroll does ('HỆ SỐ' / 'PHỤ CẤP' / " +
      "'Chức vụ'); the contract class is named 'Hợp đồng 68' (the package lets each unit name its Phân loại " +
      "công tác and finds contract classes by the prefix 'Hợp đồng'). Names and numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "roster", ...want }],
  };
}

const LUONG_CO_SO = 2_340_000;

/**
 * The C02 payroll (TT 107/2017/TT-BTC) as the Khánh Hòa variant of the package prints it: one unit,
 * people grouped under "I. Công chức" / "II. Hợp đồng NĐ 111" rows that state their head count in
 * the Chức danh column, a "Tổng cộng" row with the count of everyone, then transfer rows and the
 * budget sub-item codes.
 */
function salaryPayrollC02(): Layout {
  const sheet = "C02";
  const unit = "Chi cục Phát triển nông thôn tỉnh Sơn Lâm";
  const groups: { name: string; spec: UnitSpec }[] = [
    {
      name: "Công chức",
      spec: {
        unit,
        posts: [
          H("Chi cục trưởng"),
          ...times(2, D("Phó Chi cục trưởng")),
          ...times(5, S("Chuyên viên")),
          S("Kế toán"),
        ],
      },
    },
    { name: "Hợp đồng NĐ 111", spec: { unit, posts: [C("Nhân viên phục vụ"), C("Lái xe")] } },
  ];
  const b = new SheetBuilder();
  b.merge(1, 17, 1, 22, "Mẫu số C02");
  b.merge(2, 1, 2, 8, `Đơn vị: ${unit}`);
  b.merge(2, 14, 2, 22, "Ban hành kèm theo Thông tư số 107/2017/TT- BTC ngày 10/10/2017 của Bộ Tài chính");
  b.merge(3, 1, 3, 8, "Mã đơn vị SDNS: 1098765");
  b.merge(4, 1, 4, 22, "BẢNG THANH TOÁN TIỀN LƯƠNG VÀ PHỤ CẤP");
  b.merge(5, 1, 5, 22, "Tháng 11 năm 2026");
  b.blank(6);
  const h = 7;
  const tall: [number, string][] = [
    [1, "STT"],
    [2, "Họ và tên"],
    [3, "Chức danh"],
    [4, "Lương tối thiểu"],
    [20, "Tổng số luong & PC được nhận"],
    [22, "Số tiền thực nhận"],
  ];
  for (const [c, text] of tall) b.merge(h, c, h + 3, c, text);
  b.merge(h, 5, h, 8, "HỆ SỐ");
  b.merge(h, 9, h, 15, "THÀNH TIỀN");
  b.merge(h, 16, h + 1, 19, "CÁC KHOẢN PHẢI TRẢ");
  b.merge(h, 21, h + 1, 21, "BH cá nhân nộp");
  b.merge(h + 1, 5, h + 3, 5, "Lương");
  b.merge(h + 1, 6, h + 1, 8, "PHỤ CẤP");
  b.merge(h + 1, 9, h + 1, 10, "TIỀN LƯƠNG");
  b.merge(h + 1, 11, h + 1, 12, "TIỀN CÔNG");
  b.merge(h + 1, 13, h + 1, 15, "PHỤ CẤP");
  b.line(
    h + 2,
    [
      "Chức vụ",
      "Công vụ",
      "Trách nhiệm",
      "Biên chế",
      "Lương BC tăng thêm",
      "Hợp đồng thường xuyên",
      "HĐ thường xuyên tăng thêm",
      "Chức vụ",
      "Công vụ",
      "Trách nhiệm",
      "17,5% BHXH",
      "3% BHYT",
      "1% BHTN",
      "2% KPCD",
    ],
    6,
  );
  b.merge(h + 2, 21, h + 3, 21, "8% BHXH\n1,5% BHYT\n1% BHTN");
  const subItems = [6101, 6121, 6113, 6001, 6001, 6051, 6051, 6101, 6121, 6113, 6301, 6302, 6304, 6303];
  b.line(h + 3, subItems, 6);

  interface Pay {
    p: Person;
    heSo: number;
    chucVu: number;
    trachNhiem: number;
    bienChe: number;
    hopDong: number;
    pcChucVu: number;
    pcCongVu: number;
    pcTrachNhiem: number;
    bhxh: number;
    bhyt: number;
    bhtn: number;
    kpcd: number;
    tong: number;
    caNhan: number;
    thucNhan: number;
  }
  const pay = (p: Person): Pay => {
    const heSo = heSoLuong(p);
    const chucVu = p.role === "head" ? 0.6 : p.role === "deputy" ? 0.4 : 0;
    const trachNhiem = /Kế toán/.test(p.title) ? 0.1 : 0;
    const civil = p.role !== "contract";
    const base = Math.round((heSo + chucVu) * LUONG_CO_SO);
    const bienChe = civil ? Math.round(heSo * LUONG_CO_SO) : 0;
    const hopDong = civil ? 0 : Math.round(heSo * LUONG_CO_SO);
    const pcChucVu = Math.round(chucVu * LUONG_CO_SO);
    const pcCongVu = civil ? Math.round(base * 0.25) : 0;
    const pcTrachNhiem = Math.round(trachNhiem * LUONG_CO_SO);
    const tong = bienChe + hopDong + pcChucVu + pcCongVu + pcTrachNhiem;
    const caNhan = Math.round(base * 0.105);
    return {
      p,
      heSo,
      chucVu,
      trachNhiem,
      bienChe,
      hopDong,
      pcChucVu,
      pcCongVu,
      pcTrachNhiem,
      bhxh: Math.round(base * 0.175),
      bhyt: Math.round(base * 0.03),
      bhtn: Math.round(base * 0.01),
      kpcd: Math.round(base * 0.02),
      tong,
      caNhan,
      thucNhan: tong - caNhan,
    };
  };
  const sum = (list: Pay[], f: (x: Pay) => number): number => list.reduce((s, x) => s + f(x), 0);
  const moneyCells = (list: Pay[]): CellValue[] => [
    money(sum(list, (x) => x.bienChe)),
    null,
    money(sum(list, (x) => x.hopDong)),
    null,
    money(sum(list, (x) => x.pcChucVu)),
    money(sum(list, (x) => x.pcCongVu)),
    money(sum(list, (x) => x.pcTrachNhiem)),
    money(sum(list, (x) => x.bhxh)),
    money(sum(list, (x) => x.bhyt)),
    money(sum(list, (x) => x.bhtn)),
    money(sum(list, (x) => x.kpcd)),
    money(sum(list, (x) => x.tong)),
    money(sum(list, (x) => x.caNhan)),
    money(sum(list, (x) => x.thucNhan)),
  ];

  const everyone: Pay[] = [];
  let r = h + 4;
  let stt = 1;
  let k = 700;
  groups.forEach((g, gi) => {
    const list = g.spec.posts.map((post) => pay(makePerson(k++, post, g.spec)));
    everyone.push(...list);
    b.line(r++, [
      ROMAN[gi] ?? "",
      g.name,
      String(list.length),
      null,
      decimal(sum(list, (x) => x.heSo)),
      decimal(sum(list, (x) => x.chucVu)),
      null,
      decimal(sum(list, (x) => x.trachNhiem)),
      ...moneyCells(list),
    ]);
    for (const x of list) {
      b.line(r++, [
        stt++,
        x.p.name,
        x.p.title,
        money(LUONG_CO_SO),
        decimal(x.heSo),
        decimal(x.chucVu),
        x.pcCongVu ? "25%" : "",
        decimal(x.trachNhiem),
        ...moneyCells([x]),
      ]);
    }
  });
  b.merge(r, 1, r, 2, "Tổng cộng");
  b.line(
    r++,
    [
      String(everyone.length),
      null,
      decimal(sum(everyone, (x) => x.heSo)),
      decimal(sum(everyone, (x) => x.chucVu)),
      null,
      decimal(sum(everyone, (x) => x.trachNhiem)),
      ...moneyCells(everyone),
    ],
    3,
  );
  const civil = everyone.filter((x) => x.p.role !== "contract");
  const hired = everyone.filter((x) => x.p.role === "contract");
  const transfer = (label: string, rate: number): void => {
    b.merge(r, 1, r, 8, label);
    b.line(
      r++,
      [
        money(sum(civil, (x) => x.bienChe) * rate),
        null,
        money(sum(hired, (x) => x.hopDong) * rate),
        null,
        money(sum(everyone, (x) => x.pcChucVu) * rate),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        money(sum(everyone, (x) => x.caNhan) * (rate / 0.105)),
        null,
      ],
      9,
    );
  };
  transfer("Chuyển nộp 8% BHXH", 0.08);
  transfer("Chuyển nộp 1,5% BHYT", 0.015);
  transfer("Chuyển nộp 1% BHTN", 0.01);
  transfer("Cộng 10,5% BH", 0.105);
  b.merge(r, 1, r, 8, "Chuyển nộp 17,5% BHXH + 3% BHYT + 1% BHTN");
  b.line(
    r++,
    [
      money(sum(everyone, (x) => x.bhxh)),
      money(sum(everyone, (x) => x.bhyt)),
      money(sum(everyone, (x) => x.bhtn)),
    ],
    16,
  );
  b.merge(r, 1, r, 8, "Chuyển nộp 2% KPCD");
  b.set(r++, 19, money(sum(everyone, (x) => x.kpcd)));
  b.merge(r, 1, r, 8, "Số chuyển qua thẻ ATM");
  b.line(
    r,
    [money(sum(civil, (x) => x.bienChe * 0.895)), null, money(sum(hired, (x) => x.hopDong * 0.895))],
    9,
  );
  b.set(r++, 22, money(sum(everyone, (x) => x.thucNhan)));
  b.merge(r, 1, r, 8, "Nhận tiền mặt");
  r++;
  b.merge(r, 1, r, 8);
  b.line(r++, subItems.slice(3), 9);
  const head = everyone.find((x) => x.p.role === "head")?.p.name ?? "";
  const accountant = everyone.find((x) => x.p.title === "Kế toán")?.p.name ?? "";
  r++;
  b.merge(r, 16, r, 22, "Sơn Lâm, ngày 25 tháng 11 năm 2026");
  b.merge(r + 1, 2, r + 1, 4, "Người lập bảng");
  b.merge(r + 1, 9, r + 1, 13, "PHỤ TRÁCH KẾ TOÁN");
  b.merge(r + 1, 16, r + 1, 22, "CHI CỤC TRƯỞNG");
  b.merge(r + 2, 2, r + 2, 4, "(Ghi rõ họ tên)");
  b.merge(r + 2, 9, r + 2, 13, "(Ghi rõ họ tên)");
  b.merge(r + 2, 16, r + 2, 22, "(Ký tên, đóng dấu)");
  b.blank(r + 5);
  b.merge(r + 6, 2, r + 6, 4, "Trần Thị Kim Oanh");
  b.merge(r + 6, 9, r + 6, 13, accountant);
  b.merge(r + 6, 16, r + 6, 22, head);
  const want = tally(
    everyone.map((x) => x.p),
    { withContract: true },
  );
  return {
    id: "luong-c02-bang-thanh-toan-don-vi",
    family: "salary-unit-list",
    title:
      "Bảng thanh toán tiền lương và phụ cấp (Mẫu C02, TT 107/2017/TT-BTC) of one unit: people under " +
      "'I. Công chức' / 'II. Hợp đồng NĐ 111' rows that state their head count in the Chức danh column",
    source:
      `${QLTL}: resources/views/reports/bangluong/donvi/mauC02_KH.blade.php and the allowance labels of ` +
      "database/dmphucap.sql (`form`: 'Chức vụ', 'Công vụ', 'Trách nhiệm'). Verbatim: 'Mẫu số C02', 'Đơn vị: …', " +
      "'Ban hành kèm theo Thông tư số 107/2017/TT- BTC ngày 10/10/2017 của Bộ Tài chính', 'Mã đơn vị SDNS: …', " +
      "the title and 'Tháng … năm …', the header (STT, Họ và tên, Chức danh, Lương tối thiểu, 'HỆ SỐ' over " +
      "Lương and 'PHỤ CẤP' / Chức vụ…, 'THÀNH TIỀN' over 'TIỀN LƯƠNG' (Biên chế, Lương BC tăng thêm), 'TIỀN " +
      "CÔNG' (Hợp đồng thường xuyên, HĐ thường xuyên tăng thêm) and 'PHỤ CẤP', 'CÁC KHOẢN PHẢI TRẢ' (17,5% " +
      "BHXH, 3% BHYT, 1% BHTN, 2% KPCD), 'Tổng số luong & PC được nhận' with the source's missing diacritic, " +
      "'BH cá nhân nộp' / '8% BHXH 1,5% BHYT 1% BHTN', 'Số tiền thực nhận'), the budget sub-item row (its " +
      "fallback codes 6001, 6051, 6301, 6302, 6304, 6303; the allowance codes are made up), the group rows " +
      "'I/II {phân loại công tác}' carrying the group's head count in the Chức danh column, 'Tổng cộng' merged " +
      "over two columns with the count of everyone, the transfer rows ('Chuyển nộp 8% BHXH' … 'Nhận tiền " +
      "mặt'), the closing sub-item row and the three-signature footer (Người lập bảng / {chức danh kế toán} / " +
      "{chức danh lãnh đạo}). The header's rowspan of 5 is clamped to its four rows as a browser does. Adapted: " +
      "'Hợp đồng NĐ 111' as the contract class name. Unit, names and amounts made up (amounts are consistent).",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "roster", ...want }],
  };
}

/**
 * The older C02a-HD payroll (QĐ 19/2006/QĐ-BTC): "Đơn vị chủ quản" and "Đơn vị" lines, "Lương hệ số"
 * over fourteen columns, numbering row 1..29, one "I. Công chức" group with its "Cộng" row, "Tổng cộng".
 */
function salaryPayrollC02a(): Layout {
  const sheet = "Bảng lương T11";
  const spec: UnitSpec = {
    unit: "Chi cục Biển và Hải đảo",
    posts: [
      H("Chi cục trưởng"),
      ...times(2, D("Phó Chi cục trưởng")),
      ...times(5, S("Chuyên viên")),
      S("Chuyên viên kiêm Văn thư"),
    ],
  };
  const people = staffList([spec], 900);
  const b = new SheetBuilder();
  b.merge(1, 1, 1, 10, "Đơn vị chủ quản: Sở Nông nghiệp và Môi trường tỉnh Sơn Lâm");
  b.merge(1, 22, 1, 29, "Mẫu số C02a - HD");
  b.merge(2, 1, 2, 10, "Đơn vị: Chi cục Biển và Hải đảo");
  b.merge(
    2,
    18,
    2,
    29,
    "(Ban hành kèm theo QĐ số 19/2006/QĐ-BTC ngày 30/3/2006 và Thông tư số 185/2010/TT-BTC ngày 15/11/2010 của Bộ Tài chính)",
  );
  b.blank(3);
  b.merge(4, 1, 4, 29, "BẢNG THANH TOÁN TIỀN LƯƠNG VÀ PHỤ CẤP");
  b.merge(5, 1, 5, 29, "Tháng 11 năm 2026");
  b.blank(6);
  const h = 7;
  const tall: [number, string][] = [
    [1, "STT"],
    [2, "Mã số công chức"],
    [3, "Họ và tên"],
    [4, "Cấp bậc chức vụ"],
    [5, "Mã số ngạch bậc"],
    [20, "Nghỉ việc không được hưởng lương"],
    [21, "BHXH trả thay lương"],
    [22, "Tổng cộng tiền lương"],
    [28, "Còn lại"],
    [29, "Ký nhận"],
  ];
  for (const [c, text] of tall) b.merge(h, c, h + 1, c, text);
  b.merge(h, 6, h, 19, "Lương hệ số");
  b.merge(h, 23, h, 27, "Các khoản phải khấu trừ");
  b.line(
    h + 1,
    [
      "Hệ số lương",
      "Hệ số phụ cấp",
      "Phụ cấp khu vực",
      "Phụ cấp chức vụ",
      "PCTN vượt khung",
      "Phụ cấp ưu đãi ngành",
      "Phụ cấp thu hút",
      "Phụ cấp công tác lâu năm",
      "Phụ cấp công vụ",
      "Phụ cấp công tác Đảng",
      "Phụ cấp thâm niên nghề",
      "Phụ cấp khác",
      "Cộng hệ số",
      "Thành tiền",
    ],
    6,
  );
  b.line(h + 1, ["BHXH", "BHYT", "KPCĐ", "BHTN", "Cộng"], 23);
  b.line(
    h + 2,
    Array.from({ length: 29 }, (_, i) => i + 1),
    1,
  );
  interface Row {
    heSo: number;
    khuVuc: number;
    chucVu: number;
    vuotKhung: number;
    congVu: number;
    cong: number;
    thanhTien: number;
    bhxh: number;
    bhyt: number;
    bhtn: number;
    tru: number;
  }
  const rowOf = (p: Person): Row => {
    const heSo = heSoLuong(p);
    const chucVu = p.role === "head" ? 0.6 : p.role === "deputy" ? 0.4 : 0;
    const vuotKhung = p.role === "staff" && p.k % 4 === 1 ? 0.26 : 0;
    const khuVuc = 0.1;
    const congVu = Math.round((heSo + chucVu + vuotKhung) * 0.25 * 1000) / 1000;
    const cong = Math.round((heSo + khuVuc + chucVu + vuotKhung + congVu) * 1000) / 1000;
    const thanhTien = Math.round(cong * LUONG_CO_SO);
    const insured = (heSo + chucVu + vuotKhung) * LUONG_CO_SO;
    const bhxh = Math.round(insured * 0.08);
    const bhyt = Math.round(insured * 0.015);
    const bhtn = Math.round(insured * 0.01);
    return {
      heSo,
      khuVuc,
      chucVu,
      vuotKhung,
      congVu,
      cong,
      thanhTien,
      bhxh,
      bhyt,
      bhtn,
      tru: bhxh + bhyt + bhtn,
    };
  };
  const cells = (list: Row[]): CellValue[] => {
    const s = (f: (x: Row) => number): number => list.reduce((a, x) => a + f(x), 0);
    return [
      decimal(
        s((x) => x.heSo),
        5,
      ),
      null,
      decimal(
        s((x) => x.khuVuc),
        5,
      ),
      decimal(
        s((x) => x.chucVu),
        5,
      ),
      decimal(
        s((x) => x.vuotKhung),
        5,
      ),
      null,
      null,
      null,
      decimal(
        s((x) => x.congVu),
        5,
      ),
      null,
      null,
      null,
      decimal(
        s((x) => x.cong),
        5,
      ),
      money(s((x) => x.thanhTien)),
      null,
      null,
      money(s((x) => x.thanhTien)),
      money(s((x) => x.bhxh)),
      money(s((x) => x.bhyt)),
      null,
      money(s((x) => x.bhtn)),
      money(s((x) => x.tru)),
      money(s((x) => x.thanhTien - x.tru)),
      null,
    ];
  };
  let r = h + 3;
  b.set(r, 1, "I");
  b.merge(r, 2, r, 29, "Công chức");
  r++;
  const rows = people.map(rowOf);
  people.forEach((p, i) => {
    const x = rows[i];
    if (!x) return;
    b.line(r++, [
      i + 1,
      `BH.${String(2031 + p.k).slice(-4)}`,
      p.name,
      p.title,
      p.role === "staff" ? "01.003/4" : "01.002/3",
      ...cells([x]),
    ]);
  });
  b.merge(r, 1, r, 5, "Cộng");
  b.line(r++, cells(rows), 6);
  b.merge(r, 1, r, 5, "Tổng cộng");
  b.line(r++, cells(rows), 6);
  r++;
  b.merge(r, 18, r, 29, "........,Ngày......tháng.......năm..........");
  b.merge(r + 1, 2, r + 1, 5, "Người lập bảng");
  b.merge(r + 1, 18, r + 1, 29, "CHI CỤC TRƯỞNG");
  b.merge(r + 2, 2, r + 2, 5, "(Ghi rõ họ tên)");
  b.merge(r + 2, 18, r + 2, 29, "((Ký tên, đóng dấu))");
  b.blank(r + 5);
  b.merge(r + 6, 2, r + 6, 5, "Hồ Thị Thanh Hương");
  b.merge(r + 6, 18, r + 6, 29, people[0]?.name ?? "");
  const want = tally(people);
  return {
    id: "luong-c02a-hd-don-vi",
    family: "salary-unit-list",
    title:
      "Bảng thanh toán tiền lương và phụ cấp (Mẫu C02a-HD, QĐ 19/2006/QĐ-BTC) of one unit named by the " +
      "'Đơn vị: …' line under an 'Đơn vị chủ quản: …' line",
    source:
      `${QLTL}: resources/views/reports/bangluong/donvi/maubangluong.blade.php. Verbatim: 'Đơn vị chủ quản: …', ` +
      "'Mẫu số C02a - HD', 'Đơn vị: …', the '(Ban hành kèm theo QĐ số 19/2006/QĐ-BTC …)' line, the title and " +
      "'Tháng … năm …', the two header rows (STT, Mã số công chức, Họ và tên, Cấp bậc chức vụ, Mã số ngạch " +
      "bậc, 'Lương hệ số' over Hệ số lương, Hệ số phụ cấp, Phụ cấp khu vực, Phụ cấp chức vụ, PCTN vượt khung … " +
      "Cộng hệ số, Thành tiền, then Nghỉ việc không được hưởng lương, BHXH trả thay lương, Tổng cộng tiền " +
      "lương, 'Các khoản phải khấu trừ' over BHXH, BHYT, KPCĐ, BHTN, Cộng, Còn lại, Ký nhận), the numbering " +
      "row 1..29, the group row 'I {phân loại công tác}' merged across, the 'Cộng' and 'Tổng cộng' rows merged " +
      "over five columns and the footer with '((Ký tên, đóng dấu))'. Names and amounts made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "roster", ...want }],
  };
}

// ---------------------------------------------------------------------------------------------
// HR-software exports (one header row)
// ---------------------------------------------------------------------------------------------

const PROVINCES = ["Sơn Lâm", "Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Quảng Bình", "Thái Bình", "Nam Định"];

/**
 * "Thống kê danh sách cán bộ" of a Party personnel package: STT, Họ tên, Giới tính, Năm sinh, Dân
 * tộc, Quê quán, Chức vụ, Đơn vị, Mã thẻ Đảng, Ngày vào Đảng CT. Rows in the order records were
 * entered: a few people added later sit at the end, away from their unit.
 */
function hrPartyExport(): Layout {
  const sheet = "Thống kê cán bộ";
  const units: UnitSpec[] = [
    {
      unit: "Văn phòng Tỉnh ủy",
      posts: [
        H("Tỉnh ủy viên, Chánh Văn phòng"),
        D("Phó Chánh Văn phòng"),
        D("PHÓ CHÁNH VĂN PHÒNG"),
        ...times(3, S("Chuyên viên")),
        S("Kế toán"),
        S("Văn thư"),
      ],
    },
    {
      unit: "Ban Tổ chức Tỉnh ủy",
      posts: [
        H("Ủy viên BTV, Trưởng ban"),
        D("Phó Trưởng ban Thường trực"),
        D("Phó Trưởng ban"),
        ...times(3, S("Chuyên viên")),
      ],
    },
    {
      unit: "Ủy ban Kiểm tra Tỉnh ủy",
      posts: [
        H("Ủy viên BTV, Chủ nhiệm"),
        D("Phó Chủ nhiệm"),
        D("Pho Chu nhiem"),
        ...times(2, S("Ủy viên")),
        S("Kiểm tra viên"),
      ],
    },
    {
      unit: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
      posts: [
        H("Trưởng ban"),
        D("Phó Trưởng ban"),
        D("Phó Trưởng Ban"),
        ...times(4, S("Chuyên viên")),
        S(""),
      ],
    },
    {
      unit: "Ban Nội chính Tỉnh ủy",
      posts: [H("Trưởng Ban"), D("Phó Trưởng Ban"), ...times(2, S("Chuyên viên"))],
    },
  ];
  const grouped = staffList(units, 1100);
  const late = (p: Person): boolean => p.role === "staff" && p.k % 5 === 2;
  const people = [...grouped.filter((p) => !late(p)), ...grouped.filter(late)];
  const b = new SheetBuilder();
  b.merge(1, 1, 1, 10, "THỐNG KÊ DANH SÁCH CÁN BỘ");
  b.merge(2, 1, 2, 10, "-".repeat(950));
  b.line(3, [
    "STT",
    "Họ tên",
    "Giới tính",
    "Năm sinh",
    "Dân tộc",
    "Quê quán",
    "Chức vụ",
    "Đơn vị",
    "Mã thẻ Đảng",
    "Ngày vào Đảng CT",
  ]);
  people.forEach((p, i) => {
    const joined = { d: 1 + ((p.k * 17) % 28), m: 1 + ((p.k * 5) % 12), y: p.birth.y + 23 + (p.k % 7) };
    b.line(4 + i, [
      i + 1,
      p.name,
      p.female ? "Nữ" : "Nam",
      dmy(p.birth),
      p.k % 9 === 4 ? "Tày" : p.k % 11 === 5 ? "Mường" : "Kinh",
      pick(PROVINCES, p.k * 3),
      p.title === "" ? null : p.title,
      p.unit,
      `78${String(104211 + p.k * 389).slice(-6)}`,
      dmy(joined),
    ]);
  });
  const want = tally(people);
  return {
    id: "hr-thong-ke-danh-sach-can-bo",
    family: "hr-export",
    title:
      "Export of a Party personnel package ('THỐNG KÊ DANH SÁCH CÁN BỘ'): one header row with Chức vụ and " +
      "Đơn vị, concurrent posts ('Ủy viên BTV, Trưởng ban'), rows in entry order",
    source:
      "github.com/thanhvu16/quan_ly_can_bo, Modules/TraCuu/Resources/views/canBoExport.blade.php. Verbatim: the " +
      "title 'THỐNG KÊ DANH SÁCH CÁN BỘ', the row of 950 dashes under it, the header STT, Họ tên, Giới tính, " +
      "Năm sinh (holding a dd/mm/yyyy date), Dân tộc, Quê quán (the province), Chức vụ, Đơn vị, Mã thẻ Đảng, " +
      "Ngày vào Đảng CT. Adapted: the titles mix the package's list with what clerks type (upper case, no " +
      "diacritics, 'Tỉnh ủy viên, …' and 'Ủy viên BTV, …' before the post); one person has no title; five " +
      "people entered later are listed after everyone else. Names, units and numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "roster", ...want, allowedIssues: ["empty-title"] }],
  };
}

/**
 * Grid export of a public-sector HRM: STT, Mã CB, Họ tên, Ngày sinh, Giới tính, Tuổi, then the title
 * under "Chức danh", the unit under "Phòng ban" and its parent under "Đơn vị quản lý"; the office
 * added "Đơn vị mới (sau sắp xếp)". Two Chi cục both have a "Phòng Hành chính - Tổng hợp".
 */
function hrDepartmentExport(): Layout {
  const sheet = "Danh sach";
  const so = "Sở Nông nghiệp và Môi trường";
  const kiemLam = "Chi cục Kiểm lâm";
  const thuyLoi = "Chi cục Thủy lợi";
  const units: UnitSpec[] = [
    {
      unit: "Văn phòng Sở",
      block: so,
      posts: [
        H("CHÁNH VĂN PHÒNG"),
        D("Phó Chánh Văn phòng"),
        S("Chuyên viên / Kế toán"),
        S("Phụ trách kế toán"),
        S("Văn thư"),
        S("chuyên viên"),
      ],
    },
    {
      unit: "Phòng Kế hoạch - Tài chính",
      block: so,
      posts: [H("Trưởng phòng kiêm Phó Chánh Văn phòng"), D("PTP"), ...times(3, S("Chuyên viên"))],
    },
    {
      unit: "Phòng Tổ chức cán bộ",
      block: so,
      posts: [H("Q. Trưởng phòng"), D("Phó phòng"), ...times(2, S("chuyên viên"))],
    },
    { unit: kiemLam, block: so, posts: [H("Chi cục trưởng"), ...times(2, D("Phó Chi cục trưởng"))] },
    {
      unit: "Phòng Hành chính - Tổng hợp",
      block: kiemLam,
      posts: [H("T.Phòng"), D("P.Phòng"), S("Kế toán"), ...times(2, S("Chuyên viên"))],
    },
    {
      unit: "Phòng Quản lý bảo vệ rừng",
      block: kiemLam,
      posts: [H("TRƯỞNG PHÒNG"), D("PHÓ TRƯỞNG PHÒNG"), ...times(3, S("Kiểm lâm viên"))],
    },
    { unit: thuyLoi, block: so, posts: [H("Chi cuc truong"), D("Pho Chi cuc truong")] },
    {
      unit: "Phòng Hành chính - Tổng hợp",
      block: thuyLoi,
      posts: [D("Phó Trưởng phòng phụ trách"), ...times(2, S("Chuyên viên"))],
    },
    {
      unit: "Phòng Quản lý công trình thủy lợi",
      block: thuyLoi,
      posts: [H("TP"), D("Pho truong phong"), D("PP"), ...times(2, S("Chuyên viên"))],
    },
  ];
  const merging = new Set(["Văn phòng Sở", "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ"]);
  const people = staffList(units, 1300);
  const b = new SheetBuilder();
  b.line(1, [
    "STT",
    "Mã CB",
    "Họ tên",
    "Ngày sinh",
    "Giới tính",
    "Tuổi",
    "Chức danh",
    "Phòng ban",
    "Đơn vị quản lý",
    "Thâm niên",
    "Đơn vị mới (sau sắp xếp)",
  ]);
  people.forEach((p, i) => {
    const age = 2026 - p.birth.y - (p.birth.m > 11 ? 1 : 0);
    b.line(2 + i, [
      i + 1,
      `CB${String(4100 + p.k).slice(-4)}`,
      p.name,
      new Date(Date.UTC(p.birth.y, p.birth.m - 1, p.birth.d)),
      p.female ? "Nữ" : "Nam",
      age,
      p.title,
      p.unit,
      p.block ?? null,
      `${Math.max(1, age - 24 - (p.k % 5))} năm`,
      p.block === so && merging.has(p.unit) ? "Văn phòng Sở" : null,
    ]);
  });
  const want = tally(people, { withBlock: true });
  return {
    id: "hr-danh-sach-phong-ban-don-vi-quan-ly",
    family: "hr-export",
    title:
      "Grid export of a public-sector HRM with 'Chức danh', 'Phòng ban' and the parent 'Đơn vị quản lý' " +
      "(the same phòng name under two Chi cục), titles written every way, and an added 'Đơn vị mới' column",
    source:
      "github.com/NguyenXuanHung/HRM, HRM-v01/Web.HJM/Modules/Home/Default.aspx (grid columns 'STT', " +
      "Resources:HOSO staff_code = 'Mã CB' (App_GlobalResources/HOSO.resx), 'Họ tên', 'Ngày sinh' (a date " +
      "column, dd/MM/yyyy), 'Giới tính', 'Tuổi', 'Thâm niên', 'Phòng ban' (DepartmentName) and 'Đơn vị quản lý' " +
      "(ParentDepartmentName), verbatim) and the same project's reports (Report/HJM/Shared/Business/" +
      "rpHJM_EmployeeList.cs) for the 'Chức danh' header. Adapted: the columns of two grids joined in one " +
      "export; 'Đơn vị mới (sau sắp xếp)' added by the office for the 2025 restructuring (filled only for the " +
      "phòng merging into the Văn phòng); titles typed as offices type them (T.Phòng, P.Phòng, PTP, PP, TP, " +
      "Q. Trưởng phòng, Phó Trưởng phòng phụ trách, Phụ trách kế toán, 'Trưởng phòng kiêm Phó Chánh Văn " +
      "phòng', 'Chuyên viên / Kế toán', upper case, no diacritics). Names, units and numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "roster", ...want }],
  };
}

/** Columns of the HRM's DevExpress personnel reports, verbatim. */
const HRM_REPORT_HEADER = [
  "Stt",
  "Số hiệu CBCC",
  "Họ và tên",
  "Ngày sinh",
  "Tuổi",
  "Giới tính",
  "Địa chỉ thường trú",
  "Chức danh",
  "Chức vụ",
  "Tên ngạch",
  "Mã ngạch",
  "Bậc lương",
  "Hệ số",
  "Phụ cấp chức vụ",
  "Phụ cấp khác",
  "Trình độ chuyên môn",
  "Số HĐLĐ",
  "Loại HĐLĐ",
  "Ngày ký",
];

/**
 * A DevExpress personnel report exported to Excel: organisation and title lines, one header row,
 * one merged group row per department, "Tổng số CBCCVC:N người" and three signatures. The position
 * is in "Chức vụ" (empty for specialists); "Chức danh" holds the job title of everyone.
 */
function hrmReport(opts: {
  sheet: string;
  org: string;
  title: string;
  period: string;
  units: UnitSpec[];
  seed: number;
  /** What the footer states; the true count unless the layout states a wrong one. */
  stated?: (count: number) => number;
}): { sheet: LayoutSheet; people: Person[]; statedRow: number } {
  const b = new SheetBuilder();
  b.merge(1, 1, 1, 7, opts.org);
  b.merge(2, 1, 2, 19, opts.title);
  b.merge(3, 1, 3, 19, opts.period);
  b.blank(4);
  b.line(5, HRM_REPORT_HEADER);
  let r = 6;
  let k = opts.seed;
  const people: Person[] = [];
  for (const u of opts.units) {
    b.merge(r, 1, r, 19, u.unit);
    r++;
    u.posts.forEach((post, i) => {
      const p = makePerson(k++, post, u);
      people.push(p);
      const leader = p.role === "head" || p.role === "deputy";
      const jobTitle = /Văn phòng/.test(u.unit) && i === u.posts.length - 1 ? "Kế toán viên" : "Chuyên viên";
      const senior = p.role === "head" && /Giám đốc/.test(p.title);
      const grade = senior ? "Chuyên viên cao cấp" : leader ? "Chuyên viên chính" : jobTitle;
      const code = senior ? "01.001" : leader ? "01.002" : jobTitle === "Kế toán viên" ? "06.031" : "01.003";
      const step = 1 + (p.k % 6);
      const coef = senior
        ? 6.2 + 0.36 * (step - 1)
        : leader
          ? 4.4 + 0.34 * (step - 1)
          : 2.34 + 0.33 * (step - 1);
      let allowance: number | null = null;
      if (p.role === "head") allowance = senior ? 0.9 : 0.6;
      else if (p.role === "deputy") allowance = /Giám đốc/.test(p.title) ? 0.7 : 0.4;
      b.line(r++, [
        i + 1,
        `CC-${String(20150 + p.k).slice(-5)}`,
        p.name,
        dmy(p.birth),
        2026 - p.birth.y,
        p.female ? "Nữ" : "Nam",
        `Số ${1 + (p.k % 90)}, phường ${pick(["Trần Phú", "Lê Lợi", "Bắc Sơn", "Nam Thành"], p.k)}, TP Sơn Lâm`,
        grade,
        p.title === "" ? null : p.title,
        grade,
        code,
        step,
        Math.round(coef * 100) / 100,
        allowance,
        null,
        pick(["Đại học Luật", "Thạc sĩ Luật", "Đại học Hành chính", "Cử nhân Kinh tế"], p.k),
        null,
        null,
        null,
      ]);
    });
  }
  r++;
  const statedRow = r;
  const count = people.filter((p) => p.role !== "contract").length;
  b.merge(r, 1, r, 5, `Tổng số CBCCVC:${(opts.stated ?? ((n) => n))(count)} người`);
  r += 2;
  b.merge(r, 14, r, 19, "Ngày 30 tháng 11 năm 2026");
  b.merge(r + 1, 2, r + 1, 4, "NGƯỜI LẬP");
  b.merge(r + 1, 8, r + 1, 11, "NGƯỜI DUYỆT");
  b.merge(r + 1, 14, r + 1, 19, "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
  b.merge(r + 2, 2, r + 2, 4, "(Ký, ghi rõ họ và tên)");
  b.merge(r + 2, 8, r + 2, 11, "(Chức vụ, ký, ghi rõ họ và tên)");
  b.merge(r + 2, 14, r + 2, 19, "(Chức vụ, ký, ghi rõ họ và tên)");
  return { sheet: b.build(opts.sheet), people, statedRow };
}

const HRM_REPORT_SOURCE =
  "github.com/NguyenXuanHung/HRM, HRM-v01/Web.Core.Framework/Report/HJM/Shared/Business/" +
  "rpHJM_EmployeeByDepartment.cs and rpHJM_EmployeeList.cs (DevExpress reports). Verbatim: the report " +
  "titles, the period line '(Từ ngày {0} đến ngày {1})', the 19 column headers (Stt, Số hiệu CBCC, Họ và tên, " +
  "Ngày sinh, Tuổi, Giới tính, Địa chỉ thường trú, Chức danh, Chức vụ, Tên ngạch, Mã ngạch, Bậc lương, Hệ " +
  "số, Phụ cấp chức vụ, Phụ cấp khác, Trình độ chuyên môn, Số HĐLĐ, Loại HĐLĐ, Ngày ký), one group header " +
  "row per department (GroupField DepartmentId / MaDonVi), 'Tổng số CBCCVC:{0} người' and the signatures " +
  "NGƯỜI LẬP / NGƯỜI DUYỆT / THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ with '(Ký, ghi rõ họ và tên)' and '(Chức vụ, ký, " +
  "ghi rõ họ và tên)'. Adapted: 'TÊN CƠ QUAN ĐƠN VỊ' replaced by a body's name as the report does at run " +
  "time; the 'Phụ cấp chức vụ' column filled (its binding is commented out in the source). ";

function hrReportByDepartment(): Layout {
  const units: UnitSpec[] = [
    { unit: "Ban Giám đốc", posts: [H("Giám đốc Sở"), ...times(2, D("Phó Giám đốc Sở"))] },
    { unit: "Văn phòng Sở", posts: [H("Chánh Văn phòng"), D("Phó Chánh Văn phòng"), ...times(3, S(""))] },
    {
      unit: "Phòng Phổ biến, giáo dục pháp luật",
      posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(2, S(""))],
    },
    {
      unit: "Phòng Hành chính tư pháp",
      posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(3, S(""))],
    },
    {
      unit: "Phòng Bổ trợ tư pháp",
      posts: [H("Trưởng phòng"), ...times(2, D("Phó Trưởng phòng")), ...times(2, S(""))],
    },
    {
      unit: "Phòng Xây dựng và Kiểm tra văn bản",
      posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(2, S(""))],
    },
  ];
  const { sheet, people } = hrmReport({
    sheet: "Báo cáo",
    org: "SỞ TƯ PHÁP TỈNH SƠN LÂM",
    title: "BÁO CÁO DANH SÁCH CÁN BỘ THEO PHÒNG BAN",
    period: "Từ ngày 01/01/2026 đến ngày 30/11/2026",
    units,
    seed: 1500,
  });
  const want = tally(people);
  return {
    id: "hr-bao-cao-theo-phong-ban",
    family: "hr-export",
    title:
      "HRM report 'BÁO CÁO DANH SÁCH CÁN BỘ THEO PHÒNG BAN' exported to Excel: group row per department, " +
      "'Chức danh' and 'Chức vụ' side by side, 'Tổng số CBCCVC:N người' under the list",
    source:
      HRM_REPORT_SOURCE +
      "Specialists have an empty Chức vụ, as in the package. Names, units and numbers made up.",
    sheets: [sheet],
    reads: [{ sheet: sheet.name, kind: "roster", ...want, allowedIssues: ["empty-title"] }],
  };
}

/** The same report for a district, whose footer states one person more than it lists. */
function hrReportWrongTotal(): Layout {
  const units: UnitSpec[] = [
    {
      unit: "Văn phòng HĐND và UBND",
      posts: [H("Chánh Văn phòng"), ...times(2, D("Phó Chánh Văn phòng")), ...times(3, S(""))],
    },
    {
      unit: "Phòng Kinh tế, Hạ tầng và Đô thị",
      posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(3, S(""))],
    },
    {
      unit: "Phòng Văn hóa - Xã hội",
      posts: [H("Trưởng phòng"), D("Phó Trưởng phòng"), ...times(3, S(""))],
    },
    { unit: "Trung tâm Phục vụ hành chính công", posts: [H("Giám đốc"), D("Phó Giám đốc"), S("")] },
  ];
  const { sheet, people, statedRow } = hrmReport({
    sheet: "DS CBCCVC",
    org: "UBND PHƯỜNG ĐỒNG TÂM",
    title: "BÁO CÁO DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC TOÀN CƠ QUAN",
    period: "(Từ ngày 01/07/2025 đến ngày 30/11/2026)",
    units,
    seed: 1700,
    stated: (n) => n + 1,
  });
  if (people.length !== 19) throw new Error("hr-bao-cao-tong-so-sai: the list should have 19 people");
  return {
    id: "hr-bao-cao-tong-so-sai",
    family: "hr-export",
    title:
      "HRM report 'BÁO CÁO DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC TOÀN CƠ QUAN' whose 'Tổng số CBCCVC:20 " +
      "người' disagrees with the 19 people listed (a person removed by hand after the export)",
    source:
      HRM_REPORT_SOURCE +
      "Deliberately wrong: the stated total counts one person more than the list. Names and numbers made up.",
    sheets: [sheet],
    reads: [
      { sheet: sheet.name, refused: { code: "count-mismatch", cell: cellRef(sheet.name, statedRow, "A") } },
    ],
  };
}

export const LAYOUTS: Layout[] = [
  mau03Department(),
  mau03Grouped(),
  salaryStaffList(),
  salaryPayrollC02(),
  salaryPayrollC02a(),
  hrPartyExport(),
  hrDepartmentExport(),
  hrReportByDepartment(),
  hrReportWrongTotal(),
];
