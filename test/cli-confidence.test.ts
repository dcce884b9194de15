// Issue 10 on the command line: never a confident wrong answer. A plan needs a merge column, a
// compare needs two different tables, a report is not made over errors unless the user insists
// (--force, and the report says so), and the user sees how the sheet was read (--explain, printed
// anyway on errors) and can correct it (--columns).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { run, type Io } from "../src/cli/main";
import { SAMPLE_FILE } from "./fixtures/sample";
import { readZipText } from "./fixtures/zip";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "tinhgon-confidence-"));
  dirs.push(dir);
  return dir;
}

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    cwd,
    now: new Date("2026-12-01T08:00:00Z"),
  };
  const code = await run(args, io);
  return { code, out, err };
}

/** A workbook with one sheet of the given rows. */
async function workbook(dir: string, name: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Every shared string and inline text of the first sheet of an .xlsx, as one text. */
async function reportText(file: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(file));
  return `${readZipText(bytes, "xl/sharedStrings.xml") ?? ""}${readZipText(bytes, "xl/worksheets/sheet1.xml") ?? ""}`;
}

describe("a plan needs a merge column", () => {
  it("without --sheet, reads the sheet that has one (the sample's “Phương án”, not its first sheet)", async () => {
    const { code, out } = await cli(["plan", SAMPLE_FILE, "--unit-type", "phong-dang"], await tempDir());
    expect(code).toBe(0);
    expect(out).toContain("› Phương án");
    expect(out).toMatch(/Đầu mối\s+7\s+6\s+1/);
  });

  it("on a sheet without one: an error, and no report unless --force, which then says so", async () => {
    const dir = await tempDir();
    const args = [
      "plan",
      SAMPLE_FILE,
      "--sheet",
      "Trước sắp xếp",
      "--unit-type",
      "phong-dang",
      "-o",
      "kq.xlsx",
    ];
    const refused = await cli(args, dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("không có cột “Sáp nhập vào”");
    expect(refused.err).toContain("Chưa lập báo cáo kq.xlsx vì dữ liệu còn 1 lỗi");
    expect(existsSync(join(dir, "kq.xlsx"))).toBe(false);

    const forced = await cli([...args, "--force"], dir);
    expect(forced.code).toBe(1);
    expect(existsSync(join(dir, "kq.xlsx"))).toBe(true);
    expect(await reportText(join(dir, "kq.xlsx"))).toContain("Báo cáo này được lập khi số liệu còn 1 lỗi");
  });
});

describe("whose rules", () => {
  it("the bundled sample, with no flags, is judged by the Party rule and says why", async () => {
    const { code, out, err } = await cli(
      ["check", SAMPLE_FILE, "--sheet", "Trước sắp xếp", "--json"],
      await tempDir(),
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as { units: { unitType: string; rule: { ruleSet: string } }[] };
    expect(new Set(json.units.map((u) => u.unitType))).toEqual(new Set(["phong-dang"]));
    expect(new Set(json.units.map((u) => u.rule.ruleSet))).toEqual(new Set(["QD329_2025"]));
    expect(err).toContain(
      "quy định cho cơ quan Đảng vì tiêu đề bảng ghi “TỈNH ỦY BÌNH PHƯỚC” (ô 'Trước sắp xếp'!A1)",
    );
  });
});

describe("the excess-deputy deadline", () => {
  const plan = ["plan", SAMPLE_FILE, "--sheet", "Phương án", "--unit-type", "phong", "--json"];
  const deadlines = (out: string) =>
    (JSON.parse(out) as { units: { deadline: string | null }[] }).units
      .map((u) => u.deadline)
      .filter(Boolean);

  it("is the same on every rerun with the same decision date", async () => {
    const dir = await tempDir();
    // Decided on 10/7/2025: five years (to 10/7/2030) come before KL 187's end of 2030.
    const a = await cli([...plan, "--date", "2026-03-01", "--decision-date", "2025-07-10"], dir);
    const b = await cli([...plan, "--date", "2026-11-30", "--decision-date", "2025-07-10"], dir);
    expect(deadlines(a.out)).toEqual(Array(6).fill("2030-07-10"));
    expect(deadlines(b.out)).toEqual(deadlines(a.out));
    expect(a.err).not.toContain("Chưa có ngày quyết định");
  });

  it("without a decision date, says that it is counted from the report date", async () => {
    const { out, err } = await cli([...plan, "--date", "2025-11-15"], await tempDir());
    expect(deadlines(out)).toEqual(Array(6).fill("2030-11-15"));
    expect(err).toContain(
      "Chưa có ngày quyết định sắp xếp có hiệu lực: thời hạn giải quyết cấp phó dôi dư đang tính từ ngày báo cáo 15/11/2025",
    );
  });

  it("where five years from the decision run past 2030, gives KL 187's date and names both", async () => {
    const { out, err } = await cli(
      [...plan, "--date", "2026-03-01", "--decision-date", "2026-01-15"],
      await tempDir(),
    );
    expect(deadlines(out)).toEqual(Array(6).fill("2030-12-31"));
    expect(err).toContain("Cấp phó dôi dư phải giải quyết xong trước ngày 31/12/2030 (Kết luận 187-KL/TW");
    expect(err).toContain("cho phép đến ngày 15/01/2031");
  });

  it("a Party layout over State rules is warned", async () => {
    const dir = await tempDir();
    const { err } = await cli([...plan, "--style", "party", "-o", "kq.xlsx"], dir);
    expect(err).toContain(
      "Báo cáo theo thể thức Đảng (--style party) nhưng các đơn vị được xét theo quy định của Nhà nước",
    );
  });
});

describe("caps no text publishes (a commune đảng ủy's bodies, QĐ 298)", () => {
  const rows = [
    ["ĐẢNG ỦY XÃ TÂN HƯNG", null, null, null, null],
    ["SỐ LƯỢNG CẤP ỦY VIÊN, CÔNG CHỨC CÁC CƠ QUAN THAM MƯU, GIÚP VIỆC", null, null, null, null],
    ["TT", "Cơ quan", "Cấp trưởng", "Cấp phó", "Tổng số"],
    [1, "Văn phòng Đảng ủy", 1, 2, 6],
    [2, "Ban Xây dựng Đảng", 1, 1, 5],
    [3, "Ủy ban Kiểm tra Đảng ủy", 1, 1, 4],
  ];

  it("without --cap: blank caps and a warning, never a cap made up", async () => {
    const dir = await tempDir();
    const file = await workbook(dir, "dang-uy-xa.xlsx", rows);
    const { code, out, err } = await cli(["check", file, "--date", "2026-02-05", "--json"], dir);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { units: { cap: number | null; unitType: string }[] };
    expect(json.units.map((u) => [u.unitType, u.cap])).toEqual([
      ["co-quan-dang-xa", null],
      ["co-quan-dang-xa", null],
      ["co-quan-dang-xa", null],
    ]);
    expect(err).toContain("Chưa có văn bản công bố định mức cấp phó");
  });

  it("--cap co-quan-dang-xa=1 is used, marked as entered in the text, the JSON and the report", async () => {
    const dir = await tempDir();
    const file = await workbook(dir, "dang-uy-xa.xlsx", rows);
    const args = ["check", file, "--date", "2026-02-05", "--cap", "co-quan-dang-xa=1"];
    const text = await cli([...args, "-o", "kq.xlsx"], dir);
    expect(text.code).toBe(0);
    expect(text.out).toContain("Quy định áp dụng tính đến 05/02/2026: định mức tự nhập");
    expect(text.out).toMatch(/Văn phòng Đảng ủy\s+1\s+2\s+3\s+6\s+1\*\s+1/);
    expect(text.out).toContain("* Định mức do người dùng nhập (--cap)");
    expect(text.err).toContain("dùng định mức 1 do người dùng nhập");
    const report = await reportText(join(dir, "kq.xlsx"));
    expect(report).toContain("Định mức tự nhập (*)");
    expect(report).toContain("Chưa có văn bản quy định số lượng cấp phó cho loại đơn vị này.");
    const json = JSON.parse((await cli([...args, "--json"], dir)).out) as {
      units: { cap: number; excess: number; rule: { ruleSet: null; entered: boolean } }[];
    };
    expect(json.units.map((u) => [u.cap, u.excess, u.rule.ruleSet, u.rule.entered])).toEqual([
      [1, 1, null, true],
      [1, 0, null, true],
      [1, 0, null, true],
    ]);
  });

  it("an entered cap never replaces a published one, and a bad --cap is refused", async () => {
    const dir = await tempDir();
    const commune = await cli(
      ["check", join(__dirname, "..", "samples", "ubnd-xa-mau.xlsx"), "--cap", "phong-xa=5", "--json"],
      dir,
    );
    const json = JSON.parse(commune.out) as { units: { cap: number }[] };
    expect(json.units.map((u) => u.cap)).toEqual([2, 2, 2, 2]);
    expect(commune.err).toContain("Định mức tự nhập cho “Phòng thuộc UBND xã, phường” (5) không được dùng");
    const bad = await cli(["check", SAMPLE_FILE, "--cap", "co-quan-dang-xa=hai"], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--cap: “co-quan-dang-xa=hai” không hợp lệ");
  });
});

describe("a compare needs two different tables", () => {
  it("refuses a sheet compared with itself", async () => {
    const args = [
      "compare",
      SAMPLE_FILE,
      SAMPLE_FILE,
      "--sheet",
      "Trước sắp xếp",
      "--unit-type",
      "phong-dang",
    ];
    const { code, err } = await cli(args, await tempDir());
    expect(code).toBe(1);
    expect(err).toContain("giống hệt nhau: có thể đã chọn cùng một bảng hai lần");
  });
});

describe("how the sheet was read, and corrections", () => {
  const rows: (string | number | null)[][] = [
    ["SỞ XÂY DỰNG"],
    ["Tên đơn vị", "TP", "PP", "Cột 4", "Cột 5"],
    ["Văn phòng Sở", 1, 2, 6, 9],
    ["Phòng Quản lý xây dựng", 1, 1, 5, 7],
  ];

  it("--explain prints the header rows and each column's field", async () => {
    const dir = await tempDir();
    const file = await workbook(dir, "bieu.xlsx", rows);
    const { code, out } = await cli(["check", file, "--explain"], dir);
    expect(code).toBe(1); // the two unnamed columns leave staff unknown (next test)
    expect(out).toContain("Cách đọc bảng trang “Biểu 01”: dòng tiêu đề 2–2 (bảng theo đơn vị)");
    expect(out).toContain("Dòng 2: Tên đơn vị | TP | PP | Cột 4 | Cột 5");
    expect(out).toMatch(/C {3}PP\s+→ Cấp phó \(deputies\)/);
    expect(out).toMatch(/D {3}Cột 4\s+→ \(bỏ qua\)/);
  });

  it("--columns corrects the mapping, as the pane does, and --json shows the columns read", async () => {
    const dir = await tempDir();
    const file = await workbook(dir, "bieu.xlsx", rows);
    // Without help, the two unnamed columns are not read and staff is unknown: an error naming them.
    const plain = await cli(["check", file, "--json"], dir);
    expect(plain.code).toBe(1);
    expect(plain.err).toContain("không biết biên chế của đơn vị (cột có số nhưng chưa hiểu: D, E)");
    const { code, out } = await cli(
      ["check", file, "--json", "--columns", "D=specialists, E=biên chế (tổng số)"],
      dir,
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      summary: { staff: { before: number } };
      inputs: { columns: { column: string; field: string | null }[] }[];
    };
    expect(json.summary.staff.before).toBe(16);
    expect(json.inputs[0]?.columns.map((c) => `${c.column}=${c.field}`)).toEqual([
      "A=unit",
      "B=heads",
      "C=deputies",
      "D=specialists",
      "E=staff",
    ]);
    // A column can be ignored too.
    const ignored = JSON.parse((await cli(["check", file, "--json", "--columns", "C=-"], dir)).out) as {
      summary: { deputies: { before: number } };
    };
    expect(ignored.summary.deputies.before).toBe(0);
  });

  it("refuses a --columns it cannot understand, with the fields it accepts", async () => {
    const dir = await tempDir();
    const file = await workbook(dir, "bieu.xlsx", rows);
    const { code, err } = await cli(["check", file, "--columns", "D=phó giám đốc"], dir);
    expect(code).toBe(2);
    expect(err).toContain("--columns: “D=phó giám đốc” không hợp lệ");
    expect(err).toContain("deputies");
  });

  it("explains the read by itself when there is an error, or when the unit is inferred", async () => {
    const dir = await tempDir();
    const wrong = await workbook(dir, "sai.xlsx", [...rows, ["Tổng cộng", 2, 4, 11, 17]]);
    const { code, err } = await cli(["check", wrong], dir);
    expect(code).toBe(1);
    expect(err).toContain("Cách đọc bảng trang “Biểu 01”");
    expect(err).toMatch(/Dòng tổng cộng ghi PP = 4, nhưng cộng các đơn vị được 3/);

    const oneUnit = await workbook(dir, "mot-don-vi.xlsx", [
      ["Đơn vị: Phòng Tổng hợp"],
      ["STT", "Họ và tên", "Chức vụ"],
      [1, "Nguyễn Văn An", "Trưởng phòng"],
      [2, "Lê Thị Bình", "Chuyên viên"],
    ]);
    const inferred = await cli(["check", oneUnit], dir);
    expect(inferred.code).toBe(0);
    expect(inferred.err).toContain("Đơn vị lấy từ dòng “Đơn vị: …” phía trên bảng ('Biểu 01'!A1).");
    expect(inferred.out).toContain("Phòng Tổng hợp");
  });
});
