import fc from "fast-check";
import { encodeLegacy } from "../../../test/fixtures/legacy";
import { issueMessage } from "../messages";
import type { CellValue, Grid } from "../types";
import { readTable } from "./index";
import { findLegacyText, legacyIssue, mayHoldLegacyText } from "./legacy-check";
import { GridView } from "./view";

const tcvn3 = (s: string) => encodeLegacy(s, "tcvn3");
const vni = (s: string) => encodeLegacy(s, "vni");

const grid = (cells: CellValue[][], extra: Partial<Grid> = {}): Grid => ({
  sheet: "Biểu 01",
  origin: { row: 1, col: 1 },
  cells,
  ...extra,
});

describe("GridView: legacy fonts", () => {
  it("reads text in legacy font blocks as Unicode, and leaves numbers and other cells alone", () => {
    const view = new GridView(
      grid(
        [
          [tcvn3("BẢNG TỔNG HỢP"), null, null],
          [tcvn3("Phó trưởng phòng"), 3, "Phó trưởng phòng"],
          [vni("Phó trưởng phòng"), "12", tcvn3("Trưởng phòng")],
        ],
        {
          fonts: [
            { top: 1, left: 1, bottom: 1, right: 3, font: ".VnTimeH" },
            { top: 2, left: 1, bottom: 2, right: 2, font: ".VnTime" },
            { top: 3, left: 1, bottom: 3, right: 2, font: "VNI-Times" },
          ],
        },
      ),
    );
    expect(view.text(0, 0)).toBe("BẢNG TỔNG HỢP");
    expect(view.text(1, 0)).toBe("Phó trưởng phòng");
    expect(view.raw(1, 1)).toBe(3);
    expect(view.text(1, 2)).toBe("Phó trưởng phòng");
    expect(view.text(2, 0)).toBe("Phó trưởng phòng");
    expect(view.raw(2, 1)).toBe("12");
    // Outside every block: the legacy bytes as they are.
    expect(view.raw(2, 2)).toBe(tcvn3("Trưởng phòng"));
    expect(view.legacyFont(0, 2)).toEqual({ encoding: "tcvn3", upper: true });
    expect(view.legacyFont(2, 2)).toBeUndefined();
    expect(view.legacyFont(-1, 0)).toBeUndefined();
    expect(view.legacyFont(0, 99)).toBeUndefined();
  });

  it("decodes a merged header's text in every cell it covers, with the grid's origin", () => {
    const view = new GridView(
      grid(
        [
          [tcvn3("Số lượng"), null],
          [tcvn3("Trưởng"), tcvn3("Phó")],
        ],
        {
          origin: { row: 5, col: 3 },
          merges: [{ top: 5, left: 3, bottom: 5, right: 4 }],
          fonts: [{ top: 5, left: 3, bottom: 6, right: 4, font: ".VnTime" }],
        },
      ),
    );
    expect(view.text(0, 1, true)).toBe("Số lượng");
    expect(view.text(1, 1)).toBe("Phó");
  });

  it("lets a later block in a Unicode font take cells back, and ignores blocks it cannot use", () => {
    const view = new GridView(
      grid([[tcvn3("Phó phòng"), tcvn3("Phó phòng")]], {
        fonts: [
          { top: 1, left: 1, bottom: 1, right: 2, font: ".VnTime" },
          { top: 1, left: 2, bottom: 1, right: 2, font: "Arial" },
          { top: Number.NaN, left: 1, bottom: 1, right: 1, font: ".VnTime" },
          { top: 1, left: 1, bottom: 1e12, right: 1e12, font: 42 as unknown as string },
          null as unknown as Grid["fonts"] extends (infer T)[] | undefined ? T : never,
        ],
      }),
    );
    expect(view.text(0, 0)).toBe("Phó phòng");
    expect(view.text(0, 1)).toBe(tcvn3("Phó phòng"));
  });

  it("allocates nothing for fonts it does not know", () => {
    const view = new GridView(
      grid([["Phòng A"]], { fonts: [{ top: 1, left: 1, bottom: 1, right: 1, font: "Arial" }] }),
    );
    expect(view.legacyFont(0, 0)).toBeUndefined();
    expect(view.text(0, 0)).toBe("Phòng A");
  });

  it("never throws on any fonts list", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            top: fc.oneof(fc.integer({ min: -5, max: 10 }), fc.double()),
            left: fc.integer({ min: -5, max: 10 }),
            bottom: fc.integer({ min: -5, max: 10 }),
            right: fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constant(Number.POSITIVE_INFINITY)),
            font: fc.constantFrom(".VnTime", ".VnTimeH", "VNI-Times", "Arial", ""),
          }),
        ),
        (fonts) => {
          const view = new GridView(
            grid(
              [
                [tcvn3("Phòng"), 1],
                ["x", vni("Phòng")],
              ],
              { fonts },
            ),
          );
          for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) view.text(i, j, true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("findLegacyText", () => {
  const cells: CellValue[][] = [
    ["BIỂU SỐ 01", null, null],
    ["STT", tcvn3("Tên đơn vị"), tcvn3("Trưởng phòng")],
    [1, tcvn3("Phòng Tổng hợp"), 1],
    [2, vni("Phòng Tổ chức cán bộ"), 1],
  ];

  it("gives the first cells, row by row, whose text looks legacy, with absolute addresses", () => {
    const view = new GridView(grid(cells, { origin: { row: 4, col: 2 } }));
    expect(findLegacyText(view, [0, 1, 2, 3], [0, 1, 2])).toEqual([
      { row: 5, col: 3, value: tcvn3("Tên đơn vị"), encoding: "tcvn3" },
    ]);
    expect(findLegacyText(view, [3, 2], [1], 5)).toEqual([
      { row: 7, col: 3, value: vni("Phòng Tổ chức cán bộ"), encoding: "vni" },
      { row: 6, col: 3, value: tcvn3("Phòng Tổng hợp"), encoding: "tcvn3" },
    ]);
    expect(findLegacyText(view, [0], [0, 1, 2])).toEqual([]);
    expect(findLegacyText(view, [1], [1], 0)).toEqual([]);
  });

  it("skips cells inside legacy font blocks (the view decodes them)", () => {
    const view = new GridView(
      grid(cells, { fonts: [{ top: 2, left: 2, bottom: 3, right: 3, font: ".VnTime" }] }),
    );
    expect(findLegacyText(view, [0, 1, 2, 3], [0, 1, 2])).toEqual([
      { row: 4, col: 2, value: vni("Phòng Tổ chức cán bộ"), encoding: "vni" },
    ]);
  });

  it("makes the refusal, naming the cell, the text and the encoding", () => {
    const view = new GridView(grid(cells));
    const [found] = findLegacyText(view, [1], [0, 1, 2]);
    const issue = legacyIssue(view.sheet, found as NonNullable<typeof found>);
    expect(issue).toEqual({
      level: "error",
      code: "legacy-encoding-unknown",
      cell: "'Biểu 01'!B2",
      params: { value: "Tªn ®¬n vÞ", encoding: "TCVN3 (ABC)" },
    });
    expect(issueMessage(issue, "en")).toContain(
      "Cell 'Biểu 01'!B2 (“Tªn ®¬n vÞ”) looks typed in the legacy TCVN3 (ABC)",
    );
    const long = legacyIssue("S", { row: 1, col: 1, value: "Phßng ".repeat(20), encoding: "vni" });
    expect(String(long.params?.value)).toHaveLength(60);
    expect(long.params?.encoding).toBe("VNI");
  });
});

describe("readTable on a sheet typed in .VnTime", () => {
  it("reads the units and titles in Unicode", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số"],
      [1, "Phòng Tổng hợp", 1, 3, 8, 12],
      [2, "Phòng Lưu trữ", 1, 2, 0, 3],
    ].map((row) => row.map((v) => (typeof v === "string" ? tcvn3(v) : v)));
    const { table, issues } = readTable(
      grid(rows, { fonts: [{ top: 1, left: 1, bottom: 3, right: 6, font: ".VnTime" }] }),
    );
    expect(issues).toEqual([]);
    expect(table?.units.map((u) => [u.name, u.heads, u.deputies, u.staff])).toEqual([
      ["Phòng Tổng hợp", 1, 3, 12],
      ["Phòng Lưu trữ", 1, 2, 3],
    ]);
  });
});

