// Issue 10: layouts of real office sheets (test/corpus/layouts), each read by the core reader from
// its grid and by the CLI from an .xlsx written from it. Each must give its true units and totals
// with no unexpected issue, or be refused with an error naming the expected cell. No layout may give
// wrong figures with exit 0.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type Io } from "../../src/cli/main";
import { check } from "../../src/core/analyse";
import { readTable } from "../../src/core/read";
import { textKey } from "../../src/core/text/normalize";
import type { Issue } from "../../src/core/types";
import { LAYOUTS } from "./layouts";
import type { ExpectedRead, ExpectedTotals, ExpectedUnit, Layout } from "./layouts/types";
import { layoutGrid, layoutXlsx } from "./layouts/workbook";

const DATE = "2026-12-01";

/** Issues about which rule applies (issue 13's matter), not about how the sheet was read. */
const RULE_ISSUES = new Set([
  "no-rule-in-force",
  "rule-not-applicable",
  "rule-unsettled",
  "province-class-assumed",
  "rule-family-inferred",
  "rule-family-assumed",
  "pooled-cap",
  "body-leadership",
  "party-deputies-total",
  "no-published-cap",
]);

interface Got {
  units: ExpectedUnit[];
  totals: ExpectedTotals;
  issues: { level: string; code: string; cell: string | null }[];
}

/** The figures read, in the shape of the expectation (fields the expectation leaves out are dropped). */
function shaped(got: Got, want: Extract<ExpectedRead, { units: unknown }>) {
  const units = got.units.map((u, i) => {
    const w = want.units[i];
    const out: ExpectedUnit = { name: u.name, heads: u.heads, deputies: u.deputies, staff: u.staff };
    if (w?.block !== undefined) out.block = u.block ?? "";
    if (w?.specialists !== undefined) out.specialists = u.specialists ?? 0;
    if (w?.contract !== undefined) out.contract = u.contract ?? 0;
    return out;
  });
  const totals: ExpectedTotals = { ...got.totals };
  if (want.totals.contract === undefined) delete totals.contract;
  return { units: units.map(keyed), totals };
}

/**
 * Names and blocks compared as a person reads them: case, spacing and diacritic placement aside. A
 * name shown with its block because another block has a unit of that name ("Văn phòng (SỞ NỘI
 * VỤ)") is the name.
 */
const keyed = (u: ExpectedUnit): ExpectedUnit => {
  const suffix = u.block ? ` (${u.block})` : "";
  const name = suffix && u.name.endsWith(suffix) ? u.name.slice(0, -suffix.length) : u.name;
  return { ...u, name: textKey(name), ...(u.block !== undefined ? { block: textKey(u.block) } : {}) };
};

function expectRead(got: Got, want: ExpectedRead): void {
  if ("refused" in want) {
    const errors = got.issues.filter((i) => i.level === "error");
    expect(errors.map((e) => e.code)).toContain(want.refused.code);
    if (want.refused.cell) {
      expect(errors.filter((e) => e.code === want.refused.code).map((e) => e.cell)).toContain(
        want.refused.cell,
      );
    }
    return;
  }
  const allowed = new Set<string>(want.allowedIssues ?? []);
  allowed.add("quota-assumed-from-staff");
  const unexpected = got.issues.filter(
    (i) => !RULE_ISSUES.has(i.code) && (i.level === "error" || !allowed.has(i.code)),
  );
  expect(unexpected).toEqual([]);
  expect(shaped(got, want)).toEqual({ units: want.units.map(keyed), totals: want.totals });
}

