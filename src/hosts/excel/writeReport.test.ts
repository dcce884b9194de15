import type { ReportDoc, ReportSheet } from "../../reports/types";
import { RecordingExcel, WEB_PAYLOAD_LIMIT } from "./fake/recordingExcel";
import { cellsDoc, FIRST_DATA_ROW, HEADER_ROW, sampleDoc } from "./fake/sampleDocs";
import { capabilities, planReport } from "./plan";
import type { InsertOptions } from "./writeReport";
import { insertReport, REQUEST_BUDGET } from "./writeReport";

/** A workbook with the user's source sheet, protected: any write to it fails the test. */
function workbook(excelApi = "1.13"): RecordingExcel {
  const fake = new RecordingExcel({ excelApi });
  fake.addSheet("Data", [
    ["Đơn vị", "Trưởng phòng", "Phó trưởng phòng"],
    ["Phòng A", 1, 3],
  ]);
  fake.protect("Data");
  return fake;
}

function expectWithinLimits(fake: RecordingExcel): void {
  expect(fake.syncCount).toBeLessThanOrEqual(3);
  for (const request of fake.requests) expect(request.bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  expect(fake.violations).toEqual([]);
  expect(fake.pending).toBe(0);
}

async function insert(
  fake: RecordingExcel,
  doc: ReportDoc,
  maxRequestBytes?: number,
  more: Partial<InsertOptions> = {},
) {
  return insertReport(fake.context, doc, {
    sourceSheet: "Data",
    supports: fake.isSetSupported,
    maxRequestBytes,
    ...more,
  });
}

describe("insertReport: a 10-row report", () => {
  it("lands on a new sheet “Báo cáo” in three syncs (two writes, the page setup), the source untouched", async () => {
    const fake = workbook();
    const result = await insert(fake, sampleDoc(10));
    expect(result).toEqual({
      ok: true,
      value: { sheetNames: ["Báo cáo"], notes: [], areaSeparator: "," },
    });
    expect(fake.syncCount).toBe(3);
    expect(fake.requests[2]?.names.every((n) => n.startsWith("pageLayout."))).toBe(true);
    expectWithinLimits(fake);
    expect(fake.sheetNames()).toEqual(["Data", "Báo cáo"]);
    expect(fake.activeSheet()).toBe("Báo cáo");
    expect(fake.cell("Data", "C2")).toEqual({ kind: "number", value: 3 });
    expect(fake.cellCount("Data")).toBe(6);
  });

  it("writes values, formulas, formats, merges, sizes, list, freeze, chart and page setup", async () => {
    const fake = workbook();
    await insert(fake, sampleDoc(10));
    const s = "Báo cáo";
    const r = FIRST_DATA_ROW;
    expect(fake.cell(s, `A${r}`)).toEqual({ kind: "number", value: 1 });
    expect(fake.cell(s, `B${r}`)).toEqual({
      kind: "text",
      text: "Phòng Tổ chức - Hành chính số 1",
      quotePrefix: true,
    });
    expect(fake.cell(s, `G${r}`)).toEqual({ kind: "formula", formula: `=MAX(0,D${r}-F${r})` });
    expect(fake.cell(s, "C15")).toEqual({ kind: "formula", formula: "=SUM(C5:C14)" });
    expect(fake.cell(s, "H1")).toBeUndefined();
    expect(fake.cell(s, "H2")).toEqual({ kind: "number", value: 46058 }); // 2026-02-05
    expect(fake.format(s, "H2").numberFormat).toBe("dd/mm/yyyy");
    expect(fake.format(s, "D5").numberFormat).toBe("#,##0");

    const th = fake.format(s, `C${HEADER_ROW}`);
    expect(th.font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
    expect(th.fill).toBe("#D9E1F2");
    expect(th.horizontalAlignment).toBe("Center");
    expect(th.wrapText).toBe(true);
    for (const side of ["top", "bottom", "left", "right"] as const) {
      expect(th.borders[side]).toEqual({ style: "Continuous", weight: "Thin" });
    }
    expect(fake.format(s, "A1").font).toMatchObject({ size: 14, bold: true });
    // A covered cell of the title merge takes the title's style.
    expect(fake.format(s, "H1").font).toMatchObject({ size: 14, bold: true });
    expect(fake.format(s, "C15").borders.bottom).toEqual({ style: "Double" });

    expect(fake.merges(s)).toEqual([{ top: 1, left: 1, bottom: 1, right: 8 }]);
    expect(fake.columnWidth(s, 2)).toBe(189); // 36 characters: 252 px
    expect(fake.rowHeight(s, HEADER_ROW)).toBe(32);
    expect(fake.validations(s)).toEqual([
      {
        block: { top: 5, left: 8, bottom: 14, right: 8 },
        rule: { list: { inCellDropDown: true, source: "Giữ nguyên,Sáp nhập,Giải thể" } },
      },
    ]);
    expect(fake.frozenRows(s)).toBe(4);
    expect(fake.charts(s)).toEqual([
      {
        type: "ColumnClustered",
        source: "D5:D14",
        seriesBy: "Columns",
        series: [
          { name: "Phó trưởng phòng", values: "D5:D14", xValues: "B5:B14" },
          { name: "Định mức", values: "F5:F14", xValues: "B5:B14" },
        ],
        title: "Số phó trưởng phòng",
        position: { start: "B17", end: "G31" },
      },
    ]);
    expect(fake.page(s)).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      topMargin: 56.69,
      bottomMargin: 56.69,
      leftMargin: 85.04,
      rightMargin: 42.52,
      headerMargin: 21.6,
      footerMargin: 21.6,
      printTitleRows: "$3:$4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      "headersFooters.state": "FirstAndDefault",
      "headersFooters.firstPage.centerHeader": "",
      "headersFooters.defaultForAllPages.centerHeader": '&"Times New Roman,Regular"&13&P',
    });
  });

  it("starts a printed page at each row break, with the page setup", async () => {
    const fake = workbook();
    const doc = sampleDoc(40);
    const sheet = doc.sheets[0] as ReportSheet;
    await insert(fake, { ...doc, sheets: [{ ...sheet, page: { ...sheet.page, rowBreaks: [20, 38] } }] });
    expect(fake.page("Báo cáo").rowBreaks).toEqual(["A20", "A38"]);
    expect(fake.syncCount).toBe(3);
    expect(fake.requests[2]?.names.filter((n) => !n.startsWith("pageLayout."))).toEqual([
      "horizontalPageBreaks.add",
      "horizontalPageBreaks.add",
    ]);
    expect(fake.violations).toEqual([]);
  });

  it("names the next report “Báo cáo (2)” and never touches the first", async () => {
    const fake = workbook();
    await insert(fake, sampleDoc(10));
    fake.protect("Báo cáo");
    const second = await insert(fake, sampleDoc(3));
    expect(second.ok && second.value.sheetNames).toEqual(["Báo cáo (2)"]);
    expect(fake.sheetNames()).toEqual(["Data", "Báo cáo", "Báo cáo (2)"]);
    expect(fake.violations).toEqual([]);
  });

  it("keeps the name clear of the source sheet and of Excel's forbidden characters", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("báo cáo");
    fake.protect("báo cáo");
    const doc = sampleDoc(2, "Báo cáo");
    const result = await insertReport(fake.context, doc, {
      sourceSheet: "báo cáo",
      supports: fake.isSetSupported,
    });
    expect(result.ok && result.value.sheetNames).toEqual(["Báo cáo (2)"]);
    const odd = await insertReport(
      fake.context,
      sampleDoc(2, "Kết quả: 2025/2026 [bản nháp] có tên rất dài"),
      {
        supports: fake.isSetSupported,
      },
    );
    expect(odd.ok && odd.value.sheetNames).toEqual(["Kết quả- 2025-2026 -bản nháp- c"]);
  });
});

