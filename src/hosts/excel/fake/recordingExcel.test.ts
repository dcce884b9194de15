import { READ_CELL_LIMIT, RecordingExcel } from "./recordingExcel";

describe("RecordingExcel: load/sync semantics", () => {
  it("makes nothing readable before sync, and a loaded value readable after", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Data", [["a", 1]]);
    const range = fake.context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    range.load("values");
    expect(() => range.values).toThrow(/not loaded/);
    await fake.context.sync();
    expect(range.values).toEqual([["a", 1]]);
    expect(fake.syncCount).toBe(1);
  });

  it("does not make a written value readable without load + sync", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Data");
    const range = fake.context.workbook.worksheets.getItem("Data").getRange("A1");
    range.values = [[5]];
    expect(() => range.values).toThrow(/not loaded/);
    expect(fake.cell("Data", "A1")).toBeUndefined(); // not run yet
    await fake.context.sync();
    expect(fake.cell("Data", "A1")).toEqual({ kind: "number", value: 5 });
    expect(() => range.values).toThrow(/not loaded/);
  });

  it("runs a failing batch up to the failure and keeps what ran (no transaction)", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Data");
    const ws = fake.context.workbook.worksheets.getItem("Data");
    ws.getRange("A1").values = [[1]]; // ops 2, 3 (getItem is op 1)
    ws.getRange("A2").values = [[2]]; // ops 4, 5
    fake.failNextSync({ afterOps: 3 });
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.cell("Data", "A1")).toEqual({ kind: "number", value: 1 });
    expect(fake.cell("Data", "A2")).toBeUndefined();
    expect(fake.pending).toBe(0);
  });

  it("rejects a request over 5,000,000 bytes without running any of it", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Data");
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(90)]);
    fake.context.workbook.worksheets.getItem("Data").getRange("A1:A60000").formulas = big;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.requests[0]?.bytes).toBeGreaterThan(5_000_000);
    expect(fake.cellCount("Data")).toBe(0);
  });
});

describe("RecordingExcel: what Excel does with strings", () => {
  it("parses typed input: formulas, numbers, booleans, quoted text", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("S");
    fake.context.workbook.worksheets.getItem("S").getRange("A1:G1").formulas = [
      ["=SUM(B1)", "+84", "@x", "(1)", "'=SUM(A1)", "TRUE", "Phòng"],
    ];
    await fake.context.sync();
    expect(fake.cell("S", "A1")).toEqual({ kind: "formula", formula: "=SUM(B1)" });
    expect(fake.cell("S", "B1")).toEqual({ kind: "formula", formula: "=+84" });
    expect(fake.cell("S", "C1")).toEqual({ kind: "formula", formula: "=@x" });
    expect(fake.cell("S", "D1")).toEqual({ kind: "number", value: -1 });
    expect(fake.cell("S", "E1")).toEqual({ kind: "text", text: "=SUM(A1)", quotePrefix: true });
    expect(fake.cell("S", "F1")).toEqual({ kind: "boolean", value: true });
    expect(fake.cell("S", "G1")).toEqual({ kind: "text", text: "Phòng", quotePrefix: false });
  });

  it("keeps any string as text in a cell formatted as text", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("S");
    const r = fake.context.workbook.worksheets.getItem("S").getRange("A1");
    r.numberFormat = "@";
    r.values = [["=1+1"]];
    await fake.context.sync();
    expect(fake.cell("S", "A1")).toEqual({ kind: "text", text: "=1+1", quotePrefix: false });
  });
});

