import { rosterRows, roster } from "../../../bench/data";
import type { Grid } from "../../core/types";
import { RecordingExcel, WEB_PAYLOAD_LIMIT } from "../../hosts/excel/fake/recordingExcel";
import { sampleDoc } from "../../hosts/excel/fake/sampleDocs";
import { readUsedRange } from "../../hosts/excel/read";
import type { DocumentSettings, SaveResult } from "./settingsStore";
import { SETTINGS_KEY } from "./settingsStore";
import { createExcelHost } from "./excelHost";

/** Document settings in memory; `saveAsync` answers later, as Office does. */
class MemorySettings implements DocumentSettings {
  readonly saved = new Map<string, unknown>();
  private readonly pending = new Map<string, unknown>();
  saves = 0;
  failSave = false;

  get(name: string): unknown {
    return this.pending.has(name) ? this.pending.get(name) : this.saved.get(name);
  }

  set(name: string, value: unknown): void {
    this.pending.set(name, value);
  }

  saveAsync(callback?: (result: SaveResult) => void): void {
    setTimeout(() => {
      if (!this.failSave) {
        for (const [k, v] of this.pending) this.saved.set(k, v);
        this.saves++;
      }
      callback?.(
        this.failSave
          ? { status: "failed", error: { message: "Simulated failure" } }
          : { status: "succeeded" },
      );
    }, 5);
  }
}

function workbook(excelApi = "1.13"): { fake: RecordingExcel; settings: MemorySettings } {
  const fake = new RecordingExcel({ excelApi });
  fake.addSheet(
    "Biểu 01",
    [
      ["Đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Biên chế"],
      ["Phòng Tổ chức", 1, 3, 12],
      ["Văn phòng", 1, 2, "8"],
    ],
    "B3",
  );
  fake.addSheet("Ẩn", [["bí mật"]]);
  fake.setVisibility("Ẩn", "Hidden");
  fake.addSheet("Danh sách", [
    ["Họ và tên", "Chức vụ"],
    ["Nguyễn Văn A", "Trưởng phòng"],
  ]);
  fake.addTable("BangBienChe", "Biểu 01", "B3:E5");
  fake.addTable("BangAn", "Ẩn", "A1");
  fake.activateSheet("Danh sách");
  fake.protect("Biểu 01");
  fake.protect("Danh sách");
  return { fake, settings: new MemorySettings() };
}

/** Grids equal cell for cell (JSON: jest's deep equality takes seconds on 600,000 cells). */
function sameGrid(a: Grid, b: Grid): boolean {
  return a.cells.length === b.cells.length && JSON.stringify(a) === JSON.stringify(b);
}

function hostOf(fake: RecordingExcel, settings?: DocumentSettings) {
  return createExcelHost({
    run: (batch) => batch(fake.context),
    supports: fake.isSetSupported,
    settings,
    displayLanguage: "vi-VN",
    dark: false,
  });
}

describe("ExcelHost.sources", () => {
  it("lists visible sheets, their tables and the active sheet in one sync", async () => {
    const { fake } = workbook();
    const result = await hostOf(fake).sources();
    expect(result).toEqual({
      ok: true,
      value: {
        sheets: ["Biểu 01", "Danh sách"],
        tables: [{ name: "BangBienChe", sheet: "Biểu 01" }],
        activeSheet: "Danh sách",
        issues: [],
      },
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.pending).toBe(0);
  });

  it("lists tables without their sheet where ExcelApi 1.2 is missing, still in one sync", async () => {
    const { fake } = workbook("1.1");
    const result = await hostOf(fake).sources();
    expect(result.ok && result.value.tables).toEqual([
      { name: "BangBienChe", sheet: "" },
      { name: "BangAn", sheet: "" },
    ]);
    expect(fake.syncCount).toBe(1);
  });

  it("gives a failed sync as an issue", async () => {
    const { fake } = workbook();
    fake.failNextSync({ code: "GeneralException", message: "Lỗi giả lập" });
    const result = await hostOf(fake).sources();
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "excel-read-failed", params: { reason: "Lỗi giả lập" } },
    });
  });
});

