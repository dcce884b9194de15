import type { CellValue, Grid } from "../../core/types";
import { DETAILS } from "../../reports/fixtures";
import { notify, onNotice } from "../notify";
import { createMemoryHost, type MemoryHostOptions } from "../testing/memoryHost";
import { SAMPLE_FILE_NAME, workbookGrids } from "../../../test/fixtures/sample";
import { PaneController, paneProblems } from "./controller";

const TODAY = "2026-02-05";

let SAMPLE_GRIDS: Grid[] = [];
beforeAll(async () => {
  SAMPLE_GRIDS = await workbookGrids();
});

function setup(options: MemoryHostOptions = {}) {
  const host = createMemoryHost({ sheets: SAMPLE_GRIDS, activeSheet: "Trước sắp xếp", ...options });
  const pane = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve(), saveDelayMs: 5 });
  return { host, pane };
}

const sheetGrid = (name: string): Grid => {
  const grid = SAMPLE_GRIDS.find((g) => g.sheet === name);
  if (!grid) throw new Error(name);
  return grid;
};

describe("PaneController in Excel", () => {
  it("starts in the display language with sources from the workbook, saving nothing", async () => {
    const { host, pane } = setup({ displayLanguage: "en-US" });
    expect(pane.getState().ready).toBe(false);
    await pane.init();
    const state = pane.getState();
    expect(state.ready).toBe(true);
    expect(state.lang).toBe("en");
    expect(state.sources?.sheets).toEqual(SAMPLE_GRIDS.map((g) => g.sheet));
    expect(state.settings.job).toBe("check");
    expect(state.settings.before).toEqual({ kind: "sheet", sheet: "Trước sắp xếp" });
    await pane.flushSettings();
    expect(host.saves).toBe(0);
  });

  it("compares Bình Phước before and after and inserts the report on a new sheet", async () => {
    const { host, pane } = setup();
    await pane.init();
    pane.setJob("compare");
    expect(pane.getState().settings.after).toEqual({ kind: "sheet", sheet: "Sau sắp xếp" });
    await pane.read();
    const state = pane.getState();
    expect(state.busy).toBeUndefined();
    expect(state.before.table?.units).toHaveLength(7);
    expect(state.after.table?.units).toHaveLength(5);
    expect(state.analysis?.mode).toBe("compare");
    expect(state.analysis?.summary.units).toMatchObject({ before: 7, after: 5 });
    expect(state.analysis?.summary.staff).toMatchObject({ before: 52, after: 47 });
    expect(state.message).toMatchObject({ key: "readDoneTwo", params: { before: 7, after: 5 } });
    expect(host.reads).toHaveLength(2);

    await pane.insertReport();
    expect(host.inserted).toHaveLength(1);
    const [inserted] = host.inserted;
    expect(inserted?.doc.template).toBe("ket-qua-sap-xep");
    expect(inserted?.doc.sheets[0]?.chart).toBeDefined();
    expect(inserted?.options.sourceSheets).toEqual(["Trước sắp xếp", "Sau sắp xếp"]);
    expect(pane.getState().message).toMatchObject({
      intent: "success",
      key: "insertedExcel",
      params: { where: inserted?.where },
    });
    // The settings went with the report, for the ribbon's one-click report.
    expect(host.saved).toMatchObject({
      job: "compare",
      before: { kind: "sheet", sheet: "Trước sắp xếp" },
      after: { kind: "sheet", sheet: "Sau sắp xếp" },
    });
    // The new sheet is offered as a source after the report.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pane.getState().sources?.sheets).toContain(inserted?.where);
  });

  it("reads the plan sheet and analyses the merge plan", async () => {
    const { pane } = setup();
    await pane.init();
    pane.setJob("plan");
    pane.setSource("before", { kind: "sheet", sheet: "Phương án" });
    await pane.read();
    const { analysis } = pane.getState();
    expect(analysis?.mode).toBe("plan");
    expect(analysis?.summary.units.before).toBe(7);
    // Three parts of one phòng go to three others; Phòng Lưu trữ leaves for Chi cục Lưu trữ.
    expect(analysis?.removed.map((r) => r.name)).toContain("Phòng Tổ chức - Hành chính");
    expect(analysis?.summary.staff).toMatchObject({ before: 52, after: 52 });
  });

  it("re-reads the same grid when a column is remapped, without reading the workbook again", async () => {
    const { host, pane } = setup();
    await pane.init();
    await pane.read();
    const first = pane.getState().before;
    const staff = first.columns.find((c) => c.field === "staff");
    expect(staff).toBeDefined();
    expect(first.table?.units.find((u) => u.name === "Phòng Tổng hợp")?.staff).toBe(12);

    await pane.remap("before", staff?.col ?? 0, null);
    let side = pane.getState().before;
    expect(side.columns.find((c) => c.col === staff?.col)?.field).toBeNull();
    expect(side.userMapping).toEqual({ staff: [] });
    expect(side.table?.mapping.staff).toBeUndefined();
    expect(side.table?.headerRows).toEqual(first.table?.headerRows);

    await pane.remap("before", staff?.col ?? 0, "staff");
    side = pane.getState().before;
    expect(side.table?.units.find((u) => u.name === "Phòng Tổng hợp")?.staff).toBe(12);
    expect(host.reads).toHaveLength(1);
    expect(pane.getState().analysis?.mode).toBe("check");
  });

  it("remembers a column correction with the workbook and applies it again to the same table only", async () => {
    const { host, pane } = setup();
    await pane.init();
    await pane.read();
    const staff = pane.getState().before.columns.find((c) => c.field === "staff");
    await pane.remap("before", staff?.col ?? 0, null);
    await pane.flushSettings();
    expect(host.saved).toMatchObject({ mappings: { before: { staff: [] } } });

    // A new pane on the same workbook reads the same sheet with the correction already made.
    const again = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await again.init();
    await again.read();
    expect(again.getState().before.userMapping).toEqual({ staff: [] });
    expect(again.getState().before.table?.mapping.staff).toBeUndefined();
    expect(again.getState().before.columns.find((c) => c.col === staff?.col)?.field).toBeNull();

    // Another sheet is another table: the correction is dropped, not misapplied.
    again.setSource("before", { kind: "sheet", sheet: "Sau sắp xếp" });
    await again.read();
    expect(again.getState().before.userMapping).toEqual({});
    expect(again.getState().settings.mappings).toBeUndefined();
  });

  it("keeps the columns on screen when a correction leaves no table", async () => {
    const { pane } = setup();
    await pane.init();
    await pane.read();
    const unit = pane.getState().before.columns.find((c) => c.field === "unit");
    await pane.remap("before", unit?.col ?? 0, null);
    const side = pane.getState().before;
    expect(side.table).toBeUndefined();
    expect(side.columns.length).toBeGreaterThan(3);
    expect(side.issues.map((i) => i.code)).toContain("no-name-column");
    expect(pane.getState().analysis).toBeUndefined();
    await pane.insertReport();
    expect(pane.getState().message).toMatchObject({ intent: "error", key: "needTable" });
  });

  it("lists problems with cell addresses and selects them", async () => {
    const broken = sheetGrid("Trước sắp xếp");
    const cells = broken.cells.map((row) => [...row]);
    (cells[9] as CellValue[])[3] = "hai";
    const { host, pane } = setup({ sheets: [{ ...broken, cells }] });
    await pane.init();
    await pane.read();
    const problems = paneProblems(pane.getState());
    const problem = problems.find((p) => p.issue.code === "not-a-number");
    expect(problem?.issue.cell).toBe("'Trước sắp xếp'!D10");
    expect(problems[0]?.issue.level).toBe("error");
    expect(pane.getState().message?.intent).toBe("warning");
    await pane.selectCell(problem?.issue.cell ?? "");
    expect(host.selected).toEqual(["'Trước sắp xếp'!D10"]);
    await pane.selectCell("'Gone'!A1");
    expect(pane.getState().message).toMatchObject({ key: "selectFailed" });
  });

  it("asks for a new read after the source changes", async () => {
    const { pane } = setup();
    await pane.init();
    await pane.read();
    expect(pane.getState().analysis).toBeDefined();
    pane.setSource("before", { kind: "sheet", sheet: "Sau sắp xếp" });
    expect(pane.getState().before.table).toBeUndefined();
    expect(pane.getState().analysis).toBeUndefined();
    await pane.insertReport();
    expect(pane.getState().message).toMatchObject({ intent: "error", key: "needRead" });
  });

  it("reports read and insert failures as messages with the host's issue", async () => {
    const failRead = { level: "error", code: "excel-read-too-large", params: { range: "A1:Z9" } } as const;
    const { pane } = setup({ failRead });
    await pane.init();
    await pane.read();
    expect(pane.getState().message).toMatchObject({ intent: "error", issue: failRead });
    expect(paneProblems(pane.getState()).map((p) => p.issue)).toEqual([failRead]);

    const failInsert = { level: "error", code: "report-write-failed", params: { reason: "x" } } as const;
    const second = setup({ failInsert });
    await second.pane.init();
    await second.pane.read();
    await second.pane.insertReport();
    expect(second.pane.getState().message).toMatchObject({ intent: "error", issue: failInsert });
    expect(second.pane.getState().busy).toBeUndefined();
  });

  it("proposes mergers for a review with a unit below the minimum, and inserts their comparison", async () => {
    const { host, pane } = setup();
    await pane.init();
    pane.setJob("check");
    await pane.read();
    const { proposals, analysis } = pane.getState();
    expect(analysis?.units.some((u) => u.flags.includes("below-minimum-size"))).toBe(true);
    expect(proposals?.proposals[0]?.moves.map((m) => m.name)).toEqual(["Phòng Lưu trữ"]);
    await pane.insertProposals();
    const doc = host.inserted.at(-1)?.doc;
    expect(doc?.template).toBe("so-sanh-phuong-an");
    expect(doc?.sheets.map((s) => s.name)).toContain("Nguồn số liệu");
    // A job without a review has no proposals.
    pane.setJob("compare");
    expect(pane.getState().proposals).toBeUndefined();
  });

  it("plans the excess deputies of a roster by name once the decision date is given, and inserts the report", async () => {
    const roster: Grid = {
      sheet: "Danh sách",
      origin: { row: 1, col: 1 },
      cells: [
        ["SỞ NỘI VỤ TỈNH MẪU", null, null, null, null, null],
        ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Đơn vị"],
        [1, "Nguyễn Văn An", "12/03/1970", "Nam", "Trưởng phòng", "Phòng A"],
        [2, "Trần Văn Bình", "15/10/1964", "Nam", "Phó Trưởng phòng", "Phòng A"],
        [3, "Lê Thị Cúc", "01/05/1975", "Nữ", "Phó Trưởng phòng", "Phòng A"],
        [4, "Phạm Văn Dũng", "20/07/1982", "Nam", "Phó Trưởng phòng", "Phòng A"],
        [5, "Vũ Văn Giang", "01/01/1990", "Nam", "Chuyên viên", "Phòng A"],
        [6, "Đỗ Thị Hoa", "02/02/1992", "Nữ", "Chuyên viên", "Phòng A"],
      ],
    };
    const { host, pane } = setup({ sheets: [roster], activeSheet: "Danh sách" });
    await pane.init();
    pane.setJob("check");
    pane.updateSettings({ unitType: "phong" });
    await pane.read();
    expect(pane.getState().analysis?.units[0]?.excess).toBeGreaterThan(0);
    expect(pane.getState().excessPlan).toBeUndefined();
    pane.updateSettings({ decisionDate: "2025-10-01" });
    const plan = pane.getState().excessPlan;
    expect(plan?.years.flatMap((y) => y.retiring.map((p) => p.name))).toContain("Trần Văn Bình");
    await pane.insertExcessPlan();
    const doc = host.inserted.at(-1)?.doc;
    expect(doc?.template).toBe("lo-trinh-cap-pho-doi-du");
    expect(doc?.sheets.map((s) => s.name)).toContain("Nguồn số liệu");
  });

  it("makes the roadmap and the tracker without a table, and gallery templates by what exists", async () => {
    const { host, pane } = setup();
    await pane.init();
    pane.setJob("roadmap");
    pane.updateSettings({ roadmap: { baseYear: 2021, baseline: 52, targetRate: 0.1 } });
    await pane.insertReport();
    expect(host.inserted[0]?.doc.template).toBe("lo-trinh-tinh-gian");
    expect(host.inserted[0]?.options.sourceSheets).toEqual([]);
    pane.setJob("tracker");
    await pane.insertReport();
    expect(host.inserted[1]?.doc.template).toBe("theo-doi-thi-diem");

    await pane.insertTemplate("bieu-don-vi");
    expect(host.inserted[2]?.doc.template).toBe("bieu-don-vi");
    await pane.insertTemplate("ket-qua-sap-xep");
    expect(host.inserted).toHaveLength(3);
    expect(pane.getState().message).toMatchObject({ intent: "error", key: "reportFailed" });
  });

  it("saves settings once after a burst of changes, and reuses them next time", async () => {
    const { host, pane } = setup();
    await pane.init();
    pane.setDetails({ ...DETAILS.party, signerName: "A" });
    pane.setDetails({ ...DETAILS.party, signerName: "AB" });
    pane.updateSettings({ unitType: "phong-dang", provinceClass: "loai-1" });
    pane.setLang("en");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(host.saves).toBe(1);
    expect(host.saved).toMatchObject({ lang: "en", unitType: "phong-dang", details: { signerName: "AB" } });
    pane.updateSettings({ unitType: undefined });
    await pane.flushSettings();
    expect(host.saved).not.toHaveProperty("unitType");

    const again = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await again.init();
    expect(again.getState().lang).toBe("en");
    expect(again.getState().settings.details.signerName).toBe("AB");
    expect(again.getState().settings.provinceClass).toBe("loai-1");
  });

  it("re-analyses when a rule setting changes", async () => {
    const { pane } = setup();
    await pane.init();
    await pane.read();
    const first = pane.getState().analysis;
    pane.updateSettings({ unitType: "phong-dang" });
    const second = pane.getState().analysis;
    expect(second).not.toBe(first);
    expect(second?.units.every((u) => u.unitType === "phong-dang")).toBe(true);
    pane.setDetails({ ...pane.getState().settings.details, signerName: "X" });
    expect(pane.getState().analysis).toBe(second);
  });

  it("shows messages from the ribbon, also one sent before the pane listened", async () => {
    const { pane } = setup();
    await pane.init();
    notify({ intent: "success", text: "Đã tạo báo cáo nhanh." });
    const stop = onNotice((n) => pane.notice(n));
    expect(pane.getState().message).toMatchObject({ intent: "success", text: "Đã tạo báo cáo nhanh." });
    notify("Một tin khác");
    expect(pane.getState().message).toMatchObject({ intent: "info", text: "Một tin khác" });
    notify({ issue: { level: "error", code: "no-header", cell: "A!A1" } });
    expect(pane.getState().message).toMatchObject({ intent: "error", issue: { code: "no-header" } });
    stop();
    pane.dismissMessage();
    expect(pane.getState().message).toBeUndefined();
  });
});

