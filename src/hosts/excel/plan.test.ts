import fc from "fast-check";
import { sampleDoc } from "./fake/sampleDocs";
import type { Capabilities, PlannedOp } from "./plan";
import {
  columnWidthPoints,
  estimateBytes,
  formatProps,
  jsonBytes,
  MAX_AREAS_PER_OP,
  mmToPoints,
  planPage,
  planReport,
  rectangles,
  splitBatches,
} from "./plan";

const ALL: Capabilities = {
  rangeAreas: true,
  indent: true,
  pageLayout: true,
  validation: true,
  freeze: true,
  chartSeries: true,
};
const NONE: Capabilities = {
  rangeAreas: false,
  indent: false,
  pageLayout: false,
  validation: false,
  freeze: false,
  chartSeries: false,
};

const key = (row: number, col: number): number => row * 16_385 + col;

describe("rectangles", () => {
  it("covers a column of equal styles with one rectangle and a ragged block with few", () => {
    const column = Array.from({ length: 50_000 }, (_, i) => key(i + 5, 2));
    expect(rectangles(column)).toEqual([{ top: 5, left: 2, bottom: 50_004, right: 2 }]);
    const ragged = [key(1, 1), key(1, 2), key(2, 1), key(2, 2), key(3, 1)];
    expect(rectangles(ragged)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 3, right: 1 },
    ]);
  });

  it("covers exactly the given cells, without overlap (property)", () => {
    const cells = fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 })), {
      selector: ([r, c]) => key(r, c),
      maxLength: 60,
    });
    fc.assert(
      fc.property(cells, (pairs) => {
        const rects = rectangles(pairs.map(([r, c]) => key(r, c)));
        const covered: number[] = [];
        for (const b of rects)
          for (let r = b.top; r <= b.bottom; r++)
            for (let c = b.left; c <= b.right; c++) covered.push(key(r, c));
        expect(covered.length).toBe(new Set(covered).size);
        expect(new Set(covered)).toEqual(new Set(pairs.map(([r, c]) => key(r, c))));
      }),
    );
  });
});

describe("units", () => {
  it("converts column widths in characters to points (Excel's default 64 px column)", () => {
    expect(columnWidthPoints(9.140625)).toBe(48); // 8.43 shown: 64 px
    expect(columnWidthPoints(10)).toBe(52.5); // 70 px
    expect(columnWidthPoints(0)).toBe(0);
  });

  it("converts millimetres to points", () => {
    expect(mmToPoints(25.4)).toBe(72);
    expect(mmToPoints(20)).toBe(56.69);
    expect(mmToPoints(-3)).toBe(0);
  });

  it("bounds request bytes: 6 per non-ASCII character", () => {
    expect(jsonBytes("abc")).toBe(3);
    expect(jsonBytes("Phòng")).toBe(10);
  });
});

describe("formatProps", () => {
  it("maps a style to RangeFormat values, Times New Roman 12 by default", () => {
    const { main, insideHorizontal, insideVertical } = formatProps(
      {
        font: { bold: true, color: "c00000" },
        align: { horizontal: "center", vertical: "middle", wrap: true, indent: 2 },
        border: { top: "thin", bottom: "double", left: "hair" },
        fill: "#d9e1f2",
      },
      ALL,
    );
    expect(main).toEqual({
      font: { name: "Times New Roman", size: 12, bold: true, color: "#C00000" },
      fillColor: "#D9E1F2",
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      wrapText: true,
      indentLevel: 2,
      borders: {
        EdgeTop: { style: "Continuous", weight: "Thin" },
        EdgeBottom: { style: "Double" },
        EdgeLeft: { style: "Continuous", weight: "Hairline" },
      },
    });
    expect(insideHorizontal).toEqual({ style: "Double" });
    expect(insideVertical).toEqual({ style: "Continuous", weight: "Hairline" });
  });

  it("leaves the indent out without ExcelApi 1.9 and says so", () => {
    const notes: string[] = [];
    const { main } = formatProps({ align: { indent: 1 } }, NONE, (code) => notes.push(code));
    expect(main.indentLevel).toBeUndefined();
    expect(notes).toEqual(["report-indent-skipped"]);
  });
});

