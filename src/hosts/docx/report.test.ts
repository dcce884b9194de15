/**
 * The Word writer on every template in both styles (the golden renderings and their variants),
 * read back from the .docx's XML: page setup, fonts, the page number, repeated table headers,
 * the signature kept with what precedes it, text never turned into fields, the notes for the
 * clerk left out, every cell of the report written (numbers in vi-VN), and the same bytes of
 * word/document.xml from the same ReportDoc.
 */
import JSZip from "jszip";
import { goldenDoc, STYLES, variantDocs } from "../../reports/all-docs";
import { NOTES_SHEET, TEMPLATES, type TemplateId } from "../../reports";
import type { CellContent, ReportCell, ReportDoc, ReportPart, ReportSheet } from "../../reports/types";
import { cellText, isNumeric } from "./numbers";
import { reportDocx, safeText } from "./report";

// ---------------------------------------------------------------------------------------------
// Reading a .docx back

interface Docx {
  document: string;
  styles: string;
  /** Every file of the package by path, as text. */
  files: Map<string, string>;
  /** Header XML by relationship id of word/document.xml. */
  headers: Map<string, string>;
}

async function unpack(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (file) files.set(name, await file.async("string"));
  }
  const rels = files.get("word/_rels/document.xml.rels") ?? "";
  const headers = new Map<string, string>();
  for (const [rel] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (id && target && /\/header$/.test(/\bType="([^"]+)"/.exec(rel)?.[1] ?? "")) {
      headers.set(id, files.get(`word/${target.replace(/^\/?word\//, "")}`) ?? "");
    }
  }
  return {
    document: files.get("word/document.xml") ?? "",
    styles: files.get("word/styles.xml") ?? "",
    files,
    headers,
  };
}

const docxOf = async (doc: ReportDoc): Promise<Docx> => unpack(await reportDocx(doc));

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The text of some WordprocessingML: runs' text, line breaks and tabs, a newline after each paragraph. */
function textOf(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>|<\/w:p>/g)) {
    if (m[1] !== undefined) out += unescapeXml(m[1]);
    else out += m[0] === "<w:tab/>" ? "\t" : "\n";
  }
  return out;
}

interface Element {
  kind: "p" | "tbl" | "sectPr";
  xml: string;
}

/** The children of w:body, in order. */
function bodyChildren(document: string): Element[] {
  const start = document.indexOf("<w:body>") + "<w:body>".length;
  const body = document.slice(start, document.lastIndexOf("</w:body>"));
  const out: Element[] = [];
  let depth = 0;
  let from = 0;
  let kind: Element["kind"] = "p";
  for (const m of body.matchAll(/<(\/?)w:(p|tbl|sectPr)\b[^>]*?(\/?)>/g)) {
    const [tag, close, name, selfClosing] = m as unknown as [string, string, Element["kind"], string];
    if (selfClosing) {
      if (depth === 0) out.push({ kind: name, xml: tag });
    } else if (!close) {
      if (depth === 0) [from, kind] = [m.index, name];
      depth++;
    } else if (--depth === 0) {
      out.push({ kind, xml: body.slice(from, m.index + tag.length) });
    }
  }
  return out;
}

interface Section {
  children: Element[];
  sectPr: string;
}

/** The body cut into its sections: each ends with a paragraph holding its w:sectPr, the last with the body's. */
function sections(document: string): Section[] {
  const out: Section[] = [];
  let children: Element[] = [];
  for (const el of bodyChildren(document)) {
    const sectPr = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(el.xml)?.[0];
    if (el.kind !== "sectPr") children.push(el);
    if (sectPr !== undefined && el.kind !== "tbl") {
      out.push({ children, sectPr });
      children = [];
    }
  }
  return out;
}

const rowsOf = (table: string): string[] => table.match(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string): string[] => row.match(/<w:tc(?:\s[^>]*)?>[\s\S]*?<\/w:tc>/g) ?? [];
const isHeaderRow = (row: string): boolean => /<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/.test(row);
/** Whether every paragraph of `xml` is kept with the next. */
const allKeptWithNext = (xml: string): boolean => {
  const paragraphs = xml.match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return (
    paragraphs.length > 0 && paragraphs.every((p) => /<w:pPr>[\s\S]*<w:keepNext\/>[\s\S]*<\/w:pPr>/.test(p))
  );
};