describe("insertReport: text stays text, formulas stay formulas", () => {
  it("stores =SUM(A1), +84, @x, (1), 'abc and TRUE as the exact text", async () => {
    const fake = workbook();
    const texts = ["=SUM(A1)", "+84", "@x", "-5", "(1)", "'abc", "TRUE", "12,65%", "05/02/2026", "Phòng"];
    const result = await insert(fake, cellsDoc(texts.map((text) => ({ kind: "text", text }))));
    expect(result.ok).toBe(true);
    texts.forEach((text, i) => {
      const cell = fake.cell("Báo cáo", `${String.fromCharCode(65 + i)}1`);
      expect(cell).toMatchObject({ kind: "text", text });
    });
    // Plain labels carry no quote prefix.
    expect(fake.cell("Báo cáo", "J1")).toEqual({ kind: "text", text: "Phòng", quotePrefix: false });
  });

  it("stores formulas as formulas, with or without their leading =", async () => {
    const fake = workbook();
    await insert(
      fake,
      cellsDoc([
        { kind: "number", value: 2 },
        { kind: "formula", formula: "A1*3", result: 6 },
        { kind: "formula", formula: "=ROUND(A1/3,2)", result: 0.67 },
        { kind: "number", value: Number.NaN },
      ]),
    );
    expect(fake.cell("Báo cáo", "B1")).toEqual({ kind: "formula", formula: "=A1*3" });
    expect(fake.cell("Báo cáo", "C1")).toEqual({ kind: "formula", formula: "=ROUND(A1/3,2)" });
    expect(fake.cell("Báo cáo", "D1")).toBeUndefined();
  });
});

