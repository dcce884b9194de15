// Issue 6, "Hostile and broken input": a corpus of nasty workbooks, built by test/corpus/workbooks.ts,
// each run through the real CLI in-process (and some through openWorkbookFile + readTable). Each
// gives the right figures or exit code 1 with one clear Vietnamese line naming the file, sheet or
// cell; each finishes within a time limit (a hang fails the test instead of hanging jest) and
// without a large growth of memory.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { run, type Io } from "../../src/cli/main";
import { readTable } from "../../src/core/read";
import { openWorkbookFile } from "../../src/hosts/xlsx/open";
import { checkUnzippedSize, MAX_UNZIPPED_BYTES } from "../../src/hosts/xlsx/zip-limits";
import * as W from "./workbooks";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function fileOf(bytes: Uint8Array, name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "tinhgon-nasty-"));
  dirs.push(dir);
  const file = join(dir, name);
  await writeFile(file, bytes);
  return file;
}

/** Rejects when `work` takes longer than `ms`: a hang fails the test, it does not hang jest. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const memory = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

interface Run {
  code: number;
  out: string;
  err: string;
  ms: number;
  /** Growth of heap and external memory over the run, in MB. */
  grewMb: number;
}

/** `tinhgon check FILE ...args` in-process, within `limitMs`. */
async function check(file: string, args: string[] = [], limitMs = 10_000): Promise<Run> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    cwd: tmpdir(),
    now: new Date("2026-11-22T08:00:00Z"),
  };
  const before = memory();
  const started = Date.now();
  const code = await within(limitMs, run(["check", file, ...args], io));
  const ms = Date.now() - started;
  // A synchronous hang cannot be interrupted by a timer: the elapsed time is checked as well.
  expect(ms).toBeLessThan(limitMs);
  return { code, out, err, ms, grewMb: (memory() - before) / 2 ** 20 };
}

interface Summary {
  units: number;
  heads: number;
  deputies: number;
  staff: number;
}

/** The "before" figures of a check run's --json output, and its units' [name, heads, deputies, staff]. */
function figures(out: string): { summary: Summary; units: [string, number, number, number][] } {
  const json = JSON.parse(out) as {
    summary: Record<keyof Summary, { before: number }>;
    units: { name: string; heads: number; deputies: number; staff: number }[];
  };
  const s = json.summary;
  return {
    summary: {
      units: s.units.before,
      heads: s.heads.before,
      deputies: s.deputies.before,
      staff: s.staff.before,
    },
    units: json.units.map((u) => [u.name, u.heads, u.deputies, u.staff]),
  };
}

const EXPECTED_UNITS = W.UNITS.map(([name, h, d, s]) => [name, h, d, s]);

/** Lines of stderr that are errors or warnings (the quota note is printed for every table here). */
/**
 * Lines of stderr that are errors or warnings (the quota note is printed for every table here), but
 * the warning that these title-less sheets do not say whether they are a Party or a State body:
 * true of every sheet here, and not what these tests are about.
 */
const problems = (err: string) =>
  err.split("\n").filter((l) => /^(Lỗi|Cảnh báo):/.test(l) && !l.includes("thuộc cơ quan Đảng hay Nhà nước"));

/** One line, an error, in Vietnamese, naming `mention`. */
function expectOneError(r: Run, mention: string): string {
  expect(r.code).toBe(1);
  const lines = r.err.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Lỗi: /);
  expect(lines[0]).toContain(mention);
  expect(r.err).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
  return lines[0] as string;
}

