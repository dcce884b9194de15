/**
 * Reports as printed: the .xlsx (src/hosts/xlsx) and the .docx (src/hosts/docx) of a few reports,
 * turned into PDF by LibreOffice (`soffice --headless --convert-to pdf`) and read back with
 * poppler-utils (`pdfinfo`, `pdftotext -layout`): A4 pages, a table's header repeated on every
 * page it spans and never left alone at the foot of a page, page numbers from the second page of
 * the Word file, vi-VN figures.
 *
 * Without soffice, pdftotext and pdfinfo on PATH the tests are skipped locally with a warning
 * (apt-get install libreoffice-writer libreoffice-calc poppler-utils); under CI (`CI` set) they
 * run, and fail, so that CI can never pass without them.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { pathToFileURL } from "url";
import { check } from "../src/core/analyse";
import { BINH_PHUOC_BEFORE, row, table } from "../src/core/analyse/fixtures";
import { reportDocx } from "../src/hosts/docx/report";
import { reportWorkbook } from "../src/hosts/xlsx/report";
import { deputyReview, mergeReport } from "../src/reports";
import { goldenDoc, STYLES } from "../src/reports/all-docs";
import {
  communeAnalysis,
  communeCompareAnalysis,
  DETAILS,
  planAnalysis,
  REPORT_DATE,
} from "../src/reports/fixtures";
import type { ReportDoc, ReportStyle } from "../src/reports/types";

const TOOLS = ["soffice", "pdftotext", "pdfinfo"] as const;
const CONVERT_TIMEOUT = 120_000;

function onPath(command: string): boolean {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((dir) => dir !== "" && existsSync(path.join(dir, command)));
}

/** `describe` when LibreOffice and poppler are there (or CI demands them), `describe.skip` with a warning otherwise. */
function describeLibreOffice(name: string, body: () => void): void {
  const missing = TOOLS.filter((t) => !onPath(t));
  if (missing.length === 0 || process.env.CI) {
    describe(name, body);
  } else {
    console.warn(
      `${missing.join(", ")} not on PATH: LibreOffice print tests skipped ` +
        "(apt-get install libreoffice-writer libreoffice-calc poppler-utils; CI installs them).",
    );
    describe.skip(name, body);
  }
}

// ---------------------------------------------------------------------------------------------
// The reports

/** A deputy review of `n` units ("Phòng số 01" …), Party style: a table over several pages. */
function longDeputyReview(n: number): ReportDoc {
  const rows = Array.from({ length: n }, (_, i) => {
    const deputies = 1 + (i % 3);
    const specialists = 3 + (i % 5);
    return row(
      `Phòng số ${String(i + 1).padStart(2, "0")}`,
      1,
      deputies,
      specialists,
      1 + deputies + specialists,
    );
  });
  return deputyReview(
    check(table(rows, "Trước"), { date: REPORT_DATE, unitType: "phong-dang" }),
    DETAILS.party,
  );
}

const LONG_UNITS = 60;

/** The cases a văn thư signs: Bình Phước (merger, plan, review), Quảng Ninh (tracker), a commune. */
const CASES: Record<string, (style: ReportStyle) => ReportDoc> = {
  "binh-phuoc-compare": (style) => goldenDoc("ket-qua-sap-xep", style),
  "binh-phuoc-plan": (style) => mergeReport(planAnalysis(), DETAILS[style]),
  "binh-phuoc-review": (style) => goldenDoc("ra-soat-cap-pho", style),
  "quang-ninh-tracker": (style) => goldenDoc("theo-doi-thi-diem", style),
  "commune-review": (style) => deputyReview(communeAnalysis(), DETAILS[style]),
  "commune-compare": (style) => mergeReport(communeCompareAnalysis(), DETAILS[style]),
};
const CASE_NAMES = Object.keys(CASES).flatMap((c) => STYLES.map((style) => `${c}-${style}`));

const REPORTS: Record<string, ReportDoc> = {
  "deputy-7-state": goldenDoc("ra-soat-cap-pho", "state"),
  "deputy-7-party": goldenDoc("ra-soat-cap-pho", "party"),
  "merge-state": goldenDoc("ket-qua-sap-xep", "state"),
  "merge-plan-party": mergeReport(planAnalysis(), DETAILS.party),
  "deputy-long": longDeputyReview(LONG_UNITS),
  ...Object.fromEntries(
    Object.entries(CASES).flatMap(([c, make]) => STYLES.map((style) => [`${c}-${style}`, make(style)])),
  ),
};
type ReportName = keyof typeof REPORTS;
type Format = "xlsx" | "docx";