describe("ExcelHost.peekSheets", () => {
  it("gives the header corner of every sheet asked for in one sync, writing nothing", async () => {
    const { fake } = workbook();
    const wide = Array.from({ length: 60 }, (_, r) => Array.from({ length: 50 }, (_, c) => `${r}:${c}`));
    fake.addSheet("Rộng", wide);
    fake.addSheet("Trống", []);
    const result = await hostOf(fake).peekSheets!(["Biểu 01", "Danh sách", "Rộng", "Trống"]);
    expect(fake.syncCount).toBe(1);
    expect(fake.violations).toEqual([]);
    if (!result.ok) throw new Error(result.issue.code);
    const bySheet = new Map(result.value.map((g) => [g.sheet, g]));
    // The table at B3 comes with its place.
    expect(bySheet.get("Biểu 01")).toMatchObject({ origin: { row: 3, col: 2 } });
    expect(bySheet.get("Biểu 01")?.cells[0]).toEqual([
      "Đơn vị",
      "Trưởng phòng",
      "Phó trưởng phòng",
      "Biên chế",
    ]);
    expect(bySheet.get("Danh sách")?.cells).toHaveLength(2);
    // At most 40 rows of 30 columns of a large sheet.
    expect(bySheet.get("Rộng")?.cells).toHaveLength(40);
    expect(bySheet.get("Rộng")?.cells[0]).toHaveLength(30);
  });

  it("gives a failed sync as an issue", async () => {
    const { fake } = workbook();
    const result = await hostOf(fake).peekSheets!(["Không có"]);
    expect(result.ok).toBe(false);
  });
});

describe("ExcelHost.read", () => {
  it("reads a sheet, the selection and a table in one sync each, writing nothing", async () => {
    const { fake } = workbook();
    const host = hostOf(fake);
    const sheet = await host.read({ kind: "sheet", sheet: "Biểu 01" });
    expect(sheet).toEqual({
      ok: true,
      value: {
        sheet: "Biểu 01",
        origin: { row: 3, col: 2 },
        cells: [
          ["Đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Biên chế"],
          ["Phòng Tổ chức", 1, 3, 12],
          ["Văn phòng", 1, 2, "8"],
        ],
      },
    });
    expect(fake.syncCount).toBe(1);

    fake.select("Biểu 01", "B4:C5");
    const selection = await host.read({ kind: "selection" });
    expect(selection.ok && selection.value.cells).toEqual([
      ["Phòng Tổ chức", 1],
      ["Văn phòng", 1],
    ]);
    expect(fake.syncCount).toBe(2);

    const table = await host.read({ kind: "table", table: "BangBienChe" });
    expect(table.ok && table.value.origin).toEqual({ row: 3, col: 2 });
    expect(table.ok && table.value.cells.length).toBe(3);
    expect(fake.syncCount).toBe(3);
    expect(fake.violations).toEqual([]);
  });

  it("says which sheet is missing", async () => {
    const { fake } = workbook();
    const result = await hostOf(fake).read({ kind: "sheet", sheet: "Biểu 02" });
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "excel-sheet-not-found", params: { sheet: "Biểu 02" } },
    });
  });

  it("turns a batch that throws into an issue", async () => {
    const host = createExcelHost({
      run: () => Promise.reject({ code: "InvalidOperation", message: "Excel đang bận" }),
      supports: () => true,
    });
    await expect(host.read({ kind: "selection" })).resolves.toEqual({
      ok: false,
      issue: { level: "error", code: "excel-read-failed", params: { reason: "Excel đang bận" } },
    });
  });
});

