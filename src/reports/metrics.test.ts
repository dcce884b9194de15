import { wrappedLines } from "./builder";
import { textWidthEm, textWidthPt } from "./metrics";

describe("the text-width model", () => {
  it("gives Times New Roman's widths, Vietnamese letters as their base letters", () => {
    expect(textWidthEm("x")).toBe(0.5);
    expect(textWidthEm("M")).toBe(0.889);
    expect(textWidthEm("M", true)).toBe(0.944);
    expect(textWidthEm("ệ")).toBe(textWidthEm("e"));
    expect(textWidthEm("Đ")).toBe(textWidthEm("D"));
    expect(textWidthEm("ư")).toBeCloseTo(textWidthEm("u") + 0.05, 9);
    expect(textWidthEm("…")).toBe(1);
    expect(textWidthPt("Phòng", 12)).toBeCloseTo(textWidthEm("Phong") * 12, 9);
  });

  it("counts lines: words, line breaks, words longer than a line", () => {
    expect(wrappedLines("", 12, false, 100)).toBe(1);
    expect(wrappedLines("Phòng Nội vụ", 12, false, 100)).toBe(1);
    expect(wrappedLines("Phòng Nội vụ\nPhòng Tư pháp", 12, false, 100)).toBe(2);
    expect(wrappedLines("Phòng Nội vụ Phòng Tư pháp", 12, false, 90)).toBe(2);
    // 100 × 6 pt in a line of 60 × 95 % − 4 pt of room.
    expect(wrappedLines("x".repeat(100), 12, false, 60)).toBe(Math.ceil(600 / 53));
    expect(wrappedLines("ĐẢNG BỘ TỈNH", 13, true, 50)).toBeGreaterThan(
      wrappedLines("đảng bộ tỉnh", 13, true, 50),
    );
  });
});
