/**
 * Builds the bundled sample workbooks (used by `tinhgon demo`) from test/fixtures/workbooks.ts:
 * - `samples/van-phong-tinh-uy-mau.xlsx`: the Văn phòng Tỉnh ủy Bình Phước case in its messy real
 *   shape. Sheets: "Trước sắp xếp", "Sau sắp xếp", "Phương án", "Danh sách". The people are invented.
 * - `samples/ubnd-xa-mau.xlsx`: a commune formed by merger on 1/7/2025, its three phòng and its
 *   Trung tâm Phục vụ hành chính công at formation and after the arrangement. All made up.
 *
 * Regenerate from the repository root with:   node scripts/make-sample.js
 * (the .js launcher compiles this file in memory with the project's own TypeScript; nothing else
 * to install, nothing written but the samples).
 */

import { resolve } from "node:path";
import type { Workbook } from "exceljs";
import { saveWorkbook } from "../src/hosts/xlsx/save";
import { binhPhuoc, tanHung } from "../test/fixtures/workbooks";

const SAMPLES = resolve(__dirname, "..", "samples");

function buildPartySample(): Workbook {
  const { workbook } = binhPhuoc();
  workbook.title = "Văn phòng Tỉnh ủy: số liệu mẫu trước và sau sắp xếp";
  workbook.subject = "Tinh Gọn: tệp mẫu";
  workbook.description =
    "Số liệu theo báo cáo công khai của Văn phòng Tỉnh ủy Bình Phước; họ tên trong Danh sách là giả định.";
  return workbook;
}

function buildCommuneSample(): Workbook {
  const { workbook } = tanHung();
  workbook.title = "UBND xã: số liệu mẫu khi thành lập và sau sắp xếp";
  workbook.subject = "Tinh Gọn: tệp mẫu";
  workbook.description =
    "Xã và số liệu là giả định, theo mô hình chính quyền địa phương hai cấp từ 01/7/2025.";
  return workbook;
}

export const SAMPLE_BUILDERS: [file: string, build: () => Workbook][] = [
  ["van-phong-tinh-uy-mau.xlsx", buildPartySample],
  ["ubnd-xa-mau.xlsx", buildCommuneSample],
];

export async function main(outDir = SAMPLES): Promise<number> {
  for (const [file, build] of SAMPLE_BUILDERS) {
    const saved = await saveWorkbook(build(), resolve(outDir, file), { force: true, inputs: [] });
    if (!saved.ok) {
      process.stderr.write(`make-sample: ${saved.issue.code} ${JSON.stringify(saved.issue.params)}\n`);
      return 1;
    }
    process.stdout.write(`${saved.value}\n`);
  }
  return 0;
}
