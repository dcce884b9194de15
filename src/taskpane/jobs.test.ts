import { BINH_PHUOC_AFTER, BINH_PHUOC_BEFORE, table } from "../core/analyse/fixtures";
import { DETAILS } from "../reports/fixtures";
import {
  analyseOptions,
  defaultSettings,
  enteredCapTypes,
  familyUnknown,
  errorCount,
  isTableJob,
  JOB_KINDS,
  parseSettings,
  reportBaseName,
  reportInputs,
  savedMapping,
  type PaneSettings,
} from "./jobs";
import {
  analyseJob,
  dedupeIssues,
  JOBS,
  jobReport,
  tablesNeeded,
  templateAvailable,
  templateReport,
  type JobId,
  type JobTables,
} from "../jobs";
import { TEMPLATES, type TemplateId } from "../reports";
import type { Analysis, Issue } from "../core/types";

// The job layer through the pane's settings, as the pane and the ribbon call it.
const analyse = (job: JobId, tables: JobTables, settings: PaneSettings, readIssues?: Issue[]) =>
  analyseJob(job, tables, analyseOptions(settings), readIssues);
const report = (job: JobId, analysis: Analysis | undefined, settings: PaneSettings, o: { charts: boolean }) =>
  jobReport(job, analysis, reportInputs(settings, o.charts));
const template = (
  id: TemplateId,
  analysis: Analysis | undefined,
  settings: PaneSettings,
  o: { charts: boolean },
) => templateReport(id, analysis, reportInputs(settings, o.charts));

const TODAY = "2026-11-22";

describe("parseSettings", () => {
  it("gives the defaults for nothing, junk and a wrong type", () => {
    for (const raw of [undefined, null, 42, "x", [], {}]) {
      expect(parseSettings(raw, TODAY)).toEqual(JSON.parse(JSON.stringify(defaultSettings(TODAY))));
    }
    expect(parseSettings({}, TODAY).details.date).toBe(TODAY);
    expect(parseSettings({}, TODAY).details.style).toBe("party");
  });

  it("keeps what is valid and drops what is not, field by field", () => {
    const settings = parseSettings(
      {
        job: "compare",
        before: { kind: "sheet", sheet: "Trước sắp xếp" },
        after: { kind: "table", table: 7 },
        unitType: "phong-dang",
        ruleSet: "ND999",
        provinceClass: "loai-1",
        decisionDate: "01/10/2025",
        lang: "en",
        roadmap: { baseYear: 2022, baseline: -3, targetRate: 0.05, profile: "nope" },
        details: { ...DETAILS.state },
      },
      TODAY,
    );
    expect(settings.job).toBe("compare");
    expect(settings.before).toEqual({ kind: "sheet", sheet: "Trước sắp xếp" });
    expect(settings.after).toBeUndefined();
    expect(settings.unitType).toBe("phong-dang");
    expect(settings.ruleSet).toBeUndefined();
    expect(settings.provinceClass).toBe("loai-1");
    expect(settings.decisionDate).toBe("2025-10-01");
    expect(settings.lang).toBe("en");
    expect(settings.roadmap).toEqual({ baseYear: 2022, baseline: 0, targetRate: 0.05 });
    expect(settings.details).toEqual(DETAILS.state);
  });

  it("keeps column corrections that name known fields and real columns, and matches them to their table", () => {
    const settings = parseSettings(
      {
        before: { kind: "sheet", sheet: "Biểu 01" },
        mappings: {
          before: { staff: [5], mergeInto: [], bogus: [1], heads: [0], deputies: ["3"] },
          after: { staff: [99999] },
        },
      },
      TODAY,
    );
    expect(settings.mappings).toEqual({ before: { staff: [5], mergeInto: [] } });
    expect(savedMapping(settings, "before", { kind: "sheet", sheet: "Biểu 01" })).toEqual({
      staff: [5],
      mergeInto: [],
    });
    expect(savedMapping(settings, "before", { kind: "sheet", sheet: "Biểu 02" })).toBeUndefined();
    expect(savedMapping(settings, "after", { kind: "sheet", sheet: "Biểu 01" })).toBeUndefined();
    expect(parseSettings({ mappings: { before: { bogus: [1] } } }, TODAY).mappings).toBeUndefined();
  });

  it("keeps entered caps of known unit types as whole numbers 0–999, nothing else", () => {
    const settings = parseSettings(
      { enteredCaps: { "co-quan-dang-xa": 2, "phong-xa": 1.5, bogus: 1, xa: -1, "trung-tam-xa": "2" } },
      TODAY,
    );
    expect(settings.enteredCaps).toEqual({ "co-quan-dang-xa": 2 });
    expect(parseSettings({ enteredCaps: { xa: 1000 } }, TODAY).enteredCaps).toBeUndefined();
  });

  it("survives a JSON round trip unchanged (what Office document settings store)", () => {
    const settings = parseSettings(
      { job: "plan", before: { kind: "selection" }, details: DETAILS.party },
      TODAY,
    );
    expect(parseSettings(JSON.parse(JSON.stringify(settings)), TODAY)).toEqual(settings);
  });

  it("falls back to the default details when the stored ones are invalid", () => {
    const settings = parseSettings({ details: { style: "party", number: 12 } }, TODAY);
    expect(settings.details).toEqual(defaultSettings(TODAY).details);
  });
});

