/**
 * The small parts of an .xlsx: relationships, workbook.xml (sheets, date1904), styles.xml (what a
 * cell's style says about dates and fonts) and sharedStrings.xml. Decisions mirror what ExcelJS
 * 4.4.0 made when it read these files, so that the grids stay what they were. Each part is read as
 * its UTF-8 bytes without a BOM (see read.ts), by the worksheets' tokenizer (xml.ts).
 */

import { legacyFontEncoding } from "../../../core/text/legacy";
import { isBlankText } from "../sheet-grid";
import { ByteXmlReader, CLOSE, decodeEscapes, EOF, OPEN, XlsxCorrupt } from "./xml";

export interface Relationship {
  type: string;
  /** The target as a part name in the zip ("xl/worksheets/sheet1.xml"). */
  target: string;
}

/** Relationships by Id; targets resolved against `base` (the folder of the part they belong to). */
export function readRelationships(xml: Uint8Array, base: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const r = new ByteXmlReader(xml);
  while (r.seek("Relationship")) {
    const id = r.attr("Id");
    const target = r.attr("Target");
    if (id === undefined || target === undefined) continue;
    if (r.attr("TargetMode") === "External") continue;
    rels.set(id, { type: r.attr("Type") ?? "", target: resolvePart(base, target) });
  }
  return rels;
}

/** "/xl/worksheets/sheet1.xml" or "worksheets/sheet1.xml" against "xl/" → "xl/worksheets/sheet1.xml". */
export function resolvePart(base: string, target: string): string {
  const path = target.replace(/\\/g, "/");
  const parts = (path.startsWith("/") ? path : base + path).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

/** "xl/workbook.xml" → "xl/"; "workbook.xml" → "". */
export function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash + 1);
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

export interface WorkbookPart {
  sheets: { name: string; rId: string | undefined }[];
  date1904: boolean;
}

export function readWorkbook(xml: Uint8Array): WorkbookPart {
  const r = new ByteXmlReader(xml);
  const sheets: WorkbookPart["sheets"] = [];
  let date1904 = false;
  for (let kind = r.next(); kind !== EOF; kind = r.next()) {
    if (kind !== OPEN) continue;
    if (r.is("workbookPr")) {
      const v = r.attr("date1904");
      date1904 = v === "1" || v === "true";
    } else if (r.is("sheet")) {
      sheets.push({ name: r.attr("name") ?? "", rId: r.attr("id") });
    } else if (r.is("definedNames") || r.is("extLst")) r.skipElement();
  }
  return { sheets, date1904 };
}

/** What the reader needs of a cell's style `s`: whether its numbers are dates, and its font. */
export interface Styles {
  /** 1 where cell format `s` shows numbers as dates. */
  isDate: Uint8Array;
  /** The font cell format `s` shows text in (the workbook's default when it has none). */
  font: (string | undefined)[];
  /** That font, only where it is a legacy Vietnamese font (what the reader looks for). */
  legacyFont: (string | undefined)[];
  defaultFont: string | undefined;
}

export const NO_STYLES: Styles = {
  isDate: new Uint8Array(0),
  font: [],
  legacyFont: [],
  defaultFont: undefined,
};

/**
 * Built-in number formats that are dates or times: 14–22 and 45–47 as ExcelJS knew them, and the
 * East Asian date formats 27–36 and 50–58 (which ExcelJS had no code for).
 */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** ExcelJS's test: a date/time letter outside quotes and brackets ("[Red]", "[$-409]", `"năm"`). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

