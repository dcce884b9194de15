import { formatPercent } from "../../core/format";
import { UNIT_TYPE_LABELS } from "../../core/rules/labels";
import type { Analysis, RuleSetId, UnitResult } from "../../core/types";
import { tPreview } from "../../i18n/preview";
import { checkAnalysis, communeAnalysis, compareAnalysis, planAnalysis } from "../../reports/fixtures";
import {
  chartGroups,
  checkRows,
  excessPeople,
  excessUnits,
  flaggedUnits,
  previewModel,
  rulesUsed,
  ruleSetTitle,
  summaryRows,
  unitTypesUsed,
  unsettledFootnote,
} from "./previewModel";

describe("summaryRows", () => {
  it("shows the Bình Phước comparison as the report does: 7 → 5, 16 → 6, 52 → 47 (9,62%)", () => {
    const rows = summaryRows(compareAnalysis(), "vi");
    expect(rows.map((r) => [r.label, r.before, r.after, r.cut, r.rate])).toEqual([
      ["Đầu mối", "7", "5", "2", "28,57%"],
      ["Cấp trưởng", "7", "5", "2", "28,57%"],
      ["Cấp phó", "16", "6", "10", "62,50%"],
      ["Biên chế", "52", "47", "5", "9,62%"],
    ]);
    expect(rows.every((r) => !r.increased)).toBe(true);
  });

  it("takes every figure from analysis.summary, never recomputing it", () => {
    const a = compareAnalysis();
    a.summary.staff = { before: 166, after: 145, cut: 21, rate: 21 / 166 };
    const staff = summaryRows(a, "vi").find((r) => r.key === "staff");
    expect(staff).toMatchObject({ before: "166", after: "145", cut: "21", rate: "12,65%" });
  });

  it("marks a figure that went up (deputies on the day of a merger) and keeps its sign", () => {
    const deputies = summaryRows(planAnalysis(), "vi").find((r) => r.key === "deputies");
    expect(deputies).toMatchObject({
      before: "16",
      after: "18",
      cut: "-2",
      rate: "-12,50%",
      increased: true,
    });
  });

  it("groups thousands the Vietnamese and the English way", () => {
    const a = compareAnalysis();
    a.summary.staff = { before: 312450, after: 298000, cut: 14450, rate: 14450 / 312450 };
    expect(summaryRows(a, "vi")[3]).toMatchObject({ before: "312.450", after: "298.000", cut: "14.450" });
    expect(summaryRows(a, "en")[3]).toMatchObject({
      label: "Staff",
      before: "312,450",
      rate: formatPercent(14450 / 312450, 2, "en"),
    });
  });
});

describe("checkRows", () => {
  it("counts the review: 7 units, 16 deputies, 1 unit over the cap, 1 excess, 2 flagged", () => {
    const rows = checkRows(checkAnalysis(), "vi");
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ["Đầu mối", "7"],
      ["Cấp trưởng", "7"],
      ["Cấp phó", "16"],
      ["Biên chế", "52"],
      ["Đơn vị có cấp phó vượt định mức", "1"],
      ["Tổng số cấp phó dôi dư", "1"],
      ["Đơn vị có cảnh báo", "2"],
    ]);
  });
});

describe("a pooled cap (a commune's phòng and centre)", () => {
  it("counts the group's excess and lists the group, not its units", () => {
    const a = communeAnalysis();
    expect(checkRows(a, "vi").map((r) => [r.label, r.value])).toEqual([
      ["Đầu mối", "4"],
      ["Cấp trưởng", "4"],
      ["Cấp phó", "10"],
      ["Biên chế", "41"],
      ["Đơn vị có cấp phó vượt định mức", "0"],
      ["Nhóm đơn vị tính định mức bình quân có dôi dư", "1"],
      ["Tổng số cấp phó dôi dư", "2"],
      ["Đơn vị có cảnh báo", "0"],
    ]);
    expect(excessUnits(a, "vi")).toEqual([
      expect.objectContaining({
        name: "Tính chung 4 đơn vị (bình quân 2 cấp phó mỗi đơn vị)",
        deputies: "10",
        cap: "8",
        excess: "2",
      }),
    ]);
    expect(excessPeople(a)).toBe(2);
  });
});

