import { FIELD_LABELS } from "../../core/read/fields";
import type { CellValue, ColumnInfo, Grid, Issue, StaffingTable } from "../../core/types";
import { fill as plural } from "../../core/messages";
import { t } from "../../i18n/app";
import { defaultSettings } from "../jobs";
import type { SourceList } from "../host";
import {
  ALL_FIELDS,
  countLevels,
  defaultSource,
  FIELD_ORDER,
  fixSources,
  listIssues,
  nextMapping,
  parsePercent,
  parseWhole,
  profilesOf,
  sameSource,
  sheetProfile,
  sidesOf,
  sourceFits,
  sourceKinds,
  sourceValid,
  throttleProgress,
  unitTypeOrigin,
  type Profiles,
} from "./logic";
import { messageText, progressText } from "./messageText";

const LIST: SourceList = {
  sheets: ["Trước sắp xếp", "Sau sắp xếp", "Phương án", "Danh sách"],
  tables: [{ name: "BangNhanSu", sheet: "Danh sách" }],
  activeSheet: "Danh sách",
  issues: [],
};

const col = (c: number, field: ColumnInfo["field"], header = ""): ColumnInfo => ({
  col: c,
  letter: String.fromCharCode(64 + c),
  header,
  field,
});

describe("sources", () => {
  it("offers selection and tables only in Excel", () => {
    expect(sourceKinds("file", LIST)).toEqual(["sheet"]);
    expect(sourceKinds("excel", LIST)).toEqual(["selection", "sheet", "table"]);
    expect(sourceKinds("excel", { ...LIST, tables: [] })).toEqual(["selection", "sheet"]);
  });

  it("keeps a remembered source only while it exists", () => {
    expect(sourceValid({ kind: "sheet", sheet: "Phương án" }, "file", LIST)).toBe(true);
    expect(sourceValid({ kind: "sheet", sheet: "Gone" }, "excel", LIST)).toBe(false);
    expect(sourceValid({ kind: "selection" }, "file", LIST)).toBe(false);
    expect(sourceValid({ kind: "selection" }, "excel", LIST)).toBe(true);
    expect(sourceValid({ kind: "table", table: "BangNhanSu" }, "excel", LIST)).toBe(true);
    expect(sourceValid({ kind: "table", table: "BangNhanSu" }, "file", LIST)).toBe(false);
    expect(sourceValid(undefined, "excel", LIST)).toBe(false);
  });

  it("starts from the sheets whose names say before, after and plan", () => {
    expect(defaultSource("before", "compare", LIST)).toEqual({ kind: "sheet", sheet: "Trước sắp xếp" });
    expect(defaultSource("after", "compare", LIST)).toEqual({ kind: "sheet", sheet: "Sau sắp xếp" });
    expect(defaultSource("before", "plan", LIST)).toEqual({ kind: "sheet", sheet: "Phương án" });
    // Checking deputies: the active sheet.
    expect(defaultSource("before", "check", LIST)).toEqual({ kind: "sheet", sheet: "Danh sách" });
    const plain: SourceList = { sheets: ["Sheet1", "Sheet2"], tables: [], issues: [] };
    expect(defaultSource("before", "compare", plain)).toEqual({ kind: "sheet", sheet: "Sheet1" });
    expect(defaultSource("after", "compare", plain, { kind: "sheet", sheet: "Sheet1" })).toEqual({
      kind: "sheet",
      sheet: "Sheet2",
    });
    expect(defaultSource("before", "check", { sheets: [], tables: [], issues: [] })).toBeUndefined();
  });

  it("fixes only the sides the job reads, keeping valid choices that suit the job", () => {
    const base = { ...defaultSettings("2026-02-05"), job: "compare" as const };
    const fixed = fixSources({ ...base, before: { kind: "sheet", sheet: "Danh sách" } }, "file", LIST);
    expect(fixed.before).toEqual({ kind: "sheet", sheet: "Danh sách" });
    expect(fixed.after).toEqual({ kind: "sheet", sheet: "Sau sắp xếp" });
    const check = fixSources({ ...base, job: "check", before: { kind: "selection" } }, "file", LIST);
    expect(check.before).toEqual({ kind: "sheet", sheet: "Danh sách" });
    expect(check.after).toBeUndefined();
    const roadmap = { ...base, job: "roadmap" as const };
    expect(fixSources(roadmap, "file", LIST)).toBe(roadmap);
    expect(fixSources(base, "file", undefined)).toBe(base);
  });

  it("tells sources apart, a sheet of a second file from the same name in the first", () => {
    expect(sameSource({ kind: "sheet", sheet: "A" }, { kind: "sheet", sheet: "A", file: "after" })).toBe(
      false,
    );
    expect(
      sameSource({ kind: "sheet", sheet: "A", file: "after" }, { kind: "sheet", sheet: "A", file: "after" }),
    ).toBe(true);
    expect(sameSource({ kind: "selection" }, { kind: "selection" })).toBe(true);
    expect(sameSource({ kind: "sheet", sheet: "A" }, { kind: "sheet", sheet: "B" })).toBe(false);
    expect(sameSource({ kind: "sheet", sheet: "A" }, { kind: "table", table: "A" })).toBe(false);
    expect(sameSource(undefined, undefined)).toBe(true);
    expect(sameSource({ kind: "selection" }, undefined)).toBe(false);
  });

  it("knows which sides each job reads", () => {
    expect(sidesOf("compare")).toEqual(["before", "after"]);
    expect(sidesOf("plan")).toEqual(["before"]);
    expect(sidesOf("tracker")).toEqual([]);
  });
});