describe("jobs", () => {
  const before = table(BINH_PHUOC_BEFORE, "Trước");
  const after = table(BINH_PHUOC_AFTER, "Sau");
  const settings = { ...defaultSettings("2026-02-05"), unitType: "phong-dang" as const };

  it("needs the right tables", () => {
    expect(JOB_KINDS.filter(isTableJob).map(tablesNeeded)).toEqual([2, 1, 1, 0, 0]);
    expect(JOB_KINDS.filter((job) => !isTableJob(job))).toEqual(["consolidate"]);
    expect(analyse("compare", { before }, settings).ok).toBe(false);
    expect(analyse("check", {}, settings).ok).toBe(false);
    expect(analyse("roadmap", { before }, settings).ok).toBe(false);
  });

  it("compares Bình Phước: 7 → 5 units, 52 → 47 staff, and makes the merge report", () => {
    const result = analyse("compare", { before, after }, settings);
    if (!result.ok) throw new Error("compare failed");
    expect(result.value.mode).toBe("compare");
    expect(result.value.units).toHaveLength(5);
    expect(result.value.units.reduce((n, u) => n + u.staff, 0)).toBe(47);
    const doc = report("compare", result.value, settings, { charts: true });
    expect(doc.template).toBe(JOBS.compare.template);
    expect(doc.sheets[0]?.chart).toBeDefined();
    const noChart = report("compare", result.value, settings, { charts: false });
    expect(noChart.sheets[0]?.chart).toBeUndefined();
  });

  it("reviews deputies with the deputy review, and makes roadmap and tracker without a table", () => {
    const result = analyse("check", { before }, settings);
    if (!result.ok) throw new Error("check failed");
    expect(report("check", result.value, settings, { charts: true }).template).toBe("ra-soat-cap-pho");
    expect(report("roadmap", undefined, settings, { charts: true }).template).toBe("lo-trinh-tinh-gian");
    expect(report("tracker", undefined, settings, { charts: true }).template).toBe("theo-doi-thi-diem");
    expect(() => report("plan", undefined, settings, { charts: true })).toThrow();
  });
});

