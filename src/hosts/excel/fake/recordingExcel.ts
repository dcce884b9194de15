/**
 * A recording fake of the slice of the Excel API in ../excelApi.ts, for tests: Excel does not run
 * on Linux. It behaves like Office.js where the host depends on it:
 * - calls, property sets and loads are queued and run, in order, at `context.sync()`; a loaded
 *   property is readable only after a successful sync (reading it earlier throws
 *   PropertyNotLoaded, like the real proxies); values set are never readable without load + sync;
 * - a batch is not a transaction: when an operation fails, the ones before it stay done, the
 *   later ones are dropped, and `sync()` rejects with `{ code, message }`;
 * - a request over 5,000,000 bytes is rejected (RequestPayloadSizeLimitExceeded), as Excel on
 *   the web does, and so is a response over 5,000,000 bytes (ResponsePayloadSizeLimitExceeded;
 *   the operations ran, nothing loaded is readable); every sync is recorded with its operation
 *   count, request bytes and response bytes;
 * - strings written to cells are parsed like typed input: "=..." is a formula, "+84" and "@x"
 *   are formulas too, "12" or "(1)" numbers, "TRUE" a boolean, a leading apostrophe makes text
 *   (not stored); a cell formatted "@" keeps any string as text;
 * - APIs above the configured ExcelApi version fail at sync (ApiNotFound);
 * - `worksheets.add` fails on a taken name (case-insensitive), and so does a rename;
 * - `getRanges` fails above 500 areas or 8,192 characters; `getMergedAreasOrNullObject` above
 *   512 areas;
 * - `getRanges` takes the areas separated by the list separator of the regional format: given a
 *   `locale` (Excel on Windows with that regional format), only that locale's separator (vi-VN,
 *   de-DE: ";", en-US: ","), the other one fails with InvalidArgument, as reported in
 *   https://github.com/OfficeDev/office-js/issues/1167 and /issues/1985; without a locale (Excel
 *   on the web) "," or ";", as office.d.ts documents ("comma-separated or semicolon-separated");
 * - loading the values or formulas (or cell properties) of a range above 5,000,000 cells fails
 *   with RangeExceedsLimit ("A range is limited to 5,000,000 cells for read operations",
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * - `failOperation(name)` makes every operation of that name fail when it runs (an option this
 *   Excel does not support, a printer-dependent page setting...).
 *
 * Payload bytes of an operation: 150 (its action and object path records) + the UTF-8 JSON of
 * its arguments, a little above what Office.js sends (about 110 + 130 bytes per action and path).
 * Response bytes: the UTF-8 JSON of every value loaded (a range's `values` is most of it).
 *
 * Protected sheets: `protect(name)` makes any write to that sheet a recorded violation (and a
 * failed sync), so a test fails whatever the code under test does with the error.
 *
 * Fonts: every cell shows the workbook's default font (`defaultFont`, Calibri) unless a font name
 * was seeded (`setFont`) or written (`format.font.name`) over it. `range.load("format/font/name")`
 * gives the range's one font, or null when its cells differ; `getColumnProperties` and
 * `getCellProperties` (ExcelApi 1.9) give the font name per column (null when mixed) and per cell.
 */

import type { CellRange } from "../../../core/types";
import type {
  BorderIndex,
  Table,
  TableCollection,
  Chart,
  ChartSeries,
  ChartType,
  ClientResult,
  DataValidation,
  ExcelContext,
  FontNameLoadOptions,
  FontNameProperties,
  HeaderFooter,
  HeaderFooterGroup,
  IsSetSupported,
  PageLayout,
  Range,
  RangeAreas,
  RangeBorder,
  RangeFormat,
  SheetVisibility,
  Worksheet,
  WorksheetCollection,
} from "../excelApi";

export const WEB_PAYLOAD_LIMIT = 5_000_000;
/** Excel's limit on the cells of one range read (RangeExceedsLimit). */
export const READ_CELL_LIMIT = 5_000_000;
const OP_BYTES = 150;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export type StoredCell =
  | { kind: "text"; text: string; quotePrefix: boolean }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string }
  | { kind: "error"; error: string };

export interface BorderState {
  style: string;
  weight?: string;
}

/** The formatting of one cell, resolved from every format write that covered it. */
export interface CellFormat {
  font: Record<string, unknown>;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  numberFormat?: string;
  borders: { top?: BorderState; bottom?: BorderState; left?: BorderState; right?: BorderState };
}

export interface ChartModel {
  type: ChartType;
  source: string;
  seriesBy?: string;
  series: { name?: string; values?: string; xValues?: string }[];
  title?: string;
  position?: { start: string; end?: string };
}

interface SheetModel {
  id: string;
  name: string;
  visibility: SheetVisibility;
  cells: Map<number, StoredCell>;
  merges: CellRange[];
  formats: { blocks: CellRange[]; path: string; value: unknown }[];
  numberFormats: { block: CellRange; format: string }[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** A list read from a range keeps a live reference: it follows a rename, as in Excel. */
  validations: {
    block: CellRange;
    inCellDropDown: boolean;
    source: string | { sheet: SheetModel; block: CellRange };
  }[];
  frozenRows: number;
  charts: ChartModel[];
  page: Record<string, unknown>;
  active: boolean;
}

export interface RequestRecord {
  sync: number;
  ops: number;
  bytes: number;
  /** Bytes of the response: the JSON of what the sync's loads returned. */
  responseBytes: number;
  /** Operation names in order, e.g. "worksheets.add", "range.formulas". */
  names: string[];
}

export interface FakeOptions {
  /** Highest ExcelApi version supported, e.g. "1.8"; default "1.13". */
  excelApi?: string;
  /** Payload limit per request; default 5,000,000 (Excel on the web). */
  payloadLimit?: number;
  /** Payload limit per response; default 5,000,000 (Excel on the web). */
  responseLimit?: number;
  /** The workbook's default font (the Normal style's); default "Calibri". */
  defaultFont?: string;
  /**
   * The regional format of Excel on Windows, e.g. "vi-VN": `getRanges` then takes only its list
   * separator (";" where the decimal separator is ","). None: Excel on the web, "," or ";".
   */
  locale?: string;
  /** Cells one range read may cover; default 5,000,000. */
  cellLimit?: number;
}

interface Op {
  name: string;
  bytes: number;
  /** `publish(f, bytes)`: `f` makes loaded values readable after the sync; `bytes` they weigh. */
  run(publish: Publish): void;
}

type Publish = (f: () => void, responseBytes?: number) => void;

class FakeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

export class RecordingExcel {
  readonly requests: RequestRecord[] = [];
  readonly violations: string[] = [];
  readonly isSetSupported: IsSetSupported;
  readonly context: ExcelContext;

  private readonly sheets: SheetModel[] = [];
  private readonly tables = new Map<string, { name: string; sheet: string; block: CellRange }>();
  private selection?: { sheet: string; block: CellRange };
  private selectedBy?: "seed" | "api";
  private readonly protectedSheets = new Set<string>();
  private queue: Op[] = [];
  private nextFailure?: { afterOps: number; code: string; message: string };
  private failuresAfter: { afterOps: number; code: string; message: string }[] = [];
  private readonly failingOps = new Map<string, { code: string; message: string }>();
  private nextId = 1;
  private readonly version: number[];
  private readonly payloadLimit: number;
  private readonly responseLimit: number;
  /** @internal */
  readonly defaultFont: string;
  /** @internal The separators `getRanges` takes. */
  readonly areaSeparators: readonly string[];
  /** @internal */
  readonly cellLimit: number;