describe("insertReport: a 50,000-row report", () => {
  it("takes at most 3 syncs, every request under 5,000,000 bytes", async () => {
    const fake = workbook();
    const doc = sampleDoc(50_000);
    const result = await insert(fake, doc);
    expect(result.ok).toBe(true);
    expectWithinLimits(fake);
    expect(fake.syncCount).toBe(3);
    const last = FIRST_DATA_ROW + 50_000 - 1;
    expect(fake.cell("Báo cáo", `B${last}`)).toMatchObject({
      kind: "text",
      text: "Phòng Tổ chức - Hành chính số 50000",
    });
    expect(fake.cell("Báo cáo", `G${last + 1}`)).toEqual({ kind: "formula", formula: `=SUM(G5:G${last})` });
    expect(fake.format("Báo cáo", `E${last}`).borders.bottom).toEqual({
      style: "Continuous",
      weight: "Thin",
    });
    // The writes needed both syncs: one request alone could not carry them.
    expect(fake.requests.reduce((n, r) => n + r.bytes, 0)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    // The planner's estimate is never below what was sent.
    const plan = planReport(doc, capabilities(fake.isSetSupported));
    expect(plan.ops.reduce((n, op) => n + op.bytes, 0)).toBeGreaterThan(
      fake.requests.reduce((n, r) => n + r.bytes, 0),
    );
  }, 60_000);
});

describe("insertReport: a report too large for two requests, in chunks", () => {
  /** Requests of at most 100,000 bytes: the fake refuses anything larger, as Excel on the web 5 MB. */
  const LIMIT = 100_000;
  function smallRequests(options: { locale?: string } = {}): RecordingExcel {
    const fake = new RecordingExcel({ payloadLimit: LIMIT, ...options });
    fake.addSheet("Data", [["Đơn vị"], ["Phòng A"]]);
    fake.protect("Data");
    return fake;
  }

  it("writes every row in several syncs, each request under the limit, telling each step", async () => {
    const fake = smallRequests();
    const steps: [number, number][] = [];
    const result = await insert(fake, sampleDoc(3_000), LIMIT, {
      progress: (done, total) => steps.push([done, total]),
    });
    expect(result.ok && result.value.sheetNames).toEqual(["Báo cáo"]);
    const syncs = fake.syncCount;
    expect(syncs).toBe(6); // five writes of at most 100,000 bytes, then the page setup
    for (const request of fake.requests) expect(request.bytes).toBeLessThan(LIMIT);
    expect(fake.violations).toEqual([]);
    expect(fake.pending).toBe(0);
    expect(steps).toEqual(Array.from({ length: syncs + 1 }, (_, i) => [i, syncs]));
    // Complete: the last row, the total row, formats, the chart, the page setup; no sheet left over.
    const last = FIRST_DATA_ROW + 3_000 - 1;
    expect(fake.sheetNames()).toEqual(["Data", "Báo cáo"]);
    expect(fake.activeSheet()).toBe("Báo cáo");
    expect(fake.cell("Báo cáo", `B${last}`)).toMatchObject({ text: "Phòng Tổ chức - Hành chính số 3000" });
    expect(fake.cell("Báo cáo", `G${last + 1}`)).toEqual({ kind: "formula", formula: `=SUM(G5:G${last})` });
    expect(fake.format("Báo cáo", `E${last}`).borders.bottom).toEqual({
      style: "Continuous",
      weight: "Thin",
    });
    expect(fake.charts("Báo cáo")).toHaveLength(1);
    expect(fake.page("Báo cáo")).toMatchObject({ paperSize: "A4", printTitleRows: "$3:$4" });
  }, 60_000);

  it("keeps = + - @ text as text in a late chunk too", async () => {
    const fake = smallRequests();
    const doc = sampleDoc(3_000);
    const sheet = doc.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const texts = ["=SUM(A1)", "+84", "@x", "-5", "=1+1"];
    const late = FIRST_DATA_ROW + 2_990;
    texts.forEach((text, i) => {
      const cell = sheet.cells.find((c) => c.row === late + i && c.col === 2);
      if (cell) cell.content = { kind: "text", text };
    });
    const result = await insert(fake, doc, LIMIT);
    expect(result.ok).toBe(true);
    expect(fake.syncCount).toBe(6);
    // The cells of row `late` went in one of the last write requests, not the first two.
    const cellsSync = fake.requests.map((r) => r.names.includes("range.formulas")).lastIndexOf(true);
    expect(cellsSync).toBeGreaterThanOrEqual(2);
    texts.forEach((text, i) => {
      expect(fake.cell("Báo cáo", `B${late + i}`)).toEqual({ kind: "text", text, quotePrefix: true });
    });
  }, 60_000);

  it("deletes every sheet it added when a middle sync fails, the workbook as before", async () => {
    const fake = smallRequests();
    fake.failSync(3, { afterOps: 10, message: "Mất kết nối" });
    const result = await insert(fake, sampleDoc(3_000), LIMIT);
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "report-write-failed", params: { reason: "Mất kết nối" } },
    });
    expect(fake.syncCount).toBe(4);
    expect(fake.sheetNames()).toEqual(["Data"]);
    expect(fake.violations).toEqual([]);
  }, 60_000);

  it("deletes them too when the last write sync (the renames) fails", async () => {
    const fake = smallRequests();
    const plain = smallRequests();
    await insert(plain, sampleDoc(3_000), LIMIT);
    const writes = plain.syncCount - 1; // the last one is the page setup
    fake.failSync(writes, { afterOps: 1 });
    const result = await insert(fake, sampleDoc(3_000), LIMIT);
    expect(result.ok).toBe(false);
    expect(fake.syncCount).toBe(writes + 1);
    expect(fake.sheetNames()).toEqual(["Data"]);
  }, 60_000);

  it("refuses only an operation no request can carry (one row of megabytes), before sending anything", async () => {
    const fake = workbook();
    const huge = "Ấ".repeat(32_767); // 6 bytes each in the estimate: about 197 kB in one cell
    const result = await insert(fake, cellsDoc([{ kind: "text", text: huge }]), LIMIT);
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "report-too-large", params: { size: "0,2", limit: "0,1" } },
    });
    expect(fake.syncCount).toBe(0);
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  it("keeps a report that fits two requests to three syncs, whatever the budget's default", async () => {
    const fake = workbook();
    await insert(fake, sampleDoc(20_000), REQUEST_BUDGET);
    expect(fake.syncCount).toBe(3);
  }, 60_000);
});