describe("planReport", () => {
  it("writes 50,000 rows with few format operations: styles grouped into rectangles", () => {
    const plan = planReport(sampleDoc(50_000), ALL);
    const count = (kind: string): number => plan.ops.filter((p) => p.op.kind === kind).length;
    expect(count("format")).toBeLessThan(15);
    expect(count("numberFormat")).toBeLessThan(6);
    expect(count("cells")).toBeGreaterThan(10); // row blocks of at most 256 KB
    for (const p of plan.ops) {
      if (p.op.kind === "format") expect(p.op.addresses.length).toBeLessThanOrEqual(MAX_AREAS_PER_OP);
    }
  });

  it("cuts long area lists for getRanges, and uses one range per operation without ExcelApi 1.9", () => {
    const doc = sampleDoc(600);
    const sheet = doc.sheets[0];
    if (!sheet) throw new Error("no sheet");
    // Every other row bold: 300 separate areas per column style.
    sheet.cells = sheet.cells.map((c) =>
      c.row >= 5 && c.row % 2 === 0 && c.col === 2 ? { ...c, style: "total" } : c,
    );
    const withAreas = planReport(doc, ALL).ops.filter((p) => p.op.kind === "format");
    expect(Math.max(...withAreas.map((p) => (p.op.kind === "format" ? p.op.addresses.length : 0)))).toBe(
      MAX_AREAS_PER_OP,
    );
    const without = planReport(doc, NONE).ops.filter((p) => p.op.kind === "format");
    expect(without.every((p) => p.op.kind === "format" && p.op.addresses.length === 1)).toBe(true);
    expect(without.length).toBeGreaterThan(600);
  });

  it("notes what an old Excel cannot do, once per sheet", () => {
    const plan = planReport(sampleDoc(5), { ...NONE });
    expect(plan.notes.map((n) => n.code).sort()).toEqual([
      "report-chart-skipped",
      "report-freeze-skipped",
      "report-page-setup-skipped",
      "report-validation-skipped",
    ]);
    // The sample's chart blocks (B, D, F) are not contiguous: no chart, and a note.
    const noChart = planReport(sampleDoc(5), { ...NONE, freeze: true, validation: true, pageLayout: true });
    expect(noChart.notes.map((n) => n.code)).toEqual(["report-chart-skipped"]);
  });

  it("skips invalid and overlapping merges and cells outside the grid", () => {
    const doc = sampleDoc(3);
    const sheet = doc.sheets[0];
    if (!sheet) throw new Error("no sheet");
    sheet.merges.push({ top: 1, left: 2, bottom: 2, right: 3 }, { top: 0, left: 1, bottom: 1, right: 1 });
    sheet.cells.push({ row: 2_000_000, col: 1, content: { kind: "number", value: 1 } });
    const plan = planReport(doc, ALL);
    expect(plan.ops.filter((p) => p.op.kind === "merge")).toHaveLength(1);
    expect(plan.notes.map((n) => n.code)).toEqual(["report-cell-outside", "report-merge-skipped"]);
  });

  it("plans a manual page break above each row that starts a page", () => {
    const page = {
      paper: "A4" as const,
      orientation: "portrait" as const,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      pageNumbers: false,
      rowBreaks: [31, 1, 58],
    };
    // Row 1 always starts a page: no break above it.
    expect(planPage(page).rowBreaks).toEqual(["A31", "A58"]);
    expect(planPage({ ...page, rowBreaks: [] }).rowBreaks).toBeUndefined();
  });

  it("plans the page: A4 landscape, margins in points, print titles, page numbers", () => {
    expect(
      planPage({
        paper: "A4",
        orientation: "portrait",
        margins: { top: 20, bottom: 30, left: 30, right: 15 },
        printTitleRows: [8, 9],
        fitToWidth: false,
        pageNumbers: false,
      }),
    ).toEqual({
      orientation: "Portrait",
      margins: { top: 56.69, bottom: 85.04, left: 85.04, right: 42.52, header: 21.6, footer: 21.6 },
      printTitleRows: "$8:$9",
      fitToWidth: false,
    });
  });
});

describe("splitBatches", () => {
  const op = (bytes: number): PlannedOp => ({ sheet: 0, op: { kind: "hide" }, bytes });

  it("keeps the order and stays under the budget", () => {
    const batches = splitBatches([op(40), op(40), op(40), op(10)], 100);
    expect(batches.map((b) => b.map((p) => p.bytes))).toEqual([
      [40, 40],
      [40, 10],
    ]);
  });

  it("gives an operation over the budget a batch of its own", () => {
    expect(splitBatches([op(10), op(500), op(10)], 100).map((b) => b.length)).toEqual([1, 1, 1]);
  });

  it("estimates at least the JSON of the operation", () => {
    const cells = { kind: "cells" as const, address: "A1:B1", formulas: [["Phòng", 1]] };
    expect(estimateBytes(cells)).toBeGreaterThan(JSON.stringify(cells).length);
  });
});
