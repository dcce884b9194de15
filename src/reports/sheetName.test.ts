import { uniqueSheetName } from "./sheetName";

describe("uniqueSheetName", () => {
  it("adds (2), (3) to a taken name, case-insensitively", () => {
    expect(uniqueSheetName("Báo cáo", [])).toBe("Báo cáo");
    expect(uniqueSheetName("Báo cáo", ["BÁO CÁO"])).toBe("Báo cáo (2)");
    expect(uniqueSheetName("Báo cáo", ["Báo cáo", "Báo cáo (2)"])).toBe("Báo cáo (3)");
  });

  it("cleans forbidden characters, apostrophes, length and the reserved History", () => {
    expect(uniqueSheetName("a/b:c*d?e[f]g\\h", [])).toBe("a-b-c-d-e-f-g-h");
    expect(uniqueSheetName("'Biểu'", [])).toBe("’Biểu’");
    expect(uniqueSheetName("   ", [])).toBe("Báo cáo");
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    const long = "Kết quả sắp xếp tổ chức bộ máy năm 2026";
    expect(uniqueSheetName(long, [])).toBe("Kết quả sắp xếp tổ chức bộ máy"); // cut at 31, trailing space dropped
    const second = uniqueSheetName(long, [uniqueSheetName(long, [])]);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
  });
});
