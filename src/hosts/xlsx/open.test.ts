import fc from "fast-check";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook, type CellValue as ExcelValue } from "exceljs";
import { issueMessage } from "../../core/messages";
import type { Grid, Result } from "../../core/types";
import { patchZip, writeZip } from "../../../test/fixtures/zip";
import { deflateRawSync } from "node:zlib";
import {
  openWorkbookBytes,
  openWorkbookFile,
  sheetNotFound,
  zlibInflateChunks,
  type WorkbookSource,
} from "./open";
import { XlsxCorrupt } from "./stream/xml";
import { MAX_GRID_CELLS } from "./sheet-grid";

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.issue.code}`);
  return result.value;
}

function gridOf(source: WorkbookSource, sheet: string): Grid {
  const grid = source.grid(sheet);
  if (!grid) throw new Error(`no grid ${sheet}`);
  return grid;
}

/** A sheet with every kind of value ExcelJS can hand over. */
function kitchenSink(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  ws.getCell("A1").value = "BẢNG TỔNG HỢP";
  ws.mergeCells("A1:C2");
  ws.getCell("A3").value = { richText: [{ text: "Phòng " }, { font: { bold: true }, text: "Tổng hợp" }] };
  ws.getCell("B3").value = { text: "Cổng thông tin", hyperlink: "https://example.invalid" };
  // ExcelJS reads a hyperlink whose text is rich text like this (its types do not say so).
  const richLink = {
    text: { richText: [{ text: "rich " }, { text: "link" }] },
    hyperlink: "https://x.invalid",
  };
  ws.getCell("C3").value = richLink as unknown as ExcelValue;
  ws.getCell("A4").value = { formula: "A5+1", result: 3 };
  ws.getCell("B4").value = { formula: "NA()", result: { error: "#N/A" } };
  ws.getCell("C4").value = { error: "#REF!" };
  ws.getCell("A5").value = 2;
  ws.getCell("B5").value = { formula: "A5*2" }; // no cached result
  ws.fillFormula("A6:C6", "A5+1", [3, 4, 5]); // shared formula
  ws.getCell("A7").value = new Date(Date.UTC(2026, 1, 5));
  ws.getCell("B7").value = true;
  ws.getCell("C7").value = " 12 ";
  ws.getCell("D8").value = "";
  wb.addWorksheet("Danh sách").getCell("B2").value = "Nguyễn Văn An";
  return wb;
}

describe("openWorkbookBytes: .xlsx", () => {
  let source: WorkbookSource;
  beforeAll(async () => {
    source = value(await openWorkbookBytes(await bytesOf(kitchenSink()), "bieu.xlsx"));
  });

  it("lists the sheets in order", () => {
    expect(source.sheetNames).toEqual(["Biểu 01", "Danh sách"]);
    expect(source.fileName).toBe("bieu.xlsx");
    expect(source.issues).toEqual([]);
  });

  it("converts every kind of value", () => {
    const g = gridOf(source, "Biểu 01");
    expect(g.origin).toEqual({ row: 1, col: 1 });
    const at = (r: number, c: number) => g.cells[r - 1]?.[c - 1];
    expect(at(1, 1)).toBe("BẢNG TỔNG HỢP");
    expect(at(3, 1)).toBe("Phòng Tổng hợp");
    expect(at(3, 2)).toBe("Cổng thông tin");
    expect(at(3, 3)).toBe("rich link");
    expect(at(4, 1)).toBe(3);
    expect(at(4, 2)).toEqual({ error: "#N/A" });
    expect(at(4, 3)).toEqual({ error: "#REF!" });
    expect(at(5, 2)).toBeNull();
    expect([at(6, 1), at(6, 2), at(6, 3)]).toEqual([3, 4, 5]);
    expect(at(7, 1)).toEqual(new Date(Date.UTC(2026, 1, 5)));
    expect(at(7, 2)).toBe(true);
    expect(at(7, 3)).toBe(" 12 ");
  });

  it("reports merges and leaves the covered cells null", () => {
    const g = gridOf(source, "Biểu 01");
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
    expect(g.cells[0]?.slice(0, 3)).toEqual(["BẢNG TỔNG HỢP", null, null]);
    expect(g.cells[1]?.slice(0, 3)).toEqual([null, null, null]);
  });

  it("sizes the grid by the cells that hold something (an empty string does not count)", () => {
    const g = gridOf(source, "Biểu 01");
    expect(g.cells).toHaveLength(7);
    expect(g.cells.every((row) => row.length === 3)).toBe(true);
    const roster = gridOf(source, "Danh sách");
    expect(roster.cells).toEqual([
      [null, null],
      [null, "Nguyễn Văn An"],
    ]);
    expect(roster.merges).toBeUndefined();
  });

  it("finds a sheet by exact name, then ignoring case, diacritics and spaces", () => {
    expect(source.grid("Danh sách")?.sheet).toBe("Danh sách");
    expect(source.grid("DANH SACH")?.sheet).toBe("Danh sách");
    expect(source.grid(" bieu  01 ")?.sheet).toBe("Biểu 01");
    expect(source.grid("Danh sách".normalize("NFD"))?.sheet).toBe("Danh sách");
    expect(source.grid("Sau sắp xếp")).toBeUndefined();
  });

  it("sheetNotFound lists the sheets that exist", () => {
    const issue = sheetNotFound(source, "Sau sắp xếp");
    expect(issue).toMatchObject({ level: "error", code: "sheet-not-found" });
    expect(issueMessage(issue, "vi")).toBe(
      "Tệp bieu.xlsx không có trang tính “Sau sắp xếp”. Các trang tính có trong tệp: “Biểu 01”, “Danh sách”.",
    );
  });
});

describe("openWorkbookBytes: hostile but valid .xlsx", () => {
  it("ignores a declared A1:XFD1048576 dimension and an empty styled cell at XFD1048576", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = "x";
    const bytes = patchZip(await bytesOf(wb), (name, xml) =>
      name === "xl/worksheets/sheet1.xml"
        ? xml
            .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
            .replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>')
        : xml,
    );
    const g = gridOf(value(await openWorkbookBytes(bytes, "s.xlsx")), "S");
    expect(g.cells).toEqual([
      [null, null],
      [null, "x"],
    ]);
  });

  it("does not hang on a data validation over whole columns (ExcelJS expands those cell by cell)", async () => {
    const wb = new Workbook();
    wb.addWorksheet("S").getCell("A1").value = "x";
    const bytes = patchZip(await bytesOf(wb), (name, xml) =>
      name === "xl/worksheets/sheet1.xml"
        ? xml.replace(
            "</sheetData>",
            '</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:Z1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
          )
        : xml,
    );
    const started = Date.now();
    const g = gridOf(value(await openWorkbookBytes(bytes, "dv.xlsx")), "S");
    expect(g.cells).toEqual([["x"]]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("cuts a sheet whose used block would be huge and warns", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "STT";
    ws.getCell(1_048_576, 100).value = "stray";
    const source = value(await openWorkbookBytes(await bytesOf(wb), "big.xlsx"));
    const g = gridOf(source, "S");
    expect(g.cells.length * (g.cells[0]?.length ?? 0)).toBeLessThanOrEqual(MAX_GRID_CELLS);
    expect(g.cells[0]?.[0]).toBe("STT");
    expect(source.issues).toEqual([
      {
        level: "warning",
        code: "sheet-truncated",
        params: { file: "big.xlsx", sheet: "S", range: "A1:CV40000" },
      },
    ]);
  });
});

describe("openWorkbookBytes: .csv", () => {
  it("gives one grid named after the file, text kept as text", async () => {
    const csv =
      '\ufeffSTT;Tên đơn vị;Tổng số\r\n1;Phòng Tổng hợp; 12 \r\n2;"Phòng Tổ chức; Hành chính";8\r\n';
    const source = value(
      await openWorkbookBytes(new TextEncoder().encode(csv), "C:\\data\\Biên chế 2025.csv"),
    );
    expect(source.sheetNames).toEqual(["Biên chế 2025"]);
    expect(gridOf(source, "biên chế 2025").cells).toEqual([
      ["STT", "Tên đơn vị", "Tổng số"],
      ["1", "Phòng Tổng hợp", " 12 "],
      ["2", "Phòng Tổ chức; Hành chính", "8"],
    ]);
  });

  it("reads .txt as well", async () => {
    const source = value(await openWorkbookBytes(new TextEncoder().encode("a\tb\n"), "x.TXT"));
    expect(gridOf(source, "x").cells).toEqual([["a", "b"]]);
  });
});

describe("openWorkbookBytes: clear failures", () => {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const fails = async (bytes: Uint8Array, fileName: string) => {
    const result = await openWorkbookBytes(bytes, fileName);
    if (result.ok) throw new Error("expected a failure");
    expect(result.issue.params?.file).toBe(fileName);
    expect(result.issue.level).toBe("error");
    return result.issue.code;
  };

  it("an .xls (OLE) file, whatever its name", async () => {
    const bytes = new Uint8Array([...ole, ...new Array<number>(600).fill(0)]);
    expect(await fails(bytes, "bieu.xls")).toBe("file-xls");
    expect(await fails(bytes, "renamed.xlsx")).toBe("file-xls");
    const msg = issueMessage({ level: "error", code: "file-xls", params: { file: "bieu.xls" } }, "vi");
    expect(msg).toBe(
      "Tệp bieu.xls là định dạng Excel 97-2003 (.xls). Hãy mở bằng Excel và chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx).",
    );
  });

  it("an .xls that is really HTML (exports of some software)", async () => {
    expect(await fails(new TextEncoder().encode("<html><table></table></html>"), "export.xls")).toBe(
      "file-xls",
    );
  });

  it("a password-protected .xlsx (an OLE container with EncryptedPackage)", async () => {
    const name = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
    const bytes = new Uint8Array([...ole, ...new Array<number>(500).fill(0), ...name, 0, 0]);
    expect(await fails(bytes, "mat-khau.xlsx")).toBe("file-encrypted");
  });

  it("an .ods, by its mimetype entry or by its extension", async () => {
    const ods = writeZip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
      { name: "content.xml", data: "<office:document-content/>" },
    ]);
    expect(await fails(ods, "bieu.ods")).toBe("file-ods");
    expect(await fails(ods, "renamed.xlsx")).toBe("file-ods");
    expect(await fails(new Uint8Array([1, 2, 3]), "bieu.ods")).toBe("file-ods");
  });

  it("a corrupt .xlsx: not a zip, truncated, or a zip without a workbook", async () => {
    const good = await bytesOf(kitchenSink());
    expect(await fails(new TextEncoder().encode("hello"), "a.xlsx")).toBe("file-corrupt");
    expect(await fails(good.subarray(0, 3000), "b.xlsx")).toBe("file-corrupt");
    expect(await fails(writeZip([{ name: "readme.txt", data: "hi" }]), "c.xlsx")).toBe("file-corrupt");
    expect(await fails(new Uint8Array(0), "d.xlsm")).toBe("file-corrupt");
  });

  it("an unsupported type", async () => {
    expect(await fails(new TextEncoder().encode("%PDF-1.7"), "bao-cao.pdf")).toBe("file-unsupported");
    expect(
      await fails(writeZip([{ name: "word/document.xml", data: "<w:document/>" }]), "to-trinh.docx"),
    ).toBe("file-unsupported");
  });

  it("never throws, whatever the bytes (property)", async () => {
    const good = await bytesOf(kitchenSink());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        fc.constantFrom("a.xlsx", "a.csv", "a.bin", "a.ods", "a"),
        async (edits, fileName) => {
          const bytes = new Uint8Array(good);
          for (const [at, b] of edits) bytes[at] = b;
          const result = await openWorkbookBytes(bytes, fileName);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("openWorkbookFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tinhgon-open-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads a file from disk", async () => {
    const path = join(dir, "bieu.xlsx");
    await writeFile(path, await bytesOf(kitchenSink()));
    const source = value(await openWorkbookFile(path));
    expect(source.fileName).toBe(path);
    expect(source.sheetNames).toEqual(["Biểu 01", "Danh sách"]);
  });

  it("file-not-found names the file", async () => {
    const missing = join(dir, "khong-co.xlsx");
    const result = await openWorkbookFile(missing);
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "file-not-found", params: { file: missing } },
    });
  });

  it("a folder is not readable as a file", async () => {
    const folder = join(dir, "thu-muc.xlsx");
    await mkdir(folder);
    const result = await openWorkbookFile(folder);
    expect(result.ok ? "" : result.issue.code).toBe("file-read-failed");
  });
});

describe("zlibInflateChunks (worksheets read as they inflate)", () => {
  const text = Buffer.from("<row>".repeat(200_000));
  const data = deflateRawSync(text);
  const all = async (size: number) => {
    const parts: Uint8Array[] = [];
    for await (const chunk of zlibInflateChunks(data, size)) parts.push(chunk);
    return Buffer.concat(parts);
  };

  it("gives the part in chunks, as it was", async () => {
    const parts: Uint8Array[] = [];
    for await (const chunk of zlibInflateChunks(data, text.length)) parts.push(chunk);
    expect(parts.length).toBeGreaterThan(1);
    expect(Buffer.concat(parts).equals(text)).toBe(true);
  });

  it("stops a part that inflates past its declared size, and one that falls short", async () => {
    await expect(all(text.length - 1)).rejects.toBeInstanceOf(XlsxCorrupt);
    await expect(all(text.length + 1)).rejects.toBeInstanceOf(XlsxCorrupt);
    await expect(
      (async () => {
        for await (const chunk of zlibInflateChunks(new Uint8Array([1, 2, 3, 4]), 10)) void chunk;
      })(),
    ).rejects.toBeInstanceOf(XlsxCorrupt);
  });
});