describe("insertReport: getRanges and the regional list separator", () => {
  it("under vi-VN (Windows), finds “;” after one refused sync that wrote nothing, and says so", async () => {
    const fake = new RecordingExcel({ locale: "vi-VN" });
    fake.addSheet("Data", [["Đơn vị"]]);
    fake.protect("Data");
    const steps: [number, number][] = [];
    const result = await insert(fake, sampleDoc(10), undefined, {
      progress: (done, total) => steps.push([done, total]),
    });
    expect(result.ok && result.value.areaSeparator).toBe(";");
    expect(result.ok && result.value.sheetNames).toEqual(["Báo cáo"]);
    // Sync 1 stopped at its first operation, the probe: nothing was added or written.
    expect(fake.requests[0]?.names.slice(0, 2)).toEqual([
      "worksheets.getActiveWorksheet",
      "worksheet.getRanges",
    ]);
    expect(fake.syncCount).toBe(4);
    expect(fake.requests[1]?.names).toContain("worksheet.getRanges");
    expect(fake.sheetNames()).toEqual(["Data", "Báo cáo"]);
    expect(fake.format("Báo cáo", `C${HEADER_ROW}`).borders.top).toEqual({
      style: "Continuous",
      weight: "Thin",
    });
    expect(fake.format("Báo cáo", "E14").borders.bottom).toEqual({ style: "Continuous", weight: "Thin" });
    expect(fake.violations).toEqual([]);
    expect(steps).toEqual([
      [0, 3],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it("with the separator known (the pane's session), takes three syncs and no probe", async () => {
    const fake = new RecordingExcel({ locale: "vi-VN" });
    fake.addSheet("Data", [["Đơn vị"]]);
    const result = await insert(fake, sampleDoc(10), undefined, { areaSeparator: ";" });
    expect(result.ok && result.value.areaSeparator).toBe(";");
    expect(fake.syncCount).toBe(3);
    expect(fake.requests[0]?.names).not.toContain("worksheets.getActiveWorksheet");
  });

  it("under en-US (Windows) and on the web, “,” works at once: three syncs", async () => {
    for (const locale of ["en-US", undefined]) {
      const fake = new RecordingExcel({ locale });
      fake.addSheet("Data", [["Đơn vị"]]);
      const result = await insert(fake, sampleDoc(10));
      expect(result.ok && result.value.areaSeparator).toBe(",");
      expect(fake.syncCount).toBe(3);
    }
  });

  it("a report with no multi-area format needs no separator", async () => {
    const fake = new RecordingExcel({ locale: "vi-VN" });
    fake.addSheet("Data", [["Đơn vị"]]);
    const result = await insert(fake, cellsDoc([{ kind: "text", text: "Phòng" }]));
    expect(result.ok && result.value.areaSeparator).toBeUndefined();
    expect(fake.syncCount).toBe(3);
  });

  it("rolls back both tries when sync 1 fails for another reason after the probe", async () => {
    const fake = workbook(); // Excel on the web: the probe passes with ","
    fake.failSync(1, { afterOps: 40, code: "InvalidArgument", message: "Ô không hợp lệ" });
    const result = await insert(fake, sampleDoc(10));
    // Second try: the probe with ";" passes too on the web, then the temporary names are taken.
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "report-write-failed", params: { reason: "Ô không hợp lệ" } },
    });
    expect(fake.sheetNames()).toEqual(["Data"]);
    expect(fake.syncCount).toBe(4);
    expect(fake.violations).toEqual([]);
  });

  it("reports the second try's own failure under vi-VN", async () => {
    const fake = new RecordingExcel({ locale: "vi-VN" });
    fake.addSheet("Data", [["Đơn vị"]]);
    fake.failSync(2, { afterOps: 30, code: "GeneralException", message: "Mất kết nối" });
    const result = await insert(fake, sampleDoc(10));
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "report-write-failed", params: { reason: "Mất kết nối" } },
    });
    expect(fake.sheetNames()).toEqual(["Data"]);
  });
});

