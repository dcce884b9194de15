// Fuzz: random arguments into every custom function. Only a CustomFunctions.Error (with an Excel
// error code and a message) may escape; numbers are finite; spilled arrays are rectangular.
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { nastyNumber, nastyText, params, timeout } from "./arbitraries";

type Fn = (...args: unknown[]) => unknown;

const FUNCTIONS = Object.entries(F as unknown as Record<string, unknown>).filter(
  (e): e is [string, Fn] => /^[A-Z_]+$/.test(e[0]) && typeof e[1] === "function",
);

const CODES = new Set(Object.values(CustomFunctions.ErrorCode) as string[]);

/** What Excel can hand a custom function, and a few things it cannot. */
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyNumber },
  { weight: 3, arbitrary: nastyText },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "-",
      "12",
      " 7 ",
      "1.000",
      "1,5",
      "10%",
      "150%",
      "-10%",
      "phong",
      "Phòng",
      "chi-cuc",
      "Chi cục",
      "phong-dang",
      "van-phong",
      "ND370_2025",
      "NĐ 370/2025",
      "ND107_2020",
      "KL187_2025",
      "loai-1",
      "hn-hcm",
      "loại I",
      "Phòng A",
      "Phòng B",
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      {},
      { code: "#REF!" },
      new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable),
      new Date(0),
      () => 1,
    ),
  },
);

const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(scalar, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

const arg: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }))
      .chain(([r, c]) => matrix(r, c)),
  },
  { weight: 1, arbitrary: fc.array(fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constant([[[1, 2]]]) },
);

/** Runs `f` and checks the outcome against the promise every custom function makes. */
function expectExcelOutcome(name: string, f: Fn, args: unknown[]): void {
  const fail = (what: string, value: unknown) => {
    throw new Error(`${name}: ${what}: ${String(value)} for ${JSON.stringify(args)}`);
  };
  let value: unknown;
  try {
    value = f(...args);
  } catch (err) {
    if (!(err instanceof CustomFunctions.Error))
      return fail("threw something else than CustomFunctions.Error", err);
    if (!CODES.has(err.code)) fail("unknown error code", err.code);
    // Excel shows a message only with #VALUE! and #N/A; #DIV/0! is bare, as Excel's own division.
    const bare = err.code === CustomFunctions.ErrorCode.divisionByZero;
    if (!bare && (typeof err.message !== "string" || err.message.trim() === ""))
      fail("an error without a message", err.message);
    if (err.code === CustomFunctions.ErrorCode.invalidNumber)
      fail("#NUM! (every reason is #VALUE!)", err.message);
    // The catch-all of excel(): an exception the function did not foresee.
    if (err.message === "Lỗi không mong muốn khi tính toán.") fail("an unforeseen exception", err.message);
    return;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail("a number that is not finite", value);
    return;
  }
  if (!Array.isArray(value) || value.length === 0) return fail("neither a number nor a table", value);
  const width = Array.isArray(value[0]) ? value[0].length : -1;
  if (width < 1) fail("an empty row", width);
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== width)
      fail("a table that is not rectangular", JSON.stringify(value));
    for (const cell of row as unknown[]) {
      const ok = typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell));
      if (!ok) fail("a table cell that is not text or a finite number", cell);
    }
  }
}

describe("custom functions on random arguments", () => {
  it("lists the functions under test", () => {
    expect(FUNCTIONS.map(([name]) => name).sort()).toEqual(
      [
        "CUT_NEEDED",
        "CUT_PROGRESS",
        "CUT_RATE",
        "DEPUTY_CAP",
        "DEPUTY_EXCESS",
        "DEPUTY_RATIO",
        "EXCESS_DEADLINE",
        "HEADCOUNT_CUT",
        "LEADER_SHARE",
        "MERGE_RESULT",
        "MERGE_SUMMARY",
        "RETIREMENT_DATE",
      ].sort(),
    );
  });

  it.each(FUNCTIONS)(
    "%s: only CustomFunctions.Error escapes; numbers finite; tables rectangular",
    (name, f) => {
      fc.assert(
        fc.property(fc.array(arg, { minLength: 0, maxLength: f.length + 1 }), (args) => {
          expectExcelOutcome(name, f, args);
        }),
        params(),
      );
    },
    timeout(0.5),
  );

  // Arguments shaped like a real plan (parallel columns of names, counts and targets), so that the
  // plan itself (merge chains, cycles, shared targets) is what gets shaken.
  const plans = fc.integer({ min: 1, max: 8 }).chain((n) => {
    const names = ["Phòng A", "Phòng B", "phòng a", "Phòng C", "Văn phòng", "", "Phòng  B "];
    const col = <T>(a: fc.Arbitrary<T>) =>
      fc.array(
        a.map((v) => [v]),
        { minLength: n, maxLength: n },
      );
    const count = fc.oneof(
      fc.integer({ min: 0, max: 30 }),
      fc.constantFrom<unknown>("", null, "3", -1, 2.5, 1e308),
    );
    return fc.tuple(
      col(fc.constantFrom(...names)),
      col(count),
      col(count),
      col(count),
      col(fc.constantFrom("", ...names)),
      fc.constantFrom<unknown>(undefined, "phong", "chi-cuc", "phong-dang", "x"),
      fc.constantFrom<unknown>(undefined, "ND370_2025", "ND150_2025", "KL187_2025", "QD04_2018"),
    );
  });

  it.each([
    ["MERGE_RESULT", F.MERGE_RESULT as Fn],
    ["MERGE_SUMMARY", F.MERGE_SUMMARY as Fn],
  ])(
    "%s on plan-shaped arguments",
    (name, f) => {
      fc.assert(
        fc.property(plans, (args) => {
          expectExcelOutcome(name, f, args);
        }),
        params(),
      );
    },
    timeout(1),
  );
});
