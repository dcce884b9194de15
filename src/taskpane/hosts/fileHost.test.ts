import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Workbook, type CellValue as XValue } from "exceljs";
import { roster, rosterRows } from "../../../bench/data";
import { encodeLegacy } from "../../../test/fixtures/legacy";
import { binhPhuoc, BINH_PHUOC_BEFORE } from "../../../test/fixtures/workbooks";
import { check } from "../../core/analyse";
import { readTable } from "../../core/read";
import type { Grid } from "../../core/types";
import { openWorkbookBytes } from "../../hosts/xlsx/open-bytes";
import { NOTES } from "../../hosts/xlsx/report";
import { defaultDetails, deputyReview } from "../../reports";
import { downloadName } from "./download";
import { createFileHost, type FileHostOptions } from "./fileHost";
import { inProcessPort, type InProcessPort } from "./inProcessPort";
import type { ReaderPort, ReaderResponse } from "./protocol";
import { ROWS_PER_MESSAGE } from "./protocol";

interface Downloaded {
  fileName: string;
  bytes: Uint8Array;
}

function setup(over: Partial<FileHostOptions> = {}) {
  const ports: InProcessPort[] = [];
  const downloads: Downloaded[] = [];
  const stored = new Map<string, string>();
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  };
  const host = createFileHost({
    worker: () => {
      const port = inProcessPort();
      ports.push(port);
      return port;
    },
    storage,
    download: (fileName, bytes) => downloads.push({ fileName, bytes }),
    displayLanguage: "vi-VN",
    ...over,
  });
  return { host, ports, downloads, stored };
}

async function xlsxBytes(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A number as a cell holds it, a formula's cached result included. */
function numberOf(value: XValue): number | undefined {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "result" in value && typeof value.result === "number")
    return value.result;
  return undefined;
}

function sameGrid(a: Grid, b: Grid): boolean {
  return a.cells.length === b.cells.length && JSON.stringify(a) === JSON.stringify(b);
}

