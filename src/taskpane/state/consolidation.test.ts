// The pane's consolidation job end to end in-process: the forms written by the CLI and filled as
// agencies would, picked as files, read one at a time in the reader (the worker's code, run in this
// thread), consolidated, shown, and made into the report, which names what is missing.
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import {
  agencyStatuses,
  GOOD,
  NOI_VU,
  sendAndReturn,
  TO_CHUC,
  type Row,
} from "../../../test/fixtures/returns";
import { createFileHost } from "../hosts/fileHost";
import { inProcessPort } from "../hosts/inProcessPort";
import { consolidationModel } from "../view/consolidationModel";
import { PaneController } from "./controller";
import type { PickedFile } from "./consolidation";

let dir = "";
let files: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tinhgon-pane-consolidate-"));
  const returns = join(dir, "tra-ve");
  await mkdir(returns);
  await sendAndReturn(dir, returns);
  // As a user picks them in the folder: Excel's lock file left out.
  files = (await readdir(returns))
    .filter((n) => !n.startsWith("~$"))
    .sort()
    .map((n) => join(returns, n));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const staffOf = (rows: Row[]) => rows.reduce((s, r) => s + r[1] + r[2] + r[3], 0);

/** Files as the file input gives them: bytes read only when the pane asks. */
function picked(paths: readonly string[], reads: string[] = []): PickedFile[] {
  return paths.map((p) => ({
    name: p.split("/").pop() as string,
    bytes: async () => {
      reads.push(p);
      return new Uint8Array(await readFile(p));
    },
  }));
}

async function setup(kind: "file" | "excel" = "file") {
  const downloads: { fileName: string; bytes: Uint8Array }[] = [];
  const files = createFileHost({
    worker: inProcessPort,
    download: (fileName, bytes) => void downloads.push({ fileName, bytes }),
  });
  const host = kind === "file" ? files : { ...files, kind: "excel" as const };
  const pane = new PaneController(host, {
    today: "2026-11-22",
    nextFrame: () => Promise.resolve(),
    saveDelayMs: 1,
  });
  await pane.init();
  pane.setJob("consolidate");
  return { pane, downloads };
}

/** The texts of each sheet of a workbook, by sheet name, and all of them. */
async function texts(bytes: Uint8Array): Promise<{ sheets: Record<string, string[]>; texts: string[] }> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  const sheets: Record<string, string[]> = {};
  wb.eachSheet((ws) => {
    const out: string[] = (sheets[ws.name] = []);
    ws.eachRow((r) => r.eachCell((c) => void out.push(String(c.text))));
  });
  return { sheets, texts: Object.values(sheets).flat() };
}

