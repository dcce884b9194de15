/**
 * The deliberate settings of the custom functions' metadata, read from the committed golden files (which
 * test/functions-metadata.test.ts and test/build.test.ts hold equal to what the JSDoc generates and the
 * build ships). Each one is a decision: changing it must change this test, with its reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  allowErrorForDataTypeAny?: boolean;
  functions: {
    id: string;
    options?: Record<string, unknown>;
    parameters: { name: string; type?: string; description: string }[];
  }[];
}

const golden = (file: string): Metadata =>
  JSON.parse(readFileSync(join(__dirname, "../../test/golden", file), "utf8")) as Metadata;
const BOTH = [golden("functions.json"), golden("functions.vi.json")];

describe("the custom functions' metadata options", () => {
  it("lets cells holding Excel data types reach the functions as Excel.CellValue objects", () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowcustomdatafordatatypeany
    // (CustomFunctionsRuntime 1.4; below it Excel passes basic values). custom-functions-metadata writes it
    // on its own; we keep it so that an entity or an image gets a #VALUE! that names it (args.ts) instead of
    // Excel's bare #VALUE!, and a number with a format or properties counts by its basic value.
    for (const m of BOTH) expect(m.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("lets error values propagate as Excel's own functions do (no allowErrorForDataTypeAny)", () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs:
    // without it, =TINHGON.HEADCOUNT_CUT(A1:A9, 0) with #N/A in A5 is #N/A, as =SUM(A1:A9) is.
    for (const m of BOTH) expect(m.allowErrorForDataTypeAny).toBeUndefined();
  });

  it("types the counts, rates and dates `any` (ranges and data types reach args.ts), the codes `string`", () => {
    // allowCustomDataForDataTypeAny applies to `any` parameters; a `string` parameter (unit_type, rule_set,
    // province_class) gets Excel's own conversion of the cell to text.
    const text = new Set(["unit_type", "rule_set", "province_class"]);
    for (const f of golden("functions.json").functions)
      for (const p of f.parameters)
        expect([f.id, p.name, p.type]).toEqual([f.id, p.name, text.has(p.name) ? "string" : "any"]);
  });

  it("makes no function volatile, streaming or otherwise special (see functions.ts for why not volatile)", () => {
    // DEPUTY_CAP, DEPUTY_EXCESS and MERGE_RESULT use the rules in force on the day they calculate when no
    // rule_set is given (functions.test.ts shows it), yet are not @volatile: Microsoft keeps volatility for
    // values that change on every recalculation (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile),
    // ours change on the few days a rule set takes effect, and volatility would recalculate them, with their
    // ranges, on every edit. Their rule_set description says how to pin or refresh the figures.
    for (const m of BOTH) for (const f of m.functions) expect([f.id, f.options]).toEqual([f.id, undefined]);
    const [en, vi] = BOTH as [Metadata, Metadata];
    const ruleSet = (m: Metadata, id: string, name: string) =>
      m.functions.find((f) => f.id === id)?.parameters.find((p) => p.name === name)?.description;
    for (const id of ["DEPUTY_CAP", "DEPUTY_EXCESS", "MERGE_RESULT"]) {
      expect(ruleSet(en, id, "rule_set")).toMatch(/on the day the cell is calculated/);
      expect(ruleSet(vi, id, "bộ_quy_định")).toMatch(/vào ngày ô được tính/);
    }
  });
});