describe("RecordingExcel: sheets, versions, protection", () => {
  it("refuses a taken sheet name, whatever its case", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Báo cáo");
    fake.context.workbook.worksheets.add("BÁO CÁO");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.sheetNames()).toEqual(["Báo cáo"]);
  });

  it("fails at sync on APIs above the configured ExcelApi version", async () => {
    const fake = new RecordingExcel({ excelApi: "1.8" });
    fake.addSheet("S");
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(false);
    fake.context.workbook.worksheets.getItem("S").pageLayout.orientation = "Landscape";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("records a write to a protected sheet as a violation and fails the sync", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Data", [["x"]]);
    fake.protect("Data");
    const range = fake.context.workbook.worksheets.getItem("Data").getRange("A1");
    range.load("values");
    await fake.context.sync(); // reading is fine
    range.format.font.bold = true;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.violations).toHaveLength(1);
  });

  it("resolves borders of a block: edges on the outside, inside lines between cells", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("S");
    const format = fake.context.workbook.worksheets.getItem("S").getRange("A1:B2").format;
    format.borders.getItem("EdgeTop").style = "Continuous";
    format.borders.getItem("InsideHorizontal").style = "Double";
    await fake.context.sync();
    expect(fake.format("S", "A1").borders).toEqual({
      top: { style: "Continuous" },
      bottom: { style: "Double" },
    });
    expect(fake.format("S", "B2").borders).toEqual({ top: { style: "Double" } });
  });
});

describe("RecordingExcel: responses, tables, the active sheet and selecting", () => {
  it("rejects a response over the limit (ResponsePayloadSizeLimitExceeded) and records its bytes", async () => {
    const fake = new RecordingExcel({ responseLimit: 1_000 });
    fake.addSheet(
      "Data",
      Array.from({ length: 100 }, (_, i) => [`Nguyễn Văn ${i}`, i]),
    );
    const small = fake.context.workbook.worksheets.getItem("Data").getRange("A1:B2");
    small.load("values");
    await fake.context.sync();
    // [["Nguyễn Văn 0",0],["Nguyễn Văn 1",1]] as UTF-8 JSON, in the load's record.
    const expected = Buffer.byteLength(JSON.stringify({ isNullObject: false, values: small.values }), "utf8");
    expect(fake.requests[0]?.responseBytes).toBe(expected);

    const big = fake.context.workbook.worksheets.getItem("Data").getRange("A1:B100");
    big.load("values");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => big.values).toThrow(/not loaded/);
    expect(fake.requests[1]?.responseBytes).toBeGreaterThan(1_000);
  });

  it("lists tables with their sheet, and gives the active sheet", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Một");
    fake.addSheet("Hai", [["a"], ["b"]]);
    fake.addTable("BangHai", "Hai", "A1:A2");
    fake.activateSheet("Hai");
    const tables = fake.context.workbook.tables;
    tables.load("items/name,items/worksheet/name");
    const active = fake.context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await fake.context.sync();
    expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["BangHai", "Hai"]]);
    expect(active.name).toBe("Hai");
  });

  it("needs ExcelApi 1.2 for a table's sheet", async () => {
    const fake = new RecordingExcel({ excelApi: "1.1" });
    fake.addSheet("Hai", [["a"]]);
    fake.addTable("BangHai", "Hai", "A1");
    fake.context.workbook.tables.load("items/name,items/worksheet/name");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("selects a range at sync: its sheet becomes the active one", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("Một");
    fake.addSheet("Hai");
    const range = fake.context.workbook.worksheets.getItem("Hai").getRange("C12:D13");
    range.select();
    expect(fake.selected()).toBeUndefined();
    await fake.context.sync();
    expect(fake.selected()).toEqual({ sheet: "Hai", address: "C12:D13", by: "api" });
    expect(fake.activeSheet()).toBe("Hai");
  });
});