describe("FileHost: opening and reading a real .xlsx in the worker", () => {
  it("lists the sheets, then reads one sheet exactly as the CLI's reader gives it", async () => {
    const { host, ports } = setup();
    const bytes = await xlsxBytes(binhPhuoc().workbook);
    const expected = await openWorkbookBytes(bytes.slice(), "Bình Phước.xlsx");
    if (!expected.ok) throw new Error(expected.issue.code);

    const progress: [number, number][] = [];
    const opened = await host.openFile!("Bình Phước.xlsx", bytes, (done, total) =>
      progress.push([done, total]),
    );
    expect(opened).toEqual({
      ok: true,
      value: {
        sheets: ["Trước sắp xếp", "Sau sắp xếp", "Phương án", "Danh sách"],
        tables: [],
        activeSheet: "Trước sắp xếp",
        fileName: "Bình Phước.xlsx",
        issues: [],
      },
    });
    // The bytes moved to the worker: the page's copy is gone (nothing copied, nothing kept).
    expect(bytes.byteLength).toBe(0);
    expect(progress[progress.length - 1]?.[0]).toBe(progress[progress.length - 1]?.[1]);
    await expect(host.sources()).resolves.toEqual(opened);

    const grid = await host.read({ kind: "sheet", sheet: "Trước sắp xếp" });
    expect(grid.ok).toBe(true);
    if (!grid.ok) return;
    expect(grid.value).toEqual(expected.value.grid("Trước sắp xếp"));
    expect(grid.value.merges?.length).toBeGreaterThan(0);
    const table = readTable(grid.value).table;
    expect(table?.units.map((u) => u.name)).toEqual(BINH_PHUOC_BEFORE.map((f) => f[0]));
    expect(ports).toHaveLength(1);
  });

  it("keeps a sheet's legacy fonts across the worker: a .VnTime sheet reads in Unicode as in the CLI", async () => {
    const { host } = setup();
    const tcvn3 = (s: string) => encodeLegacy(s, "tcvn3");
    const wb = new Workbook();
    const ws = wb.addWorksheet("Biểu 01");
    const rows: (string | number)[][] = [
      ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Tổng số"],
      [1, "Phòng Tổng hợp", 1, 2, 9],
      [2, "Văn phòng", 1, 1, 6],
    ];
    rows.forEach((values, i) =>
      values.forEach((v, j) => {
        const cell = ws.getCell(i + 1, j + 1);
        cell.value = typeof v === "string" ? tcvn3(v) : v;
        cell.font = { name: ".VnTime", size: 13 };
      }),
    );
    const bytes = await xlsxBytes(wb);
    const expected = await openWorkbookBytes(bytes.slice(), "bieu.xlsx");
    if (!expected.ok) throw new Error(expected.issue.code);
    await host.openFile!("bieu.xlsx", bytes);
    const grid = await host.read({ kind: "sheet", sheet: "Biểu 01" });
    if (!grid.ok) throw new Error(grid.issue.code);
    expect(grid.value).toEqual(expected.value.grid("Biểu 01"));
    expect(grid.value.fonts?.length).toBeGreaterThan(0);
    const read = readTable(grid.value);
    expect(read.issues).toEqual([]);
    expect(read.table?.units.map((u) => u.name)).toEqual(["Phòng Tổng hợp", "Văn phòng"]);
  });

  it("reads a .csv (one sheet named after the file)", async () => {
    const { host } = setup();
    const csv = "Đơn vị;Trưởng phòng;Phó trưởng phòng;Biên chế\nPhòng Tổng hợp;1;3;12\nVăn phòng;1;2;8\n";
    const opened = await host.openFile!("Biên chế 2025.csv", new TextEncoder().encode(csv));
    expect(opened.ok && opened.value.sheets).toEqual(["Biên chế 2025"]);
    const grid = await host.read({ kind: "sheet", sheet: "Biên chế 2025" });
    expect(grid).toEqual({
      ok: true,
      value: {
        sheet: "Biên chế 2025",
        origin: { row: 1, col: 1 },
        cells: [
          ["Đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Biên chế"],
          ["Phòng Tổng hợp", "1", "3", "12"],
          ["Văn phòng", "1", "2", "8"],
        ],
      },
    });
  });

  it("gives clear issues for a file that is not a workbook, and forgets the previous file", async () => {
    const { host } = setup();
    await host.openFile!("a.csv", new TextEncoder().encode("x,y\n1,2\n"));
    const text = await host.openFile!("bao-cao.xlsx", new TextEncoder().encode("không phải tệp zip"));
    expect(text).toEqual({
      ok: false,
      issue: { level: "error", code: "file-corrupt", params: { file: "bao-cao.xlsx" } },
    });
    await expect(host.sources()).resolves.toEqual({
      ok: true,
      value: { sheets: [], tables: [], issues: [] },
    });
    await expect(host.read({ kind: "sheet", sheet: "a" })).resolves.toMatchObject({
      ok: false,
      issue: { code: "no-file-open" },
    });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(host.openFile!("cu.xls", ole)).resolves.toMatchObject({
      ok: false,
      issue: { code: "file-xls", params: { file: "cu.xls" } },
    });
  });

  it("keeps the file picked last when two are opened at once", async () => {
    const { host } = setup();
    const [first, second] = await Promise.all([
      host.openFile!("Bình Phước.xlsx", await xlsxBytes(binhPhuoc().workbook)),
      host.openFile!("b.csv", new TextEncoder().encode("x\n1\n")),
    ]);
    expect(first).toMatchObject({
      ok: false,
      issue: { code: "file-read-failed", params: { file: "Bình Phước.xlsx" } },
    });
    expect(second.ok && second.value.fileName).toBe("b.csv");
    await expect(host.read({ kind: "sheet", sheet: "b" })).resolves.toMatchObject({
      ok: true,
      value: { cells: [["x"], ["1"]] },
    });
    await expect(host.read({ kind: "sheet", sheet: "Trước sắp xếp" })).resolves.toMatchObject({
      ok: false,
      issue: { code: "sheet-not-found" },
    });
  });

  it("refuses selections and tables, and names a missing sheet", async () => {
    const { host } = setup();
    await expect(host.read({ kind: "selection" })).resolves.toEqual({
      ok: false,
      issue: { level: "error", code: "source-excel-only" },
    });
    await host.openFile!("a.csv", new TextEncoder().encode("x,y\n1,2\n"));
    await expect(host.read({ kind: "table", table: "Bang1" })).resolves.toMatchObject({
      ok: false,
      issue: { code: "source-excel-only" },
    });
    await expect(host.read({ kind: "sheet", sheet: "Khác" })).resolves.toMatchObject({
      ok: false,
      issue: { code: "sheet-not-found", params: { file: "a.csv", sheet: "Khác", sheets: "“a”" } },
    });
    await expect(host.select("'a'!A1")).resolves.toBe(false);
  });
});