describe("ExcelHost.read: a sheet too large for one response (Excel on the web, 5 MB)", () => {
  const data = rosterRows(roster(100_000, 7, { units: 500 }));

  function rosterBook(responseLimit?: number): RecordingExcel {
    const fake = new RecordingExcel({ responseLimit });
    fake.addSheet("Danh sách", data);
    fake.addMerge("Danh sách", "A1:F1");
    fake.protect("Danh sách");
    return fake;
  }

  let oneShot: Grid;
  beforeAll(async () => {
    // The same sheet where responses have no limit (Excel on Windows): one sync.
    const fake = rosterBook(Number.POSITIVE_INFINITY);
    const result = await readUsedRange(fake.context, "Danh sách", { supports: fake.isSetSupported });
    if (!result.ok) throw new Error(result.issue.code);
    expect(fake.syncCount).toBe(1);
    expect(fake.requests[0]?.responseBytes).toBeGreaterThan(2 * WEB_PAYLOAD_LIMIT);
    oneShot = result.value;
  });

  it("reads a 100,000-row roster in row chunks, every response under 5 MB, with progress", async () => {
    const fake = rosterBook();
    const progress: [number, number][] = [];
    const result = await hostOf(fake).read({ kind: "sheet", sheet: "Danh sách" }, (done, total) =>
      progress.push([done, total]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(sameGrid(result.value, oneShot)).toBe(true);
    expect(result.value.cells.length).toBe(data.length);
    expect(result.value.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 6 }]);

    // 1: refused as too large; 2: the address and merges; then the chunks.
    const [refused, ...rest] = fake.requests;
    expect(refused?.responseBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(rest.length).toBeGreaterThanOrEqual(4);
    for (const request of rest) expect(request.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(rest.slice(1).every((r) => r.names.includes("range.load"))).toBe(true);
    expect(fake.violations).toEqual([]);
    expect(fake.pending).toBe(0);

    expect(progress[0]).toEqual([0, data.length]);
    expect(progress[progress.length - 1]).toEqual([data.length, data.length]);
    expect(progress.length).toBe(rest.length); // one per chunk, and the start
    for (let i = 1; i < progress.length; i++) {
      expect((progress[i] as [number, number])[0]).toBeGreaterThan((progress[i - 1] as [number, number])[0]);
    }
  });

  it("halves a chunk that is refused all the same", async () => {
    // Responses limited to 400 kB: chunks sized for 4 MB are refused and read again in halves.
    const rows = data.slice(0, 20_000);
    const fake = new RecordingExcel({ responseLimit: 400_000 });
    fake.addSheet("Danh sách", rows);
    const result = await readUsedRange(fake.context, "Danh sách", { supports: fake.isSetSupported });
    expect(result.ok && result.value.merges).toBeUndefined();
    expect(
      result.ok &&
        sameGrid(result.value, { ...oneShot, merges: undefined, cells: oneShot.cells.slice(0, 20_000) }),
    ).toBe(true);
    const refused = fake.requests.filter((r) => r.responseBytes > 400_000);
    // The whole sheet, then a first chunk and its halves until one passes.
    expect(refused.length).toBeGreaterThanOrEqual(3);
    const read = fake.requests.filter((r) => r.responseBytes <= 400_000);
    // The address, then chunks of at most 400 kB: 2.5 MB needs at least 7.
    expect(read.length).toBeGreaterThanOrEqual(1 + 7);
    expect(read.length).toBeLessThan(40);
  });

  it("reads a large selection and a large table in chunks too", async () => {
    const fake = new RecordingExcel({ responseLimit: 300_000 });
    fake.addSheet("Danh sách", data.slice(0, 5_000));
    fake.addTable("DS", "Danh sách", "A4:F5005");
    fake.select("Danh sách", "B4:D10000");
    const host = hostOf(fake);
    const selection = await host.read({ kind: "selection" });
    expect(selection.ok && selection.value.origin).toEqual({ row: 4, col: 2 });
    const expected = data.slice(3, 5_000).map((row) => [1, 2, 3].map((j) => row[j] ?? null));
    expect(selection.ok && JSON.stringify(selection.value.cells) === JSON.stringify(expected)).toBe(true);
    const table = await host.read({ kind: "table", table: "DS" });
    expect(table.ok && table.value.cells.length).toBe(5_002);
    expect(fake.requests.filter((r) => r.responseBytes > 300_000).length).toBeGreaterThanOrEqual(2);
  });

  it("refuses a block too large to read in parts, after two syncs", async () => {
    const fake = new RecordingExcel({ responseLimit: 1_000 });
    fake.addSheet(
      "Tạm",
      Array.from({ length: 100 }, () => Array.from({ length: 20 }, () => "x")),
    );
    const result = await readUsedRange(fake.context, "Tạm", {
      supports: fake.isSetSupported,
      maxCells: 1_999,
    });
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "excel-read-too-large", cell: "'Tạm'!A1:T100" },
    });
    expect(fake.syncCount).toBe(2);
    const fits = await readUsedRange(fake.context, "Tạm", { supports: fake.isSetSupported, maxCells: 2_000 });
    expect(fits.ok && fits.value.cells.length).toBe(100);
  });

  it("keeps a roster under the limit to one sync", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Danh sách", data.slice(0, 30_000));
    const result = await hostOf(fake).read({ kind: "sheet", sheet: "Danh sách" });
    expect(result.ok && result.value.cells.length).toBe(30_000);
    expect(fake.syncCount).toBe(1);
  });
});

