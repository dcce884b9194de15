import { uniqueSheetName } from "../../reports/sheetName";
import { Workbook, type CellFormulaValue, type Worksheet } from "exceljs";
import type { CellContent, CellStyle, ReportCell, ReportDoc, ReportSheet } from "../../reports/types";
import { readZipText } from "../../../test/fixtures/zip";
import { MAX_INLINE_LIST, NOTES, reportWorkbook } from "./report";

// ---------------------------------------------------------------------------------------------
// Building ReportDocs by hand

const text = (t: string): CellContent => ({ kind: "text", text: t });
const num = (value: number): CellContent => ({ kind: "number", value });
const formula = (f: string, result: number | string): CellContent => ({
  kind: "formula",
  formula: f,
  result,
});

function sheet(over: Partial<ReportSheet> = {}): ReportSheet {
  return {
    name: "Báo cáo",
    parts: [],
    cells: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    validations: [],
    page: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: false,
      pageNumbers: false,
    },
    freezeRows: 0,
    ...over,
  };
}

function doc(sheets: ReportSheet[], styles: Record<string, CellStyle> = {}, notes: string[] = []): ReportDoc {
  return { template: "ket-qua-sap-xep", style: "party", sheets, styles, notes };
}

const BOX = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;

/** A small Party-style report: header block, a 6-column bordered table with a SUM total row. */
function partyDoc(): ReportDoc {
  const cells: ReportCell[] = [
    { row: 1, col: 1, content: text("ĐẢNG BỘ TỈNH BÌNH PHƯỚC"), style: "center" },
    { row: 2, col: 1, content: text("TỈNH ỦY"), style: "centerBold" },
    { row: 1, col: 3, content: text("ĐẢNG CỘNG SẢN VIỆT NAM"), style: "motto" },
    { row: 4, col: 1, content: text("BÁO CÁO"), style: "title" },
  ];
  ["TT", "Tên đơn vị", "Trước", "Sau", "Giảm", "Tỷ lệ"].forEach((h, j) =>
    cells.push({ row: 6, col: j + 1, content: text(h), style: "th" }),
  );
  const data = [
    [1, "Phòng Tổ chức", 10, 8],
    [2, "Phòng Hành chính", 12, 11],
  ] as const;
  data.forEach(([tt, name, before, after], i) => {
    const r = 7 + i;
    cells.push(
      { row: r, col: 1, content: num(tt), style: "td" },
      { row: r, col: 2, content: text(name), style: "td" },
      { row: r, col: 3, content: num(before), style: "td" },
      { row: r, col: 4, content: num(after), style: "td" },
      { row: r, col: 5, content: formula(`C${r}-D${r}`, before - after), style: "td" },
      { row: r, col: 6, content: formula(`E${r}/C${r}`, (before - after) / before), style: "pct" },
    );
  });
  cells.push(
    { row: 9, col: 1, content: text("Tổng cộng"), style: "total" },
    { row: 9, col: 3, content: formula("SUM(C7:C8)", 22), style: "total" },
    { row: 9, col: 4, content: formula("SUM(D7:D8)", 19), style: "total" },
    { row: 9, col: 5, content: formula("SUM(E7:E8)", 3), style: "total" },
    { row: 11, col: 4, content: { kind: "date", iso: "2026-11-20" } },
    { row: 12, col: 4, content: { kind: "date", iso: "2026-11-21" }, style: "isoDate" },
  );
  return doc(
    [
      sheet({
        cells,
        merges: [
          { top: 1, left: 1, bottom: 1, right: 2 },
          { top: 2, left: 1, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 1, right: 6 },
          { top: 4, left: 1, bottom: 4, right: 6 },
          { top: 9, left: 1, bottom: 9, right: 2 },
        ],
        columnWidths: [6, 40, 10, 10, 10, 12],
        rowHeights: [{ row: 6, height: 30 }],
        freezeRows: 6,
        page: {
          paper: "A4",
          orientation: "landscape",
          margins: { top: 20, bottom: 15, left: 30, right: 15 },
          printTitleRows: [6, 6],
          fitToWidth: true,
          pageNumbers: true,
        },
        validations: [{ block: { top: 7, left: 6, bottom: 8, right: 6 }, values: ["Đạt", "Chưa đạt"] }],
      }),
    ],
    {
      center: { font: { size: 13 }, align: { horizontal: "center" } },
      centerBold: { font: { size: 13, bold: true }, align: { horizontal: "center" } },
      motto: {
        font: { size: 13, bold: true, underline: true, color: "C00000" },
        align: { horizontal: "center" },
      },
      title: {
        font: { size: 15, bold: true, italic: true },
        align: { horizontal: "center", vertical: "middle" },
      },
      th: { font: { bold: true }, align: { horizontal: "center", wrap: true }, border: BOX, fill: "F2F2F2" },
      td: { border: BOX, numberFormat: "#,##0", align: { indent: 1 } },
      pct: { border: BOX, numberFormat: "0.0%" },
      total: { font: { bold: true }, border: { ...BOX, top: "double" }, numberFormat: "#,##0" },
      isoDate: { numberFormat: "yyyy-mm-dd" },
    },
  );
}