describe("FileHost: two files, before and after", () => {
  it("holds a second file for the 'after' side beside the main one, and forgets it on request", async () => {
    const { host } = setup();
    const main = await host.openFile!("truoc.xlsx", await xlsxBytes(binhPhuoc().workbook));
    expect(main.ok).toBe(true);
    const csv = "Đơn vị,Trưởng phòng,Phó trưởng phòng,Biên chế\nPhòng Tổng hợp,1,1,10\n";
    const second = await host.openFile!("sau.csv", new TextEncoder().encode(csv), undefined, "after");
    expect(second).toMatchObject({ ok: true, value: { sheets: ["sau"], fileName: "sau.csv" } });
    // The main file is still what the host lists, reads and keeps settings for.
    await expect(host.sources()).resolves.toMatchObject({ ok: true, value: { fileName: "truoc.xlsx" } });
    await expect(host.read({ kind: "sheet", sheet: "Trước sắp xếp" })).resolves.toMatchObject({ ok: true });
    await expect(host.read({ kind: "sheet", sheet: "sau", file: "after" })).resolves.toMatchObject({
      ok: true,
      value: {
        sheet: "sau",
        cells: [["Đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Biên chế"], expect.anything()],
      },
    });
    await expect(host.read({ kind: "sheet", sheet: "sau" })).resolves.toMatchObject({
      ok: false,
      issue: { code: "sheet-not-found" },
    });

    await host.closeFile!("after");
    await expect(host.read({ kind: "sheet", sheet: "sau", file: "after" })).resolves.toMatchObject({
      ok: false,
      issue: { code: "no-file-open" },
    });
    await expect(host.read({ kind: "sheet", sheet: "Trước sắp xếp" })).resolves.toMatchObject({ ok: true });
  });

  it("gives each sheet's header corner from the opening, without asking the worker again", async () => {
    const { host, ports } = setup();
    await host.openFile!("Bình Phước.xlsx", await xlsxBytes(binhPhuoc().workbook));
    const sent = ports[0]?.sent.length;
    const peeked = await host.peekSheets!(["Phương án", "Danh sách"]);
    if (!peeked.ok) throw new Error(peeked.issue.code);
    expect(peeked.value.map((g) => g.sheet)).toEqual(["Phương án", "Danh sách"]);
    for (const grid of peeked.value) {
      expect(grid.cells.length).toBeLessThanOrEqual(40);
      expect(grid.cells.every((row) => row.length <= 30)).toBe(true);
    }
    expect(JSON.stringify(peeked.value[0]?.cells)).toContain("Sáp nhập vào");
    expect(ports[0]?.sent.length).toBe(sent);
    await expect(host.peekSheets!(["x"], "after")).resolves.toMatchObject({ ok: false });
  });
});

describe("FileHost: a 100,000-row roster", () => {
  it("comes in messages of at most 10,000 rows, with progress, identical to a one-shot read", async () => {
    const rows = rosterRows(roster(100_000, 11, { units: 500 }));
    const csv = rows
      .map((r) => r.map((v) => (v === null || v === undefined ? "" : `"${String(v)}"`)).join(","))
      .join("\n");
    const bytes = new TextEncoder().encode(csv);
    const oneShot = await openWorkbookBytes(bytes.slice(), "Danh sách.csv");
    if (!oneShot.ok) throw new Error(oneShot.issue.code);
    const expected = oneShot.value.grid("Danh sách") as Grid;
    expect(expected.cells.length).toBe(rows.length);

    const { host, ports } = setup();
    await host.openFile!("Danh sách.csv", bytes);
    const progress: [number, number][] = [];
    const grid = await host.read({ kind: "sheet", sheet: "Danh sách" }, (done, total) =>
      progress.push([done, total]),
    );
    expect(grid.ok && sameGrid(grid.value, expected)).toBe(true);

    const chunks = (ports[0] as InProcessPort).sent.filter((m) => m.type === "rows");
    expect(chunks.length).toBe(Math.ceil(rows.length / ROWS_PER_MESSAGE));
    for (const chunk of chunks) expect(chunk.rows).toBeLessThanOrEqual(ROWS_PER_MESSAGE);
    expect(progress[0]).toEqual([0, rows.length]);
    expect(progress[progress.length - 1]).toEqual([rows.length, rows.length]);
    expect(progress.length).toBe(chunks.length + 1);
  });
});