describe("PaneController in the browser (File host)", () => {
  const csv = new TextEncoder().encode(
    "STT,Tên phòng,Trưởng phòng,Phó trưởng phòng,Chuyên viên,Tổng số\n1,Phòng A,1,3,4,8\n2,Phòng B,1,1,3,5\n",
  );

  it("needs a file, opens it, reads it and downloads the report", async () => {
    const host = createMemoryHost({ kind: "file" });
    const pane = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await pane.init();
    expect(pane.needsFile).toBe(true);
    expect(pane.getState().sources).toBeUndefined();
    await pane.read();
    expect(pane.getState().message).toMatchObject({ key: "needFile" });

    await pane.openFile("bien-che.csv", csv);
    expect(pane.getState().fileName).toBe("bien-che.csv");
    expect(pane.getState().settings.before).toEqual({ kind: "sheet", sheet: "bien-che" });
    await pane.read();
    expect(pane.getState().before.table?.units).toHaveLength(2);
    await pane.insertReport();
    expect(host.inserted[0]?.where).toBe("bien-che-ra-soat-cap-pho.xlsx");
    expect(host.inserted[0]?.options.baseName).toBe("bien-che-ra-soat-cap-pho");
    expect(pane.getState().message).toMatchObject({
      key: "insertedFile",
      params: { where: "bien-che-ra-soat-cap-pho.xlsx" },
    });

    // Cells cannot be selected in a file: no message about it.
    pane.dismissMessage();
    await pane.selectCell("'bien-che'!A1");
    expect(pane.getState().message).toBeUndefined();
    expect(pane.canSelect).toBe(false);
  });

  it("says why a file cannot be opened", async () => {
    const host = createMemoryHost({ kind: "file" });
    const pane = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await pane.init();
    await pane.openFile("bao-cao.docx", new Uint8Array([1, 2, 3]));
    expect(pane.getState().message).toMatchObject({ intent: "error", issue: { code: "file-unsupported" } });
    expect(pane.getState().busy).toBeUndefined();
  });

  it("takes a file's own settings when it has some, else keeps the current details", async () => {
    const host = createMemoryHost({
      kind: "file",
      fileName: "co-san.csv",
      settings: { job: "plan", details: DETAILS.state },
    });
    const pane = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await pane.init();
    pane.setDetails({ ...DETAILS.party, signerName: "Người ký" });
    await pane.openFile("moi.csv", csv);
    expect(pane.getState().settings.details.signerName).toBe("Người ký");
    await pane.openFile("co-san.csv", csv);
    expect(pane.getState().settings.job).toBe("plan");
    expect(pane.getState().settings.details).toEqual(DETAILS.state);
  });

  it("reads a 100,000-person roster in chunks with a throttled progress bar", async () => {
    const rows: CellValue[][] = [["STT", "Họ và tên", "Chức vụ", "Đơn vị"]];
    const titles = ["Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Chuyên viên", "Chuyên viên"];
    for (let i = 1; i <= 100_000; i++) {
      rows.push([i, `Người ${i}`, titles[i % titles.length] as string, `Phòng ${Math.floor(i / 500)}`]);
    }
    const preloaded = createMemoryHost({ sheets: [{ sheet: "DS", rows }], chunkRows: 2000 });
    const excelPane = new PaneController(preloaded, { today: TODAY, nextFrame: () => Promise.resolve() });
    await excelPane.init();
    const states: string[] = [];
    excelPane.subscribe(() => {
      const b = excelPane.getState().busy;
      if (b) states.push(`${b.task}:${b.done}/${b.total}`);
    });
    await excelPane.read();
    expect(excelPane.getState().before.table?.kind).toBe("roster");
    expect(excelPane.getState().before.table?.units.length).toBe(201);
    expect(states.filter((s) => s.startsWith("read:")).length).toBeGreaterThan(10);
    expect(states.length).toBeLessThan(120);
    expect(states).toContain("read:100001/100001");
    expect(states.some((s) => s.startsWith("parse:"))).toBe(true);
    expect(excelPane.getState().busy).toBeUndefined();
  });
});

