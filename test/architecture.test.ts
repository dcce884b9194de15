/**
 * The layers rule (eslint/layers.js) fails a file that breaks the architecture: run through ESLint
 * with the repository's own configuration, on code that is never written to disk.
 */
import { ESLint } from "eslint";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
// The configuration is passed in: ESLint's own loader imports it dynamically, which jest's VM refuses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../eslint.config.js") as ESLint.Options["overrideConfig"];
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

/** The layers rule's messages for `code` as if it were the file `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "tinhgon/layers").map((m) => m.message);
}

describe("the layers of src/", () => {
  it.each([
    ["src/core/analyse/x.ts", 'import { mergeReport } from "../../reports";', "core must not import reports"],
    ["src/core/x.ts", 'import { readFileSync } from "fs";', "core must not import the package fs"],
    [
      "src/reports/x.ts",
      'import { reportDocx } from "../hosts/docx/report";',
      "reports must not import hosts/docx",
    ],
    [
      "src/reports/x.ts",
      'import { Workbook } from "exceljs";',
      "reports must not import the package exceljs",
    ],
    ["src/functions/x.ts", 'import { App } from "../taskpane/App";', "functions must not import taskpane"],
    [
      "src/functions/x.ts",
      'import { writeReport } from "../hosts/excel/writeReport";',
      "functions must not import hosts/excel",
    ],
    [
      "src/cli/x.ts",
      'import { writeReport } from "../hosts/excel/writeReport";',
      "cli must not import hosts/excel",
    ],
    ["src/cli/x.ts", 'import { parseSettings } from "../taskpane/jobs";', "cli must not import taskpane"],
    ["src/hosts/xlsx/x.ts", 'export { run } from "../../cli/main";', "hosts/xlsx must not import cli"],
    [
      "src/taskpane/x.ts",
      'import { RecordingExcel } from "../hosts/excel/fake/recordingExcel";',
      "taskpane must not import a test double",
    ],
    [
      "src/commands/x.ts",
      'const m = import("../taskpane/testing/memoryHost");',
      "commands must not import a test double",
    ],
  ])("refuses %s: %s", async (file, code, message) => {
    const errors = await layerErrors(file, `${code}\nexport {};\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ["src/reports/x.ts", 'import { formatPercent } from "../core/format";'],
    ["src/cli/x.ts", 'import { saveReport } from "../hosts/xlsx/saveReport";'],
    ["src/taskpane/testing/x.ts", 'import { RecordingExcel } from "../../hosts/excel/fake/recordingExcel";'],
    ["src/taskpane/x.test.ts", 'import { RecordingExcel } from "../hosts/excel/fake/recordingExcel";'],
    ["test/x.test.ts", 'import { run } from "../src/cli/main";'],
  ])("allows %s: %s", async (file, code) => {
    expect(await layerErrors(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