describe("Grid.texts: the texts a host lists", () => {
  const rows = (name: string): CellValue[][] => [
    ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
    ...Array.from({ length: 60 }, (_, k) => [k + 1, "Lê Văn An", "Chuyên viên", "Văn phòng"]),
    [61, name, "Chuyên viên", "Văn phòng"],
  ];
  const texts = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Lê Văn An", "Chuyên viên", "Văn phòng"];

  it("may hold legacy text unless every listed text is Unicode", () => {
    expect(mayHoldLegacyText(grid([]))).toBe(true);
    expect(mayHoldLegacyText(grid([], { texts }))).toBe(false);
    expect(mayHoldLegacyText(grid([], { texts: [...texts, tcvn3("Trần Thị Bình")] }))).toBe(true);
  });

  it("still finds the legacy cell by its place when a listed text looks legacy", () => {
    const name = tcvn3("Trần Thị Bình");
    const { table, issues } = readTable(grid(rows(name), { texts: [...texts, name] }));
    expect(table).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({ code: "legacy-encoding-unknown", cell: "'Biểu 01'!B62" }),
    ]);
  });

  it("reads the same table with or without the list when nothing is legacy", () => {
    const plain = rows("Trần Thị Bình");
    expect(readTable(grid(plain, { texts: [...texts, "Trần Thị Bình"] }))).toEqual(readTable(grid(plain)));
  });
});
