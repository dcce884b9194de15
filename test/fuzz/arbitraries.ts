/**
 * Shared pieces of the fuzz properties (issue 6): the run count, and the hostile values every
 * property draws from. `npm test` runs each property FUZZ_RUNS times (default 200); `npm run fuzz`
 * runs them 10,000 times.
 */

import fc from "fast-check";

export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Jest's time limit for a property of `perRunMs` per run: generous, so a slow run is not a hang. */
export function timeout(perRunMs: number): number {
  return 30_000 + Math.ceil(RUNS * perRunMs);
}

/** Fixed seed when FUZZ_SEED is set (to replay a failure); fast-check's own otherwise. */
export const SEED = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };

export const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ numRuns, ...SEED });

/** A cell address as users see it: Sheet!C5, 'Biểu 01'!$C$5, 'a''b'!C5:D6; or a row, 'S'!5:5. */
export const CELL_ADDRESS = /^('([^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Z]+\$?\d+(:\$?[A-Z]*\$?\d*)?$/;
export const ROW_ADDRESS = /^('([^']|'')+'|[A-Za-z_][\w.]*)![1-9]\d*:[1-9]\d*$/;

/** Texts that have broken spreadsheets before: formula starters, control characters, odd Unicode. */
export const NASTY_TEXTS = [
  "=1+1",
  '=HYPERLINK("http://x.invalid","y")',
  "+84 912 345 678",
  "-x",
  "-",
  "@a",
  "@SUM(A1)",
  "\tx",
  "\rx",
  "\r\n=1",
  "\n",
  " =1+1",
  "'=1",
  "''",
  "#N/A",
  "#REF!",
  "TRUE",
  "false",
  "12",
  "(1)",
  "1,5",
  "05/02/2026",
  "10%",
  "1e308",
  "_x0041_",
  "_x003D_1+1",
  "a_x000D_b",
  "\u0000\u0001\u0007\u001b",
  "\u007f\u0080\u009f",
  "\ufeffBOM",
  "\u200b\u200d\u2028\u2029",
  "\ud800",
  "x\udc00y",
  "\udbff\udfff",
  "😀👨‍👩‍👧 Phòng",
  "Phòng Tổ chức".normalize("NFD"),
  "Tổng cộng",
  "Cộng",
  "I",
  '<c r="A1"><f>1+1</f></c>',
  "]]></t><f>1</f>",
  "&amp;&lt;&#0;",
  "\uffff\ufffe",
  "x".repeat(300),
];

/** A text: a nasty one, any string (UTF-16 units, so lone surrogates), a full-Unicode one, or a mix. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom("=", "+", "-", "@", "\t", "\r", " ", ""),
        fc.constantFrom(...NASTY_TEXTS),
        fc.string({ maxLength: 5 }),
      )
      .map(([a, b, c]) => a + b + c),
  },
);

/** Numbers, the awkward ones included. */
export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    0.1,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 1,
    NaN,
    Infinity,
    -Infinity,
  ),
);
