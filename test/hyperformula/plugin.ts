/**
 * Runs the TINHGON.* custom functions inside HyperFormula, a real formula engine, the way Excel calls
 * them: arguments typed per the generated metadata (matrix parameters get 2-D arrays, blank cells
 * null, omitted optional arguments null), CustomFunctions.Error turned into the engine's error
 * values (#VALUE! and #N/A with their message, the others bare, as Excel shows them), arrays spilled.
 * Test-only (HyperFormula is a dev dependency under its GPL key).
 *
 * Cells holding Excel data types: HyperFormula has none, so a sheet holds the string {@link dataType}
 * returns, and the function receives the `Excel.CellValue` object in its place, as Excel passes it to an
 * `any` parameter with allowCustomDataForDataTypeAny (CustomFunctionsRuntime 1.4).
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import * as functions from "../../src/functions/functions";
import metadata from "../golden/functions.json";

type Param = { name: string; dimensionality?: string; optional?: boolean };
type Meta = { id: string; parameters: Param[]; result: { dimensionality?: string } };

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
};

/** Rows a spilling function may return, at most: the engine must know the size before evaluating. */
const SPILL_SIZE: Record<string, (inputRows: number) => ArraySize> = {
  MERGE_RESULT: (rows) => new ArraySize(6, rows + 1),
  MERGE_SUMMARY: () => new ArraySize(5, 5),
};

/** The data type values placed in sheets, by the marker string that stands for each. */
const DATA_TYPES = new Map<string, object>();
const MARKER = "\u2063TINHGON-DATA-TYPE-";

/**
 * A cell value standing for an Excel data type (`{ type: "Entity", text: "Hà Nội", ... }`): put it in a
 * sheet; the functions receive the object.
 */
export function dataType(value: { type: string } & Record<string, unknown>): string {
  const marker = `${MARKER}${DATA_TYPES.size}`;
  DATA_TYPES.set(marker, value);
  return marker;
}

function toExcelValue(v: unknown): unknown {
  if (typeof v === "symbol" || v === undefined) return null; // HyperFormula's EmptyValue
  if (v instanceof CellError) return { code: `#${v.type}` };
  if (typeof v === "string" && v.startsWith(MARKER)) return DATA_TYPES.get(v);
  return v;
}

function argument(value: unknown, param: Param | undefined): unknown {
  // An omitted optional argument is null, whatever its dimensionality (a blank cell is [[null]]):
  // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options
  if (value === undefined) return null;
  if (value instanceof SimpleRangeValue) {
    const data = value.rawData().map((row) => row.map(toExcelValue));
    return param?.dimensionality === "matrix" ? data : (data[0]?.[0] ?? null);
  }
  const scalar = toExcelValue(value);
  return param?.dimensionality === "matrix" ? [[scalar]] : scalar;
}

class TinhGonPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

const byId = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
const prototype = TinhGonPlugin.prototype as unknown as Record<string, unknown>;
const names: Record<string, string> = {};

for (const f of metadata.functions as Meta[]) {
  const name = `TINHGON.${f.id}`;
  names[name] = name;
  const spill = SPILL_SIZE[f.id];
  TinhGonPlugin.implementedFunctions[name] = {
    method: f.id,
    parameters: f.parameters.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: Boolean(p.optional),
    })),
    ...(spill ? { sizeOfResultArrayMethod: `${f.id}_size`, vectorizationForbidden: true } : {}),
  };
  prototype[f.id] = function (
    this: TinhGonPlugin & { runFunction: FunctionPlugin["runFunction"] },
    ast: { args: never[] },
    state: never,
  ) {
    const meta = (this as unknown as { metadata(n: string): never }).metadata(name);
    return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(
      ast.args,
      state,
      meta,
      (...args: unknown[]) => {
        const values = f.parameters.map((p, i) => argument(args[i], p));
        try {
          const result = byId[f.id]!(...values);
          if (!Array.isArray(result)) return result;
          const size = spill!(Array.isArray(values[0]) ? (values[0] as unknown[]).length : 1);
          const rows = (result as unknown[][]).map((r) => r.map((v) => (v === "" ? "" : v)));
          while (rows.length < size.height) rows.push(new Array(size.width).fill(""));
          return SimpleRangeValue.onlyValues(rows as never);
        } catch (err) {
          // Excel shows the message of #VALUE! and #N/A only; an error without one stays bare.
          const e = err as { code?: string; message?: string };
          return new CellError(ERROR_TYPES[e.code ?? ""] ?? ErrorType.VALUE, e.message || undefined);
        }
      },
    );
  };
  if (spill) {
    prototype[`${f.id}_size`] = function (this: never, ast: { args: unknown[] }, state: never) {
      const first = ast.args[0];
      const rows = first
        ? (this as unknown as { arraySizeForAst(a: unknown, s: never): ArraySize }).arraySizeForAst(
            first,
            state,
          ).height
        : 1;
      return spill(rows);
    };
  }
}

HyperFormula.registerFunctionPlugin(TinhGonPlugin, { enGB: names });

/** A HyperFormula engine with the TINHGON.* functions, over the given sheets. */
export function engine(sheets: Record<string, (string | number | boolean | null)[][]>): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}