describe("RecordingExcel: fonts", () => {
  it("gives each column's font, null where a column mixes fonts, and each cell's (ExcelApi 1.9)", async () => {
    const fake = new RecordingExcel({ defaultFont: "Times New Roman" });
    fake.addSheet("S", [
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    fake.setFont("S", "A1:B2", ".VnTime");
    fake.setFont("S", "B1", "Arial");
    const range = fake.context.workbook.worksheets.getItem("S").getRange("A1:C2");
    const options = { format: { font: { name: true } } } as const;
    const columns = range.getColumnProperties(options);
    const cells = range.getCellProperties(options);
    range.load("format/font/name");
    expect(() => columns.value).toThrow(/not loaded/);
    await fake.context.sync();
    expect(columns.value.map((c) => c.format?.font?.name)).toEqual([".VnTime", null, "Times New Roman"]);
    expect(cells.value.map((row) => row.map((c) => c.format?.font?.name))).toEqual([
      [".VnTime", "Arial", "Times New Roman"],
      [".VnTime", ".VnTime", "Times New Roman"],
    ]);
    expect(range.format.font.name).toBeNull();
    expect(fake.fontName("S", "B2")).toBe(".VnTime");
    expect(fake.requests[0]?.responseBytes).toBeGreaterThan(100);
  });

  it("follows fonts written through the API, and refuses the property loads below ExcelApi 1.9", async () => {
    const fake = new RecordingExcel({ excelApi: "1.8" });
    fake.addSheet("S", [["a"]]);
    const range = fake.context.workbook.worksheets.getItem("S").getRange("A1");
    range.format.font.name = "VNI-Times";
    range.load("format/font/name");
    await fake.context.sync();
    expect(range.format.font.name).toBe("VNI-Times");
    range.getColumnProperties({ format: { font: { name: true } } });
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("RecordingExcel: what real Excel refuses outside the happy path", () => {
  /** Sets a bold font through `getRanges(address)` on "S" and syncs. */
  async function boldAreas(fake: RecordingExcel, address: string): Promise<void> {
    fake.context.workbook.worksheets.getItem("S").getRanges(address).format.font.bold = true;
    await fake.context.sync();
  }

  it("takes only the regional list separator in getRanges under a Windows locale", async () => {
    const vi = new RecordingExcel({ locale: "vi-VN" });
    vi.addSheet("S");
    await expect(boldAreas(vi, "A1:B2, D4")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(vi.format("S", "A1").font.bold).toBeUndefined();
    await boldAreas(vi, "A1:B2; D4");
    expect(vi.format("S", "D4").font.bold).toBe(true);

    const en = new RecordingExcel({ locale: "en-US" });
    en.addSheet("S");
    await expect(boldAreas(en, "A1:B2; D4")).rejects.toMatchObject({ code: "InvalidArgument" });
    await boldAreas(en, "A1:B2, D4");
    expect(en.format("S", "B2").font.bold).toBe(true);

    // Excel on the web (no locale): either, as office.d.ts documents.
    const web = new RecordingExcel();
    web.addSheet("S");
    await boldAreas(web, "A1, B1");
    await boldAreas(web, "A2; B2");
    expect(web.format("S", "B2").font.bold).toBe(true);
  });

  it("refuses to read more than 5,000,000 cells of one range (RangeExceedsLimit), the address still loads", async () => {
    // Excel on Windows: no 5 MB response limit, the cell limit all the same.
    const fake = new RecordingExcel({ locale: "vi-VN", responseLimit: Infinity });
    fake.addSheet("S", [["a"]]);
    const ws = fake.context.workbook.worksheets.getItem("S");
    ws.getRange("Z200000").values = [[1]];
    await fake.context.sync();
    const used = ws.getUsedRange(true);
    used.load("values");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    used.load("address");
    await fake.context.sync();
    expect(used.address).toBe("S!A1:Z200000");
    expect(26 * 200_000).toBeGreaterThan(READ_CELL_LIMIT);
    const fits = ws.getRange("A1:Z192307"); // 4,999,982 cells
    fits.load("formulas");
    await fake.context.sync();
    expect(fits.formulas).toHaveLength(192_307);
  }, 30_000);

  it("makes every operation of a given name fail when asked (an option this Excel refuses)", async () => {
    const fake = new RecordingExcel();
    fake.addSheet("S");
    fake.failOperation("pageLayout.zoom", { code: "NotImplemented" });
    const layout = fake.context.workbook.worksheets.getItem("S").pageLayout;
    layout.orientation = "Landscape";
    layout.zoom = { horizontalFitToPages: 1 };
    layout.leftMargin = 10;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "NotImplemented" });
    expect(fake.page("S")).toEqual({ orientation: "Landscape" });
  });
});
