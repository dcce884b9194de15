import fc from "fast-check";
import type { CellValue, Grid, Unit } from "../types";
import { readTable, totalKind, isSectionLabel } from "./index";
import { classifyTitle } from "./grammar";
import { matchField } from "./fields";

const grid = (cells: CellValue[][], extra: Partial<Grid> = {}): Grid => ({
  sheet: "Biểu 01",
  origin: { row: 1, col: 1 },
  cells,
  ...extra,
});

const figures = (u: Unit) => [u.name, u.heads, u.deputies, u.specialists, u.staff];

describe("readTable on unit-level tables", () => {
  it("reads a plain one-row header table", () => {
    const { table, issues } = readTable(
      grid([
        ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số"],
        [1, "Phòng Tổng hợp", 1, 3, 8, 12],
        [2, "Phòng Lưu trữ", 1, 2, 0, 3],
      ]),
    );
    expect(issues).toEqual([]);
    expect(table?.kind).toBe("units");
    expect(table?.units.map(figures)).toEqual([
      ["Phòng Tổng hợp", 1, 3, 8, 12],
      ["Phòng Lưu trữ", 1, 2, 0, 3],
    ]);
    expect(table?.mapping).toMatchObject({
      order: [1],
      unit: [2],
      heads: [3],
      deputies: [4],
      specialists: [5],
      staff: [6],
    });
  });

  it("reads title rows, a merged two-row header, a numbering row, sections, subtotals and text numbers", () => {
    const nfd = "Phòng Tài chính đảng".normalize("NFD");
    const cells: CellValue[][] = [
      ["TỈNH ỦY BÌNH PHƯỚC", null, null, null, null, null, null],
      ["BẢNG TỔNG HỢP SỐ LƯỢNG LÃNH ĐẠO, BIÊN CHẾ", null, null, null, null, null, null],
      [],
      ["STT", "Tên đơn vị", "Lãnh đạo", null, "Chuyên viên", "Tổng số", "Hợp đồng 68"],
      [null, null, "Trưởng phòng", "Phó trưởng phòng", null, null, null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(3)+(4)+(5)", "(7)"],
      ["I", "Khối Đảng", null, null, null, null, null],
      ["1", "Phòng Tổng hợp", " 1 ", "3\u00a0", "8", "12", null],
      ["2", nfd, 1, 2, 4, 7, 1],
      [null, "Cộng", 2, 5, 12, 19, 1],
      [null, null, null, null, null, null, null],
      ["II", "Khối Nhà nước", null, null, null, null, null],
      ["3", "PHÒNG LƯU TRỮ", 1, 2, "-", 3, null],
      [null, "Cộng", 1, 2, 0, 3, null],
      [null, "Tổng cộng", 3, 7, 12, 22, 1],
      [null, "Người lập biểu", null, null, "Thủ trưởng đơn vị", null, null],
    ];
    const merges = [
      { top: 2, left: 1, bottom: 2, right: 7 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 3, bottom: 4, right: 4 },
      { top: 4, left: 5, bottom: 5, right: 5 },
      { top: 4, left: 6, bottom: 5, right: 6 },
      { top: 4, left: 7, bottom: 5, right: 7 },
    ];
    const { table, issues } = readTable(grid(cells, { merges }));
    expect(issues).toEqual([]);
    expect(table?.headerRows).toEqual({ first: 4, last: 5 });
    expect(table?.units.map(figures)).toEqual([
      ["Phòng Tổng hợp", 1, 3, 8, 12],
      ["Phòng Tài chính đảng", 1, 2, 4, 7],
      ["PHÒNG LƯU TRỮ", 1, 2, 0, 3],
    ]);
    expect(table?.units.map((u) => u.contract)).toEqual([0, 1, 0]);
    expect(table?.units.map((u) => u.section)).toEqual(["Khối Đảng", "Khối Đảng", "Khối Nhà nước"]);
    expect(table?.totalRow).toBe(15);
  });

  it("refuses a total row that does not add up: an error with its cell and column", () => {
    const { issues } = readTable(
      grid([
        ["Đơn vị", "TP", "PTP", "CV"],
        ["A", 1, 1, 1],
        ["B", 1, 2, 3],
        ["Tổng cộng", 2, 4, 4],
      ]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        level: "error",
        code: "total-mismatch",
        cell: "'Biểu 01'!C4",
        params: expect.objectContaining({ stated: 4, computed: 3, field: "PTP" }),
      }),
    ]);
  });

  it("derives specialists from the total when there is no specialist column", () => {
    const { table } = readTable(
      grid([
        ["Tên phòng", "Cấp trưởng", "Cấp phó", "Biên chế được giao", "Số có mặt"],
        ["A", 1, 2, 12, 10],
      ]),
    );
    expect(table?.units[0]).toMatchObject({ heads: 1, deputies: 2, specialists: 7, staff: 10, quota: 12 });
  });

  it("reads a group header 'Biên chế' over 'Được giao | Có mặt'", () => {
    const { table } = readTable(
      grid(
        [
          ["Đơn vị", "Biên chế", null, "TP", "PTP"],
          [null, "Được giao", "Có mặt", null, null],
          ["Phòng A", 9, 8, 1, 1],
        ],
        { merges: [{ top: 1, left: 2, bottom: 1, right: 3 }] },
      ),
    );
    expect(table?.mapping).toMatchObject({ quota: [2], staff: [3], heads: [4], deputies: [5] });
    expect(table?.units[0]).toMatchObject({ quota: 9, staff: 8, specialists: 6 });
  });

  it("gives an error with the cell for text, negative and fractional counts, and a warning for error values", () => {
    const { issues } = readTable(
      grid([
        ["Tên đơn vị", "TP", "PTP", "CV"],
        ["A", "một", -1, 2.5],
        ["B", { error: "#REF!" }, 1, 1],
      ]),
    );
    expect(issues.map((i) => [i.level, i.code, i.cell])).toEqual([
      ["error", "not-a-number", "'Biểu 01'!B2"],
      ["error", "negative-count", "'Biểu 01'!C2"],
      ["error", "fractional-count", "'Biểu 01'!D2"],
      ["warning", "cell-error-value", "'Biểu 01'!B3"],
    ]);
  });

  it("adds duplicate unit rows together and says so", () => {
    const { table, issues } = readTable(
      grid([
        ["Đơn vị", "TP", "PTP", "CV"],
        ["Phòng A", 1, 1, 0],
        ["phong a", 0, 1, 0],
      ]),
    );
    expect(table?.units.map(figures)).toEqual([["Phòng A", 1, 2, 0, 3]]);
    expect(issues[0]).toMatchObject({ code: "duplicate-unit", cell: "'Biểu 01'!A3" });
  });

  it("keeps parts (bộ phận) apart and fills a vertically merged unit name", () => {
    const { table } = readTable(
      grid(
        [
          ["Tên đơn vị", "Bộ phận", "TP", "PTP", "CV", "Sáp nhập vào"],
          ["Phòng TC-HC", "Văn thư", 1, 0, 2, "Phòng Tổng hợp"],
          [null, "Kế toán", 0, 1, 2, "Phòng Tài chính đảng"],
          ["Phòng Tổng hợp", null, 1, 3, 8, null],
        ],
        { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
      ),
    );
    expect(table?.units.map((u) => [u.name, u.part, u.mergeInto])).toEqual([
      ["Phòng TC-HC", "Văn thư", "Phòng Tổng hợp"],
      ["Phòng TC-HC", "Kế toán", "Phòng Tài chính đảng"],
      ["Phòng Tổng hợp", undefined, undefined],
    ]);
  });

  it("recognises unit types typed in Vietnamese and warns on unknown ones", () => {
    const { table, issues } = readTable(
      grid([
        ["Đơn vị", "Loại đơn vị", "TP", "PTP", "CV"],
        ["A", "Chi cục", 1, 1, 4],
        ["B", "hợp tác xã", 1, 0, 3],
      ]),
    );
    expect(table?.units[0]?.unitType).toBe("chi-cuc");
    expect(issues).toEqual([expect.objectContaining({ code: "unknown-unit-type", cell: "'Biểu 01'!B3" })]);
  });

  it("applies a user's column mapping over the detected one", () => {
    const cells = [
      ["Đơn vị", "Cột X", "Cột Y"],
      ["A", 2, 5],
    ];
    expect(readTable(grid(cells)).issues[0]?.code).toBe("no-header");
    const { table } = readTable(grid(cells), {
      mapping: { unit: [1], deputies: [2], staff: [3] },
      headerRow: 1,
      kind: "units",
    });
    expect(table?.units[0]).toMatchObject({ deputies: 2, staff: 5, specialists: 3 });
  });

  it("reads a grid that does not start at A1 and addresses cells absolutely", () => {
    const { issues } = readTable(
      grid(
        [
          ["Đơn vị", "TP", "CV"],
          ["A", "1 người", 2],
        ],
        { origin: { row: 5, col: 3 } },
      ),
    );
    expect(issues[0]?.cell).toBe("'Biểu 01'!D6");
  });

  it("refuses a table with leader columns only: staff would be the leaders, every unit 100% leaders", () => {
    const { issues } = readTable(
      grid([
        ["Đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Cột 4"],
        ["Phòng A", 1, 2, 9],
      ]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        level: "error",
        code: "no-staff-column",
        cell: "'Biểu 01'!A1",
        params: { unread: "D" },
      }),
    ]);
  });

  it("says why when there is no table", () => {
    expect(readTable(grid([])).issues[0]).toMatchObject({ code: "empty-grid", cell: "'Biểu 01'!A1" });
    expect(readTable(grid([["Xin chào"], ["thế giới"]])).issues[0]).toMatchObject({ code: "no-header" });
    expect(
      readTable(
        grid([
          ["Đơn vị", "TP", "CV"],
          ["Tổng cộng", 0, 0],
        ]),
      ).issues[0],
    ).toMatchObject({ code: "no-data-rows" });
  });
});

