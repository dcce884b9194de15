import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import type { Analysis, UnitResult } from "../../core/types";
import { readZip } from "../../../test/fixtures/zip";
import { resultsWorkbook, safeText } from "./results";
import { saveWorkbook } from "./save";

function unit(name: string, extra: Partial<UnitResult> = {}): UnitResult {
  return {
    name,
    heads: 1,
    deputies: 2,
    specialists: 11,
    staff: 14,
    contract: 0,
    unitType: "phong-dang",
    cap: 2,
    excess: 0,
    deputyRatio: 2,
    leaderShare: 3 / 14,
    flags: [],
    mergedFrom: [],
    ...extra,
  };
}

/** The Bình Phước comparison, as the analyser would hand it over. */
function binhPhuocAnalysis(units: UnitResult[] = [unit("Phòng Tổng hợp")]): Analysis {
  return {
    mode: "compare",
    date: "2026-02-05",
    summary: {
      units: { before: 7, after: 5, cut: 2, rate: 2 / 7 },
      heads: { before: 7, after: 5, cut: 2, rate: 2 / 7 },
      deputies: { before: 16, after: 6, cut: 10, rate: 10 / 16 },
      staff: { before: 52, after: 47, cut: 5, rate: 5 / 52 },
    },
    units,
    removed: [{ name: "Phòng Lưu trữ", into: "Chi cục Lưu trữ" }],
    issues: [
      {
        level: "warning",
        code: "staff-mismatch",
        cell: "'Trước sắp xếp'!F10",
        params: { unit: "Phòng Tổng hợp", staff: 12, parts: 11 },
      },
    ],
  };
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("resultsWorkbook", () => {
  it("has the three sheets in Vietnamese, or in English", () => {
    expect(resultsWorkbook(binhPhuocAnalysis(), "vi").worksheets.map((ws) => ws.name)).toEqual([
      "Tổng hợp",
      "Đơn vị",
      "Vấn đề",
    ]);
    expect(resultsWorkbook(binhPhuocAnalysis(), "en").worksheets.map((ws) => ws.name)).toEqual([
      "Summary",
      "Units",
      "Issues",
    ]);
  });

  it("writes the summary as numbers, the rate with a percent format", () => {
    const ws = sheet(resultsWorkbook(binhPhuocAnalysis(), "vi"), "Tổng hợp");
    const row = (r: number) => [1, 2, 3, 4, 5].map((c) => ws.getCell(r, c).value);
    expect(row(1)).toEqual(["Chỉ tiêu", "Trước", "Sau", "Giảm", "Tỷ lệ giảm"]);
    expect(row(2)).toEqual(["Đầu mối", 7, 5, 2, 2 / 7]);
    expect(row(3)).toEqual(["Cấp trưởng", 7, 5, 2, 2 / 7]);
    expect(row(4)).toEqual(["Cấp phó", 16, 6, 10, 10 / 16]);
    expect(row(5)).toEqual(["Biên chế", 52, 47, 5, 5 / 52]);
    expect(ws.getCell(5, 5).numFmt).toBe("0.00%");
    expect(ws.getCell(2, 1).font?.name).toBe("Times New Roman");
    expect(ws.getCell(1, 1).font?.bold).toBe(true);
  });

  it("leaves the after side blank in check mode", () => {
    const analysis = binhPhuocAnalysis();
    analysis.mode = "check";
    for (const key of ["units", "heads", "deputies", "staff"] as const) {
      analysis.summary[key] = { before: analysis.summary[key].before, after: null, cut: null, rate: null };
    }
    const ws = sheet(resultsWorkbook(analysis, "en"), "Summary");
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(5, c).value)).toEqual(["Staff", 52, null, null, null]);
  });

  it("lists units with type, cap, excess, deadline, flags and origins", () => {
    const merged = unit("Phòng Tổng hợp", {
      deputies: 3,
      excess: 1,
      quota: 15,
      contract: 1,
      deadline: "2030-12-31",
      flags: ["deputies-over-cap", "leaders-exceed-specialists"],
      mergedFrom: ["Phòng Tổ chức - Hành chính (bộ phận văn thư)"],
    });
    const ws = sheet(resultsWorkbook(binhPhuocAnalysis([merged]), "vi"), "Đơn vị");
    const values = Array.from({ length: 13 }, (_, j) => ws.getCell(2, j + 1).value);
    expect(values).toEqual([
      "Phòng Tổng hợp",
      1,
      3,
      11,
      14,
      15,
      1,
      "Phòng thuộc cơ quan tham mưu, giúp việc tỉnh ủy",
      2,
      1,
      new Date(Date.UTC(2030, 11, 31)),
      "Cấp phó vượt định mức; Lãnh đạo nhiều hơn chuyên viên",
      "Phòng Tổ chức - Hành chính (bộ phận văn thư)",
    ]);
    expect(ws.getCell(2, 11).numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell(1, 1).value).toBe("Tên đơn vị");
  });

  it("lists issues with level, cell and the message in the chosen language", () => {
    const vi = sheet(resultsWorkbook(binhPhuocAnalysis(), "vi"), "Vấn đề");
    expect([1, 2, 3].map((c) => vi.getCell(2, c).value)).toEqual([
      "Cảnh báo",
      "'Trước sắp xếp'!F10",
      "Đơn vị “Phòng Tổng hợp”: tổng số 12 khác tổng các thành phần 11 (trưởng + phó + chuyên viên).",
    ]);
    const en = sheet(resultsWorkbook(binhPhuocAnalysis(), "en"), "Issues");
    expect(en.getCell(2, 1).value).toBe("Warning");
  });
});