describe("nasty workbooks that still give the right figures", () => {
  it("merged cells across the header, into the data and over a unit's two parts", async () => {
    const r = await check(await fileOf(await W.mergedHeader(), "gop-o.xlsx"), ["--json"]);
    expect(r.code).toBe(0);
    expect(problems(r.err)).toEqual([]);
    expect(figures(r.out)).toEqual({ summary: W.TOTALS, units: EXPECTED_UNITS });
  });

  it("hidden rows and columns: a hidden unit row still counts, as in Excel's SUM", async () => {
    const r = await check(await fileOf(await W.hiddenRowsAndColumns(), "an-dong.xlsx"), ["--json"]);
    expect(r.code).toBe(0);
    // The total row (a SUM over every row, hidden or not) agrees: no total-mismatch warning.
    expect(problems(r.err)).toEqual([]);
    expect(figures(r.out)).toEqual({
      summary: { units: 5, heads: 5, deputies: 9, staff: 46 },
      units: [...EXPECTED_UNITS, ["Phòng Nghiệp vụ", 1, 1, 6]],
    });
  });

  it("formulas and error values in data cells: cached results read, errors counted 0 with their cell", async () => {
    const r = await check(await fileOf(await W.formulasAndErrors(), "cong-thuc.xlsx"), ["--json"]);
    expect(r.code).toBe(0);
    // One line for the column, with the count and the cells.
    expect(problems(r.err)).toEqual([
      "Cảnh báo: Ô 'Số liệu'!D3 có lỗi #N/A; đã tính là 0. Cùng lỗi này ở 2 ô của cột: 'Số liệu'!D3, 'Số liệu'!D4.",
    ]);
    // D5 is a formula without a cached result: blank, so 0; E5 is a formula giving the text "11".
    expect(figures(r.out)).toEqual({
      summary: { units: 4, heads: 4, deputies: 2, staff: 40 },
      units: [
        ["Văn phòng Sở", 1, 2, 12],
        ["Phòng Quản lý ngành", 1, 0, 8],
        ["Phòng Tổ chức cán bộ", 1, 0, 9],
        ["Phòng Kế hoạch - Tài chính", 1, 0, 11],
      ],
    });
  });

  it("1,000 columns", async () => {
    const file = await fileOf(await W.thousandColumns(), "rong.xlsx");
    const r = await check(file, ["--json"]);
    expect(r.code).toBe(0);
    expect(problems(r.err)).toEqual([]);
    expect(figures(r.out)).toEqual({ summary: W.TOTALS, units: EXPECTED_UNITS });
    const opened = await openWorkbookFile(file);
    if (!opened.ok) throw new Error(opened.issue.code);
    const grid = opened.value.grid("Rộng");
    expect(grid?.cells[0]).toHaveLength(1000);
    expect(readTable(grid as NonNullable<typeof grid>).table?.columns).toHaveLength(1000);
  });

  it("empty sheets first: the table on the third sheet is found", async () => {
    const r = await check(await fileOf(await W.emptySheetsThenTable(), "trang-trong.xlsx"), ["--json"]);
    expect(r.code).toBe(0);
    expect(figures(r.out)).toEqual({ summary: W.TOTALS, units: EXPECTED_UNITS });
  });

  it("duplicate unit names: added together, each repeat warned at its name cell", async () => {
    const r = await check(await fileOf(await W.duplicateUnits(), "trung-ten.xlsx"), ["--json"]);
    expect(r.code).toBe(0);
    expect(problems(r.err)).toEqual([
      "Cảnh báo: Tên đơn vị “VĂN PHÒNG SỞ” xuất hiện nhiều lần (cũng ở dòng 2); các dòng được cộng gộp. Cùng lỗi này ở 2 ô của cột: 'Biểu'!B6, 'Biểu'!B7.",
    ]);
    expect(figures(r.out)).toEqual({
      summary: { units: 4, heads: 4, deputies: 9, staff: 45 },
      units: [
        ["Văn phòng Sở", 1, 3, 15],
        ["Phòng Quản lý ngành", 1, 1, 10],
        ["Phòng Tổ chức cán bộ", 1, 2, 9],
        ["Phòng Kế hoạch - Tài chính", 1, 3, 11],
      ],
    });
  });

  it("a sheet named with quotes and Vietnamese letters: found by --sheet, quoted in cell addresses", async () => {
    const file = await fileOf(await W.quotedSheetName(), "ngoac.xlsx");
    const r = await check(file, ["--sheet", W.QUOTED_SHEET]);
    expect(r.out).toContain(`Nguồn: ngoac.xlsx › ${W.QUOTED_SHEET}`);
    expect(problems(r.err)).toEqual(["Lỗi: Ô 'Biểu ''số 1'''!C5 chứa “một”, không phải là số (Cấp trưởng)."]);
    expect(r.code).toBe(1);
    // Spelled without diacritics, in capitals: the same sheet.
    const loose = await check(file, ["--sheet", "BIEU 'SO 1'", "--json"]);
    expect(figures(loose.out).summary).toEqual({ ...W.TOTALS, heads: 3 });
    const opened = await openWorkbookFile(file);
    if (!opened.ok) throw new Error(opened.issue.code);
    expect(opened.value.sheetNames).toEqual(["Bản cũ", W.QUOTED_SHEET]);
  });

  it("sheet names ExcelJS would refuse or cut: long, History, the same but for case, a leading quote", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const file = await fileOf(await W.oddSheetNames(), "ten-la.xlsx");
      const opened = await openWorkbookFile(file);
      if (!opened.ok) throw new Error(opened.issue.code);
      expect(opened.value.sheetNames).toEqual(W.ODD_SHEETS);
      for (const name of W.ODD_SHEETS) expect(opened.value.grid(name)?.sheet).toBe(name);
      const r = await check(file, ["--sheet", W.ODD_SHEETS[0] as string, "--json"]);
      expect(figures(r.out)).toEqual({ summary: W.TOTALS, units: EXPECTED_UNITS });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("a declared dimension of the whole grid and a value at XFD1048576: cut, warned, read", async () => {
    const r = await check(await fileOf(await W.hugeDimension(), "khong-lo.xlsx"), ["--json"]);
    expect(r.code).toBe(0);
    expect(problems(r.err)).toEqual(["Cảnh báo: Trang tính Biểu quá lớn; chỉ đọc vùng A1:AMJ3906."]);
    expect(figures(r.out)).toEqual({ summary: W.TOTALS, units: EXPECTED_UNITS });
    expect(r.grewMb).toBeLessThan(300);
  });

  it("a sheet XML of 50 MB of blank space (under the limit): read, in bounded time and memory", async () => {
    const r = await check(await fileOf(await W.zipBomb(50), "bom-50.xlsx"), ["--json"]);
    expect(r.code).toBe(0);
    expect(figures(r.out)).toEqual({ summary: W.TOTALS, units: EXPECTED_UNITS });
    expect(r.grewMb).toBeLessThan(400);
  });
});

describe("nasty workbooks that give one clear line", () => {
  it("a sheet with nothing, or only formatting, named by --sheet", async () => {
    const file = await fileOf(await W.emptySheetsThenTable(), "trang-trong.xlsx");
    expect(expectOneError(await check(file, ["--sheet", "Trống"]), "Trống")).toBe(
      "Lỗi: Trang tính Trống không có dữ liệu. ['Trống'!A1]",
    );
    expect(expectOneError(await check(file, ["--sheet", "Định dạng"]), "Định dạng")).toBe(
      "Lỗi: Trang tính Định dạng không có dữ liệu. ['Định dạng'!A1]",
    );
  });

  it("counts no unit has (1e308, twice for one unit): each refused at its cell, never Infinity", async () => {
    const r = await check(await fileOf(await W.absurdCounts(), "so-lon.xlsx"), ["--json"]);
    expect(r.code).toBe(1);
    expect(problems(r.err)).toEqual([
      "Lỗi: Ô 'Biểu'!E2 chứa số quá lớn (1e+308) để là số người; đã bỏ qua. Cùng lỗi này ở 2 ô của cột: 'Biểu'!E2, 'Biểu'!E6.",
      // The staff cell left out, the unit has fewer staff than leaders: said too.
      "Lỗi: Đơn vị “Văn phòng Sở”: tổng số 0 nhỏ hơn số lãnh đạo 3. ['Biểu'!E2]",
      "Cảnh báo: Tên đơn vị “Văn phòng Sở” xuất hiện nhiều lần (cũng ở dòng 2); các dòng được cộng gộp. ['Biểu'!B6]",
    ]);
    const { summary } = figures(r.out);
    expect(Object.values(summary).every(Number.isSafeInteger)).toBe(true);
  });

  it("a workbook whose only sheet is empty", async () => {
    const r = await check(await fileOf(await W.onlyAnEmptySheet(), "trong.xlsx"));
    expect(expectOneError(r, "Sheet1")).toBe("Lỗi: Trang tính Sheet1 không có dữ liệu. [Sheet1!A1]");
  });

  it("an empty sheet, then a header without rows: the header's problem is told, not the empty sheet's", async () => {
    const r = await check(await fileOf(await W.emptySheetThenHeaderOnly(), "chi-tieu-de.xlsx"));
    expect(expectOneError(r, "'Biểu'!A1")).toBe(
      "Lỗi: Bảng có tiêu đề nhưng không có dòng đơn vị nào. ['Biểu'!A1]",
    );
  });

  it("a workbook with no sheet at all", async () => {
    const file = await fileOf(await W.noSheets(), "khong-trang.xlsx");
    expect(expectOneError(await check(file), file)).toBe(
      `Lỗi: Tệp ${file} không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng. Hãy mở bằng Excel rồi lưu lại thành .xlsx.`,
    );
  });

  it.each([
    ["text named .xlsx", () => W.notAZip(), "van-ban.xlsx"],
    ["random bytes", () => W.noise(), "nhieu.xlsx"],
    ["an .xlsx cut in half", () => W.truncatedXlsx(), "tai-do-dang.xlsx"],
    ["an empty file", () => new Uint8Array(0), "rong.xlsx"],
  ])("not a zip, or a broken one: %s", async (_label, make, name) => {
    const file = await fileOf(await make(), name);
    const line = expectOneError(await check(file), file);
    expect(line).toBe(
      `Lỗi: Tệp ${file} không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng. Hãy mở bằng Excel rồi lưu lại thành .xlsx.`,
    );
  });

  it("a zip bomb: a sheet XML that unpacks to 300 MB is refused before anything is inflated", async () => {
    const file = await fileOf(await W.zipBomb(300), "bom-300.xlsx");
    const r = await check(file, [], 5_000);
    expect(expectOneError(r, file)).toBe(
      `Lỗi: Tệp ${file} quá lớn để đọc: khi giải nén lên tới 287 MB (tối đa 256 MB). Hãy chép riêng bảng cần phân tích sang một tệp mới rồi thử lại.`,
    );
    expect(r.ms).toBeLessThan(2_000);
    expect(r.grewMb).toBeLessThan(50);
  });

  it("a crafted zip bomb whose headers lie (600 MB declared as 1 kB) is stopped after 1 kB", async () => {
    const file = await fileOf(await W.zipBomb(600, true), "bom-noi-doi.xlsx");
    const r = await check(file, [], 5_000);
    expectOneError(r, file);
    expect(r.err).toContain("không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng");
    expect(r.ms).toBeLessThan(2_000);
    expect(r.grewMb).toBeLessThan(50);
  });

  it("a small lying zip (50 MB declared as 1 kB) is corrupt", async () => {
    const file = await fileOf(await W.zipBomb(50, true), "bom-nho.xlsx");
    expectOneError(await check(file), basename(file));
  });
});

describe("checkUnzippedSize", () => {
  it("passes ordinary files, and refuses by declared size or by inflating a part that lies", async () => {
    expect(MAX_UNZIPPED_BYTES).toBe(256 * 2 ** 20);
    const honest = await W.zipBomb(50);
    const liar = await W.zipBomb(50, true);
    expect(await checkUnzippedSize(honest)).toEqual({ ok: true });
    // Under a 10 MB limit: refused from the central directory alone...
    expect(await checkUnzippedSize(honest, 10 * 2 ** 20)).toMatchObject({ ok: false, problem: "too-large" });
    // ... and the liar, whose declared sizes pass, by inflating its bloated part until 1 kB.
    expect(await checkUnzippedSize(liar, 10 * 2 ** 20)).toEqual({ ok: false, problem: "corrupt" });
    // A small liar cannot exceed the limit whatever it holds (1040 × its size): not inflated here.
    expect(await checkUnzippedSize(liar)).toEqual({ ok: true });
    expect(await checkUnzippedSize(W.notAZip())).toEqual({ ok: true });
  });
});
