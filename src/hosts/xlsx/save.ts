/**
 * Writing an output workbook safely (Node):
 * - never onto one of the input files (compared after resolving paths and symlinks);
 * - never over an existing file unless `force`;
 * - through a temporary file in the same folder, renamed at the end, so a failure leaves neither a
 *   half-written output nor the temporary file behind.
 */

import { randomBytes } from "node:crypto";
import { link, mkdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Workbook } from "exceljs";
import { fail, ok, type Issue, type IssueCode, type Result } from "../../core/types";
import { errorCode } from "./open";

export interface SaveOptions {
  /** Overwrite an existing output file. */
  force: boolean;
  /** The files the analysis read: the output may never be one of them. */
  inputs: readonly string[];
}

/** Writes the workbook to `outPath`; the value is the absolute path written. */
export function saveWorkbook(wb: Workbook, outPath: string, opts: SaveOptions): Promise<Result<string>> {
  return saveFile(async () => new Uint8Array(await wb.xlsx.writeBuffer()), "ExcelJS", outPath, opts);
}

/**
 * Writes the bytes `produce` makes to `outPath`, under the rules above; `writer` names it in the
 * error when it fails. The value is the absolute path written.
 */
export async function saveFile(
  produce: () => Promise<Uint8Array>,
  writer: string,
  outPath: string,
  opts: SaveOptions,
): Promise<Result<string>> {
  const target = resolve(outPath);
  try {
    const targetReal = await canonical(target);
    for (const input of opts.inputs) {
      if ((await canonical(resolve(input))) === targetReal) return failWith("output-is-input", outPath);
    }

    const existing = await statOrUndefined(target);
    if (existing?.isDirectory()) return failWith("file-write-failed", outPath, "EISDIR");
    if (existing && !opts.force) return failWith("file-exists", outPath);

    await mkdir(dirname(target), { recursive: true });

    let data: Uint8Array;
    try {
      data = await produce();
    } catch {
      return failWith("file-write-failed", outPath, writer);
    }
    const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await writeFile(temp, data, { flag: "wx" });
      if (opts.force) {
        await rename(temp, target);
      } else {
        await publishNoClobber(temp, target);
      }
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
    await unlink(temp).catch(() => undefined); // still there after a hard link
    return ok(target);
  } catch (err) {
    const code = errorCode(err);
    if (code === "EEXIST") return failWith("file-exists", outPath);
    if (code === "EBUSY") return failWith("file-locked", outPath);
    return failWith("file-write-failed", outPath, code ?? "?");
  }
}

/**
 * Moves `temp` to `target` only if `target` does not exist, atomically where the file system
 * allows hard links (link fails with EEXIST when someone created the file meanwhile).
 */
async function publishNoClobber(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
    return;
  } catch (err) {
    if (errorCode(err) === "EEXIST") throw err;
  }
  // No hard links here (FAT, some network shares): check, then rename.
  if (await statOrUndefined(target)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
  await rename(temp, target);
}

async function statOrUndefined(path: string): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/**
 * A path to compare: the real path of the file, or of its nearest existing folder plus the rest,
 * lower-cased on the case-insensitive file systems of Windows and macOS.
 */
async function canonical(path: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    const parent = dirname(path);
    real = parent === path ? path : join(await canonical(parent), basename(path));
  }
  return process.platform === "win32" || process.platform === "darwin" ? real.toLowerCase() : real;
}

function failWith(code: IssueCode, file: string, reason?: string): Result<string> {
  const issue: Issue = { level: "error", code, params: reason ? { file, reason } : { file } };
  return fail(issue);
}