describe("the report as a Word file", () => {
  it("downloads the job's report as .docx from the same report the workbook gets", async () => {
    const { host, pane } = setup({ word: true });
    await pane.init();
    await pane.read();
    await pane.insertReport("docx");
    expect(host.inserted).toHaveLength(1);
    expect(host.inserted[0]?.options.format).toBe("docx");
    expect(host.inserted[0]?.where).toMatch(/\.docx$/);
    // Downloaded, not inserted: the workbook has no new sheet and the message says so.
    expect(pane.getState().message).toMatchObject({
      key: "insertedFile",
      params: { where: host.inserted[0]?.where },
    });
    await pane.insertReport();
    expect(host.inserted[1]?.options.format).toBeUndefined();
    expect(pane.getState().message).toMatchObject({ key: "insertedExcel" });
  });

  it("Excel for Mac: opens the browser page and says why; says so when it cannot", async () => {
    const mac = setup({ openInBrowser: true });
    await mac.pane.init();
    expect(mac.host.word).toBe(false);
    await mac.pane.openInBrowser();
    expect(mac.host.browserOpened).toBe(1);
    expect(mac.pane.getState().message).toMatchObject({ intent: "info", key: "openedInBrowser" });
    const broken = setup({ openInBrowser: false });
    await broken.pane.init();
    await broken.pane.openInBrowser();
    expect(broken.pane.getState().message).toMatchObject({ intent: "error", key: "browserNotOpened" });
  });
});

