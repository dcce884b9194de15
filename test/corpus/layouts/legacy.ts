/**
 * Sheets typed in the legacy Vietnamese encodings, as offices typed them in the 2000s: TCVN3 (ABC)
 * in .VnTime with titles in the upper-case .VnTimeH, VNI-Windows in VNI-Times, a Unicode header
 * (Times New Roman) retyped over rows copied from an old .VnTime file, and TCVN3 text whose font
 * was changed to Arial without converting it (which the reader must refuse, naming the cell).
 *
 * Each sheet is written in Unicode here and then "typed" block by block in its legacy encoding
 * (test/fixtures/legacy.ts); the expected figures are counted from the same data, never by the
 * engine. Every name and number is made up.
 */
import { ROMAN, SheetBuilder, sum } from "./build";
import type { ExpectedTotals, ExpectedUnit, Layout } from "./types";

// ---------------------------------------------------------------------------------------------
// (a) A unit table typed in .VnTime, titles in .VnTimeH

interface UnitRow {
  name: string;
  heads: number;
  deputies: number;
  specialists: number;
  contract: number;
  note?: string;
}

const SO_NOI_VU: UnitRow[] = [
  { name: "Văn phòng Sở", heads: 1, deputies: 2, specialists: 9, contract: 3, note: "Chánh Văn phòng" },
  { name: "Thanh tra Sở", heads: 1, deputies: 1, specialists: 3, contract: 0, note: "Chánh Thanh tra" },
  { name: "Phòng Tổ chức - Biên chế", heads: 1, deputies: 2, specialists: 5, contract: 0 },
  { name: "Phòng Xây dựng chính quyền", heads: 1, deputies: 1, specialists: 4, contract: 0 },
  { name: "Phòng Công chức - Viên chức", heads: 1, deputies: 2, specialists: 6, contract: 1 },
  {
    name: "Phòng Cải cách hành chính",
    heads: 0,
    deputies: 1,
    specialists: 3,
    contract: 0,
    note: "Phó phòng phụ trách",
  },
  { name: "Chi cục Văn thư - Lưu trữ", heads: 1, deputies: 2, specialists: 8, contract: 2 },
];

const staffOf = (u: UnitRow): number => u.heads + u.deputies + u.specialists;

function expectedUnits(rows: readonly UnitRow[]): { units: ExpectedUnit[]; totals: ExpectedTotals } {
  const units = rows.map((u) => ({
    name: u.name,
    heads: u.heads,
    deputies: u.deputies,
    staff: staffOf(u),
    contract: u.contract,
  }));
  return {
    units,
    totals: {
      units: units.length,
      heads: sum(units.map((u) => u.heads)),
      deputies: sum(units.map((u) => u.deputies)),
      staff: sum(units.map((u) => u.staff)),
      contract: sum(units.map((u) => u.contract)),
    },
  };
}

