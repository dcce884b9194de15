import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Workbook } from "exceljs";
import { issueMessage } from "../../core/messages";
import { saveWorkbook } from "./save";

function book(text = "Kết quả"): Workbook {
  const wb = new Workbook();
  wb.addWorksheet("Tổng hợp").getCell("A1").value = text;
  return wb;
}

async function cellA1(path: string): Promise<unknown> {
  const wb = new Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return wb.worksheets[0]?.getCell("A1").value;
}

describe("saveWorkbook", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tinhgon-save-"));
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the workbook, creating missing folders, and leaves no temporary file", async () => {
    const out = join(dir, "ket-qua", "2026", "bao-cao.xlsx");
    const result = await saveWorkbook(book(), out, { force: false, inputs: [] });
    expect(result).toEqual({ ok: true, value: out });
    expect(await cellA1(out)).toBe("Kết quả");
    expect(await readdir(join(dir, "ket-qua", "2026"))).toEqual(["bao-cao.xlsx"]);
  });

  it("refuses to overwrite an existing file without force, and leaves it untouched", async () => {
    const out = join(dir, "bao-cao.xlsx");
    await writeFile(out, "old content");
    const result = await saveWorkbook(book(), out, { force: false, inputs: [] });
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "file-exists", params: { file: out } },
    });
    if (!result.ok) expect(issueMessage(result.issue, "vi")).toContain("--force");
    expect(await readFile(out, "utf8")).toBe("old content");
    expect(await readdir(dir)).toEqual(["bao-cao.xlsx"]);
  });

  it("overwrites with force", async () => {
    const out = join(dir, "bao-cao.xlsx");
    await writeFile(out, "old content");
    expect((await saveWorkbook(book("mới"), out, { force: true, inputs: [] })).ok).toBe(true);
    expect(await cellA1(out)).toBe("mới");
    expect(await readdir(dir)).toEqual(["bao-cao.xlsx"]);
  });

  it("never writes onto an input, even with force, through a relative path or a symlink", async () => {
    const input = join(dir, "nguon.xlsx");
    await writeFile(input, "source");
    const link = join(dir, "lien-ket.xlsx");
    await symlink(input, link);
    for (const out of [input, relative(process.cwd(), input), link]) {
      const result = await saveWorkbook(book(), out, { force: true, inputs: [input] });
      expect(result.ok ? "" : result.issue.code).toBe("output-is-input");
    }
    expect(await readFile(input, "utf8")).toBe("source");
  });

  it("a failure while building the file leaves nothing behind", async () => {
    const wb = book();
    jest.spyOn(wb.xlsx, "writeBuffer").mockRejectedValue(new Error("boom"));
    const out = join(dir, "bao-cao.xlsx");
    const result = await saveWorkbook(wb, out, { force: false, inputs: [] });
    expect(result.ok ? "" : result.issue.code).toBe("file-write-failed");
    expect(await readdir(dir)).toEqual([]);
  });

  it("a failure while moving the file into place removes the temporary file", async () => {
    const out = join(dir, "bao-cao.xlsx");
    await writeFile(out, "old content");
    // The module object save.ts calls through (a TS namespace import would be a frozen copy).
    const fsp = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
    jest.spyOn(fsp, "rename").mockRejectedValue(Object.assign(new Error("busy"), { code: "EBUSY" }));
    const result = await saveWorkbook(book(), out, { force: true, inputs: [] });
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "file-locked", params: { file: out } },
    });
    expect(await readdir(dir)).toEqual(["bao-cao.xlsx"]);
    expect(await readFile(out, "utf8")).toBe("old content");
  });

  it("an output path that is a folder fails cleanly", async () => {
    const result = await saveWorkbook(book(), dir, { force: true, inputs: [] });
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "file-write-failed", params: { file: dir, reason: "EISDIR" } },
    });
  });
});