describe("FileHost: the report as a download", () => {
  it("writes the .xlsx in the worker and downloads it; ExcelJS reads the figures back", async () => {
    const { host, downloads } = setup();
    await host.openFile!("Bình Phước.xlsx", await xlsxBytes(binhPhuoc().workbook));
    const grid = await host.read({ kind: "sheet", sheet: "Trước sắp xếp" });
    if (!grid.ok) throw new Error(grid.issue.code);
    const table = readTable(grid.value).table;
    if (!table) throw new Error("no table");
    const date = "2026-02-05";
    const doc = deputyReview(check(table, { date }), defaultDetails("state", date));

    const progress: [number, number][] = [];
    const result = await host.insertReport(
      doc,
      { sourceSheets: ["Trước sắp xếp"], baseName: "Rà soát cấp phó" },
      (done, total) => progress.push([done, total]),
    );
    expect(result).toEqual({ ok: true, value: { where: "Rà soát cấp phó.xlsx", notes: expect.any(Array) } });
    expect(progress[progress.length - 1]).toEqual([2, 2]);
    expect(downloads.map((d) => d.fileName)).toEqual(["Rà soát cấp phó.xlsx"]);

    const wb = new Workbook();
    await wb.xlsx.load((downloads[0] as Downloaded).bytes as unknown as ArrayBuffer);
    // The table of every unit is the appendix.
    const ws = wb.getWorksheet("Phụ lục");
    expect(ws).toBeDefined();
    const rowsByUnit = new Map<string, XValue[]>();
    ws?.eachRow((row) => {
      const values = (row.values as XValue[]).slice(1);
      if (typeof values[1] === "string") rowsByUnit.set(values[1], values);
    });
    for (const [name, heads, deputies, , staff] of BINH_PHUOC_BEFORE) {
      const row = rowsByUnit.get(name);
      expect(row).toBeDefined();
      // Columns: STT, name, type, quota, staff, heads, deputies (template ra-soat-cap-pho).
      expect(numberOf((row as XValue[])[4] as XValue)).toBe(staff);
      expect(numberOf((row as XValue[])[5] as XValue)).toBe(heads);
      expect(numberOf((row as XValue[])[6] as XValue)).toBe(deputies);
    }
  });

  it("says what the writer left out (the chart) and never uploads: only the download callback runs", async () => {
    const { host, downloads } = setup();
    const doc = deputyReview(
      check(
        readTable({
          sheet: "s",
          origin: { row: 1, col: 1 },
          cells: [
            ["Đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Biên chế"],
            ["Phòng A", 1, 2, 10],
          ],
        }).table!,
        { date: "2026-02-05" },
      ),
      defaultDetails("party", "2026-02-05"),
    );
    const first = doc.sheets[0];
    if (!first) throw new Error("no sheet");
    first.chart = {
      type: "barClustered",
      title: "Biên chế",
      categories: { top: 1, left: 1, bottom: 2, right: 1 },
      series: [],
      anchor: { row: 1, col: 4, cols: 5, rows: 10 },
    };
    const result = await host.insertReport(doc, { sourceSheets: [], baseName: "Báo cáo: 2026/02.xlsx" });
    expect(result).toEqual({ ok: true, value: { where: "Báo cáo- 2026-02.xlsx", notes: [NOTES.chart] } });
    expect(downloads).toHaveLength(1);
  });

  it("gives a download that fails, or an empty report, as an issue", async () => {
    const failing = setup({
      download: () => {
        throw new Error("blocked");
      },
    });
    const doc = deputyReview(
      check(
        readTable({
          sheet: "s",
          origin: { row: 1, col: 1 },
          cells: [
            ["Đơn vị", "Biên chế"],
            ["Phòng A", 10],
          ],
        }).table!,
        { date: "2026-02-05" },
      ),
      defaultDetails("party", "2026-02-05"),
    );
    await expect(failing.host.insertReport(doc, { sourceSheets: [], baseName: "x" })).resolves.toEqual({
      ok: false,
      issue: { level: "error", code: "file-write-failed", params: { file: "x.xlsx", reason: "blocked" } },
    });
    const { host } = setup();
    await expect(
      host.insertReport({ ...doc, sheets: [] }, { sourceSheets: [], baseName: "x" }),
    ).resolves.toEqual({
      ok: false,
      issue: { level: "error", code: "report-empty" },
    });
  });

  it("names downloads safely", () => {
    expect(downloadName("Báo cáo")).toBe("Báo cáo.xlsx");
    expect(downloadName('a\\b/c:d*e?f"g<h>i|j')).toBe("a-b-c-d-e-f-g-h-i-j.xlsx");
    expect(downloadName("  ")).toBe("Bao cao Tinh Gon.xlsx");
    expect(downloadName("..x.XLSX")).toBe("x.xlsx");
    expect(downloadName("Báo cáo.xlsx", "docx")).toBe("Báo cáo.docx");
    expect(downloadName("Báo cáo", "docx")).toBe("Báo cáo.docx");
  });
});

