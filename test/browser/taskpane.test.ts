/**
 * The built task pane in headless Chromium (see harness.ts):
 * - browser mode (index.html, the File host): real .xlsx files picked with the file input, each
 *   job walked, the downloaded report read back with ExcelJS;
 * - the Excel host on the recording fake (test-excel.html): the same flows, counting syncs,
 *   checking that the seeded sheets are never written and the report lands on a new sheet.
 * Every page must make no request outside its origin and log no error. Screenshots of the main
 * screens go to test-output/screenshots/.
 */
import { Workbook } from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import path from "path";
import type { Download, Page } from "playwright-core";
import { roster, writeRosterXlsx } from "../../bench/data";
import type { FakeApi } from "../../src/taskpane/testing/fakeExcelPage";
import { buildPages, describeBrowser, openSession, type Session } from "./harness";
import { seedFromFile } from "./seed";
import { SAMPLE_FILE } from "../fixtures/sample";
import { sendAndReturn } from "../fixtures/returns";
import { NOTES_SHEET } from "../../src/reports";

const SAMPLE = SAMPLE_FILE;
const COMMUNE_SAMPLE = path.join(path.dirname(SAMPLE_FILE), "ubnd-xa-mau.xlsx");
const scratch = mkdtempSync(path.join(tmpdir(), "tinhgon-browser-"));
/** The forms of a consolidation as agencies return them (test/fixtures/returns.ts), in the scratch folder. */
let returnFiles: string[] = [];
beforeAll(async () => {
  const returns = path.join(scratch, "tra-ve");
  mkdirSync(returns);
  await sendAndReturn(scratch, returns);
  returnFiles = readdirSync(returns)
    .filter((n) => !n.startsWith("~$"))
    .sort()
    .map((n) => path.join(returns, n));
});

/** Every value of every cell of every sheet (formula cells: their cached result). */
async function workbookValues(file: string): Promise<{ sheets: string[]; values: unknown[] }> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const values: unknown[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        values.push(v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v);
      }),
    ),
  );
  return { sheets: wb.worksheets.map((ws) => ws.name), values };
}