function vntimeUnitTable(): Layout {
  const sheet = "Biểu 02";
  const b = new SheetBuilder(8);
  b.merge("A1:C1", "UBND TỈNH SƠN LÂM").merge("E1:H1", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  b.merge("A2:C2", "SỞ NỘI VỤ").merge("E2:H2", "Độc lập - Tự do - Hạnh phúc");
  b.blank(3);
  b.merge("A4:H4", "BẢNG TỔNG HỢP SỐ LƯỢNG LÃNH ĐẠO, BIÊN CHẾ CÁC PHÒNG, ĐƠN VỊ THUỘC SỞ");
  b.merge("A5:H5", "(Kèm theo Báo cáo số 117/BC-SNV ngày 15 tháng 01 năm 2005 của Sở Nội vụ)");
  b.blank(6);
  b.merge("A7:A8", "STT").merge("B7:B8", "Tên phòng, đơn vị").merge("C7:D7", "Lãnh đạo");
  b.merge("E7:E8", "Chuyên viên").merge("F7:F8", "Tổng số").merge("G7:G8", "Hợp đồng 68");
  b.merge("H7:H8", "Ghi chú");
  b.line(8, ["Trưởng phòng", "Phó trưởng phòng"], 3);
  b.line(9, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(3)+(4)+(5)", "(7)", "(8)"]);
  SO_NOI_VU.forEach((u, k) =>
    b.line(10 + k, [
      k + 1,
      u.name,
      u.heads || null,
      u.deputies,
      u.specialists,
      staffOf(u),
      u.contract || null,
      u.note ?? null,
    ]),
  );
  const total = 10 + SO_NOI_VU.length;
  b.line(total, [
    null,
    "Tổng cộng",
    sum(SO_NOI_VU.map((u) => u.heads)),
    sum(SO_NOI_VU.map((u) => u.deputies)),
    sum(SO_NOI_VU.map((u) => u.specialists)),
    sum(SO_NOI_VU.map(staffOf)),
    sum(SO_NOI_VU.map((u) => u.contract)),
    null,
  ]);
  b.blank(total + 1);
  b.line(total + 2, [null, "Người lập biểu"]).merge(`F${total + 2}:H${total + 2}`, "GIÁM ĐỐC");
  b.merge(`F${total + 3}:H${total + 3}`, "(Ký tên, đóng dấu)");
  b.line(total + 6, [null, "Nguyễn Thị Hằng"]).merge(`F${total + 6}:H${total + 6}`, "Trần Văn Khải");
  // Typed with ABC: titles in .VnTimeH (upper case), the rest in .VnTime.
  b.font("A1:C2", ".VnTimeH", "tcvn3").font("E1:H1", ".VnTimeH", "tcvn3");
  b.font("E2:H2", ".VnTime", "tcvn3").font("A4:H4", ".VnTimeH", "tcvn3");
  b.font(`A5:H${total + 6}`, ".VnTime", "tcvn3");
  b.font(`F${total + 2}:H${total + 2}`, ".VnTimeH");
  const want = expectedUnits(SO_NOI_VU);
  return {
    id: "vntime-tong-hop-lanh-dao-bien-che-so",
    family: "legacy-encoding",
    title:
      "A Sở's 2005 table of leaders and posts by phòng, typed with ABC: text in .VnTime, the agency " +
      "block, national motto, title and signer's post in .VnTimeH",
    source:
      "Composite of the unit-table shape in DESIGN.md §1 (title rows, a two-row header with 'Lãnh đạo' over " +
      "Trưởng phòng / Phó trưởng phòng, a numbering row '(1) … (6)=(3)+(4)+(5)', 'Tổng cộng', a signature " +
      "footer) and the document header of Thông tư liên tịch 55/2005/TTLT-BNV-VPCP (agency left, 'CỘNG HOÀ XÃ " +
      "HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc' right). Encoded with the TCVN3 (VN3) table of " +
      "UniKey's converter; the H font upper-cases its codes. Names and numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "units", ...want }],
  };
}

// ---------------------------------------------------------------------------------------------
// (b) A roster in VNI-Times

type Role = "head" | "deputy" | "staff" | "contract";

interface Person {
  name: string;
  male: boolean;
  born: number;
  title: string;
  role: Role;
  grade: string;
  coefficient: number | null;
}

const P = (
  name: string,
  male: boolean,
  born: number,
  title: string,
  role: Role,
  grade: string,
  k: number | null,
): Person => ({
  name,
  male,
  born,
  title,
  role,
  grade,
  coefficient: k,
});

const HUYEN_UNITS: { unit: string; people: Person[] }[] = [
  {
    unit: "Văn phòng HĐND và UBND huyện",
    people: [
      P("Lê Văn Thắng", true, 1962, "Chánh Văn phòng", "head", "Chuyên viên chính", 4.4),
      P("Nguyễn Thị Lan", false, 1970, "Phó Chánh Văn phòng", "deputy", "Chuyên viên", 3.33),
      P("Đỗ Minh Tuấn", true, 1968, "Phó Chánh Văn phòng", "deputy", "Chuyên viên", 3.66),
      P("Phạm Thị Hoa", false, 1975, "Chuyên viên", "staff", "Chuyên viên", 2.67),
      P("Trần Quốc Việt", true, 1979, "Chuyên viên", "staff", "Chuyên viên", 2.34),
      P("Vũ Thị Hương", false, 1981, "Văn thư", "staff", "Cán sự", 2.06),
      P("Hoàng Văn Dũng", true, 1966, "Lái xe (HĐ 68)", "contract", "", null),
    ],
  },
  {
    unit: "Phòng Nội vụ - Lao động - Thương binh và Xã hội",
    people: [
      P("Bùi Đức Long", true, 1964, "Trưởng phòng", "head", "Chuyên viên chính", 4.06),
      P("Đặng Thị Mai", false, 1972, "Phó Trưởng phòng", "deputy", "Chuyên viên", 3.0),
      P("Ngô Văn Hải", true, 1977, "Chuyên viên", "staff", "Chuyên viên", 2.67),
      P("Lý Thị Thu", false, 1983, "Chuyên viên", "staff", "Chuyên viên", 2.34),
      P("Dương Văn Khánh", true, 1980, "Cán sự", "staff", "Cán sự", 2.26),
    ],
  },
  {
    unit: "Phòng Tài chính - Kế hoạch",
    people: [
      P("Hồ Thị Ngọc", false, 1965, "Trưởng phòng", "head", "Chuyên viên chính", 4.38),
      P("Mai Xuân Trường", true, 1969, "Phó Trưởng phòng", "deputy", "Chuyên viên", 3.66),
      P("Cao Văn Bình", true, 1974, "Phó Trưởng phòng", "deputy", "Chuyên viên", 3.33),
      P("Tạ Thị Yến", false, 1978, "Kế toán", "staff", "Kế toán viên", 2.67),
      P("Lâm Minh Đức", true, 1982, "Chuyên viên", "staff", "Chuyên viên", 2.34),
      P("Hà Thị Nga", false, 1985, "Chuyên viên", "staff", "Chuyên viên", 2.34),
      P("Phan Văn Tú", true, 1971, "Bảo vệ (HĐ 68)", "contract", "", null),
    ],
  },
  {
    unit: "Thanh tra huyện",
    people: [
      P("Trương Công Hậu", true, 1963, "Chánh Thanh tra", "head", "Thanh tra viên chính", 4.74),
      P("Đinh Thị Phương", false, 1973, "Phó Chánh Thanh tra", "deputy", "Thanh tra viên", 3.33),
      P("Lương Văn Sơn", true, 1980, "Thanh tra viên", "staff", "Thanh tra viên", 2.67),
    ],
  },
];

function tallyRoster(units: typeof HUYEN_UNITS): { units: ExpectedUnit[]; totals: ExpectedTotals } {
  const out = units.map(({ unit, people }) => {
    const count = (role: Role) => people.filter((p) => p.role === role).length;
    return {
      name: unit,
      heads: count("head"),
      deputies: count("deputy"),
      staff: count("head") + count("deputy") + count("staff"),
      contract: count("contract"),
    };
  });
  return {
    units: out,
    totals: {
      units: out.length,
      heads: sum(out.map((u) => u.heads)),
      deputies: sum(out.map((u) => u.deputies)),
      staff: sum(out.map((u) => u.staff)),
      contract: sum(out.map((u) => u.contract)),
    },
  };
}

function vniRoster(): Layout {
  const sheet = "DS CBCC";
  const b = new SheetBuilder(8);
  b.merge("A1:C1", "UBND HUYỆN ĐÔNG KHÊ").merge("E1:H1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  b.merge("A2:C2", "PHÒNG NỘI VỤ").merge("E2:H2", "Độc lập - Tự do - Hạnh phúc");
  b.blank(3);
  b.merge("A4:H4", "DANH SÁCH CÁN BỘ, CÔNG CHỨC CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND HUYỆN");
  b.merge("A5:H5", "(Có đến ngày 30 tháng 6 năm 2006)");
  b.blank(6);
  b.merge("A7:A8", "STT").merge("B7:B8", "Họ và tên").merge("C7:D7", "Năm sinh");
  b.merge("E7:E8", "Chức vụ").merge("F7:F8", "Ngạch công chức").merge("G7:G8", "Hệ số lương");
  b.merge("H7:H8", "Ghi chú");
  b.line(8, ["Nam", "Nữ"], 3);
  b.line(9, [1, 2, 3, 4, 5, 6, 7, 8]);
  let r = 10;
  let n = 0;
  HUYEN_UNITS.forEach(({ unit, people }, u) => {
    b.line(r++, [ROMAN[u] as string, unit.toUpperCase()]);
    for (const p of people) {
      n++;
      b.line(r++, [
        n,
        p.name,
        p.male ? p.born : null,
        p.male ? null : p.born,
        p.title,
        p.grade || null,
        p.coefficient,
        p.role === "contract" ? "Hợp đồng" : null,
      ]);
    }
  });
  b.line(r, [null, `Tổng cộng: ${n} người`]);
  b.line(r + 2, [null, "Người lập danh sách"]).merge(`F${r + 2}:H${r + 2}`, "TRƯỞNG PHÒNG");
  b.line(r + 6, [null, "Lương Thị Thảo"]).merge(`F${r + 6}:H${r + 6}`, "Bùi Đức Long");
  b.font(`A1:H${r + 6}`, "VNI-Times", "vni");
  const want = tallyRoster(HUYEN_UNITS);
  return {
    id: "vni-danh-sach-can-bo-cong-chuc-huyen",
    family: "legacy-encoding",
    title:
      "A district's 2006 list of cán bộ, công chức of its phòng chuyên môn, typed in VNI-Times: units as " +
      "'I', 'II' rows, birth year under Nam / Nữ, contract drivers and guards among the people",
    source:
      "Shape of the person rosters in DESIGN.md §1 and of the Mẫu 03 list (TT 09/2004/TT-BNV: 'Họ và tên', " +
      "'Năm sinh' over Nam / Nữ, 'Chức vụ', 'Ngạch', 'Hệ số lương'), units as Roman-numbered rows as district " +
      "lists of the time were typed; encoded with the VNI-Windows table of UniKey's converter. Names and " +
      "numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "roster", ...want }],
  };
}

// ---------------------------------------------------------------------------------------------
// (c) A Unicode header over rows copied from an old .VnTime file

const HUYEN_PHONG: (UnitRow & { quota: number })[] = [
  { name: "Phòng Tư pháp", quota: 4, heads: 1, deputies: 1, specialists: 2, contract: 0 },
  { name: "Phòng Văn hoá và Thông tin", quota: 5, heads: 1, deputies: 1, specialists: 2, contract: 1 },
  { name: "Phòng Giáo dục và Đào tạo", quota: 9, heads: 1, deputies: 3, specialists: 5, contract: 1 },
  { name: "Phòng Y tế", quota: 3, heads: 1, deputies: 0, specialists: 1, contract: 0 },
  { name: "Phòng Tài nguyên và Môi trường", quota: 7, heads: 1, deputies: 2, specialists: 3, contract: 2 },
  { name: "Phòng Kinh tế và Hạ tầng", quota: 8, heads: 1, deputies: 2, specialists: 5, contract: 0 },
];

function mixedHeaderTable(): Layout {
  const sheet = "Tổng hợp";
  const b = new SheetBuilder(8);
  b.merge("A1:H1", "ỦY BAN NHÂN DÂN HUYỆN TÂN PHÚ");
  b.merge("A2:H2", "BIỂU TỔNG HỢP BIÊN CHẾ, LÃNH ĐẠO CÁC PHÒNG CHUYÊN MÔN");
  b.merge("A3:H3", "(Số liệu đến ngày 31/12/2008)");
  b.blank(4);
  b.merge("A5:A6", "TT").merge("B5:B6", "Tên đơn vị").merge("C5:D5", "Biên chế");
  b.merge("E5:F5", "Lãnh đạo").merge("G5:G6", "Hợp đồng 68").merge("H5:H6", "Ghi chú");
  b.line(6, ["Được giao", "Có mặt", "Trưởng phòng", "Phó trưởng phòng"], 3);
  b.line(7, [1, 2, 3, 4, 5, 6, 7, 8]);
  HUYEN_PHONG.forEach((u, k) =>
    b.line(8 + k, [
      k + 1,
      u.name,
      u.quota,
      staffOf(u),
      u.heads,
      u.deputies || null,
      u.contract || null,
      staffOf(u) < u.quota ? "Còn thiếu biên chế" : null,
    ]),
  );
  const total = 8 + HUYEN_PHONG.length;
  b.line(total, [
    null,
    "Cộng",
    sum(HUYEN_PHONG.map((u) => u.quota)),
    sum(HUYEN_PHONG.map(staffOf)),
    sum(HUYEN_PHONG.map((u) => u.heads)),
    sum(HUYEN_PHONG.map((u) => u.deputies)),
    sum(HUYEN_PHONG.map((u) => u.contract)),
    null,
  ]);
  b.line(total + 2, [null, "Người lập biểu", null, null, null, "KT. CHỦ TỊCH"]);
  b.line(total + 3, [null, null, null, null, null, "PHÓ CHỦ TỊCH"]);
  b.line(total + 6, [null, "Trịnh Văn Phúc", null, null, null, "Nguyễn Hữu Thọ"]);
  // The header and footer were retyped in Unicode (Times New Roman, the workbook's font); the
  // rows were copied from the 2005 file and kept their .VnTime.
  b.font(`A8:H${total}`, ".VnTime", "tcvn3");
  const want = expectedUnits(HUYEN_PHONG);
  return {
    id: "unicode-header-vntime-rows-phong-chuyen-mon",
    family: "legacy-encoding",
    title:
      "A district's table of posts and leaders by phòng: title, two-row header and footer retyped in " +
      "Unicode (Times New Roman), the unit rows and 'Cộng' copied from an old file in .VnTime",
    source:
      "Shape of the unit tables in DESIGN.md §1 and of src/core/read/read.test.ts ('Biên chế' over Được giao / " +
      "Có mặt, 'Lãnh đạo' over Trưởng phòng / Phó trưởng phòng, a numbering row 1 … 8, 'Cộng', 'KT. CHỦ TỊCH / " +
      "PHÓ CHỦ TỊCH' footer per Nghị định 110/2004/NĐ-CP); rows encoded with the TCVN3 table of UniKey's " +
      "converter. Names and numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, kind: "units", ...want }],
  };
}

// ---------------------------------------------------------------------------------------------
// (d) TCVN3 bytes in Arial: the font was changed, the text was not converted

function tcvn3InArial(): Layout {
  const sheet = "Danh sách";
  const b = new SheetBuilder(7);
  b.merge("A1:G1", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  b.merge("A2:G2", "BẢNG THỐNG KÊ SỐ LƯỢNG CẤP TRƯỞNG, CẤP PHÓ CÁC PHÒNG");
  b.merge("A3:G3", "(Kèm theo Công văn số 52/STNMT-VP)");
  b.blank(6);
  b.merge("A7:A8", "STT").merge("B7:B8", "Tên đơn vị").merge("C7:D7", "Lãnh đạo");
  b.merge("E7:E8", "Chuyên viên").merge("F7:F8", "Tổng số").merge("G7:G8", "Ghi chú");
  b.line(8, ["Trưởng phòng", "Phó trưởng phòng"], 3);
  b.line(9, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]);
  const rows: [string, number, number, number][] = [
    ["Văn phòng Sở", 1, 2, 7],
    ["Phòng Quản lý đất đai", 1, 2, 6],
    ["Phòng Tài nguyên nước và Khí tượng thủy văn", 1, 1, 4],
    ["Phòng Môi trường", 1, 2, 5],
    ["Chi cục Bảo vệ môi trường", 1, 2, 9],
  ];
  rows.forEach(([name, h, d, s], k) => b.line(10 + k, [k + 1, name, h, d, s, h + d + s, null]));
  const total = 10 + rows.length;
  b.line(total, [
    null,
    "Tổng cộng",
    sum(rows.map((x) => x[1])),
    sum(rows.map((x) => x[2])),
    sum(rows.map((x) => x[3])),
    sum(rows.map((x) => x[1] + x[2] + x[3])),
    null,
  ]);
  b.line(total + 2, [null, "Người lập biểu", null, null, "GIÁM ĐỐC"]);
  // Typed in .VnTime years ago; someone later selected the table and chose Arial. The titles were
  // retyped in Unicode.
  b.font(`A7:G${total + 2}`, "Arial", "tcvn3");
  return {
    id: "tcvn3-text-in-arial-thong-ke-cap-pho",
    family: "legacy-encoding",
    title:
      "A Sở's count of heads and deputies by phòng whose table, typed in .VnTime, was later set in Arial " +
      "without converting the text: the cells show 'Tªn ®¬n vÞ', 'Phßng M«i tr­êng'",
    source:
      "Shape of the unit tables in DESIGN.md §1 (title rows, 'Lãnh đạo' over Trưởng phòng / Phó trưởng phòng, " +
      "numbering row, 'Tổng cộng', footer); header and rows encoded with the TCVN3 table of UniKey's converter " +
      "and set in Arial. The reader must refuse at the header's first legacy cell, B7, never match the text " +
      "as Unicode. Names and numbers made up.",
    sheets: [b.build(sheet)],
    reads: [{ sheet, refused: { code: "legacy-encoding-unknown", cell: "'Danh sách'!B7" } }],
  };
}

export const LAYOUTS: Layout[] = [vntimeUnitTable(), vniRoster(), mixedHeaderTable(), tcvn3InArial()];