describe("chartGroups", () => {
  it("has one before/after group per summary figure", () => {
    expect(chartGroups(compareAnalysis(), "vi")).toEqual([
      { label: "Đầu mối", before: 7, after: 5 },
      { label: "Cấp trưởng", before: 7, after: 5 },
      { label: "Cấp phó", before: 16, after: 6 },
      { label: "Biên chế", before: 52, after: 47 },
    ]);
  });

  it("has no after side in a review", () => {
    expect(chartGroups(checkAnalysis(), "en").every((g) => g.after === null)).toBe(true);
  });
});

describe("flaggedUnits", () => {
  it("lists the units with flags, with their labels, in order", () => {
    expect(flaggedUnits(checkAnalysis(), "vi")).toEqual([
      {
        name: "Phòng Cơ yếu - Công nghệ thông tin",
        flags: ["leaders-exceed-specialists", "deputies-over-cap"],
        flagText: "Lãnh đạo nhiều hơn chuyên viên; Cấp phó vượt định mức",
      },
      {
        name: "Phòng Lưu trữ",
        flags: ["leaders-only", "deputies-over-half-quota", "below-minimum-size"],
        flagText: "100% là lãnh đạo; Cấp phó quá 50% biên chế (KL 187); Dưới số biên chế tối thiểu",
      },
    ]);
    expect(flaggedUnits(checkAnalysis(), "en")[1]?.flagText).toMatch(/^Leaders only; /);
  });

  it("keeps names as text, tidied (markup stays markup, NFD becomes NFC)", () => {
    const a = checkAnalysis();
    const unit = a.units[4] as UnitResult;
    unit.name = "<b>Phòng</b>  Lưu trữ".normalize("NFD");
    expect(flaggedUnits(a, "vi")[1]?.name).toBe("<b>Phòng</b> Lưu trữ");
  });
});

describe("excessUnits", () => {
  it("formats counts of any size the same way as formatNumber", () => {
    const a = planAnalysis();
    const u = a.units[0] as UnitResult;
    Object.assign(u, { deputies: 1234, cap: 999, excess: 235 });
    expect(excessUnits(a, "vi")[0]).toMatchObject({ deputies: "1.234", cap: "999", excess: "235" });
    expect(excessUnits(a, "en")[0]).toMatchObject({ deputies: "1,234" });
  });

  it("lists the plan's excess deputies with caps and the transition deadline", () => {
    const units = excessUnits(planAnalysis(), "vi");
    expect(units.map((u) => [u.name, u.deputies, u.cap, u.excess, u.deadline])).toEqual([
      ["Phòng Tổng hợp", "6", "3", "3", "01/10/2030"],
      ["Phòng Tài chính đảng", "2", "1", "1", "01/10/2030"],
      ["Phòng Cơ yếu - Công nghệ thông tin", "3", "1", "2", "01/10/2030"],
      ["Phòng Quản trị", "2", "1", "1", "01/10/2030"],
      ["Phòng Hành chính - Phục vụ", "5", "1", "4", "01/10/2030"],
    ]);
    expect(units[0]?.deadlineLong).toBe("ngày 01 tháng 10 năm 2030");
    expect(excessUnits(planAnalysis(), "en")[0]).toMatchObject({
      deadline: "01/10/2030",
      deadlineLong: "1 October 2030",
    });
    expect(excessPeople(planAnalysis())).toBe(11);
  });

  it("marks an unsettled cap with * and says where it comes from in a footnote", () => {
    const a = checkAnalysis();
    const units = excessUnits(a, "vi");
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ cap: "2*", unsettled: true, deadline: "–", deadlineLong: "" });
    const note = unsettledFootnote(
      a.units.filter((u) => u.excess > 0),
      "vi",
    );
    expect(note).toMatch(
      /^\* Định mức cấp phó chưa được xác minh với văn bản gốc, đang tạm áp dụng: Quy định 329-QĐ\/TW/,
    );
    expect(note).toMatch(/Cần đối chiếu văn bản trước khi sử dụng\.$/);
    expect(unsettledFootnote(planAnalysis().units, "vi")).toBeUndefined();
  });

  it("lists the sources of unsettled rules once each", () => {
    const a = checkAnalysis();
    const note = unsettledFootnote(a.units, "en") ?? "";
    expect(note.match(/Quy định 329-QĐ\/TW/g)).toHaveLength(1);
  });
});