async function roundTrip(wb: Workbook): Promise<{ back: Workbook; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const back = new Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  return { back, bytes };
}

function ws(wb: Workbook, name: string): Worksheet {
  const found = wb.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

// ---------------------------------------------------------------------------------------------

describe("reportWorkbook: content", () => {
  it("writes text, numbers, formulas with their cached results and dates", async () => {
    const { workbook, sheetNames, notes } = reportWorkbook(partyDoc());
    expect(sheetNames).toEqual(["Báo cáo"]);
    expect(notes).toEqual([]);
    const { back } = await roundTrip(workbook);
    const s = ws(back, "Báo cáo");
    expect(s.getCell("A1").value).toBe("ĐẢNG BỘ TỈNH BÌNH PHƯỚC");
    expect(s.getCell("C7").value).toBe(10);
    expect(s.getCell("E7").value).toMatchObject({ formula: "C7-D7", result: 2 });
    expect(s.getCell("C9").value).toMatchObject({ formula: "SUM(C7:C8)", result: 22 });
    expect((s.getCell("F8").value as CellFormulaValue).result).toBeCloseTo(1 / 12);
    expect(s.getCell("D11").value).toEqual(new Date(Date.UTC(2026, 10, 20)));
    expect(s.getCell("D11").numFmt).toBe("dd/mm/yyyy");
    expect(s.getCell("D12").numFmt).toBe("yyyy-mm-dd");
  });

  it("strips a leading '=' from a formula and keeps a text result", async () => {
    const d = doc([sheet({ cells: [{ row: 1, col: 1, content: formula('=IF(1,"có","không")', "có") }] })]);
    const { back } = await roundTrip(reportWorkbook(d).workbook);
    expect(ws(back, "Báo cáo").getCell("A1").value).toMatchObject({
      formula: 'IF(1,"có","không")',
      result: "có",
    });
  });

  it("writes an invalid date as its text, and a non-finite number as blank", async () => {
    const d = doc([
      sheet({
        cells: [
          { row: 1, col: 1, content: { kind: "date", iso: "2026-02-30" } },
          { row: 2, col: 1, content: num(Number.NaN) },
        ],
      }),
    ]);
    const { back } = await roundTrip(reportWorkbook(d).workbook);
    expect(ws(back, "Báo cáo").getCell("A1").value).toBe("2026-02-30");
    expect(ws(back, "Báo cáo").getCell("A2").value).toBeNull();
  });

  it.each(["=SUM(A1)", "+84 912 345 678", "-5", "@x", "\tx", "\r=1+1", '=HYPERLINK("http://x")'])(
    "keeps %j as text, never a formula",
    async (value) => {
      const d = doc([
        sheet({
          cells: [
            { row: 1, col: 1, content: text(value) },
            { row: 2, col: 1, content: formula("1+1", 2) },
          ],
        }),
      ]);
      const { back, bytes } = await roundTrip(reportWorkbook(d).workbook);
      const expected = value.replace(/\r/g, "\n");
      expect(ws(back, "Báo cáo").getCell("A1").value).toBe(expected);
      const xml = readZipText(bytes, "xl/worksheets/sheet1.xml") ?? "";
      const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
      expect(formulas).toEqual(["1+1"]); // the real formula is there, the text is not
      expect(xml).toMatch(/<c r="A1"[^>]*t="s"/);
    },
  );
});

describe("reportWorkbook: styles and layout", () => {
  it("writes fonts (Times New Roman by default), alignment, borders, fills and number formats", async () => {
    const { back } = await roundTrip(reportWorkbook(partyDoc()).workbook);
    const s = ws(back, "Báo cáo");
    expect(s.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 13 });
    expect(s.getCell("A1").font.bold).toBeFalsy();
    expect(s.getCell("A2").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(s.getCell("C1").font).toMatchObject({ bold: true, underline: true, color: { argb: "FFC00000" } });
    expect(s.getCell("A4").font).toMatchObject({ size: 15, bold: true, italic: true });
    expect(s.getCell("A4").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(s.getCell("B6").font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
    expect(s.getCell("B6").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(s.getCell("B6").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFF2F2F2" },
    });
    expect(s.getCell("B7").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" } });
    expect(s.getCell("B7").alignment).toMatchObject({ indent: 1 });
    expect(s.getCell("C7").numFmt).toBe("#,##0");
    expect(s.getCell("F7").numFmt).toBe("0.0%");
    expect(s.getCell("C9").border.top).toEqual({ style: "double" });
    // A cell without a style key still gets the report font.
    expect(s.getCell("D11").font).toMatchObject({ name: "Times New Roman", size: 12 });
  });

  it("shares one style object among the cells of one style key", () => {
    const { workbook } = reportWorkbook(partyDoc());
    const s = ws(workbook, "Báo cáo");
    expect(s.getCell("B7").style).toBe(s.getCell("C8").style);
    expect(s.getCell("B7").style).not.toBe(s.getCell("F7").style);
  });

  it("merges blocks, and covered cells carry the border of the block", async () => {
    const { back } = await roundTrip(reportWorkbook(partyDoc()).workbook);
    const s = ws(back, "Báo cáo");
    const merges = (s.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual(["A1:B1", "A2:B2", "A4:F4", "A9:B9", "C1:F1"]);
    expect(s.getCell("B9").border).toMatchObject({ top: { style: "double" }, right: { style: "thin" } });
  });

  it("writes column widths, row heights and frozen rows", async () => {
    const { back } = await roundTrip(reportWorkbook(partyDoc()).workbook);
    const s = ws(back, "Báo cáo");
    expect([1, 2, 3, 6].map((c) => s.getColumn(c).width)).toEqual([6, 40, 10, 12]);
    expect(s.getRow(6).height).toBe(30);
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 6, topLeftCell: "A7" });
  });

  it("writes no frozen pane when freezeRows is 0", async () => {
    const { back } = await roundTrip(
      reportWorkbook(doc([sheet({ cells: [{ row: 1, col: 1, content: num(1) }] })])).workbook,
    );
    expect((ws(back, "Báo cáo").views ?? []).some((v) => v.state === "frozen")).toBe(false);
  });

  it("sets A4, orientation, margins in inches, print titles, fit to width and page numbers from page 2", async () => {
    const { back } = await roundTrip(reportWorkbook(partyDoc()).workbook);
    const s = ws(back, "Báo cáo");
    expect(s.pageSetup.paperSize).toBe(9);
    expect(s.pageSetup.orientation).toBe("landscape");
    const m = s.pageSetup.margins;
    expect(m?.top).toBeCloseTo(20 / 25.4, 3);
    expect(m?.bottom).toBeCloseTo(15 / 25.4, 3);
    expect(m?.left).toBeCloseTo(30 / 25.4, 3);
    expect(m?.right).toBeCloseTo(15 / 25.4, 3);
    expect(m?.header).toBeLessThan(m?.top ?? 0);
    expect(m?.footer).toBeLessThan(m?.bottom ?? 0);
    expect(s.pageSetup.printTitlesRow).toBe("6:6");
    expect(s.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(s.headerFooter.differentFirst).toBe(true);
    expect(s.headerFooter.oddHeader).toMatch(/^&C&"Times New Roman,Regular"&\d+&P$/);
    expect(s.headerFooter.firstHeader ?? "").not.toContain("&P");
  });

  it("starts a printed page at each row break: a manual break above the row", async () => {
    const cells = Array.from({ length: 40 }, (_, i) => ({ row: i + 1, col: 1, content: num(i) }));
    const page = { ...sheet().page, rowBreaks: [12, 30] };
    const { bytes } = await roundTrip(reportWorkbook(doc([sheet({ cells, page })])).workbook);
    const xml = readZipText(bytes, "xl/worksheets/sheet1.xml") ?? "";
    // ExcelJS numbers a break by the row above it.
    expect([...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]))).toEqual([11, 29]);
  });

  it("writes no page number, print titles or fit to page when the page setup says none", async () => {
    const { back } = await roundTrip(
      reportWorkbook(doc([sheet({ cells: [{ row: 1, col: 1, content: num(1) }] })])).workbook,
    );
    const s = ws(back, "Báo cáo");
    expect(s.pageSetup.orientation).toBe("portrait");
    expect(s.pageSetup.printTitlesRow).toBeUndefined();
    expect(s.pageSetup.fitToPage).toBeFalsy();
    expect(s.headerFooter?.oddHeader ?? "").not.toContain("&P");
  });
});

describe("reportWorkbook: rows of wrapped text", () => {
  const long = "Phòng Tổ chức cán bộ và Thanh tra, hợp nhất từ hai phòng theo Nghị quyết số 18-NQ/TW";
  const styles: Record<string, CellStyle> = {
    wrap: { align: { wrap: true } },
    wrapBig: { font: { size: 14, bold: true }, align: { wrap: true, horizontal: "center" } },
    plain: {},
  };
  function heights(cells: ReportCell[], over: Partial<ReportSheet> = {}): (number | undefined)[] {
    const { workbook } = reportWorkbook(doc([sheet({ cells, columnWidths: [20, 10, 10], ...over })], styles));
    const s = ws(workbook, "Báo cáo");
    return [1, 2, 3].map((r) => s.getRow(r).height);
  }

  it("gives a row of wrapped text over several lines a height, and leaves one-line rows automatic", () => {
    const [h1, h2, h3] = heights([
      { row: 1, col: 1, content: text(long), style: "wrap" },
      { row: 2, col: 1, content: text("Phòng Nội vụ"), style: "wrap" },
      { row: 3, col: 1, content: text(long), style: "plain" },
    ]);
    // 20 units ≈ 105 pt: the 85 characters take 4–6 lines of 12 pt.
    expect(h1).toBeGreaterThanOrEqual(4 * 12 * 1.2);
    expect(h1).toBeLessThanOrEqual(6 * 12 * 1.3 + 3);
    expect(h2).toBeUndefined();
    expect(h3).toBeUndefined();
  });

  it("measures a merged cell over the width of its block", () => {
    const alone = heights([{ row: 1, col: 1, content: text(long), style: "wrapBig" }])[0] ?? 0;
    const merged =
      heights([{ row: 1, col: 1, content: text(long), style: "wrapBig" }], {
        merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
      })[0] ?? 0;
    expect(merged).toBeGreaterThan(0);
    expect(merged).toBeLessThan(alone);
  });

  it("keeps the doc's own row height, and leaves blocks over several rows to the doc", () => {
    const kept = heights([{ row: 1, col: 1, content: text(long), style: "wrap" }], {
      rowHeights: [{ row: 1, height: 20 }],
    });
    expect(kept[0]).toBe(20);
    const tall = heights([{ row: 1, col: 1, content: text(long), style: "wrap" }], {
      merges: [{ top: 1, left: 1, bottom: 3, right: 1 }],
    });
    expect(tall).toEqual([undefined, undefined, undefined]);
  });
});

describe("reportWorkbook: drop-down lists", () => {
  it("writes a short list inline", async () => {
    const { workbook, sheetNames } = reportWorkbook(partyDoc());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(sheetNames);
    const { back } = await roundTrip(workbook);
    const dv = (ws(back, "Báo cáo") as unknown as { dataValidations: { find(a: string): unknown } })
      .dataValidations;
    expect(dv.find("F7")).toMatchObject({ type: "list", formulae: ['"Đạt,Chưa đạt"'] });
    expect(dv.find("F8")).toMatchObject({ type: "list" });
    expect(dv.find("F9")).toBeUndefined();
  });

  it.each([
    ["longer than 255 characters", Array.from({ length: 30 }, (_, i) => `Trạng thái thứ ${i + 1}`)],
    ["with a comma in an item", ["Đạt", "Chưa đạt, cần bổ sung"]],
  ])("moves a list %s to a hidden sheet and references it", async (_label, values) => {
    if (values.length === 30) expect(values.join(",").length).toBeGreaterThan(MAX_INLINE_LIST);
    const d = doc([
      sheet({
        cells: [{ row: 1, col: 1, content: text("x") }],
        validations: [
          { block: { top: 2, left: 2, bottom: 5, right: 2 }, values },
          { block: { top: 2, left: 3, bottom: 5, right: 3 }, values }, // same list: same column
        ],
      }),
    ]);
    const { workbook, sheetNames } = reportWorkbook(d);
    expect(sheetNames).toEqual(["Báo cáo"]);
    const { back } = await roundTrip(workbook);
    const list = ws(back, "Danh sách");
    expect(list.state).toBe("hidden");
    expect(list.getColumn(1).values.slice(1)).toEqual(values);
    expect(list.getColumn(2).values.slice(1)).toEqual([]);
    const dv = (ws(back, "Báo cáo") as unknown as { dataValidations: { find(a: string): unknown } })
      .dataValidations;
    const ref = `'Danh sách'!$A$1:$A$${values.length}`;
    expect(dv.find("B3")).toMatchObject({ type: "list", formulae: [ref] });
    expect(dv.find("C5")).toMatchObject({ type: "list", formulae: [ref] });
  });

  it("skips an invalid list with a note", () => {
    const d = doc([
      sheet({ validations: [{ block: { top: 0, left: 1, bottom: 1, right: 1 }, values: ["a"] }] }),
    ]);
    expect(reportWorkbook(d).notes).toEqual([NOTES.validationSkipped("Báo cáo")]);
  });
});

describe("reportWorkbook: sheet names and existing workbooks", () => {
  it("never replaces an existing sheet: Báo cáo (2), (3), compared case-insensitively", async () => {
    const into = new Workbook();
    into.addWorksheet("Biểu 01").getCell("A1").value = "dữ liệu gốc";
    into.addWorksheet("báo cáo").getCell("A1").value = "báo cáo cũ";
    const first = reportWorkbook(partyDoc(), into);
    expect(first.workbook).toBe(into);
    expect(first.sheetNames).toEqual(["Báo cáo (2)"]);
    const second = reportWorkbook(partyDoc(), into);
    expect(second.sheetNames).toEqual(["Báo cáo (3)"]);
    const { back } = await roundTrip(into);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Biểu 01", "báo cáo", "Báo cáo (2)", "Báo cáo (3)"]);
    expect(ws(back, "Biểu 01").getCell("A1").value).toBe("dữ liệu gốc");
    expect(ws(back, "báo cáo").getCell("A1").value).toBe("báo cáo cũ");
    expect(ws(back, "Báo cáo (3)").getCell("C9").value).toMatchObject({ formula: "SUM(C7:C8)" });
    // Print titles name the right sheet.
    expect(ws(back, "Báo cáo (3)").pageSetup.printTitlesRow).toBe("6:6");
  });

  it("names the sheets of one doc apart", () => {
    const d = doc([sheet(), sheet(), sheet({ name: "Phụ lục" })]);
    expect(reportWorkbook(d).sheetNames).toEqual(["Báo cáo", "Báo cáo (2)", "Phụ lục"]);
  });

  it("gives the hidden list sheet a unique name too", () => {
    const into = new Workbook();
    into.addWorksheet("Danh sách");
    const long = Array.from({ length: 40 }, (_, i) => `Mục số ${i + 1} rất dài`);
    const d = doc([
      sheet({ validations: [{ block: { top: 1, left: 1, bottom: 1, right: 1 }, values: long }] }),
    ]);
    const { workbook } = reportWorkbook(d, into);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Danh sách", "Báo cáo", "Danh sách (2)"]);
  });

  it.each([
    ["Báo cáo 01/2026", "Báo cáo 01-2026"],
    ["A[1]:B*?\\", "A-1--B---"],
    ["'Phụ lục'", "’Phụ lục’"],
    ["   ", "Báo cáo"],
    ["Tổng hợp\nbiên chế", "Tổng hợp biên chế"],
    ["Kết quả sắp xếp tổ chức bộ máy năm 2026", "Kết quả sắp xếp tổ chức bộ máy"],
    ["History", "History (2)"],
  ])("cleans the sheet name %j → %j", (base, expected) => {
    const name = uniqueSheetName(base, []);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
    const wb = new Workbook();
    expect(() => wb.addWorksheet(name)).not.toThrow();
  });

  it("keeps a suffixed name within 31 characters", () => {
    const base = "Kết quả sắp xếp tổ chức bộ máy 2026";
    const first = uniqueSheetName(base, []);
    const second = uniqueSheetName(base, [first]);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBeLessThanOrEqual(31);
    const taken = [first, second];
    for (let n = 3; n <= 12; n++) taken.push(uniqueSheetName(base, taken));
    expect(taken.at(-1)).toMatch(/ \(12\)$/);
    expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(taken.length);
    expect(taken.every((t) => t.length <= 31)).toBe(true);
  });

  it("does not split a surrogate pair when cutting", () => {
    const name = uniqueSheetName(`${"a".repeat(30)}😀`, []);
    expect(name).toBe("a".repeat(30));
  });
});

describe("reportWorkbook: what it leaves out", () => {
  it("leaves a chart out with a note, once", () => {
    const chart = {
      type: "columnClustered" as const,
      title: "Biên chế",
      categories: { top: 7, left: 2, bottom: 8, right: 2 },
      series: [{ name: "Trước", values: { top: 7, left: 3, bottom: 8, right: 3 } }],
      anchor: { row: 1, col: 8, cols: 6, rows: 15 },
    };
    const d = doc([sheet({ chart }), sheet({ chart })]);
    expect(reportWorkbook(d).notes).toEqual([NOTES.chart]);
    expect(reportWorkbook(partyDoc()).notes).not.toContain(NOTES.chart);
  });

  it("skips cells outside the grid and invalid or overlapping merges, with notes, without throwing", async () => {
    const d = doc([
      sheet({
        cells: [
          { row: 0, col: 1, content: num(1) },
          { row: 1, col: 16385, content: num(1) },
          { row: 1.5, col: 1, content: num(1) },
          { row: 2, col: 2, content: text("ok") },
        ],
        merges: [
          { top: 1, left: 1, bottom: 2, right: 2 },
          { top: 2, left: 2, bottom: 3, right: 3 },
          { top: 3, left: 1, bottom: 2, right: 1 },
          { top: 5, left: 5, bottom: 5, right: 5 },
        ],
      }),
    ]);
    const result = reportWorkbook(d);
    expect(result.notes).toEqual([NOTES.cellOutside("Báo cáo"), NOTES.mergeSkipped("Báo cáo")]);
    const { back } = await roundTrip(result.workbook);
    expect((ws(back, "Báo cáo").model as unknown as { merges: string[] }).merges).toEqual(["A1:B2"]);
  });

  it("ignores an unknown style key: the cell gets the default font", () => {
    const d = doc([sheet({ cells: [{ row: 1, col: 1, content: num(1), style: "toString" }] })]);
    expect(ws(reportWorkbook(d).workbook, "Báo cáo").getCell("A1").font).toEqual({
      name: "Times New Roman",
      size: 12,
    });
  });
});

describe("reportWorkbook: size", () => {
  it("writes a 50,000-row doc within a generous memory bound", async () => {
    const rows = 50_000;
    const cells: ReportCell[] = [];
    for (let r = 1; r <= rows; r++) {
      cells.push(
        { row: r, col: 1, content: num(r), style: "n" },
        { row: r, col: 2, content: text(`Đơn vị ${r}`), style: "t" },
        { row: r, col: 3, content: num(r % 17), style: "n" },
        { row: r, col: 4, content: formula(`C${r}*2`, (r % 17) * 2), style: "n" },
        { row: r, col: 5, content: num(r % 7), style: "n" },
        { row: r, col: 6, content: text("Đạt"), style: "t" },
      );
    }
    const d = doc([sheet({ cells, freezeRows: 1 })], {
      n: { border: BOX, numberFormat: "#,##0" },
      t: { border: BOX, align: { wrap: true } },
    });
    const before = process.memoryUsage().heapUsed;
    const { workbook } = reportWorkbook(d);
    const built = process.memoryUsage().heapUsed - before;
    // Measured ≈ 70 MB for these 300,000 cells with shared styles (≈ 120 MB with a style per cell).
    expect(built).toBeLessThan(300 * 1024 * 1024);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const xml = readZipText(bytes, "xl/styles.xml") ?? "";
    // Two style keys → a handful of cell formats, not one per cell.
    const xfs = /<cellXfs count="(\d+)"/.exec(xml);
    expect(Number(xfs?.[1])).toBeLessThan(10);
    const s = ws(workbook, "Báo cáo");
    expect(s.getCell(rows, 4).value).toMatchObject({ formula: `C${rows}*2` });
  }, 180_000);
});