export function readStyles(xml: Uint8Array): Styles {
  const r = new ByteXmlReader(xml);
  const formats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  for (let kind = r.next(); kind !== EOF; kind = r.next()) {
    if (kind !== OPEN || r.is("styleSheet")) continue;
    if (r.is("numFmts")) {
      eachChild(r, () => {
        if (r.is("numFmt")) {
          const id = parseInt(r.attr("numFmtId") ?? "", 10);
          const code = r.attr("formatCode");
          if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
        }
        r.skipElement();
      });
    } else if (r.is("fonts")) {
      eachChild(r, () => {
        if (r.is("font")) fonts.push(fontName(r));
        else r.skipElement();
      });
    } else if (r.is("cellXfs")) {
      eachChild(r, () => {
        if (r.is("xf"))
          xfs.push({
            numFmtId: parseInt(r.attr("numFmtId") ?? "", 10),
            fontId: parseInt(r.attr("fontId") ?? "", 10),
          });
        r.skipElement();
      });
    } else r.skipElement();
  }
  const first = xfs[0]?.fontId;
  const defaultFont = fonts[first !== undefined && Number.isInteger(first) ? first : 0] || undefined;
  const isDate = new Uint8Array(xfs.length);
  const font: (string | undefined)[] = [];
  const legacyFont: (string | undefined)[] = [];
  xfs.forEach((xf, s) => {
    // ExcelJS gave style 0 (and a missing `s`) no number format and no font of its own.
    const own = s > 0 ? fonts[xf.fontId] : undefined;
    const f = own || defaultFont;
    font[s] = f;
    legacyFont[s] = f !== undefined && legacyFontEncoding(f) ? f : undefined;
    if (s === 0 || !xf.numFmtId) return;
    const code = formats.get(xf.numFmtId);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(xf.numFmtId)) isDate[s] = 1;
  });
  if (xfs.length === 0) {
    font[0] = defaultFont;
    legacyFont[0] = defaultFont !== undefined && legacyFontEncoding(defaultFont) ? defaultFont : undefined;
  }
  return { isDate, font, legacyFont, defaultFont };
}

/** Calls `each` at every child element's open tag of the element just opened, until its end. */
function eachChild(r: ByteXmlReader, each: () => void): void {
  if (r.selfClosing) return;
  for (;;) {
    const kind = r.next();
    if (kind === EOF) throw new XlsxCorrupt("unclosed element");
    if (kind === CLOSE) return;
    each();
  }
}

/** The name in a `<font>` or `<rPr>` (`<name val>` or `<rFont val>`); the reader ends past its end. */
function fontName(r: ByteXmlReader): string | undefined {
  let name: string | undefined;
  eachChild(r, () => {
    if (r.is("name") || r.is("rFont")) name = r.attr("val") || name;
    r.skipElement();
  });
  return name;
}

/** A shared or inline string: its text, and the one font its rich-text runs agree on, if any. */
export interface StringItem {
  text: string;
  runFont: string | undefined;
}

/**
 * Reads an `<si>` or `<is>` (just opened) to its end: plain `<t>` text, or rich-text runs `<r>`
 * with their `<rPr>` font; phonetic guides (`<rPh>`) are not part of the text.
 */
export function readStringItem(r: ByteXmlReader): StringItem {
  let text = "";
  // The runs' one font: undefined until a run with text, null once they disagree or one has none.
  let runFont: string | null | undefined;
  eachChild(r, () => {
    if (r.is("t")) {
      text += decodeEscapes(r.text());
      r.skipElement();
    } else if (r.is("r")) {
      let font: string | undefined;
      let run = "";
      eachChild(r, () => {
        if (r.is("rPr")) font = fontName(r);
        else if (r.is("t")) {
          run += decodeEscapes(r.text());
          r.skipElement();
        } else r.skipElement();
      });
      text += run;
      // Runs of blank text do not count, as ExcelJS-era fontOf had it.
      if (run.trim() !== "" && runFont !== null) {
        runFont = font === undefined || (runFont !== undefined && runFont !== font) ? null : font;
      }
    } else r.skipElement();
  });
  return { text, runFont: runFont ?? undefined };
}

export interface SharedStrings {
  text: string[];
  /** By index: the runs' one font of a rich-text string. */
  runFont: (string | undefined)[];
  /** By index: 1 where the text is blank (only spaces), which does not widen a grid. */
  blank: Uint8Array;
}

export const NO_STRINGS: SharedStrings = { text: [], runFont: [], blank: new Uint8Array(0) };

export function readSharedStrings(xml: Uint8Array): SharedStrings {
  const r = new ByteXmlReader(xml);
  const text: string[] = [];
  const runFont: (string | undefined)[] = [];
  const blanks: number[] = [];
  while (r.seek("si")) {
    const item = readStringItem(r);
    // Dense (a sparse array would be a slow dictionary in the hot loop).
    runFont.push(item.runFont);
    if (isBlankText(item.text)) blanks.push(text.length);
    text.push(item.text);
  }
  const blank = new Uint8Array(text.length);
  for (const k of blanks) blank[k] = 1;
  return { text, runFont, blank };
}