describe("the sheet each job starts from, by what its first rows hold", () => {
  const sheet = (name: string, header: CellValue[], row: CellValue[]): Grid => ({
    sheet: name,
    origin: { row: 1, col: 1 },
    cells: [["BIỂU SỐ LIỆU"], header, row, ["2", ...row.slice(1)]],
  });
  const units = ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số"];
  const merge = [...units, "Sáp nhập vào"];
  const figures: CellValue[] = ["1", "Phòng Tổng hợp", 1, 2, 5, 8];
  const grids = [
    { sheet: "Hướng dẫn", origin: { row: 1, col: 1 }, cells: [["Điền số liệu vào các biểu sau."]] },
    sheet("Biểu A", units, figures),
    sheet("Biểu B", merge, [...figures, "Phòng Tổ chức"]),
    sheet("Biểu C", units, figures),
  ];
  const list: SourceList = {
    sheets: grids.map((g) => g.sheet),
    tables: [],
    activeSheet: "Hướng dẫn",
    issues: [],
  };
  const profiles: Profiles = profilesOf(grids);

  it("tells a staffing table, a merge plan and a sheet of text apart from a few rows", () => {
    expect(profiles).toEqual({
      "Hướng dẫn": { table: false, merge: false, roster: false },
      "Biểu A": { table: true, merge: false, roster: false },
      "Biểu B": { table: true, merge: true, roster: false },
      "Biểu C": { table: true, merge: false, roster: false },
    });
    const roster = sheet(
      "DS",
      ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
      [1, "Nguyễn Văn A", "Trưởng phòng", "Phòng A"],
    );
    expect(sheetProfile(roster)).toEqual({ table: true, merge: false, roster: true });
  });

  it("plan: the table with a merge column; check: a table, not the active sheet of text", () => {
    expect(defaultSource("before", "plan", list, undefined, profiles)).toEqual({
      kind: "sheet",
      sheet: "Biểu B",
    });
    expect(defaultSource("before", "check", list, undefined, profiles)).toEqual({
      kind: "sheet",
      sheet: "Biểu A",
    });
  });

  it("compare: two different tables without a merge column, never the same one twice", () => {
    const before = defaultSource("before", "compare", list, undefined, profiles);
    expect(before).toEqual({ kind: "sheet", sheet: "Biểu A" });
    expect(defaultSource("after", "compare", list, before, profiles)).toEqual({
      kind: "sheet",
      sheet: "Biểu C",
    });
    const lone: SourceList = { sheets: ["Biểu A"], tables: [], issues: [] };
    expect(
      defaultSource("after", "compare", lone, { kind: "sheet", sheet: "Biểu A" }, profiles),
    ).toBeUndefined();
    // A sheet of the second file may have the first file's sheet name.
    expect(
      defaultSource("after", "compare", lone, { kind: "sheet", sheet: "Biểu A", file: "after" }, profiles),
    ).toEqual({ kind: "sheet", sheet: "Biểu A" });
  });

  it("replaces a source that does not suit the job only by one that does", () => {
    const settings = { ...defaultSettings("2026-02-05"), job: "plan" as const };
    const planFixed = fixSources({ ...settings, before: { kind: "sheet", sheet: "Biểu A" } }, "excel", list, {
      profiles,
    });
    expect(planFixed.before).toEqual({ kind: "sheet", sheet: "Biểu B" });
    // Without any sheet that suits, the user's choice stays (the reader says what is wrong).
    const noPlan = { ...profiles, "Biểu B": { table: true, merge: false, roster: false } };
    const kept = fixSources({ ...settings, before: { kind: "sheet", sheet: "Biểu A" } }, "excel", list, {
      profiles: noPlan,
    });
    expect(kept.before).toEqual({ kind: "sheet", sheet: "Biểu A" });
    expect(sourceFits({ kind: "selection" }, "plan", { profiles })).toBe(true);
    expect(sourceFits({ kind: "sheet", sheet: "Not peeked" }, "plan", { profiles })).toBe(true);
    // An "after" equal to "before" is replaced.
    const compare = fixSources(
      {
        ...settings,
        job: "compare",
        before: { kind: "sheet", sheet: "Biểu C" },
        after: { kind: "sheet", sheet: "Biểu C" },
      },
      "excel",
      list,
      { profiles },
    );
    expect(compare.before).toEqual({ kind: "sheet", sheet: "Biểu C" });
    expect(compare.after).toEqual({ kind: "sheet", sheet: "Biểu A" });
  });

  it("starts 'after' from the second file when one is open", () => {
    const after: SourceList = { sheets: ["Ghi chú", "Sau"], tables: [], issues: [] };
    const fixed = fixSources({ ...defaultSettings("2026-02-05"), job: "compare" }, "file", list, {
      profiles,
      after,
      afterProfiles: { "Ghi chú": { table: false, merge: false, roster: false } },
    });
    expect(fixed.after).toEqual({ kind: "sheet", sheet: "Sau", file: "after" });
    expect(sourceValid({ kind: "sheet", sheet: "Sau", file: "after" }, "file", list, { after })).toBe(true);
    expect(sourceValid({ kind: "sheet", sheet: "Sau", file: "after" }, "file", list)).toBe(false);
  });
});

