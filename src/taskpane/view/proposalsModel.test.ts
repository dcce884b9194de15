import { BINH_PHUOC_BEFORE, row, table } from "../../core/analyse/fixtures";
import { propose } from "../../core/analyse/propose";
import { proposalsModel } from "./proposalsModel";

describe("proposalsModel", () => {
  it("gives each option its figures and one line per unit merged, in Vietnamese and English", () => {
    const r = propose(table(BINH_PHUOC_BEFORE), { date: "2026-02-05", unitType: "phong-dang" });
    const vi = proposalsModel(r, "vi");
    expect(vi.options[0]?.title).toMatch(
      /^Phương án 1: còn 6 đơn vị; 0 đơn vị dưới mức tối thiểu; \d+ cấp phó dôi dư$/,
    );
    expect(vi.options[0]?.moves).toEqual([
      expect.stringMatching(/^Phòng Lưu trữ \(3 người, dưới mức tối thiểu 5\) hợp nhất vào /),
    ]);
    expect(vi.options.length).toBeLessThanOrEqual(4);
    expect(vi.nothing).toBeUndefined();
    expect(proposalsModel(r, "en").options[0]?.moves[0]).toMatch(
      /^Phòng Lưu trữ \(3 people, below the minimum of 5\) merges into /,
    );
  });

  it("says so when nothing beats the present state, and names what no merger fixes", () => {
    const r = propose(table([{ ...row("Phòng Lưu trữ", 1, 1, 1, 3), block: "SỞ A" }]), {
      date: "2026-02-05",
    });
    const view = proposalsModel(r, "vi");
    expect(view.options).toEqual([]);
    expect(view.nothing).toBe("Không có cách hợp nhất nào tốt hơn hiện trạng theo quy định.");
    expect(view.unfixable).toEqual(["Không sửa được bằng sáp nhập: Phòng Lưu trữ"]);
  });
});