describe("readTable on person rosters", () => {
  it("counts people by unit and title, contract staff apart", () => {
    const { table, issues } = readTable(
      grid([
        ["DANH SÁCH CÁN BỘ, CÔNG CHỨC"],
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
        [1, "Nguyễn Văn A", "Trưởng phòng", "Phòng Tổng hợp"],
        [2, "Trần Thị B", "Phó Trưởng phòng", "Phòng Tổng hợp"],
        [3, "Lê Văn C", "PTP", "phòng tổng hợp"],
        [4, "Phạm D", "Chuyên viên chính", "Phòng Tổng hợp"],
        [5, "Hoàng E", "Nhân viên hợp đồng", "Phòng Tổng hợp"],
        [6, "Vũ F", "TP", "Phòng Lưu trữ"],
        [7, "Đỗ G", "pho truong phong".normalize("NFD"), "Phòng Lưu trữ"],
        [null, "Tổng cộng: 7 người"],
      ]),
    );
    expect(issues).toEqual([]);
    expect(table?.kind).toBe("roster");
    expect(table?.units.map((u) => [...figures(u), u.contract])).toEqual([
      ["Phòng Tổng hợp", 1, 2, 1, 4, 1],
      ["Phòng Lưu trữ", 1, 1, 0, 2, 0],
    ]);
  });

  it("takes the unit from group rows when there is no unit column", () => {
    const { table } = readTable(
      grid([
        ["STT", "Họ và tên", "Chức vụ"],
        ["I", "Phòng Tổng hợp", null],
        [1, "A", "Trưởng phòng"],
        [2, "B", "Chuyên viên"],
        ["II", "Phòng Quản trị", null],
        [3, "C", "Phó trưởng phòng phụ trách"],
      ]),
    );
    expect(table?.units.map(figures)).toEqual([
      ["Phòng Tổng hợp", 1, 0, 1, 2],
      ["Phòng Quản trị", 0, 1, 0, 1],
    ]);
  });

  it("uses an employment column to tell contract staff apart", () => {
    const { table } = readTable(
      grid([
        ["Họ tên", "Chức danh", "Đơn vị", "Loại cán bộ"],
        ["A", "Lái xe", "P1", "HĐ 111"],
        ["B", "Chuyên viên", "P1", "Biên chế"],
      ]),
    );
    expect(table?.units[0]).toMatchObject({ staff: 1, contract: 1, specialists: 1 });
  });
});