  constructor(options: FakeOptions = {}) {
    this.defaultFont = options.defaultFont ?? "Calibri";
    this.areaSeparators = options.locale === undefined ? [",", ";"] : [listSeparator(options.locale)];
    this.cellLimit = options.cellLimit ?? READ_CELL_LIMIT;
    this.version = parseVersion(options.excelApi ?? "1.13");
    this.payloadLimit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    this.responseLimit = options.responseLimit ?? WEB_PAYLOAD_LIMIT;
    this.isSetSupported = (name, minVersion) =>
      name === "ExcelApi" && compareVersion(this.version, parseVersion(minVersion)) >= 0;
    const workbook = {
      worksheets: new FakeWorksheets(this),
      tables: new FakeTables(this),
      getSelectedRange: (): Range => this.selectedRange(),
    };
    this.context = { workbook, sync: () => this.sync() };
  }

  // -------------------------------------------------------------------------------------------
  // Seeding (direct, not queued)

  /** Adds a sheet holding `rows` from `at` (A1 by default); `{ error: "#N/A" }` seeds an error. */
  addSheet(name: string, rows: unknown[][] = [], at = "A1"): void {
    const sheet = this.newSheet(name);
    const origin = parseRef(at);
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = seedCell(value);
        if (cell) sheet.cells.set(key(origin.top + i, origin.left + j), cell);
      }),
    );
  }

  addMerge(sheetName: string, address: string): void {
    this.model(sheetName).merges.push(parseRef(address));
  }

  /** Sets the font of a block, as the user would have (not recorded as a write). */
  setFont(sheetName: string, address: string, font: string): void {
    this.model(sheetName).formats.push({ blocks: [parseRef(address)], path: "font.name", value: font });
  }

  /** The font name a cell shows. */
  fontName(sheetName: string, address: string): string {
    const b = parseRef(address);
    return fontsOf(this.model(sheetName), this.defaultFont).at(b.top, b.left);
  }

  addTable(name: string, sheetName: string, address: string): void {
    this.tables.set(name.toLowerCase(), { name, sheet: sheetName, block: parseRef(address) });
  }

  select(sheetName: string, address: string): void {
    this.selection = { sheet: sheetName, block: parseRef(address) };
    this.selectedBy = "seed";
  }

  /** Hides a sheet (as the user would, before the code under test runs). */
  setVisibility(sheetName: string, visibility: SheetVisibility): void {
    this.model(sheetName).visibility = visibility;
  }

  /** Shows this sheet, as when the user clicks its tab. */
  activateSheet(sheetName: string): void {
    this.activate(this.model(sheetName));
  }

  /** Any later write to this sheet is a violation and fails the sync. */
  protect(sheetName: string): void {
    this.protectedSheets.add(sheetName.toLowerCase());
  }

  /** The next sync runs `afterOps` operations (default 0), then fails with `code`. */
  failNextSync(options: { afterOps?: number; code?: string; message?: string } = {}): void {
    this.nextFailure = {
      afterOps: options.afterOps ?? 0,
      code: options.code ?? "GeneralException",
      message: options.message ?? "Simulated failure",
    };
  }

  /** Like {@link failNextSync} for the n-th sync from now (1 = the next one). */
  failSync(n: number, options: { afterOps?: number; code?: string; message?: string } = {}): void {
    this.failuresAfter[n - 1] = {
      afterOps: options.afterOps ?? 0,
      code: options.code ?? "GeneralException",
      message: options.message ?? "Simulated failure",
    };
  }

  /** Every later operation named `name` (e.g. "pageLayout.zoom") fails when it runs. */
  failOperation(name: string, options: { code?: string; message?: string } = {}): void {
    this.failingOps.set(name, {
      code: options.code ?? "NotImplemented",
      message: options.message ?? `${name} is not supported`,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Inspection (direct)

  get syncCount(): number {
    return this.requests.length;
  }

  /** Operations queued and not yet synced. */
  get pending(): number {
    return this.queue.length;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  activeSheet(): string | undefined {
    return this.sheets.find((s) => s.active)?.name;
  }

  /** The selection: where the code under test put it with `Range.select()`, or the seeded one. */
  selected(): { sheet: string; address: string; by: "seed" | "api" } | undefined {
    if (!this.selection || !this.selectedBy) return undefined;
    return { sheet: this.selection.sheet, address: a1(this.selection.block), by: this.selectedBy };
  }

  visibility(sheetName: string): SheetVisibility {
    return this.model(sheetName).visibility;
  }

  cell(sheetName: string, address: string): StoredCell | undefined {
    const b = parseRef(address);
    return this.model(sheetName).cells.get(key(b.top, b.left));
  }

  /** Number of stored (non-empty) cells. */
  cellCount(sheetName: string): number {
    return this.model(sheetName).cells.size;
  }

  format(sheetName: string, address: string): CellFormat {
    const b = parseRef(address);
    return resolveFormat(this.model(sheetName), b.top, b.left);
  }

  merges(sheetName: string): CellRange[] {
    return this.model(sheetName).merges.map((m) => ({ ...m }));
  }

  columnWidth(sheetName: string, col: number): number | undefined {
    return this.model(sheetName).columnWidths.get(col);
  }

  rowHeight(sheetName: string, row: number): number | undefined {
    return this.model(sheetName).rowHeights.get(row);
  }

  validations(
    sheetName: string,
  ): { block: CellRange; rule: { list: { inCellDropDown: boolean; source: string } } }[] {
    return this.model(sheetName).validations.map((v) => ({
      block: v.block,
      rule: {
        list: {
          inCellDropDown: v.inCellDropDown,
          source:
            typeof v.source === "string"
              ? v.source
              : `${quoteSheet(v.source.sheet.name)}!${a1(v.source.block)}`,
        },
      },
    }));
  }

  frozenRows(sheetName: string): number {
    return this.model(sheetName).frozenRows;
  }

  charts(sheetName: string): ChartModel[] {
    return this.model(sheetName).charts;
  }

  page(sheetName: string): Record<string, unknown> {
    return this.model(sheetName).page;
  }

  // -------------------------------------------------------------------------------------------
  // The queue

  /** @internal */
  enqueue(name: string, args: unknown[], run: Op["run"], write?: () => SheetModel | undefined): void {
    const bytes = OP_BYTES + utf8Length(JSON.stringify(args, describe) ?? "");
    this.queue.push({
      name,
      bytes,
      run: (publish) => {
        const failing = this.failingOps.get(name);
        if (failing) throw new FakeError(failing.code, failing.message);
        if (write) {
          const target = write();
          if (target && this.protectedSheets.has(target.name.toLowerCase())) {
            const message = `${name} writes to the protected sheet “${target.name}”`;
            this.violations.push(message);
            throw new FakeError("AccessDenied", message);
          }
        }
        run(publish);
      },
    });
  }

  /** @internal An operation that needs ExcelApi `version`: fails at sync when not supported. */
  needs(version: string, what: string): void {
    if (compareVersion(this.version, parseVersion(version)) < 0) {
      this.enqueue(`unsupported ${what}`, [], () => {
        throw new FakeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
      });
    }
  }

  private async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((n, op) => n + op.bytes, 0);
    const record: RequestRecord = {
      sync: this.requests.length + 1,
      ops: ops.length,
      bytes,
      responseBytes: 0,
      names: ops.map((o) => o.name),
    };
    this.requests.push(record);
    const scheduled = this.failuresAfter.shift();
    const failure = this.nextFailure ?? scheduled;
    this.nextFailure = undefined;
    if (bytes > this.payloadLimit) {
      throw new FakeError("RequestPayloadSizeLimitExceeded", `Request of ${bytes} bytes`);
    }
    const published: (() => void)[] = [];
    const publish: Publish = (f, responseBytes = 0) => {
      published.push(f);
      record.responseBytes += responseBytes;
    };
    for (let i = 0; i < ops.length; i++) {
      if (failure && i >= failure.afterOps) throw new FakeError(failure.code, failure.message);
      (ops[i] as Op).run(publish);
    }
    if (failure && ops.length <= failure.afterOps) throw new FakeError(failure.code, failure.message);
    if (record.responseBytes > this.responseLimit) {
      throw new FakeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${record.responseBytes} bytes).`,
      );
    }
    for (const f of published) f();
  }

  // -------------------------------------------------------------------------------------------
  // Model access (@internal)

  /** @internal A block whose cells may be read; above the cell limit, RangeExceedsLimit. */
  readable(block: CellRange): CellRange {
    const cells = (block.bottom - block.top + 1) * (block.right - block.left + 1);
    if (cells > this.cellLimit) {
      throw new FakeError(
        "RangeExceedsLimit",
        `The cell count in the range has exceeded the maximum supported number (${cells} cells).`,
      );
    }
    return block;
  }

  newSheet(name: string): SheetModel {
    const problem = sheetNameProblem(name, this.sheets);
    if (problem) throw new FakeError(problem, `Invalid sheet name “${name}”`);
    const sheet: SheetModel = {
      id: `{${String(this.nextId++).padStart(8, "0")}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      formats: [],
      numberFormats: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      validations: [],
      frozenRows: 0,
      charts: [],
      page: {},
      active: this.sheets.length === 0,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const k = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === k);
  }

  model(nameOrId: string): SheetModel {
    const sheet = this.findSheet(nameOrId);
    if (!sheet) throw new FakeError("ItemNotFound", `No sheet “${nameOrId}”`);
    return sheet;
  }

  allSheets(): SheetModel[] {
    return this.sheets;
  }

  rename(sheet: SheetModel, name: string): void {
    const problem = sheetNameProblem(
      name,
      this.sheets.filter((s) => s !== sheet),
    );
    if (problem) throw new FakeError(problem, `Invalid sheet name “${name}”`);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new FakeError("ItemNotFound", "Sheet already deleted");
    this.sheets.splice(i, 1);
    if (sheet.active && this.sheets[0]) (this.sheets[0] as SheetModel).active = true;
  }

  activate(sheet: SheetModel): void {
    for (const s of this.sheets) s.active = s === sheet;
  }

  private tableRange(name: string): Range {
    const lookup = (): Located => {
      const t = this.tables.get(name.toLowerCase());
      if (!t) throw new FakeError("ItemNotFound", `No table “${name}”`);
      return { sheet: this.model(t.sheet), block: t.block };
    };
    const range = new FakeRange(this, "table.getRange", [name], lookup);
    return range;
  }

  /** @internal Tables in the order they were added, with their sheet. */
  allTables(): { name: string; sheet: string }[] {
    return [...this.tables.values()].map((t) => ({ name: t.name, sheet: t.sheet }));
  }

  /** @internal */
  tableRangeOf(name: string): Range {
    return this.tableRange(name);
  }

  /** @internal `Range.select()`: the range becomes the selection and its sheet the active one. */
  selectBlock(sheet: SheetModel, block: CellRange): void {
    this.activate(sheet);
    this.selection = { sheet: sheet.name, block: { ...block } };
    this.selectedBy = "api";
  }

  private selectedRange(): Range {
    return new FakeRange(this, "workbook.getSelectedRange", [], () => {
      if (!this.selection) throw new FakeError("InvalidSelection", "Nothing selected");
      return { sheet: this.model(this.selection.sheet), block: this.selection.block };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies

type Located = { sheet: SheetModel; block: CellRange } | null;

/** A property readable only after load + sync. */
class Loaded {
  private readonly values = new Map<string, unknown>();

  get<T>(name: string): T {
    if (!this.values.has(name))
      throw new FakeError("PropertyNotLoaded", `${name} is not loaded: call load() and sync()`);
    return this.values.get(name) as T;
  }

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
}

class FakeWorksheets implements WorksheetCollection {
  private readonly loaded = new Loaded();

  constructor(private readonly book: RecordingExcel) {}

  get items(): Worksheet[] {
    return this.loaded.get<Worksheet[]>("items");
  }

  load(propertyNames: string): unknown {
    this.book.enqueue("worksheets.load", [propertyNames], (publish) => {
      const sheets = this.book.allSheets();
      const snapshot = sheets.map((s) => {
        const ws = new FakeWorksheet(this.book, "item", [], () => s, true);
        ws.publishAll(s);
        return ws;
      });
      const json = sheets.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility }));
      publish(() => this.loaded.set("items", snapshot), jsonBytes(json));
    });
    return this;
  }

  add(name?: string): Worksheet {
    let created: SheetModel | undefined;
    this.book.enqueue(
      "worksheets.add",
      [name],
      () => {
        created = this.book.newSheet(name ?? `Sheet${this.book.allSheets().length + 1}`);
      },
      undefined,
    );
    return new FakeWorksheet(this.book, "added", [], () => {
      if (!created) throw new FakeError("InvalidObjectPath", "The sheet was not added");
      return created;
    });
  }

  getItem(keyName: string): Worksheet {
    let bound: SheetModel | undefined;
    this.book.enqueue("worksheets.getItem", [keyName], () => {
      bound = this.book.model(keyName);
    });
    return new FakeWorksheet(this.book, "item", [], () => {
      if (!bound) throw new FakeError("InvalidObjectPath", "Unbound worksheet");
      return bound;
    });
  }

  getActiveWorksheet(): Worksheet {
    let bound: SheetModel | undefined;
    this.book.enqueue("worksheets.getActiveWorksheet", [], () => {
      bound = this.book.allSheets().find((s) => s.active);
      if (!bound) throw new FakeError("ItemNotFound", "No active sheet");
    });
    return new FakeWorksheet(this.book, "active", [], () => {
      if (!bound) throw new FakeError("InvalidObjectPath", "Unbound worksheet");
      return bound;
    });
  }

  getItemOrNullObject(keyName: string): Worksheet {
    let bound: SheetModel | null | undefined;
    const ws = new FakeWorksheet(this.book, "item", [], () => {
      if (bound === undefined) throw new FakeError("InvalidObjectPath", "Unbound worksheet");
      if (bound === null) throw new FakeError("ItemNotFound", "Null object");
      return bound;
    });
    this.book.enqueue("worksheets.getItemOrNullObject", [keyName], (publish) => {
      bound = this.book.findSheet(keyName) ?? null;
      const isNull = bound === null;
      publish(() => ws.setNull(isNull));
    });
    return ws;
  }
}

/**
 * `workbook.tables`: `load("items/name,items/worksheet/name")` snapshots the tables; the
 * worksheet's name needs ExcelApi 1.2 (`Table.worksheet`).
 */
class FakeTables implements TableCollection {
  private readonly loaded = new Loaded();

  constructor(private readonly book: RecordingExcel) {}

  get items(): Table[] {
    return this.loaded.get<Table[]>("items");
  }

  load(propertyNames: string): unknown {
    const props = propertyNames.split(",").map((p) => p.trim().replace(/^items\//, ""));
    if (props.some((p) => p.startsWith("worksheet"))) this.book.needs("1.2", "Table.worksheet");
    this.book.enqueue("tables.load", [propertyNames], (publish) => {
      const tables = this.book.allTables().map((t) => ({ name: t.name, sheet: this.book.model(t.sheet) }));
      const snapshot = tables.map((t): Table => {
        const worksheet = new FakeWorksheet(this.book, "table.worksheet", [], () => t.sheet, true);
        if (props.includes("worksheet/name")) worksheet.publishAll(t.sheet);
        return {
          name: t.name,
          worksheet,
          getRange: () => this.book.tableRangeOf(t.name),
        };
      });
      const json = tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet.name } }));
      publish(() => this.loaded.set("items", snapshot), jsonBytes(json));
    });
    return this;
  }

  getItem(keyName: string): Table {
    const book = this.book;
    return {
      get name(): string {
        throw new FakeError("PropertyNotLoaded", "name");
      },
      get worksheet(): Worksheet {
        throw new FakeError("PropertyNotLoaded", "The fake gives a table's sheet through load()");
      },
      getRange: (): Range => book.tableRangeOf(keyName),
    };
  }
}

class FakeWorksheet implements Worksheet {
  private readonly loaded = new Loaded();

  constructor(
    private readonly book: RecordingExcel,
    readonly origin: string,
    readonly args: unknown[],
    readonly resolve: () => SheetModel,
    snapshot = false,
  ) {
    if (snapshot) this.loaded.set("isNullObject", false);
  }

  /** @internal */
  publishAll(s: SheetModel): void {
    this.loaded.set("name", s.name);
    this.loaded.set("id", s.id);
    this.loaded.set("visibility", s.visibility);
  }

  /** @internal */
  setNull(isNull: boolean): void {
    this.loaded.set("isNullObject", isNull);
  }

  get name(): string {
    return this.loaded.get("name");
  }

  set name(value: string) {
    this.book.enqueue("worksheet.name", [value], () => this.book.rename(this.resolve(), value), this.resolve);
  }

  get id(): string {
    return this.loaded.get("id");
  }

  get visibility(): SheetVisibility {
    return this.loaded.get("visibility");
  }

  set visibility(value: SheetVisibility) {
    this.book.enqueue(
      "worksheet.visibility",
      [value],
      () => {
        this.resolve().visibility = value;
      },
      this.resolve,
    );
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }

  load(propertyNames: string): unknown {
    this.book.enqueue("worksheet.load", [propertyNames], (publish) => {
      let s: SheetModel | null;
      try {
        s = this.resolve();
      } catch (err) {
        if (err instanceof FakeError && err.message === "Null object") s = null;
        else throw err;
      }
      const props = propertyNames.split(",").map((p) => p.trim());
      const values = props.map(
        (p) => [p, s ? (s as unknown as Record<string, unknown>)[p] : undefined] as const,
      );
      publish(
        () => {
          for (const [p, v] of values) this.loaded.set(p, v);
        },
        jsonBytes(Object.fromEntries(values)),
      );
    });
    return this;
  }

  getRange(address?: string): Range {
    return new FakeRange(this.book, "worksheet.getRange", [address], () => {
      const sheet = this.resolve();
      return { sheet, block: address === undefined ? wholeSheet() : parseRef(address) };
    });
  }

  getRanges(address?: string): RangeAreas {
    this.book.needs("1.9", "Worksheet.getRanges");
    return new FakeRangeAreas(this.book, "worksheet.getRanges", [address], () => {
      const sheet = this.resolve();
      const text = address ?? "";
      const invalid = (): FakeError =>
        new FakeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      const separators = this.book.areaSeparators;
      const other = [",", ";"].filter((sep) => !separators.includes(sep));
      if (other.some((sep) => text.includes(sep))) throw invalid();
      const parts = text.split(/[,;]/).map((p) => p.trim());
      if (parts.length > 500 || text.length > 8192) throw invalid();
      return { sheet, blocks: parts.map(parseRef) };
    });
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return new FakeRange(this.book, "worksheet.getUsedRange", [valuesOnly], () => {
      const sheet = this.resolve();
      return { sheet, block: usedBlock(sheet) };
    });
  }

  get freezePanes(): Worksheet["freezePanes"] {
    return {
      freezeRows: (count?: number) => {
        this.book.needs("1.7", "WorksheetFreezePanes.freezeRows");
        this.book.enqueue(
          "freezePanes.freezeRows",
          [count],
          () => {
            this.resolve().frozenRows = count ?? 1;
          },
          this.resolve,
        );
      },
    };
  }

  get pageLayout(): PageLayout {
    this.book.needs("1.9", "Worksheet.pageLayout");
    return new FakePageLayout(this.book, this.resolve);
  }

  /** Page breaks are recorded in the sheet's `page.rowBreaks` (the cells above which a page starts). */
  get horizontalPageBreaks(): Worksheet["horizontalPageBreaks"] {
    this.book.needs("1.9", "Worksheet.horizontalPageBreaks");
    return {
      add: (pageBreakRange: Range | string) => {
        if (typeof pageBreakRange !== "string") throw new TypeError("the fake takes an address");
        this.book.enqueue(
          "horizontalPageBreaks.add",
          [pageBreakRange],
          () => {
            const page = this.resolve().page;
            page.rowBreaks = [...((page.rowBreaks as string[] | undefined) ?? []), pageBreakRange];
          },
          this.resolve,
        );
        return {};
      },
    };
  }

  get charts(): Worksheet["charts"] {
    return {
      add: (type: ChartType, sourceData: Range, seriesBy?: "Auto" | "Columns" | "Rows"): Chart => {
        const chart = new FakeChart(this.book, this.resolve);
        this.book.enqueue(
          "charts.add",
          [type, sourceData, seriesBy],
          () => {
            const src = (sourceData as FakeRange).locate();
            if (!src) throw new FakeError("InvalidArgument", "Null source range");
            chart.bind(addChart(this.resolve(), type, src, seriesBy));
          },
          this.resolve,
        );
        return chart;
      },
    };
  }

  activate(): void {
    this.book.enqueue("worksheet.activate", [], () => this.book.activate(this.resolve()));
  }

  delete(): void {
    this.book.enqueue("worksheet.delete", [], () => this.book.deleteSheet(this.resolve()), this.resolve);
  }
}

class FakeRange implements Range {
  private readonly loaded = new Loaded();
  private bound?: Located;

  constructor(
    private readonly book: RecordingExcel,
    name: string,
    args: unknown[],
    locate: () => Located,
    private readonly nullable = false,
  ) {
    book.enqueue(name, args, () => {
      this.bound = locate();
      if (this.bound === null && !this.nullable) throw new FakeError("ItemNotFound", "Null range");
    });
  }

  /** @internal The range at execution time (null: a null object). */
  locate(): Located {
    if (this.bound === undefined) throw new FakeError("InvalidObjectPath", "Unbound range");
    return this.bound;
  }

  private target(): { sheet: SheetModel; block: CellRange } {
    const at = this.locate();
    if (!at) throw new FakeError("ItemNotFound", "Null range");
    return at;
  }

  private sheetOf = (): SheetModel => this.target().sheet;

  get address(): string {
    return this.loaded.get("address");
  }

  get values(): unknown[][] {
    return this.loaded.get("values");
  }

  set values(input: unknown[][]) {
    this.book.enqueue("range.values", [input], () => writeCells(this.target(), input), this.sheetOf);
  }

  get formulas(): unknown[][] | string {
    return this.loaded.get("formulas");
  }

  set formulas(input: unknown[][] | string) {
    this.book.enqueue("range.formulas", [input], () => writeCells(this.target(), input), this.sheetOf);
  }

  get numberFormat(): unknown[][] | string {
    return this.loaded.get("numberFormat");
  }

  set numberFormat(input: unknown[][] | string) {
    this.book.enqueue(
      "range.numberFormat",
      [input],
      () => {
        const { sheet, block } = this.target();
        if (typeof input !== "string")
          throw new FakeError("InvalidArgument", "The fake takes one number format");
        sheet.numberFormats.push({ block, format: input });
      },
      this.sheetOf,
    );
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }

  get format(): RangeFormat {
    return new FakeFormat(
      this.book,
      () => {
        const { sheet, block } = this.target();
        return { sheet, blocks: [block] };
      },
      () => this.loaded.get("format/font/name"),
    );
  }

  getColumnProperties(options: FontNameLoadOptions): ClientResult<FontNameProperties[]> {
    this.book.needs("1.9", "Range.getColumnProperties");
    const result = new FakeResult<FontNameProperties[]>();
    this.book.enqueue("range.getColumnProperties", [options], (publish) => {
      const { sheet, block } = this.target();
      const fonts = fontsOf(sheet, this.book.defaultFont);
      const value: FontNameProperties[] = [];
      for (let c = block.left; c <= block.right; c++) {
        const name = fonts.uniform({ top: block.top, left: c, bottom: block.bottom, right: c });
        value.push(wantsFontName(options) ? { format: { font: { name } } } : {});
      }
      publish(() => result.set(value), jsonBytes(value));
    });
    return result;
  }

  getCellProperties(options: FontNameLoadOptions): ClientResult<FontNameProperties[][]> {
    this.book.needs("1.9", "Range.getCellProperties");
    const result = new FakeResult<FontNameProperties[][]>();
    this.book.enqueue("range.getCellProperties", [options], (publish) => {
      const { sheet } = this.target();
      const block = this.book.readable(this.target().block);
      const fonts = fontsOf(sheet, this.book.defaultFont);
      const value: FontNameProperties[][] = [];
      for (let r = block.top; r <= block.bottom; r++) {
        const row: FontNameProperties[] = [];
        for (let c = block.left; c <= block.right; c++)
          row.push(wantsFontName(options) ? { format: { font: { name: fonts.at(r, c) } } } : {});
        value.push(row);
      }
      publish(() => result.set(value), jsonBytes(value));
    });
    return result;
  }

  get dataValidation(): DataValidation {
    this.book.needs("1.8", "Range.dataValidation");
    return setterObject<DataValidation>(["rule"], (_p, v) => this.setRule(v as DataValidation["rule"]));
  }

  private setRule(rule: DataValidation["rule"]): void {
    this.book.enqueue(
      "dataValidation.rule",
      [rule],
      () => {
        const { sheet, block } = this.target();
        const list = rule.list;
        if (!list) throw new FakeError("InvalidArgument", "The fake takes list rules only");
        let source: SheetModel["validations"][number]["source"];
        if (typeof list.source === "string") {
          source = list.source;
        } else {
          const at = (list.source as FakeRange).locate();
          if (!at) throw new FakeError("InvalidArgument", "Null list source");
          source = at;
        }
        sheet.validations.push({ block, inCellDropDown: list.inCellDropDown, source });
      },
      this.sheetOf,
    );
  }

  get worksheet(): Worksheet {
    return new FakeWorksheet(this.book, "range.worksheet", [], () => this.target().sheet);
  }

  load(propertyNames: string): unknown {
    this.book.enqueue("range.load", [propertyNames], (publish) => {
      const at = this.locate();
      const props = propertyNames.split(",").map((p) => p.trim());
      const out: [string, unknown][] = [["isNullObject", at === null]];
      for (const p of props) {
        if (!at) out.push([p, undefined]);
        else if (p === "address") out.push([p, `${quoteSheet(at.sheet.name)}!${a1(at.block)}`]);
        else if (p === "values") out.push([p, readValues(at.sheet, this.book.readable(at.block))]);
        else if (p === "formulas") out.push([p, readFormulas(at.sheet, this.book.readable(at.block))]);
        else if (p === "format/font/name")
          out.push([p, fontsOf(at.sheet, this.book.defaultFont).uniform(at.block)]);
        else throw new FakeError("InvalidArgument", `The fake cannot load ${p}`);
      }
      publish(
        () => {
          for (const [p, v] of out) this.loaded.set(p, v);
        },
        jsonBytes(Object.fromEntries(out)),
      );
    });
    return this;
  }

  merge(across?: boolean): void {
    this.book.enqueue(
      "range.merge",
      [across],
      () => {
        const { sheet, block } = this.target();
        if (across) throw new FakeError("InvalidArgument", "The fake merges whole blocks only");
        if (sheet.merges.some((m) => overlaps(m, block)))
          throw new FakeError("InvalidOperation", "Overlapping merge");
        for (const k of [...sheet.cells.keys()]) {
          const { row, col } = fromKey(k);
          if (inBlock(block, row, col) && !(row === block.top && col === block.left)) sheet.cells.delete(k);
        }
        sheet.merges.push({ ...block });
      },
      this.sheetOf,
    );
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return new FakeRange(
      this.book,
      "range.getIntersectionOrNullObject",
      [anotherRange],
      () => {
        const { sheet, block } = this.target();
        const other =
          typeof anotherRange === "string"
            ? parseRef(anotherRange)
            : (anotherRange as FakeRange).target().block;
        const top = Math.max(block.top, other.top);
        const left = Math.max(block.left, other.left);
        const bottom = Math.min(block.bottom, other.bottom);
        const right = Math.min(block.right, other.right);
        return top <= bottom && left <= right ? { sheet, block: { top, left, bottom, right } } : null;
      },
      true,
    );
  }

  select(): void {
    this.book.enqueue("range.select", [], () => {
      const { sheet, block } = this.target();
      this.book.selectBlock(sheet, block);
    });
  }

  getMergedAreasOrNullObject(): RangeAreas {
    this.book.needs("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this.book,
      "range.getMergedAreasOrNullObject",
      [],
      () => {
        const { sheet, block } = this.target();
        const areas = sheet.merges.filter((m) => inBlock(block, m.top, m.left));
        if (areas.length > 512) throw new FakeError("GeneralException", "More than 512 merged areas");
        return areas.length === 0 ? null : { sheet, blocks: areas };
      },
      true,
    );
  }
}

class FakeRangeAreas implements RangeAreas {
  private readonly loaded = new Loaded();
  private bound?: { sheet: SheetModel; blocks: CellRange[] } | null;

  constructor(
    private readonly book: RecordingExcel,
    name: string,
    args: unknown[],
    locate: () => { sheet: SheetModel; blocks: CellRange[] } | null,
    private readonly nullable = false,
  ) {
    book.enqueue(name, args, () => {
      this.bound = locate();
      if (this.bound === null && !this.nullable) throw new FakeError("ItemNotFound", "Null range areas");
    });
  }

  private target(): { sheet: SheetModel; blocks: CellRange[] } {
    if (this.bound === undefined) throw new FakeError("InvalidObjectPath", "Unbound range areas");
    if (this.bound === null) throw new FakeError("ItemNotFound", "Null range areas");
    return this.bound;
  }

  get address(): string {
    return this.loaded.get("address");
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }

  get format(): RangeFormat {
    return new FakeFormat(this.book, () => this.target());
  }

  load(propertyNames: string): unknown {
    this.book.enqueue("rangeAreas.load", [propertyNames], (publish) => {
      if (this.bound === undefined) throw new FakeError("InvalidObjectPath", "Unbound range areas");
      const at = this.bound;
      const address = at
        ? at.blocks.map((b) => `${quoteSheet(at.sheet.name)}!${a1(b)}`).join(", ")
        : undefined;
      publish(() => {
        this.loaded.set("isNullObject", at === null);
        if (propertyNames.split(",").some((p) => p.trim() === "address")) this.loaded.set("address", address);
      }, jsonBytes({ address }));
    });
    return this;
  }
}

type FormatTarget = () => { sheet: SheetModel; blocks: CellRange[] };

/** RangeFormat, RangeFont, RangeFill and RangeBorder: every set is one recorded write. */
class FakeFormat implements RangeFormat {
  constructor(
    private readonly book: RecordingExcel,
    private readonly target: FormatTarget,
    /** The range's loaded `format/font/name` (throws PropertyNotLoaded when it was not loaded). */
    private readonly loadedFontName?: () => unknown,
  ) {}

  private set(path: string, value: unknown, version?: string): void {
    if (version) this.book.needs(version, `RangeFormat.${path}`);
    this.book.enqueue(
      `format.${path}`,
      [value],
      () => {
        const { sheet, blocks } = this.target();
        sheet.formats.push({ blocks, path, value });
        if (path === "columnWidth") {
          for (const b of blocks)
            for (let c = b.left; c <= b.right; c++) sheet.columnWidths.set(c, value as number);
        }
        if (path === "rowHeight") {
          for (const b of blocks)
            for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r, value as number);
        }
      },
      () => this.target().sheet,
    );
  }

  get font(): RangeFormat["font"] {
    const loaded = this.loadedFontName;
    return setterObject(
      ["name", "size", "bold", "italic", "underline", "color"],
      (p, v) => this.set(`font.${p}`, v),
      loaded ? { name: loaded } : {},
    );
  }

  get fill(): RangeFormat["fill"] {
    return setterObject(["color"], (p, v) => this.set(`fill.${p}`, v));
  }

  get borders(): RangeFormat["borders"] {
    return {
      getItem: (index: BorderIndex): RangeBorder =>
        setterObject(["style", "weight"], (p, v) => this.set(`borders.${index}.${p}`, v)),
    };
  }

  set horizontalAlignment(v: RangeFormat["horizontalAlignment"]) {
    this.set("horizontalAlignment", v);
  }

  set verticalAlignment(v: RangeFormat["verticalAlignment"]) {
    this.set("verticalAlignment", v);
  }

  set wrapText(v: boolean) {
    this.set("wrapText", v);
  }

  set indentLevel(v: number) {
    this.set("indentLevel", v, "1.9");
  }

  set columnWidth(v: number) {
    this.set("columnWidth", v, "1.2");
  }

  set rowHeight(v: number) {
    this.set("rowHeight", v, "1.2");
  }

  get horizontalAlignment(): RangeFormat["horizontalAlignment"] {
    throw new FakeError("PropertyNotLoaded", "horizontalAlignment");
  }

  get verticalAlignment(): RangeFormat["verticalAlignment"] {
    throw new FakeError("PropertyNotLoaded", "verticalAlignment");
  }

  get wrapText(): boolean {
    throw new FakeError("PropertyNotLoaded", "wrapText");
  }

  get indentLevel(): number {
    throw new FakeError("PropertyNotLoaded", "indentLevel");
  }

  get columnWidth(): number {
    throw new FakeError("PropertyNotLoaded", "columnWidth");
  }

  get rowHeight(): number {
    throw new FakeError("PropertyNotLoaded", "rowHeight");
  }
}