describe("ExcelHost.select", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { fake } = workbook();
    const host = hostOf(fake);
    await expect(host.select("'Biểu 01'!C12")).resolves.toBe(true);
    expect(fake.selected()).toEqual({ sheet: "Biểu 01", address: "C12", by: "api" });
    expect(fake.activeSheet()).toBe("Biểu 01");
    expect(fake.syncCount).toBe(1);
    await expect(host.select("Danh sách!A1:B2")).resolves.toBe(true);
    expect(fake.selected()).toEqual({ sheet: "Danh sách", address: "A1:B2", by: "api" });
    expect(fake.violations).toEqual([]);
  });

  it("selects on the active sheet when the address has none", async () => {
    const { fake } = workbook();
    await expect(hostOf(fake).select("D4")).resolves.toBe(true);
    expect(fake.selected()).toEqual({ sheet: "Danh sách", address: "D4", by: "api" });
  });

  it("selects whole rows and columns, as the analysis points at a unit's row", async () => {
    const { fake } = workbook();
    const host = hostOf(fake);
    await expect(host.select("'Biểu 01'!12:12")).resolves.toBe(true);
    expect(fake.selected()).toEqual({ sheet: "Biểu 01", address: "A12:XFD12", by: "api" });
    await expect(host.select("Danh sách!$C:$C")).resolves.toBe(true);
    expect(fake.selected()?.address).toBe("C1:C1048576");
    await expect(host.select("'Biểu 01'!12:")).resolves.toBe(false);
  });

  it("answers false for a missing sheet or an address that is not one", async () => {
    const { fake } = workbook();
    const host = hostOf(fake);
    await expect(host.select("'Không có'!A1")).resolves.toBe(false);
    expect(fake.syncCount).toBe(1);
    await expect(host.select("not an address")).resolves.toBe(false);
    expect(fake.syncCount).toBe(1);
    expect(fake.selected()).toBeUndefined();
  });
});

