// The `tinhgon` command line, run in-process on real files, plus the installed launcher once.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { run, type Io } from "../src/cli/main";
import { binhPhuoc, quangNinh, unitTableMessy, writeTempWorkbook } from "./fixtures/workbooks";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "tinhgon-cli-"));
  dirs.push(dir);
  return dir;
}

async function fixtureFile(fixture: { workbook: Workbook }, name = "input.xlsx"): Promise<string> {
  const file = await writeTempWorkbook(fixture.workbook, name);
  dirs.push(dirname(file));
  return file;
}

async function cli(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    cwd: cwd ?? (await tempDir()),
    now: new Date("2026-11-22T08:00:00Z"),
  };
  const code = await run(args, io);
  return { code, out, err };
}

const sha = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

describe("tinhgon compare", () => {
  it("prints the Bình Phước summary with vi-VN figures", async () => {
    const file = await fixtureFile(binhPhuoc());
    const { code, out, err } = await cli([
      "compare",
      file,
      file,
      "--before-sheet",
      "Trước sắp xếp",
      "--after-sheet",
      "Sau sắp xếp",
    ]);
    expect(err).not.toMatch(/^Lỗi/m);
    // The sheet's title (“TỈNH ỦY BÌNH PHƯỚC”) says whose rules apply; the Party rule is unsettled.
    expect(err).toContain(
      "Lưu ý: Các đơn vị được xét theo quy định cho cơ quan Đảng vì tiêu đề bảng ghi “TỈNH ỦY BÌNH PHƯỚC”",
    );
    expect(code).toBe(0);
    expect(out).toMatch(/Đầu mối\s+7\s+5\s+2\s+28,57%/);
    expect(out).toMatch(/Cấp phó\s+16\s+6\s+10\s+62,50%/);
    expect(out).toMatch(/Biên chế\s+52\s+47\s+5\s+9,62%/);
  });

  it("takes the first two sheets with a table when the same file is given twice without sheet names", async () => {
    const file = await fixtureFile(quangNinh());
    const { code, out } = await cli(["compare", file, file]);
    expect(code).toBe(0);
    expect(out).toMatch(/Biên chế\s+166\s+145\s+21\s+12,65%/);
  });

  it("prints the documented JSON shape", async () => {
    const file = await fixtureFile(binhPhuoc());
    const { code, out } = await cli([
      "compare",
      file,
      file,
      "--after-sheet",
      "Sau sắp xếp",
      "--before-sheet",
      "Trước sắp xếp",
      "--json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.summary.staff).toEqual({ before: 52, after: 47, cut: 5, rate: 5 / 52 });
    expect(json.summary.units).toEqual({ before: 7, after: 5, cut: 2, rate: 2 / 7 });
    expect(json.units).toHaveLength(5);
    expect(Object.keys(json.units[0])).toEqual(
      expect.arrayContaining(["name", "heads", "deputies", "specialists", "staff", "cap", "excess", "flags"]),
    );
    expect(json.issues).toEqual([
      expect.objectContaining({ level: "info", code: "rule-family-inferred", cell: "'Sau sắp xếp'!A1" }),
      expect.objectContaining({ level: "warning", code: "rule-unsettled" }),
    ]);
  });

  it("speaks English with --lang en", async () => {
    const file = await fixtureFile(binhPhuoc());
    const { out } = await cli([
      "compare",
      file,
      file,
      "--before-sheet",
      "Trước sắp xếp",
      "--after-sheet",
      "Sau sắp xếp",
      "--lang",
      "en",
    ]);
    expect(out).toMatch(/Staff\s+52\s+47\s+5\s+9.62%/);
  });
});

describe("tinhgon plan and check", () => {
  it("plans from the merge-target column with the Party rules and their 2030 deadline", async () => {
    const file = await fixtureFile(binhPhuoc());
    const { code, out } = await cli([
      "plan",
      file,
      "--sheet",
      "Phương án",
      "--unit-type",
      "phong-dang",
      "--json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.summary.units).toMatchObject({ before: 7, after: 6 });
    expect(json.units.find((u: { name: string }) => u.name === "Phòng Tổng hợp")).toMatchObject({
      heads: 1,
      deputies: 4,
      cap: 3,
      excess: 1,
      deadline: "2030-12-31",
      rule: { ruleSet: "QD329_2025", confidence: "unsettled" },
    });
  });

  it("reviews deputies from a person roster and marks unsettled caps", async () => {
    const file = await fixtureFile(binhPhuoc());
    const { code, out } = await cli(["check", file, "--sheet", "Danh sách", "--unit-type", "phong-dang"]);
    expect(code).toBe(0);
    expect(out).toMatch(/Phòng Lưu trữ\s+1\s+2\s+0\s+3\s+2\*\s+0\s+100% là lãnh đạo/);
    expect(out).toContain("* Định mức theo quy định chưa được xác minh");
  });

  it("checks the messy sheet, finds its table by itself and uses the rules of the date", async () => {
    const file = await fixtureFile(unitTableMessy());
    const rulesOf = (out: string) =>
      new Set(JSON.parse(out).units.map((u: { rule?: { ruleSet: string } }) => u.rule?.ruleSet));
    // Its title is a tỉnh ủy's: the Party rules of each date, with no flag.
    const late = await cli(["check", file, "--json", "--date", "2026-03-01"]);
    const early = await cli(["check", file, "--json", "--date", "2024-03-01"]);
    expect(late.code).toBe(0);
    expect(rulesOf(late.out)).toEqual(new Set(["QD329_2025"]));
    expect(rulesOf(early.out)).toEqual(new Set(["QD137_2023"]));
    // Told they are a sở's phòng, the State rules of each date.
    const state = ["--unit-type", "phong"];
    const stateLate = await cli(["check", file, "--json", "--date", "2026-03-01", ...state]);
    const stateEarly = await cli([
      "check",
      file,
      "--json",
      "--date",
      "2024-03-01",
      "--province-class",
      "loại I",
      ...state,
    ]);
    expect(rulesOf(stateLate.out).has("ND370_2025")).toBe(true);
    expect(rulesOf(stateEarly.out).has("ND107_2020")).toBe(true);
  });
});

describe("tinhgon propose", () => {
  /** The Bình Phước table before the merger, under the Party rule. */
  const proposeArgs = (file: string) => [
    "propose",
    file,
    "--sheet",
    "Trước sắp xếp",
    "--unit-type",
    "phong-dang",
  ];

  it("proposes merging Phòng Lưu trữ (below the minimum) and explains it in one line", async () => {
    const file = await fixtureFile(binhPhuoc());
    const { code, out } = await cli(proposeArgs(file));
    expect(code).toBe(0);
    expect(out).toContain("Quy định áp dụng tính đến 22/11/2026: Quy định 329-QĐ/TW");
    expect(out).toContain("Hiện trạng: 7 đơn vị; 1 đơn vị dưới mức tối thiểu");
    expect(out).toMatch(/Phương án 1: còn 6 đơn vị; 0 đơn vị dưới mức tối thiểu;/);
    expect(out).toMatch(/ {2}- Phòng Lưu trữ \(3 người, dưới mức tối thiểu 5\) hợp nhất vào Phòng /);
  });

  it("prints proposals best first in the documented JSON shape", async () => {
    const file = await fixtureFile(binhPhuoc());
    const { code, out } = await cli([...proposeArgs(file), "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.current).toMatchObject({ belowMinimum: 1, summary: { units: { before: 7 } } });
    expect(json.proposals.length).toBeGreaterThan(1);
    expect(json.proposals.length).toBeLessThanOrEqual(8);
    const [best] = json.proposals;
    expect(best.merges).toEqual([{ into: expect.any(String), from: ["Phòng Lưu trữ"] }]);
    expect(best).toMatchObject({
      belowMinimum: 0,
      summary: { units: { before: 7, after: 6 }, staff: { before: 52, after: 52 } },
    });
    expect(best.excess).toBe(best.units.reduce((s: number, u: { excess: number }) => s + u.excess, 0));
    expect(
      best.units.every((u: { cap: number | null; flags: string[] }) => Array.isArray(u.flags) && "cap" in u),
    ).toBe(true);
    const removed = json.proposals.map((p: { merges: { from: string[] }[] }) =>
      p.merges.flatMap((m) => m.from).sort(),
    );
    expect(removed).toContainEqual(["Phòng Lưu trữ", "Phòng Tổ chức - Hành chính"]);
    expect(json.search.limit).toBeGreaterThan(0);
  });

  it("keeps a unit with --keep and names it; refuses a bad --apart or --max-options", async () => {
    const file = await fixtureFile(binhPhuoc());
    const kept = await cli([...proposeArgs(file), "--keep", "Phòng Lưu trữ"]);
    expect(kept.out).toContain(
      "Không sửa được bằng sáp nhập: Phòng Lưu trữ: được giữ nguyên theo yêu cầu (--keep).",
    );
    expect(kept.out).not.toMatch(/- Phòng Lưu trữ/);
    expect((await cli(["propose", file, "--apart", "Phòng A"])).code).toBe(2);
    expect((await cli(["propose", file, "--max-options", "0"])).code).toBe(2);
  });
});

describe("tinhgon scenarios", () => {
  /** Two plans of the Bình Phước units on sheets of their own. */
  async function twoPlans(): Promise<string> {
    const wb = new Workbook();
    const plans: Record<string, Record<string, string>> = {
      "Phương án A": { "Phòng Lưu trữ": "Phòng Tổ chức - Hành chính" },
      "Phương án B": { "Phòng Lưu trữ": "Phòng Quản trị", "Phòng Hành chính - Phục vụ": "Phòng Quản trị" },
    };
    const units: [string, number, number, number, number][] = [
      ["Phòng Tổng hợp", 1, 3, 8, 12],
      ["Phòng Tổ chức - Hành chính", 1, 2, 5, 8],
      ["Phòng Quản trị", 1, 2, 6, 9],
      ["Phòng Hành chính - Phục vụ", 1, 2, 3, 6],
      ["Phòng Lưu trữ", 1, 2, 0, 3],
    ];
    for (const [name, merges] of Object.entries(plans)) {
      const ws = wb.addWorksheet(name);
      ws.addRow([
        "STT",
        "Tên đơn vị",
        "Trưởng phòng",
        "Phó trưởng phòng",
        "Chuyên viên",
        "Tổng số biên chế",
        "Sáp nhập vào",
      ]);
      units.forEach(([unit, h, d, s, total], i) =>
        ws.addRow([i + 1, unit, h, d, s, total, merges[unit] ?? ""]),
      );
    }
    return fixtureFile({ workbook: wb }, "phuong-an.xlsx");
  }

  it("puts the plans side by side, says what each merges and which the rules favour, in text and JSON", async () => {
    const file = await twoPlans();
    const args = ["scenarios", file, "--sheets", "Phương án A,Phương án B", "--unit-type", "phong-dang"];
    const text = await cli(args);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Phương án A\s+4\s+4\s+/m);
    expect(text.out).toMatch(/^Phương án B\s+3\s+3\s+/m);
    expect(text.out).toContain(
      "Phương án B: Phòng Hành chính - Phục vụ, Phòng Lưu trữ sáp nhập vào Phòng Quản trị.",
    );
    expect(text.out).toMatch(/Theo quy định, Phương án [AB] có kết quả tốt nhất/);
    const { out } = await cli([...args, "--json"]);
    const json = JSON.parse(out);
    expect(json.scenarios.map((s: { name: string }) => s.name)).toEqual(["Phương án A", "Phương án B"]);
    expect(json.scenarios[1].summary.units).toEqual(expect.objectContaining({ before: 5, after: 3 }));
    expect(json.scenarios[1].units.map((u: { name: string }) => u.name)).toContain("Phòng Quản trị");
    expect(json.scenarios[0].belowMinimum).toBe(0);
  });

  it("writes the comparison report in Excel and Word, and refuses one sheet or a sheet twice", async () => {
    const file = await twoPlans();
    const dir = dirname(file);
    const { code } = await cli(
      ["scenarios", file, "--sheets", "Phương án A,Phương án B", "-o", "ss.xlsx", "-o", "ss.docx"],
      dir,
    );
    expect(code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(join(dir, "ss.xlsx"));
    const cells = wb.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
    expect(cells).toContain("So sánh các phương án sắp xếp tổ chức bộ máy");
    expect(cells).toContain("Phương án B");
    const xml = await JSZip.loadAsync(await readFile(join(dir, "ss.docx"))).then((z) =>
      z.file("word/document.xml")?.async("string"),
    );
    expect(xml).toContain("SO SÁNH CÁC PHƯƠNG ÁN");
    expect((await cli(["scenarios", file, "--sheets", "Phương án A"])).code).toBe(2);
    expect((await cli(["scenarios", file, "--sheets", "Phương án A,Phương án A"])).code).toBe(2);
  });
});

describe("tinhgon excess", () => {
  /** A sở's roster with birth dates and sex: Phòng A has four deputies, one retiring in 2026. */
  async function roster(): Promise<string> {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Danh sách");
    ws.addRow(["SỞ NỘI VỤ TỈNH MẪU"]);
    ws.addRow(["DANH SÁCH CÔNG CHỨC"]);
    ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Đơn vị"]);
    const people: [string, string, string, string, string][] = [
      ["Nguyễn Văn An", "12/03/1970", "Nam", "Trưởng phòng", "Phòng A"],
      ["Trần Văn Bình", "15/10/1964", "Nam", "Phó Trưởng phòng", "Phòng A"],
      ["Lê Thị Cúc", "01/05/1975", "Nữ", "Phó Trưởng phòng", "Phòng A"],
      ["Phạm Văn Dũng", "20/07/1982", "Nam", "Phó Trưởng phòng", "Phòng A"],
      ["Hoàng Thị Em", "05/09/1988", "Nữ", "Phó Trưởng phòng", "Phòng A"],
      ["Vũ Văn Giang", "01/01/1990", "Nam", "Chuyên viên", "Phòng A"],
      ["Đỗ Thị Hoa", "02/02/1992", "Nữ", "Chuyên viên", "Phòng A"],
      ["Bùi Văn Khoa", "03/03/1993", "Nam", "Chuyên viên", "Phòng A"],
    ];
    people.forEach((p, i) => ws.addRow([i + 1, ...p]));
    return fixtureFile({ workbook: wb }, "danh-sach.xlsx");
  }

  it("lists the excess deputies by name, year by year to the deadline, with retirements under Điều 169", async () => {
    const file = await roster();
    const args = ["excess", file, "--unit-type", "phong", "--decision-date", "2025-10-01"];
    const { code, out } = await cli([...args, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.excess).toBeGreaterThan(0);
    expect(json.years[0]).toMatchObject({ year: 2025, excess: json.excess });
    expect(json.years.at(-1).year).toBe(Number(json.deadline.slice(0, 4)));
    for (let i = 1; i < json.years.length; i++)
      expect(json.years[i].excess).toBe(json.years[i - 1].remaining);
    // Born 15/10/1964, a man: 61 years 6 months, reached in April 2026; retires at the end of that month.
    const retiring = json.years.flatMap((y: { retiring: { name: string; date: string }[] }) => y.retiring);
    expect(retiring).toContainEqual(expect.objectContaining({ name: "Trần Văn Bình", date: "2026-04-30" }));
    expect(json.remaining).toBe(Math.max(0, json.excess - retiring.length));
    if (json.remaining > 0) expect(json.needingSolution.length).toBeGreaterThanOrEqual(json.remaining);
    const text = await cli(args);
    expect(text.out).toContain("LỘ TRÌNH GIẢI QUYẾT CẤP PHÓ DÔI DƯ");
    expect(text.out).toMatch(/Nghỉ hưu năm 2026: Trần Văn Bình \(Phòng A, 30\/04\/2026\)/);
  });

  it("writes the roadmap report with the deputies by name in an appendix", async () => {
    const file = await roster();
    const dir = dirname(file);
    const args = ["excess", file, "--unit-type", "phong", "--decision-date", "2025-10-01", "-o", "lt.docx"];
    expect((await cli(args, dir)).code).toBe(0);
    const xml = (await JSZip.loadAsync(await readFile(join(dir, "lt.docx"))).then((z) =>
      z.file("word/document.xml")?.async("string"),
    )) as string;
    expect(xml).toContain("Lộ trình giải quyết cấp phó dôi dư");
    expect(xml).toContain("DANH SÁCH CẤP PHÓ CỦA CÁC ĐƠN VỊ DÔI DƯ");
    expect(xml).toContain("Trần Văn Bình (Phòng A, 30/04/2026)");
    expect(xml).toContain("NGUỒN SỐ LIỆU");
  });

  it("needs the decision date", async () => {
    const file = await roster();
    const { code, err } = await cli(["excess", file]);
    expect(code).toBe(2);
    expect(err).toContain("--decision-date");
  });
});

describe("the report's 'Nguồn số liệu' sheet", () => {
  it("records the file, sheet, range, columns, rules, dates and version, in Excel and in Word", async () => {
    const file = await fixtureFile(binhPhuoc(), "bp.xlsx");
    const dir = dirname(file);
    const { code } = await cli(
      [
        "check",
        file,
        "--sheet",
        "Trước sắp xếp",
        "--unit-type",
        "phong-dang",
        "--decision-date",
        "2025-10-01",
        "-o",
        "r.xlsx",
        "-o",
        "r.docx",
      ],
      dir,
    );
    expect(code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(join(dir, "r.xlsx"));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.indexOf("Nguồn số liệu")).toBeGreaterThan(0);
    expect(names.indexOf("Nguồn số liệu")).toBeLessThan(names.indexOf("Ghi chú cho người lập"));
    const text = (wb.getWorksheet("Nguồn số liệu")?.getSheetValues() ?? []).flat().map(String).join("\n");
    expect(text).toContain("bp.xlsx");
    expect(text).toMatch(/Trước sắp xếp, A\d+:[A-Z]+\d+/);
    expect(text).toMatch(/: “[^”]+” → Tên đơn vị/);
    expect(text).toContain("Quy định số 329-QĐ/TW ngày 13 tháng 6 năm 2025 của Ban Bí thư");
    expect(text).toContain("ngày 01 tháng 10 năm 2025");
    const { version } = JSON.parse(await readFile(join(__dirname, "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(text).toContain(`Tinh Gọn ${version}`);
    const zip = await JSZip.loadAsync(await readFile(join(dir, "r.docx")));
    expect(await zip.file("word/document.xml")?.async("string")).toContain("NGUỒN SỐ LIỆU");
  });
});

describe("tinhgon output files", () => {
  /** Every formula cell of a sheet with its cached result. */
  const formulas = (ws: import("exceljs").Worksheet) => {
    const out: { formula: string; result: unknown }[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string; result?: unknown } | null;
        if (v && typeof v === "object" && "formula" in v && v.formula)
          out.push({ formula: v.formula, result: v.result });
      }),
    );
    return out;
  };

  it("writes the formatted report, never over an existing file without --force, and never touches the input", async () => {
    const input = await fixtureFile(binhPhuoc());
    const before = await sha(input);
    const dir = await tempDir();
    const out = join(dir, "ket-qua.xlsx");
    const args = [
      "compare",
      input,
      input,
      "--before-sheet",
      "Trước sắp xếp",
      "--after-sheet",
      "Sau sắp xếp",
      "-o",
      out,
    ];
    expect((await cli([...args, "--style", "state"], dir)).code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("Kết quả sắp xếp");
    expect(ws.pageSetup.paperSize).toBe(9);
    // The cut rate of staff is a live formula whose cached value is the engine's 5/52.
    expect(formulas(ws).map((f) => f.result)).toContainEqual(5 / 52);
    let motto = false;
    const fonts = new Set<string | undefined>();
    ws.eachRow((row) =>
      row.eachCell((c) => {
        motto ||= c.value === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        fonts.add(c.font?.name);
      }),
    );
    expect(motto).toBe(true);
    expect([...fonts]).toEqual(["Times New Roman"]);
    // NĐ 30/2020 margins, in inches as the file stores them: left 30 mm, right 15 mm, top/bottom 20 mm.
    const margins = ws.pageSetup.margins as unknown as Record<string, number>;
    const mm = (side: string) => Math.round((margins[side] ?? 0) * 25.4);
    expect([mm("top"), mm("bottom"), mm("left"), mm("right")]).toEqual([20, 20, 30, 15]);
    expect(Object.keys((ws as unknown as { _merges: object })._merges).length).toBeGreaterThan(5);
    const written = await sha(out);
    const again = await cli(args, dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain("ket-qua.xlsx");
    expect(again.err).toContain("--force");
    expect(await sha(out)).toBe(written);
    expect((await cli([...args, "--force"], dir)).code).toBe(0);
    const onInput = await cli(["check", input, "--sheet", "Danh sách", "-o", input, "--force"], dir);
    expect(onInput.code).toBe(1);
    expect(await sha(input)).toBe(before);
  });

  it("writes Word when -o ends in .docx, Excel and Word with two -o, and refuses another extension", async () => {
    const input = await fixtureFile(binhPhuoc());
    const dir = await tempDir();
    const args = ["compare", input, input, "--before-sheet", "Trước sắp xếp", "--after-sheet", "Sau sắp xếp"];
    const both = await cli([...args, "--style", "state", "-o", "kq.xlsx", "-o", "kq.docx"], dir);
    expect(both.code).toBe(0);
    expect(both.out).toContain("kq.xlsx");
    expect(both.out).toContain("kq.docx");
    const zip = await JSZip.loadAsync(await readFile(join(dir, "kq.docx")));
    const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(body).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(body).toContain("Phòng Tổng hợp");
    const wb = new Workbook();
    await wb.xlsx.readFile(join(dir, "kq.xlsx"));
    expect(wb.worksheets[0]?.name).toBe("Kết quả sắp xếp");

    const pdf = await cli([...args, "-o", "kq.pdf"], dir);
    expect(pdf.code).toBe(2);
    expect(pdf.err).toContain("kq.pdf");
    expect(pdf.err).toContain(".docx");
  });

  it("takes the report details from --details and picks the Party layout for a Party body's phòng", async () => {
    const input = await fixtureFile(binhPhuoc());
    const dir = await tempDir();
    const details = join(dir, "thong-tin.json");
    await writeFile(
      details,
      JSON.stringify({ issuingBody: "VĂN PHÒNG TỈNH ỦY", number: "07-BC/VPTU", signerName: "Trần Thị B" }),
    );
    const out = join(dir, "ra-soat.xlsx");
    const { code } = await cli(
      ["check", input, "--sheet", "Danh sách", "--unit-type", "phong-dang", "--details", details, "-o", out],
      dir,
    );
    expect(code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    const texts: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => texts.push(c.value)));
    expect(texts).toEqual(
      expect.arrayContaining(["ĐẢNG CỘNG SẢN VIỆT NAM", "VĂN PHÒNG TỈNH ỦY", "Số 07-BC/VPTU", "Trần Thị B"]),
    );
    await writeFile(details, JSON.stringify({ signer: "x" }));
    const bad = await cli(
      ["check", input, "--sheet", "Danh sách", "--details", details, "-o", join(dir, "x.xlsx")],
      dir,
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("signer");
  });

  it.each([
    ["lo-trinh-tinh-gian", ["--base-year", "2021", "--baseline", "166", "--target", "10%"], "Lộ trình"],
    ["theo-doi-thi-diem", [], "Theo dõi"],
    ["bieu-don-vi", [], "Biểu"],
    ["danh-sach-can-bo", [], "Danh sách"],
  ])("writes the blank template %s", async (name, extra, label) => {
    const dir = await tempDir();
    const out = join(dir, `${name}.xlsx`);
    const { code, out: printed } = await cli(["template", name, "-o", out, ...extra], dir);
    expect(code).toBe(0);
    expect(printed).toContain(label);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.pageSetup.paperSize).toBe(9);
  });

  it("reads a blank unit form back once it is filled in", async () => {
    const dir = await tempDir();
    const out = join(dir, "bieu.xlsx");
    expect((await cli(["template", "bieu-don-vi", "-o", out], dir)).code).toBe(0);
    const check = await cli(["check", out, "--json"], dir);
    // An unfilled form has a header and no unit rows: a clear message, not a crash.
    expect(check.code).toBe(1);
    expect(JSON.parse(check.out).issues[0].code).toBe("no-data-rows");
  });

  it("refuses a template without -o or with an unknown name", async () => {
    expect((await cli(["template", "lo-trinh-tinh-gian"])).code).toBe(2);
    const unknown = await cli(["template", "bao-cao-khac", "-o", "x.xlsx"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("theo-doi-thi-diem");
  });
});

describe("tinhgon errors", () => {
  it("names a missing file, in one line, with exit 1 and no stack trace", async () => {
    const { code, err } = await cli(["check", "khong-co.xlsx"]);
    expect(code).toBe(1);
    expect(err).toContain("khong-co.xlsx");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it("lists the sheets when a sheet does not exist", async () => {
    const file = await fixtureFile(binhPhuoc());
    const { code, err } = await cli(["check", file, "--sheet", "Biểu 99"]);
    expect(code).toBe(1);
    expect(err).toContain("Biểu 99");
    expect(err).toContain("Danh sách");
  });

  it("explains how to save an .xls or .ods file as .xlsx, and rejects a file that is not a workbook", async () => {
    const dir = await tempDir();
    const xls = join(dir, "cu.xls");
    await writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const bad = join(dir, "hong.xlsx");
    await writeFile(bad, "đây không phải tệp Excel");
    const a = await cli(["check", xls]);
    expect(a.code).toBe(1);
    expect(a.err).toMatch(/\.xlsx/);
    const b = await cli(["check", bad]);
    expect(b.code).toBe(1);
    expect(b.err).toContain("hong.xlsx");
  });

  it("says where a bad figure is, by sheet and cell, and exits 1", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Biểu 01");
    ws.addRows([
      ["Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên"],
      ["Phòng A", 1, "hai", 3],
    ]);
    const file = await fixtureFile({ workbook: wb });
    const { code, err } = await cli(["check", file]);
    expect(code).toBe(1);
    expect(err).toContain("'Biểu 01'!C2");
    expect(err).toContain("hai");
  });

  it("reads CSV with semicolons and a BOM", async () => {
    const dir = await tempDir();
    const csv = join(dir, "bang.csv");
    await writeFile(csv, "\ufeffTên đơn vị;TP;PTP;CV\nPhòng A;1;2;5\nPhòng B;1;1;3\n");
    const { code, out } = await cli(["check", csv, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).summary.staff.before).toBe(13);
  });

  it.each([
    [["frobnicate"], "frobnicate"],
    [[], "lệnh"],
    [["check"], "check"],
    [["check", "a.xlsx", "--date", "2026-02-30"], "2026-02-30"],
    [["check", "a.xlsx", "--rules", "ND999"], "ND999"],
    [["check", "a.xlsx", "--province-class", "loại 9"], "loại 9"],
    [["check", "a.xlsx", "--style", "fancy"], "party"],
    [["check", "a.xlsx", "--bogus"], "bogus"],
  ])("exits 2 on misuse: %j", async (args, mention) => {
    const { code, err } = await cli(args);
    expect(code).toBe(2);
    expect(err).toContain(mention);
  });

  it("prints help and version with exit 0", async () => {
    expect((await cli(["--help"])).out).toContain("tinhgon compare");
    expect((await cli(["--version"])).out).toMatch(/^tinhgon \d+\.\d+\.\d+/);
  });
});

describe("the installed launcher", () => {
  it("runs the demo end to end and writes its results under out/ without overwriting earlier runs", async () => {
    const dir = await tempDir();
    const launcher = join(__dirname, "..", "bin", "tinhgon.js");
    const exec = promisify(execFile);
    const first = await exec(process.execPath, [launcher, "demo", "--date", "2026-02-05"], { cwd: dir });
    expect(first.stdout).toMatch(/Biên chế\s+52\s+47\s+5\s+9,62%/);
    // No --unit-type: the Party sample is judged by the Party rule, the commune by NQ 332's pool.
    expect(first.stdout).toContain("Quy định áp dụng tính đến 05/02/2026: Quy định 329-QĐ/TW");
    expect(first.stdout).toContain("Quy định áp dụng tính đến 05/02/2026: Nghị quyết 332/NQ-CP");
    expect(first.stdout).toContain("tối đa 8, hiện có 7, dôi dư 0.");
    expect(first.stderr).toContain("tối đa 8, hiện có 10, dôi dư 2.");
    await exec(process.execPath, [launcher, "demo", "--date", "2026-02-05"], { cwd: dir });
    const listing = (await import("node:fs")).readdirSync(join(dir, "out")).sort();
    const names = ["de-xuat-phuong-an", "phuong-an", "ra-soat", "so-sanh", "xa-ra-soat", "xa-so-sanh"];
    // Each report in Excel and in Word, the second run beside the first.
    const expected = names.flatMap((n) =>
      [".docx", ".xlsx"].flatMap((ext) => [`${n} (2)${ext}`, `${n}${ext}`]),
    );
    expect(listing).toEqual(expected.sort());
  });
});