// ---------------------------------------------------------------------------------------------
// The reports

const IDS = Object.keys(TEMPLATES) as TemplateId[];

const ALL: [string, ReportDoc][] = [
  ...IDS.flatMap((id) =>
    STYLES.map((style): [string, ReportDoc] => [`${id}.${style}`, goldenDoc(id, style)]),
  ),
  ...STYLES.flatMap((style) =>
    variantDocs(style).map(([name, doc]): [string, ReportDoc] => [`${name}.${style}`, doc]),
  ),
];

const officialSheets = (doc: ReportDoc): ReportSheet[] => doc.sheets.filter((s) => s.role !== "notes");
const styleOf = (doc: ReportDoc, cell: ReportCell) => doc.styles[cell.style ?? ""] ?? {};
const partOf = (sheet: ReportSheet, row: number): ReportPart | undefined =>
  sheet.parts.find((p) => p.top <= row && row <= p.bottom);
const textCells = (sheet: ReportSheet): (ReportCell & { content: { kind: "text"; text: string } })[] =>
  sheet.cells.filter(
    (c): c is ReportCell & { content: { kind: "text"; text: string } } =>
      c.content.kind === "text" && c.content.text.trim() !== "",
  );

/** The signature: the last layout part that is not the first part (the header block). */
function signaturePart(sheet: ReportSheet): ReportPart | undefined {
  const parts = [...sheet.parts].sort((a, b) => a.top - b.top);
  return [...parts].reverse().find((p) => p.kind === "layout" && p !== parts[0]);
}

const MM = 1440 / 25.4;

it("covers the templates the Word writer must handle, in both styles", () => {
  const templates = new Set(ALL.map(([, doc]) => `${doc.template}.${doc.style}`));
  for (const id of ["ket-qua-sap-xep", "ra-soat-cap-pho", "lo-trinh-tinh-gian", "theo-doi-thi-diem"]) {
    for (const style of ["party", "state"]) expect(templates).toContain(`${id}.${style}`);
  }
  expect(ALL.some(([, doc]) => doc.sheets.some((s) => s.role === "notes"))).toBe(true);
  expect(ALL.some(([, doc]) => doc.sheets.some((s) => s.parts.some((p) => p.kind === "chart")))).toBe(true);
});