class FakePageLayout implements PageLayout {
  constructor(
    private readonly book: RecordingExcel,
    private readonly sheet: () => SheetModel,
  ) {}

  private set(name: string, value: unknown): void {
    this.book.enqueue(
      `pageLayout.${name}`,
      [value],
      () => {
        this.sheet().page[name] = value;
      },
      this.sheet,
    );
  }

  set paperSize(v: PageLayout["paperSize"]) {
    this.set("paperSize", v);
  }
  set orientation(v: PageLayout["orientation"]) {
    this.set("orientation", v);
  }
  set topMargin(v: number) {
    this.set("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.set("bottomMargin", v);
  }
  set leftMargin(v: number) {
    this.set("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.set("rightMargin", v);
  }
  set headerMargin(v: number) {
    this.set("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.set("footerMargin", v);
  }
  set zoom(v: PageLayout["zoom"]) {
    this.set("zoom", { ...v });
  }
  get paperSize(): PageLayout["paperSize"] {
    throw new FakeError("PropertyNotLoaded", "paperSize");
  }
  get orientation(): PageLayout["orientation"] {
    throw new FakeError("PropertyNotLoaded", "orientation");
  }
  get topMargin(): number {
    throw new FakeError("PropertyNotLoaded", "topMargin");
  }
  get bottomMargin(): number {
    throw new FakeError("PropertyNotLoaded", "bottomMargin");
  }
  get leftMargin(): number {
    throw new FakeError("PropertyNotLoaded", "leftMargin");
  }
  get rightMargin(): number {
    throw new FakeError("PropertyNotLoaded", "rightMargin");
  }
  get headerMargin(): number {
    throw new FakeError("PropertyNotLoaded", "headerMargin");
  }
  get footerMargin(): number {
    throw new FakeError("PropertyNotLoaded", "footerMargin");
  }
  get zoom(): PageLayout["zoom"] {
    // Writable parent: setting zoom.x would be lost, as in Office.js.
    throw new FakeError("PropertyNotLoaded", "zoom must be set as one object");
  }

  get headersFooters(): HeaderFooterGroup {
    const header = (which: string): HeaderFooter =>
      setterObject(["centerHeader"], (p, v) => this.set(`headersFooters.${which}.${p}`, v));
    const set = (name: string, value: unknown): void => this.set(`headersFooters.${name}`, value);
    return {
      get state(): HeaderFooterGroup["state"] {
        throw new FakeError("PropertyNotLoaded", "state");
      },
      set state(v: HeaderFooterGroup["state"]) {
        set("state", v);
      },
      defaultForAllPages: header("defaultForAllPages"),
      firstPage: header("firstPage"),
    };
  }

  setPrintTitleRows(printTitleRows: Range | string): void {
    if (typeof printTitleRows !== "string")
      throw new FakeError("InvalidArgument", "The fake takes an address");
    this.set("printTitleRows", printTitleRows);
  }
}

class FakeChart implements Chart {
  private model?: ChartModel;

  constructor(
    private readonly book: RecordingExcel,
    private readonly sheet: () => SheetModel,
  ) {}

  /** @internal */
  bind(model: ChartModel): void {
    this.model = model;
  }

  private chart(): ChartModel {
    if (!this.model) throw new FakeError("InvalidObjectPath", "Unbound chart");
    return this.model;
  }

  get title(): Chart["title"] {
    return setterObject(["text"], (_p, v) =>
      this.book.enqueue(
        "chart.title.text",
        [v],
        () => {
          this.chart().title = v as string;
        },
        this.sheet,
      ),
    );
  }

  get series(): Chart["series"] {
    return {
      getItemAt: (index: number) =>
        this.seriesProxy(() => {
          const s = this.chart().series[index];
          if (!s) throw new FakeError("ItemNotFound", `No series ${index}`);
          return s;
        }),
      add: (name?: string) => {
        this.book.needs("1.7", "ChartSeriesCollection.add");
        let created: ChartModel["series"][number] | undefined;
        this.book.enqueue(
          "chart.series.add",
          [name],
          () => {
            created = { name };
            this.chart().series.push(created);
          },
          this.sheet,
        );
        return this.seriesProxy(() => {
          if (!created) throw new FakeError("InvalidObjectPath", "Unbound series");
          return created;
        });
      },
    };
  }

  private seriesProxy(get: () => ChartModel["series"][number]): ChartSeries {
    const book = this.book;
    const sheet = this.sheet;
    const rangeAddress = (r: Range): string => {
      const at = (r as FakeRange).locate();
      if (!at) throw new FakeError("InvalidArgument", "Null range");
      return a1(at.block);
    };
    return {
      get name(): string {
        throw new FakeError("PropertyNotLoaded", "name");
      },
      set name(v: string) {
        book.enqueue(
          "series.name",
          [v],
          () => {
            get().name = v;
          },
          sheet,
        );
      },
      setValues(r: Range) {
        book.needs("1.7", "ChartSeries.setValues");
        book.enqueue(
          "series.setValues",
          [r],
          () => {
            get().values = rangeAddress(r);
          },
          sheet,
        );
      },
      setXAxisValues(r: Range) {
        book.needs("1.7", "ChartSeries.setXAxisValues");
        book.enqueue(
          "series.setXAxisValues",
          [r],
          () => {
            get().xValues = rangeAddress(r);
          },
          sheet,
        );
      },
    };
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this.book.enqueue(
      "chart.setPosition",
      [startCell, endCell],
      () => {
        if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string")) {
          throw new FakeError("InvalidArgument", "The fake takes addresses");
        }
        this.chart().position = { start: startCell, end: endCell };
      },
      this.sheet,
    );
  }
}

/**
 * A chart on `source`, the way Excel splits a block into series: with `Columns`, a first column
 * of text is the categories and every other column a series.
 */
function addChart(
  sheet: SheetModel,
  type: ChartType,
  src: { sheet: SheetModel; block: CellRange },
  seriesBy?: string,
): ChartModel {
  const b = src.block;
  const byRows = seriesBy === "Rows";
  const chart: ChartModel = { type, source: a1(b), seriesBy, series: [] };
  const lines = byRows ? b.bottom - b.top + 1 : b.right - b.left + 1;
  const line = (i: number): CellRange =>
    byRows
      ? { top: b.top + i, left: b.left, bottom: b.top + i, right: b.right }
      : { top: b.top, left: b.left + i, bottom: b.bottom, right: b.left + i };
  const first = line(0);
  const textFirst =
    lines > 1 && [...cellsOf(first)].every(([r, c]) => src.sheet.cells.get(key(r, c))?.kind === "text");
  for (let i = textFirst ? 1 : 0; i < lines; i++) {
    chart.series.push({ values: a1(line(i)), xValues: textFirst ? a1(first) : undefined });
  }
  sheet.charts.push(chart);
  return chart;
}

// ---------------------------------------------------------------------------------------------
// Fonts

/** A ClientResult whose value is readable after the sync that computed it. */
class FakeResult<T> implements ClientResult<T> {
  private loaded = false;
  private result?: T;

  get value(): T {
    if (!this.loaded) throw new FakeError("PropertyNotLoaded", "value is not loaded: call sync()");
    return this.result as T;
  }

  set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

function wantsFontName(options: FontNameLoadOptions): boolean {
  return Boolean(options?.format?.font?.name);
}

/** Font names of a sheet's cells: the last font written or seeded over a cell, else the default. */
function fontsOf(sheet: SheetModel, defaultFont: string) {
  const records = sheet.formats.filter((f) => f.path === "font.name");
  const at = (row: number, col: number): string => {
    for (let k = records.length - 1; k >= 0; k--) {
      const rec = records[k] as SheetModel["formats"][number];
      if (rec.blocks.some((b) => inBlock(b, row, col))) return String(rec.value);
    }
    return defaultFont;
  };
  return {
    at,
    /** The one font of a block, or null when its cells differ. */
    uniform(b: CellRange): string | null {
      if (!records.some((rec) => rec.blocks.some((x) => overlaps(x, b)))) return defaultFont;
      let first: string | undefined;
      for (let r = b.top; r <= b.bottom; r++) {
        for (let c = b.left; c <= b.right; c++) {
          const name = at(r, c);
          if (first === undefined) first = name;
          else if (name !== first) return null;
        }
      }
      return first ?? defaultFont;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Excel's parsing of typed input, enough for the tests. */
function parseInput(value: unknown, textFormat: boolean): StoredCell | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  const text = String(value);
  if (textFormat) return { kind: "text", text, quotePrefix: false };
  if (text.startsWith("'")) return { kind: "text", text: text.slice(1), quotePrefix: true };
  if (text.startsWith("=")) return { kind: "formula", formula: text };
  if (/^[+\-@]./.test(text)) return { kind: "formula", formula: `=${text}` };
  const number = typedNumber(text);
  if (number !== undefined) return { kind: "number", value: number };
  if (/^(true|false)$/i.test(text.trim())) return { kind: "boolean", value: /^true$/i.test(text.trim()) };
  if (/^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/.test(text)) return { kind: "error", error: text };
  return { kind: "text", text, quotePrefix: false };
}

/** "12", "1,000", "12.5%", "(1)", "05/02/2026": what Excel would turn into a number. */
function typedNumber(text: string): number | undefined {
  const t = text.trim();
  const paren = /^\((\d[\d,]*(?:\.\d+)?)\)$/.exec(t);
  if (paren) return -Number((paren[1] as string).replace(/,/g, ""));
  const plain = /^-?\d[\d,]*(?:\.\d+)?(%?)$/.exec(t);
  if (plain) {
    const n = Number(t.replace(/[,%]/g, ""));
    return plain[1] ? n / 100 : n;
  }
  if (/^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(t)) return 45000; // some date serial
  return undefined;
}

function seedCell(value: unknown): StoredCell | undefined {
  if (value && typeof value === "object" && "error" in value)
    return { kind: "error", error: String(value.error) };
  if (value && typeof value === "object" && "formula" in value)
    return { kind: "formula", formula: String(value.formula) };
  if (typeof value === "string")
    return value === "" ? undefined : { kind: "text", text: value, quotePrefix: false };
  return parseInput(value, false);
}

function writeCells(at: { sheet: SheetModel; block: CellRange }, input: unknown[][] | string): void {
  const { sheet, block } = at;
  const rows = block.bottom - block.top + 1;
  const cols = block.right - block.left + 1;
  if (typeof input !== "string") {
    if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeError("InvalidArgument", `The array is not ${rows} × ${cols}`);
    }
  }
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = typeof input === "string" ? input : (input[i] as unknown[])[j];
      const row = block.top + i;
      const col = block.left + j;
      const cell = parseInput(value, numberFormatAt(sheet, row, col) === "@");
      if (cell) sheet.cells.set(key(row, col), cell);
      else sheet.cells.delete(key(row, col));
    }
  }
}

function numberFormatAt(sheet: SheetModel, row: number, col: number): string | undefined {
  for (let i = sheet.numberFormats.length - 1; i >= 0; i--) {
    const nf = sheet.numberFormats[i] as { block: CellRange; format: string };
    if (inBlock(nf.block, row, col)) return nf.format;
  }
  return undefined;
}

function readValues(sheet: SheetModel, b: CellRange): unknown[][] {
  const out: unknown[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row: unknown[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const cell = sheet.cells.get(key(r, c));
      if (!cell) row.push("");
      else if (cell.kind === "text") row.push(cell.text);
      else if (cell.kind === "error") row.push(cell.error);
      else if (cell.kind === "formula")
        row.push(0); // the fake does not calculate
      else row.push(cell.value);
    }
    out.push(row);
  }
  return out;
}

function readFormulas(sheet: SheetModel, b: CellRange): unknown[][] {
  return readValues(sheet, b).map((row, i) =>
    row.map((v, j) => {
      const cell = sheet.cells.get(key(b.top + i, b.left + j));
      return cell?.kind === "formula" ? cell.formula : v;
    }),
  );
}

function usedBlock(sheet: SheetModel): CellRange {
  if (sheet.cells.size === 0) return { top: 1, left: 1, bottom: 1, right: 1 };
  let top = MAX_ROWS;
  let left = MAX_COLS;
  let bottom = 1;
  let right = 1;
  const width = MAX_COLS + 1;
  for (const k of sheet.cells.keys()) {
    // fromKey inline: no object per cell (a 100,000-row sheet has 600,000 keys).
    const row = Math.floor(k / width);
    const col = k - row * width;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  return { top, left, bottom, right };
}

function resolveFormat(sheet: SheetModel, row: number, col: number): CellFormat {
  const out: CellFormat = { font: {}, borders: {} };
  const nf = numberFormatAt(sheet, row, col);
  if (nf !== undefined) out.numberFormat = nf;
  for (const rec of sheet.formats) {
    for (const b of rec.blocks) {
      if (!inBlock(b, row, col)) continue;
      const parts = rec.path.split(".");
      if (parts[0] === "font") out.font[parts[1] as string] = rec.value;
      else if (parts[0] === "fill") out.fill = rec.value as string;
      else if (parts[0] === "borders") {
        const sides = borderSides(parts[1] as BorderIndex, b, row, col);
        for (const side of sides) {
          const current = { ...(out.borders[side] ?? { style: "None" }) };
          (current as unknown as Record<string, unknown>)[parts[2] as string] = rec.value;
          out.borders[side] = current;
        }
      } else if (parts[0] === "horizontalAlignment") out.horizontalAlignment = rec.value as string;
      else if (parts[0] === "verticalAlignment") out.verticalAlignment = rec.value as string;
      else if (parts[0] === "wrapText") out.wrapText = rec.value as boolean;
      else if (parts[0] === "indentLevel") out.indentLevel = rec.value as number;
    }
  }
  return out;
}

/** Which sides of cell (row, col) a border index of block `b` draws. */
function borderSides(
  index: BorderIndex,
  b: CellRange,
  row: number,
  col: number,
): ("top" | "bottom" | "left" | "right")[] {
  switch (index) {
    case "EdgeTop":
      return row === b.top ? ["top"] : [];
    case "EdgeBottom":
      return row === b.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return col === b.left ? ["left"] : [];
    case "EdgeRight":
      return col === b.right ? ["right"] : [];
    case "InsideHorizontal": {
      const sides: ("top" | "bottom")[] = [];
      if (row > b.top) sides.push("top");
      if (row < b.bottom) sides.push("bottom");
      return sides;
    }
    case "InsideVertical": {
      const sides: ("left" | "right")[] = [];
      if (col > b.left) sides.push("left");
      if (col < b.right) sides.push("right");
      return sides;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers (the fake's own address code: it must not share bugs with the code under test)

function key(row: number, col: number): number {
  return row * (MAX_COLS + 1) + col;
}

function fromKey(k: number): { row: number; col: number } {
  return { row: Math.floor(k / (MAX_COLS + 1)), col: k % (MAX_COLS + 1) };
}

function inBlock(b: CellRange, row: number, col: number): boolean {
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function* cellsOf(b: CellRange): Generator<[number, number]> {
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) yield [r, c];
}

function wholeSheet(): CellRange {
  return { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS };
}

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colNumber(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "A1", "A1:B2", "B:D", "5:7", "$8:$9". */
function parseRef(ref: string): CellRange {
  const t = ref.replace(/\$/g, "").trim();
  let m = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(t);
  if (m) {
    const top = Number(m[2]);
    const left = colNumber(m[1] as string);
    const bottom = m[4] ? Number(m[4]) : top;
    const right = m[3] ? colNumber(m[3]) : left;
    if (top < 1 || left < 1 || bottom < top || right < left || bottom > MAX_ROWS || right > MAX_COLS) {
      throw new FakeError("InvalidArgument", `Bad address ${ref}`);
    }
    return { top, left, bottom, right };
  }
  m = /^([A-Za-z]+):([A-Za-z]+)$/.exec(t);
  if (m)
    return { top: 1, left: colNumber(m[1] as string), bottom: MAX_ROWS, right: colNumber(m[2] as string) };
  m = /^(\d+):(\d+)$/.exec(t);
  if (m) return { top: Number(m[1]), left: 1, bottom: Number(m[2]), right: MAX_COLS };
  throw new FakeError("InvalidArgument", `Bad address ${ref}`);
}

function a1(b: CellRange): string {
  const first = `${letters(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? first : `${first}:${letters(b.right)}${b.bottom}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function sheetNameProblem(name: string, others: SheetModel[]): string | undefined {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    return "InvalidArgument";
  }
  if (name.toLowerCase() === "history") return "InvalidArgument";
  if (others.some((s) => s.name.toLowerCase() === name.toLowerCase())) return "ItemAlreadyExists";
  return undefined;
}

/** An object whose properties record a write when set; read, they throw (or give `getters`'). */
function setterObject<T extends object>(
  names: string[],
  onSet: (name: string, value: unknown) => void,
  getters: Record<string, () => unknown> = {},
): T {
  const obj = {};
  for (const name of names) {
    Object.defineProperty(obj, name, {
      get() {
        const get = getters[name];
        if (get) return get();
        throw new FakeError("PropertyNotLoaded", name);
      },
      set(value: unknown) {
        onSet(name, value);
      },
      enumerable: true,
    });
  }
  return obj as T;
}

/** JSON replacer: proxies in arguments count as a short reference, as in the real request. */
function describe(_key: string, value: unknown): unknown {
  if (value instanceof FakeRange || value instanceof FakeRangeAreas || value instanceof FakeWorksheet)
    return "{ref}";
  return value === undefined ? null : value;
}

/** Bytes of `value` as the JSON of a response. */
function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Each half of a surrogate pair adds 1: the pair is 2 + 2 = 4 bytes, as in UTF-8.
    if (code >= 0xd800 && code <= 0xdfff) bytes += 1;
    else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * The list separator of a Windows regional format: ";" where the decimal separator is "," (vi-VN,
 * de-DE, fr-FR...), "," elsewhere (en-US, ja-JP...), as Windows sets it by default.
 */
function listSeparator(locale: string): string {
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  return parts.find((p) => p.type === "decimal")?.value === "," ? ";" : ",";
}

function parseVersion(v: string): number[] {
  return v.split(".").map(Number);
}

function compareVersion(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
