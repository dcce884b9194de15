import type { CellValue, Grid, Result } from "../core/types";
import { fail, ok } from "../core/types";
import type { ReportDoc } from "../reports";
import { DETAILS } from "../reports/fixtures";
import { BINH_PHUOC_AFTER, BINH_PHUOC_BEFORE } from "../../test/fixtures/workbooks";
import type { Host, InsertOutcome, SourceList, SourceRef } from "../taskpane/host";
import {
  onQuickReport,
  QUICK_REPORT,
  quickReport,
  registerCommands,
  type CommandDeps,
  type CommandEvent,
  type OfficeCommands,
  type QuickReportResult,
} from "./commands";

const TODAY = "2026-02-05";
const HEADER = ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số"];

/** A staffing sheet as offices keep it: a title row, the header, one row per phòng, the total. */
function staffingSheet(rows: readonly (readonly CellValue[])[], total?: readonly CellValue[]): CellValue[][] {
  return [
    ["BIÊN CHẾ CÁC PHÒNG THUỘC VĂN PHÒNG TỈNH ỦY"],
    [...HEADER],
    ...rows.map((r, i) => [i + 1, ...r]),
    ...(total ? [["", "Tổng cộng", ...total]] : []),
  ];
}

/** Văn phòng Tỉnh ủy Bình Phước before the reorganisation (7 phòng, 52 staff) and after (5, 47). */
const BEFORE = staffingSheet(BINH_PHUOC_BEFORE, [7, 16, 29, 52]);
const AFTER = staffingSheet(BINH_PHUOC_AFTER, [5, 6, 36, 47]);

/** An Excel-like workbook in memory that records what the command asks of it. */
class MemoryHost implements Host {
  readonly kind: "excel" | "file" = "excel";
  displayLanguage = "vi-VN";
  active?: string;
  settings: unknown = undefined;
  readonly reads: SourceRef[] = [];
  readonly inserted: { doc: ReportDoc; options: { sourceSheets: string[]; baseName: string } }[] = [];
  insertResult?: Result<InsertOutcome>;
  savedSettings = 0;

  constructor(
    readonly sheets: Record<string, CellValue[][]>,
    options: { active?: string; settings?: unknown } = {},
  ) {
    this.active = options.active;
    this.settings = options.settings;
  }

  async sources(): Promise<Result<SourceList>> {
    return ok({ sheets: Object.keys(this.sheets), tables: [], activeSheet: this.active, issues: [] });
  }

  async read(source: SourceRef): Promise<Result<Grid>> {
    this.reads.push(source);
    if (source.kind !== "sheet") return fail({ level: "error", code: "excel-table-not-found", params: {} });
    const cells = this.sheets[source.sheet];
    if (!cells)
      return fail({ level: "error", code: "excel-sheet-not-found", params: { sheet: source.sheet } });
    return ok({ sheet: source.sheet, origin: { row: 1, col: 1 }, cells: cells.map((r) => [...r]) });
  }

  async select(): Promise<boolean> {
    return false;
  }

  async insertReport(
    doc: ReportDoc,
    options: { sourceSheets: string[]; baseName: string },
  ): Promise<Result<InsertOutcome>> {
    this.inserted.push({ doc, options });
    if (this.insertResult) return this.insertResult;
    const name = doc.sheets[0]?.name ?? "Báo cáo";
    return ok({ where: name in this.sheets ? `${name} (2)` : name, notes: [] });
  }

  async loadSettings(): Promise<unknown> {
    return this.settings;
  }

  async saveSettings(value: unknown): Promise<void> {
    this.savedSettings++;
    this.settings = value;
  }
}

function deps(host: Host, extra: Partial<CommandDeps> = {}) {
  const notified: { message: string; result: QuickReportResult }[] = [];
  const office = { shown: 0, addin: { showAsTaskpane: async () => void office.shown++ } };
  const d: CommandDeps = {
    host,
    notify: (message, result) => notified.push({ message, result }),
    today: () => TODAY,
    office,
    ...extra,
  };
  return { deps: d, notified, office };
}

function event() {
  const e = { completed: jest.fn() } satisfies CommandEvent;
  return e;
}

const checkSettings = { job: "check", unitType: "phong-dang", details: DETAILS.party };

