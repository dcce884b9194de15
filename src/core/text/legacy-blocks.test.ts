import type { CellValue } from "../types";
import { legacyFontBlocks } from "./legacy-blocks";

/** fontAt from a grid of font names ("" for the default). */
const fontsOf = (fonts: string[][]) => (i: number, j: number) => fonts[i]?.[j] || undefined;

describe("legacyFontBlocks", () => {
  it("makes a sheet typed in .VnTime under .VnTimeH titles two blocks", () => {
    const cells: CellValue[][] = [
      ["Së Néi vô", null, null, null],
      ["b¶ng tæng hîp", null, null, null],
      [],
      ["STT", "Tªn ®¬n vÞ", "Tr­ëng phßng", "Phã phßng"],
      ["(1)", "(2)", "(3)", "(4)"],
      [1, "Phßng Tæng hîp", 1, 2],
      [2, "V¨n phßng", 1, null],
      [null, null, null, null],
      [null, "Tæng céng", 2, 2],
    ];
    const H = ".VnTimeH";
    const T = ".VnTime";
    const fonts = [[H], [H], [], [T, T, T, T], [T, T, T, T], [T, T, T, T], [T, T, T, T], [], [T, T, T, T]];
    const asked: string[] = [];
    const blocks = legacyFontBlocks(cells, { row: 1, col: 1 }, (i, j) => {
      asked.push(`${i},${j}`);
      return fontsOf(fonts)(i, j);
    });
    expect(blocks).toEqual([
      { top: 1, left: 1, bottom: 2, right: 4, font: H },
      { top: 4, left: 1, bottom: 9, right: 4, font: T },
    ]);
    // Only text cells are asked.
    expect(asked).not.toContain("5,0");
    expect(asked).not.toContain("7,1");
  });

  it("leaves out a Unicode header over .VnTime rows, and Unicode cells in a row", () => {
    const cells: CellValue[][] = [
      ["STT", "Tên đơn vị", "Trưởng phòng"],
      [1, "Phßng Tæng hîp", 1],
      [2, "V¨n phßng", 1],
      [3, "Phòng Kế hoạch", "Ghi chó"],
    ];
    const T = ".VnTime";
    const fonts = [
      ["Times New Roman", "Times New Roman", "Times New Roman"],
      ["", T, ""],
      ["", T, ""],
      ["", "", T],
    ];
    expect(legacyFontBlocks(cells, { row: 10, col: 2 }, fontsOf(fonts))).toEqual([
      { top: 11, left: 2, bottom: 12, right: 4, font: T },
      { top: 13, left: 4, bottom: 13, right: 4, font: T },
    ]);
  });

  it("keeps VNI and TCVN3 apart, and never lets an upper-case block take plain ASCII in another font", () => {
    const cells: CellValue[][] = [["Tænh", "Phoøng", "x", "STT", "y"]];
    const fonts = [[".VnTimeH", "VNI-Times", "", ".VnTimeH", ""]];
    expect(legacyFontBlocks(cells, { row: 1, col: 1 }, fontsOf(fonts))).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1, font: ".VnTimeH" },
      { top: 1, left: 2, bottom: 1, right: 3, font: "VNI-Times" },
      { top: 1, left: 4, bottom: 1, right: 4, font: ".VnTimeH" },
    ]);
  });

  it("gives nothing for a sheet in Unicode fonts", () => {
    const cells: CellValue[][] = [
      ["Phòng", 1],
      [null, "Trưởng phòng"],
    ];
    expect(legacyFontBlocks(cells, { row: 1, col: 1 }, () => "Times New Roman")).toEqual([]);
    expect(legacyFontBlocks([], { row: 1, col: 1 }, () => ".VnTime")).toEqual([]);
  });
});
