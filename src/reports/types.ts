/**
 * ReportDoc: a report as plain data (cells, merges, styles, page setup, an optional chart), made by
 * the pure renderer in src/reports and written by a host: src/hosts/xlsx (ExcelJS, CLI and browser)
 * or src/hosts/excel (Office.js). Both hosts must produce the same content from the same ReportDoc.
 *
 * Coordinates are 1-based and relative to the report sheet's A1.
 */

export type ReportStyle = "party" | "state";

/** What goes in a cell. Text is always written as text, never as a formula, whatever it starts with. */
export type CellContent =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /**
   * A live formula using built-in Excel functions only, written without the leading "=" and with
   * English function names and "," separators (as Excel stores it). `result` is the value the
   * engine computed, stored as the cached result so that files show figures before recalculation.
   */
  | { kind: "formula"; formula: string; result: number | string }
  /** A date, ISO yyyy-mm-dd; shown with the cell's number format. */
  | { kind: "date"; iso: string };

export type BorderStyle = "thin" | "medium" | "hair" | "double";

/** Cell formatting. Fonts are Times New Roman unless `font.name` says otherwise. */
export interface CellStyle {
  font?: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: boolean;
    color?: string;
  };
  align?: {
    horizontal?: "left" | "center" | "right" | "justify";
    vertical?: "top" | "middle" | "bottom";
    wrap?: boolean;
    indent?: number;
  };
  border?: { top?: BorderStyle; bottom?: BorderStyle; left?: BorderStyle; right?: BorderStyle };
  /** Excel number format, e.g. "#,##0", "0.00%", "dd/mm/yyyy". Locale-neutral codes only. */
  numberFormat?: string;
  /** Background colour, "RRGGBB". */
  fill?: string;
}

export interface ReportCell {
  row: number;
  col: number;
  content: CellContent;
  /** Key into {@link ReportDoc.styles}. */
  style?: string;
}

export interface CellBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A native chart (written by the Excel host; the .xlsx host leaves it out and says so). */
export interface ChartSpec {
  type: "columnClustered" | "barClustered";
  title: string;
  /** Category labels (one column or row) and series values, as blocks of this sheet. */
  categories: CellBlock;
  series: { name: string; values: CellBlock }[];
  /** Where the chart sits: top-left cell and size in columns × rows. */
  anchor: { row: number; col: number; cols: number; rows: number };
}

export interface PageSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Rows repeated at the top of every printed page (a table's header), e.g. [8, 9]. */
  printTitleRows?: [number, number];
  /**
   * Rows that start a new printed page (a manual break above each), so that the signature stays
   * with the last paragraph and a table's header with its rows (./pages.ts).
   */
  rowBreaks?: number[];
  /** Shrink to the page width (any number of pages tall). */
  fitToWidth: boolean;
  /** Page number centred in the header from the second page on (NĐ 30/2020). */
  pageNumbers: boolean;
}

/** A drop-down list on a block of cells (e.g. a tracker's status column). */
export interface ListValidation {
  block: CellBlock;
  values: string[];
}

/**
 * What a run of rows of a sheet is, for writers that lay a report out as a document (Word):
 * `layout` is a borderless side-by-side block (the header, the signature and Nơi nhận), `text` full-width
 * paragraphs, `table` a bordered table (`header`: its header rows, repeated on every page; rows under
 * it without borders are notes that follow the table), `chart` the rows reserved for a chart, `space`
 * empty rows. Parts are in row order and do not overlap; rows outside every part are empty.
 */
export interface ReportPart {
  kind: "layout" | "text" | "table" | "chart" | "space";
  top: number;
  bottom: number;
  header?: [number, number];
}

export interface ReportSheet {
  /** Base name; a host makes it unique in the workbook ("Báo cáo (2)"). At most 31 characters. */
  name: string;
  cells: ReportCell[];
  merges: CellBlock[];
  /** Column widths in characters (Excel's unit), from column A. */
  columnWidths: number[];
  /** Row heights in points, where not automatic. */
  rowHeights: { row: number; height: number }[];
  validations: ListValidation[];
  chart?: ChartSpec;
  page: PageSetup;
  /** Rows frozen at the top (a table header), 0 for none. */
  freezeRows: number;
  /** The sheet's rows as document parts, in order. */
  parts: ReportPart[];
  /** "notes": the notes for the person preparing the report, not part of the document (no Word page). */
  role?: "notes";
}

/** The file formats a report is written in: Excel (.xlsx) or Word (.docx). */
export type ReportFormat = "xlsx" | "docx";

export interface ReportDoc {
  /** Template id, e.g. "ket-qua-sap-xep". */
  template: string;
  style: ReportStyle;
  sheets: ReportSheet[];
  styles: Record<string, CellStyle>;
  /** Things a reader should know about this report (e.g. an unsettled rule was used). */
  notes: string[];
}

/** The report details users fill in once per workbook. */
export interface ReportDetails {
  style: ReportStyle;
  /** Superior body: "ĐẢNG BỘ TỈNH BÌNH PHƯỚC" (Party) or "UBND TỈNH BÌNH PHƯỚC" (State). */
  parentBody: string;
  /** Issuing body: "TỈNH ỦY", "VĂN PHÒNG" (Party) or "SỞ NỘI VỤ" (State). */
  issuingBody: string;
  /** Document number as printed after "Số": "125-BC/TU" (Party) or "15/BC-SNV" (State). */
  number: string;
  /** Place for the date line: "Bình Phước". */
  place: string;
  /** ISO date of the report. */
  date: string;
  /** Trích yếu (subject) under "BÁO CÁO"; each template has a default. */
  subject?: string;
  /** "T/M BAN THƯỜNG VỤ" / "KT. GIÁM ĐỐC"; may be empty. */
  signerRole: string;
  /** "PHÓ BÍ THƯ" / "PHÓ GIÁM ĐỐC". */
  signerTitle: string;
  signerName: string;
  /** "Nơi nhận" lines, without the leading "- " and trailing ";" (the renderer adds them). */
  recipients: string[];
  /**
   * "Kính gửi": the bodies the report is addressed to. Only with them does the report print a
   * "Kính gửi" line and "Như trên" in Nơi nhận.
   */
  addressees?: string[];
  /** Documents the report is based on besides the rules applied ("Kế hoạch số 12-KH/TU ngày …"). */
  basis?: string[];
}
