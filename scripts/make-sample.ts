/**
 * Builds the bundled sample workbook `samples/van-phong-tinh-uy-mau.xlsx` (used by `tinhgon demo`):
 * the Văn phòng Tỉnh ủy Bình Phước case in its messy real shape, from test/fixtures/workbooks.ts.
 * Sheets: "Trước sắp xếp", "Sau sắp xếp", "Phương án", "Danh sách". The people are invented.
 *
 * Regenerate from the repository root with:   node scripts/make-sample.js
 * (the .js launcher compiles this file in memory with the project's own TypeScript; nothing else
 * to install, nothing written but the sample).
 */

import { resolve } from "node:path";
import type { Workbook } from "exceljs";
import { saveWorkbook } from "../src/hosts/xlsx/save";
import { binhPhuoc } from "../test/fixtures/workbooks";

export const SAMPLE_PATH = resolve(__dirname, "..", "samples", "van-phong-tinh-uy-mau.xlsx");

export function buildSample(): Workbook {
  const { workbook } = binhPhuoc();
  workbook.title = "Văn phòng Tỉnh ủy: số liệu mẫu trước và sau sắp xếp";
  workbook.subject = "Tinh Gọn: tệp mẫu";
  workbook.description =
    "Số liệu theo báo cáo công khai của Văn phòng Tỉnh ủy Bình Phước; họ tên trong Danh sách là giả định.";
  return workbook;
}

export async function main(outPath = SAMPLE_PATH): Promise<number> {
  const saved = await saveWorkbook(buildSample(), outPath, { force: true, inputs: [] });
  if (!saved.ok) {
    process.stderr.write(`make-sample: ${saved.issue.code} ${JSON.stringify(saved.issue.params)}\n`);
    return 1;
  }
  process.stdout.write(`${saved.value}\n`);
  return 0;
}