describe("gallery templates", () => {
  const before = table(BINH_PHUOC_BEFORE, "Trước");
  const after = table(BINH_PHUOC_AFTER, "Sau");
  const settings = { ...defaultSettings("2026-02-05"), unitType: "phong-dang" as const };
  // The comparison of plans, the excess-deputy roadmap and the consolidation come from the command
  // line, not the pane.
  const ids = (Object.keys(TEMPLATES) as TemplateId[]).filter(
    (id) => !["scenarios", "excess", "consolidation"].includes(TEMPLATES[id].input),
  );

  it("offers blank forms, the tracker and the roadmap always, analysis reports when one exists", () => {
    expect(ids.filter((id) => templateAvailable(id, undefined))).toEqual([
      "lo-trinh-tinh-gian",
      "theo-doi-thi-diem",
      "bieu-don-vi",
      "danh-sach-can-bo",
    ]);
    const check = analyse("check", { before }, settings);
    const compare = analyse("compare", { before, after }, settings);
    if (!check.ok || !compare.ok) throw new Error("analysis failed");
    expect(templateAvailable("ra-soat-cap-pho", check.value)).toBe(true);
    expect(templateAvailable("ket-qua-sap-xep", check.value)).toBe(false);
    expect(ids.every((id) => templateAvailable(id, compare.value))).toBe(true);
    expect(templateAvailable("so-sanh-phuong-an", compare.value)).toBe(false);
  });

  it("makes every template it offers, with the template's id", () => {
    const compare = analyse("compare", { before, after }, settings);
    if (!compare.ok) throw new Error("compare failed");
    for (const id of ids) {
      const doc = template(id, compare.value, settings, { charts: false });
      expect(doc.template).toBe(id);
      expect(doc.sheets.length).toBeGreaterThan(0);
    }
    expect(() => template("ket-qua-sap-xep", undefined, settings, { charts: false })).toThrow();
    expect(
      template("bieu-don-vi", undefined, { ...settings, details: DETAILS.state }, { charts: false }).style,
    ).toBe("state");
  });

  it("names reports after the source file", () => {
    expect(reportBaseName("ket-qua-sap-xep", "van-phong-tinh-uy-mau.xlsx")).toBe(
      "van-phong-tinh-uy-mau-ket-qua-sap-xep",
    );
    expect(reportBaseName("ra-soat-cap-pho", undefined)).toBe("tinhgon-ra-soat-cap-pho");
    expect(reportBaseName("bieu-don-vi", 'a/b:c*"d".csv')).toBe("a-b-c-d-bieu-don-vi");
    expect(reportBaseName("bieu-don-vi", "Biểu 01.xlsx")).toBe("Biểu 01-bieu-don-vi");
  });

  it("names a comparison of two files after both, before then after", () => {
    expect(reportBaseName("ket-qua-sap-xep", "bien-che-2024.xlsx", "bien-che-2025.xlsx")).toBe(
      "bien-che-2024_bien-che-2025-ket-qua-sap-xep",
    );
    expect(reportBaseName("ket-qua-sap-xep", "a.xlsx", "a.csv")).toBe("a-ket-qua-sap-xep");
    expect(reportBaseName("ket-qua-sap-xep", undefined, "sau.xlsx")).toBe("sau-ket-qua-sap-xep");
    const long = reportBaseName("ket-qua-sap-xep", `${"x".repeat(200)}.xlsx`, `${"y".repeat(200)}.xlsx`);
    expect(long.length).toBeLessThan(140);
  });
});