describe("unitTypeOrigin", () => {
  const tableOf = (types: (string | undefined)[]) =>
    ({
      units: types.map((unitType) => ({ name: "P", ...(unitType ? { unitType } : {}) })),
    }) as unknown as StaffingTable;

  it("says whether the unit types were chosen, given by the sheet, or assumed", () => {
    expect(unitTypeOrigin("phong-dang", [tableOf([undefined])])).toBe("user");
    expect(unitTypeOrigin(undefined, [tableOf(["phong", "chi-cuc"])])).toBe("sheet");
    expect(unitTypeOrigin(undefined, [tableOf(["phong", undefined])])).toBe("partly");
    expect(unitTypeOrigin(undefined, [tableOf([undefined]), undefined])).toBe("assumed");
  });
});

describe("nextMapping", () => {
  const columns = [
    col(1, "order"),
    col(2, "unit"),
    col(3, "heads"),
    col(4, "deputies"),
    col(5, null),
    col(6, "staff"),
  ];

  it("moves a name field to the chosen column", () => {
    expect(nextMapping(columns, {}, 5, "unit")).toEqual({ unit: [5] });
  });

  it("adds a count field to the columns that already hold it", () => {
    expect(nextMapping(columns, {}, 5, "heads")).toEqual({ heads: [3, 5] });
  });

  it("takes the field away from a column set to ignore, and from a column given another field", () => {
    expect(nextMapping(columns, {}, 6, null)).toEqual({ staff: [] });
    expect(nextMapping(columns, {}, 4, "specialists")).toEqual({ deputies: [], specialists: [4] });
  });

  it("keeps earlier choices and changes nothing when the field is the same", () => {
    const previous = { unit: [5] };
    expect(nextMapping(columns, previous, 3, "heads")).toEqual(previous);
    expect(nextMapping(columns, previous, 3, "heads")).not.toBe(previous);
    expect(nextMapping(columns, previous, 6, "quota")).toEqual({ unit: [5], staff: [], quota: [6] });
  });
});

describe("issues", () => {
  const issue = (level: Issue["level"], code: Issue["code"], cell?: string): Issue => ({
    level,
    code,
    ...(cell ? { cell } : {}),
  });

  it("lists errors first, keeps the order within a level, drops repeats", () => {
    const listed = listIssues([
      {
        issues: [issue("warning", "staff-mismatch", "A!G9"), issue("error", "not-a-number", "A!D10")],
        side: "before",
      },
      { issues: [issue("info", "rule-unsettled"), issue("warning", "staff-mismatch", "A!G9")] },
      { issues: [issue("error", "no-header", "B!A1")], side: "after" },
    ]);
    expect(listed.map((l) => [l.issue.code, l.side])).toEqual([
      ["not-a-number", "before"],
      ["no-header", "after"],
      ["staff-mismatch", "before"],
      ["rule-unsettled", undefined],
    ]);
    expect(new Set(listed.map((l) => l.key)).size).toBe(4);
    expect(countLevels(listed)).toEqual({ error: 2, warning: 1, info: 1 });
  });
});

describe("fields", () => {
  it("offers every field exactly once", () => {
    expect([...FIELD_ORDER].sort()).toEqual([...ALL_FIELDS].sort());
    expect(ALL_FIELDS.length).toBe(Object.keys(FIELD_LABELS).length);
  });
});

