/**
 * Grouped lists: people listed under group rows instead of beside a unit column.
 *
 * - commune-cadres: lists of a commune's cadres, one merged row per chức danh, marks in category
 *   columns, no Chức vụ and no unit column (the commune named in the title rows is the one unit).
 * - leaving-list: lists of people leaving under NĐ 178/2024 and NĐ 67/2025 (block rows "I. …",
 *   unit rows "1. …", category rows, "Cộng" after each unit, money columns, a date column headed
 *   "Thời gian đơn vị sáp nhập, giải thể").
 * - merged-departments: before/after rosters of two departments merged into one, with same-name
 *   units in different blocks of the "Trước sắp xếp" sheet.
 *
 * Every person and unit name and every number is made up. People are named by ./build's
 * `nameSource`, and the expected figures are counted here, from the same data, by the role this
 * file gives each person by hand (H head, D deputy, S specialist, C contract / not on biên chế).
 */
import type { CellValue } from "../../../src/core/types";
import {
  cellRef,
  colLetters,
  colNumber,
  nameSource,
  pad2,
  ROMAN,
  SheetBuilder,
  type NameSource,
} from "./build";
import { dauMoi, type ExpectedTotals, type ExpectedUnit, type Layout } from "./types";

// ---------------------------------------------------------------------------------------------
// Small helpers: roles, dates and the clerk's own count (sheets, names and references: ./build).
// ---------------------------------------------------------------------------------------------

/** H head, D deputy, S specialist (staff only), C contract / not on the biên chế. */
type Role = "H" | "D" | "S" | "C";

/** A date at midnight UTC, the way a date cell comes out of a workbook. */
const day = (y: number, m: number, d = 1): Date => new Date(Date.UTC(y, m - 1, d));

/** One person as the clerk counts them: the unit (and block) they are listed under and a role. */
interface Counted {
  unit: string;
  block?: string;
  role: Role;
}

/**
 * The expected units and totals, counted from the people: units in order of first appearance,
 * a unit being (block, name); contract people counted apart, never in staff.
 */
function tally(
  counted: readonly Counted[],
  opts: { blocks: boolean; contract: boolean },
): { units: ExpectedUnit[]; totals: ExpectedTotals } {
  const byKey = new Map<string, ExpectedUnit>();
  for (const p of counted) {
    const key = `${p.block ?? ""}\u0000${p.unit}`;
    let u = byKey.get(key);
    if (!u) {
      u = { name: p.unit, heads: 0, deputies: 0, staff: 0 };
      if (opts.blocks) u.block = p.block ?? "";
      if (opts.contract) u.contract = 0;
      byKey.set(key, u);
    }
    if (p.role === "C") {
      if (u.contract !== undefined) u.contract++;
      else throw new Error(`contract person in ${p.unit} of a layout without contract figures`);
      continue;
    }
    u.staff++;
    if (p.role === "H") u.heads++;
    if (p.role === "D") u.deputies++;
  }
  const units = [...byKey.values()];
  const totals: ExpectedTotals = {
    units: dauMoi(units),
    heads: units.reduce((s, u) => s + u.heads, 0),
    deputies: units.reduce((s, u) => s + u.deputies, 0),
    staff: units.reduce((s, u) => s + u.staff, 0),
  };
  if (opts.contract) totals.contract = units.reduce((s, u) => s + (u.contract ?? 0), 0);
  return { units, totals };
}

/** Lương cơ sở from 1/7/2024 (NĐ 73/2024/NĐ-CP). */
const LUONG_CO_SO = 2_340_000;

/** Years early or insured, rounded as NĐ 178 Art. 5 and TT 01/2025/TT-BNV say: 1–6 months = 0.5, 7–11 = 1. */
function roundedYears(months: number): number {
  const y = Math.floor(months / 12);
  const r = months % 12;
  return y + (r === 0 ? 0 : r <= 6 ? 0.5 : 1);
}

/** Normal retirement age in 2025 in months (NĐ 135/2020 Annex I): men 61y3m, women 56y8m. */
const retirementAgeMonths = (female: boolean): number => (female ? 680 : 735);

/** A birth year and salary coefficient that fit the role (leaders older and higher on the scale). */
function profile(gen: NameSource, role: Role): { born: number; coef: number | null } {
  if (role === "C") return { born: 1975 + gen.next(22), coef: null };
  if (role === "H")
    return { born: 1966 + gen.next(13), coef: [4.4, 4.74, 5.08, 5.42, 5.76, 6.2][gen.next(6)] as number };
  if (role === "D")
    return { born: 1968 + gen.next(15), coef: [4.0, 4.34, 4.4, 4.68, 4.74, 5.08][gen.next(6)] as number };
  return {
    born: 1970 + gen.next(29),
    coef: [2.34, 2.67, 3.0, 3.33, 3.66, 4.0, 4.34, 4.68][gen.next(8)] as number,
  };
}

// ---------------------------------------------------------------------------------------------
// commune-cadres 1: the list of a commune's cadres in a commune-merger dossier (end of 2024).
// ---------------------------------------------------------------------------------------------

type CommuneKind = "cb" | "cc" | "kct";
type CommunePerson = [kind: CommuneKind, role: Role, female?: boolean, note?: string];

