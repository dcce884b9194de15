/**
 * The task pane as Excel shows it, 350 × 600 px, driven from the keyboard, in both languages
 * (issue 10): no report over errors without an explicit "Vẫn tạo báo cáo", focus that follows the
 * result, a footer of at most a fifth of the pane, no option text cut off, English plurals, the rule
 * set and unit type in the preview, the sheet each job starts from, and the browser comparison of
 * two files. Screenshots (the viewport, as a user sees it) go to test-output/screenshots/2x-*.png.
 */
import { Workbook } from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import type { Page } from "playwright-core";
import type { CellValue, Grid } from "../../src/core/types";
import { SAMPLE_FILE, workbookGrids } from "../fixtures/sample";
import { buildPages, describeBrowser, openSession, SHOTS_DIR, type Session } from "./harness";
import { seedFromFile } from "./seed";

const WIDTH = 350;
const HEIGHT = 600;
const scratch = mkdtempSync(path.join(tmpdir(), "tinhgon-narrow-"));

/** Grids written to an .xlsx as plain values (the reader needs no styles). */
async function writeGrids(file: string, grids: Grid[]): Promise<string> {
  const wb = new Workbook();
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.sheet);
    grid.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        ws.getCell(grid.origin.row + r, grid.origin.col + c).value =
          value instanceof Date ? value : typeof value === "object" ? null : value;
      }),
    );
    for (const m of grid.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

let grids: Grid[] = [];
const sheet = (name: string, rename = name): Grid => {
  const grid = grids.find((g) => g.sheet === name);
  if (!grid) throw new Error(name);
  return { ...grid, sheet: rename, cells: grid.cells.map((row) => [...row]) };
};

/** The sample's plan with a deputy count typed as a word ("ba"): an error the reader lists. */
function planWithError(rename: string): Grid {
  const grid = sheet("Phương án", rename);
  (grid.cells[5] as CellValue[])[4] = "ba";
  return grid;
}

/** A screenshot of what the user sees: the 350 × 600 viewport, as test-output/screenshots/NAME.png. */
async function view(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

/** Presses Tab until `testId` has the focus (or the focus is inside it); false after `max` presses. */
async function tabTo(page: Page, testId: string, max = 120): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    const there = await page.evaluate((id) => {
      const active = document.activeElement;
      return (
        !!active && (active.getAttribute("data-testid") === id || !!active.closest(`[data-testid="${id}"]`))
      );
    }, testId);
    if (there) return true;
    await page.keyboard.press("Tab");
  }
  return false;
}

/** What has the keyboard focus: its data-focus, else its data-testid, else its tag. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a) return "";
    return a.dataset.focus ?? a.dataset.testid ?? a.tagName.toLowerCase();
  });

/** The sticky footer's height as a share of the viewport. */
const footerShare = async (page: Page): Promise<number> =>
  ((await page.getByTestId("action-bar").boundingBox())?.height ?? Infinity) / HEIGHT;

/**
 * Text cut off in what is on screen: a drop-down whose chosen text is wider than its box, a radio
 * label or option text box that overflows. Empty when everything can be read.
 */
