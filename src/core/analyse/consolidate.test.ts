import type { Grid, Issue, StaffingTable } from "../types";
import { agencyName } from "../read/agency";
import { check } from "./check";
import { combinedTable, consolidate, fileStem, type ReturnInput } from "./consolidate";
import { row, table } from "./fixtures";

const opts = { date: "2026-02-05" };

function returned(
  file: string,
  agency: string | undefined,
  body: StaffingTable["body"],
  extra: Partial<ReturnInput> = {},
): ReturnInput {
  const t: StaffingTable = {
    ...table([row("Phòng Tổng hợp", 1, 3, 8, 12), row("Phòng Tổ chức", 1, 2, 5, 8)], file),
    ...(body ? { body } : {}),
  };
  const analysis = check(t, opts);
  return { file, ...(agency ? { agency } : {}), table: t, analysis, issues: analysis.issues, ...extra };
}

const party = { family: "party" as const, commune: false, text: "TỈNH ỦY X", cell: "A1" };
const state = { family: "state" as const, commune: false, text: "SỞ NỘI VỤ", cell: "A1" };
const broken: ReturnInput = {
  file: "hong.xlsx",
  issues: [{ level: "error", code: "file-xls", params: { file: "hong.xlsx" } }],
};
const mismatch: Issue = {
  level: "error",
  code: "total-mismatch",
  cell: "'Biểu'!G25",
  params: { field: "Tổng số", stated: 30, computed: 20 },
};

describe("consolidate", () => {
  it("sums the agencies read, each checked under its own rules, and names the missing ones", () => {
    const c = consolidate([
      returned("ban-to-chuc.xlsx", "BAN TỔ CHỨC TỈNH ỦY", party),
      returned("so-noi-vu.xlsx", "SỞ NỘI VỤ", state),
      broken,
      returned("so-y-te.xlsx", "SỞ Y TẾ", state, { issues: [mismatch] }),
    ]);
    expect(c.agencies.map((a) => [a.agency, a.status, a.counted])).toEqual([
      // QĐ 329's caps are not published yet: a warning.
      ["BAN TỔ CHỨC TỈNH ỦY", "read-with-warnings", true],
      ["SỞ NỘI VỤ", "read", true],
      ["hong", "not-read", false],
      ["SỞ Y TẾ", "read-with-warnings", false],
    ]);
    expect(c.totals).toMatchObject({ units: 4, heads: 4, deputies: 10, staff: 40 });
    expect(c.summary.staff).toEqual({ before: 40, after: null, cut: null, rate: null });
    expect(c.missing.map((m) => [m.agency, m.why, m.issue?.code])).toEqual([
      ["hong", "not-read", "file-xls"],
      ["SỞ Y TẾ", "disagrees", "total-mismatch"],
    ]);
    expect(c.complete).toBe(false);
    // The Party body's phòng and the sở's are judged by different rules.
    const partyCaps = c.agencies[0]?.analysis?.units.map((u) => u.capInfo?.ruleSet);
    const stateCaps = c.agencies[1]?.analysis?.units.map((u) => u.capInfo?.ruleSet);
    expect(partyCaps).not.toEqual(stateCaps);
  });

  it("is complete when every agency is read and agrees", () => {
    const c = consolidate([returned("a.xlsx", "SỞ NỘI VỤ", state), returned("b.xlsx", "SỞ Y TẾ", state)]);
    expect(c.complete).toBe(true);
    expect(c.missing).toEqual([]);
    expect(c.totals.units).toBe(4);
  });

  it("keeps the earlier of two returns of one agency unless told to use the later", () => {
    const first = returned("so-noi-vu.xlsx", "SỞ NỘI VỤ", state);
    const again = returned("so-noi-vu (2).xlsx", "Sở Nội vụ", state, {
      table: table([row("Phòng Tổng hợp", 1, 1, 3, 5)]),
    });
    again.analysis = check(again.table as StaffingTable, opts);
    const kept = consolidate([first, again]);
    expect(kept.duplicates).toEqual([
      {
        agency: "SỞ NỘI VỤ",
        files: ["so-noi-vu.xlsx", "so-noi-vu (2).xlsx"],
        kind: "agency",
        used: "so-noi-vu.xlsx",
        resolved: false,
      },
    ]);
    expect(kept.totals.staff).toBe(20);
    expect(kept.complete).toBe(false);
    const later = consolidate([first, again], { useLater: true });
    expect(later.totals.staff).toBe(5);
    expect(later.duplicates[0]?.used).toBe("so-noi-vu (2).xlsx");
    expect(later.agencies[0]?.supersededBy).toBe("so-noi-vu (2).xlsx");
    expect(later.complete).toBe(true);
  });

  it("finds the same file content sent twice under two names", () => {
    const c = consolidate([
      returned("a.xlsx", undefined, state, { hash: "h1" }),
      returned("b.xlsx", undefined, state, { hash: "h1" }),
    ]);
    expect(c.duplicates.map((d) => [d.kind, d.files])).toEqual([["content", ["a.xlsx", "b.xlsx"]]]);
    expect(c.agencies.map((a) => [a.agency, a.agencyFrom])).toEqual([
      ["a", "file"],
      ["b", "file"],
    ]);
  });

  it("combines the agencies counted into one table that keeps each agency's rules", () => {
    const c = consolidate([
      returned("ban-to-chuc.xlsx", "BAN TỔ CHỨC TỈNH ỦY", party),
      returned("so-noi-vu.xlsx", "SỞ NỘI VỤ", state),
      broken,
    ]);
    const t = combinedTable(c);
    expect(t.units.map((u) => [u.block, u.name])).toEqual([
      ["BAN TỔ CHỨC TỈNH ỦY", "Phòng Tổng hợp"],
      ["BAN TỔ CHỨC TỈNH ỦY", "Phòng Tổ chức"],
      ["SỞ NỘI VỤ", "Phòng Tổng hợp"],
      ["SỞ NỘI VỤ", "Phòng Tổ chức"],
    ]);
    const all = check(t, opts);
    const each = c.agencies.flatMap((a) => a.analysis?.units ?? []);
    expect(all.units.map((u) => [u.unitType, u.capInfo?.ruleSet, u.cap, u.excess])).toEqual(
      each.map((u) => [u.unitType, u.capInfo?.ruleSet, u.cap, u.excess]),
    );
    expect(all.summary.staff.before).toBe(c.totals.staff);
    // One name in two agencies: told apart by the agency.
    expect(all.units[0]?.name).toBe("Phòng Tổng hợp (BAN TỔ CHỨC TỈNH ỦY)");
  });

  it("names a file by its stem", () => {
    expect(fileStem("/x/y/Sở Y tế.xlsx")).toBe("Sở Y tế");
    expect(fileStem("C:\\a\\b.csv")).toBe("b");
  });
});