function xaAnThanh(): Layout {
  const sheetName = "CBCC xã An Thạnh";
  const unit = "Xã An Thạnh";
  const gen = nameSource(2024);
  const groups: [string, CommunePerson[]][] = [
    ["Bí thư Đảng ủy, Chủ tịch HĐND xã", [["cb", "H"]]],
    ["Phó Bí thư Thường trực Đảng ủy", [["cb", "D"]]],
    ["Phó Bí thư Đảng ủy, Chủ tịch UBND xã", [["cb", "H"]]],
    ["Phó Chủ tịch HĐND xã", [["cb", "D", true]]],
    [
      "Phó Chủ tịch UBND xã",
      [
        ["cb", "D"],
        ["cb", "D", true],
      ],
    ],
    ["Chủ tịch Ủy ban MTTQ Việt Nam xã", [["cb", "H"]]],
    ["Bí thư Đoàn TNCS Hồ Chí Minh xã", [["cb", "H", true]]],
    ["Chủ tịch Hội Liên hiệp Phụ nữ xã", [["cb", "H", true]]],
    ["Chủ tịch Hội Nông dân xã", [["cb", "H"]]],
    ["Chủ tịch Hội Cựu chiến binh xã", [["cb", "H"]]],
    ["Chỉ huy trưởng Ban CHQS xã", [["cc", "H"]]],
    [
      "Văn phòng - Thống kê",
      [
        ["cc", "S", true],
        ["cc", "S"],
      ],
    ],
    [
      "Địa chính - Xây dựng",
      [
        ["cc", "S"],
        ["cc", "S"],
      ],
    ],
    ["Tài chính - Kế toán", [["cc", "S", true]]],
    [
      "Tư pháp - Hộ tịch",
      [
        ["cc", "S"],
        ["cc", "S", true],
      ],
    ],
    [
      "Văn hóa - Xã hội",
      [
        ["cc", "S"],
        ["cc", "S", true],
      ],
    ],
    // Người hoạt động không chuyên trách: not on the biên chế, so `contract`, whatever their post.
    ["Phó Chỉ huy trưởng Ban CHQS xã", [["kct", "C"]]],
    [
      "Người hoạt động không chuyên trách",
      [
        ["kct", "C", true, "Phụ trách Văn phòng Đảng ủy"],
        ["kct", "C", false, "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"],
        ["kct", "C", true, "Phó Chủ tịch Hội Nông dân xã"],
      ],
    ],
  ];
  const listed = groups.reduce((n, [, ps]) => n + ps.length, 0);

  // A STT, B Họ và tên, C-D Năm sinh (Nam/Nữ), E-G Phân loại, H-M Trình độ, N Hệ số lương, O Ghi chú
  const g = new SheetBuilder(15);
  let r = g.append({ A: "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG LẠC", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
  g.merge(r, "A", r, "E");
  g.merge(r, "H", r, "O");
  r = g.append({ A: "ỦY BAN NHÂN DÂN XÃ AN THẠNH", H: "Độc lập - Tự do - Hạnh phúc" });
  g.merge(r, "A", r, "E");
  g.merge(r, "H", r, "O");
  r = g.append({ M: "Mẫu 02/CL.CBCCX" });
  g.merge(r, "M", r, "O");
  r = g.append({ A: "DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ" });
  g.merge(r, "A", r, "O");
  r = g.append({ A: "Xã An Thạnh, huyện Đồng Lạc (có đến ngày 31 tháng 12 năm 2024)" });
  g.merge(r, "A", r, "O");
  r = g.append({
    A: `(Kèm theo Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025; danh sách gồm ${listed} người)`,
  });
  g.merge(r, "A", r, "O");

  const h = g.append();
  g.append();
  g.append();
  g.merge(h, "A", h + 2, "A", "STT");
  g.merge(h, "B", h + 2, "B", "Họ và tên");
  g.merge(h, "C", h + 1, "D", "Năm sinh");
  g.merge(h, "E", h, "G", "Phân loại");
  g.merge(h, "H", h, "M", "Trình độ");
  g.merge(h, "N", h + 2, "N", "Hệ số lương");
  g.merge(h, "O", h + 2, "O", "Ghi chú");
  g.merge(h + 1, "E", h + 2, "E", "Cán bộ");
  g.merge(h + 1, "F", h + 2, "F", "Công chức");
  g.merge(h + 1, "G", h + 2, "G", "Người hoạt động không chuyên trách");
  g.merge(h + 1, "H", h + 1, "J", "Chuyên môn");
  g.merge(h + 1, "K", h + 1, "M", "Lý luận chính trị");
  const leaves = [
    "Nam",
    "Nữ",
    "",
    "",
    "",
    "Sau đại học",
    "Đại học",
    "Cao đẳng, trung cấp",
    "Cao cấp",
    "Trung cấp",
    "Sơ cấp",
  ];
  leaves.forEach((v, i) => v && g.set(h + 2, 3 + i, v));
  g.append(Array.from({ length: 15 }, (_, i) => String(i + 1)));

  const counted: Counted[] = [];
  let stt = 0;
  groups.forEach(([title, ps], gi) => {
    const gr = g.append({ A: ROMAN[gi], B: title });
    g.merge(gr, "B", gr, "O");
    for (const [kind, role, female, note] of ps) {
      stt++;
      const born = profile(gen, role).born;
      const cells: Record<string, CellValue> = { A: stt, B: gen.name(female), [female ? "D" : "C"]: born };
      cells[kind === "cb" ? "E" : kind === "cc" ? "F" : "G"] = "x";
      const edu = gen.next(6);
      cells[edu === 0 ? "H" : edu < 5 ? "I" : "J"] = "x";
      if (kind !== "kct") cells[["K", "L", "L", "M"][gen.next(4)] as string] = "x";
      if (kind !== "kct") cells.N = [2.35, 2.15, 2.34, 2.67, 3.0, 3.33, 3.66][gen.next(7)] as number;
      if (note) cells.O = note;
      g.append(cells);
      counted.push({ unit, role });
    }
  });

  g.append();
  g.append({ K: "An Thạnh, ngày 06 tháng 01 năm 2025" });
  g.append({ B: "Người lập biểu", K: "TM. ỦY BAN NHÂN DÂN" });
  g.append({ K: "CHỦ TỊCH" });
  g.append({ B: "(Ký, ghi rõ họ tên)", K: "(Ký, họ tên, đóng dấu)" });
  g.append();
  g.append();
  g.append({ B: gen.name(true), K: gen.name() });

  const { units, totals } = tally(counted, { blocks: false, contract: true });
  return {
    id: "xa-cbcc-theo-chuc-danh",
    family: "commune-cadres",
    title:
      "Danh sách cán bộ, công chức cấp xã (Mẫu 02/CL.CBCCX as the brief names it) in a commune-merger dossier: one merged row per chức danh, marks in Phân loại and Trình độ columns",
    source:
      "No copy of the form Mẫu 02/CL.CBCCX itself was found in the stores (pages, code, find_string). Shape rebuilt from the brief's description and from the commune lists in sắp xếp ĐVHC dossiers: title rows 'ỦY BAN NHÂN DÂN HUYỆN …' / 'ỦY BAN NHÂN DÂN XÃ …', title 'DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ', three header rows (Năm sinh Nam/Nữ; Phân loại Cán bộ | Công chức | Người hoạt động không chuyên trách; Trình độ Chuyên môn / Lý luận chính trị), numbering row 1…15. Chức danh wording: the cán bộ titles of Luật CBCC and the công chức titles of NĐ 33/2023/NĐ-CP ('Văn phòng - Thống kê', 'Địa chính - Xây dựng', 'Tài chính - Kế toán', 'Tư pháp - Hộ tịch', 'Văn hóa - Xã hội'; also seen in public repos, e.g. find_string 'Văn phòng - Thống kê'). Footer 'Người lập biểu' / 'TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH' / '(Ký, họ tên, đóng dấu)' as in BNV forms (BM04/BNV in a public salary app's DevExpress report rp_SalaryCommuneCivilServants). The unit is the commune: the expected name is 'Xã An Thạnh' (the commune the heading 'ỦY BAN NHÂN DÂN XÃ AN THẠNH' and the line 'Xã An Thạnh, huyện Đồng Lạc' name). The title states the number of people listed (biên chế + không chuyên trách). Names and numbers made up.",
    sheets: [g.build(sheetName)],
    reads: [{ sheet: sheetName, kind: "roster", units, totals }],
  };
}

// ---------------------------------------------------------------------------------------------
// commune-cadres 2: the 2025 list of a new phường's cadres (two-level local government).
// ---------------------------------------------------------------------------------------------

function phuongBinhMinhDong(): Layout {
  const sheetName = "DS CBCC phường";
  const unit = "Phường Bình Minh Đông";
  const gen = nameSource(2025);
  const former = ["Phường Bình Minh", "Xã Đông Hòa", "Xã Tân Đông"];
  type Kind = "cb" | "cc" | "hd";
  /** [kind, role, female?]; a `repeat` entry lists again the person of an earlier group. */
  type P = [Kind, Role, boolean?] | { repeat: number; note: string };
  const groups: [string, P[]][] = [
    ["Bí thư Đảng ủy phường", [["cb", "H"]]],
    ["Phó Bí thư Thường trực Đảng ủy phường", [["cb", "D", true]]],
    ["Phó Bí thư Đảng ủy, Chủ tịch UBND phường", [["cb", "H"]]],
    // The Bí thư holds this post too: listed again without a number, counted once.
    ["Chủ tịch HĐND phường", [{ repeat: 0, note: "Bí thư Đảng ủy phường kiêm nhiệm, đã tính tại mục 1" }]],
    ["Phó Chủ tịch HĐND phường", [["cb", "D"]]],
    [
      "Phó Chủ tịch UBND phường",
      [
        ["cb", "D"],
        ["cb", "D", true],
      ],
    ],
    ["Chủ tịch Ủy ban MTTQ Việt Nam phường", [["cb", "H", true]]],
    [
      "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường",
      [
        ["cb", "D", true],
        ["cb", "D"],
      ],
    ],
    ["Chỉ huy trưởng Ban CHQS phường", [["cc", "H"]]],
    [
      "Văn phòng - Thống kê",
      [
        ["cc", "S", true],
        ["cc", "S"],
        ["cc", "S", true],
      ],
    ],
    [
      "Địa chính - Xây dựng",
      [
        ["cc", "S"],
        ["cc", "S"],
        ["cc", "S", true],
      ],
    ],
    [
      "Tài chính - Kế toán",
      [
        ["cc", "S", true],
        ["cc", "S", true],
      ],
    ],
    [
      "Tư pháp - Hộ tịch",
      [
        ["cc", "S"],
        ["cc", "S", true],
      ],
    ],
    [
      "Văn hóa - Xã hội",
      [
        ["cc", "S"],
        ["cc", "S", true],
      ],
    ],
    [
      "Hợp đồng lao động (Nghị định số 111/2022/NĐ-CP)",
      [
        ["hd", "C"],
        ["hd", "C", true],
      ],
    ],
  ];

  // A TT, B Họ và tên, C-D Ngày tháng năm sinh (Nam/Nữ), E-G Đối tượng, H Nơi công tác trước sắp
  // xếp, I-L Trình độ, M Số năm công tác, N Ghi chú
  const g = new SheetBuilder(14);
  let r = g.append({ A: "ỦY BAN NHÂN DÂN TỈNH HÀ LAM", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
  g.merge(r, "A", r, "E");
  g.merge(r, "H", r, "N");
  r = g.append({ A: "ỦY BAN NHÂN DÂN PHƯỜNG BÌNH MINH ĐÔNG", H: "Độc lập - Tự do - Hạnh phúc" });
  g.merge(r, "A", r, "E");
  g.merge(r, "H", r, "N");
  g.append();
  r = g.append({ A: "DANH SÁCH CÁN BỘ, CÔNG CHỨC CỦA PHƯỜNG BÌNH MINH ĐÔNG" });
  g.merge(r, "A", r, "N");
  r = g.append({
    A: "(Sau sắp xếp đơn vị hành chính cấp xã, tổ chức chính quyền địa phương 02 cấp; có đến ngày 15/7/2025)",
  });
  g.merge(r, "A", r, "N");

  const h = g.append();
  for (let i = 0; i < 3; i++) g.append();
  g.merge(h, "A", h + 3, "A", "TT");
  g.merge(h, "B", h + 3, "B", "Họ và tên");
  g.merge(h, "C", h + 2, "D", "Ngày, tháng, năm sinh");
  g.merge(h, "E", h + 1, "G", "Đối tượng");
  g.merge(h, "H", h + 3, "H", "Nơi công tác trước sắp xếp");
  g.merge(h, "I", h, "L", "Trình độ");
  g.merge(h, "M", h + 3, "M", "Số năm công tác");
  g.merge(h, "N", h + 3, "N", "Ghi chú");
  g.merge(h + 1, "I", h + 2, "J", "Chuyên môn");
  g.merge(h + 1, "K", h + 2, "L", "Lý luận chính trị");
  g.merge(h + 2, "E", h + 3, "E", "Cán bộ");
  g.merge(h + 2, "F", h + 3, "F", "Công chức");
  g.merge(h + 2, "G", h + 3, "G", "Hợp đồng lao động");
  g.set(h + 3, "C", "Nam");
  g.set(h + 3, "D", "Nữ");
  g.set(h + 3, "I", "Thạc sĩ");
  g.set(h + 3, "J", "Đại học");
  g.set(h + 3, "K", "Cao cấp");
  g.set(h + 3, "L", "Trung cấp");
  g.append(Array.from({ length: 14 }, (_, i) => `(${i + 1})`));

  const counted: Counted[] = [];
  const firstOf: string[] = [];
  const tally2 = { nam: 0, nu: 0, cb: 0, cc: 0, hd: 0 };
  let stt = 0;
  groups.forEach(([title, ps], gi) => {
    const gr = g.append({ A: `${gi + 1}. ${title}` });
    g.merge(gr, "A", gr, "N");
    for (const p of ps) {
      if (!Array.isArray(p)) {
        g.append({ B: firstOf[p.repeat] as string, N: p.note });
        continue;
      }
      const [kind, role, female] = p;
      stt++;
      const name = gen.name(female);
      if (firstOf[gi] === undefined) firstOf[gi] = name;
      const born = `${pad2(1 + gen.next(28))}/${pad2(1 + gen.next(12))}/${profile(gen, role).born}`;
      const cells: Record<string, CellValue> = { A: stt, B: name, [female ? "D" : "C"]: born };
      cells[kind === "cb" ? "E" : kind === "cc" ? "F" : "G"] = "X";
      cells.H = gen.pick(former);
      if (kind !== "hd") {
        cells[gen.next(4) === 0 ? "I" : "J"] = 1;
        cells[kind === "cb" ? "K" : "L"] = 1;
      }
      cells.M = 3 + gen.next(28);
      g.append(cells);
      counted.push({ unit, role });
      tally2[female ? "nu" : "nam"]++;
      tally2[kind]++;
    }
  });
  r = g.append({ A: "Tổng cộng", C: tally2.nam, D: tally2.nu, E: tally2.cb, F: tally2.cc, G: tally2.hd });
  g.merge(r, "A", r, "B");

  g.append();
  g.append({ J: "Bình Minh Đông, ngày 15 tháng 7 năm 2025" });
  g.append({ B: "NGƯỜI LẬP BIỂU", J: "TM. ỦY BAN NHÂN DÂN" });
  g.append({ J: "CHỦ TỊCH" });
  g.append({ B: "(Ký, ghi rõ họ tên)", J: "(Ký, họ tên, đóng dấu)" });
  g.append();
  g.append({ B: gen.name(true), J: gen.name() });

  const { units, totals } = tally(counted, { blocks: false, contract: true });
  return {
    id: "phuong-2025-cbcc-sau-sap-xep",
    family: "commune-cadres",
    title:
      "Danh sách cán bộ, công chức of a new phường after the 2025 two-level reform: numbered chức danh rows, a person listed twice for a concurrent post, 'X'/'1' marks, a 'Tổng cộng' row of category counts",
    source:
      "No published template for the 2025 lists of a new xã/phường's cadres was found in the stores; built after the commune-cadres description of the brief and the same sources as xa-cbcc-theo-chuc-danh (chức danh wording of Luật CBCC and NĐ 33/2023/NĐ-CP; 'Hợp đồng lao động (Nghị định số 111/2022/NĐ-CP)'). Adapted traps: four header rows deep with merges and a '(1) … (14)' numbering row; dates of birth as text in Nam/Nữ columns; a 'Nơi công tác trước sắp xếp' column naming the former communes (history, not the unit); marks 'X' (Đối tượng) and '1' (Trình độ); 'Số năm công tác' (a number that is not a head count); the Bí thư listed again under 'Chủ tịch HĐND phường' without a number and with a note (counted once); a 'Tổng cộng' row merged over A:B giving Nam/Nữ and per-category counts; signature footer. The unit is the commune of the title 'DANH SÁCH … CỦA PHƯỜNG BÌNH MINH ĐÔNG'. Names and numbers made up.",
    sheets: [g.build(sheetName)],
    // The Bí thư listed again under "Chủ tịch HĐND", without a number: one person, and said so.
    reads: [{ sheet: sheetName, kind: "roster", units, totals, allowedIssues: ["person-repeated"] }],
  };
}

// ---------------------------------------------------------------------------------------------
// leaving-list 1: Ministry of Defence Phụ lục I.1 (nghỉ hưu trước tuổi, NĐ 178 + NĐ 67).
// ---------------------------------------------------------------------------------------------

interface SoldierSpec {
  rank: string;
  title: string;
  role: Role;
  /** Months early (to the age ceiling of the rank), insured years (rounded). */
  early: number;
  insured: number;
  salary: number;
}

/** Highest service age by rank (Luật Sĩ quan as amended in 2024; QNCN ranks: 54, as the BQP validator has it). */
function ceilingYears(rank: string): number {
  if (rank.endsWith("QNCN")) return 54;
  return rank === "Đại tá" ? 58 : rank === "Thượng tá" ? 56 : rank === "Trung tá" ? 54 : 52;
}

function bqpPhuLucI1(): Layout {
  const sheetName = "Phụ lục I.1";
  const gen = nameSource(178);
  const si = (
    rank: string,
    title: string,
    role: Role,
    early: number,
    insured: number,
    salary: number,
  ): SoldierSpec => ({
    rank,
    title,
    role,
    early,
    insured,
    salary,
  });
  const blocks: [string, [string, [string, SoldierSpec[]][]][]][] = [
    [
      "CƠ QUAN BỘ CHỈ HUY QUÂN SỰ TỈNH",
      [
        [
          "Phòng Tham mưu",
          [
            [
              "Sĩ quan",
              [
                si("Đại tá", "Phó Tham mưu trưởng", "D", 40, 35.5, 31_248_000),
                si("Thượng tá", "Trợ lý Tác chiến", "S", 54, 31, 24_336_000),
              ],
            ],
            ["Quân nhân chuyên nghiệp", [si("Trung tá QNCN", "Nhân viên Cơ yếu", "S", 30, 28.5, 17_784_000)]],
          ],
        ],
        [
          "Phòng Chính trị",
          [
            [
              "Sĩ quan",
              [
                si("Đại tá", "Chủ nhiệm Chính trị", "H", 26, 36, 33_696_000),
                si("Trung tá", "Trợ lý Tuyên huấn", "S", 60, 27.5, 20_592_000),
              ],
            ],
          ],
        ],
        [
          "Phòng Hậu cần - Kỹ thuật",
          [
            [
              "Sĩ quan",
              [
                si("Thượng tá", "Phó Chủ nhiệm Hậu cần - Kỹ thuật", "D", 36, 33, 26_208_000),
                si("Thiếu tá", "Trợ lý Quân nhu", "S", 70, 24, 15_912_000),
              ],
            ],
            [
              "Quân nhân chuyên nghiệp",
              [si("Thiếu tá QNCN", "Nhân viên Thủ kho", "S", 44, 26.5, 14_976_000)],
            ],
          ],
        ],
      ],
    ],
    [
      "BAN CHỈ HUY PHÒNG THỦ KHU VỰC 1 - BẮC HÀ LAM",
      [
        [
          "Ban Tham mưu",
          [
            [
              "Sĩ quan",
              [
                si("Thượng tá", "Phó Chỉ huy trưởng - Tham mưu trưởng", "D", 32, 32.5, 27_144_000),
                si("Thiếu tá", "Trợ lý Quân lực", "S", 48, 22, 15_444_000),
              ],
            ],
            ["Quân nhân chuyên nghiệp", [si("Trung tá QNCN", "Nhân viên Văn thư", "S", 28, 29, 17_316_000)]],
          ],
        ],
        [
          "Ban Chính trị",
          [
            [
              "Sĩ quan",
              [
                si("Thượng tá", "Chính trị viên phó", "D", 38, 31.5, 25_740_000),
                si("Thiếu tá", "Trợ lý Cán bộ", "S", 66, 21.5, 15_444_000),
              ],
            ],
          ],
        ],
      ],
    ],
    [
      "BAN CHỈ HUY PHÒNG THỦ KHU VỰC 2 - NAM HÀ LAM",
      [
        [
          "Ban Tham mưu",
          [
            [
              "Sĩ quan",
              [
                si("Trung tá", "Tham mưu phó", "D", 42, 28, 21_060_000),
                si("Thiếu tá", "Trợ lý Tác chiến", "S", 58, 23.5, 15_912_000),
              ],
            ],
          ],
        ],
        [
          "Ban Hậu cần - Kỹ thuật",
          [
            ["Sĩ quan", [si("Thượng tá", "Trưởng ban Hậu cần - Kỹ thuật", "H", 24, 34, 26_676_000)]],
            ["Quân nhân chuyên nghiệp", [si("Trung tá QNCN", "Nhân viên Quân y", "S", 50, 27, 17_784_000)]],
          ],
        ],
      ],
    ],
  ];

  // A Số TT, B Họ và tên (1) … X Tổng cộng số tiền (23); money in N…X.
  const W = 24;
  const g = new SheetBuilder(W);
  let r = g.append({ A: "BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ LAM", P: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
  g.merge(r, "A", r, "F");
  g.merge(r, "P", r, "X");
  r = g.append({ A: "PHÒNG TÀI CHÍNH", P: "Độc lập - Tự do - Hạnh phúc" });
  g.merge(r, "A", r, "F");
  g.merge(r, "P", r, "X");
  r = g.append({ V: "Phụ lục I.1" });
  g.merge(r, "V", r, "X");
  r = g.append({
    A: "TỔNG HỢP SỐ LIỆU THỰC HIỆN CHẾ ĐỘ, CHÍNH SÁCH NGHỈ HƯU TRƯỚC TUỔI DO SẮP XẾP TỔ CHỨC BỘ MÁY",
  });
  g.merge(r, "A", r, "X");
  r = g.append({
    A: "(Kèm theo Báo cáo số 215/BC-BCH ngày 30 tháng 6 năm 2025 của Bộ Chỉ huy quân sự tỉnh Hà Lam)",
    V: "Đơn vị tính: Đồng",
  });
  g.merge(r, "A", r, "T");
  g.merge(r, "V", r, "X");

  const h = g.append();
  for (let i = 0; i < 3; i++) g.append();
  const tall: [string, string][] = [
    ["A", "Số TT"],
    ["B", "Họ và tên"],
    ["C", "Tháng, năm sinh"],
    ["D", "Cấp bậc"],
    ["E", "Chức vụ"],
    ["F", "Nhập ngũ"],
    ["G", "Kết quả đánh giá, xếp loại"],
    ["H", "Thời gian đơn vị sáp nhập, giải thể"],
    ["I", "Thời điểm nghỉ hưu hưởng trợ cấp"],
    ["J", "Tiền lương tháng hiện hưởng"],
    ["K", "Số tháng nghỉ hưu trước tuổi"],
    ["L", "Số năm nghỉ trước tuổi"],
    ["M", "Số năm công tác đóng BHXH"],
    ["X", "Tổng cộng số tiền theo Nghị định số 178"],
  ];
  for (const [c, v] of tall) g.merge(h, c, h + 3, c, v);
  g.merge(h, "N", h, "Q", "Trợ cấp một lần cho thời gian nghỉ sớm");
  g.merge(h, "R", h, "W", "Trợ cấp nghỉ hưu trước tuổi theo thời gian đóng BHXH và số năm nghỉ sớm");
  g.merge(h + 1, "N", h + 1, "O", "Nghỉ trong 12 tháng đầu");
  g.merge(h + 1, "P", h + 1, "Q", "Nghỉ từ tháng thứ 13 trở đi");
  g.merge(h + 1, "R", h + 1, "T", "Tuổi đời còn từ đủ 02 năm đến đủ 05 năm");
  g.merge(h + 1, "U", h + 1, "W", "Tuổi đời còn trên 05 năm đến đủ 10 năm");
  const leaf: [string, string][] = [
    ["N", "Tuổi đời còn 5 năm trở xuống"],
    ["O", "Tuổi đời còn trên 5 năm đến dưới 10 năm"],
    ["P", "Tuổi đời còn 5 năm trở xuống"],
    ["Q", "Tuổi đời còn trên 5 năm đến dưới 10 năm"],
    ["R", "5 tháng tiền lương hiện hưởng cho 1 năm nghỉ sớm"],
    ["S", "5 tháng tiền lương hiện hưởng cho 20 năm đầu công tác"],
    ["T", "Từ năm thứ 21 trở đi, mỗi năm được 0,5 tháng tiền lương hiện hưởng"],
    ["U", "4 tháng tiền lương hiện hưởng cho 1 năm nghỉ sớm"],
    ["V", "5 tháng tiền lương hiện hưởng cho 20 năm đầu công tác"],
    ["W", "Từ năm thứ 21 trở đi, mỗi năm được 0,5 tháng tiền lương hiện hưởng"],
  ];
  for (const [c, v] of leaf) g.merge(h + 2, c, h + 3, c, v);
  // "Mẫu Quân khu": column number 1 sits over Họ và tên, the Số TT column has none.
  const nums: Record<number, CellValue> = {};
  for (let c = 2; c <= W; c++) nums[c] = c - 1;
  g.append(nums);

  r = g.append({
    B: "Nghỉ theo Nghị định số 178/2024/NĐ-CP (được sửa đổi, bổ sung tại Nghị định số 67/2025/NĐ-CP)",
  });
  g.merge(r, "B", r, "M");

  const merger = day(2025, 3, 1);
  const money = (s: SoldierSpec): number[] => {
    // N O P Q R S T U V W (all within the first 12 months of the merger: P and Q stay empty).
    const out = Array.from({ length: 10 }, () => 0);
    const years = roundedYears(s.early);
    const over5 = s.early > 60;
    if (over5) out[1] = Math.round(0.9 * s.salary * 60);
    else out[0] = s.salary * s.early;
    const extra = Math.round(0.5 * s.salary * Math.max(0, s.insured - 20));
    if (over5) {
      out[7] = 4 * s.salary * years;
      out[8] = 5 * s.salary;
      out[9] = extra;
    } else {
      out[4] = 5 * s.salary * years;
      out[5] = 5 * s.salary;
      out[6] = extra;
    }
    return out;
  };
  const counted: Counted[] = [];
  const grand = Array.from({ length: 11 }, () => 0);
  blocks.forEach(([block, units], bi) => {
    r = g.append({ A: ROMAN[bi], B: block });
    g.merge(r, "B", r, "M");
    units.forEach(([unit, cats], ui) => {
      const n = cats.reduce((s, [, ps]) => s + ps.length, 0);
      g.append({ A: ui + 1, B: `${unit} (${pad2(n)} đ/c)` });
      const sub = Array.from({ length: 11 }, () => 0);
      let stt = 0;
      for (const [cat, ps] of cats) {
        g.append({ B: `* ${cat}` });
        for (const s of ps) {
          stt++;
          const retireMonth = 5 + gen.next(3);
          const retire = day(2025, retireMonth, 1);
          // Born so that the rank's age ceiling falls `early` months after the pension month; joined
          // the army `insured` years before it.
          const at = 2025 * 12 + retireMonth - 1;
          const born = at + s.early - ceilingYears(s.rank) * 12;
          const joined = at - Math.round(s.insured * 12);
          const mmYyyy = (t: number): string => `${pad2((t % 12) + 1)}/${Math.floor(t / 12)}`;
          const m = money(s);
          const total = m.reduce((a, b) => a + b, 0);
          const cells: Record<string, CellValue> = {
            A: stt,
            B: gen.name(),
            C: mmYyyy(born),
            D: s.rank,
            E: s.title,
            F: mmYyyy(joined),
            G: "Hoàn thành tốt nhiệm vụ",
            H: merger,
            I: retire,
            J: s.salary,
            K: s.early,
            L: roundedYears(s.early),
            M: s.insured,
            X: total,
          };
          m.forEach((v, i) => {
            if (v) cells[colLetters(colNumber("N") + i)] = v;
          });
          g.append(cells);
          [...m, total].forEach((v, i) => {
            sub[i] = (sub[i] as number) + v;
            grand[i] = (grand[i] as number) + v;
          });
          counted.push({ unit, block, role: s.role });
        }
      }
      const cells: Record<string, CellValue> = { B: "Cộng" };
      sub.forEach((v, i) => {
        if (v) cells[colLetters(colNumber("N") + i)] = v;
      });
      g.append(cells);
    });
  });
  const tot: Record<string, CellValue> = { A: "Tổng cộng" };
  grand.forEach((v, i) => {
    if (v) tot[colLetters(colNumber("N") + i)] = v;
  });
  r = g.append(tot);
  g.merge(r, "A", r, "B");

  g.append();
  r = g.append({
    A: "Ghi chú: Số tháng nghỉ hưu trước tuổi tính đến hạn tuổi phục vụ cao nhất theo cấp bậc quân hàm; không quá 60 tháng.",
  });
  g.merge(r, "A", r, "M");
  g.append({ S: "Hà Lam, ngày 30 tháng 6 năm 2025" });
  g.append({ C: "NGƯỜI LẬP BIỂU", S: "CHỈ HUY TRƯỞNG" });
  g.append({ C: "(Ký, ghi rõ họ tên)", S: "(Ký, họ tên, đóng dấu)" });
  g.append();
  g.append({ C: `Thiếu tá ${gen.name()}`, S: `Đại tá ${gen.name()}` });

  const { units, totals } = tally(counted, { blocks: true, contract: false });
  return {
    id: "bqp-phu-luc-i1-nghi-huu-truoc-tuoi",
    family: "leaving-list",
    title:
      "Phụ lục I.1 of the Ministry of Defence guidance: people retiring early under NĐ 178/2024 + NĐ 67/2025, by block, unit ('(03 đ/c)') and category (Sĩ quan / QNCN), 23 numbered columns of dates and money",
    source:
      "GitHub dinhgiang1-git/bqp-validate-data (a validator for the BQP appendices): src/test/java/…/GenerateTemplatesTest.java (Phụ lục I.1 header: 'Số TT', 'Họ và tên', 'Tháng, năm sinh', 'Cấp bậc', 'Chức vụ', 'Nhập ngũ', 'Kết quả đánh giá xếp loại', group 'TRỢ CẤP MỘT LẦN CHO THỜI GIAN NGHỈ SỚM' over 'Nghỉ trong 12 tháng đầu' / 'Nghỉ từ tháng 13 trở đi' over 'Tuổi đời còn 5 năm trở xuống' / 'Tuổi đời trên 5 năm đến 10 năm', group 'TRỢ CẤP NGHỈ HƯU TRƯỚC TUỔI THEO THỜI GIAN ĐÓNG BHXH VÀ SỐ NĂM NGHỈ SỚM', 'Tổng cộng số tiền theo Nghị định số 178'; header rows 6–9 with the leaves merged over two rows, a numbering row, title 'TỔNG HỢP SỐ LIỆU THỰC HIỆN CHẾ ĐỘ, CHÍNH SÁCH NGHỈ HƯU TRƯỚC TUỔI DO SẮP XẾP TỔ CHỨC BỘ MÁY'), src/main/java/…/service/ExcelValidationService.java (column 'Thời gian đơn vị sáp nhập, giải thể'; unit rows 'I.' + name; reading stops at 'Cộng'), QUY_CHUAN_DOC_FILE_EXCEL.md ('Mẫu Quân khu': number 1 over 'Họ và tên'; unit rows 'I. Cơ quan Bộ chỉ huy', '1. Ban Tham mưu'; stop at 'Cộng'/'Tổng cộng'), static/bqp_normalization.js (decree bands 'Nghỉ theo Nghị định số 178', categories Sĩ quan/QNCN, unit names carrying '(n đ/c)'), model/dto/PhuLucI1.java (field order). The official template (PHU LUC KEM THEO HUONG DAN CUA BO QUOC PHONG.xlsx) is binary and could not be read: leaf wording is adapted from those names, the column order from the validator's column numbers (9 = lương, 10 = số tháng, 11 = số năm, 12 = BHXH, 23 = tổng). Block/unit/category nesting follows the brief ('I. …' / '1. …' / '* Sĩ quan'). Amounts follow TT 19/2025/TT-BQP's formulas; names, units and numbers made up.",
    sheets: [g.build(sheetName)],
    reads: [{ sheet: sheetName, kind: "roster", units, totals }],
  };
}

// ---------------------------------------------------------------------------------------------
// leaving-list 2: a province's list of civil servants leaving, with the cost estimate.
// ---------------------------------------------------------------------------------------------

type Policy = "huu" | "thoi";
type Category = "cbcc" | "vc" | "nld";
interface Leaver {
  title: string;
  role: Role;
  category: Category;
  policy: Policy;
  female?: boolean;
}

function ndDanhSachNghiViec(): Layout {
  const sheetName = "Danh sách NĐ178";
  const gen = nameSource(67);
  const L = (title: string, role: Role, category: Category, policy: Policy, female = false): Leaver => ({
    title,
    role,
    category,
    policy,
    female,
  });
  const blocks: [string, [string, Leaver[]][]][] = [
    [
      "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
      [
        [
          "Văn phòng Sở",
          [
            L("Phó Chánh Văn phòng", "D", "cbcc", "huu", true),
            L("Chuyên viên", "S", "cbcc", "thoi"),
            L("Lái xe", "C", "nld", "thoi"),
          ],
        ],
        [
          "Phòng Kế hoạch - Tài chính",
          [
            L("Trưởng phòng", "H", "cbcc", "huu"),
            L("Chuyên viên chính", "S", "cbcc", "huu", true),
            L("Kế toán", "S", "cbcc", "thoi"),
          ],
        ],
        [
          "Chi cục Thủy lợi",
          [L("Phó Chi cục trưởng", "D", "cbcc", "huu"), L("Phụ trách kế toán", "S", "cbcc", "thoi", true)],
        ],
        [
          "Trung tâm Khuyến nông",
          [
            L("Phó Giám đốc Trung tâm", "D", "vc", "huu"),
            L("Kỹ sư nông nghiệp", "S", "vc", "thoi", true),
            L("Bảo vệ", "C", "nld", "thoi"),
          ],
        ],
      ],
    ],
    [
      "SỞ XÂY DỰNG",
      [
        ["Văn phòng Sở", [L("Chánh Văn phòng", "H", "cbcc", "huu"), L("Văn thư", "S", "cbcc", "thoi", true)]],
        [
          "Phòng Kế hoạch - Tài chính",
          [L("Phó Trưởng phòng", "D", "cbcc", "huu"), L("Chuyên viên", "S", "cbcc", "huu", true)],
        ],
        [
          "Phòng Quản lý kết cấu hạ tầng giao thông",
          [L("Phó Trưởng phòng phụ trách", "D", "cbcc", "huu"), L("Chuyên viên", "S", "cbcc", "thoi")],
        ],
      ],
    ],
  ];
  const categoryLabel: Record<Category, string> = {
    cbcc: "* Cán bộ, công chức",
    vc: "* Viên chức",
    nld: "* Người lao động (hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP)",
  };

  // A TT, B Họ và tên, C-D sinh Nam/Nữ, E Chức vụ, F Thời gian đơn vị sáp nhập, giải thể (date),
  // G Thời điểm nghỉ việc (date), H Tuổi, I Số năm nghỉ trước tuổi, J Số năm đóng BHXH, K-N Tiền
  // lương tháng hiện hưởng (N Tổng số), O-Q nghỉ hưu trước tuổi, R-T thôi việc, U tổng, V Ghi chú
  const W = 22;
  const g = new SheetBuilder(W);
  let r = g.append({ A: "ỦY BAN NHÂN DÂN TỈNH HÀ LAM", M: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
  g.merge(r, "A", r, "E");
  g.merge(r, "M", r, "V");
  r = g.append({ A: "SỞ NỘI VỤ", M: "Độc lập - Tự do - Hạnh phúc" });
  g.merge(r, "A", r, "E");
  g.merge(r, "M", r, "V");
  g.append();
  r = g.append({
    A: "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG NGHỈ VIỆC DO SẮP XẾP TỔ CHỨC BỘ MÁY",
  });
  g.merge(r, "A", r, "V");
  r = g.append({
    A: "VÀ DỰ TOÁN KINH PHÍ THỰC HIỆN CHÍNH SÁCH, CHẾ ĐỘ THEO NGHỊ ĐỊNH SỐ 178/2024/NĐ-CP VÀ NGHỊ ĐỊNH SỐ 67/2025/NĐ-CP",
  });
  g.merge(r, "A", r, "V");
  r = g.append({
    A: "(Kèm theo Tờ trình số 86/TTr-SNV ngày 18 tháng 4 năm 2025 của Sở Nội vụ)",
    T: "Đơn vị tính: đồng",
  });
  g.merge(r, "A", r, "Q");
  g.merge(r, "T", r, "V");

  const h = g.append();
  g.append();
  g.append();
  const tall: [string, string][] = [
    ["A", "TT"],
    ["B", "Họ và tên"],
    ["E", "Chức vụ hoặc chức danh công tác"],
    ["F", "Thời gian đơn vị sáp nhập, giải thể"],
    ["G", "Thời điểm nghỉ việc"],
    ["H", "Tuổi"],
    ["I", "Số năm nghỉ trước tuổi"],
    ["J", "Số năm công tác có đóng bảo hiểm xã hội bắt buộc"],
    ["V", "Ghi chú"],
  ];
  for (const [c, v] of tall) g.merge(h, c, h + 2, c, v);
  g.merge(h, "C", h + 1, "D", "Ngày, tháng, năm sinh");
  g.set(h + 2, "C", "Nam");
  g.set(h + 2, "D", "Nữ");
  g.merge(h, "K", h, "N", "Tiền lương tháng hiện hưởng");
  g.merge(h + 1, "K", h + 2, "K", "Hệ số lương ngạch, bậc, chức vụ");
  g.merge(h + 1, "L", h + 2, "L", "Hệ số phụ cấp chức vụ lãnh đạo");
  g.merge(h + 1, "M", h + 2, "M", "Các khoản phụ cấp khác");
  g.merge(h + 1, "N", h + 2, "N", "Tổng số");
  g.merge(h, "O", h, "U", "Số tiền được hưởng");
  g.merge(h + 1, "O", h + 1, "Q", "Nghỉ hưu trước tuổi");
  g.merge(h + 1, "R", h + 1, "T", "Nghỉ thôi việc");
  g.merge(h + 1, "U", h + 2, "U", "Tổng số tiền được hưởng");
  g.set(h + 2, "O", "Trợ cấp hưu trí một lần cho số tháng nghỉ sớm");
  g.set(h + 2, "P", "Trợ cấp cho số năm nghỉ sớm");
  g.set(h + 2, "Q", "Trợ cấp theo thời gian công tác có đóng bảo hiểm xã hội bắt buộc");
  g.set(h + 2, "R", "Trợ cấp thôi việc");
  g.set(h + 2, "S", "Trợ cấp 1,5 tháng tiền lương cho mỗi năm công tác có đóng bảo hiểm xã hội bắt buộc");
  g.set(h + 2, "T", "Trợ cấp 03 tháng tiền lương hiện hưởng để tìm việc làm");
  const numbering = Array.from({ length: W }, (_, i) => `(${i + 1})`);
  numbering[colNumber("N") - 1] = "(14)=[(11)+(12)]x2.340.000+(13)";
  numbering[colNumber("U") - 1] = "(21)=(15)+(16)+(17)+(18)+(19)+(20)";
  g.append(numbering);

  const merger = day(2025, 3, 1);
  const counted: Counted[] = [];
  const grand = Array.from({ length: 8 }, () => 0); // N, O…U
  let stt = 0;
  blocks.forEach(([block, units], bi) => {
    r = g.append({ A: ROMAN[bi], B: block });
    g.merge(r, "B", r, "V");
    units.forEach(([unit, ls], ui) => {
      r = g.append({ A: `${ui + 1}. ${unit}` });
      g.merge(r, "A", r, "E");
      const sub = Array.from({ length: 8 }, () => 0);
      let last: Category | undefined;
      for (const p of ls) {
        if (p.category !== last) {
          g.append({ B: categoryLabel[p.category] });
          last = p.category;
        }
        stt++;
        const female = p.female === true;
        const huu = p.policy === "huu";
        const early = huu ? 24 + 6 * gen.next(6) : 0; // months, within 2–5 years
        const age = huu ? Math.floor((retirementAgeMonths(female) - early) / 12) : 34 + gen.next(15);
        const insured = huu ? 28 + gen.next(9) + 0.5 * gen.next(2) : 8 + gen.next(12) + 0.5 * gen.next(2);
        let k: number | null = null;
        let l: number | null = null;
        let m: number | null = null;
        let salary: number;
        if (p.category === "nld") salary = 6_500_000 + 250_000 * gen.next(6);
        else {
          k = [2.67, 3.0, 3.33, 3.66, 3.99, 4.32, 4.65][gen.next(7)] as number;
          l = p.role === "H" ? 0.6 : p.role === "D" ? 0.4 : 0;
          const base = Math.round((k + l) * LUONG_CO_SO);
          m = p.category === "cbcc" ? Math.round(base * 0.25) : 0;
          salary = base + m;
        }
        const amounts = [0, 0, 0, 0, 0, 0]; // O P Q R S T
        if (huu) {
          amounts[0] = salary * early;
          amounts[1] = 5 * salary * roundedYears(early);
          amounts[2] = 5 * salary + Math.round(0.5 * salary * Math.max(0, insured - 20));
        } else {
          amounts[3] = Math.round(0.8 * salary * Math.min(60, insured * 12));
          amounts[4] = Math.round(1.5 * salary * insured);
          amounts[5] = 3 * salary;
        }
        const total = amounts.reduce((a, b) => a + b, 0);
        const cells: Record<string, CellValue> = {
          A: stt,
          B: gen.name(female),
          [female ? "D" : "C"]: `${pad2(1 + gen.next(28))}/${pad2(1 + gen.next(12))}/${2025 - age}`,
          E: p.title,
          F: merger,
          G: day(2025, 5 + gen.next(2), 1),
          H: age,
          I: huu ? roundedYears(early) : null,
          J: insured,
          K: k,
          L: l || null,
          M: m || null,
          N: salary,
          U: total,
        };
        amounts.forEach((v, i) => {
          if (v) cells[colLetters(colNumber("O") + i)] = v;
        });
        if (!huu) cells.V = p.category === "nld" ? "Hợp đồng lao động" : "Nghỉ thôi việc";
        g.append(cells);
        [salary, ...amounts, total].forEach((v, i) => {
          sub[i] = (sub[i] as number) + v;
          grand[i] = (grand[i] as number) + v;
        });
        counted.push({ unit, block, role: p.role });
      }
      const cells: Record<string, CellValue> = { A: "Cộng" };
      sub.forEach((v, i) => {
        if (v) cells[colLetters(colNumber("N") + i)] = v;
      });
      r = g.append(cells);
      g.merge(r, "A", r, "B");
    });
  });
  const tot: Record<string, CellValue> = { A: "Tổng cộng" };
  grand.forEach((v, i) => {
    if (v) tot[colLetters(colNumber("N") + i)] = v;
  });
  r = g.append(tot);
  g.merge(r, "A", r, "B");

  g.append();
  r = g.append({
    A: "Ghi chú: Cột (14) tính theo mức lương cơ sở 2.340.000 đồng/tháng; Thời gian đơn vị sáp nhập, giải thể theo Quyết định của UBND tỉnh.",
  });
  g.merge(r, "A", r, "N");
  g.append({ R: "Hà Lam, ngày 18 tháng 4 năm 2025" });
  g.append({ B: "NGƯỜI LẬP BIỂU", R: "GIÁM ĐỐC" });
  g.append({ B: "(Ký, ghi rõ họ tên)", R: "(Ký, họ tên, đóng dấu)" });
  g.append();
  g.append({ B: gen.name(true), R: gen.name() });

  const { units, totals } = tally(counted, { blocks: true, contract: true });
  return {
    id: "nd178-danh-sach-nghi-viec-du-toan",
    family: "leaving-list",
    title:
      "A province's 'Danh sách … nghỉ việc do sắp xếp tổ chức bộ máy và dự toán kinh phí' (NĐ 178/2024, NĐ 67/2025): blocks per sở, unit rows '1. …', category rows '* Cán bộ, công chức', 'Cộng' per unit, money and a date column",
    source:
      "No appendix form of NĐ 178/2024 or NĐ 67/2025 with these lists was found (the decrees' copies in GitHub tnt305/tai_lieu_noi_bo src/etl/dataset/4f42bcd0c0f6790a.md and TT 01/2025/TT-BNV in …/395e08ca318443c2.md have no Phụ lục forms; the thuvienphapluat-mirror page on 'Biểu số 3B, Công văn 444/BHXH-TCCB' was found only as a snippet). Column wording taken verbatim from TT 01/2025/TT-BNV Arts. 3–5: 'Tiền lương tháng hiện hưởng', 'Hệ số phụ cấp chức vụ lãnh đạo', 'Trợ cấp hưu trí một lần cho số tháng nghỉ sớm', 'Trợ cấp cho số năm nghỉ sớm', 'Trợ cấp theo thời gian công tác có đóng bảo hiểm xã hội bắt buộc', 'Trợ cấp thôi việc', 'Trợ cấp 03 tháng tiền lương hiện hưởng để tìm việc làm'; 'Thời gian đơn vị sáp nhập, giải thể' from the BQP validator (dinhgiang1-git/bqp-validate-data ExcelValidationService.java); 'Chức vụ hoặc chức danh công tác' and 'Ngày, tháng, năm sinh (Nam/Nữ)' from the BNV list forms (BM04/BNV). Layout (I. block / '1. unit' / '* category' / 'Cộng' / 'Tổng cộng', numbering row with '(14)=[(11)+(12)]x2.340.000+(13)' and '(21)=(15)+…+(20)') adapted from the brief and the older tinh giản biên chế lists. Same-name units ('Văn phòng Sở', 'Phòng Kế hoạch - Tài chính') in both blocks. Names and numbers made up; amounts follow TT 01/2025's formulas.",
    sheets: [g.build(sheetName)],
    reads: [{ sheet: sheetName, kind: "roster", units, totals }],
  };
}

// ---------------------------------------------------------------------------------------------
// leaving-list 3 (and its wrong-total twin): commune cadres leaving, by policy section.
// ---------------------------------------------------------------------------------------------

function capXaNghiViec(wrongSubtotal: boolean): Layout {
  const sheetName = "DS nghỉ việc cấp xã";
  const gen = nameSource(wrongSubtotal ? 1781 : 1780);
  type C = "- Cán bộ" | "- Công chức" | "- Người làm việc theo chế độ hợp đồng lao động";
  type Sec = [string, [string, [C, [string, Role, boolean?][]][]][]];
  const sections: Sec[] = [
    [
      "NGHỈ HƯU TRƯỚC TUỔI",
      [
        [
          "Xã Phú Lộc",
          [
            [
              "- Cán bộ",
              [
                ["Phó Chủ tịch HĐND xã", "D"],
                ["Chủ tịch Hội Nông dân xã", "H"],
              ],
            ],
            ["- Công chức", [["Công chức Tư pháp - Hộ tịch", "S", true]]],
          ],
        ],
        [
          "Xã Phú Thuận",
          [
            ["- Cán bộ", [["Chủ tịch UBND xã", "H"]]],
            [
              "- Công chức",
              [
                ["Chỉ huy trưởng Ban CHQS xã", "H"],
                ["Công chức Văn phòng - Thống kê", "S", true],
              ],
            ],
          ],
        ],
      ],
    ],
    [
      "NGHỈ THÔI VIỆC",
      [
        [
          "Xã Phú Lộc",
          [
            ["- Công chức", [["Công chức Địa chính - Xây dựng", "S"]]],
            ["- Người làm việc theo chế độ hợp đồng lao động", [["Nhân viên kỹ thuật", "C"]]],
          ],
        ],
        [
          "Thị trấn Phú Hòa",
          [
            [
              "- Cán bộ",
              [
                ["Phó Chủ tịch UBND thị trấn", "D"],
                ["Bí thư Đoàn TNCS Hồ Chí Minh thị trấn", "H", true],
              ],
            ],
            [
              "- Công chức",
              [
                ["Công chức Văn hóa - Xã hội", "S", true],
                ["Công chức Tài chính - Kế toán", "S", true],
              ],
            ],
          ],
        ],
        ["Xã Phú Thuận", [["- Công chức", [["Công chức Văn phòng - Thống kê", "S"]]]]],
      ],
    ],
  ];

  // A STT, B Họ và tên, C Năm sinh, D Chức vụ, E Thời gian đơn vị sáp nhập, giải thể, F Thời điểm
  // nghỉ việc, G Tuổi, H Số năm nghỉ trước tuổi, I Số năm đóng BHXH, J Tiền lương tháng hiện hưởng,
  // K Số tiền được hưởng, L Ghi chú
  const g = new SheetBuilder(12);
  let r = g.append({ A: "ỦY BAN NHÂN DÂN TỈNH HÀ LAM", G: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
  g.merge(r, "A", r, "D");
  g.merge(r, "G", r, "L");
  r = g.append({ A: "ỦY BAN NHÂN DÂN XÃ PHÚ AN", G: "Độc lập - Tự do - Hạnh phúc" });
  g.merge(r, "A", r, "D");
  g.merge(r, "G", r, "L");
  g.append();
  r = g.append({
    A: "DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ NGHỈ HƯU TRƯỚC TUỔI, NGHỈ THÔI VIỆC DO SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ",
  });
  g.merge(r, "A", r, "L");
  r = g.append({ A: "(Theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP của Chính phủ)" });
  g.merge(r, "A", r, "L");
  g.append();
  const h = g.append();
  g.append();
  const tall: [string, string][] = [
    ["A", "STT"],
    ["B", "Họ và tên"],
    ["C", "Năm sinh"],
    ["D", "Chức vụ"],
    ["E", "Thời gian đơn vị sáp nhập, giải thể"],
    ["F", "Thời điểm nghỉ việc"],
    ["J", "Tiền lương tháng hiện hưởng"],
    ["K", "Số tiền được hưởng"],
    ["L", "Ghi chú"],
  ];
  for (const [c, v] of tall) g.merge(h, c, h + 1, c, v);
  g.merge(h, "G", h, "I", "Căn cứ tính hưởng chính sách");
  g.set(h + 1, "G", "Tuổi");
  g.set(h + 1, "H", "Số năm nghỉ trước tuổi");
  g.set(h + 1, "I", "Số năm công tác có đóng BHXH");
  g.append(["A", "B", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  const merger = day(2025, 7, 1);
  const counted: Counted[] = [];
  let stt = 0;
  let grandMoney = 0;
  let refused = "";
  sections.forEach(([section, units], si) => {
    r = g.append({ A: ROMAN[si], B: section });
    g.merge(r, "B", r, "L");
    const huu = si === 0;
    units.forEach(([unit, cats], ui) => {
      g.append({ A: ui + 1, B: unit });
      let n = 0;
      let money = 0;
      for (const [cat, ps] of cats) {
        g.append({ B: cat });
        for (const [title, role, female] of ps) {
          stt++;
          n++;
          const early = huu ? 24 + 6 * gen.next(6) : 0;
          const age = huu
            ? Math.floor((retirementAgeMonths(female === true) - early) / 12)
            : 30 + gen.next(20);
          const insured = huu ? 25 + gen.next(10) : 6 + gen.next(14);
          const salary =
            role === "C"
              ? 5_850_000
              : Math.round(([2.34, 2.67, 3.0, 3.33][gen.next(4)] as number) * LUONG_CO_SO * 1.25);
          const amount = huu
            ? salary * early +
              5 * salary * roundedYears(early) +
              5 * salary +
              Math.round(0.5 * salary * Math.max(0, insured - 20))
            : Math.round(0.8 * salary * Math.min(60, insured * 12)) +
              Math.round(1.5 * salary * insured) +
              3 * salary;
          money += amount;
          g.append({
            A: stt,
            B: gen.name(female),
            C: 2025 - age,
            D: title,
            E: merger,
            F: day(2025, 8, 1),
            G: age,
            H: huu ? roundedYears(early) : null,
            I: insured,
            J: salary,
            K: amount,
            L: role === "C" ? "Hợp đồng lao động" : null,
          });
          counted.push({ unit, role });
        }
      }
      grandMoney += money;
      const wrong = wrongSubtotal && unit === "Thị trấn Phú Hòa";
      r = g.append({ B: `Cộng: ${pad2(wrong ? n + 1 : n)} người`, K: money });
      if (wrong) refused = cellRef(sheetName, r, "B");
    });
  });
  r = g.append({ A: `Tổng cộng: ${pad2(stt)} người`, K: grandMoney });
  g.merge(r, "A", r, "B");
  g.append();
  g.append({ H: "Phú An, ngày 05 tháng 8 năm 2025" });
  g.append({ B: "NGƯỜI LẬP BIỂU", H: "TM. ỦY BAN NHÂN DÂN" });
  g.append({ H: "CHỦ TỊCH" });
  g.append({ B: "(Ký, ghi rõ họ tên)", H: "(Ký, họ tên, đóng dấu)" });
  g.append();
  g.append({ B: gen.name(true), H: gen.name() });

  const common = {
    family: "leaving-list" as const,
    sheets: [g.build(sheetName)],
  };
  if (wrongSubtotal) {
    return {
      ...common,
      id: "nd178-cap-xa-nghi-viec-sai-tong",
      title:
        "The commune leavers' list of nd178-cap-xa-nghi-viec with one unit's 'Cộng: 05 người' over four people listed: must be refused at that cell",
      source:
        "As nd178-cap-xa-nghi-viec (same builder), with the stated subtotal of 'Thị trấn Phú Hòa' made wrong on purpose (5 stated, 4 listed); the grand total still states the true number of people listed.",
      reads: [{ sheet: sheetName, refused: { code: "count-mismatch", cell: refused } }],
    };
  }
  const { units, totals } = tally(counted, { blocks: false, contract: true });
  return {
    ...common,
    id: "nd178-cap-xa-nghi-viec",
    title:
      "Commune cadres leaving after the 2025 commune mergers (NĐ 178 + NĐ 67): policy sections 'I. NGHỈ HƯU TRƯỚC TUỔI' / 'II. NGHỈ THÔI VIỆC' with the same former communes under both, '- Cán bộ' category rows, 'Cộng: 03 người' subtotals, numbering row 'A B 1 2 … 10'",
    source:
      "No published form found (see nd178-danh-sach-nghi-viec-du-toan). Built after the brief and the BQP validator's reading rules (dinhgiang1-git/bqp-validate-data QUY_CHUAN_DOC_FILE_EXCEL.md: sections, unit rows, stop at 'Cộng'/'Tổng cộng'): title rows of the new commune, two header rows with 'Căn cứ tính hưởng chính sách' over 'Tuổi' / 'Số năm nghỉ trước tuổi' / 'Số năm công tác có đóng BHXH', 'Thời gian đơn vị sáp nhập, giải thể' (date), 'Tiền lương tháng hiện hưởng' and 'Số tiền được hưởng' (money), numbering row 'A B 1 … 10'. The roman rows are policy sections, not organisation blocks: a former commune listed under both is one unit (its figures added up). 'Cộng: n người' and 'Tổng cộng: n người' count everyone listed, the contract person included (staff + contract). Chức danh wording of NĐ 33/2023/NĐ-CP. Names and numbers made up.",
    reads: [{ sheet: sheetName, kind: "roster", units, totals }],
  };
}

// ---------------------------------------------------------------------------------------------
// merged-departments 1: Sở Nội vụ + Sở Lao động - Thương binh và Xã hội → Sở Nội vụ (2025).
// ---------------------------------------------------------------------------------------------

interface Move {
  /** The post after the merger, or where the person went (another body), or a note for leavers. */
  unit?: string;
  title?: string;
  role?: Role;
  elsewhere?: string;
  leaves?: string;
}
type Staffer = [title: string, role: Role, after: Move, female?: boolean];

function soNoiVuHopNhat(): Layout {
  const gen = nameSource(2503);
  const SNV = "SỞ NỘI VỤ";
  const LD = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
  const to = (unit: string, title: string, role: Role): Move => ({ unit, title, role });
  const same =
    (unit: string): ((t: string, r: Role, female?: boolean) => Staffer) =>
    (t, ro, female) => [t, ro, to(unit, t, ro), female];
  const LDS = "Lãnh đạo Sở";
  const VP = "Văn phòng";
  const TT = "Thanh tra";
  const TCBC = "Phòng Tổ chức, biên chế và tổ chức phi chính phủ";
  const CCVC = "Phòng Công chức, viên chức";
  const XDCQ = "Phòng Xây dựng chính quyền và công tác thanh niên";
  const TDKT = "Ban Thi đua - Khen thưởng";
  const LDVL = "Phòng Lao động - Việc làm";
  const NCC = "Phòng Người có công";
  const retire = { leaves: "Nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP" };
  const before: [string, [string, Staffer[]][]][] = [
    [
      SNV,
      [
        [
          LDS,
          [
            same(LDS)("Giám đốc Sở", "H"),
            same(LDS)("Phó Giám đốc Sở", "D"),
            same(LDS)("Phó Giám đốc Sở", "D", true),
          ],
        ],
        [
          VP,
          [
            same(VP)("Chánh Văn phòng", "H"),
            same(VP)("Phó Chánh Văn phòng", "D", true),
            same(VP)("Chuyên viên", "S", true),
            ["Chuyên viên", "S", retire],
            same(VP)("Kế toán", "S", true),
            same(VP)("Lái xe (HĐ 111)", "C"),
          ],
        ],
        [
          TT,
          [
            same(TT)("Chánh Thanh tra", "H"),
            same(TT)("Phó Chánh Thanh tra", "D", true),
            same(TT)("Thanh tra viên", "S"),
          ],
        ],
        [
          TCBC,
          [
            same(TCBC)("Trưởng phòng", "H"),
            same(TCBC)("Phó Trưởng phòng", "D"),
            same(TCBC)("Chuyên viên chính", "S", true),
            same(TCBC)("Chuyên viên", "S"),
          ],
        ],
        [
          CCVC,
          [
            same(CCVC)("Trưởng phòng", "H", true),
            same(CCVC)("Phó Trưởng phòng", "D"),
            same(CCVC)("Chuyên viên", "S", true),
          ],
        ],
        [
          XDCQ,
          [
            same(XDCQ)("Phó Trưởng phòng phụ trách", "D"),
            same(XDCQ)("Chuyên viên", "S"),
            same(XDCQ)("Chuyên viên", "S", true),
          ],
        ],
        [
          TDKT,
          [
            same(TDKT)("Trưởng ban", "H"),
            same(TDKT)("Phó Trưởng ban", "D"),
            same(TDKT)("Chuyên viên", "S", true),
          ],
        ],
      ],
    ],
    [
      LD,
      [
        [
          LDS,
          [
            ["Giám đốc Sở", "H", to(LDS, "Phó Giám đốc Sở", "D")],
            same(LDS)("Phó Giám đốc Sở", "D"),
            same(LDS)("Phó Giám đốc Sở", "D", true),
          ],
        ],
        [
          VP,
          [
            ["Chánh Văn phòng", "H", to(VP, "Phó Chánh Văn phòng", "D")],
            same(VP)("Phó Chánh Văn phòng", "D"),
            same(VP)("Chuyên viên", "S", true),
            same(VP)("Văn thư", "S", true),
            same(VP)("Lái xe hợp đồng", "C"),
          ],
        ],
        [TT, [["Chánh Thanh tra", "H", to(TT, "Phó Chánh Thanh tra", "D")], same(TT)("Chuyên viên", "S")]],
        [
          "Phòng Kế hoạch - Tài chính",
          [
            ["Trưởng phòng", "H", to(VP, "Phó Chánh Văn phòng", "D"), true],
            ["Phụ trách kế toán", "S", to(VP, "Phụ trách kế toán", "S"), true],
            ["Chuyên viên", "S", to(VP, "Chuyên viên", "S")],
          ],
        ],
        [
          "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp",
          [
            ["Trưởng phòng", "H", to(LDVL, "Trưởng phòng", "H")],
            ["Phó Trưởng phòng", "D", to(LDVL, "Phó Trưởng phòng", "D"), true],
            ["Chuyên viên", "S", to(LDVL, "Chuyên viên", "S")],
            ["Chuyên viên", "S", { elsewhere: "Sở Giáo dục và Đào tạo" }, true],
          ],
        ],
        [NCC, [["Q. Trưởng phòng", "H", to(NCC, "Trưởng phòng", "H")], same(NCC)("Chuyên viên", "S", true)]],
        [
          "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới",
          [
            ["Trưởng phòng", "H", { elsewhere: "Sở Y tế" }, true],
            ["Phó Trưởng phòng", "D", { elsewhere: "Sở Y tế" }],
            ["Chuyên viên", "S", { elsewhere: "Sở Y tế" }, true],
          ],
        ],
      ],
    ],
  ];
  const afterOrder = [LDS, VP, TT, TCBC, CCVC, XDCQ, TDKT, LDVL, NCC];
  /** The civil-service grade (ngạch) that fits the post. */
  const grade = (role: Role, title: string): string => {
    if (role === "C") return "";
    if (title.endsWith("Giám đốc Sở")) return "Chuyên viên cao cấp";
    if (role === "H" || role === "D") return "Chuyên viên chính";
    if (title.startsWith("Thanh tra viên")) return "Thanh tra viên";
    if (title === "Kế toán") return "Kế toán viên";
    if (title === "Văn thư") return "Cán sự";
    return title === "Chuyên viên chính" ? "Chuyên viên chính" : "Chuyên viên";
  };

  interface Person {
    name: string;
    female: boolean;
    born: number;
    body: string;
    unit: string;
    title: string;
    role: Role;
    coef: number | null;
    move: Move;
  }
  const persons: Person[] = [];
  for (const [body, units] of before) {
    for (const [unit, staffers] of units) {
      for (const [title, role, move, female] of staffers) {
        const { born, coef } = profile(gen, role);
        persons.push({
          name: gen.name(female === true),
          female: female === true,
          born,
          body,
          unit,
          title,
          role,
          coef,
          move,
        });
      }
    }
  }
  const leaderAllowance = (role: Role | undefined, unit: string | undefined): number | null =>
    role === "H" ? (unit === LDS ? 0.9 : 0.6) : role === "D" ? (unit === LDS ? 0.7 : 0.4) : null;
  const bodyName = (b: string): string => (b === SNV ? "Sở Nội vụ" : "Sở Lao động - Thương binh và Xã hội");

  const titleRows = (g: SheetBuilder, width: string, title: string, subtitle: string): void => {
    let r = g.append({ A: "ỦY BAN NHÂN DÂN TỈNH HÀ LAM", G: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
    g.merge(r, "A", r, "D");
    g.merge(r, "G", r, width);
    r = g.append({ A: "SỞ NỘI VỤ", G: "Độc lập - Tự do - Hạnh phúc" });
    g.merge(r, "A", r, "D");
    g.merge(r, "G", r, width);
    r = g.append({ A: title });
    g.merge(r, "A", r, width);
    r = g.append({ A: subtitle });
    g.merge(r, "A", r, width);
    g.append();
  };
  const footer = (g: SheetBuilder, at: string): void => {
    g.append();
    g.append({ [at]: "Hà Lam, ngày 28 tháng 02 năm 2025" });
    g.append({ B: "NGƯỜI LẬP BIỂU", [at]: "GIÁM ĐỐC" });
    g.append({ B: "(Ký, ghi rõ họ tên)", [at]: "(Ký, họ tên, đóng dấu)" });
    g.append();
    g.append({ B: gen.name(true), [at]: gen.name() });
  };

  // "Trước sắp xếp": A STT, B Họ và tên, C-D Năm sinh, E Chức vụ, F Ngạch công chức, G Hệ số
  // lương, H Hệ số phụ cấp chức vụ, I-J Dự kiến bố trí sau sắp xếp (Chức vụ | Phòng, đơn vị), K Ghi chú
  const b = new SheetBuilder(11);
  titleRows(
    b,
    "K",
    "DANH SÁCH CÁN BỘ, CÔNG CHỨC, NGƯỜI LAO ĐỘNG TRƯỚC SẮP XẾP",
    "(Sở Nội vụ và Sở Lao động - Thương binh và Xã hội; kèm theo Đề án hợp nhất Sở Nội vụ và Sở Lao động - Thương binh và Xã hội)",
  );
  let h = b.append();
  b.append();
  for (const [c, v] of [
    ["A", "STT"],
    ["B", "Họ và tên"],
    ["E", "Chức vụ"],
    ["F", "Ngạch công chức"],
    ["G", "Hệ số lương"],
    ["H", "Hệ số phụ cấp chức vụ"],
    ["K", "Ghi chú"],
  ] as const) {
    b.merge(h, c, h + 1, c, v);
  }
  b.merge(h, "C", h, "D", "Năm sinh");
  b.set(h + 1, "C", "Nam");
  b.set(h + 1, "D", "Nữ");
  b.merge(h, "I", h, "J", "Dự kiến bố trí sau sắp xếp");
  b.set(h + 1, "I", "Chức vụ");
  b.set(h + 1, "J", "Phòng, đơn vị");
  b.append(Array.from({ length: 11 }, (_, i) => i + 1));
  const countedBefore: Counted[] = [];
  let stt = 0;
  let lastBody = "";
  let lastUnit = "";
  let bi = 0;
  let ui = 0;
  for (const p of persons) {
    if (p.body !== lastBody) {
      const r = b.append({ A: ROMAN[bi++], B: p.body });
      b.merge(r, "B", r, "K");
      lastBody = p.body;
      lastUnit = "";
      ui = 0;
    }
    if (p.unit !== lastUnit) {
      b.append({ B: `${++ui}. ${p.unit}` });
      lastUnit = p.unit;
    }
    const m = p.move;
    b.append({
      A: ++stt,
      B: p.name,
      [p.female ? "D" : "C"]: p.born,
      E: p.title,
      F: grade(p.role, p.title) || null,
      G: p.coef,
      H: leaderAllowance(p.role, p.unit),
      I: m.title ?? null,
      J: m.unit ?? m.elsewhere ?? null,
      K: m.leaves ?? (m.elsewhere ? `Chuyển chức năng, nhiệm vụ sang ${m.elsewhere}` : null),
    });
    countedBefore.push({ unit: p.unit, block: p.body, role: p.role });
  }
  footer(b, "I");

  // "Sau sắp xếp": A STT, B Họ và tên, C-D Năm sinh, E Chức vụ, F Ngạch, G Hệ số lương, H-I Trước
  // sắp xếp (Chức vụ | Cơ quan), J Ghi chú
  const a = new SheetBuilder(10);
  titleRows(
    a,
    "J",
    "DANH SÁCH CÁN BỘ, CÔNG CHỨC, NGƯỜI LAO ĐỘNG SỞ NỘI VỤ SAU SẮP XẾP",
    "(Sau khi tiếp nhận chức năng, nhiệm vụ, tổ chức và biên chế của Sở Lao động - Thương binh và Xã hội từ ngày 01/3/2025)",
  );
  h = a.append();
  a.append();
  for (const [c, v] of [
    ["A", "STT"],
    ["B", "Họ và tên"],
    ["E", "Chức vụ"],
    ["F", "Ngạch công chức"],
    ["G", "Hệ số lương"],
    ["J", "Ghi chú"],
  ] as const) {
    a.merge(h, c, h + 1, c, v);
  }
  a.merge(h, "C", h, "D", "Năm sinh");
  a.set(h + 1, "C", "Nam");
  a.set(h + 1, "D", "Nữ");
  a.merge(h, "H", h, "I", "Trước sắp xếp");
  a.set(h + 1, "H", "Chức vụ");
  a.set(h + 1, "I", "Cơ quan");
  a.append(Array.from({ length: 10 }, (_, i) => i + 1));
  const rank: Record<Role, number> = { H: 0, D: 1, S: 2, C: 3 };
  const stayers = persons
    .filter((p) => p.move.unit !== undefined)
    .map((p, i) => ({ p, i }))
    .sort(
      (x, y) =>
        afterOrder.indexOf(x.p.move.unit as string) - afterOrder.indexOf(y.p.move.unit as string) ||
        rank[x.p.move.role as Role] - rank[y.p.move.role as Role] ||
        x.i - y.i,
    )
    .map(({ p }) => p);
  const countedAfter: Counted[] = [];
  stt = 0;
  lastUnit = "";
  ui = 0;
  for (const p of stayers) {
    const unit = p.move.unit as string;
    if (unit !== lastUnit) {
      a.append({ B: `${++ui}. ${unit}` });
      lastUnit = unit;
    }
    a.append({
      A: ++stt,
      B: p.name,
      [p.female ? "D" : "C"]: p.born,
      E: p.move.title as string,
      F: grade(p.move.role as Role, p.move.title as string) || null,
      G: p.coef,
      H: p.title,
      I: bodyName(p.body),
      J: p.body === LD && p.move.title !== p.title ? "Bố trí lại theo Đề án" : null,
    });
    countedAfter.push({ unit, role: p.move.role as Role });
  }
  footer(a, "H");

  const readBefore = tally(countedBefore, { blocks: true, contract: true });
  const readAfter = tally(countedAfter, { blocks: false, contract: true });
  return {
    id: "so-noi-vu-hop-nhat-ldtbxh",
    family: "merged-departments",
    title:
      "Before/after rosters of Sở Nội vụ + Sở Lao động - Thương binh và Xã hội → Sở Nội vụ (2025): 'Trước sắp xếp' with blocks 'I. SỞ NỘI VỤ' / 'II. SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI' and same-name units, a 'Dự kiến bố trí sau sắp xếp' group; 'Sau sắp xếp' with a 'Trước sắp xếp' group",
    source:
      "No public before/after roster of this merger was found in the stores; built after the project's glossary (/work/shared/DESIGN.md §1, merged units) and the brief. Wording: title rows 'ỦY BAN NHÂN DÂN TỈNH …' / 'SỞ NỘI VỤ'; 'Năm sinh (Nam/Nữ)', 'Chức vụ', 'Ngạch công chức', 'Hệ số lương', 'Hệ số phụ cấp chức vụ' as in BNV list forms (BM04/BNV, TT 11/2012/TT-BNV, seen in a public salary app's report rp_SalaryCommuneCivilServants); unit names of a Sở Nội vụ and a Sở LĐTBXH before 2025. The 2025 transfers (bảo trợ xã hội, trẻ em → Sở Y tế; giáo dục nghề nghiệp → Sở Giáo dục và Đào tạo) follow the 2025 restructuring as reported in the press. Traps: same-name units ('Lãnh đạo Sở', 'Văn phòng', 'Thanh tra') in both blocks; a 'Dự kiến bố trí sau sắp xếp' group with its own 'Chức vụ' and 'Phòng, đơn vị' columns on the before sheet, and a 'Trước sắp xếp' group with 'Chức vụ' and 'Cơ quan' on the after sheet (not the person's current post or unit); 'Hệ số phụ cấp chức vụ'; 'Phó Trưởng phòng phụ trách' (deputy), 'Q. Trưởng phòng' (head), 'Phụ trách kế toán' (specialist), 'Lái xe (HĐ 111)' and 'Lái xe hợp đồng' (contract); former heads kept as deputies after the merger. Names and numbers made up.",
    sheets: [b.build("Trước sắp xếp"), a.build("Sau sắp xếp")],
    reads: [
      { sheet: "Trước sắp xếp", kind: "roster", ...readBefore },
      { sheet: "Sau sắp xếp", kind: "roster", ...readAfter },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// merged-departments 2: Sở Kế hoạch và Đầu tư + Sở Tài chính → Sở Tài chính (HR export shape).
// ---------------------------------------------------------------------------------------------

function soTaiChinhHopNhat(): Layout {
  const gen = nameSource(2502);
  const STC = "SỞ TÀI CHÍNH";
  const KHDT = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ";
  const BGD = "Ban Giám đốc";
  const VP = "Văn phòng";
  const THTK = "Phòng Tin học và Thống kê";
  const KTN = "Phòng Kinh tế ngành";
  const NS = "Phòng Quản lý ngân sách";
  const HCSN = "Phòng Tài chính hành chính sự nghiệp";
  const GCS = "Phòng Quản lý giá và công sản";
  const THQH = "Phòng Tổng hợp, quy hoạch";
  const DKKD = "Phòng Đăng ký kinh doanh";
  const DT = "Phòng Đấu thầu, thẩm định và giám sát đầu tư";
  const TCDT = "Phòng Tài chính đầu tư và đấu thầu";
  /** [title before, role, unit after, title after, role after, female?] */
  type S = [string, Role, string, string, Role, boolean?];
  const keep = (unit: string, t: string, r: Role, female?: boolean): S => [t, r, unit, t, r, female];
  const before: [string, [string, S[]][]][] = [
    [
      STC,
      [
        [
          BGD,
          [
            keep(BGD, "Giám đốc Sở", "H"),
            keep(BGD, "Phó Giám đốc Sở", "D"),
            keep(BGD, "Phó Giám đốc Sở", "D", true),
          ],
        ],
        [
          VP,
          [
            ["Chánh Văn phòng", "H", VP, "Phó Chánh Văn phòng", "D", true],
            keep(VP, "Phó Chánh Văn phòng", "D"),
            keep(VP, "Chuyên viên", "S", true),
            keep(VP, "Lái xe", "C"),
          ],
        ],
        [THTK, [keep(THTK, "Trưởng phòng", "H"), keep(THTK, "Chuyên viên", "S", true)]],
        [
          NS,
          [
            keep(NS, "TP", "H"),
            keep(NS, "PTP", "D", true),
            keep(NS, "Chuyên viên chính", "S"),
            keep(NS, "Chuyên viên", "S", true),
          ],
        ],
        [
          HCSN,
          [keep(HCSN, "Trưởng phòng", "H", true), keep(HCSN, "P.Phòng", "D"), keep(HCSN, "Chuyên viên", "S")],
        ],
        [GCS, [keep(GCS, "Phụ trách phòng", "H"), keep(GCS, "Chuyên viên", "S", true)]],
      ],
    ],
    [
      KHDT,
      [
        [
          BGD,
          [
            ["Giám đốc Sở", "H", BGD, "Phó Giám đốc Sở", "D"],
            ["Phó Giám đốc Sở", "D", VP, "Phó Giám đốc Sở, kiêm Chánh Văn phòng", "H"],
          ],
        ],
        [
          VP,
          [
            ["Chánh Văn phòng", "H", VP, "Phó Chánh Văn phòng", "D"],
            keep(VP, "Chuyên viên", "S"),
            keep(VP, "Nhân viên phục vụ", "C", true),
          ],
        ],
        [KTN, [keep(KTN, "Phó Trưởng phòng phụ trách", "D", true), keep(KTN, "Chuyên viên", "S")]],
        [
          THQH,
          [keep(THQH, "Q. Trưởng phòng", "H"), keep(THQH, "PP", "D", true), keep(THQH, "Chuyên viên", "S")],
        ],
        [
          DKKD,
          [
            keep(DKKD, "Trưởng phòng", "H", true),
            keep(DKKD, "Chuyên viên", "S"),
            keep(DKKD, "Chuyên viên", "S", true),
          ],
        ],
        [
          DT,
          [
            ["Trưởng phòng", "H", TCDT, "Trưởng phòng", "H"],
            ["Phó Trưởng phòng", "D", TCDT, "Phó Trưởng phòng", "D"],
            ["Chuyên viên", "S", TCDT, "Chuyên viên", "S", true],
          ],
        ],
      ],
    ],
  ];
  const afterOrder = [BGD, VP, THTK, NS, HCSN, GCS, THQH, KTN, DKKD, TCDT];

  interface Person {
    name: string;
    female: boolean;
    born: Date;
    body: string;
    s: S;
    coef: number | null;
  }
  const persons: Person[] = [];
  for (const [body, units] of before) {
    for (const [, staffers] of units) {
      for (const s of staffers) {
        const female = s[5] === true;
        const { born, coef } = profile(gen, s[1]);
        persons.push({
          name: gen.name(female),
          female,
          born: day(born, 1 + gen.next(12), 1 + gen.next(28)),
          body,
          s,
          coef,
        });
      }
    }
  }

  // A STT, B Họ và tên, C Ngày sinh, D Chức vụ, E Phòng, ban, đơn vị, F-G Loại hình (Biên chế |
  // Hợp đồng), H Hệ số lương, I Ghi chú. No numbering row: a software export.
  const header = (g: SheetBuilder, title: string): void => {
    let r = g.append({ A: "ỦY BAN NHÂN DÂN TỈNH HÀ LAM" });
    g.merge(r, "A", r, "D");
    r = g.append({ A: "SỞ TÀI CHÍNH" });
    g.merge(r, "A", r, "D");
    r = g.append({ A: title });
    g.merge(r, "A", r, "I");
    g.append({ A: "Ngày xuất dữ liệu: 03/03/2025" });
    const h = g.append();
    g.append();
    for (const [c, v] of [
      ["A", "STT"],
      ["B", "Họ và tên"],
      ["C", "Ngày sinh"],
      ["D", "Chức vụ"],
      ["E", "Phòng, ban, đơn vị"],
      ["H", "Hệ số lương"],
      ["I", "Ghi chú"],
    ] as const) {
      g.merge(h, c, h + 1, c, v);
    }
    g.merge(h, "F", h, "G", "Loại hình");
    g.set(h + 1, "F", "Biên chế");
    g.set(h + 1, "G", "Hợp đồng");
  };
  const personRow = (
    g: SheetBuilder,
    stt: number,
    p: Person,
    title: string,
    unit: string,
    role: Role,
    note: string | null,
  ): void => {
    g.append({
      A: stt,
      B: p.name,
      C: p.born,
      D: title,
      E: unit,
      [role === "C" ? "G" : "F"]: "x",
      H: p.coef,
      I: note,
    });
  };
  const footer = (g: SheetBuilder): void => {
    g.append();
    g.append({ B: "NGƯỜI LẬP", F: "GIÁM ĐỐC" });
    g.append({ B: "(Ký, ghi rõ họ tên)", F: "(Ký, họ tên, đóng dấu)" });
    g.append();
    g.append({ B: gen.name(true), F: gen.name() });
  };

  const b = new SheetBuilder(9);
  header(b, "DANH SÁCH CÔNG CHỨC, NGƯỜI LAO ĐỘNG TRƯỚC SẮP XẾP (SỞ TÀI CHÍNH VÀ SỞ KẾ HOẠCH VÀ ĐẦU TƯ)");
  const countedBefore: Counted[] = [];
  let stt = 0;
  let allStaff = 0;
  let allContract = 0;
  before.forEach(([body], bi) => {
    const r = b.append({ A: `${ROMAN[bi]}. ${body}` });
    b.merge(r, "A", r, "I");
    let staff = 0;
    let contract = 0;
    for (const p of persons.filter((x) => x.body === body)) {
      const [title, role] = p.s;
      const unit = before[bi]?.[1].find(([, ss]) => ss.includes(p.s))?.[0] as string;
      personRow(b, ++stt, p, title, unit, role, null);
      countedBefore.push({ unit, block: body, role });
      if (role === "C") contract++;
      else staff++;
    }
    const c = b.append({ A: "Cộng", F: staff, G: contract });
    b.merge(c, "A", c, "B");
    allStaff += staff;
    allContract += contract;
  });
  let r = b.append({ A: "Tổng cộng", F: allStaff, G: allContract });
  b.merge(r, "A", r, "B");
  footer(b);

  const a = new SheetBuilder(9);
  header(
    a,
    "DANH SÁCH CÔNG CHỨC, NGƯỜI LAO ĐỘNG SỞ TÀI CHÍNH SAU SẮP XẾP (HỢP NHẤT SỞ KẾ HOẠCH VÀ ĐẦU TƯ VÀO SỞ TÀI CHÍNH)",
  );
  const rank: Record<Role, number> = { H: 0, D: 1, S: 2, C: 3 };
  const sorted = persons
    .map((p, i) => ({ p, i }))
    .sort(
      (x, y) =>
        afterOrder.indexOf(x.p.s[2]) - afterOrder.indexOf(y.p.s[2]) ||
        rank[x.p.s[4]] - rank[y.p.s[4]] ||
        x.i - y.i,
    )
    .map(({ p }) => p);
  const countedAfter: Counted[] = [];
  stt = 0;
  let staffAfter = 0;
  let contractAfter = 0;
  for (const p of sorted) {
    const [titleBefore, , unit, title, role] = p.s;
    const note =
      p.body === KHDT
        ? `Từ Sở Kế hoạch và Đầu tư${titleBefore !== title ? ` (trước: ${titleBefore})` : ""}`
        : null;
    personRow(a, ++stt, p, title, unit, role, note);
    countedAfter.push({ unit, role });
    if (role === "C") contractAfter++;
    else staffAfter++;
  }
  r = a.append({ A: "Tổng cộng", F: staffAfter, G: contractAfter });
  a.merge(r, "A", r, "B");
  footer(a);

  const readBefore = tally(countedBefore, { blocks: true, contract: true });
  const readAfter = tally(countedAfter, { blocks: false, contract: true });
  return {
    id: "so-tai-chinh-hop-nhat-khdt",
    family: "merged-departments",
    title:
      "Before/after rosters of Sở Kế hoạch và Đầu tư + Sở Tài chính → Sở Tài chính (2025), HR-export shape: a unit column under block rows 'I. SỞ TÀI CHÍNH' / 'II. SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Biên chế'/'Hợp đồng' marks with 'Cộng' and 'Tổng cộng' counts",
    source:
      "No public before/after roster of this merger was found; the shape is the one of HR-software exports (STT, Họ và tên, Ngày sinh, Chức vụ, Phòng/ban, Hệ số lương, Ghi chú; no numbering row; title and 'Ngày xuất dữ liệu' rows) with the blocks, same-name units ('Ban Giám đốc', 'Văn phòng') and 'Sau sắp xếp' sheet the brief asks for. Traps: abbreviated titles 'TP', 'PTP', 'P.Phòng', 'PP', 'Q. Trưởng phòng', 'Phụ trách phòng' (head), 'Phó Trưởng phòng phụ trách' (deputy); 'Phó Giám đốc Sở, kiêm Chánh Văn phòng' listed in Văn phòng (one person, at the highest role: head); 'Loại hình' marks 'x' telling biên chế from hợp đồng, with 'Cộng' per block and 'Tổng cộng' rows merged over A:B stating the counts; dates of birth as dates. The 2025 merger (Sở KH-ĐT into Sở Tài chính) is public fact; unit names of the two sở as commonly used before 2025. Names and numbers made up.",
    sheets: [b.build("Trước sắp xếp"), a.build("Sau sắp xếp")],
    reads: [
      { sheet: "Trước sắp xếp", kind: "roster", ...readBefore },
      { sheet: "Sau sắp xếp", kind: "roster", ...readAfter },
    ],
  };
}

export const LAYOUTS: Layout[] = [
  xaAnThanh(),
  phuongBinhMinhDong(),
  bqpPhuLucI1(),
  ndDanhSachNghiViec(),
  capXaNghiViec(false),
  capXaNghiViec(true),
  soNoiVuHopNhat(),
  soTaiChinhHopNhat(),
];