describe("classifyTitle", () => {
  it.each([
    ["Trưởng phòng", "head"],
    ["TP", "head"],
    ["Chánh Văn phòng", "head"],
    ["Giám đốc", "head"],
    ["Chi cục trưởng", "head"],
    ["Thủ trưởng", "head"],
    ["Trưởng ban Tổ chức kiêm Trưởng phòng Tổ chức", "head"],
    ["Phó Chánh Văn phòng kiêm Trưởng phòng Tổng hợp", "head"],
    ["Quyền Trưởng phòng", "head"],
    ["Phó Trưởng phòng", "deputy"],
    ["PHÓ TRƯỞNG PHÒNG", "deputy"],
    ["pho truong phong", "deputy"],
    ["P. Trưởng phòng", "deputy"],
    ["PTP", "deputy"],
    ["PGĐ", "deputy"],
    ["Phó Chi cục trưởng", "deputy"],
    ["Chuyên viên", "specialist"],
    ["CVC", "specialist"],
    ["Phóng viên", "specialist"],
    ["Tổ trưởng", "specialist"],
    ["Kế toán trưởng", "specialist"],
    ["Văn thư", "specialist"],
    ["", "specialist"],
    ["HĐ68", "contract"],
    ["Lái xe (HĐ 111)", "contract"],
    ["Nhân viên hợp đồng", "contract"],
    ["Chuyên viên HĐND", "specialist"],
  ])("%s → %s", (title, role) => {
    expect(classifyTitle(title)).toBe(role);
    expect(classifyTitle(title.normalize("NFD"))).toBe(role);
  });
});

