import fc from "fast-check";
import { cannotBeNumberingCell, NUMBERING_CELL } from "./header";

describe("cannotBeNumberingCell", () => {
  // Characters that decide the pattern's fate, and some that never matter.
  const chars = [..."(1)209 AaxXBz=*+-–.,ĐđễêÔơ", "\u00a0", "\u2003", "\ufeff", "\t", "\n"];
  const text = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 6 }).map((a) => a.join(""));

  it("rules out only texts the numbering pattern does not match", () => {
    fc.assert(
      fc.property(text, (t) => !cannotBeNumberingCell(t) || !NUMBERING_CELL.test(t)),
      { numRuns: 20_000 },
    );
  });

  it("rules out names and titles, and keeps column numbers for the pattern", () => {
    for (const t of ["Nguyễn Văn An", "Đỗ Thị Bình", "Phó Trưởng phòng", "Lê Hà", "Ông"])
      expect(cannotBeNumberingCell(t)).toBe(true);
    for (const t of ["(1)", "3", "(3)=(1)+(2)", "A", "B", "A x 2", "12"]) {
      expect(cannotBeNumberingCell(t)).toBe(false);
      expect(NUMBERING_CELL.test(t)).toBe(true);
    }
  });
});
