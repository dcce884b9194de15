// The custom functions' metadata: generated from the JSDoc, compared with committed golden files so that
// a renamed id or a changed signature fails in review instead of breaking users' workbooks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../src/functions/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../scripts/localize-metadata") as {
  localizeMetadata: (m: unknown, t: unknown) => Metadata;
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string }[];
  }[];
}

const root = join(__dirname, "..");
const read = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8"));
const REGENERATE = "If the change is intended, run `npm run golden` and commit the result.";

let generated: Metadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([join(root, "src/functions/functions.ts")]);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson);
}, 60_000);

describe("custom functions metadata", () => {
  it(`matches the committed golden file (${REGENERATE})`, () => {
    expect(generated).toEqual(read("test/golden/functions.json"));
  });

  it(`has its Vietnamese version match the committed golden file (${REGENERATE})`, () => {
    const vi = localizeMetadata(generated, read("src/functions/translations.vi.json"));
    expect(vi).toEqual(read("test/golden/functions.vi.json"));
  });

  it("keeps the ids shipped so far (ids are frozen: never remove or rename one)", () => {
    const shipped = [
      "HEADCOUNT_CUT",
      "CUT_RATE",
      "CUT_NEEDED",
      "CUT_PROGRESS",
      "DEPUTY_CAP",
      "DEPUTY_EXCESS",
      "EXCESS_DEADLINE",
      "DEPUTY_RATIO",
      "LEADER_SHARE",
      "MERGE_RESULT",
      "MERGE_SUMMARY",
    ];
    expect(generated.functions.map((f) => f.id)).toEqual(expect.arrayContaining(shipped));
  });

  it("exports every function under its own id, as a plain function", () => {
    for (const f of generated.functions) {
      expect(typeof (functions as Record<string, unknown>)[f.id]).toBe("function");
    }
  });

  it("describes every function and parameter in both languages, with an example", () => {
    const vi = read("test/golden/functions.vi.json") as Metadata;
    for (const m of [generated, vi]) {
      for (const f of m.functions) {
        expect(f.description).toMatch(/(Example|Ví dụ): =TINHGON\./);
        for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(5);
      }
    }
    // Vietnamese descriptions use ";" between arguments, as a vi-VN Excel does.
    for (const f of vi.functions) expect(f.description).not.toMatch(/=TINHGON\.\w+\([^)]*,\s/);
  });

  it("gives Vietnamese names Excel accepts, all different from each other and from the English ones", () => {
    const vi = read("test/golden/functions.vi.json") as Metadata;
    const names = vi.functions.map((f) => f.name);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(new Set(names).size).toBe(names.length);
    for (const f of vi.functions) expect(f.name).not.toBe(f.id);
  });

  it("refuses an incomplete translation table", () => {
    const table = read("src/functions/translations.vi.json");
    delete table.CUT_RATE;
    delete table.HEADCOUNT_CUT.parameters.after;
    expect(() => localizeMetadata(generated, table)).toThrow(/no translation for CUT_RATE/);
    expect(() => localizeMetadata(generated, table)).toThrow(/no translation for HEADCOUNT_CUT\.after/);
  });
});