describe("memory host", () => {
  it("names reports uniquely and never writes a source", async () => {
    const host = createMemoryHost({ sheets: SAMPLE_GRIDS, fileName: SAMPLE_FILE_NAME });
    const pane = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await pane.init();
    await pane.insertTemplate("danh-sach-can-bo");
    await pane.insertTemplate("danh-sach-can-bo");
    const [a, b] = host.inserted.map((i) => i.where);
    expect(a).not.toBe(b);
    expect(sheetGrid("Trước sắp xếp").cells.length).toBe(18);
  });
});

describe("PaneController messages after reading", () => {
  it("counts a unit listed in parts once, and says what a correction gave", async () => {
    const { pane } = setup();
    await pane.init();
    pane.setJob("plan");
    pane.setSource("before", { kind: "sheet", sheet: "Phương án" });
    await pane.read();
    expect(pane.getState().message).toMatchObject({ key: "readDone", params: { units: 7 } });
    const unit = pane.getState().before.columns.find((c) => c.field === "unit");
    await pane.remap("before", unit?.col ?? 0, null);
    expect(pane.getState().message).toMatchObject({ intent: "error", key: "readNoTable" });
    await pane.remap("before", unit?.col ?? 0, "unit");
    expect(pane.getState().message).toMatchObject({ key: "readDone", params: { units: 7 } });
  });
});