describe("the analysis a report is made from", () => {
  const before = table(BINH_PHUOC_BEFORE, "Trước");
  const settings = defaultSettings("2026-02-05");
  const readError = {
    level: "error",
    code: "not-a-number",
    cell: "'Trước'!D5",
    params: { value: "ba", column: "Phó trưởng phòng" },
  } as const;

  it("carries what reading found, first and once, so that the report knows of every error", () => {
    const result = analyse("check", { before }, settings, [readError, readError]);
    if (!result.ok) throw new Error("check failed");
    expect(result.value.issues[0]).toEqual(readError);
    expect(result.value.issues.filter((i) => i.code === "not-a-number")).toHaveLength(1);
    expect(errorCount(result.value.issues)).toBeGreaterThanOrEqual(1);
    const clean = analyse("check", { before }, settings);
    if (!clean.ok) throw new Error("check failed");
    expect(result.value.issues.slice(1)).toEqual(clean.value.issues);
  });

  it("drops repeats by level, code, cell and values", () => {
    const other = { ...readError, cell: "'Trước'!D6" };
    expect(dedupeIssues([readError, other, { ...readError }])).toEqual([readError, other]);
  });

  it("remembers a sheet of a second file as such", () => {
    const parsed = parseSettings({ after: { kind: "sheet", sheet: "Biểu 01", file: "after" } }, TODAY);
    expect(parsed.after).toEqual({ kind: "sheet", sheet: "Biểu 01", file: "after" });
    expect(parseSettings({ after: { kind: "sheet", sheet: "B", file: "x" } }, TODAY).after).toEqual({
      kind: "sheet",
      sheet: "B",
    });
  });
});

describe("caps the user enters (no text publishes one)", () => {
  const partyCommune = {
    ...table(
      [
        { name: "Văn phòng Đảng ủy", heads: 1, deputies: 2, specialists: 3, staff: 6 },
        { name: "Ban Xây dựng Đảng", heads: 1, deputies: 1, specialists: 3, staff: 5 },
      ],
      "Biểu 01",
    ),
    body: { family: "party" as const, commune: true, text: "ĐẢNG ỦY XÃ TÂN HƯNG", cell: "'Biểu 01'!A1" },
  };

  it("offers a field for the types without a cap, and applies what is entered, marked as entered", () => {
    const settings = { ...defaultSettings(TODAY), job: "check" as const };
    const blank = analyse("check", { before: partyCommune }, settings);
    if (!blank.ok) throw new Error(blank.issue.code);
    expect(blank.value.units.map((u) => u.cap)).toEqual([null, null]);
    expect(enteredCapTypes(blank.value)).toEqual(["co-quan-dang-xa"]);

    const entered = analyse(
      "check",
      { before: partyCommune },
      {
        ...settings,
        enteredCaps: { "co-quan-dang-xa": 1 },
      },
    );
    if (!entered.ok) throw new Error(entered.issue.code);
    expect(entered.value.units.map((u) => [u.cap, u.excess, u.capInfo?.entered])).toEqual([
      [1, 1, true],
      [1, 0, true],
    ]);
    // The field stays offered once a cap is entered, so that it can be changed or cleared.
    expect(enteredCapTypes(entered.value)).toEqual(["co-quan-dang-xa"]);
    expect(enteredCapTypes(undefined)).toEqual([]);
  });
});

describe("a table that does not say whether its body is a Party or a State one", () => {
  const untitled = table(
    [
      { name: "Phòng Tổng hợp", heads: 1, deputies: 3, specialists: 8, staff: 12 },
      { name: "Phòng Quản trị", heads: 1, deputies: 2, specialists: 6, staff: 9 },
    ],
    "Biểu 01",
  );
  const settings = { ...defaultSettings(TODAY), job: "check" as const };

  it("asks, and follows the answer, which is remembered with the settings", () => {
    const asked = analyse("check", { before: untitled }, settings);
    if (!asked.ok) throw new Error(asked.issue.code);
    expect(familyUnknown(asked.value)).toBe(true);
    const party = parseSettings(JSON.parse(JSON.stringify({ ...settings, family: "party" })), TODAY);
    expect(party.family).toBe("party");
    const answered = analyse("check", { before: untitled }, party);
    if (!answered.ok) throw new Error(answered.issue.code);
    expect(familyUnknown(answered.value)).toBe(false);
    expect(answered.value.units.map((u) => [u.unitType, u.cap])).toEqual([
      ["phong-dang", 3],
      ["phong-dang", 2],
    ]);
    expect(parseSettings({ ...settings, family: "mass" }, TODAY).family).toBeUndefined();
    expect(familyUnknown(undefined)).toBe(false);
  });
});
