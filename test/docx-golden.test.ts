// Golden files of the Word documents: every template in every style, from the same fixed inputs as
// the ReportDoc goldens (src/reports/all-docs.ts), written with reportDocx and compared as
// word/document.xml (ids normalised, one paragraph, row or table per line) with
// test/golden/docx/<template>.<style>.xml. After an intended change, regenerate them with
//   UPDATE_GOLDEN=1 npx jest test/docx-golden.test.ts
// and review the diff; never edit them by hand.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { reportDocx } from "../src/hosts/docx/report";
import { goldenDoc, STYLES } from "../src/reports/all-docs";
import { TEMPLATES, type TemplateId } from "../src/reports";

const DIR = join(__dirname, "golden", "docx");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const HINT = "UPDATE_GOLDEN=1 npx jest test/docx-golden.test.ts";

const CASES = (Object.keys(TEMPLATES) as TemplateId[]).flatMap((id) =>
  STYLES.map((style) => ({ id, style, file: `${id}.${style}.xml` })),
);

/** document.xml with generated ids replaced and a line per paragraph, table row and table. */
function normalisedDocument(xml: string): string {
  return `${xml
    .replace(/\s(w14:paraId|w14:textId|w:rsid\w*|r:id)="[^"]*"/g, ' $1="*"')
    .replace(/<(w:p|w:tr|w:tbl|w:sectPr)([ >])/g, "\n<$1$2")
    .trim()}\n`;
}

describe.each(CASES)("$file", ({ id, style, file }) => {
  it(UPDATE ? "is written" : "matches the golden file", async () => {
    const zip = await JSZip.loadAsync(await reportDocx(goldenDoc(id, style)));
    const xml = normalisedDocument((await zip.file("word/document.xml")?.async("string")) ?? "");
    const path = join(DIR, file);
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, xml);
      return;
    }
    if (!existsSync(path)) throw new Error(`Missing golden file ${path}. Generate it with: ${HINT}`);
    expect(xml).toBe(readFileSync(path, "utf8"));
  });
});

it("has no golden file for a template or style that no longer exists", () => {
  if (!existsSync(DIR)) throw new Error(`Missing ${DIR}. Generate the golden files with: ${HINT}`);
  const files = readdirSync(DIR).filter((f) => f.endsWith(".xml"));
  expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
});