/** A sheet of the sample with one cell changed (row and column 0-based in the grid). */
function withCell(name: string, row: number, col: number, value: CellValue, rename = name): Grid {
  const grid = sheetGrid(name);
  const cells = grid.cells.map((r) => [...r]);
  (cells[row] as CellValue[])[col] = value;
  return { ...grid, sheet: rename, cells };
}

/** The sample's plan with a deputy count typed as a word: an error-level issue ("not-a-number"). */
const planWithError = (): Grid => withCell("Phương án", 5, 4, "ba");

describe("never a confident report over errors", () => {
  it("makes no report while errors are listed until the user insists, and never calls it a success", async () => {
    const { host, pane } = setup({ sheets: [planWithError()], activeSheet: "Phương án" });
    await pane.init();
    pane.setJob("plan");
    await pane.read();
    expect(pane.getState().message).toMatchObject({ intent: "warning", key: "readDoneErrors" });
    // The analysis handed to the report carries the read's errors, as the CLI's does.
    expect(pane.getState().analysis?.issues).toContainEqual(
      expect.objectContaining({ level: "error", code: "not-a-number", cell: "'Phương án'!E6" }),
    );

    await pane.insertReport();
    expect(host.inserted).toHaveLength(0);
    const errors = paneProblems(pane.getState()).filter((p) => p.issue.level === "error").length;
    expect(errors).toBeGreaterThan(0);
    expect(pane.getState().confirm).toMatchObject({ template: "ket-qua-sap-xep", errors });
    expect(pane.getState().message).toMatchObject({
      intent: "warning",
      key: "confirmErrors",
      params: { errors },
    });
    expect(pane.getState().focus?.target).toBe("confirm");

    await pane.confirmReport();
    expect(host.inserted).toHaveLength(1);
    expect(pane.getState().confirm).toBeUndefined();
    const message = pane.getState().message;
    expect(message).toMatchObject({ intent: "warning", key: "insertedExcelErrors", params: { errors } });
    expect(message?.intent).not.toBe("success");
    expect(pane.getState().focus?.target).toBe("message");
  });

  it("does nothing when the user cancels, and asks again next time", async () => {
    const { host, pane } = setup({ sheets: [planWithError()], activeSheet: "Phương án" });
    await pane.init();
    pane.setJob("plan");
    await pane.read();
    await pane.insertReport();
    pane.cancelConfirm();
    expect(pane.getState().confirm).toBeUndefined();
    expect(pane.getState().message).toBeUndefined();
    expect(pane.getState().focus?.target).toBe("insert");
    await pane.confirmReport();
    expect(host.inserted).toHaveLength(0);
    await pane.insertReport();
    expect(pane.getState().confirm).toBeDefined();
    expect(host.inserted).toHaveLength(0);
  });

  it("asks again when the table changed between the question and the answer", async () => {
    const { host, pane } = setup({ sheets: [planWithError()], activeSheet: "Phương án" });
    await pane.init();
    pane.setJob("plan");
    await pane.read();
    await pane.insertReport();
    const first = pane.getState().confirm;
    // Any change to the tables or rules makes a new analysis: the old "yes" does not carry over.
    pane.updateSettings({ unitType: "phong-dang" });
    await pane.confirmReport();
    expect(host.inserted).toHaveLength(0);
    expect(pane.getState().confirm).toBeDefined();
    expect(pane.getState().confirm).not.toBe(first);
  });

  it("asks the same before a gallery template made from the analysis, not before a blank form", async () => {
    const { host, pane } = setup({ sheets: [planWithError()], activeSheet: "Phương án" });
    await pane.init();
    pane.setJob("plan");
    await pane.read();
    await pane.insertTemplate("ra-soat-cap-pho");
    expect(host.inserted).toHaveLength(0);
    expect(pane.getState().confirm).toMatchObject({ template: "ra-soat-cap-pho", fromGallery: true });
    await pane.confirmReport();
    expect(host.inserted.map((i) => i.doc.template)).toEqual(["ra-soat-cap-pho"]);
    expect(pane.getState().message).toMatchObject({ intent: "warning", key: "insertedExcelErrors" });
    await pane.insertTemplate("bieu-don-vi");
    expect(host.inserted.map((i) => i.doc.template)).toEqual(["ra-soat-cap-pho", "bieu-don-vi"]);
    expect(pane.getState().message).toMatchObject({ intent: "success", key: "insertedExcel" });
  });

  it("downloads a report over errors in the browser with a warning, not a green message", async () => {
    const host = createMemoryHost({
      kind: "file",
      open: async () => ({ ok: true, value: [planWithError()] }),
    });
    const pane = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await pane.init();
    await pane.openFile("phuong-an.xlsx", new Uint8Array([1]));
    pane.setJob("plan");
    await pane.read();
    await pane.insertReport();
    expect(host.inserted).toHaveLength(0);
    await pane.confirmReport();
    expect(host.inserted[0]?.where).toBe("phuong-an-ket-qua-sap-xep.xlsx");
    expect(pane.getState().message).toMatchObject({
      intent: "warning",
      key: "insertedFileErrors",
      params: { where: "phuong-an-ket-qua-sap-xep.xlsx" },
    });
  });

  it("asks before a plan read from a sheet without a merge column (no green report)", async () => {
    const { host, pane } = setup();
    await pane.init();
    pane.setJob("plan");
    pane.setSource("before", { kind: "sheet", sheet: "Trước sắp xếp" });
    await pane.read();
    expect(pane.getState().message?.intent).toBe("warning");
    await pane.insertReport();
    expect(host.inserted).toHaveLength(0);
    expect(pane.getState().confirm?.errors).toBeGreaterThan(0);
    await pane.confirmReport();
    expect(host.inserted).toHaveLength(1);
    expect(pane.getState().message).toMatchObject({ intent: "warning", key: "insertedExcelErrors" });
  });

  it("asks before comparing two sheets that hold the same table", async () => {
    const copy = { ...sheetGrid("Trước sắp xếp"), sheet: "Bản sao" };
    const { host, pane } = setup({ sheets: [...SAMPLE_GRIDS, copy] });
    await pane.init();
    pane.setJob("compare");
    pane.setSource("after", { kind: "sheet", sheet: "Bản sao" });
    await pane.read();
    await pane.insertReport();
    expect(host.inserted).toHaveLength(0);
    expect(pane.getState().confirm?.errors).toBeGreaterThan(0);
    expect(pane.getState().analysis?.issues.some((i) => i.level === "error")).toBe(true);
  });

  it("never compares a table with itself", async () => {
    const { host, pane } = setup();
    await pane.init();
    pane.setJob("compare");
    pane.setSource("after", { kind: "sheet", sheet: "Trước sắp xếp" });
    expect(pane.getState().settings.after).toEqual(pane.getState().settings.before);
    await pane.read();
    await pane.insertReport();
    expect(host.inserted).toHaveLength(0);
    expect(pane.getState().message).toMatchObject({ intent: "error", key: "sameTable" });
    // Choosing the job again starts from two different tables.
    pane.setJob("check");
    pane.setJob("compare");
    expect(pane.getState().settings.after).toEqual({ kind: "sheet", sheet: "Sau sắp xếp" });
  });
});