describe("ExcelHost.insertReport", () => {
  it("puts the report on a new sheet in at most 3 syncs, never writing the source", async () => {
    const { fake } = workbook();
    const host = hostOf(fake);
    const progress: [number, number][] = [];
    const result = await host.insertReport(
      sampleDoc(40),
      { sourceSheets: ["Biểu 01"], baseName: "Bao cao" },
      (done, total) => progress.push([done, total]),
    );
    expect(result).toEqual({ ok: true, value: { where: "Báo cáo", notes: [] } });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    for (const request of fake.requests) expect(request.bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(fake.violations).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Biểu 01", "Ẩn", "Danh sách", "Báo cáo"]);
    expect(fake.activeSheet()).toBe("Báo cáo");
    // Two writes, then the page setup: each step on the pane's progress bar.
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);

    const again = await host.insertReport(sampleDoc(5), { sourceSheets: ["Biểu 01"], baseName: "x" });
    expect(again.ok && again.value.where).toBe("Báo cáo (2)");
  });

  it("under vi-VN on Windows, finds the “;” getRanges takes once, then keeps it for the session", async () => {
    const fake = new RecordingExcel({ locale: "vi-VN" });
    fake.addSheet("Biểu 01", [["Đơn vị"]]);
    fake.protect("Biểu 01");
    const host = hostOf(fake);
    const first = await host.insertReport(sampleDoc(10), { sourceSheets: ["Biểu 01"], baseName: "x" });
    expect(first.ok && first.value.where).toBe("Báo cáo");
    expect(fake.syncCount).toBe(4); // one refused sync, which wrote nothing
    const second = await host.insertReport(sampleDoc(10), { sourceSheets: ["Biểu 01"], baseName: "x" });
    expect(second.ok && second.value.where).toBe("Báo cáo (2)");
    expect(fake.syncCount).toBe(4 + 3);
    expect(fake.format("Báo cáo (2)", "C3").borders.top).toEqual({ style: "Continuous", weight: "Thin" });
    expect(fake.violations).toEqual([]);
  });

  it("writes a report too large for two requests in steps shown on the progress bar", async () => {
    const fake = new RecordingExcel(); // Excel on the web: requests of 5 MB at most
    fake.addSheet("Biểu 01", [["Đơn vị"]]);
    fake.protect("Biểu 01");
    const progress: [number, number][] = [];
    const result = await hostOf(fake).insertReport(
      sampleDoc(60_000),
      { sourceSheets: ["Biểu 01"], baseName: "x" },
      (done, total) => progress.push([done, total]),
    );
    expect(result.ok && result.value.where).toBe("Báo cáo");
    const total = fake.syncCount;
    expect(total).toBe(4); // three writes (about 8 MB estimated), then the page setup
    expect(progress).toEqual(Array.from({ length: total + 1 }, (_, i) => [i, total]));
    for (const request of fake.requests) expect(request.bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(fake.cell("Báo cáo", "B60004")).toMatchObject({ text: "Phòng Tổ chức - Hành chính số 60000" });
    expect(fake.violations).toEqual([]);
  }, 120_000);
});

describe("ExcelHost: the report as a Word file", () => {
  it("writes and downloads it where the pane can download, without touching the workbook", async () => {
    const { fake } = workbook();
    const downloads: [string, Uint8Array][] = [];
    const doc = sampleDoc(5);
    const written: unknown[] = [];
    const host = createExcelHost({
      run: (batch) => batch(fake.context),
      supports: fake.isSetSupported,
      word: {
        write: async (d) => {
          written.push(d);
          return new Uint8Array([80, 75, 3, 4]);
        },
        download: (name, bytes) => downloads.push([name, bytes]),
      },
    });
    expect(host.word).toBe(true);
    const result = await host.insertReport(doc, {
      sourceSheets: ["Biểu 01"],
      baseName: "Báo cáo",
      format: "docx",
    });
    expect(result).toEqual({ ok: true, value: { where: "Báo cáo.docx", notes: [] } });
    expect(written).toEqual([doc]);
    expect(downloads.map(([name, bytes]) => [name, [...bytes]])).toEqual([["Báo cáo.docx", [80, 75, 3, 4]]]);
    expect(fake.syncCount).toBe(0);
    expect(fake.sheetNames()).toEqual(["Biểu 01", "Ẩn", "Danh sách"]);
  });

  it("offers none without a way to download (Excel for Mac), and says so if asked", async () => {
    const { fake } = workbook();
    const host = hostOf(fake);
    expect(host.word).toBe(false);
    const result = await host.insertReport(sampleDoc(5), { sourceSheets: [], baseName: "x", format: "docx" });
    expect(result.ok).toBe(false);
    expect(fake.syncCount).toBe(0);
  });

  it("turns a writer that fails into an issue naming the file", async () => {
    const { fake } = workbook();
    const host = createExcelHost({
      run: (batch) => batch(fake.context),
      word: { write: () => Promise.reject(new Error("hết bộ nhớ")), download: () => undefined },
    });
    const result = await host.insertReport(sampleDoc(5), { sourceSheets: [], baseName: "x", format: "docx" });
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "file-write-failed", params: { file: "x.docx", reason: "hết bộ nhớ" } },
    });
  });
});

