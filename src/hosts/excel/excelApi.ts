/**
 * The slice of the Office.js Excel API this host uses, written out by hand: the project does not
 * depend on @types/office-js, and a small interface keeps the host testable against the recording
 * fake (fake/recordingExcel.ts). Every member below exists with this shape in the real API; the
 * comment gives the requirement set it needs (checked against the `office.d.ts` shipped in
 * @microsoft/office-js and https://learn.microsoft.com/javascript/api/excel).
 *
 * Office.js semantics the host relies on:
 * - Every call, property set and `load` is queued on the context and runs at the next
 *   `context.sync()`; a loaded property is readable only after that sync.
 * - A batch is not a transaction: when one queued operation fails, the ones before it stay done,
 *   the ones after it are not run, and `sync()` rejects.
 * - Excel on the web rejects a request or response larger than 5 MB
 *   (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 *   one `sync()` is one request.
 */

/** `Office.context.requirements.isSetSupported`, e.g. `("ExcelApi", "1.9")`. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** The error Office.js rejects a sync with (`OfficeExtension.Error`): `code` is e.g. "ItemNotFound". */
export interface OfficeError {
  code?: string;
  message?: string;
}

/** `Excel.RequestContext` (ExcelApi 1.1). */
export interface ExcelContext {
  readonly workbook: Workbook;
  sync(): Promise<unknown>;
}

/** `Excel.Workbook`. */
export interface Workbook {
  /** ExcelApi 1.1. */
  readonly worksheets: WorksheetCollection;
  /** ExcelApi 1.1. */
  readonly tables: TableCollection;
  /** ExcelApi 1.1; fails when the selection has several areas. */
  getSelectedRange(): Range;
}

/** `Excel.WorksheetCollection`. */
export interface WorksheetCollection {
  readonly items: Worksheet[];
  load(propertyNames: string): unknown;
  /** ExcelApi 1.1. Fails when the name is taken: an existing sheet is never replaced. */
  add(name?: string): Worksheet;
  /** ExcelApi 1.1: by name or id. */
  getItem(key: string): Worksheet;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): Worksheet;
  /** ExcelApi 1.1: the sheet shown in Excel. */
  getActiveWorksheet(): Worksheet;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** `Excel.Worksheet`. */
export interface Worksheet {
  /** ExcelApi 1.1; set to rename. */
  name: string;
  /** ExcelApi 1.1: stable across renames. */
  readonly id: string;
  /** ExcelApi 1.1; setting it: 1.2. */
  get visibility(): string;
  set visibility(value: SheetVisibility);
  readonly isNullObject: boolean;
  load(propertyNames: string): unknown;
  /** ExcelApi 1.1. */
  getRange(address?: string): Range;
  /** ExcelApi 1.9: comma-separated addresses. */
  getRanges(address?: string): RangeAreas;
  /** ExcelApi 1.1 (`valuesOnly` 1.2). Never fails: an empty sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): Range;
  /** ExcelApi 1.7. */
  readonly freezePanes: WorksheetFreezePanes;
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayout;
  /** ExcelApi 1.9. */
  readonly horizontalPageBreaks: PageBreakCollection;
  /** ExcelApi 1.1. */
  readonly charts: ChartCollection;
  /** ExcelApi 1.1. */
  activate(): void;
  /** ExcelApi 1.1. */
  delete(): void;
}

