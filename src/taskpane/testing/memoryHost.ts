/**
 * An in-memory {@link Host} over grids: for developing the pane without Excel and for jest. It
 * behaves like the real hosts where the pane can tell (reads in chunks with progress, never writes
 * a source, unique sheet names, `select` false in the File host) and records what the pane asked.
 */
import { quoteSheet } from "../../core/address";
import type { CellValue, Grid, Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import { csvToCells, decodeText } from "../../hosts/xlsx/csv";
import type { ReportDoc, ReportFormat } from "../../reports";
import type { Host, InsertOutcome, Progress, SourceList, SourceRef } from "../host";
import { peekGrid } from "../hosts/peek";

export interface MemoryHostOptions {
  kind?: "excel" | "file";
  /** The workbook's sheets: grids, or plain rows placed at A1. Absent (File host): no file open yet. */
  sheets?: (Grid | { sheet: string; rows: CellValue[][] })[];
  /** Excel tables (Excel host): their block of cells, header included. */
  tables?: { name: string; grid: Grid }[];
  /** The current selection (Excel host). */
  selection?: Grid;
  activeSheet?: string;
  /** File host: the name of the file the sheets came from. */
  fileName?: string;
  displayLanguage?: string;
  dark?: boolean;
  /** Settings already stored with the workbook (the file's, for the File host). */
  settings?: unknown;
  /**
   * File host: turn a picked file into sheets. Default: a .csv as one sheet named after the file;
   * anything else fails with `file-unsupported`.
   */
  open?: (name: string, bytes: Uint8Array) => Promise<Result<Grid[]>>;
  /** Rows per progress step of a read (default 1,000). */
  chunkRows?: number;
  /** Milliseconds to wait between steps of a read or write (default 0: a microtask). */
  delayMs?: number;
  /** Make every `insertReport` fail with this issue. */
  failInsert?: Issue;
  /** Make every `read` fail with this issue. */
  failRead?: Issue;
  /** Offer the Word file (default: yes for the File host, no in Excel). */
  word?: boolean;
  /** Excel for Mac: a browser page can be opened (true), or opening it fails (false). */
  openInBrowser?: boolean;
}

export interface MemoryHost extends Host {
  /** Reports written, in order, with where they went. */
  readonly inserted: {
    doc: ReportDoc;
    options: { sourceSheets: string[]; baseName: string; format?: ReportFormat };
    where: string;
  }[];
  /** How many times the browser page was opened (Excel for Mac). */
  readonly browserOpened: number;
  /** Addresses passed to `select`. */
  readonly selected: string[];
  /** Sources passed to `read`. */
  readonly reads: SourceRef[];
  /** Files passed to `openFile` ("after:" before the name of a second file). */
  readonly opened: string[];
  /** Sheet lists passed to `peekSheets`. */
  readonly peeks: string[][];
  /** How many times `saveSettings` was called, and the last value (as JSON round-tripped). */
  readonly saves: number;
  readonly saved: unknown;
  /** Change the selection (Excel host). */
  setSelection(grid: Grid | undefined): void;
  /** Sheet names now in the workbook (reports added). */
  sheetNames(): string[];
}

const toGrid = (s: Grid | { sheet: string; rows: CellValue[][] }): Grid =>
  "cells" in s ? s : { sheet: s.sheet, origin: { row: 1, col: 1 }, cells: s.rows };

const wait = (ms: number): Promise<void> =>
  new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : queueMicrotask(resolve)));

async function openCsv(name: string, bytes: Uint8Array): Promise<Result<Grid[]>> {
  if (!/\.(csv|txt|tsv)$/i.test(name))
    return fail({ level: "error", code: "file-unsupported", params: { file: name } });
  const { cells } = csvToCells(decodeText(bytes));
  const sheet = name.replace(/\.[^.]*$/, "") || "Sheet1";
  return ok([{ sheet, origin: { row: 1, col: 1 }, cells }]);
}

