// Golden files: every template in every style rendered from fixed inputs (./fixtures) and compared
// with test/golden/reports/<template>.<style>.json. After an intended change, regenerate them with
//   UPDATE_GOLDEN=1 npx jest src/reports/golden.test.ts
// and review the diff; never edit them by hand.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { goldenDoc, STYLES } from "./all-docs";
import { TEMPLATES, type TemplateId } from ".";

const DIR = join(__dirname, "..", "..", "test", "golden", "reports");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const HINT = "UPDATE_GOLDEN=1 npx jest src/reports/golden.test.ts";

const CASES = (Object.keys(TEMPLATES) as TemplateId[]).flatMap((id) =>
  STYLES.map((style) => ({ id, style, file: `${id}.${style}.json` })),
);

describe.each(CASES)("$file", ({ id, style, file }) => {
  it(UPDATE ? "is written" : "matches the golden file", () => {
    const path = join(DIR, file);
    const json = `${JSON.stringify(goldenDoc(id, style), null, 2)}\n`;
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, json);
      return;
    }
    if (!existsSync(path)) throw new Error(`Missing golden file ${path}. Generate it with: ${HINT}`);
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(path, "utf8")));
  });
});

it("has no golden file for a template or style that no longer exists", () => {
  if (!existsSync(DIR)) throw new Error(`Missing ${DIR}. Generate the golden files with: ${HINT}`);
  const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
  expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
});