/** `Excel.Range`. Cell-level properties take a 2-D array, or one value for every cell. */
export interface Range {
  /** ExcelApi 1.1: with the sheet, e.g. "Sheet1!B3:F20" or "'Biểu 01'!A1". */
  readonly address: string;
  /** ExcelApi 1.1: raw values; errors come as their text ("#N/A"). */
  values: unknown[][];
  /** ExcelApi 1.1: A1 formulas in English; constants for cells without a formula. */
  formulas: unknown[][] | string;
  /** ExcelApi 1.1. */
  numberFormat: unknown[][] | string;
  readonly isNullObject: boolean;
  /** ExcelApi 1.1. */
  readonly format: RangeFormat;
  /** ExcelApi 1.8. */
  readonly dataValidation: DataValidation;
  /** ExcelApi 1.1. */
  readonly worksheet: Worksheet;
  load(propertyNames: string): unknown;
  /** ExcelApi 1.2. */
  merge(across?: boolean): void;
  /** ExcelApi 1.4. */
  getIntersectionOrNullObject(anotherRange: Range | string): Range;
  /** ExcelApi 1.13: merged areas whose top-left cell is in the range; fails above 512 areas. */
  getMergedAreasOrNullObject(): RangeAreas;
  /**
   * ExcelApi 1.9: for each column of the range, in order, the properties asked for; a property
   * whose value is not the same in every cell of the column is null.
   */
  getColumnProperties(options: FontNameLoadOptions): ClientResult<FontNameProperties[]>;
  /** ExcelApi 1.9: for each cell of the range (rows of columns), the properties asked for. */
  getCellProperties(options: FontNameLoadOptions): ClientResult<FontNameProperties[][]>;
  /** ExcelApi 1.1: selects the range in the Excel UI. */
  select(): void;
}

/** `OfficeExtension.ClientResult`: `value` is readable after the sync. */
export interface ClientResult<T> {
  readonly value: T;
}

/**
 * The slice of `Excel.CellPropertiesLoadOptions` / `ColumnPropertiesLoadOptions` the host asks for
 * (ExcelApi 1.9).
 */
export interface FontNameLoadOptions {
  format: { font: { name: true } };
}

/** The slice of `Excel.CellProperties` / `ColumnProperties` the host reads: the font's name (ExcelApi 1.9). */
export interface FontNameProperties {
  format?: { font?: { name?: string | null } };
}

/** `Excel.RangeAreas` (ExcelApi 1.9): setting a property sets it on every area. */
export interface RangeAreas {
  /** Comma-separated, each with the sheet: "Sheet1!A1:B2, Sheet1!D4:E4". */
  readonly address: string;
  readonly isNullObject: boolean;
  readonly format: RangeFormat;
  load(propertyNames: string): unknown;
}

export type HorizontalAlignment = "General" | "Left" | "Center" | "Right" | "Justify";
export type VerticalAlignment = "Top" | "Center" | "Bottom";

/** `Excel.RangeFormat`. */
export interface RangeFormat {
  readonly font: RangeFont;
  readonly fill: RangeFill;
  readonly borders: RangeBorderCollection;
  /** ExcelApi 1.1. */
  get horizontalAlignment(): string;
  set horizontalAlignment(value: HorizontalAlignment);
  /** ExcelApi 1.1. */
  get verticalAlignment(): string;
  set verticalAlignment(value: VerticalAlignment);
  /** ExcelApi 1.1. */
  wrapText: boolean;
  /** ExcelApi 1.9. */
  indentLevel: number;
  /** ExcelApi 1.2, in points (https://github.com/OfficeDev/office-js/issues/187). */
  columnWidth: number;
  /** ExcelApi 1.2, in points. */
  rowHeight: number;
}

/** `Excel.RangeFont` (ExcelApi 1.1). */
export interface RangeFont {
  /** Loaded through the range (`range.load("format/font/name")`); null when its cells differ. */
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  get underline(): string;
  set underline(value: "None" | "Single");
  /** "#RRGGBB". */
  color: string;
}

/** `Excel.RangeFill` (ExcelApi 1.1). */
export interface RangeFill {
  color: string;
}

export type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** `Excel.RangeBorderCollection` (ExcelApi 1.1). */
export interface RangeBorderCollection {
  getItem(index: BorderIndex): RangeBorder;
}

/** `Excel.RangeBorder` (ExcelApi 1.1). */
export interface RangeBorder {
  get style(): string;
  set style(value: "None" | "Continuous" | "Double");
  get weight(): string;
  set weight(value: "Hairline" | "Thin" | "Medium" | "Thick");
}

/** `Excel.DataValidation` (ExcelApi 1.8). */
export interface DataValidation {
  rule: { list?: { inCellDropDown: boolean; source: string | Range } };
}