describe("agencyName", () => {
  const grid = (rows: (string | null)[][]): Grid => ({
    sheet: "Biểu",
    origin: { row: 1, col: 1 },
    cells: rows,
  });

  it("reads the form's label line, not its parent nor a blank", () => {
    const g = grid([
      ["CƠ QUAN CHỦ QUẢN: UBND TỈNH X", null, "Biểu số 01"],
      ["CƠ QUAN, ĐƠN VỊ: SỞ NỘI VỤ"],
      ["BIỂU TỔNG HỢP"],
      ["STT", "Tên đơn vị"],
    ]);
    expect(agencyName(g, 4)).toEqual({ name: "SỞ NỘI VỤ", cell: "'Biểu'!A2" });
    const blank = grid([["CƠ QUAN CHỦ QUẢN: ……"], ["CƠ QUAN, ĐƠN VỊ: ……………"], ["STT"]]);
    expect(agencyName(blank, 3)).toBeUndefined();
  });

  it("takes the lowest letterhead line, never the motto", () => {
    const g = grid([
      ["ỦY BAN NHÂN DÂN TỈNH X", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["SỞ Y TẾ", null, "Độc lập - Tự do - Hạnh phúc"],
      ["DANH SÁCH PHÒNG"],
      ["Tên phòng", "Trưởng phòng"],
    ]);
    expect(agencyName(g, 4)?.name).toBe("SỞ Y TẾ");
    const commune = grid([["ỦY BAN NHÂN DÂN XÃ TÂN HƯNG"], ["Tên phòng"]]);
    expect(agencyName(commune, 2)?.name).toBe("ỦY BAN NHÂN DÂN XÃ TÂN HƯNG");
    const roster = grid([
      ["DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN HƯNG, TỈNH AN GIANG"],
      ["VĂN HÓA - XÃ HỘI"],
      ["STT"],
    ]);
    expect(agencyName(roster, 3)?.name).toBe("XÃ TÂN HƯNG");
    expect(agencyName(grid([["BIỂU SỐ LIỆU KHỐI VĂN HÓA - XÃ HỘI"], ["STT"]]), 2)).toBeUndefined();
    // The bundled samples: a table title starting "SỐ LƯỢNG" is no "SỞ"; "VĂN PHÒNG" alone takes its parent.
    const xa = grid([
      ["ỦY BAN NHÂN DÂN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["XÃ TÂN HƯNG", null, "Độc lập - Tự do - Hạnh phúc"],
      ["SỐ LƯỢNG LÃNH ĐẠO, BIÊN CHẾ CÁC PHÒNG CHUYÊN MÔN"],
      ["TT", "Tên cơ quan, đơn vị"],
    ]);
    expect(agencyName(xa, 4)?.name).toBe("XÃ TÂN HƯNG");
    const party = grid([
      ["TỈNH ỦY BÌNH PHƯỚC", null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
      ["VĂN PHÒNG"],
      ["*"],
      ["STT"],
    ]);
    expect(agencyName(party, 4)).toEqual({ name: "VĂN PHÒNG TỈNH ỦY BÌNH PHƯỚC", cell: "'Biểu'!A2" });
  });
});