describe("quickReport", () => {
  it("reviews the active sheet with the last settings and inserts the report on a new sheet", async () => {
    const host = new MemoryHost(
      { "Biên chế": BEFORE, "Ghi chú": [["x"]] },
      { active: "Biên chế", settings: checkSettings },
    );
    const result = await quickReport(deps(host).deps);

    expect(result.ok).toBe(true);
    expect(host.reads).toEqual([{ kind: "sheet", sheet: "Biên chế" }]);
    expect(host.inserted).toHaveLength(1);
    const [{ doc, options }] = host.inserted as [(typeof host.inserted)[0]];
    expect(doc.template).toBe("ra-soat-cap-pho");
    expect(doc.style).toBe("party");
    expect(options.sourceSheets).toEqual(["Biên chế"]);
    expect(options.baseName).toBe("tinhgon-ra-soat-cap-pho");
    expect(result.where).toBe(doc.sheets[0]?.name);
    expect(result.message).toContain(`Đã chèn báo cáo vào trang tính “${result.where}”`);
    // The source sheet is never written and the settings are left alone.
    expect(host.sheets["Biên chế"]).toEqual(BEFORE);
    expect(host.savedSettings).toBe(0);
  });

  it("makes the merge report with a chart for a plan", async () => {
    const plan = [
      ["Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số", "Sáp nhập vào"],
      ["Phòng Tổng hợp", 1, 3, 8, 12, ""],
      ["Phòng Tổ chức - Hành chính", 1, 2, 5, 8, "Phòng Tổng hợp"],
      ["Phòng Lưu trữ", 1, 2, 0, 3, "Phòng Tổng hợp"],
    ];
    const host = new MemoryHost({ "Phương án": plan }, { active: "Phương án", settings: { job: "plan" } });
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(true);
    const doc = host.inserted[0]?.doc;
    expect(doc?.template).toBe("ket-qua-sap-xep");
    expect(doc?.sheets.some((s) => s.chart !== undefined)).toBe(true);
  });

  it("reads the table with the column corrections the pane remembered for it, and only for it", async () => {
    const plan = [
      [
        "Tên đơn vị",
        "Trưởng phòng",
        "Phó trưởng phòng",
        "Chuyên viên",
        "Tổng số",
        "Sáp nhập vào",
        "Số liệu khác",
      ],
      ["Phòng Tổng hợp", 1, 3, 8, 12, "", 20],
      ["Phòng Tổ chức - Hành chính", 1, 2, 5, 8, "Phòng Tổng hợp", 15],
      ["Phòng Lưu trữ", 1, 2, 0, 3, "Phòng Tổng hợp", 10],
    ];
    const named = plan.map((row, i) => (i === 0 ? [...row.slice(0, 6), "Biên chế được giao"] : row));
    // The user told the pane that column G holds the assigned quota, on the sheet "Phương án".
    const settings = {
      job: "plan",
      before: { kind: "sheet", sheet: "Phương án" },
      mappings: { before: { quota: [7] } },
      details: DETAILS.party,
    };
    const report = async (sheet: string, cells: CellValue[][], stored: unknown) => {
      const host = new MemoryHost({ [sheet]: cells }, { active: sheet, settings: stored });
      expect((await quickReport(deps(host).deps)).ok).toBe(true);
      return host.inserted[0]?.doc.sheets.map((s) => s.cells);
    };
    const corrected = await report("Phương án", plan, settings);
    expect(corrected).toEqual(await report("Phương án", named, { ...settings, mappings: undefined }));
    // Another sheet is not the table the correction was made on: its merges count.
    const other = await report("Phương án 2", plan, settings);
    expect(other).toEqual(await report("Phương án 2", plan, { ...settings, mappings: undefined }));
    expect(other).not.toEqual(corrected);
  });

  it("refuses a plan whose analysis has errors, opens the pane with the reason, and inserts nothing", async () => {
    // Two units merging into each other: a merge cycle, an error of the analysis (not of the read).
    const cycle = [
      ["Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số", "Sáp nhập vào"],
      ["Phòng Tổng hợp", 1, 3, 8, 12, "Phòng Lưu trữ"],
      ["Phòng Lưu trữ", 1, 2, 0, 3, "Phòng Tổng hợp"],
      ["Phòng Tài chính", 1, 1, 4, 6, ""],
    ];
    const host = new MemoryHost({ "Phương án": cycle }, { active: "Phương án", settings: { job: "plan" } });
    const { deps: d, notified, office } = deps(host);
    const e = event();
    const result = await onQuickReport(d, e);
    expect(result?.ok).toBe(false);
    expect(host.inserted).toEqual([]);
    expect(result?.message).toContain("Chưa tạo được báo cáo nhanh.");
    expect(result?.message).toContain("Số liệu còn 1 lỗi chưa xử lý");
    expect(result?.message).toContain("Vẫn tạo báo cáo");
    expect(result?.issues.some((i) => i.level === "error" && i.code === "merge-cycle")).toBe(true);
    // The pane opens and shows why (its message bar, its problem list).
    expect(office.shown).toBe(1);
    expect(notified[0]?.result.ok).toBe(false);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("says the same in English, with English plurals", async () => {
    const cycle = [
      ["Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số", "Sáp nhập vào"],
      ["Phòng A", 1, 3, 8, 12, "Phòng B"],
      ["Phòng B", 1, 2, 0, 3, "Phòng A"],
    ];
    const host = new MemoryHost(
      { "Phương án": cycle },
      { active: "Phương án", settings: { job: "plan", lang: "en" } },
    );
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(
      "The figures have 1 unresolved error, so no report is made in one click",
    );
    expect(result.message).toContain("Make the report anyway");
  });

  it("says why when the active sheet is empty, and inserts nothing", async () => {
    const host = new MemoryHost({ Sheet1: [] }, { active: "Sheet1", settings: checkSettings });
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Chưa tạo được báo cáo nhanh.");
    expect(result.message).toContain("Trang tính Sheet1 không có dữ liệu.");
    expect(result.issues.map((i) => i.code)).toEqual(["empty-grid"]);
    expect(host.inserted).toEqual([]);
  });

  it("says why when the active sheet has no staffing table", async () => {
    const host = new MemoryHost(
      { "Ghi chú": [["Ghi chú cuộc họp"], ["Nội dung", "Người ghi"], ["Họp giao ban", "An"]] },
      { active: "Ghi chú" },
    );
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Không tìm thấy dòng tiêu đề của bảng");
    expect(result.message).toContain("'Ghi chú'!A1");
    expect(host.inserted).toEqual([]);
  });

  it("lists read errors with their cell addresses, and inserts nothing", async () => {
    const sheet = staffingSheet([
      ["Phòng Tổng hợp", 1, -3, 8, 12],
      ["Phòng Lưu trữ", 1, 2, 0.5, 3],
    ]);
    const host = new MemoryHost({ "Biểu 01": sheet }, { active: "Biểu 01", settings: checkSettings });
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Bảng trên trang tính đang mở có 3 lỗi cần sửa");
    expect(result.message).toContain("'Biểu 01'!D3");
    expect(result.message).toContain("'Biểu 01'!E4");
    expect(host.inserted).toEqual([]);
  });

  it("compares the two remembered tables, whatever sheet is active", async () => {
    const settings = {
      job: "compare",
      before: { kind: "sheet", sheet: "Trước" },
      after: { kind: "sheet", sheet: "Sau" },
      unitType: "phong-dang",
      details: DETAILS.party,
    };
    const host = new MemoryHost(
      { Trước: BEFORE, Sau: AFTER, "Ghi chú": [] },
      { active: "Ghi chú", settings },
    );
    const result = await quickReport(deps(host).deps);

    expect(result.ok).toBe(true);
    expect(host.reads).toEqual([
      { kind: "sheet", sheet: "Trước" },
      { kind: "sheet", sheet: "Sau" },
    ]);
    const inserted = host.inserted[0];
    expect(inserted?.doc.template).toBe("ket-qua-sap-xep");
    expect(inserted?.options.sourceSheets).toEqual(["Trước", "Sau"]);
    // The summary's figures: 52 before, 47 after.
    const values =
      inserted?.doc.sheets.flatMap((s) =>
        s.cells.map(({ content: c }) =>
          c.kind === "number" ? c.value : c.kind === "formula" ? c.result : undefined,
        ),
      ) ?? [];
    expect(values).toEqual(expect.arrayContaining([52, 47]));
  });

  it("asks for the two tables when a comparison has none remembered", async () => {
    const host = new MemoryHost({ Trước: BEFORE }, { active: "Trước", settings: { job: "compare" } });
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Báo cáo so sánh cần hai bảng");
    expect(host.reads).toEqual([]);
  });

  it("names the remembered table that cannot be read", async () => {
    const settings = {
      job: "compare",
      before: { kind: "sheet", sheet: "Trước" },
      after: { kind: "sheet", sheet: "Đã xóa" },
    };
    const host = new MemoryHost({ Trước: BEFORE }, { active: "Trước", settings });
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Bảng sau sắp xếp: Sổ làm việc không có trang tính “Đã xóa”.");
    expect(host.inserted).toEqual([]);
  });

  it("reports an insert failure with the host's reason", async () => {
    const host = new MemoryHost({ "Biên chế": BEFORE }, { active: "Biên chế", settings: checkSettings });
    host.insertResult = fail({
      level: "error",
      code: "report-write-failed",
      params: { reason: "InvalidArgument" },
    });
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Không chèn được báo cáo:");
    expect(result.message).toContain("InvalidArgument");
    expect(result.issues.map((i) => i.code)).toContain("report-write-failed");
  });

  it("makes a roadmap without reading any table", async () => {
    const settings = { job: "roadmap", roadmap: { baseYear: 2021, baseline: 166, targetRate: 0.1 } };
    const host = new MemoryHost({}, { settings });
    const result = await quickReport(deps(host).deps);
    expect(result.ok).toBe(true);
    expect(host.reads).toEqual([]);
    expect(host.inserted[0]?.doc.template).toBe("lo-trinh-tinh-gian");
    expect(host.inserted[0]?.options.sourceSheets).toEqual([]);
  });

  it("speaks English when the settings or Office say so", async () => {
    const host = new MemoryHost(
      { Sheet1: [] },
      { active: "Sheet1", settings: { ...checkSettings, lang: "en" } },
    );
    expect((await quickReport(deps(host).deps)).message).toBe(
      "The quick report could not be made. Sheet Sheet1 has no data.",
    );
    const english = new MemoryHost({ Sheet1: BEFORE }, { active: "Sheet1" });
    english.displayLanguage = "en-US";
    const result = await quickReport(deps(english).deps);
    expect(result.message).toMatch(/^The report was inserted on sheet “.+”\./);
  });

  it("turns anything thrown into a message", async () => {
    const host = new MemoryHost({}, { active: "Sheet1" });
    host.loadSettings = () => Promise.reject(new Error("settings unavailable"));
    const result = await quickReport(deps(host).deps);
    expect(result).toEqual({
      ok: false,
      message: "Chưa tạo được báo cáo nhanh. Đã xảy ra lỗi không mong đợi: settings unavailable",
      issues: [],
    });
  });
});

describe("the ribbon handler", () => {
  it("notifies the success, keeps the pane closed and completes the event", async () => {
    const host = new MemoryHost({ "Biên chế": BEFORE }, { active: "Biên chế", settings: checkSettings });
    const { deps: d, notified, office } = deps(host);
    const e = event();
    const result = await onQuickReport(d, e);
    expect(result?.ok).toBe(true);
    expect(notified.map((n) => n.message)).toEqual([result?.message]);
    expect(office.shown).toBe(0);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("shows the task pane on a failure and completes the event", async () => {
    const host = new MemoryHost({ Sheet1: [] }, { active: "Sheet1" });
    const { deps: d, notified, office } = deps(host);
    const e = event();
    await onQuickReport(d, e);
    expect(notified[0]?.result.ok).toBe(false);
    expect(office.shown).toBe(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when notify and showAsTaskpane throw, or Office is absent", async () => {
    const host = new MemoryHost({ Sheet1: [] }, { active: "Sheet1" });
    const e = event();
    const office: OfficeCommands = {
      addin: { showAsTaskpane: () => Promise.reject(new Error("1.1 missing")) },
    };
    const notify = () => {
      throw new Error("no message bar");
    };
    await expect(onQuickReport({ host, notify, office, today: () => TODAY }, e)).resolves.toMatchObject({
      ok: false,
    });
    expect(e.completed).toHaveBeenCalledTimes(1);

    const bare = event();
    await onQuickReport({ host, notify: () => undefined, office: {} }, bare);
    expect(bare.completed).toHaveBeenCalledTimes(1);
  });

  it("completes a second click at once while the first report is still being made", async () => {
    const host = new MemoryHost({ "Biên chế": BEFORE }, { active: "Biên chế", settings: checkSettings });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = host.loadSettings.bind(host);
    host.loadSettings = async () => {
      await gate;
      return load();
    };
    const { deps: d, notified } = deps(host);
    const first = event();
    const second = event();
    const running = onQuickReport(d, first);
    await onQuickReport(d, second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(first.completed).not.toHaveBeenCalled();
    expect(notified[0]?.message).toBe("Báo cáo nhanh đang được tạo; vui lòng đợi.");
    release();
    await running;
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(host.inserted).toHaveLength(1);
  });
});

describe("registerCommands", () => {
  it("associates quickReport with Office, whose event is always completed", async () => {
    const handlers = new Map<string, (event: CommandEvent) => unknown>();
    const office: OfficeCommands = {
      actions: { associate: (name, handler) => void handlers.set(name, handler) },
      addin: { showAsTaskpane: async () => undefined },
    };
    const host = new MemoryHost({ Sheet1: [] }, { active: "Sheet1" });
    expect(registerCommands({ host, notify: () => undefined, office })).toBe(true);
    expect([...handlers.keys()]).toEqual([QUICK_REPORT]);
    const e = event();
    await handlers.get(QUICK_REPORT)?.(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("registers nothing where Office.js is absent", () => {
    const host = new MemoryHost({});
    expect(registerCommands({ host, notify: () => undefined })).toBe(false);
    expect(registerCommands({ host, notify: () => undefined, office: {} })).toBe(false);
  });
});

describe("the ribbon command when the script loads (a fake Office global)", () => {
  /** The Office.js global as taskpane.html has it once office.js has run: before Office is ready. */
  function fakeOffice() {
    const handlers = new Map<string, (event: CommandEvent) => unknown>();
    return {
      handlers,
      actions: {
        associate: jest.fn((name: string, handler: (event: CommandEvent) => unknown) => {
          handlers.set(name, handler);
        }),
      },
      addin: {
        showAsTaskpane: jest.fn(async () => undefined),
        setStartupBehavior: jest.fn(async () => undefined),
      },
    };
  }

  /** Loads commands.ts afresh, as taskpane.html's script does, with `office` as the Office global. */
  async function load(office: ReturnType<typeof fakeOffice>): Promise<typeof import("./commands")> {
    const global = globalThis as { Office?: unknown };
    global.Office = office;
    try {
      let loaded: typeof import("./commands") | undefined;
      await jest.isolateModulesAsync(async () => {
        loaded = await import("./commands");
      });
      return loaded as typeof import("./commands");
    } finally {
      delete global.Office;
    }
  }

  afterEach(() => jest.useRealTimers());

  it("associates quickReport when the script loads; the first click waits for the pane's host, then runs", async () => {
    const office = fakeOffice();
    const commands = await load(office);
    // Associated at load: before Office.onReady, before the pane has made any host.
    expect(office.actions.associate).toHaveBeenCalledTimes(1);
    expect([...office.handlers.keys()]).toEqual([QUICK_REPORT]);

    // The click that made Office load the runtime arrives before the pane's bootstrap has run.
    const first = event();
    const click = office.handlers.get(QUICK_REPORT)!(first);
    await Promise.resolve();
    expect(first.completed).not.toHaveBeenCalled();

    // The bootstrap, in its Office.onReady callback, registers the Excel host: the click proceeds.
    const host = new MemoryHost({ "Biên chế": BEFORE }, { active: "Biên chế", settings: checkSettings });
    const notified: string[] = [];
    const globalOffice = globalThis as { Office?: unknown };
    globalOffice.Office = office;
    try {
      expect(commands.registerCommands({ host, notify: (m) => notified.push(m), today: () => TODAY })).toBe(
        true,
      );
    } finally {
      delete globalOffice.Office;
    }
    await click;
    expect(host.inserted).toHaveLength(1);
    expect(notified).toEqual([expect.stringContaining("Đã chèn báo cáo")]);
    expect(first.completed).toHaveBeenCalledTimes(1);
    // One association only, and no load-at-startup: the workbook's settings are left alone.
    expect(office.actions.associate).toHaveBeenCalledTimes(1);
    expect(office.addin.setStartupBehavior).not.toHaveBeenCalled();

    // Later clicks run at once.
    const second = event();
    await office.handlers.get(QUICK_REPORT)!(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(host.inserted).toHaveLength(2);
  });

  it("completes a click that never gets a host (not in Excel) after the time limit, showing the pane", async () => {
    jest.useFakeTimers();
    const office = fakeOffice();
    const commands = await load(office);
    const e = event();
    const click = office.handlers.get(QUICK_REPORT)!(e);
    await jest.advanceTimersByTimeAsync(commands.READY_TIMEOUT_MS - 1);
    expect(e.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    await click;
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  it("associates nothing when the script loads outside Office (browser mode)", async () => {
    let loaded: typeof import("./commands") | undefined;
    await jest.isolateModulesAsync(async () => {
      loaded = await import("./commands");
    });
    expect(loaded?.associateCommands()).toBe(false);
  });
});