describe("resultsWorkbook: text is never a formula", () => {
  const dangerous = [
    "=SUM(A1)",
    "+84 912 345 678",
    "-1+2",
    '@HYPERLINK("x")',
    "\t=1+1",
    "\r=cmd|' /C calc'!A0",
  ];

  it("stores dangerous names as strings: read back intact, and the sheet XML has no <f>", async () => {
    const units = dangerous.map((name) => unit(name, { mergedFrom: [name] }));
    const wb = resultsWorkbook(binhPhuocAnalysis(units), "vi");
    const dir = await mkdtemp(join(tmpdir(), "tinhgon-results-"));
    const saved = await saveWorkbook(wb, join(dir, "ket-qua.xlsx"), { force: false, inputs: [] });
    if (!saved.ok) throw new Error(saved.issue.code);
    const bytes = new Uint8Array(await readFile(saved.value));
    await rm(dir, { recursive: true, force: true });

    const files = readZip(bytes);
    const sheets = [...files.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(3);
    for (const name of sheets) {
      const xml = Buffer.from(files.get(name) as Uint8Array).toString("utf8");
      expect(xml).not.toMatch(/<f[\s>/]/);
    }

    const back = new Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = sheet(back, "Đơn vị");
    dangerous.forEach((name, i) => {
      // CR is stored as LF (XML would turn it into LF anyway); everything else is kept exactly.
      const expected = name.replace(/\r/g, "\n");
      expect(ws.getCell(i + 2, 1).value).toBe(expected);
      expect(ws.getCell(i + 2, 13).value).toBe(expected);
      expect(ws.getCell(i + 2, 1).formula).toBeUndefined();
    });
  });

  it("removes characters XML forbids, so the file still opens", async () => {
    const wb = resultsWorkbook(binhPhuocAnalysis([unit("Phòng\u0001 A\uffff\ud800")]), "vi");
    const back = new Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(sheet(back, "Đơn vị").getCell(2, 1).value).toBe("Phòng A");
  });

  it("safeText keeps Vietnamese, tabs and line breaks, cuts at Excel's cell limit", () => {
    expect(safeText("Phòng\tTổng hợp\r\nx")).toBe("Phòng\tTổng hợp\nx");
    expect(safeText("😀 ủy")).toBe("😀 ủy");
    expect(safeText("a".repeat(40000))).toHaveLength(32767);
  });
});