describe("the sheet each job starts from", () => {
  /** The sample's sheets under names that say nothing: only their headers tell them apart. */
  const neutral = (): Grid[] => [
    { ...sheetGrid("Trước sắp xếp"), sheet: "Biểu 1" },
    { ...sheetGrid("Danh sách"), sheet: "Biểu 2" },
    { ...sheetGrid("Phương án"), sheet: "Biểu 3" },
    { ...sheetGrid("Sau sắp xếp"), sheet: "Biểu 4" },
  ];
  const notes: Grid = {
    sheet: "Ghi chú",
    origin: { row: 1, col: 1 },
    cells: [["Ghi chú của người lập biểu"]],
  };

  it("plan: the sheet whose table has a merge column, whatever its name and the active sheet", async () => {
    const { host, pane } = setup({ sheets: neutral(), activeSheet: "Biểu 1" });
    await pane.init();
    expect(host.peeks).toHaveLength(1);
    pane.setJob("plan");
    expect(pane.getState().settings.before).toEqual({ kind: "sheet", sheet: "Biểu 3" });
    // Still one look at the headers: switching jobs asks the workbook nothing.
    expect(host.peeks).toHaveLength(1);
    expect(host.reads).toHaveLength(0);
  });

  it("compare: two different tables without a merge column; check: a staffing table", async () => {
    const { pane } = setup({ sheets: [notes, ...neutral()], activeSheet: "Ghi chú" });
    await pane.init();
    expect(pane.getState().settings.before).toEqual({ kind: "sheet", sheet: "Biểu 1" });
    pane.setJob("compare");
    const { before, after } = pane.getState().settings;
    expect(before).toEqual({ kind: "sheet", sheet: "Biểu 1" });
    expect(after).toEqual({ kind: "sheet", sheet: "Biểu 2" });
  });

  it("compare in a workbook of one sheet: no 'after' rather than the same table twice", async () => {
    const { pane } = setup({ sheets: [sheetGrid("Trước sắp xếp")], activeSheet: "Trước sắp xếp" });
    await pane.init();
    pane.setJob("compare");
    expect(pane.getState().settings.before).toEqual({ kind: "sheet", sheet: "Trước sắp xếp" });
    expect(pane.getState().settings.after).toBeUndefined();
  });
});