describe("header vocabulary", () => {
  it.each([
    ["Phó trưởng phòng", "deputies"],
    ["Trưởng phòng và tương đương", "heads"],
    ["Biên chế được giao năm 2025", "quota"],
    ["Tổng số biên chế", "staff"],
    ["Số có mặt", "staff"],
    ["HĐ68", "contract"],
    ["Hợp đồng 111", "contract"],
    ["Nhân viên hợp đồng", "contract"],
    ["Loại hợp đồng", "employment"],
    ["Sáp nhập vào", "mergeInto"],
    ["Chức vụ", "title"],
    ["Họ và tên", "person"],
    ["STT", "order"],
    ["Tên cơ quan, đơn vị", "unit"],
  ])("%s → %s", (header, field) => {
    expect(matchField(header)?.field).toBe(field);
  });

  it("does not take a long title for a header", () => {
    expect(
      matchField("Báo cáo tình hình biên chế của các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh năm 2025"),
    ).toBeUndefined();
  });
});

describe("row labels", () => {
  it.each([
    ["Tổng cộng", "grand"],
    ["TỔNG SỐ", "grand"],
    ["Tổng: ", "grand"],
    ["Cộng", "subtotal"],
    ["Cộng khối Đảng", "subtotal"],
    ["Công an tỉnh", undefined],
    ["Phòng Tổng hợp", undefined],
    ["Tổng hợp", undefined],
  ])("%s is %s", (label, kind) => {
    expect(totalKind(label)).toBe(kind);
  });

  it("sees sections by roman numerals, letters and 'Khối'", () => {
    expect(isSectionLabel("II", "Khối Nhà nước")).toBe(true);
    expect(isSectionLabel("", "I. Khối Đảng")).toBe(true);
    expect(isSectionLabel("B", "Các đơn vị sự nghiệp")).toBe(true);
    expect(isSectionLabel("", "Khối Đảng")).toBe(true);
    expect(isSectionLabel("1", "Phòng Tổng hợp")).toBe(false);
    expect(isSectionLabel("", "Văn phòng")).toBe(false);
  });
});

