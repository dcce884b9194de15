import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import type { ReportDoc, ReportSheet } from "../../reports/types";
import { NOTES } from "./report";
import { saveReport } from "./saveReport";

function sheet(over: Partial<ReportSheet> = {}): ReportSheet {
  return {
    name: "Báo cáo",
    parts: [],
    cells: [{ row: 1, col: 1, content: { kind: "text", text: "BÁO CÁO" } }],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    validations: [],
    page: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      pageNumbers: true,
    },
    freezeRows: 0,
    ...over,
  };
}

const CHART = {
  type: "barClustered" as const,
  title: "Biên chế",
  categories: { top: 1, left: 1, bottom: 2, right: 1 },
  series: [],
  anchor: { row: 1, col: 4, cols: 5, rows: 10 },
};

function doc(sheets: ReportSheet[], notes: string[] = []): ReportDoc {
  return { template: "ket-qua-sap-xep", style: "state", sheets, styles: {}, notes };
}

describe("saveReport", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tinhgon-report-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the report and returns the path with the doc's notes then the writer's", async () => {
    const out = join(dir, "bao-cao.xlsx");
    const result = await saveReport(doc([sheet({ chart: CHART })], ["Quy định chưa chốt."]), out, {
      force: false,
      inputs: [],
    });
    expect(result).toEqual({ ok: true, value: { path: out, notes: ["Quy định chưa chốt.", NOTES.chart] } });
    const wb = new Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Báo cáo"]);
    expect(wb.getWorksheet("Báo cáo")?.getCell("A1").value).toBe("BÁO CÁO");
  });

  it("refuses to overwrite an existing file without force, and overwrites it with force", async () => {
    const out = join(dir, "bao-cao.xlsx");
    await writeFile(out, "old");
    const refused = await saveReport(doc([sheet()]), out, { force: false, inputs: [] });
    expect(refused).toMatchObject({ ok: false, issue: { code: "file-exists" } });
    expect(await readFile(out, "utf8")).toBe("old");
    const forced = await saveReport(doc([sheet()]), out, { force: true, inputs: [] });
    expect(forced.ok).toBe(true);
    expect(await readdir(dir)).toEqual(["bao-cao.xlsx"]);
  });

  it("never writes onto an input file", async () => {
    const input = join(dir, "bien-che.xlsx");
    await writeFile(input, "input");
    const result = await saveReport(doc([sheet()]), input, { force: true, inputs: [input] });
    expect(result).toMatchObject({ ok: false, issue: { code: "output-is-input" } });
    expect(await readFile(input, "utf8")).toBe("input");
  });

  it("fails on a doc without sheets and writes nothing", async () => {
    const out = join(dir, "bao-cao.xlsx");
    const result = await saveReport(doc([]), out, { force: false, inputs: [] });
    expect(result).toMatchObject({ ok: false, issue: { code: "file-write-failed" } });
    expect(await readdir(dir)).toEqual([]);
  });
});
