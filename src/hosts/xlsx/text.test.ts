import { safeText } from "./text";

describe("safeText", () => {
  it("keeps Vietnamese, tabs and line breaks, and cuts at Excel's cell limit", () => {
    expect(safeText("Phòng\tTổng hợp\r\nx")).toBe("Phòng\tTổng hợp\nx");
    expect(safeText("😀 ủy")).toBe("😀 ủy");
    expect(safeText("a".repeat(40000))).toHaveLength(32767);
  });

  it("removes the characters XML forbids, so the file still opens", () => {
    expect(safeText("Phòng\u0001 A\uffff\ud800")).toBe("Phòng A");
  });
});