const cutText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const visible = (e: Element) => (e as HTMLElement).offsetParent !== null;
    for (const box of document.querySelectorAll("[data-wrap-select] > span[aria-hidden]")) {
      if (visible(box) && box.scrollWidth > box.clientWidth + 1) out.push(`wrap: ${box.textContent}`);
    }
    const canvas = document.createElement("canvas");
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    for (const select of document.querySelectorAll("select")) {
      // Native drop-downs drawn by the browser (the language switch): the chosen text must fit.
      if (!visible(select) || select.closest("[data-wrap-select]")) continue;
      const cs = getComputedStyle(select);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const text = select.options[select.selectedIndex]?.text ?? "";
      const room = select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      if (ctx.measureText(text).width > room + 0.5) out.push(`select: ${text}`);
    }
    for (const label of document.querySelectorAll("label, .fui-Radio__label")) {
      if (visible(label) && label.scrollWidth > label.clientWidth + 1)
        out.push(`label: ${label.textContent}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) out.push("page wider than the pane");
    return out;
  });

describeBrowser("the task pane at 350 × 600 px", () => {
  beforeAll(async () => {
    buildPages();
    grids = await workbookGrids();
  }, 600_000);

  describe("browser mode, keyboard only", () => {
    let s: Session;
    let page: Page;
    let planFile: string;
    beforeAll(async () => {
      // A guide sheet first (no table), a staffing table, then the plan (named like neither).
      const guide: Grid = {
        sheet: "Hướng dẫn",
        origin: { row: 1, col: 1 },
        cells: [["Điền số liệu vào các biểu sau; không sửa dòng tiêu đề."]],
      };
      planFile = await writeGrids(path.join(scratch, "bieu-van-phong.xlsx"), [
        guide,
        sheet("Trước sắp xếp", "Biểu 1"),
        planWithError("Biểu 2"),
      ]);
      s = await openSession({ width: WIDTH, height: HEIGHT });
      page = s.page;
      await page.goto(`${s.url}index.html`);
      await page.getByTestId("file-input").waitFor({ state: "attached" });
    }, 60_000);
    afterAll(async () => s?.close());

    it("opens a file and puts the focus on what it says, not on the top of the page", async () => {
      await page.getByTestId("file-input").setInputFiles(planFile);
      await page.locator('[data-testid="message-bar"][data-intent="success"]').waitFor();
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.dataset.focus === "message",
      );
      expect(await footerShare(page)).toBeLessThanOrEqual(0.2);
      await view(page, "20-narrow-opened");
    });

    it("plan starts from the sheet with a merge column; reading moves the focus to the preview", async () => {
      // The job radios from the keyboard: Tab to the checked one, arrow up from "check" to "plan".
      expect(await tabTo(page, "job-check")).toBe(true);
      await page.keyboard.press("ArrowUp");
      await expect(page.getByTestId("job-plan").isChecked()).resolves.toBe(true);
      // Not the first sheet (a guide), not the active one: the one whose header has "Sáp nhập vào".
      await expect(page.getByTestId("source-sheet-before").inputValue()).resolves.toBe("Biểu 2");
      expect(await tabTo(page, "read-button")).toBe(true);
      await page.keyboard.press("Enter");
      await page.getByTestId("preview").waitFor();
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.dataset.focus === "preview",
      );
      const top = (await page.getByTestId("preview").boundingBox())?.y ?? -1;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(HEIGHT / 2);
      // Errors were read: the message says so, never in green.
      const bar = page.getByTestId("message-bar");
      await expect(bar.getAttribute("data-intent")).resolves.toBe("warning");
      await expect(bar.innerText()).resolves.toMatch(/lỗi/);
      // The rules and unit types the figures rest on, and that the types were assumed.
      await expect(page.getByTestId("rules-used").innerText()).resolves.toMatch(
        /^Quy định áp dụng \(tính đến [\d/]+\): \S/,
      );
      await expect(page.getByTestId("unit-types-used").innerText()).resolves.toMatch(
        /^Loại đơn vị: .*tự nhận biết theo tên đơn vị/,
      );
      expect(await footerShare(page)).toBeLessThanOrEqual(0.2);
      await view(page, "21-narrow-read-over-errors");
    }, 60_000);

    it("asks before a report over errors; Escape cancels, Enter on “Vẫn tạo báo cáo” makes it", async () => {
      let downloads = 0;
      page.on("download", () => downloads++);
      expect(await tabTo(page, "insert-button")).toBe(true);
      await page.keyboard.press("Enter");
      const confirm = page.getByTestId("confirm-insert");
      await confirm.waitFor();
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.dataset.focus === "confirm",
      );
      await expect(confirm.innerText()).resolves.toBe("Vẫn tạo báo cáo");
      const question = await page.getByTestId("message-bar").innerText();
      expect(question).toMatch(/Còn \d+ lỗi chưa xử lý/);
      expect(question).toMatch(/báo cáo sẽ ghi rõ/);
      // The question is the button's description for screen readers.
      const described = await confirm.getAttribute("aria-describedby");
      expect(described).toBeTruthy();
      expect(await footerShare(page)).toBeLessThanOrEqual(0.2);
      await view(page, "22-narrow-confirm");

      await page.keyboard.press("Escape");
      await page.getByTestId("insert-button").waitFor();
      expect(await focused(page)).toBe("insert");
      expect(downloads).toBe(0);

      await page.keyboard.press("Enter");
      await confirm.waitFor();
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.dataset.focus === "confirm",
      );
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(download.suggestedFilename()).toBe("bieu-van-phong-ket-qua-sap-xep.xlsx");
      const done = page.locator('[data-testid="message-bar"][data-intent="warning"]');
      await done.filter({ hasText: "bieu-van-phong-ket-qua-sap-xep.xlsx" }).waitFor();
      await expect(done.innerText()).resolves.toMatch(/khi còn \d+ lỗi chưa xử lý/);
      expect(await page.locator('[data-testid="message-bar"][data-intent="success"]').count()).toBe(0);
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.dataset.focus === "message",
      );
      expect(await footerShare(page)).toBeLessThanOrEqual(0.2);
      await view(page, "23-narrow-report-over-errors");
    }, 60_000);

    it("clears the last job's message when the job changes", async () => {
      await expect(page.getByTestId("message-bar").count()).resolves.toBe(1);
      await page.getByTestId("job-check").focus();
      await page.keyboard.press("Space");
      await page.getByTestId("message-bar").waitFor({ state: "detached" });
    });

    it("cuts no option text, in Vietnamese and in English, and counts in English plurals", async () => {
      for (const job of ["compare", "plan", "check", "roadmap"]) {
        await page.getByTestId(`job-${job}`).check();
        expect({ job, cut: await cutText(page) }).toEqual({ job, cut: [] });
      }
      await page.getByTestId("job-check").check();
      await page.getByTestId("source-sheet-before").selectOption("Biểu 1");
      await page.getByTestId("read-button").click();
      await page.getByTestId("preview").waitFor();
      await page.getByTestId("lang-switch").selectOption("en");
      await page.getByTestId("read-button").filter({ hasText: /read/i }).waitFor();
      for (const job of ["compare", "plan", "check", "roadmap"]) {
        await page.getByTestId(`job-${job}`).check();
        expect({ job, cut: await cutText(page) }).toEqual({ job, cut: [] });
      }
      await page.getByTestId("job-check").check();
      await page.getByTestId("read-button").click();
      await page.getByTestId("preview").waitFor();
      const body = await page.locator("body").innerText();
      expect(body).not.toMatch(/\b1 (units|notes|errors|warnings|sheets|rows|people)\b/);
      expect(body).not.toMatch(/\b([02-9]|\d{2,}) (unit|note|error|warning|sheet|row)\b(?!s)/);
      await expect(page.getByTestId("rules-used").innerText()).resolves.toMatch(
        /^Rules applied \(in force on [^)]+\): \S/,
      );
      await expect(page.getByTestId("unit-types-used").innerText()).resolves.toMatch(
        /^Unit types?: .*assumed from the unit names/,
      );
      await view(page, "24-narrow-english");
      await page.getByTestId("preview").scrollIntoViewIfNeeded();
      await view(page, "25-narrow-english-preview");
      // The longest choices wrap in their box instead of being cut.
      await page.getByTestId("unit-type").selectOption("phong-dang");
      await page.getByTestId("rule-set").selectOption("ND370_2025");
      expect(await cutText(page)).toEqual([]);
      const box = await page.locator('[data-select-text="rule-set"]').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(30);
      await page.getByTestId("rules").scrollIntoViewIfNeeded();
      await view(page, "26-narrow-english-rules");
      await page.getByTestId("unit-type").selectOption("");
      await page.getByTestId("rule-set").selectOption("");
      await page.getByTestId("lang-switch").selectOption("vi");
    }, 120_000);

    it("made no request outside its origin and logged no error", () => {
      expect(s.outside).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  });

  describe("browser mode: a comparison of two files", () => {
    let s: Session;
    let page: Page;
    let before: string;
    let after: string;
    beforeAll(async () => {
      before = await writeGrids(path.join(scratch, "bien-che-truoc.xlsx"), [
        sheet("Trước sắp xếp", "Biểu 01"),
      ]);
      after = await writeGrids(path.join(scratch, "bien-che-sau.xlsx"), [sheet("Sau sắp xếp", "Biểu 01")]);
      s = await openSession({ width: WIDTH, height: HEIGHT });
      page = s.page;
      await page.goto(`${s.url}index.html`);
      await page.getByTestId("file-input").waitFor({ state: "attached" });
    }, 60_000);
    afterAll(async () => s?.close());

    it("takes the 'after' table from a second file and names the report after both", async () => {
      await page.getByTestId("file-input").setInputFiles(before);
      await page.getByTestId("file-name").filter({ hasText: "bien-che-truoc.xlsx" }).waitFor();
      await page.getByTestId("job-compare").check();
      // One sheet in the first file: never the same table twice, so no "after" yet.
      await expect(page.locator('[data-select-text="source-sheet-after"]').innerText()).resolves.toBe(
        "(chọn trang tính)",
      );
      await expect(page.getByTestId("after-file-name").innerText()).resolves.toContain(
        "Cùng tệp với bảng trước",
      );
      // From the keyboard, the file button is reached with Tab (the system's file dialog stands apart).
      await page.getByTestId("after-file-input").focus();
      await page.getByTestId("after-file-input").setInputFiles(after);
      await page.getByTestId("after-file-name").filter({ hasText: "bien-che-sau.xlsx" }).waitFor();
      await expect(page.getByTestId("source-sheet-after").inputValue()).resolves.toBe("Biểu 01");
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.dataset.focus === "message",
      );
      await page.getByTestId("after-file-name").scrollIntoViewIfNeeded();
      await view(page, "27-narrow-two-files");
      await page.getByTestId("read-button").click();
      const summary = page.getByTestId("summary-table");
      await summary.waitFor();
      const text = await summary.innerText();
      for (const figure of ["52", "47", "9,62%"]) expect(text).toContain(figure);
      await view(page, "28-narrow-two-files-read");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("insert-button").click(),
      ]);
      expect(download.suggestedFilename()).toBe("bien-che-truoc_bien-che-sau-ket-qua-sap-xep.xlsx");
      await page.locator('[data-testid="message-bar"][data-intent="success"]').waitFor();

      // Each side remembers its file across a change of job.
      await page.getByTestId("job-check").check();
      await page.getByTestId("job-compare").check();
      await expect(page.getByTestId("after-file-name").innerText()).resolves.toContain("bien-che-sau.xlsx");
      // Back to one file: "after" reads the first file again.
      await page.getByTestId("after-file-close").click();
      await page.getByTestId("after-file-name").filter({ hasText: "Cùng tệp với bảng trước" }).waitFor();
    }, 120_000);

    it("made no request outside its origin and logged no error", () => {
      expect(s.outside).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  });

  describe("Excel host on the recording fake", () => {
    let s: Session;
    let page: Page;
    beforeAll(async () => {
      s = await openSession({ width: WIDTH, height: HEIGHT });
      page = s.page;
      const seed = await seedFromFile(SAMPLE_FILE);
      // Names that say nothing: only the headers tell the plan from the tables.
      const names: Record<string, string> = {
        "Trước sắp xếp": "Biểu 1",
        "Sau sắp xếp": "Biểu 2",
        "Phương án": "Biểu 3",
        "Danh sách": "Biểu 4",
      };
      seed.sheets = seed.sheets.map((sh) => ({ ...sh, name: names[sh.name] ?? sh.name }));
      seed.sheets.unshift({ name: "Ghi chú", at: "A1", rows: [["Số liệu đến 31/12/2025."]], merges: [] });
      seed.active = "Ghi chú";
      await page.addInitScript((value) => {
        (window as unknown as { __TINHGON_SEED__: unknown }).__TINHGON_SEED__ = value;
      }, seed);
      await page.goto(`${s.url}test-excel.html`);
      await page.getByTestId("read-button").waitFor();
    }, 60_000);
    afterAll(async () => s?.close());

    it("starts each job from a sheet that has what it needs, from one look at the headers", async () => {
      const syncs = await page.evaluate(
        () =>
          (window as unknown as { __tinhgonFake: { requests(): unknown[] } }).__tinhgonFake.requests().length,
      );
      // The pane's start: the settings, the sheet list, the header corners; nothing read whole.
      expect(syncs).toBeLessThanOrEqual(2);
      await expect(page.getByTestId("source-sheet-before").inputValue()).resolves.toBe("Biểu 1");
      await page.getByTestId("job-plan").check();
      await expect(page.getByTestId("source-sheet-before").inputValue()).resolves.toBe("Biểu 3");
      await page.getByTestId("job-compare").check();
      const pair = [
        await page.getByTestId("source-sheet-before").inputValue(),
        await page.getByTestId("source-sheet-after").inputValue(),
      ];
      expect(pair[0]).not.toBe(pair[1]);
      expect(pair).toEqual(["Biểu 1", "Biểu 2"]);
      await page.getByTestId("source-sheet-after").scrollIntoViewIfNeeded();
      await view(page, "29-narrow-excel-compare");
      // Choosing the same sheet twice is said at once, and no report is made of it.
      await page.getByTestId("source-sheet-after").selectOption("Biểu 1");
      await page.getByTestId("same-table").waitFor();
      await page.getByTestId("read-button").click();
      await page.getByTestId("preview").waitFor();
      await page.getByTestId("insert-button").click();
      await page.locator('[data-testid="message-bar"][data-intent="error"]').waitFor();
      expect(await page.getByTestId("confirm-insert").count()).toBe(0);
      expect(await footerShare(page)).toBeLessThanOrEqual(0.2);
      await view(page, "30-narrow-excel-same-table");
    }, 60_000);

    it("made no request outside its origin and logged no error", () => {
      expect(s.outside).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  });
});