describe("throttleProgress", () => {
  it("passes on about one step per percent, the first and the last", () => {
    const seen: number[] = [];
    const progress = throttleProgress((done) => seen.push(done));
    for (let i = 0; i <= 100_000; i += 10) progress(i, 100_000);
    progress(100_000, 100_000);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(100_000);
    expect(seen.length).toBeLessThanOrEqual(102);
    expect(seen.filter((d) => d === 100_000)).toHaveLength(1);
  });

  it("starts again when the total changes", () => {
    const seen: [number, number][] = [];
    const progress = throttleProgress((d, t) => seen.push([d, t]));
    progress(1, 1);
    progress(0, 3);
    progress(3, 3);
    expect(seen).toEqual([
      [1, 1],
      [0, 3],
      [3, 3],
    ]);
  });
});

describe("number inputs", () => {
  it("reads percents as rates", () => {
    expect(parsePercent("10")).toBe(0.1);
    expect(parsePercent("12,5")).toBe(0.125);
    expect(parsePercent(" 7.5 % ")).toBe(0.075);
    expect(parsePercent("101")).toBeUndefined();
    expect(parsePercent("-1")).toBeUndefined();
    expect(parsePercent("abc")).toBeUndefined();
  });

  it("reads whole numbers with Vietnamese thousands separators", () => {
    expect(parseWhole("1.250")).toBe(1250);
    expect(parseWhole("1 250")).toBe(1250);
    expect(parseWhole("1,250")).toBe(1250);
    expect(parseWhole("12.50")).toBeUndefined();
    expect(parseWhole("52")).toBe(52);
    expect(parseWhole("5,5")).toBeUndefined();
    expect(parseWhole("")).toBeUndefined();
  });
});

describe("English plurals", () => {
  it("says 1 note, 2 notes, 1 unit, 0 units; Vietnamese has no plural forms", () => {
    expect(t("problemCounts", "en", { errors: 1, warnings: 2, infos: 1 })).toBe(
      "1 error, 2 warnings, 1 note",
    );
    expect(t("problemCounts", "en", { errors: 0, warnings: 1, infos: 2 })).toBe(
      "0 errors, 1 warning, 2 notes",
    );
    expect(t("readDone", "en", { units: 1, source: "«A»" })).toBe("Read 1 unit from «A».");
    expect(t("readDone", "en", { units: "1.250", source: "«A»" })).toBe("Read 1.250 units from «A».");
    expect(t("tableSummaryUnits", "en", { units: 1, row: 4 })).toBe("1 unit · header on row 4");
    expect(t("problemCounts", "vi", { errors: 1, warnings: 2, infos: 1 })).toBe("1 lỗi, 2 cảnh báo, 1 lưu ý");
    expect(plural("{n|one|other}", {})).toBe("{n|one|other}");
  });
});

describe("progressText", () => {
  it("gives the count with its unit: rows read, megabytes opened, steps of a report", () => {
    expect(progressText({ task: "read", done: 12_000, total: 50_000 }, "vi")).toBe("12.000/50.000 dòng");
    expect(progressText({ task: "read", done: 12_000, total: 50_000 }, "en")).toBe("12,000/50,000 rows");
    expect(progressText({ task: "read", done: 0, total: 1 }, "en")).toBe("0/1 row");
    expect(progressText({ task: "open", done: 2_621_440, total: 5_242_880 }, "vi")).toBe("2,5/5,0 MB");
    expect(progressText({ task: "open", done: 0, total: 40_000 }, "en")).toBe("0/40 KB");
    expect(progressText({ task: "insert", done: 1, total: 2 }, "vi")).toBe("bước 1/2");
    expect(progressText({ task: "insert", done: 1, total: 2 }, "en")).toBe("step 1 of 2");
    expect(progressText({ task: "read", done: 0, total: 0 }, "vi")).toBe("");
  });
});

describe("messageText", () => {
  it("translates pane strings with their parameters, issues with their cell, and keeps outside text", () => {
    expect(
      messageText(
        { id: 1, intent: "error", key: "needSource", params: { side: { key: "sideAfterLong" } } },
        "vi",
      ),
    ).toBe("Hãy chọn bảng cần đọc (Sau sắp xếp).");
    expect(
      messageText(
        { id: 1, intent: "error", key: "needSource", params: { side: { key: "sideAfterLong" } } },
        "en",
      ),
    ).toBe("Choose the table to read (After restructuring).");
    expect(
      messageText(
        { id: 2, intent: "error", issue: { level: "error", code: "no-header", cell: "A!B2" } },
        "en",
      ),
    ).toMatch(/\(A!B2\)$/);
    expect(messageText({ id: 3, intent: "info", text: "<b>x</b>" }, "vi")).toBe("<b>x</b>");
  });
});