describe("the pane's consolidation", () => {
  it("reads the files one at a time, names the missing agencies first and sums the others", async () => {
    const { pane } = await setup();
    const reads: string[] = [];
    const progress: string[] = [];
    pane.subscribe(() => {
      const busy = pane.getState().busy;
      if (busy?.task === "consolidate") progress.push(`${busy.done}/${busy.total} ${busy.subject}`);
    });
    await pane.addReturns(picked(files, reads));
    const state = pane.getState();
    expect(state.busy).toBeUndefined();
    expect(reads).toEqual(files);
    expect([...new Set(progress)].slice(0, 2)).toEqual(["0/7 01-so-noi-vu.xlsx", "1/7 02-ban-to-chuc.xlsx"]);
    const c = state.consolidation?.result;
    expect(c?.agencies.map((a) => [a.agency, a.status, a.counted])).toEqual(agencyStatuses());
    // The same figures as the CLI's (test/consolidate.test.ts).
    expect(c?.totals).toMatchObject({
      units: GOOD.units,
      heads: GOOD.heads,
      staff: staffOf(NOI_VU) + staffOf(TO_CHUC) + 30 + 27,
    });
    expect(c?.complete).toBe(false);
    expect(state.message).toMatchObject({
      intent: "warning",
      key: "returnsMissing",
      params: { list: "05-so-tai-chinh, SỞ XÂY DỰNG, SỞ NỘI VỤ" },
    });

    const view = consolidationModel(c!, "vi");
    expect(view.summary).toEqual({
      intent: "warning",
      text: "Chưa tổng hợp được số liệu của: 05-so-tai-chinh (không đọc được tệp); SỞ XÂY DỰNG (số tổng không khớp với các dòng); SỞ NỘI VỤ",
    });
    expect(view.duplicates).toEqual([
      "“SỞ NỘI VỤ” gửi hai lần: 01-so-noi-vu.xlsx và 07-so-noi-vu-gui-lai.xlsx; đang dùng 01-so-noi-vu.xlsx.",
    ]);
    expect(view.unresolved).toBeDefined();
    expect(view.rows.map((r) => r.mark)).toEqual([
      "counted",
      expect.stringMatching(/^(counted|warnings)$/),
      expect.stringMatching(/^(counted|warnings)$/),
      expect.stringMatching(/^(counted|warnings)$/),
      "missing",
      "missing",
      "unused",
    ]);
    expect(view.rows[0]).toMatchObject({
      where: "01-so-noi-vu.xlsx › Biểu đơn vị",
      status: "Đã tổng hợp",
      figures: `3 đơn vị · 3 cấp trưởng · 5 cấp phó · ${staffOf(NOI_VU)} biên chế (vượt 1 cấp phó)`,
    });
    // A return read with warnings says the first of them.
    for (const row of view.rows.filter((r) => r.mark === "warnings")) expect(row.reason).toBeDefined();
    expect(view.rows[0]?.reason).toBeUndefined();
    expect(view.rows[4]).toMatchObject({ where: "05-so-tai-chinh.xls (tên lấy theo tên tệp)" });
    expect(view.rows[4]?.reason).toMatch(/\.xls/);
    expect(view.rows[4]?.figures).toBeUndefined();
    // The disagreement with its cell.
    expect(view.rows[5]?.reason).toMatch(/30.*25.*'Biểu đơn vị'!F25|'Biểu đơn vị'!F25/);
    expect(view.rows[6]?.status).toBe("Không dùng (trùng với 01-so-noi-vu.xlsx)");
    expect(view.total.label).toBe("Tổng cộng (4 cơ quan)");
    expect(consolidationModel(c!, "en").total.label).toBe("Total (4 agencies)");
  });

  it("makes the report only when told to go ahead, and the report names what is missing", async () => {
    const { pane, downloads } = await setup();
    await pane.addReturns(picked(files));
    await pane.insertReport();
    expect(downloads).toHaveLength(0);
    expect(pane.getState().confirm).toBeDefined();
    expect(pane.getState().message).toMatchObject({ intent: "warning", key: "confirmIncomplete" });
    await pane.confirmReport();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.fileName).toMatch(/^tong-hop-.*\.xlsx$/);
    expect(pane.getState().message).toMatchObject({
      intent: "warning",
      key: "insertedFileIncomplete",
      params: { list: "05-so-tai-chinh, SỞ XÂY DỰNG, SỞ NỘI VỤ" },
    });
    const report = await texts(downloads[0]!.bytes);
    expect(
      report.texts.some((x) => /CHƯA ĐẦY ĐỦ: chưa tổng hợp được số liệu của 05-so-tai-chinh/.test(x)),
    ).toBe(true);
    // The files received, each with its status; the sources sheet lists the files counted only.
    expect(report.sheets["PL1 Tiếp nhận biểu"]).toContain("05-so-tai-chinh.xls");
    const sources = report.sheets["Nguồn số liệu"];
    expect(sources).toContain("01-so-noi-vu.xlsx");
    expect(sources).not.toContain("05-so-tai-chinh.xls");
  });

  it("is complete with the good files and the later return, and makes the report at once", async () => {
    const { pane, downloads } = await setup();
    const good = files.filter((f) => /0[12347]-/.test(f));
    await pane.addReturns(picked(good.slice(0, 2)));
    // More files picked later are added to the ones read, which are not read again.
    const reads: string[] = [];
    await pane.addReturns(picked(good.slice(2), reads));
    expect(reads).toEqual(good.slice(2));
    expect(pane.getState().consolidation?.result.complete).toBe(false);
    pane.setUseLater(true);
    const c = pane.getState().consolidation?.result;
    expect(c?.complete).toBe(true);
    expect(c?.totals.staff).toBe(staffOf(NOI_VU) + 1 + staffOf(TO_CHUC) + 30 + 27);
    expect(pane.getState().message).toMatchObject({ intent: "success", key: "returnsComplete" });
    await pane.insertReport("docx");
    expect(pane.getState().confirm).toBeUndefined();
    expect(downloads.map((d) => d.fileName)).toEqual([expect.stringMatching(/^tong-hop-.*\.docx$/)]);
    expect(pane.getState().message).toMatchObject({ intent: "success", key: "insertedFile" });
  });

  it("asks to consolidate again after the report date changes, and reads every file again", async () => {
    const { pane, downloads } = await setup();
    const good = files.slice(0, 2);
    await pane.addReturns(picked(good));
    expect(pane.consolidationStale).toBe(false);
    pane.setDetails({ ...pane.getState().settings.details, date: "2026-12-01" });
    expect(pane.consolidationStale).toBe(true);
    await pane.insertReport();
    expect(downloads).toHaveLength(0);
    expect(pane.getState().message).toMatchObject({ intent: "error", key: "returnsStaleReport" });
    const reads: string[] = [];
    // Picking one more file reads them all again.
    await pane.addReturns(picked(files.slice(2, 3), reads));
    expect(pane.consolidationStale).toBe(false);
    expect(pane.getState().consolidation?.returns).toHaveLength(3);
    expect(pane.getState().consolidation?.options.date).toBe("2026-12-01");
    pane.clearReturns();
    expect(pane.getState().consolidation).toBeUndefined();
    await pane.insertReport();
    expect(pane.getState().message).toMatchObject({ intent: "error", key: "needReturns" });
  });

  it("finds the same file picked twice under two names by its content", async () => {
    const { pane } = await setup();
    const [yTe] = picked(files.filter((f) => f.endsWith("03-so-y-te.xlsx")));
    await pane.addReturns([yTe!, { ...yTe!, name: "so-y-te-ban-sao.xlsx" }]);
    const c = pane.getState().consolidation?.result;
    expect(c?.duplicates).toEqual([
      {
        agency: "SỞ Y TẾ",
        files: ["03-so-y-te.xlsx", "so-y-te-ban-sao.xlsx"],
        kind: "content",
        used: "03-so-y-te.xlsx",
        resolved: false,
      },
    ]);
    expect(consolidationModel(c!, "vi").duplicates[0]).toBe(
      "Hai tệp giống hệt nhau: 03-so-y-te.xlsx và so-y-te-ban-sao.xlsx; đang dùng 03-so-y-te.xlsx.",
    );
  });

  it("names a file the browser could not read as not read, and goes on", async () => {
    const { pane } = await setup("excel");
    const broken: PickedFile = {
      name: "so-cong-thuong.xlsx",
      bytes: () => Promise.reject(new Error("NotReadableError")),
    };
    await pane.addReturns([broken, ...picked(files.slice(0, 1))]);
    const c = pane.getState().consolidation?.result;
    expect(c?.agencies.map((a) => [a.agency, a.status])).toEqual([
      ["so-cong-thuong", "not-read"],
      ["SỞ NỘI VỤ", "read"],
    ]);
    expect(c?.missing[0]?.issue).toMatchObject({ code: "file-read-failed" });
  });
});