function fromCore(layout: Layout, want: ExpectedRead): Got {
  const sheet = layout.sheets.find((s) => s.name === want.sheet);
  if (!sheet) throw new Error(`${layout.id}: no sheet ${want.sheet}`);
  const read = readTable(layoutGrid(sheet));
  const issues = (list: readonly Issue[]) =>
    list.map((i) => ({ level: i.level, code: i.code, cell: i.cell ?? null }));
  if (!read.table)
    return { units: [], totals: { units: 0, heads: 0, deputies: 0, staff: 0 }, issues: issues(read.issues) };
  const a = check(read.table, { date: DATE });
  return {
    units: a.units.map((u) => ({
      name: u.name,
      ...((u.block ?? u.section) !== undefined ? { block: u.block ?? u.section } : {}),
      heads: u.heads,
      deputies: u.deputies,
      staff: u.staff,
      specialists: u.specialists,
      contract: u.contract,
    })),
    totals: {
      units: a.summary.units.before,
      heads: a.summary.heads.before,
      deputies: a.summary.deputies.before,
      staff: a.summary.staff.before,
      contract: a.units.reduce((s, u) => s + u.contract, 0),
    },
    issues: [...issues(read.issues), ...issues(a.issues)],
  };
}

interface CliJson {
  summary?: Record<"units" | "heads" | "deputies" | "staff", { before: number }>;
  units?: {
    name: string;
    block?: string | null;
    section?: string | null;
    heads: number;
    deputies: number;
    specialists: number;
    staff: number;
    contract: number;
  }[];
  issues: { level: string; code: string; cell: string | null }[];
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function fromCli(layout: Layout, want: ExpectedRead): Promise<Got & { code: number }> {
  const dir = await mkdtemp(join(tmpdir(), "tinhgon-layout-"));
  dirs.push(dir);
  const file = join(dir, `${layout.id}.xlsx`);
  await writeFile(file, await layoutXlsx(layout));
  let out = "";
  const io: Io = {
    out: (s) => (out += s),
    err: () => undefined,
    cwd: dir,
    now: new Date(`${DATE}T08:00:00Z`),
  };
  const code = await run(["check", file, "--sheet", want.sheet, "--json", "--date", DATE], io);
  const json = JSON.parse(out) as CliJson;
  const units = (json.units ?? []).map((u) => ({
    name: u.name,
    ...((u.block ?? u.section) ? { block: (u.block ?? u.section) as string } : {}),
    heads: u.heads,
    deputies: u.deputies,
    staff: u.staff,
    specialists: u.specialists,
    contract: u.contract,
  }));
  const s = json.summary;
  return {
    code,
    units,
    totals: {
      units: s?.units.before ?? 0,
      heads: s?.heads.before ?? 0,
      deputies: s?.deputies.before ?? 0,
      staff: s?.staff.before ?? 0,
      contract: units.reduce((sum, u) => sum + u.contract, 0),
    },
    issues: json.issues,
  };
}

const cases = LAYOUTS.flatMap((layout) =>
  layout.reads.map((want) => [layout.id, want.sheet, layout, want] as const),
);

describe("the layout corpus", () => {
  it("has at least twelve layouts over every family of issue 10", () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(12);
    const families = new Set(LAYOUTS.map((l) => l.family));
    expect([...families].sort()).toEqual(
      [
        "bnv-statistics",
        "btctw-leaders",
        "commune-cadres",
        "hr-export",
        "leaving-list",
        "legacy-encoding",
        "mau-03-roster",
        "merged-departments",
        "salary-by-unit",
        "salary-unit-list",
      ].sort(),
    );
    expect(new Set(LAYOUTS.map((l) => l.id)).size).toBe(LAYOUTS.length);
  });

  describe.each(cases)("%s › %s", (_id, _sheet, layout, want) => {
    it("reads right in the core reader", () => {
      expectRead(fromCore(layout, want), want);
    });

    it("reads right through the CLI from an .xlsx, and exits 0 only when it does", async () => {
      const got = await fromCli(layout, want);
      expectRead(got, want);
      // Exit 1 on a refusal, 0 on a good read (or 1 when only a rule, not the reading, is missing).
      const ruleErrors = got.issues.some((i) => i.level === "error" && RULE_ISSUES.has(i.code));
      expect(got.code).toBe("refused" in want || ruleErrors ? 1 : 0);
    });
  });
});
