import { EXCESS_PLAN } from "../../reports/fixtures";
import { excessModel } from "./excessModel";

describe("excessModel", () => {
  it("says the excess, who retires in which year and who needs another solution", () => {
    const plan = EXCESS_PLAN();
    const view = excessModel(plan, "vi");
    expect(view.totals).toBe(
      `Cấp phó dôi dư: ${plan.excess}; đến thời hạn (31/12/2030) còn ${plan.remaining} sau khi nghỉ hưu theo quy định.`,
    );
    expect(view.years.join("\n")).toContain("Nguyễn Văn An (Phòng Tổng hợp, 30/04/2026)");
    expect(view.years.every((y) => /^Năm \d{4}: nghỉ hưu /.test(y))).toBe(true);
    expect(view.needs).toHaveLength(plan.units.filter((u) => u.remaining > 0).length);
    expect(excessModel(plan, "en").totals).toMatch(/^Excess deputies: \d+;/);
  });
});