describe("previewModel", () => {
  it("gives compare and plan a summary and a chart, a review counts only", () => {
    const c = previewModel(compareAnalysis(), "vi");
    expect(c.heading).toBe("Kết quả so sánh trước và sau sắp xếp");
    expect(c.rules.startsWith("Quy định áp dụng (tính đến 05/02/2026): ")).toBe(true);
    expect(c.summary).toHaveLength(4);
    expect(c.chart).toHaveLength(4);
    expect(c.counts).toBeUndefined();
    expect(c.planNote).toBeUndefined();
    expect(previewModel(planAnalysis(), "vi").planNote).toMatch(/thời điểm hợp nhất/);
    const k = previewModel(checkAnalysis(), "en");
    expect(k.heading).toBe("Deputy review");
    expect(k.summary).toBeUndefined();
    expect(k.chart).toBeUndefined();
    expect(k.counts).toHaveLength(7);
    expect(k.footnote).toMatch(/^\* Deputy cap/);
  });

  it("handles a province's 20.000 units in one pass", () => {
    const base = checkAnalysis();
    const template = base.units[3] as UnitResult;
    const units = Array.from({ length: 20000 }, (_, i) => ({ ...template, name: `Phòng số ${i + 1}` }));
    const a: Analysis = { ...base, units };
    const started = Date.now();
    const m = previewModel(a, "vi");
    // Linear work is a few milliseconds; the bound only catches a quadratic slip on a busy machine.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(m.excess).toHaveLength(20000);
    expect(m.flagged).toHaveLength(20000);
    expect(m.counts?.find((r) => r.key === "overCap")?.value).toBe("20.000");
  });
});

describe("the rules and unit types the preview states", () => {
  it("names each rule set once, with its year, and the unit types, saying when they were assumed", () => {
    const a = checkAnalysis();
    const capped = a.units.filter((u) => u.capInfo);
    expect(capped.length).toBeGreaterThan(0);
    const ids = [...new Set(capped.map((u) => u.capInfo?.ruleSet))];
    const model = previewModel(a, "vi", "assumed");
    expect(model.rules.startsWith("Quy định áp dụng (tính đến ")).toBe(true);
    for (const id of ids) expect(model.rules).toContain(ruleSetTitle(id as RuleSetId, "vi"));
    expect(model.unitTypes.startsWith("Loại đơn vị: ")).toBe(true);
    expect(model.unitTypes).toContain(UNIT_TYPE_LABELS[a.units[0]!.unitType].vi);
    expect(model.unitTypes).toContain("tự nhận biết theo tên đơn vị");
    expect(previewModel(a, "vi", "user").unitTypes).not.toContain("tự nhận biết");
    expect(previewModel(a, "en", "partly").unitTypes).toContain("some assumed from the unit names");
  });

  it("gives Party regulations their year and marks an unverified rule", () => {
    expect(ruleSetTitle("QD329_2025", "vi")).toBe("Quy định 329-QĐ/TW (2025)");
    expect(ruleSetTitle("ND150_2025", "vi")).toBe("Nghị định 150/2025/NĐ-CP");
    const a = checkAnalysis();
    const unit = a.units.find((u) => u.capInfo) as UnitResult;
    unit.capInfo = {
      ...(unit.capInfo as NonNullable<UnitResult["capInfo"]>),
      ruleSet: "QD329_2025",
      confidence: "unsettled",
    };
    for (const u of a.units) if (u !== unit) delete u.capInfo;
    expect(rulesUsed(a, "vi")).toMatch(
      /^Quy định áp dụng \(tính đến [\d/]+\): Quy định 329-QĐ\/TW \(2025\) \(chưa xác minh\)$/,
    );
    for (const u of a.units) delete u.capInfo;
    expect(rulesUsed(a, "en")).toMatch(/^Rules applied \(in force on .+\): none applies$/);
  });

  it("says 'Unit type' for one type and 'Unit types' for more, in English", () => {
    const a = checkAnalysis();
    for (const u of a.units) u.unitType = "phong-dang";
    expect(unitTypesUsed(a, "en", "user")).toBe(`Unit type: ${UNIT_TYPE_LABELS["phong-dang"].en}`);
    (a.units[0] as UnitResult).unitType = "phong";
    expect(unitTypesUsed(a, "en", "sheet").startsWith("Unit types: ")).toBe(true);
  });

  it("counts excess deputies with English plurals", () => {
    expect(tPreview("excessHeading", "en", { units: 1, people: 1 })).toBe(
      "Excess deputies (1 unit, 1 person)",
    );
    expect(tPreview("excessHeading", "en", { units: 2, people: 3 })).toBe(
      "Excess deputies (2 units, 3 people)",
    );
  });
});