describe("readTable never throws (property)", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -5, max: 200 }),
    fc.double(),
    fc.boolean(),
    fc.string(),
    fc.constantFrom(
      "Tổng cộng",
      "Cộng",
      "I",
      "Trưởng phòng",
      "PTP",
      "Đơn vị",
      "Chức vụ",
      "(1)",
      " 12 ",
      "HĐ68",
      "Sáp nhập vào",
    ),
    fc.constant({ error: "#N/A" }),
    fc.date(),
  );
  const grids = fc.record({
    cells: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
    merges: fc.array(
      fc
        .record({
          top: fc.integer({ min: -2, max: 15 }),
          left: fc.integer({ min: -2, max: 10 }),
          h: fc.nat(4),
          w: fc.nat(4),
        })
        .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 4 },
    ),
    row: fc.integer({ min: 1, max: 1000 }),
    col: fc.integer({ min: 1, max: 100 }),
  });

  it("returns a table or issues with cell addresses for any grid", () => {
    fc.assert(
      fc.property(grids, ({ cells, merges, row, col }) => {
        const result = readTable({ sheet: "S'1", origin: { row, col }, cells, merges });
        expect(result.table !== undefined || result.issues.some((i) => i.level === "error")).toBe(true);
        for (const issue of result.issues) expect(issue.cell).toMatch(/^'S''1'!\$?[A-Z]+\d+$/);
        for (const u of result.table?.units ?? []) {
          expect(u.heads + u.deputies + u.specialists).toBeLessThanOrEqual(
            Math.max(u.staff, u.heads + u.deputies + u.specialists),
          );
          expect(Number.isFinite(u.staff)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("reads the same figures whatever the Unicode normalisation, case or spacing of the text", () => {
    const base: CellValue[][] = [
      ["Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên"],
      ["Phòng Tổng hợp", 1, 3, 8],
      ["Tổng cộng", 1, 3, 8],
    ];
    const mangle = fc.constantFrom<(s: string) => string>(
      (s) => s.normalize("NFD"),
      (s) => s.toUpperCase(),
      (s) => ` ${s.replace(/ /g, "\u00a0")} `,
      (s) => s.toLowerCase(),
    );
    fc.assert(
      fc.property(fc.array(mangle, { minLength: 12, maxLength: 12 }), (fs) => {
        let k = 0;
        const cells = base.map((r) => r.map((v) => (typeof v === "string" ? fs[k++ % fs.length]!(v) : v)));
        const { table, issues } = readTable(grid(cells));
        expect(issues).toEqual([]);
        expect(table?.units.map((u) => [u.heads, u.deputies, u.specialists, u.staff])).toEqual([
          [1, 3, 8, 12],
        ]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("textKey", () => {
  it("agrees with the plain definition on any text (property)", async () => {
    const { textKey } = await import("../text/normalize");
    const plain = (v: string) =>
      v
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đĐ]/g, "d")
        // Character by character: a key does not depend on context (Greek final sigma "Σ" → "σ").
        .replace(/[^]/gu, (c) => c.toLowerCase())
        // eslint-disable-next-line no-control-regex
        .replace(/[\s\u0000-\u001f\u0085\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, " ")
        .trim();
    const viet = fc.constantFrom(
      "Phó Trưởng phòng",
      "ĐẢNG ỦY",
      "uỷ ban",
      "Hòa  bình",
      "\u00a0Chi cục\u200b",
      "x\ty\nz",
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), viet), (s) => {
        expect(textKey(s)).toBe(plain(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("cleanText", () => {
  it("agrees with the plain definition on any text, its fast path included (property)", async () => {
    const { cleanText } = await import("../text/normalize");
    const plain = (v: string) =>
      v
        .normalize("NFC")
        .replace(/[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, " ")
        .trim();
    const viet = fc.constantFrom(
      "Phó Trưởng phòng",
      "Phó Trưởng phòng".normalize("NFD"),
      "ĐẢNG ỦY  tỉnh",
      " Chi cục ",
      "a\u00a0b",
      "A\u0301",
      "e\u0302\u0301",
      "\u212b",
      "Ω\u2126",
      "x\ty",
      "ǅ ǈ ß ẞ ơ ư",
    );
    const pieces = fc.array(fc.oneof(viet, fc.string({ unit: "grapheme" }), fc.string()), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: "binary" }),
          pieces.map((p) => p.join("")),
        ),
        (s) => {
          expect(cleanText(s)).toBe(plain(s));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