describe.each(ALL)("%s", (_name, doc) => {
  let docx: Docx;
  let text: string;
  beforeAll(async () => {
    docx = await docxOf(doc);
    text = textOf(docx.document);
  });

  it("is one A4 section per report sheet, with the sheet's orientation and margins 20/20/30/15 mm", () => {
    const sheets = officialSheets(doc);
    const found = sections(docx.document);
    expect(found).toHaveLength(sheets.length);
    sheets.forEach((sheet, i) => {
      const sectPr = found[i]?.sectPr ?? "";
      const landscape = sheet.page.orientation === "landscape";
      expect(sectPr).toContain(
        landscape
          ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
          : '<w:pgSz w:w="11906" w:h="16838"',
      );
      if (!landscape) expect(sectPr).not.toContain("landscape");
      const margin = (side: string) =>
        Number(new RegExp(`<w:pgMar\\b[^>]*\\bw:${side}="(\\d+)"`).exec(sectPr)?.[1]);
      expect(sheet.page.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
      expect(margin("top")).toBe(Math.round(20 * MM));
      expect(margin("bottom")).toBe(Math.round(20 * MM));
      expect(margin("left")).toBe(Math.round(30 * MM));
      expect(margin("right")).toBe(Math.round(15 * MM));
      expect([margin("top"), margin("bottom"), margin("left"), margin("right")]).toEqual([
        1134, 1134, 1701, 850,
      ]);
    });
  });

  it("is set in Times New Roman throughout", () => {
    const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? "";
    expect(docDefaults).toMatch(/<w:rFonts\b[^>]*w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    for (const xml of [docx.document, ...docx.headers.values()]) {
      const fonts = xml.match(/<w:rFonts\b[^>]*>/g) ?? [];
      for (const f of fonts) {
        expect(f).toContain('w:ascii="Times New Roman"');
        expect(f).toContain('w:hAnsi="Times New Roman"');
        expect(f).toContain('w:cs="Times New Roman"');
      }
    }
    expect(docx.document.match(/<w:rFonts\b/g)?.length ?? 0).toBeGreaterThan(10);
  });

  it("numbers the pages in the header from the second page on, when the sheet asks for it", () => {
    officialSheets(doc).forEach((sheet, i) => {
      const sectPr = sections(docx.document)[i]?.sectPr ?? "";
      // Every sheet (the report, an appendix) counts its pages from 1.
      expect(sectPr).toMatch(/<w:pgNumType\b[^>]*\bw:start="1"/);
      const ref = (type: string) =>
        new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`).exec(sectPr)?.[1] ?? "";
      if (!sheet.page.pageNumbers) {
        expect(sectPr).not.toContain("<w:titlePg/>");
        expect(sectPr).not.toContain("headerReference");
        return;
      }
      expect(sectPr).toContain("<w:titlePg/>");
      const main = docx.headers.get(ref("default")) ?? "";
      const first = docx.headers.get(ref("first"));
      expect(main).toMatch(
        /<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>/,
      );
      expect(main).toContain('<w:jc w:val="center"/>');
      // The first page has a header of its own, without the number.
      expect(first).toBeDefined();
      expect(first).not.toMatch(/PAGE|fldChar|fldSimple/);
    });
  });

  it("writes every text cell of the report sheets, and leaves the notes for the clerk out", () => {
    const missing: string[] = [];
    for (const sheet of officialSheets(doc)) {
      for (const cell of textCells(sheet)) {
        if (partOf(sheet, cell.row)?.kind === "chart") continue;
        const expected = safeText(cell.content.text);
        if (!text.includes(expected)) missing.push(`${sheet.name}!R${cell.row}C${cell.col}: ${expected}`);
      }
    }
    expect(missing).toEqual([]);
    expect(text).not.toContain(NOTES_SHEET);
    for (const sheet of doc.sheets.filter((s) => s.role === "notes")) {
      for (const cell of textCells(sheet).filter((c) => c.content.text.length > 5)) {
        expect(text).not.toContain(safeText(cell.content.text));
      }
    }
    for (const note of doc.notes) expect(text).not.toContain(note);
  });

  it("writes every figure of a table as a cell of its own, as Excel shows it in vi-VN, right-aligned", () => {
    const tableCells = new Map<string, string[]>();
    for (const el of bodyChildren(docx.document).filter((e) => e.kind === "tbl")) {
      for (const row of rowsOf(el.xml)) {
        for (const tc of cellsOf(row)) {
          const t = textOf(tc).replace(/\n$/, "");
          tableCells.set(t, [...(tableCells.get(t) ?? []), tc]);
        }
      }
    }
    const missing: string[] = [];
    for (const sheet of officialSheets(doc)) {
      for (const cell of sheet.cells.filter((c) => isNumeric(c.content))) {
        const part = partOf(sheet, cell.row);
        if (part?.kind !== "table") continue;
        const format = styleOf(doc, cell).numberFormat;
        const expected = cellText(cell.content, format);
        const tcs = tableCells.get(expected);
        if (!tcs) missing.push(`R${cell.row}C${cell.col}: ${expected}`);
        else if (format) expect(tcs.some((tc) => tc.includes('<w:jc w:val="right"/>'))).toBe(true);
      }
    }
    expect(missing).toEqual([]);
    // Never the en-US decimal point of a percent ("12.65%").
    expect(text).not.toMatch(/\d\.\d+%/);
  });

  it("keeps a short bordered table on one page, and a long one's header with its first row", () => {
    const tables = bodyChildren(docx.document)
      .filter((e) => e.kind === "tbl" && e.xml.includes("<w:tcBorders>"))
      .map((e) => rowsOf(e.xml));
    expect(tables.length).toBeGreaterThan(0);
    for (const rows of tables) {
      const kept = rows.map(allKeptWithNext);
      const headers = rows.filter(isHeaderRow).length;
      const expected = rows.length <= 6 ? rows.length - 1 : Math.min(headers + 1, rows.length - 1);
      expect(kept.slice(0, expected).every(Boolean)).toBe(true);
      // The rest of a long table may break between rows.
      if (rows.length > 6) expect(kept.slice(expected, -1).some(Boolean)).toBe(false);
    }
  });

  it("repeats each table's header rows on every page and never splits a row across pages", () => {
    const rows = bodyChildren(docx.document)
      .filter((e) => e.kind === "tbl")
      .map((e) => rowsOf(e.xml));
    const all = rows.flat();
    expect(all.length).toBeGreaterThan(0);
    for (const row of all) expect(row).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:cantSplit\/>/);
    // Header rows lead their table.
    for (const table of rows) {
      const flags = table.map(isHeaderRow);
      expect(flags.slice(flags.indexOf(false) < 0 ? flags.length : flags.indexOf(false))).not.toContain(true);
    }
    const headerParts = officialSheets(doc).flatMap((s) =>
      s.parts.filter((p): p is ReportPart & { header: [number, number] } => p.kind === "table" && !!p.header),
    );
    const expected = headerParts.reduce((n, p) => n + p.header[1] - p.header[0] + 1, 0);
    const headerRows = all.filter(isHeaderRow);
    expect(headerRows).toHaveLength(expected);
    const headerText = textOf(headerRows.join(""));
    for (const sheet of officialSheets(doc)) {
      for (const part of headerParts.filter((p) => sheet.parts.includes(p))) {
        for (const cell of textCells(sheet).filter(
          (c) => part.header[0] <= c.row && c.row <= part.header[1],
        )) {
          expect(headerText).toContain(safeText(cell.content.text));
        }
      }
    }
  });

  it("keeps the signature block on the page of the paragraph before it", () => {
    officialSheets(doc).forEach((sheet, i) => {
      const signature = signaturePart(sheet);
      if (!signature) return;
      const children = sections(docx.document)[i]?.children ?? [];
      const texts = textCells(sheet)
        .filter((c) => signature.top <= c.row && c.row <= signature.bottom)
        .map((c) => safeText(c.content.text));
      expect(texts.length).toBeGreaterThan(0);
      const at = children.findIndex(
        (el) => el.kind === "tbl" && texts.every((t) => textOf(el.xml).includes(t)),
      );
      expect(at).toBeGreaterThan(0);
      // The block's own rows stay together.
      const rows = rowsOf(children[at]?.xml ?? "");
      for (const row of rows.slice(0, -1)) expect(allKeptWithNext(row)).toBe(true);
      // And with what precedes it, back to the last paragraph with text (or the table above).
      let reachedText = false;
      for (let j = at - 1; j >= 0 && !reachedText; j--) {
        const before = children[j] as Element;
        if (before.kind === "tbl") {
          expect(allKeptWithNext(rowsOf(before.xml).at(-1) ?? "")).toBe(true);
          reachedText = true;
        } else {
          expect(before.xml).toMatch(/<w:pPr>[\s\S]*<w:keepNext\/>[\s\S]*<\/w:pPr>/);
          reachedText = textOf(before.xml).trim() !== "";
        }
      }
      expect(reachedText).toBe(true);
    });
  });

  it("has no field, drawing or chart in the body", () => {
    expect(docx.document).not.toMatch(/<w:fldSimple|<w:fldChar|<w:instrText|<w:drawing|<c:chart/);
    expect([...docx.files.keys()].filter((f) => /chart|media|embeddings/.test(f))).toEqual([]);
  });

  it("gives the same word/document.xml and headers every time", async () => {
    const again = await docxOf(doc);
    expect(again.document).toBe(docx.document);
    expect([...again.headers.values()]).toEqual([...docx.headers.values()]);
  });
});

// ---------------------------------------------------------------------------------------------
// Particular cases

/**
 * A copy of `doc` with `edit` applied to the cells of each of its report sheets (not the notes),
 * with the sheet and its index among them.
 */
function edited(
  doc: ReportDoc,
  edit: (cells: ReportCell[], sheet: ReportSheet, index: number) => ReportCell[],
): ReportDoc {
  const copy = structuredClone(doc);
  copy.sheets
    .filter((s) => s.role !== "notes")
    .forEach((sheet, i) => (sheet.cells = edit(sheet.cells, sheet, i)));
  return copy;
}

const setContent = (
  cells: ReportCell[],
  match: (c: ReportCell) => boolean,
  content: CellContent,
): ReportCell[] => {
  let done = false;
  return cells.map((c) => {
    if (done || !match(c)) return c;
    done = true;
    return { ...c, content };
  });
};

describe("text that looks like a formula", () => {
  const TRICKY = ["=SUM(A1:A2)", "+84 912 345 678", "-1 người", "@Ban Tổ chức", "=1+1 <b>&amp;"];

  it("is written as plain text runs, never as a field", async () => {
    const base = goldenDoc("ra-soat-cap-pho", "state");
    const sheets = officialSheets(base);
    // One in a table's body, one in its header, one in a text paragraph, one in the signature block,
    // wherever the report has them (the table may be in an appendix sheet).
    const tableSheet = sheets.findIndex((s) => s.parts.some((p) => p.kind === "table" && p.header));
    const textSheet = sheets.findIndex((s) => s.parts.some((p) => p.kind === "text"));
    const signatureSheet = sheets.findIndex((s) => signaturePart(s) !== undefined);
    expect([tableSheet, textSheet, signatureSheet]).not.toContain(-1);
    const isText = (c: ReportCell) => c.content.kind === "text" && c.content.text !== "";
    const inRows = (top: number, bottom: number) => (c: ReportCell) =>
      top <= c.row && c.row <= bottom && isText(c);
    const doc = edited(base, (cells, sheet, i) => {
      let out = cells;
      if (i === tableSheet) {
        const table = sheet.parts.find((p) => p.kind === "table" && p.header) as ReportPart & {
          header: [number, number];
        };
        out = setContent(out, inRows(table.header[1] + 1, table.bottom), {
          kind: "text",
          text: TRICKY[0] as string,
        });
        out = setContent(out, inRows(table.header[0], table.header[1]), {
          kind: "text",
          text: TRICKY[1] as string,
        });
        out = [
          ...out,
          { row: table.header[1] + 1, col: 3, content: { kind: "text", text: TRICKY[4] as string } },
        ];
      }
      if (i === textSheet) {
        const text = sheet.parts.find((p) => p.kind === "text") as ReportPart;
        out = setContent(out, inRows(text.top, text.bottom), { kind: "text", text: TRICKY[2] as string });
      }
      if (i === signatureSheet) {
        const sig = signaturePart(sheet) as ReportPart;
        out = setContent(out, inRows(sig.top, sig.bottom), { kind: "text", text: TRICKY[3] as string });
      }
      return out;
    });
    const docx = await docxOf(doc);
    expect(docx.document).not.toMatch(/<w:fldSimple|<w:fldChar|<w:instrText/);
    for (const t of TRICKY) {
      const escaped = t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      expect(docx.document).toMatch(
        new RegExp(
          `<w:r>(?:(?!</w:r>)[\\s\\S])*<w:t xml:space="preserve">${escapeRegExp(escaped)}</w:t></w:r>`,
        ),
      );
      expect(textOf(docx.document)).toContain(t);
    }
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("figures in vi-VN", () => {
  const cellTexts = async (doc: ReportDoc): Promise<string[]> => {
    const docx = await docxOf(doc);
    return bodyChildren(docx.document)
      .filter((e) => e.kind === "tbl")
      .flatMap((e) => rowsOf(e.xml).flatMap(cellsOf))
      .map((tc) => textOf(tc).trim());
  };

  it("shows the deputy review's rates with a decimal comma", async () => {
    const cells = await cellTexts(goldenDoc("ra-soat-cap-pho", "state"));
    for (const t of ["33,33%", "37,50%", "42,86%", "57,14%", "100,00%", "44,23%", "52"])
      expect(cells).toContain(t);
  });

  it("shows a change as 'giảm'/'tăng' without a minus sign, as Excel does", async () => {
    const [, doc] = variantDocs("party").find(([name]) => name === "ket-qua-sap-xep (plan)") as [
      string,
      ReportDoc,
    ];
    const cells = await cellTexts(doc);
    for (const t of ["giảm 2", "giảm 28,57%", "tăng 2", "tăng 12,50%", "0", "0,00%"])
      expect(cells).toContain(t);
    expect(cells.filter((t) => /^-|-\d/.test(t) && /\d/.test(t))).toEqual([]);
  });

  it("groups thousands with a dot", async () => {
    const doc = edited(goldenDoc("ra-soat-cap-pho", "party"), (cells) =>
      setContent(cells, (c) => c.content.kind === "number" && c.content.value === 12, {
        kind: "number",
        value: 2234720,
      }),
    );
    expect(await cellTexts(doc)).toContain("2.234.720");
  });
});

describe("parts", () => {
  it("writes nothing of the rows reserved for a chart", async () => {
    const [, base] = variantDocs("state").find(([name]) => name === "ket-qua-sap-xep (plan)") as [
      string,
      ReportDoc,
    ];
    const withChart = officialSheets(base).findIndex((s) => s.parts.some((p) => p.kind === "chart"));
    expect(withChart).toBeGreaterThanOrEqual(0);
    const doc = edited(base, (cells, sheet, i) => {
      const chart = sheet.parts.find((p) => p.kind === "chart");
      if (i !== withChart || !chart) return cells;
      return [...cells, { row: chart.top + 1, col: 2, content: { kind: "text", text: "NHÃN BIỂU ĐỒ" } }];
    });
    const docx = await docxOf(doc);
    expect(textOf(docx.document)).not.toContain("NHÃN BIỂU ĐỒ");
    expect(docx.document).not.toMatch(/<w:drawing|<c:chart/);
  });

  it("writes one section per report sheet and none for the notes, wherever they are", async () => {
    const state = goldenDoc("ra-soat-cap-pho", "state");
    const party = goldenDoc("lo-trinh-tinh-gian", "party");
    const notes = state.sheets.find((s) => s.role === "notes") as ReportSheet;
    const first = structuredClone(party.sheets[0]) as ReportSheet;
    first.page = { ...first.page, orientation: "portrait", pageNumbers: false };
    const second = structuredClone(state.sheets[0]) as ReportSheet;
    second.page = { ...second.page, orientation: "landscape", pageNumbers: true };
    const doc: ReportDoc = {
      ...state,
      styles: { ...party.styles, ...state.styles },
      sheets: [first, notes, second],
    };
    const docx = await docxOf(doc);
    const found = sections(docx.document);
    expect(found).toHaveLength(2);
    expect(found[0]?.sectPr).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(found[0]?.sectPr).not.toContain("<w:titlePg/>");
    expect(found[1]?.sectPr).toContain('w:orient="landscape"');
    expect(found[1]?.sectPr).toContain("<w:titlePg/>");
    const text = textOf(docx.document);
    expect(text).not.toContain(NOTES_SHEET);
    for (const note of state.notes) expect(text).not.toContain(note);
  });

  it("still makes a valid document of a report with only notes", async () => {
    const state = goldenDoc("ra-soat-cap-pho", "state");
    const doc: ReportDoc = { ...state, sheets: state.sheets.filter((s) => s.role === "notes") };
    const docx = await docxOf(doc);
    expect(sections(docx.document)).toHaveLength(1);
    expect(sections(docx.document)[0]?.sectPr).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(textOf(docx.document).trim()).toBe("");
  });
});