describe("insertReport: page setup on its own", () => {
  it("keeps the report when Excel refuses a page option, with a note", async () => {
    const fake = workbook();
    fake.failOperation("pageLayout.zoom", { code: "NotImplemented", message: "Không hỗ trợ" });
    const result = await insert(fake, sampleDoc(10));
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.notes).toEqual([
      "Báo cáo đã được chèn, nhưng Excel không nhận một phần thiết lập trang in của “Báo cáo” (Không hỗ trợ). Hãy kiểm tra khổ giấy, lề, dòng tiêu đề lặp lại và số trang trong thẻ Bố trí Trang (Page Layout).",
    ]);
    expect(fake.sheetNames()).toEqual(["Data", "Báo cáo"]);
    expect(fake.activeSheet()).toBe("Báo cáo");
    expect(fake.cell("Báo cáo", "C15")).toEqual({ kind: "formula", formula: "=SUM(C5:C14)" });
    expect(fake.syncCount).toBe(3);
    // A4 and the margins were set before the refused option; what came after it was not.
    expect(fake.page("Báo cáo")).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      topMargin: 56.69,
      bottomMargin: 56.69,
      leftMargin: 85.04,
      rightMargin: 42.52,
      headerMargin: 21.6,
      footerMargin: 21.6,
      printTitleRows: "$3:$4",
    });
  });

  it("sets every sheet's paper and margins before any sheet's other options", async () => {
    const fake = workbook();
    fake.failOperation("pageLayout.printTitleRows");
    const doc = sampleDoc(5);
    const second = structuredClone(doc.sheets[0]);
    if (!second) throw new Error("no sheet");
    second.name = "Phụ lục";
    doc.sheets.push(second);
    const result = await insert(fake, doc);
    expect(result.ok && result.value.sheetNames).toEqual(["Báo cáo", "Phụ lục"]);
    expect(result.ok && result.value.notes[0]).toMatch(/“Báo cáo”, “Phụ lục”/);
    for (const name of ["Báo cáo", "Phụ lục"]) {
      expect(fake.page(name)).toMatchObject({ paperSize: "A4", leftMargin: 85.04 });
    }
  });
});