/** `Excel.WorksheetFreezePanes` (ExcelApi 1.7). */
export interface WorksheetFreezePanes {
  freezeRows(count?: number): void;
}

/** `Excel.PageLayout` (ExcelApi 1.9): margins in points. */
export interface PageLayout {
  get paperSize(): string;
  set paperSize(value: "A4");
  get orientation(): string;
  set orientation(value: "Portrait" | "Landscape");
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** Must be set as a whole object, never `zoom.x = ...`. */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  readonly headersFooters: HeaderFooterGroup;
  /** Whole rows, e.g. "$8:$9". */
  setPrintTitleRows(printTitleRows: Range | string): void;
}

/** `Excel.PageBreakCollection` (ExcelApi 1.9): `add` puts a page break above the range's top-left cell. */
export interface PageBreakCollection {
  add(pageBreakRange: Range | string): unknown;
}

/** `Excel.HeaderFooterGroup` (ExcelApi 1.9). */
export interface HeaderFooterGroup {
  get state(): string;
  set state(value: "Default" | "FirstAndDefault" | "OddAndEven" | "FirstOddAndEven");
  readonly defaultForAllPages: HeaderFooter;
  readonly firstPage: HeaderFooter;
}

/** `Excel.HeaderFooter` (ExcelApi 1.9): Excel's header codes, "&P" is the page number. */
export interface HeaderFooter {
  centerHeader: string;
}

export type ChartType = "ColumnClustered" | "BarClustered";

/** `Excel.ChartCollection`. */
export interface ChartCollection {
  /** ExcelApi 1.1. */
  add(type: ChartType, sourceData: Range, seriesBy?: "Auto" | "Columns" | "Rows"): Chart;
}

/** `Excel.Chart` (ExcelApi 1.1). */
export interface Chart {
  readonly title: { text: string };
  readonly series: ChartSeriesCollection;
  setPosition(startCell: Range | string, endCell?: Range | string): void;
}

/** `Excel.ChartSeriesCollection`. */
export interface ChartSeriesCollection {
  /** ExcelApi 1.1. */
  getItemAt(index: number): ChartSeries;
  /** ExcelApi 1.7. */
  add(name?: string, index?: number): ChartSeries;
}

/** `Excel.ChartSeries`. */
export interface ChartSeries {
  /** ExcelApi 1.1. */
  name: string;
  /** ExcelApi 1.7. */
  setValues(sourceData: Range): void;
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: Range): void;
}

/** `Excel.TableCollection` (ExcelApi 1.1). */
export interface TableCollection {
  /** Readable after `load("items/name,items/worksheet/name")` and a sync. */
  readonly items: Table[];
  load(propertyNames: string): unknown;
  getItem(key: string): Table;
}

/** `Excel.Table`. */
export interface Table {
  /** ExcelApi 1.1. */
  readonly name: string;
  /** ExcelApi 1.2: the sheet the table is on (loaded through "items/worksheet/name"). */
  readonly worksheet: Worksheet;
  /** ExcelApi 1.1: header, data and total rows. */
  getRange(): Range;
}

/**
 * The requirement-set check of the running Office (`Office.context.requirements.isSetSupported`),
 * or "nothing supported" outside Office (so that tests and other hosts take the safe paths).
 */
export function officeRequirements(): IsSetSupported {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: unknown } } } })
    .Office;
  const requirements = office?.context?.requirements;
  const check = requirements?.isSetSupported;
  if (typeof check !== "function") return () => false;
  return (name, version) => Boolean((check as IsSetSupported).call(requirements, name, version));
}

/** Whether ExcelApi `version` is supported. */
export function excelApi(supports: IsSetSupported, version: string): boolean {
  try {
    return supports("ExcelApi", version);
  } catch {
    return false;
  }
}

/** The code and message of whatever a sync rejected with. */
export function officeError(err: unknown): { code: string; message: string } {
  if (err && typeof err === "object") {
    const e = err as OfficeError;
    return {
      code: typeof e.code === "string" ? e.code : "",
      message: typeof e.message === "string" ? e.message : "",
    };
  }
  return { code: "", message: String(err) };
}