describe("ExcelHost: Excel's 5,000,000-cell read limit", () => {
  it("gives the limit's own message, even when Excel.run itself throws it", async () => {
    const host = createExcelHost({
      run: () => Promise.reject(Object.assign(new Error("The cell count..."), { code: "RangeExceedsLimit" })),
      supports: () => true,
    });
    await expect(host.read({ kind: "sheet", sheet: "Biểu 01" })).resolves.toEqual({
      ok: false,
      issue: { level: "error", code: "excel-read-cell-limit" },
    });
  });

  it("names the block a stray value made too large", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Danh sách", [["Họ và tên", "Chức vụ"]]);
    fake.context.workbook.worksheets.getItem("Danh sách").getRange("Z200000").values = [["x"]];
    await fake.context.sync();
    fake.protect("Danh sách");
    const result = await hostOf(fake).read({ kind: "sheet", sheet: "Danh sách" });
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "excel-read-cell-limit", cell: "'Danh sách'!A1:Z200000" },
    });
  }, 30_000);
});

describe("ExcelHost settings", () => {
  it("stores one JSON value under “tinhgon.settings” and waits for saveAsync", async () => {
    const { fake, settings } = workbook();
    const host = hostOf(fake, settings);
    await expect(host.loadSettings()).resolves.toBeUndefined();
    const value = {
      job: "plan",
      details: { style: "state", date: "2026-02-05" },
      before: { kind: "sheet", sheet: "Biểu 01" },
    };
    await host.saveSettings(value);
    // Resolved only after Office saved it into the document.
    expect(settings.saves).toBe(1);
    expect(typeof settings.saved.get(SETTINGS_KEY)).toBe("string");
    expect(JSON.parse(settings.saved.get(SETTINGS_KEY) as string)).toEqual(value);
    expect([...settings.saved.keys()]).toEqual([SETTINGS_KEY]);
    await expect(hostOf(fake, settings).loadSettings()).resolves.toEqual(value);
    expect(fake.syncCount).toBe(0);
  });

  it("gives undefined for a stored value that is not JSON, and never throws", async () => {
    const { fake, settings } = workbook();
    settings.saved.set(SETTINGS_KEY, "{không phải JSON");
    const host = hostOf(fake, settings);
    await expect(host.loadSettings()).resolves.toBeUndefined();
    settings.failSave = true;
    await expect(host.saveSettings({ job: "check" })).resolves.toBeUndefined();
    expect(settings.saves).toBe(0);
    const broken: DocumentSettings = {
      get: () => {
        throw new Error("no document");
      },
      set: () => {
        throw new Error("no document");
      },
      saveAsync: () => undefined,
    };
    await expect(hostOf(fake, broken).loadSettings()).resolves.toBeUndefined();
    await expect(hostOf(fake, broken).saveSettings({})).resolves.toBeUndefined();
    await expect(hostOf(fake).loadSettings()).resolves.toBeUndefined();
  });

  it("takes an object stored by another version as it is", async () => {
    const { fake, settings } = workbook();
    settings.saved.set(SETTINGS_KEY, { job: "compare" });
    await expect(hostOf(fake, settings).loadSettings()).resolves.toEqual({ job: "compare" });
  });
});

describe("ExcelHost", () => {
  it("says what it is", () => {
    const { fake } = workbook();
    const host = hostOf(fake);
    expect(host.kind).toBe("excel");
    expect(host.displayLanguage).toBe("vi-VN");
    expect(host.dark).toBe(false);
    expect(host.openFile).toBeUndefined();
  });
});
