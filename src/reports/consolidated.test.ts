// The consolidated review ("tong-hop-ra-soat-cap-pho"): its figures against the consolidation, its
// subtotals and grand total, the agencies missing named exactly when the consolidation is
// incomplete, the heading of each style, and agencies' and files' names written as text.
import type { Consolidation } from "../core/analyse/consolidate";
import type { Analysis } from "../core/types";
import { agencyBlocks, missingLine } from "./consolidated";
import { consolidationOf, consolidationReturns, DETAILS } from "./fixtures";
import { consolidatedReview, consolidatedSubject } from "./templates/consolidatedReview";
import type { CellContent, ReportDoc, ReportSheet, ReportStyle } from "./types";

const render = (c: Consolidation, analysis: Analysis, style: ReportStyle = "state"): ReportDoc =>
  consolidatedReview(c, analysis, DETAILS[style]);

const textOf = (content: CellContent): string | undefined =>
  content.kind === "text" ? content.text : undefined;
const texts = (sheet: ReportSheet): string[] =>
  sheet.cells.map((cell) => textOf(cell.content)).filter((t): t is string => t !== undefined);
const allTexts = (doc: ReportDoc): string[] => doc.sheets.filter((s) => s.role !== "notes").flatMap(texts);

/** The figure (value or cached result) at a row and column of a sheet. */
function figure(sheet: ReportSheet, row: number, col: number): number | undefined {
  const content = sheet.cells.find((cell) => cell.row === row && cell.col === col)?.content;
  if (content?.kind === "number") return content.value;
  if (content?.kind === "formula" && typeof content.result === "number") return content.result;
  return undefined;
}

/** The rows whose cell in column `col` reads `label`. */
const rowsOf = (sheet: ReportSheet, label: string, col = 1): number[] =>
  sheet.cells
    .filter((cell) => cell.col === col && textOf(cell.content) === label)
    .map((cell) => cell.row)
    .sort((a, b) => a - b);

// Columns of the main table: C heads, D deputies, E cap, F excess, G staff.
const COL = { heads: 3, deputies: 4, cap: 5, excess: 6, staff: 7 } as const;