async function saveDownload(download: Download): Promise<string> {
  const file = path.join(scratch, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

const texts = (values: unknown[]) => values.filter((v): v is string => typeof v === "string");
const near = (values: unknown[], x: number) =>
  values.some((v) => typeof v === "number" && Math.abs(v - x) < 1e-6);

async function readSide(page: Page, job: string, sheets: Record<string, string>): Promise<void> {
  await page.getByTestId(`job-${job}`).check();
  for (const [side, sheet] of Object.entries(sheets)) {
    const kind = page.getByTestId(`source-kind-${side}`);
    if ((await kind.count()) > 0) await kind.selectOption("sheet");
    await page.getByTestId(`source-sheet-${side}`).selectOption(sheet);
  }
  await page.getByTestId("read-button").click();
}

/** Clears the message bar, runs `action`, and waits for the message it brings with that intent. */
async function messageAfter(page: Page, intent: string, action: () => Promise<unknown>): Promise<string> {
  const dismiss = page.getByTestId("message-dismiss");
  if ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.getByTestId("message-bar").waitFor({ state: "detached" });
  await action();
  const bar = page.locator(`[data-testid="message-bar"][data-intent="${intent}"]`);
  await bar.waitFor();
  return bar.innerText();
}

function noLeaks(session: () => Session) {
  it("made no request outside its origin and logged no error", () => {
    expect(session().outside).toEqual([]);
    expect(session().requests.length).toBeGreaterThan(0);
    expect(session().errors).toEqual([]);
  });
}

describeBrowser("task pane in a browser", () => {
  beforeAll(() => buildPages(), 600_000);

  describe("browser mode (File host)", () => {
    let s: Session;
    let page: Page;
    beforeAll(async () => {
      s = await openSession();
      page = s.page;
      await page.goto(`${s.url}index.html`);
      await page.getByTestId("file-input").waitFor({ state: "attached" });
    }, 60_000);
    afterAll(async () => s?.close());

    it("starts in Vietnamese without office.js and offers a file", async () => {
      await s.shot("01-browser-start");
      const body = await page.locator("body").innerText();
      expect(body).toContain("Mở tệp");
      expect(body).toContain("không tải lên");
      expect(s.requests.some((u) => u.includes("office.js"))).toBe(false);
    });

    it("compares the sample's before and after sheets and downloads the report", async () => {
      await page.getByTestId("file-input").setInputFiles(SAMPLE);
      await expect(page.getByTestId("file-name").innerText()).resolves.toContain(
        "van-phong-tinh-uy-mau.xlsx",
      );
      await readSide(page, "compare", { before: "Trước sắp xếp", after: "Sau sắp xếp" });
      const summary = page.getByTestId("summary-table");
      await summary.waitFor();
      const text = await summary.innerText();
      for (const figure of ["52", "47", "28,57%", "62,50%", "9,62%"]) expect(text).toContain(figure);
      await page.getByTestId("bar-chart").waitFor();
      await s.shot("02-browser-compare-page");
      await s.shot("02-browser-compare-preview", page.getByTestId("preview"));
      await s.shot(
        "02-browser-compare-mapping",
        page.getByTestId("mapping-row").first().locator("xpath=../.."),
      );

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("insert-button").click(),
      ]);
      const file = await saveDownload(download);
      expect(path.extname(file)).toBe(".xlsx");
      const { values } = await workbookValues(file);
      // Before/after staff, their difference and the rate, as cached formula results.
      for (const n of [7, 5, 16, 6, 52, 47]) expect(near(values, n)).toBe(true);
      expect(near(values, 5 / 52)).toBe(true);
      expect(texts(values).some((v) => v.includes("BÁO CÁO"))).toBe(true);
      await expect(page.getByTestId("message-bar").innerText()).resolves.toContain(
        download.suggestedFilename(),
      );
      await s.shot("03-browser-compare-downloaded");

      // The same report as a Word file, written in the worker.
      const [word] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("word-button").click(),
      ]);
      const docx = await saveDownload(word);
      expect(path.extname(docx)).toBe(".docx");
      const zip = await JSZip.loadAsync(readFileSync(docx));
      const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
      expect(body).toContain("BÁO CÁO");
      expect(body).toContain("28,57%");
      expect(body).not.toContain("Ghi chú cho người lập");
      await expect(page.getByTestId("message-bar").innerText()).resolves.toContain(word.suggestedFilename());
    }, 120_000);

    it("reviews deputies on the roster and shows the flagged units", async () => {
      await readSide(page, "check", { before: "Danh sách" });
      const flagged = page.getByTestId("flagged-list");
      await flagged.waitFor();
      await expect(flagged.innerText()).resolves.toContain("Phòng Lưu trữ");
      await s.shot("04-browser-check", page.getByTestId("preview"));
      // Phòng Lưu trữ is below the minimum size: the pane proposes where to merge it.
      const proposals = page.getByTestId("proposals");
      await expect(proposals.innerText()).resolves.toMatch(
        /Phòng Lưu trữ \(3 người, dưới mức tối thiểu 5\) hợp nhất vào/,
      );
      await s.shot("04b-browser-proposals", proposals);
      const [compared] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("proposals-insert").click(),
      ]);
      expect(compared.suggestedFilename()).toMatch(/so-sanh-phuong-an\.xlsx$/);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("insert-button").click(),
      ]);
      const { values } = await workbookValues(await saveDownload(download));
      expect(texts(values).some((v) => v.includes("Phòng Lưu trữ"))).toBe(true);
    }, 120_000);

    it("reads a merger plan and lets a column mapping be corrected", async () => {
      await readSide(page, "plan", { before: "Phương án" });
      await page.getByTestId("summary-table").waitFor();
      const rows = page.getByTestId("mapping-row");
      expect(await rows.count()).toBeGreaterThan(3);
      await expect(page.getByTestId("excess-list").innerText()).resolves.toContain("Phòng Tổng hợp");
      await s.shot("05-browser-plan", page.getByTestId("preview"));
      // The plan merges 7 units into 6; ignoring the "Sáp nhập vào" column leaves every unit alone.
      const units = page.getByTestId("summary-table").locator("tbody tr").first().locator("td, th");
      expect((await units.allInnerTexts()).slice(1, 3)).toEqual(["7", "6"]);
      const selects = page.locator('[data-testid^="mapping-select-"]');
      let merge = -1;
      for (let i = 0; i < (await selects.count()) && merge < 0; i++)
        if ((await selects.nth(i).inputValue()) === "mergeInto") merge = i;
      expect(merge).toBeGreaterThanOrEqual(0);
      await selects.nth(merge).selectOption("");
      await page.waitForFunction(() => {
        const cells = document.querySelectorAll('[data-testid="summary-table"] tbody tr:first-child > *');
        return (
          [...cells]
            .slice(1, 3)
            .map((c) => (c as HTMLElement).innerText)
            .join(" ") === "7 7"
        );
      });
    }, 120_000);

    it("inserts a blank form from the gallery, which our reader reads back", async () => {
      await page.getByTestId("tab-gallery").click();
      await page.getByTestId("gallery").waitFor();
      await s.shot("06-browser-gallery", page.getByTestId("gallery"));
      // Outside Excel a template is downloaded, and the button says so.
      expect(await page.getByTestId("gallery-insert-bieu-don-vi").innerText()).toContain("Tải xuống");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("gallery-insert-bieu-don-vi").click(),
      ]);
      const { sheets, values } = await workbookValues(await saveDownload(download));
      expect(sheets.length).toBeGreaterThan(0);
      expect(texts(values).some((v) => /tên đơn vị|đơn vị/i.test(v))).toBe(true);
      await page.getByTestId("tab-report").click();
    }, 60_000);

    it("switches to English and back", async () => {
      await page.getByTestId("lang-switch").selectOption("en");
      await page.getByTestId("read-button").filter({ hasText: /read/i }).waitFor();
      expect(await page.locator("body").innerText()).toContain("Open another file");
      await s.shot("07-browser-english");
      await page.getByTestId("lang-switch").selectOption("vi");
      await page.getByTestId("read-button").filter({ hasText: /đọc/i }).waitFor();
    });

    it("says clearly, in Vietnamese, that a file that is not a workbook cannot be opened", async () => {
      const bad = path.join(scratch, "khong-phai-excel.xlsx");
      writeFileSync(bad, "đây không phải là tệp Excel");
      const text = await messageAfter(page, "error", () => page.getByTestId("file-input").setInputFiles(bad));
      expect(text).toContain("khong-phai-excel.xlsx");
      await s.shot("08-browser-bad-file");
    });

    it("a commune: the pooled excess as one group; a cap entered where none is published", async () => {
      await page.getByTestId("file-input").setInputFiles(COMMUNE_SAMPLE);
      await readSide(page, "check", { before: "Khi thành lập" });
      const excess = page.getByTestId("excess-list");
      await excess.waitFor();
      await expect(excess.innerText()).resolves.toContain(
        "Tính chung 4 đơn vị (bình quân 2 cấp phó mỗi đơn vị)",
      );
      await expect(page.getByTestId("preview").innerText()).resolves.toContain("Nghị quyết 332/NQ-CP");
      await s.shot("08b-browser-commune-pooled", page.getByTestId("preview"));

      // A commune đảng ủy's bodies: no published cap, so a field to enter one, marked as entered.
      const wb = new Workbook();
      const ws = wb.addWorksheet("Biểu 01");
      ws.addRow(["ĐẢNG ỦY XÃ TÂN HƯNG"]);
      ws.addRow(["TT", "Cơ quan", "Cấp trưởng", "Cấp phó", "Tổng số"]);
      ws.addRow([1, "Văn phòng Đảng ủy", 1, 2, 6]);
      ws.addRow([2, "Ban Xây dựng Đảng", 1, 1, 5]);
      const file = path.join(scratch, "dang-uy-xa.xlsx");
      await wb.xlsx.writeFile(file);
      await page.getByTestId("file-input").setInputFiles(file);
      await readSide(page, "check", { before: "Biểu 01" });
      const field = page.getByTestId("entered-cap-co-quan-dang-xa");
      await field.waitFor();
      await field.fill("1");
      await excess.waitFor();
      await expect(excess.innerText()).resolves.toContain("Văn phòng Đảng ủy");
      await expect(page.getByTestId("preview").innerText()).resolves.toContain("định mức tự nhập");
      await s.shot("08c-browser-entered-cap", page.getByTestId("rules"));
    }, 120_000);

    it("asks whether an untitled table is a Party or a State body's, and follows the answer", async () => {
      const wb = new Workbook();
      const ws = wb.addWorksheet("Biểu 01");
      ws.addRow(["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số"]);
      ws.addRow([1, "Phòng Tổng hợp", 1, 3, 8, 12]);
      ws.addRow([2, "Phòng Quản trị", 1, 2, 6, 9]);
      const file = path.join(scratch, "khong-tieu-de.xlsx");
      await wb.xlsx.writeFile(file);
      await page.getByTestId("file-input").setInputFiles(file);
      await readSide(page, "check", { before: "Biểu 01" });
      const question = page.getByTestId("family-question");
      await question.waitFor();
      await expect(question.innerText()).resolves.toContain("cơ quan Đảng hay cơ quan Nhà nước");
      await s.shot("08d-browser-family-question", page.getByTestId("rules"));
      await page.getByTestId("family-party").click();
      await question.waitFor({ state: "detached" });
      await expect(page.getByTestId("preview").innerText()).resolves.toContain("Quy định 329-QĐ/TW");
      await page.getByTestId("family").selectOption("");
      await question.waitFor();
    }, 60_000);

    it("shows HTML in unit names as text, never as markup", async () => {
      const wb = new Workbook();
      const ws = wb.addWorksheet("Biểu 01");
      ws.addRow(["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Biên chế"]);
      ws.addRow([1, '<img src="x" onerror="window.__xss=1">Phòng <b>Thử</b>', 1, 9, 4]);
      ws.addRow([2, "Phòng Hai", 1, 1, 6]);
      const file = path.join(scratch, "html.xlsx");
      await wb.xlsx.writeFile(file);
      await page.getByTestId("file-input").setInputFiles(file);
      await readSide(page, "check", { before: "Biểu 01" });
      await page.getByTestId("preview").waitFor();
      await expect(page.locator("body").innerText()).resolves.toContain("<b>Thử</b>");
      expect(await page.locator('img[src="x"], b:text("Thử")').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    }, 60_000);

    it("consolidates the forms returned by several agencies, naming the one missing", async () => {
      await page.getByTestId("job-consolidate").check();
      await page.getByTestId("returns-input").setInputFiles(returnFiles);
      const summary = page.getByTestId("returns-summary");
      await summary.waitFor();
      await expect(summary.innerText()).resolves.toContain(
        "Chưa tổng hợp được số liệu của: 05-so-tai-chinh (không đọc được tệp); SỞ XÂY DỰNG",
      );
      const list = page.getByTestId("returns-list");
      expect(await list.locator("li").count()).toBe(returnFiles.length);
      await expect(list.innerText()).resolves.toContain("BAN TỔ CHỨC TỈNH ỦY");
      await s.shot("09-browser-consolidate");
      await s.shot("09-browser-consolidate-list", page.getByTestId("returns"));
      // The later return of Sở Nội vụ: still incomplete (two agencies missing), so it asks first.
      await page.getByTestId("returns-use-later").check();
      await page.getByTestId("insert-button").click();
      await page.getByTestId("confirm-insert").waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("confirm-insert").click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^tong-hop-.*\.xlsx$/);
      const { values } = await workbookValues(await saveDownload(download));
      expect(texts(values).some((v) => v.includes("CHƯA ĐẦY ĐỦ"))).toBe(true);
      await expect(page.getByTestId("message-bar").innerText()).resolves.toContain("CHƯA ĐẦY ĐỦ");
      // Back to a job that reads the open file: the file button is there again.
      await page.getByTestId("job-check").check();
      await page.getByTestId("file-input").waitFor({ state: "attached" });
    }, 120_000);

    noLeaks(() => s);
  });

  describe("browser mode on a 100,000-person roster", () => {
    let s: Session;
    beforeAll(async () => {
      s = await openSession();
    }, 60_000);
    afterAll(async () => s?.close());

    it("reads it in a worker, keeps the page responsive and renders a short DOM", async () => {
      const file = path.join(scratch, "danh-sach-100k.xlsx");
      await writeRosterXlsx(roster(100_000, 7), file);
      const page = s.page;
      await page.goto(`${s.url}index.html`);
      await page.getByTestId("file-input").waitFor({ state: "attached" });
      // The longest gap between animation frames while the file is opened and read: a page that
      // parsed 100,000 rows on its main thread would freeze for many seconds.
      await page.evaluate(() => {
        const w = window as unknown as { __maxGap: number };
        w.__maxGap = 0;
        let last = performance.now();
        const tick = (now: number) => {
          w.__maxGap = Math.max(w.__maxGap, now - last);
          last = now;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.getByTestId("file-input").setInputFiles(file);
      await expect(page.getByTestId("file-name").innerText()).resolves.toContain("danh-sach-100k.xlsx");
      // The count beside the progress bar says what it counts: "12.000/100.001 dòng".
      await page.evaluate(() => {
        const w = window as unknown as { __counts: string[] };
        w.__counts = [];
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid="progress-count"]')?.textContent;
          if (text && w.__counts[w.__counts.length - 1] !== text) w.__counts.push(text);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await readSide(page, "check", { before: "Danh sách" });
      await page.getByTestId("preview").waitFor({ timeout: 180_000 });
      const counts = await page.evaluate(() => (window as unknown as { __counts: string[] }).__counts);
      expect(counts).toEqual(expect.arrayContaining([expect.stringMatching(/^[\d.]+\/[\d.]+ dòng$/)]));
      await s.shot("09-browser-100k-check", page.getByTestId("preview"));
      const maxGap = await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap);
      expect(maxGap).toBeLessThan(4_000);
      // Virtualised: a handful of list rows in the DOM, not one per unit or per issue.
      expect(await page.locator('[role="listitem"]').count()).toBeLessThan(200);
      expect(await page.locator("*").count()).toBeLessThan(5_000);
    }, 300_000);

    noLeaks(() => s);
  });

  describe("Excel host on the recording fake", () => {
    let s: Session;
    let page: Page;
    const fake = <T>(f: (api: FakeApi) => T): Promise<T> =>
      page.evaluate(`(${f.toString()})(window.__tinhgonFake)`) as Promise<T>;
    beforeAll(async () => {
      s = await openSession();
      page = s.page;
      const seed = await seedFromFile(SAMPLE, { selection: { sheet: "Biểu lệch", address: "A1:E5" } });
      // A sheet whose total row disagrees with its units: a warning pointing at a cell.
      seed.sheets.push({
        name: "Biểu lệch",
        at: "A1",
        rows: [
          ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Biên chế"],
          [1, "Phòng Một", 1, 2, 8],
          [2, "Phòng Hai", 1, 1, 6],
          [null, "Tổng cộng", 2, 3, 99],
        ],
        merges: [],
      });
      await page.addInitScript((value) => {
        (window as unknown as { __TINHGON_SEED__: unknown }).__TINHGON_SEED__ = value;
      }, seed);
      await page.goto(`${s.url}test-excel.html`);
      await page.getByTestId("read-button").waitFor();
    }, 60_000);
    afterAll(async () => s?.close());

    it("compares two sheets and inserts the report on a new sheet in at most 3 syncs (+1 to list the sheets)", async () => {
      await s.shot("10-excel-start");
      await readSide(page, "compare", { before: "Trước sắp xếp", after: "Sau sắp xếp" });
      await page.getByTestId("summary-table").waitFor();
      const before = await fake((f) => f.requests().length);
      const sheetsBefore = await fake((f) => f.sheetNames());
      const message = await messageAfter(page, "success", () => page.getByTestId("insert-button").click());
      const requests = await fake((f) => f.requests());
      const sheets = await fake((f) => f.sheetNames());
      expect(requests.length - before).toBeGreaterThan(0);
      // The report: two writes and the page setup in its own best-effort sync; then the pane lists the
      // workbook's sheets again (one sync).
      expect(requests.length - before).toBeLessThanOrEqual(4);
      for (const r of requests) expect(r.bytes).toBeLessThan(5_000_000);
      // The report, its appendix (the table of every unit), its sources and the notes for the person preparing it
      // on sheets of their own; the report shown.
      const added = sheets.filter((n) => !sheetsBefore.includes(n));
      expect(added).toEqual(["Kết quả sắp xếp", "Phụ lục I", "Nguồn số liệu", NOTES_SHEET]);
      expect(await fake((f) => f.activeSheet())).toBe(added[0]);
      expect(message).toContain(added[0] as string);
      expect(await fake((f) => f.violations())).toEqual([]);
      expect(await fake((f) => f.cellCount("Trước sắp xếp"))).toBeGreaterThan(0);
      await s.shot("11-excel-compare-inserted");
    }, 120_000);

    it("consolidates forms picked as files, read in the reader worker", async () => {
      const sheetsBefore = await fake((f) => f.sheetNames());
      await page.getByTestId("tab-report").click();
      await page.getByTestId("job-consolidate").check();
      await page.getByTestId("returns-input").setInputFiles(returnFiles.filter((f) => /0[1234]-/.test(f)));
      await expect(page.getByTestId("returns-summary").innerText()).resolves.toContain(
        "Đã tổng hợp đủ 4 cơ quan, đơn vị.",
      );
      const message = await messageAfter(page, "success", () => page.getByTestId("insert-button").click());
      const added = (await fake((f) => f.sheetNames())).filter((n) => !sheetsBefore.includes(n));
      expect(added.length).toBeGreaterThan(1);
      expect(message).toContain(added[0] as string);
      expect(await fake((f) => f.violations())).toEqual([]);
      await page.getByTestId("job-check").check();
    }, 120_000);

    it("reads each sheet in one sync and remembers the settings with the workbook", async () => {
      const before = await fake((f) => f.requests().length);
      await readSide(page, "check", { before: "Danh sách" });
      await page.getByTestId("preview").waitFor();
      expect((await fake((f) => f.requests().length)) - before).toBe(1);
      await page.getByTestId("details-place").fill("Bình Phước");
      await page.getByTestId("details-addressees").fill("- Sở Nội vụ;\n\nBan Tổ chức Tỉnh ủy");
      await page.waitForTimeout(1_000);
      const stored = await fake((f) => f.settings()["tinhgon.settings"]);
      const settings = JSON.parse(String(stored)) as {
        job: string;
        before: unknown;
        details: { place: string; addressees?: string[] };
      };
      // "Kính gửi", one body per line, the marks the report adds itself left out.
      expect(settings.details.addressees).toEqual(["Sở Nội vụ", "Ban Tổ chức Tỉnh ủy"]);
      expect(settings.job).toBe("check");
      expect(settings.before).toEqual({ kind: "sheet", sheet: "Danh sách" });
      expect(settings.details.place).toBe("Bình Phước");
    }, 60_000);

    it("reads the current selection and selects a problem's cell in the workbook", async () => {
      await page.getByTestId("job-check").check();
      await page.getByTestId("source-kind-before").selectOption("selection");
      await page.getByTestId("read-button").click();
      await page.getByTestId("preview").waitFor();
      const links = page.getByTestId("issue-link");
      await links.first().waitFor();
      const label = await links.first().innerText();
      await links.first().click();
      const selected = await fake((f) => f.selected());
      expect(selected).toBeDefined();
      expect(selected?.sheet).toBe("Biểu lệch");
      expect(label).toContain(selected?.address.split(":")[0]?.replace(/\$/g, "") ?? "?");
      await s.shot("12-excel-issue-selected", page.getByTestId("issue-row").first().locator("xpath=../.."));
    }, 60_000);

    it("inserts a second report under a new name, never over the first", async () => {
      await page.getByTestId("tab-gallery").click();
      expect(await page.getByTestId("gallery-insert-theo-doi-thi-diem").innerText()).toContain("Chèn");
      const sheetsBefore = await fake((f) => f.sheetNames());
      await messageAfter(page, "success", () => page.getByTestId("gallery-insert-theo-doi-thi-diem").click());
      const sheets = await fake((f) => f.sheetNames());
      // The tracker and its instructions for the person filling it in.
      expect(sheets.length).toBe(sheetsBefore.length + 2);
      expect(sheets).toContain(`${NOTES_SHEET} (2)`);
      expect(new Set(sheets).size).toBe(sheets.length);
      expect(await fake((f) => f.violations())).toEqual([]);
    }, 60_000);

    it("works from the keyboard alone: Tab to the read button, Enter reads", async () => {
      await page.getByTestId("tab-report").click();
      await page.getByTestId("job-check").check();
      await page.getByTestId("source-kind-before").selectOption("sheet");
      await page.getByTestId("source-sheet-before").selectOption("Trước sắp xếp");
      const before = await fake((f) => f.requests().length);
      await page.locator("body").click({ position: { x: 1, y: 1 } });
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(
          () => document.activeElement?.getAttribute("data-testid") === "read-button",
        );
      }
      expect(reached).toBe(true);
      await page.keyboard.press("Enter");
      await page.getByTestId("table-summary-before").filter({ hasText: "7" }).waitFor();
      expect((await fake((f) => f.requests().length)) - before).toBe(1);
    }, 60_000);

    noLeaks(() => s);
  });

  describe("dark theme", () => {
    it("follows a dark Office/system theme", async () => {
      const s = await openSession({ dark: true });
      try {
        await s.page.goto(`${s.url}index.html`);
        await s.page.getByTestId("file-input").waitFor({ state: "attached" });
        const bg = await s.page.evaluate(
          () => getComputedStyle(document.body.firstElementChild as Element).backgroundColor,
        );
        const [r, g, b] = (bg.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
        expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
        await s.shot("13-browser-dark");
        expect(s.outside).toEqual([]);
      } finally {
        await s.close();
      }
    }, 60_000);
  });
});
