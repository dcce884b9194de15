// Legacy Vietnamese fonts in .xlsx files: which cells are in .VnTime / VNI-Times (Grid.fonts), as
// ExcelJS reports them, the workbook's default font included.
import { Workbook, type Worksheet } from "exceljs";
import { encodeLegacy } from "../../../test/fixtures/legacy";
import { patchZip } from "../../../test/fixtures/zip";
import { readTable } from "../../core/read";
import type { Grid, Result } from "../../core/types";
import { openWorkbookBytes, type WorkbookSource } from "./open";

const tcvn3 = (s: string) => encodeLegacy(s, "tcvn3");
const vni = (s: string) => encodeLegacy(s, "vni");

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function value(result: Result<WorkbookSource>): WorkbookSource {
  if (!result.ok) throw new Error(result.issue.code);
  return result.value;
}

async function gridOf(bytes: Uint8Array, sheet: string): Promise<Grid> {
  const grid = value(await openWorkbookBytes(bytes, "bieu.xlsx")).grid(sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  return grid;
}

function put(ws: Worksheet, row: number, values: unknown[], font?: string): void {
  values.forEach((v, j) => {
    if (v === null) return;
    const cell = ws.getCell(row, j + 1);
    cell.value = v as never;
    if (font) cell.font = { name: font, size: 13 };
  });
}

const HEADER = ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Tổng số"];
const UNITS: [number, string, number, number, number][] = [
  [1, "Phòng Tổng hợp", 1, 2, 9],
  [2, "Văn phòng", 1, 1, 6],
];

describe("openWorkbookBytes: legacy fonts", () => {
  it("reports a .VnTime sheet under .VnTimeH titles as two blocks, and the reader reads it in Unicode", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Biểu 01");
    put(ws, 1, [tcvn3("SỞ NỘI VỤ")], ".VnTimeH");
    put(ws, 2, [tcvn3("bảng tổng hợp lãnh đạo")], ".VnTimeH");
    put(ws, 4, HEADER.map(tcvn3), ".VnTime");
    UNITS.forEach((u, k) =>
      put(
        ws,
        5 + k,
        u.map((v) => (typeof v === "string" ? tcvn3(v) : v)),
        ".VnTime",
      ),
    );
    put(ws, 7, [null, tcvn3("Tổng cộng"), 2, 3, 15], ".VnTime");
    const grid = await gridOf(await bytesOf(wb), "Biểu 01");
    expect(grid.fonts).toEqual([
      { top: 1, left: 1, bottom: 2, right: 5, font: ".VnTimeH" },
      { top: 4, left: 1, bottom: 7, right: 5, font: ".VnTime" },
    ]);
    const { table, issues } = readTable(grid);
    expect(issues).toEqual([]);
    expect(table?.units.map((u) => [u.name, u.heads, u.deputies, u.staff])).toEqual([
      ["Phòng Tổng hợp", 1, 2, 9],
      ["Văn phòng", 1, 1, 6],
    ]);
  });

  it("reports a VNI-Times block, and leaves out a Times New Roman header and numbers", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("DS");
    put(ws, 1, ["Họ và tên", "Chức vụ"], "Times New Roman");
    put(ws, 2, [vni("Nguyễn Văn An"), vni("Trưởng phòng")], "VNI-Times");
    put(ws, 3, [vni("Trần Thị Bình"), vni("Phó trưởng phòng")], "VNI-Times");
    put(ws, 4, [12, 13], "Times New Roman");
    const grid = await gridOf(await bytesOf(wb), "DS");
    expect(grid.fonts).toEqual([{ top: 2, left: 1, bottom: 3, right: 2, font: "VNI-Times" }]);
  });

  it("gives no fonts for a sheet in Unicode fonts", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    put(ws, 1, HEADER, "Times New Roman");
    put(ws, 2, UNITS[0] as unknown[]);
    const grid = await gridOf(await bytesOf(wb), "S");
    expect(grid.fonts).toBeUndefined();
  });

  it("takes the font of rich text runs when they agree", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = {
      richText: [
        { text: tcvn3("Phòng "), font: { name: ".VnTime", bold: true } },
        { text: tcvn3("Tổng hợp"), font: { name: ".VnTime" } },
      ],
    };
    ws.getCell("A2").value = {
      richText: [
        { text: tcvn3("Phòng "), font: { name: ".VnTime" } },
        { text: "Tổng hợp", font: { name: "Arial" } },
      ],
    };
    ws.getCell("A2").font = { name: "Arial" };
    const grid = await gridOf(await bytesOf(wb), "S");
    expect(grid.fonts).toEqual([{ top: 1, left: 1, bottom: 1, right: 1, font: ".VnTime" }]);
  });

  it("counts cells without a font of their own in the workbook's default font (Normal style .VnTime)", async () => {
    // ExcelJS writes font 0 as Calibri and cannot change it: the file is patched as Excel saves a
    // workbook whose Normal style is .VnTime.
    const wb = new Workbook();
    const ws = wb.addWorksheet("Biểu 01");
    put(ws, 1, HEADER.map(tcvn3));
    UNITS.forEach((u, k) =>
      put(
        ws,
        2 + k,
        u.map((v) => (typeof v === "string" ? tcvn3(v) : v)),
      ),
    );
    put(ws, 4, [null, "Ghi chú: số liệu đến 31/12"], "Times New Roman");
    const plain = await bytesOf(wb);
    expect((await gridOf(plain, "Biểu 01")).fonts).toBeUndefined();

    let patched = 0;
    const bytes = patchZip(plain, (name, text) => {
      if (name !== "xl/styles.xml") return text;
      // The first <font> of <fonts> is font 0.
      return text.replace(/(<fonts[^>]*>\s*<font>[\s\S]*?)<name val="Calibri"\/>/, (_m, head: string) => {
        patched++;
        return `${head}<name val=".VnTime"/>`;
      });
    });
    expect(patched).toBe(1);
    const grid = await gridOf(bytes, "Biểu 01");
    expect(grid.fonts).toEqual([{ top: 1, left: 1, bottom: 3, right: 5, font: ".VnTime" }]);
    const { table } = readTable(grid);
    expect(table?.units.map((u) => u.name)).toEqual(["Phòng Tổng hợp", "Văn phòng"]);
  });
});