describe("the browser compare takes two files", () => {
  const fileHost = () =>
    createMemoryHost({
      kind: "file",
      open: async (name) =>
        name.startsWith("truoc")
          ? { ok: true, value: [{ ...sheetGrid("Trước sắp xếp"), sheet: "Biểu 01" }] }
          : { ok: true, value: [{ ...sheetGrid("Sau sắp xếp"), sheet: "Biểu 01" }] },
    });

  it("reads 'after' from a second file, names the report after both, and goes back to one file", async () => {
    const host = fileHost();
    const pane = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await pane.init();
    await pane.openFile("truoc-sap-xep.xlsx", new Uint8Array([1]));
    pane.setJob("compare");
    // One sheet in the first file: no "after" until a second file is opened.
    expect(pane.getState().settings.after).toBeUndefined();
    await pane.openAfterFile("sau-sap-xep.xlsx", new Uint8Array([2]));
    expect(host.opened).toEqual(["truoc-sap-xep.xlsx", "after:sau-sap-xep.xlsx"]);
    expect(pane.getState().afterFileName).toBe("sau-sap-xep.xlsx");
    expect(pane.getState().message).toMatchObject({ key: "openedAfterFile", params: { sheets: 1 } });
    // The same sheet name in another file is another table.
    expect(pane.getState().settings.after).toEqual({ kind: "sheet", sheet: "Biểu 01", file: "after" });
    await pane.read();
    expect(pane.getState().analysis?.summary.units).toMatchObject({ before: 7, after: 5 });
    expect(pane.getState().analysis?.summary.staff).toMatchObject({ before: 52, after: 47 });
    await pane.insertReport();
    expect(host.inserted[0]?.options.baseName).toBe("truoc-sap-xep_sau-sap-xep-ket-qua-sap-xep");

    // Each side remembers its file: another job and back keeps the second file for "after".
    pane.setJob("check");
    pane.setJob("compare");
    expect(pane.getState().settings.after).toEqual({ kind: "sheet", sheet: "Biểu 01", file: "after" });
    // A new "before" file keeps the "after" one.
    await pane.openFile("truoc-2.xlsx", new Uint8Array([1]));
    expect(pane.getState().afterFileName).toBe("sau-sap-xep.xlsx");
    expect(pane.getState().settings.after).toEqual({ kind: "sheet", sheet: "Biểu 01", file: "after" });

    await pane.closeAfterFile();
    expect(pane.getState().afterFileName).toBeUndefined();
    expect(pane.getState().settings.after).toBeUndefined();
  });
});

describe("focus and messages", () => {
  it("moves focus to the result: the message after opening, the preview after reading", async () => {
    const host = createMemoryHost({ kind: "file", open: async () => ({ ok: true, value: SAMPLE_GRIDS }) });
    const pane = new PaneController(host, { today: TODAY, nextFrame: () => Promise.resolve() });
    await pane.init();
    await pane.openFile(SAMPLE_FILE_NAME, new Uint8Array([1]));
    expect(pane.getState().focus?.target).toBe("message");
    const opened = pane.getState().focus?.id ?? 0;
    await pane.read();
    expect(pane.getState().focus).toEqual({ target: "preview", id: opened + 1 });
    await pane.insertReport();
    expect(pane.getState().focus?.target).toBe("message");
  });

  it("clears the last job's message when the job changes", async () => {
    const { pane } = setup();
    await pane.init();
    await pane.read();
    expect(pane.getState().message?.key).toBe("readDone");
    pane.setJob("roadmap");
    expect(pane.getState().message).toBeUndefined();
  });
});
