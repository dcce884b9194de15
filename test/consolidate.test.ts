// `tinhgon consolidate`: the blank unit form sent out, returned filled by the agencies (some on the
// template, some in their own layout, one broken, one twice, one whose total disagrees), then read
// back together in-process.
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { run, type Io } from "../src/cli/main";
import { agencyStatuses, GOOD, NOI_VU, sendAndReturn, TO_CHUC, type Row } from "./fixtures/returns";

let dir = "";
let returns = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tinhgon-consolidate-"));
  returns = join(dir, "tra-ve");
  await mkdir(returns);
  await sendAndReturn(dir, returns);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    cwd: dir,
    now: new Date("2026-11-22T08:00:00Z"),
    isTTY,
  };
  const code = await run(args, io);
  return { code, out, err };
}

interface JsonAgency {
  file: string;
  sheet: string | null;
  agency: string;
  status: string;
  counted: boolean;
  supersededBy: string | null;
  units: number;
  heads: number;
  deputies: number;
  staff: number;
  issues: { level: string; code: string; cell: string | null; message: string }[];
}
interface JsonOut {
  complete: boolean;
  agencies: JsonAgency[];
  summary: Record<"units" | "heads" | "deputies" | "staff", { before: number; after: null }>;
  missing: { agency: string; file: string; why: string; cell: string | null; message: string | null }[];
  duplicates: { agency: string; files: string[]; kind: string; used: string; resolved: boolean }[];
}

const sumOf = (rows: Row[], k: 1 | 2 | 3) => rows.reduce((s, r) => s + r[k], 0);
const staffOf = (rows: Row[]) => sumOf(rows, 1) + sumOf(rows, 2) + sumOf(rows, 3);