describe("insertReport: a failed write leaves nothing", () => {
  it("deletes the new sheet when the writing sync fails (sync 2 fails, sync 3 cleans up)", async () => {
    const fake = workbook();
    fake.failSync(2, { afterOps: 5, message: "Lỗi mạng" });
    const result = await insert(fake, sampleDoc(10));
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "report-write-failed", params: { reason: "Lỗi mạng" } },
    });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames()).toEqual(["Data"]);
    expectWithinLimits(fake);
  });

  it("deletes a renamed sheet too (the failure after the rename)", async () => {
    const fake = workbook();
    // Sync 2 of a small report: its rename and activation are the last operations.
    fake.failSync(2, { afterOps: 2 });
    const result = await insert(fake, sampleDoc(10));
    expect(result.ok).toBe(false);
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  it("cleans up when the first sync fails half-way (sheet added, writes cut)", async () => {
    const fake = workbook();
    fake.failSync(1, { afterOps: 40 });
    const result = await insert(fake, sampleDoc(10));
    expect(result.ok ? undefined : result.issue.code).toBe("report-write-failed");
    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames()).toEqual(["Data"]);
    expectWithinLimits(fake);
  });

  it("stops after 2 syncs when the first sync failed before adding anything", async () => {
    const fake = workbook();
    fake.failSync(1, { afterOps: 0 });
    const result = await insert(fake, sampleDoc(10));
    expect(result.ok).toBe(false);
    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  it("cleans up a large report that fails in its second request", async () => {
    const fake = workbook();
    fake.failSync(2, { afterOps: 3 });
    const result = await insert(fake, sampleDoc(50_000));
    expect(result.ok).toBe(false);
    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames()).toEqual(["Data"]);
    expectWithinLimits(fake);
  }, 60_000);

  it("names the sheets to delete by hand when the clean-up fails too", async () => {
    const fake = workbook();
    fake.failSync(2, { afterOps: 3 });
    fake.failSync(3);
    const result = await insert(fake, sampleDoc(10));
    expect(result.ok ? undefined : result.issue).toMatchObject({
      code: "report-rollback-failed",
      params: { sheets: "“Báo cáo”" },
    });
  });
});