/** The sheet part of "'Biểu 01'!C12" ("Biểu 01"), or undefined without one. */
function sheetOf(address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  const raw = address.slice(0, bang);
  return raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

export function createMemoryHost(options: MemoryHostOptions = {}): MemoryHost {
  const kind = options.kind ?? "excel";
  const chunkRows = Math.max(1, options.chunkRows ?? 1000);
  const delay = options.delayMs ?? 0;
  let grids: Grid[] | undefined = options.sheets?.map(toGrid);
  let fileName = options.fileName;
  /** File host: the second file of a comparison. */
  let afterGrids: Grid[] | undefined;
  let afterFileName: string | undefined;
  let selection = options.selection;
  let activeSheet = options.activeSheet;
  const tables = options.tables ?? [];
  const settingsByFile = new Map<string, unknown>();
  if (options.settings !== undefined) settingsByFile.set(fileName ?? "", options.settings);
  const inserted: MemoryHost["inserted"] = [];
  const selected: string[] = [];
  const reads: SourceRef[] = [];
  const opened: string[] = [];
  const peeks: string[][] = [];
  let saves = 0;
  let saved: unknown;

  const list = (): SourceList => ({
    sheets: (grids ?? []).map((g) => g.sheet),
    tables: kind === "excel" ? tables.map((t) => ({ name: t.name, sheet: t.grid.sheet })) : [],
    activeSheet: activeSheet ?? grids?.[0]?.sheet,
    ...(fileName !== undefined ? { fileName } : {}),
    issues: [],
  });

  const settingsKey = (): string => (kind === "file" ? (fileName ?? "") : "");

  /** A copy of the block, handed over in chunks of rows with progress between them. */
  async function copyInChunks(grid: Grid, progress?: Progress): Promise<Grid> {
    const total = grid.cells.length;
    const cells: CellValue[][] = [];
    progress?.(0, total);
    for (let i = 0; i < total; i += chunkRows) {
      await wait(delay);
      for (const row of grid.cells.slice(i, i + chunkRows)) cells.push([...row]);
      progress?.(Math.min(total, i + chunkRows), total);
    }
    return { ...grid, cells, ...(grid.merges ? { merges: grid.merges.map((m) => ({ ...m })) } : {}) };
  }

  function uniqueSheetName(base: string): string {
    const taken = new Set((grids ?? []).map((g) => g.sheet.toLowerCase()));
    if (!taken.has(base.toLowerCase())) return base;
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const name = base.slice(0, 31 - suffix.length) + suffix;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }

  let browserOpened = 0;

  const host: MemoryHost = {
    kind,
    word: options.word ?? kind === "file",
    ...(options.openInBrowser !== undefined
      ? {
          async openInBrowser(): Promise<boolean> {
            browserOpened++;
            return options.openInBrowser === true;
          },
        }
      : {}),
    get browserOpened() {
      return browserOpened;
    },
    ...(options.displayLanguage !== undefined ? { displayLanguage: options.displayLanguage } : {}),
    ...(options.dark !== undefined ? { dark: options.dark } : {}),
    get inserted() {
      return inserted;
    },
    get selected() {
      return selected;
    },
    get reads() {
      return reads;
    },
    get opened() {
      return opened;
    },
    get peeks() {
      return peeks;
    },
    get saves() {
      return saves;
    },
    get saved() {
      return saved;
    },
    setSelection(grid) {
      selection = grid;
    },
    sheetNames() {
      return (grids ?? []).map((g) => g.sheet);
    },

    async sources() {
      await wait(0);
      if (!grids) return fail({ level: "error", code: "file-not-found", params: { file: "" } });
      return ok(list());
    },

    async read(source, progress) {
      reads.push(source);
      await wait(0);
      if (options.failRead) return fail(options.failRead);
      if (!grids) return fail({ level: "error", code: "file-not-found", params: { file: "" } });
      if (source.kind === "selection") {
        if (kind !== "excel" || !selection)
          return fail({ level: "error", code: "empty-grid", params: { sheet: activeSheet ?? "" } });
        return ok(await copyInChunks(selection, progress));
      }
      if (source.kind === "table") {
        const table = tables.find((t) => t.name === source.table);
        if (kind !== "excel" || !table)
          return fail({ level: "error", code: "excel-table-not-found", params: { table: source.table } });
        return ok(await copyInChunks(table.grid, progress));
      }
      const book = source.file === "after" ? afterGrids : grids;
      if (!book) return fail({ level: "error", code: "no-file-open" });
      const grid = book.find((g) => g.sheet === source.sheet);
      if (!grid) {
        const code = kind === "excel" ? "excel-sheet-not-found" : "sheet-not-found";
        return fail({
          level: "error",
          code,
          params: { sheet: source.sheet, file: fileName ?? "", sheets: book.map((g) => g.sheet).join(", ") },
        });
      }
      return ok(await copyInChunks(grid, progress));
    },

    async peekSheets(sheets, slot) {
      peeks.push([...sheets]);
      await wait(0);
      const book = slot === "after" ? afterGrids : grids;
      if (!book) return fail({ level: "error", code: "no-file-open" });
      return ok(book.filter((g) => sheets.includes(g.sheet)).map((g) => peekGrid(g)));
    },

    async select(address) {
      selected.push(address);
      await wait(0);
      if (kind !== "excel") return false;
      const sheet = sheetOf(address);
      return sheet === undefined || (grids ?? []).some((g) => g.sheet === sheet);
    },

    async insertReport(doc, insertOptions, progress): Promise<Result<InsertOutcome>> {
      const steps = Math.max(1, doc.sheets.length);
      progress?.(0, steps);
      for (let i = 0; i < steps; i++) {
        await wait(delay);
        progress?.(i + 1, steps);
      }
      if (options.failInsert) return fail(options.failInsert);
      if (doc.sheets.length === 0) return fail({ level: "error", code: "report-empty" });
      let where: string;
      if (insertOptions.format === "docx") {
        where = `${insertOptions.baseName}.docx`;
      } else if (kind === "excel") {
        const names = doc.sheets.map((s) => {
          const name = uniqueSheetName(s.name);
          grids = [...(grids ?? []), { sheet: name, origin: { row: 1, col: 1 }, cells: [] }];
          return name;
        });
        where = names[0] as string;
        activeSheet = where;
      } else {
        where = `${insertOptions.baseName}.xlsx`;
      }
      inserted.push({
        doc,
        options: { ...insertOptions, sourceSheets: [...insertOptions.sourceSheets] },
        where,
      });
      return ok({
        where,
        notes: kind === "file" && doc.sheets.some((s) => s.chart) ? ["Biểu đồ được bỏ qua."] : [],
      });
    },

    async loadSettings() {
      await wait(0);
      const value = settingsByFile.get(settingsKey());
      return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
    },

    async saveSettings(value) {
      saves++;
      saved = JSON.parse(JSON.stringify(value)) as unknown;
      settingsByFile.set(settingsKey(), saved);
    },
  };

  if (kind === "file") {
    host.openFile = async (name, bytes, progress, slot) => {
      opened.push(slot ? `${slot}:${name}` : name);
      progress?.(0, 1);
      await wait(delay);
      const result = await (options.open ?? openCsv)(name, bytes);
      if (!result.ok) return result;
      progress?.(1, 1);
      if (slot === "after") {
        afterGrids = result.value;
        afterFileName = name;
        return ok({
          sheets: afterGrids.map((g) => g.sheet),
          tables: [],
          activeSheet: afterGrids[0]?.sheet,
          fileName: afterFileName,
          issues: [],
        });
      }
      grids = result.value;
      fileName = name;
      activeSheet = grids[0]?.sheet;
      return ok(list());
    };
    host.closeFile = async () => {
      afterGrids = undefined;
      afterFileName = undefined;
    };
  }
  return host;
}

/** The address of a sheet's cell as the pane passes it to `select` ("'Biểu 01'!C12"). */
export const addressOn = (sheet: string, cell: string): string => `${quoteSheet(sheet)}!${cell}`;