/** The text a page of the deputy review's table header shows, whatever the writer. */
const TABLE_HEADER = "Tên đơn vị";
/** The title an appendix sheet starts with. */
/** An appendix's first line: "PHỤ LỤC", or numbered "PHỤ LỤC II" when there are several. */
const APPENDIX = /^PHỤ LỤC( [IVX]+)?$/;
/** The start of each unit's name in the 7-unit review, as printed on one line even when wrapped. */
const UNIT_STARTS = BINH_PHUOC_BEFORE.map((r) => r.name.split(" ").slice(0, 2).join(" "));

interface Printed {
  /** The text of each page, `pdftotext -layout`. */
  pages: string[];
  /** Each page's size in points and pdfinfo's paper name. */
  sizes: { width: number; height: number; paper: string }[];
}

let work = "";
const printed = new Map<string, Printed>();

function pdfPages(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  const pages = text.split("\f");
  if (pages[pages.length - 1]?.trim() === "") pages.pop();
  return pages;
}

function pdfSizes(pdf: string): Printed["sizes"] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    paper: m[3] ?? "",
  }));
}

/** The pages of a report sheet: an .xlsx prints its notes sheet too, after the report. */
function reportPages(name: ReportName, format: Format): string[] {
  const pdf = printed.get(`${name}-${format}`);
  if (!pdf) throw new Error(`${name}.${format} was not converted`);
  if (format === "docx") return pdf.pages;
  const notes = REPORTS[name]?.sheets.find((s) => s.role === "notes")?.cells[0];
  const title = notes?.content.kind === "text" ? notes.content.text : undefined;
  const end = title === undefined ? -1 : pdf.pages.findIndex((p) => p.includes(title));
  return end < 0 ? pdf.pages : pdf.pages.slice(0, end);
}

/** The first line of a page with text. */
const firstLine = (page: string): string =>
  page
    .split("\n")
    .find((l) => l.trim() !== "")
    ?.trim() ?? "";