describe("insertReport: older Excel", () => {
  it("skips page setup without ExcelApi 1.9, with a Vietnamese note", async () => {
    const fake = workbook("1.8");
    const result = await insert(fake, sampleDoc(10));
    expect(result.ok).toBe(true);
    const notes = result.ok ? result.value.notes : [];
    expect(notes).toEqual([
      expect.stringMatching(/^Trang “Báo cáo”: chưa thiết lập trang in .*ExcelApi 1\.9/),
    ]);
    expect(fake.page("Báo cáo")).toEqual({});
    // Everything else is there, formats applied one range at a time.
    expect(fake.format("Báo cáo", "C3").borders.top).toEqual({ style: "Continuous", weight: "Thin" });
    expect(fake.frozenRows("Báo cáo")).toBe(4);
    expect(fake.requests[0]?.names).not.toContain("worksheet.getRanges");
    expectWithinLimits(fake);
  });

  it("groups formats with getRanges when ExcelApi 1.9 is there", async () => {
    const fake = workbook("1.9");
    await insert(fake, sampleDoc(10));
    expect(fake.requests[0]?.names).toContain("worksheet.getRanges");
  });

  it("falls back to a one-block chart and skips the rest on ExcelApi 1.4", async () => {
    const fake = workbook("1.4");
    const doc = sampleDoc(10);
    const sheet = doc.sheets[0];
    if (!sheet?.chart) throw new Error("sample without chart");
    // Categories in B, series in C and D: one contiguous block.
    sheet.chart.series = [
      { name: "Trưởng phòng", values: { top: 5, left: 3, bottom: 14, right: 3 } },
      { name: "Phó trưởng phòng", values: { top: 5, left: 4, bottom: 14, right: 4 } },
    ];
    const result = await insert(fake, doc);
    expect(result.ok).toBe(true);
    const codes = (result.ok ? result.value.notes : []).map((n) => n.slice(0, 40));
    expect(codes).toHaveLength(3); // validation, freeze, page setup
    expect(fake.charts("Báo cáo")).toEqual([
      expect.objectContaining({
        source: "B5:D14",
        series: [
          { name: "Trưởng phòng", values: "C5:C14", xValues: "B5:B14" },
          { name: "Phó trưởng phòng", values: "D5:D14", xValues: "B5:B14" },
        ],
      }),
    ]);
  });
});

describe("insertReport: several sheets and long lists", () => {
  it("adds every sheet, and a hidden “Danh sách” sheet for a list over 255 characters", async () => {
    const fake = workbook();
    const doc = sampleDoc(5);
    const second = structuredClone(doc.sheets[0]);
    if (!second) throw new Error("no sheet");
    second.name = "Phụ lục";
    second.validations = [
      {
        block: { top: 5, left: 8, bottom: 9, right: 8 },
        values: Array.from({ length: 40 }, (_, i) => `Trạng thái số ${i + 1}, có dấu phẩy`),
      },
    ];
    doc.sheets.push(second);
    const result = await insert(fake, doc);
    expect(result.ok && result.value.sheetNames).toEqual(["Báo cáo", "Phụ lục"]);
    expect(fake.sheetNames()).toEqual(["Data", "Báo cáo", "Phụ lục", "Danh sách"]);
    expect(fake.visibility("Danh sách")).toBe("Hidden");
    expect(fake.cell("Danh sách", "A40")).toMatchObject({
      kind: "text",
      text: "Trạng thái số 40, có dấu phẩy",
    });
    expect(fake.validations("Phụ lục")).toEqual([
      {
        block: { top: 5, left: 8, bottom: 9, right: 8 },
        rule: { list: { inCellDropDown: true, source: "'Danh sách'!A1:A40" } },
      },
    ]);
    expectWithinLimits(fake);
  });

  it("refuses an empty report", async () => {
    const fake = workbook();
    const doc = sampleDoc(1);
    doc.sheets = [];
    expect(await insert(fake, doc)).toEqual({ ok: false, issue: { level: "error", code: "report-empty" } });
    expect(fake.syncCount).toBe(0);
  });
});