describe("FileHost: a stuck or dead worker", () => {
  /** A port that never answers (a file that takes forever), or dies when asked. */
  function silentPort(
    onPost?: (crash: (reason: string) => void) => void,
  ): ReaderPort & { terminated: boolean } {
    let crash: (reason: string) => void = () => undefined;
    const port = {
      terminated: false,
      post: () => onPost?.(crash),
      listen: (_m: (message: ReaderResponse) => void, c: (reason: string) => void) => {
        crash = c;
      },
      terminate: () => {
        port.terminated = true;
      },
    };
    return port;
  }

  it("stops the worker after the time limit with a clear issue, then starts a new one", async () => {
    const stuck = silentPort();
    const made: ReaderPort[] = [];
    const host = createFileHost({
      worker: () => {
        const port = made.length === 0 ? stuck : inProcessPort();
        made.push(port);
        return port;
      },
      download: () => undefined,
      timeoutMs: 50,
    });
    const started = Date.now();
    await expect(host.openFile!("lon.xlsx", new Uint8Array(10))).resolves.toEqual({
      ok: false,
      issue: { level: "error", code: "file-timeout", params: { file: "lon.xlsx", seconds: 1 } },
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(stuck.terminated).toBe(true);
    const next = await host.openFile!("a.csv", new TextEncoder().encode("x\n1\n"));
    expect(next.ok).toBe(true);
    expect(made).toHaveLength(2);
  });

  it("turns a worker that dies into an issue, and a single port stopped stays stopped", async () => {
    const dying = silentPort((crash) => setTimeout(() => crash("out of memory"), 0));
    const host = createFileHost({ worker: dying, download: () => undefined });
    await expect(host.openFile!("a.xlsx", new Uint8Array(10))).resolves.toEqual({
      ok: false,
      issue: {
        level: "error",
        code: "file-read-failed",
        params: { file: "a.xlsx", reason: "out of memory" },
      },
    });
    expect(dying.terminated).toBe(true);
    await expect(host.openFile!("b.xlsx", new Uint8Array(10))).resolves.toMatchObject({
      ok: false,
      issue: { code: "file-read-failed", params: { file: "b.xlsx", reason: "trình đọc tệp đã dừng" } },
    });
  });
});

describe("FileHost settings", () => {
  it("remembers settings per file name in the storage", async () => {
    const { host, stored } = setup();
    const csv = new TextEncoder().encode("x\n1\n");
    await host.openFile!("a.csv", csv.slice());
    await host.saveSettings({ job: "plan" });
    expect([...stored.keys()]).toEqual(["tinhgon.settings:a.csv"]);
    await host.openFile!("b.csv", csv.slice());
    await expect(host.loadSettings()).resolves.toBeUndefined();
    await host.openFile!("a.csv", csv.slice());
    await expect(host.loadSettings()).resolves.toEqual({ job: "plan" });
    stored.set("tinhgon.settings:a.csv", "{hỏng");
    await expect(host.loadSettings()).resolves.toBeUndefined();
  });

  it("never throws when the storage does", async () => {
    const host = createFileHost({
      worker: inProcessPort,
      download: () => undefined,
      storage: {
        getItem: () => {
          throw new Error("denied");
        },
        setItem: () => {
          throw new Error("quota");
        },
      },
    });
    await expect(host.saveSettings({ job: "plan" })).resolves.toBeUndefined();
    await expect(host.loadSettings()).resolves.toBeUndefined();
    expect(host.kind).toBe("file");
  });
});

describe("the pane's side of the File and Excel hosts", () => {
  /** Every module reachable from `file` through relative imports (type-only imports left out). */
  function reachable(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
    if (seen.has(file)) return seen;
    const text = readFileSync(file, "utf8");
    const specs = [...text.matchAll(/^import(?!\s+type\b)[^"']*["']([^"']+)["']/gm)].map(
      (m) => m[1] as string,
    );
    seen.set(file, specs);
    for (const spec of specs) {
      if (!spec.startsWith(".")) continue;
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((p) => {
        try {
          readFileSync(p);
          return true;
        } catch {
          return false;
        }
      });
      if (target) reachable(target, seen);
    }
    return seen;
  }

  it("never imports ExcelJS (it lives in the worker only)", () => {
    for (const entry of ["fileHost.ts", "excelHost.ts", "protocol.ts", "download.ts", "settingsStore.ts"]) {
      const graph = reachable(join(__dirname, entry));
      const packages = [...graph.values()].flat().filter((s) => !s.startsWith("."));
      expect(packages).not.toContain("exceljs");
      expect([...graph.keys()].some((f) => /readerHandler|inProcessPort|hosts[\\/]xlsx/.test(f))).toBe(false);
    }
    // The worker's side does reach it (so the check above can fail).
    const worker = reachable(join(__dirname, "readerWorker.ts"));
    expect([...worker.values()].flat()).toContain("exceljs");
  });
});