describe("consolidated review", () => {
  const full = consolidationOf(consolidationReturns());
  const doc = render(full.c, full.analysis);
  const main = doc.sheets[0] as ReportSheet;

  it("has one block per agency counted: its row, its units numbered from 1, a subtotal", () => {
    const counted = full.c.agencies.filter((a) => a.counted);
    expect(counted.map((a) => a.agency)).toEqual([
      "VĂN PHÒNG TỈNH ỦY",
      "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG",
      "SỞ NỘI VỤ",
    ]);
    for (const [i, numeral] of ["I", "II", "III"].entries()) {
      const [row] = rowsOf(main, numeral);
      expect(row).toBeDefined();
      const name = main.cells.find((cell) => cell.row === row && cell.col === 2)?.content;
      expect(name && textOf(name)).toBe(counted[i]?.agency);
    }
    expect(rowsOf(main, "Cộng")).toHaveLength(3);
    // The agencies not counted have no block.
    expect(texts(main)).not.toContain("SỞ XÂY DỰNG");
    expect(texts(main)).not.toContain("Phòng Quản lý xây dựng");
  });

  it("shows each unit's cap and excess as its own agency's rules give them", () => {
    const blocks = agencyBlocks(full.c, full.analysis);
    for (const { agency, units } of blocks) {
      const own = agency.analysis as Analysis;
      const [agencyRow] = rowsOf(main, agency.agency, 2);
      units.forEach((u, k) => {
        const row = (agencyRow as number) + 1 + k;
        const ownUnit = own.units.find((x) => x.name === u.name);
        expect(ownUnit).toBeDefined();
        expect(figure(main, row, COL.cap)).toBe(ownUnit?.cap ?? undefined);
        expect(figure(main, row, COL.deputies)).toBe(u.deputies);
        if (!u.capInfo?.pooled) expect(figure(main, row, COL.excess)).toBe(ownUnit?.excess);
      });
    }
    // The Party body's phòng under QĐ 329, the Sở's under NĐ 150, the commune's pooled under NQ 332.
    expect(texts(main)).toContain("Định mức theo Quy định 329-QĐ/TW");
    expect(texts(main)).toContain("Định mức theo Nghị quyết 332/NQ-CP");
    expect(texts(main).some((t) => t.startsWith("Định mức theo Nghị định 150/2025/NĐ-CP"))).toBe(true);
    expect(texts(main).some((t) => t.startsWith("Tính chung 4 đơn vị"))).toBe(true);
  });

  it("adds each agency's units up in its subtotal, and the subtotals up in the grand total = the consolidation's", () => {
    const subtotals = rowsOf(main, "Cộng");
    const blocks = agencyBlocks(full.c, full.analysis);
    blocks.forEach(({ agency }, i) => {
      const row = subtotals[i] as number;
      const formula = main.cells.find((cell) => cell.row === row && cell.col === COL.heads)?.content;
      const [agencyRow] = rowsOf(main, agency.agency, 2);
      // The live sum covers the agency's rows, from the one under its name to the one above "Cộng".
      expect(formula).toMatchObject({
        kind: "formula",
        formula: `SUM(C${(agencyRow as number) + 1}:C${row - 1})`,
      });
      for (const key of ["heads", "deputies", "staff", "excess"] as const) {
        expect(figure(main, row, COL[key])).toBe(agency[key]);
        let sum = 0;
        for (let r = (agencyRow as number) + 1; r < row; r++) sum += figure(main, r, COL[key]) ?? 0;
        expect(sum).toBe(agency[key]);
      }
    });
    const [total] = rowsOf(main, "TỔNG CỘNG");
    for (const key of ["heads", "deputies", "staff", "excess"] as const)
      expect(figure(main, total as number, COL[key])).toBe(full.c.totals[key]);
    expect(main.cells.find((cell) => cell.row === total && cell.col === COL.staff)?.content).toMatchObject({
      kind: "formula",
      formula: subtotals.map((r) => `G${r}`).join("+"),
    });
  });

  it("names the agencies missing at the top, and marks the subject, exactly when incomplete", () => {
    const line =
      "Chưa tổng hợp được số liệu của: 04-so-tai-chinh (không đọc được tệp); SỞ XÂY DỰNG (số tổng không khớp với các dòng).";
    expect(missingLine(full.c)).toBe(line);
    const all = allTexts(doc);
    // Right under the title, before the căn cứ.
    const at = texts(main).indexOf(line);
    expect(at).toBeGreaterThan(texts(main).indexOf("BÁO CÁO"));
    expect(at).toBeLessThan(texts(main).findIndex((t) => t.startsWith("Căn cứ ")));
    expect(main.cells.find((cell) => textOf(cell.content) === line)?.style).toBe("para.b");
    expect(all.some((t) => t.startsWith("VĂN PHÒNG TỈNH ỦY gửi hai biểu khác nhau"))).toBe(true);
    expect(all).toContain(
      "Tổng hợp rà soát số lượng cấp phó của các cơ quan, đơn vị (CHƯA ĐẦY ĐỦ: chưa tổng hợp được số liệu của 04-so-tai-chinh, SỞ XÂY DỰNG; chưa xác định biểu sử dụng của VĂN PHÒNG TỈNH ỦY)",
    );
    expect(all).toContain("Số liệu tổng cộng chưa gồm số liệu của: 04-so-tai-chinh; SỞ XÂY DỰNG.");

    // Only the good returns: complete, nothing said missing.
    const good = consolidationOf(consolidationReturns(false).slice(0, 3));
    expect(good.c.complete).toBe(true);
    const complete = allTexts(render(good.c, good.analysis));
    expect(complete.some((t) => /Chưa tổng hợp|CHƯA ĐẦY ĐỦ|chưa gồm|chưa xác định/.test(t))).toBe(false);
    expect(complete).toContain("Tổng hợp rà soát số lượng cấp phó của các cơ quan, đơn vị");

    // Only a return twice, unresolved: incomplete, said so; resolved (the later used): complete.
    const twice = [...consolidationReturns().slice(0, 3), consolidationReturns()[5]!];
    const open = consolidationOf(twice);
    expect(open.c.complete).toBe(false);
    expect(consolidatedSubject(open.c)).toMatch(
      /CHƯA ĐẦY ĐỦ: chưa xác định biểu sử dụng của VĂN PHÒNG TỈNH ỦY\)$/,
    );
    expect(allTexts(render(open.c, open.analysis)).some((t) => t.startsWith("Chưa tổng hợp được"))).toBe(
      false,
    );
    const later = consolidationOf(twice, { useLater: true });
    expect(later.c.complete).toBe(true);
    const laterTexts = allTexts(render(later.c, later.analysis));
    expect(laterTexts.some((t) => /CHƯA ĐẦY ĐỦ/.test(t))).toBe(false);
    expect(laterTexts).toContain(
      "VĂN PHÒNG TỈNH ỦY gửi lại biểu: dùng số liệu của biểu gửi sau (tệp 06-van-phong-tinh-uy-gui-lai.xlsx), không dùng tệp 01-van-phong-tinh-uy.xlsx.",
    );
    expect(laterTexts).toContain("Không dùng (đã có bản sau)");
  });

  it("lists every file received in PHỤ LỤC 1, then an appendix per agency counted", () => {
    expect(doc.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp cấp phó",
      "PL1 Tiếp nhận biểu",
      "PL2 VĂN PHÒNG TỈNH ỦY",
      "PL3 ỦY BAN NHÂN DÂN XÃ TÂN HƯNG",
      "PL4 SỞ NỘI VỤ",
      "Ghi chú cho người lập",
    ]);
    const status = texts(doc.sheets[1] as ReportSheet);
    expect(status.slice(0, 2)).toEqual(["PHỤ LỤC 1", "TÌNH HÌNH TIẾP NHẬN BIỂU CỦA CÁC CƠ QUAN, ĐƠN VỊ"]);
    for (const expected of [
      "01-van-phong-tinh-uy.xlsx",
      "Đã tổng hợp",
      "04-so-tai-chinh.xls",
      "Không đọc được",
      "Không tổng hợp (số tổng không khớp)",
      "Dòng tổng cộng ghi Tổng số = 30, nhưng cộng các đơn vị được 25. (ô 'Biểu đơn vị'!F25)",
      "Không dùng (trùng biểu đã nhận)",
      "Cùng cơ quan với tệp 01-van-phong-tinh-uy.xlsx.",
    ])
      expect(status).toContain(expected);
    expect(texts(doc.sheets[4] as ReportSheet)).toContain("PHỤ LỤC 4");
    expect(texts(doc.sheets[4] as ReportSheet)).toContain(
      "KẾT QUẢ RÀ SOÁT SỐ LƯỢNG CẤP PHÓ THEO TỪNG ĐƠN VỊ – SỞ NỘI VỤ",
    );
  });

  it("heads the report as the Party or the State writes it", () => {
    const party = texts(render(full.c, full.analysis, "party").sheets[0] as ReportSheet);
    expect(party).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(party).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(party.some((t) => t.startsWith("I- KẾT QUẢ TỔNG HỢP"))).toBe(true);
    const state = texts(main);
    expect(state).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(state).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(state).not.toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(state.some((t) => t.startsWith("I. KẾT QUẢ TỔNG HỢP"))).toBe(true);
    expect(state.some((t) => /, ngày 05 tháng 02 năm 2026$/.test(t))).toBe(true);
  });

  it("writes agencies' and files' names as text, whatever they start with", () => {
    const returns = consolidationReturns(false).slice(0, 3);
    returns[0] = { ...returns[0]!, agency: '=HYPERLINK("http://x")', file: "tra-ve/+cmd.xlsx" };
    returns.push({
      file: "tra-ve/@bad.xls",
      issues: [{ level: "error", code: "file-xls", params: { file: "@bad.xls" } }],
    });
    const { c, analysis } = consolidationOf(returns);
    const out = render(c, analysis);
    const cells = out.sheets.flatMap((s) => s.cells);
    for (const t of ['=HYPERLINK("http://x")', "+cmd.xlsx", "@bad"]) {
      const found = cells.filter((cell) => textOf(cell.content)?.startsWith(t));
      expect(found.length).toBeGreaterThan(0);
    }
    expect(
      cells.some((cell) => cell.content.kind === "formula" && /HYPERLINK|cmd|bad/.test(cell.content.formula)),
    ).toBe(false);
  });
});