describeLibreOffice("reports printed by LibreOffice", () => {
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "tinhgon-lo-"));
    const files: string[] = [];
    for (const [name, doc] of Object.entries(REPORTS)) {
      const xlsx = path.join(work, `${name}-xlsx.xlsx`);
      writeFileSync(xlsx, Buffer.from(await reportWorkbook(doc).workbook.xlsx.writeBuffer()));
      const docx = path.join(work, `${name}-docx.docx`);
      writeFileSync(docx, await reportDocx(doc));
      files.push(xlsx, docx);
    }
    const out = path.join(work, "pdf");
    mkdirSync(out);
    // A profile of its own, so that runs (and a desktop LibreOffice) never share a lock.
    const profile = pathToFileURL(path.join(work, "lo-profile")).href;
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        ...files,
      ],
      { stdio: "pipe", timeout: CONVERT_TIMEOUT },
    );
    for (const file of files) {
      const base = path.basename(file).replace(/\.\w+$/, "");
      const pdf = path.join(out, `${base}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${path.basename(file)}`);
      printed.set(base, { pages: pdfPages(pdf), sizes: pdfSizes(pdf) });
    }
  }, CONVERT_TIMEOUT + 30_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("prints every report on A4, each sheet in its own orientation", () => {
    const runs = (xs: boolean[]) => xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
    for (const [name, doc] of Object.entries(REPORTS)) {
      const sheets = doc.sheets.filter((s) => s.role !== "notes");
      for (const format of ["xlsx", "docx"] as const) {
        const pdf = printed.get(`${name}-${format}`) as Printed;
        const sizes = pdf.sizes.slice(0, reportPages(name, format).length);
        expect(sizes.length).toBeGreaterThanOrEqual(sheets.length);
        for (const size of sizes) {
          expect({ name, format, paper: size.paper }).toEqual({ name, format, paper: "A4" });
          const [long, short] = [Math.max(size.width, size.height), Math.min(size.width, size.height)];
          expect(Math.abs(long - 841.89)).toBeLessThan(1);
          expect(Math.abs(short - 595.28)).toBeLessThan(1);
        }
        // The pages, in order, turn as the sheets do (e.g. a portrait report, a landscape appendix).
        expect({ name, format, landscape: runs(sizes.map((s) => s.width > s.height)) }).toEqual({
          name,
          format,
          landscape: runs(sheets.map((s) => s.page.orientation === "landscape")),
        });
      }
    }
  });

  describe.each(["xlsx", "docx"] as const)("a deputy review of 7 units (%s)", (format) => {
    it.each(["deputy-7-state", "deputy-7-party"])(
      "prints its table on at most 2 pages, none with the table header alone (%s)",
      (name) => {
        const pages = reportPages(name, format);
        const withHeader = pages.filter((p) => p.includes(TABLE_HEADER));
        expect(withHeader.length).toBeGreaterThan(0);
        for (const page of withHeader) {
          const below = page.slice(page.indexOf(TABLE_HEADER));
          expect({ header: firstLine(below), unit: UNIT_STARTS.some((u) => below.includes(u)) }).toEqual({
            header: firstLine(below),
            unit: true,
          });
        }
        const first = pages.findIndex((p) => p.includes(TABLE_HEADER));
        const last = pages.findIndex((p, i) => i >= first && p.includes("Tổng cộng"));
        expect(last).toBeGreaterThanOrEqual(first);
        expect(last - first + 1).toBeLessThanOrEqual(2);
        // Every unit is printed.
        const all = pages.join("\n");
        for (const unit of UNIT_STARTS) expect(all).toContain(unit);
      },
    );
  });

  it.each(["xlsx", "docx"] as const)(
    "repeats a long table's header on every page it spans (%s)",
    (format) => {
      const pages = reportPages("deputy-long", format);
      // A row of the table: its STT, then the unit's name.
      const ROW = /^\s*(\d+)\s+Phòng số (\d\d)\b/m;
      const withRows = pages.filter((p) => ROW.test(p));
      // The table does span pages.
      expect(withRows.length).toBeGreaterThanOrEqual(3);
      for (const page of withRows) {
        const header = page.indexOf(TABLE_HEADER);
        expect({ page: pages.indexOf(page) + 1, header: header >= 0 && header < page.search(ROW) }).toEqual({
          page: pages.indexOf(page) + 1,
          header: true,
        });
        expect(page).toContain("Cảnh báo");
      }
      // Every unit is a row of the table, once, in order.
      const rows = [...pages.join("\n").matchAll(new RegExp(ROW.source, "gm"))].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(rows).toEqual(Array.from({ length: LONG_UNITS }, (_, i) => [i + 1, i + 1]));
    },
  );

  it.each(["deputy-7-state", "merge-state", "deputy-long"])(
    "numbers the pages of the Word file from the second one on, an appendix on its own (%s)",
    (name) => {
      const pages = reportPages(name, "docx");
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages[0]).toContain("BÁO CÁO");
      // A section (the report, an appendix) starts with an unnumbered page and counts from 1.
      let next = 1;
      const numbers = pages.map((page, i) => {
        const line = firstLine(page);
        if (i === 0 || APPENDIX.test(line)) next = 1;
        return line === String(next++) ? "numbered" : /^\d+$/.test(line) ? `wrong (${line})` : "none";
      });
      const starts = pages.map((page, i) => i === 0 || APPENDIX.test(firstLine(page)));
      expect(numbers).toEqual(starts.map((start) => (start ? "none" : "numbered")));
      // Each appendix sheet starts a section of its own.
      const sheets = (REPORTS[name] as ReportDoc).sheets.filter((s) => s.role !== "notes");
      expect(starts.filter(Boolean)).toHaveLength(sheets.length);
    },
  );

  it.each(CASE_NAMES)(
    "prints the Word file on as many pages as the Excel report, within one (%s)",
    (name) => {
      const xlsx = reportPages(name, "xlsx");
      const docx = reportPages(name, "docx");
      expect(Math.abs(xlsx.length - docx.length)).toBeLessThanOrEqual(1);
      for (const pages of [xlsx, docx]) for (const page of pages) expect(page.trim()).not.toBe("");
    },
  );

  it("shows the Word file's figures in vi-VN", () => {
    const deputy = reportPages("deputy-7-state", "docx").join("\n");
    for (const t of ["33,33%", "57,14%", "100,00%", "44,23%"]) expect(deputy).toContain(t);
    expect(deputy).not.toMatch(/\d\.\d\d%/);
    const merge = reportPages("merge-state", "docx").join("\n");
    expect(merge).toContain("28,57%");
    expect(merge).toMatch(/Đầu mối[^\n]*28,57%/);
    expect(merge).not.toMatch(/\d\.\d\d%/);
    // A change reads "giảm"/"tăng" without a minus sign.
    const plan = reportPages("merge-plan-party", "docx").join("\n");
    expect(plan).toMatch(/giảm 28,57%/);
    expect(plan).toMatch(/tăng 12,50%/);
    expect(plan).toMatch(/tăng 2\b/);
    expect(plan).not.toMatch(/(^|\s)-\d/m);
  });
});