describe("tinhgon consolidate", () => {
  it("consolidates a folder: the good agencies summed, the missing named first, exit 1", async () => {
    const { code, out, err } = await cli(["consolidate", "tra-ve", "--date", "2026-11-22"]);
    expect(code).toBe(1);
    const lines = out.split("\n");
    expect(lines[0]).toBe(
      "Chưa tổng hợp được số liệu của: 05-so-tai-chinh (không đọc được); SỞ XÂY DỰNG (số tổng không khớp với các dòng)",
    );
    expect(out).toContain("01-so-noi-vu.xlsx › Biểu đơn vị: SỞ NỘI VỤ — đã đọc");
    expect(out).toContain("03-so-y-te.xlsx › Số liệu: SỞ Y TẾ");
    expect(out).toContain("04-xa-tan-hung.xlsx › Số liệu: ỦY BAN NHÂN DÂN XÃ TÂN HƯNG");
    expect(out).toMatch(/05-so-tai-chinh\.xls: 05-so-tai-chinh \(tên tệp\) — không đọc được: .*\.xls/);
    expect(out).toMatch(/SỞ XÂY DỰNG — không đưa vào tổng hợp: .*30.*25/);
    expect(out).toContain(
      "Cảnh báo: hai tệp của cùng cơ quan “SỞ NỘI VỤ”: 01-so-noi-vu.xlsx và 07-so-noi-vu-gui-lai.xlsx; dùng 01-so-noi-vu.xlsx.",
    );
    expect(out).toContain("--use-later");
    expect(out).not.toContain("~$");
    expect(out).toMatch(/Tổng cộng \(4 cơ quan\)\s+11\s+11/);
    expect(out).toContain("CHƯA ĐẦY ĐỦ");
    // The errors name the file and the cell (with its sheet).
    expect(err).toMatch(/Lỗi: 06-so-xay-dung\.xlsx: .*'Biểu đơn vị'!F25/);
    expect(err).not.toContain("\r");
  });

  it("gives the agencies, the summary in check's shape, the missing and the duplicates as JSON", async () => {
    const { code, out, err } = await cli(["consolidate", "tra-ve", "--json", "--date", "2026-11-22"], true);
    expect(code).toBe(1);
    const json = JSON.parse(out) as JsonOut;
    expect(json.complete).toBe(false);
    const by = (file: string) => json.agencies.find((a) => a.file.endsWith(file)) as JsonAgency;
    expect(json.agencies.map((a) => [a.agency, a.status, a.counted])).toEqual(agencyStatuses());
    expect(by("01-so-noi-vu.xlsx")).toMatchObject({
      units: 3,
      heads: 3,
      deputies: 5,
      staff: staffOf(NOI_VU),
    });
    expect(by("02-ban-to-chuc.xlsx")).toMatchObject({ units: 2, deputies: 4, staff: staffOf(TO_CHUC) });
    expect(by("03-so-y-te.xlsx")).toMatchObject({ units: 3, heads: 3, deputies: 6, staff: 30 });
    expect(by("04-xa-tan-hung.xlsx")).toMatchObject({ units: 3, heads: 3, deputies: 4, staff: 27 });
    expect(by("07-so-noi-vu-gui-lai.xlsx").supersededBy).toMatch(/01-so-noi-vu\.xlsx$/);
    expect(by("05-so-tai-chinh.xls").issues[0]).toMatchObject({ level: "error", code: "file-xls" });
    expect(json.summary).toEqual({
      units: { before: GOOD.units, after: null, cut: null, rate: null },
      heads: { before: GOOD.heads, after: null, cut: null, rate: null },
      deputies: { before: 5 + 4 + 6 + 4, after: null, cut: null, rate: null },
      staff: { before: staffOf(NOI_VU) + staffOf(TO_CHUC) + 30 + 27, after: null, cut: null, rate: null },
    });
    expect(json.missing.map((m) => [m.agency, m.why])).toEqual([
      ["05-so-tai-chinh", "not-read"],
      ["SỞ XÂY DỰNG", "disagrees"],
    ]);
    expect(json.missing[1]?.cell).toBe("'Biểu đơn vị'!F25");
    expect(json.duplicates).toEqual([
      {
        agency: "SỞ NỘI VỤ",
        files: [join("tra-ve", "01-so-noi-vu.xlsx"), join("tra-ve", "07-so-noi-vu-gui-lai.xlsx")],
        kind: "agency",
        used: join("tra-ve", "01-so-noi-vu.xlsx"),
        resolved: false,
      },
    ]);
    // No progress bar in JSON mode, even on a terminal.
    expect(err).not.toContain("\r");
  });

  it("is complete (exit 0) with the good files only, and uses the later return when told", async () => {
    const good = ["01-so-noi-vu.xlsx", "02-ban-to-chuc.xlsx", "03-so-y-te.xlsx", "04-xa-tan-hung.xlsx"].map(
      (f) => join("tra-ve", f),
    );
    const complete = await cli(["consolidate", ...good, "--json", "--date", "2026-11-22"]);
    expect(complete.code).toBe(0);
    const json = JSON.parse(complete.out) as JsonOut;
    expect(json.complete).toBe(true);
    expect(json.missing).toEqual([]);
    const again = join("tra-ve", "07-so-noi-vu-gui-lai.xlsx");
    const kept = await cli(["consolidate", ...good, again, "--date", "2026-11-22"]);
    expect(kept.code).toBe(1);
    expect(kept.out.split("\n")[0]).toBe("TỔNG HỢP SỐ LIỆU CÁC CƠ QUAN, ĐƠN VỊ");
    const later = await cli(["consolidate", ...good, again, "--use-later", "--json", "--date", "2026-11-22"]);
    expect(later.code).toBe(0);
    const laterJson = JSON.parse(later.out) as JsonOut;
    expect(laterJson.summary.staff.before).toBe(json.summary.staff.before + 1);
    expect(laterJson.duplicates[0]).toMatchObject({ used: again, resolved: true });
  });

  it("finds the same file sent twice under two names", async () => {
    await copyFile(join(returns, "03-so-y-te.xlsx"), join(dir, "so-y-te-ban-sao.xlsx"));
    const { code, out } = await cli([
      "consolidate",
      join("tra-ve", "03-so-y-te.xlsx"),
      "so-y-te-ban-sao.xlsx",
    ]);
    expect(code).toBe(1);
    expect(out).toContain("hai tệp có nội dung giống hệt nhau: 03-so-y-te.xlsx và so-y-te-ban-sao.xlsx");
  });

  it("draws a progress bar on a terminal only, and says it in English", async () => {
    const file = join("tra-ve", "01-so-noi-vu.xlsx");
    const tty = await cli(["consolidate", file, "--lang", "en"], true);
    expect(tty.err).toContain("\r[####################] Reading 1/1: 01-so-noi-vu.xlsx");
    expect(tty.out).toContain("All 1 agencies consolidated.");
    expect(tty.code).toBe(0);
  });

  it("writes the consolidated deputy review (-o), only when complete unless --force", async () => {
    const withheld = await cli(["consolidate", "tra-ve", "--date", "2026-11-22", "-o", "tong-hop.xlsx"]);
    expect(withheld.code).toBe(1);
    expect(withheld.err).toContain("Chưa lập báo cáo tong-hop.xlsx vì số liệu tổng hợp chưa đầy đủ");
    await expect(stat(join(dir, "tong-hop.xlsx"))).rejects.toThrow();
    const forced = await cli([
      "consolidate",
      "tra-ve",
      "--date",
      "2026-11-22",
      "--force",
      "-o",
      "tong-hop.xlsx",
      "-o",
      "tong-hop.docx",
    ]);
    // Still incomplete: the exit says so, and so does the report.
    expect(forced.code).toBe(1);
    expect(forced.out).toContain("Đã ghi tong-hop.xlsx");
    expect(forced.out).toContain("Đã ghi tong-hop.docx");
    const wb = new Workbook();
    await wb.xlsx.readFile(join(dir, "tong-hop.xlsx"));
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void texts.push(String(c.text)))));
    expect(
      texts.some((x) =>
        /CHƯA ĐẦY ĐỦ: chưa tổng hợp được số liệu của 05-so-tai-chinh, SỞ XÂY DỰNG; chưa xác định biểu sử dụng của SỞ NỘI VỤ/.test(
          x,
        ),
      ),
    ).toBe(true);
    // The agencies missing named at the top, the return sent twice too.
    expect(texts).toContain(
      "Chưa tổng hợp được số liệu của: 05-so-tai-chinh (không đọc được tệp); SỞ XÂY DỰNG (số tổng không khớp với các dòng).",
    );
    expect(texts.some((x) => x.startsWith("SỞ NỘI VỤ gửi hai biểu khác nhau (tệp 01-so-noi-vu.xlsx"))).toBe(
      true,
    );
    // One block per agency counted, each under its own agency's rules; the grand total.
    const main = wb.worksheets[0]!;
    // The rows with a cell reading `label` (a merged cell's text is read in each of its cells).
    const rowOf = (label: string): number[] => {
      const found = new Set<number>();
      main.eachRow((r, n) => r.eachCell((c) => void (c.text === label && found.add(n))));
      return [...found];
    };
    expect(rowOf("SỞ Y TẾ")).toHaveLength(1);
    expect(rowOf("Phòng Cơ sở đảng")).toHaveLength(1);
    expect(rowOf("Phòng Quản lý xây dựng")).toEqual([]);
    expect(rowOf("Cộng")).toHaveLength(4);
    expect(texts).toContain("Định mức theo Quy định 329-QĐ/TW");
    expect(texts.some((x) => /^Định mức theo Nghị định 150\/2025\/NĐ-CP/.test(x))).toBe(true);
    const [total] = rowOf("TỔNG CỘNG");
    // Cấp trưởng, cấp phó (columns C, D) and biên chế (G) of the four agencies counted.
    const result = (col: string) => (main.getCell(`${col}${total}`).value as { result: number }).result;
    expect([result("C"), result("D"), result("G")]).toEqual([
      GOOD.heads,
      5 + 4 + 6 + 4,
      staffOf(NOI_VU) + staffOf(TO_CHUC) + 30 + 27,
    ]);
    // The files received, then an appendix per agency counted.
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      "Tổng hợp cấp phó",
      "PL1 Tiếp nhận biểu",
      "PL2 SỞ NỘI VỤ",
      "PL3 BAN TỔ CHỨC TỈNH ỦY",
      "PL4 SỞ Y TẾ",
      "PL5 ỦY BAN NHÂN DÂN XÃ TÂN HƯNG",
      "Nguồn số liệu",
      "Ghi chú cho người lập",
    ]);
    expect(texts).toContain("PHỤ LỤC 1");
    expect(texts).toContain("TÌNH HÌNH TIẾP NHẬN BIỂU CỦA CÁC CƠ QUAN, ĐƠN VỊ");
    expect(texts).toContain("Không dùng (trùng biểu đã nhận)");
    expect(texts).toContain("Không đọc được");
    // A file is named by its name, never by the folders it was read from.
    expect(texts.some((x) => x.includes(dir))).toBe(false);
    expect(texts).toContain("KẾT QUẢ RÀ SOÁT SỐ LƯỢNG CẤP PHÓ THEO TỪNG ĐƠN VỊ – SỞ Y TẾ");
  });

  it("takes a returned roster (the danh-sach-can-bo form) beside a unit table", async () => {
    const form = join(dir, "danh-sach-can-bo.xlsx");
    expect((await cli(["template", "danh-sach-can-bo", "-o", form])).code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(form);
    const ws = wb.worksheets[0]!;
    ws.getCell("A2").value = "CƠ QUAN, ĐƠN VỊ: ỦY BAN NHÂN DÂN XÃ AN BÌNH";
    const people: [string, number, string, string, string][] = [
      ["Nguyễn Văn An", 1975, "Chánh Văn phòng", "Văn phòng HĐND và UBND", "Biên chế"],
      ["Trần Thị Bình", 1980, "Phó Chánh Văn phòng", "Văn phòng HĐND và UBND", "Biên chế"],
      ["Lê Văn Cường", 1982, "Phó Chánh Văn phòng", "Văn phòng HĐND và UBND", "Biên chế"],
      ...[1, 2, 3, 4, 5].map(
        (i) =>
          [`Phạm Văn Dũng ${i}`, 1990, "Chuyên viên", "Văn phòng HĐND và UBND", "Biên chế"] as [
            string,
            number,
            string,
            string,
            string,
          ],
      ),
      ["Hoàng Văn Em", 1995, "Nhân viên", "Văn phòng HĐND và UBND", "Hợp đồng"],
      ["Vũ Thị Giang", 1978, "Trưởng phòng", "Phòng Kinh tế", "Biên chế"],
      ["Đỗ Văn Hải", 1985, "Phó Trưởng phòng", "Phòng Kinh tế", "Biên chế"],
      ...[1, 2, 3, 4].map(
        (i) =>
          [`Bùi Thị Lan ${i}`, 1992, "Chuyên viên", "Phòng Kinh tế", "Biên chế"] as [
            string,
            number,
            string,
            string,
            string,
          ],
      ),
    ];
    people.forEach(([name, born, title, unit, employment], i) => {
      const r = 10 + i;
      ws.getCell(`B${r}`).value = name;
      ws.getCell(`${name.includes("Thị") ? "D" : "C"}${r}`).value = born;
      ws.getCell(`E${r}`).value = title;
      ws.getCell(`F${r}`).value = unit;
      ws.getCell(`H${r}`).value = employment;
    });
    await wb.xlsx.writeFile(join(dir, "xa-an-binh.xlsx"));
    const { code, out } = await cli([
      "--lang",
      "vi",
      "consolidate",
      "xa-an-binh.xlsx",
      join("tra-ve", "01-so-noi-vu.xlsx"),
      "--json",
      "--date",
      "2026-11-22",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as JsonOut;
    expect(json.agencies[0]).toMatchObject({
      agency: "ỦY BAN NHÂN DÂN XÃ AN BÌNH",
      counted: true,
      units: 2,
      heads: 2,
      deputies: 3,
      staff: 14,
    });
    expect(json.summary.staff.before).toBe(14 + staffOf(NOI_VU));
  });

  it("reads a .csv return, and the sheet named by --sheet in every file", async () => {
    await writeFile(
      join(dir, "xa-phu-huu.csv"),
      [
        "ỦY BAN NHÂN DÂN XÃ PHÚ HỮU",
        "",
        "Tên đơn vị,Trưởng phòng,Phó trưởng phòng,Chuyên viên,Tổng số",
        "Văn phòng HĐND và UBND,1,2,7,10",
        "Phòng Kinh tế,1,1,5,7",
      ].join("\n"),
    );
    const csv = await cli(["consolidate", "xa-phu-huu.csv", "--json", "--date", "2026-11-22"]);
    expect(csv.code).toBe(0);
    expect((JSON.parse(csv.out) as JsonOut).agencies[0]).toMatchObject({
      agency: "ỦY BAN NHÂN DÂN XÃ PHÚ HỮU",
      units: 2,
      staff: 17,
    });
    const files = [join("tra-ve", "03-so-y-te.xlsx"), join("tra-ve", "04-xa-tan-hung.xlsx")];
    expect((await cli(["consolidate", ...files, "--sheet", "Số liệu"])).code).toBe(0);
    const other = await cli(["consolidate", ...files, "--sheet", "Khác", "--json"]);
    expect(other.code).toBe(1);
    const json = JSON.parse(other.out) as JsonOut;
    expect(json.missing.map((m) => m.why)).toEqual(["not-read", "not-read"]);
    expect(json.agencies[0]?.issues[0]?.code).toBe("sheet-not-found");
  });

  it("reports usage errors with exit 2", async () => {
    expect((await cli(["consolidate", "x.xlsx", "-o", "tong-hop.pdf"])).code).toBe(2);
    expect((await cli(["consolidate"])).code).toBe(2);
    expect((await cli(["consolidate", "x.xlsx", "--date", "hôm qua"])).code).toBe(2);

    // A file that is not there is an agency not read, not a usage error.
    const gone = await cli(["consolidate", "khong-co.xlsx"]);
    expect(gone.code).toBe(1);
    expect(gone.out.split("\n")[0]).toBe("Chưa tổng hợp được số liệu của: khong-co (không đọc được)");
  });
});
