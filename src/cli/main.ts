import { existsSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import { parseArgs } from "util";
import {
  fail,
  type Analysis,
  type ColumnMapping,
  type Field,
  type Grid,
  type Issue,
  type ProvinceClass,
  type Result,
  type RuleSetId,
  type StaffingTable,
  type UnitType,
} from "../core/types";
import type { AnalyseOptions } from "../core/analyse";
import { formatDateShort, formatNumber, formatPercent, parseIsoDate, todayIso } from "../core/format";
import { hasErrors, issueMessage, levelLabel, type Lang } from "../core/messages";
import { readTable, FIELD_LABELS } from "../core/read";
import { applyOverride, correctMapping } from "../core/read/header";
import { columnIndex } from "../core/address";
import { cellText } from "../core/read/view";
import { textKey } from "../core/text/normalize";
import {
  PARTY_UNIT_TYPES,
  parseProvinceClass,
  parseRuleSet,
  parseUnitType,
  RULE_SETS,
  UNIT_TYPE_LABELS,
  UNIT_TYPES,
} from "../core/rules";
import { openWorkbookFile, sheetNotFound, type WorkbookSource } from "../hosts/xlsx/open";
import { reportFormat } from "../hosts/xlsx/saveReport";
import { findTargetProfile } from "../core/analyse/targets";
import {
  excessRoadmap,
  parseDetails,
  scenarioReport,
  TEMPLATES,
  type Scenario,
  type ReportDoc,
  type ReportDetails,
  type ReportStyle,
  type RoadmapInput,
  type TemplateId,
} from "../reports";
import { analyseJob, dedupeIssues, jobReport, templateReport, type JobId } from "../jobs";
import { MAX_SCENARIOS, proposalScenarios } from "../jobs/propose";
import { excessInput, excessPlan, type ExcessPlan } from "../core/analyse/excessPlan";
import { bestScenarioSentence, scenarioFigures, scenarioLines } from "../reports/scenarios";
import { sourceInputOf, withSources, type SourceInput } from "../reports/sources";
import {
  propose,
  SEARCH_LIMIT,
  type Proposal,
  type ProposeOptions,
  type ProposeResult,
} from "../core/analyse/propose";
import { FLAG_LABELS, SUMMARY_ROWS } from "../core/messages";
import { issuesJson, saveAll, version } from "./output";
import { t, type StringKey } from "./strings";
import { isConsolidate, runConsolidate } from "./consolidate";

/** Where the CLI writes; injectable so tests run it in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  now: Date;
  /** Whether stderr is a terminal (progress bars are drawn only then); false when absent. */
  isTTY?: boolean;
}

const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  now: new Date(),
  isTTY: process.stderr.isTTY === true,
};

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "van-phong-tinh-uy-mau.xlsx");
const DEMO_DETAILS = path.join(ROOT, "samples", "thong-tin-bao-cao.json");
const COMMUNE = path.join(ROOT, "samples", "ubnd-xa-mau.xlsx");
const COMMUNE_DETAILS = path.join(ROOT, "samples", "thong-tin-bao-cao-xa.json");

class UsageError extends Error {}

interface Options {
  command: string;
  files: string[];
  lang: Lang;
  json: boolean;
  force: boolean;
  /** The -o files: one report each, Excel or Word by the extension. */
  outputs: string[];
  sheet?: string;
  beforeSheet?: string;
  afterSheet?: string;
  analyse: AnalyseOptions;
  /** Report layout: Party when the units are a Party body's phòng, State otherwise, unless chosen. */
  style: ReportStyle;
  /** Whether --style was given (else the layout follows the rules the units are judged by). */
  styleChosen: boolean;
  details?: string;
  roadmap: { baseYear?: string; baseline?: string; target?: string };
  opened: Map<string, ReturnType<typeof openWorkbookFile>>;
  /** Column corrections from --columns: column (1-based) → field, null to ignore it. */
  columns: { col: number; field: Field | null }[];
  explain: boolean;
  /** scenarios: the plans' sheets (--sheets A,B). */
  sheets?: string[];
  /** propose: --max-options, --keep "A;B", --apart "A+B;C+D". */
  propose: ProposeOptions;
}

function parse(argv: string[], io: Io): Options | "help" | "version" {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: "string", short: "o", multiple: true },
      json: { type: "boolean" },
      sheet: { type: "string" },
      "before-sheet": { type: "string" },
      "after-sheet": { type: "string" },
      rules: { type: "string" },
      "province-class": { type: "string" },
      "unit-type": { type: "string" },
      cap: { type: "string" },
      style: { type: "string" },
      details: { type: "string" },
      "base-year": { type: "string" },
      baseline: { type: "string" },
      target: { type: "string" },
      date: { type: "string" },
      "decision-date": { type: "string" },
      force: { type: "boolean" },
      explain: { type: "boolean" },
      columns: { type: "string" },
      "max-options": { type: "string" },
      sheets: { type: "string" },
      keep: { type: "string" },
      apart: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  const lang = values.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new UsageError(t("badLang", "vi"));
  if (values.help) return "help";
  if (values.version) return "version";
  const [command, ...files] = positionals;
  if (!command) throw new UsageError(t("noCommand", lang));
  let date = todayIso(io.now);
  if (values.date !== undefined) {
    const parsed = parseIsoDate(values.date);
    if (!parsed) throw new UsageError(t("badDate", lang, { value: values.date }));
    date = parsed;
  }
  let decisionDate: string | undefined;
  if (values["decision-date"] !== undefined) {
    decisionDate = parseIsoDate(values["decision-date"]);
    if (!decisionDate) throw new UsageError(t("badDate", lang, { value: values["decision-date"] }));
  }
  let ruleSet: RuleSetId | undefined;
  if (values.rules !== undefined) {
    ruleSet = parseRuleSet(values.rules);
    if (!ruleSet)
      throw new UsageError(
        t("badRules", lang, { value: values.rules, accepted: Object.keys(RULE_SETS).join(", ") }),
      );
  }
  let provinceClass: ProvinceClass | undefined;
  if (values["province-class"] !== undefined) {
    provinceClass = parseProvinceClass(values["province-class"]);
    if (!provinceClass) throw new UsageError(t("badClass", lang, { value: values["province-class"] }));
  }
  let unitType: UnitType | undefined;
  if (values["unit-type"] !== undefined) {
    unitType = parseUnitType(values["unit-type"]);
    if (!unitType) {
      const accepted = Object.entries(UNIT_TYPE_LABELS)
        .map(([id, l]) => `${id} (${l[lang]})`)
        .join(", ");
      throw new UsageError(t("badUnitType", lang, { value: values["unit-type"], accepted }));
    }
  }
  const enteredCaps = values.cap === undefined ? undefined : parseCaps(values.cap, lang);
  if (values.style !== undefined && values.style !== "party" && values.style !== "state") {
    throw new UsageError(t("badStyle", lang));
  }
  const outputs = values.output ?? [];
  const badOutput = outputs.find((file) => !reportFormat(file));
  if (badOutput !== undefined) throw new UsageError(t("badOutput", lang, { value: badOutput }));
  return {
    command,
    files,
    lang,
    json: values.json ?? false,
    force: values.force ?? false,
    outputs,
    sheet: values.sheet,
    beforeSheet: values["before-sheet"],
    afterSheet: values["after-sheet"],
    style:
      (values.style as ReportStyle | undefined) ??
      (unitType && PARTY_UNIT_TYPES.has(unitType) ? "party" : "state"),
    styleChosen: values.style !== undefined,
    ...(values.details !== undefined ? { details: values.details } : {}),
    roadmap: { baseYear: values["base-year"], baseline: values.baseline, target: values.target },
    opened: new Map(),
    columns: values.columns === undefined ? [] : parseColumns(values.columns, lang),
    explain: values.explain ?? false,
    propose: parseProposeOptions(values["max-options"], values.keep, values.apart, lang),
    ...(values.sheets !== undefined
      ? {
          sheets: values.sheets
            .split(",")
            .map((s) => s.trim())
            .filter((s) => s !== ""),
        }
      : {}),
    analyse: {
      date,
      ...(decisionDate ? { decisionDate } : {}),
      ...(ruleSet ? { ruleSet } : {}),
      ...(provinceClass ? { provinceClass } : {}),
      ...(unitType ? { unitType } : {}),
      ...(enteredCaps ? { enteredCaps } : {}),
    },
  };
}

/** --max-options N (1–20), --keep "A;B" (units that stay), --apart "A+B;C+D" (never together). */
function parseProposeOptions(
  max: string | undefined,
  keep: string | undefined,
  apart: string | undefined,
  lang: Lang,
): ProposeOptions {
  const list = (s: string | undefined) =>
    (s ?? "")
      .split(";")
      .map((x) => x.trim())
      .filter((x) => x !== "");
  const options: ProposeOptions = {};
  if (max !== undefined) {
    const n = Number(max);
    if (!Number.isInteger(n) || n < 1 || n > 20)
      throw new UsageError(t("badNumber", lang, { name: "--max-options", value: max }));
    options.maxOptions = n;
  }
  if (keep !== undefined) options.keep = list(keep);
  if (apart !== undefined) {
    options.apart = list(apart).map((pair) => {
      const [a, b, ...rest] = pair.split("+").map((x) => x.trim());
      if (!a || !b || rest.length > 0) throw new UsageError(t("badApart", lang, { value: pair }));
      return [a, b] as const;
    });
  }
  return options;
}

/** "co-quan-dang-xa=2, Phòng thuộc UBND xã=1": unit types (ids or names) and caps (whole numbers ≥ 0). */
function parseCaps(spec: string, lang: Lang): Partial<Record<UnitType, number>> {
  const caps: Partial<Record<UnitType, number>> = {};
  for (const part of spec.split(",")) {
    const [type = "", value = ""] = part.split("=").map((x) => x.trim());
    const unitType = parseUnitType(type);
    if (!unitType || !/^\d{1,3}$/.test(value)) {
      throw new UsageError(t("badCap", lang, { value: part.trim(), accepted: UNIT_TYPES.join(", ") }));
    }
    caps[unitType] = Number(value);
  }
  return caps;
}

/**
 * "D=deputies, G=-": column letters and fields (ids, or their Vietnamese or English names); "-"
 * ignores a column.
 */
function parseColumns(spec: string, lang: Lang): { col: number; field: Field | null }[] {
  const fields = Object.keys(FIELD_LABELS) as Field[];
  const bad = (value: string) =>
    new UsageError(t("badColumns", lang, { value, accepted: fields.join(", ") }));
  return spec
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => {
      const m = /^([A-Za-z]{1,3})\s*=\s*(.*)$/.exec(item);
      const col = m ? columnIndex((m[1] as string).toUpperCase()) : 0;
      if (!m || col < 1 || col > 16_384) throw bad(item);
      const name = (m[2] as string).trim();
      if (["-", "none", "", "bo qua"].includes(textKey(name))) return { col, field: null };
      const field = fields.find(
        (f) =>
          textKey(f) === textKey(name) ||
          textKey(FIELD_LABELS[f].vi) === textKey(name) ||
          textKey(FIELD_LABELS[f].en) === textKey(name),
      );
      if (!field) throw bad(item);
      return { col, field };
    });
}

/** Run the command line; resolves to the exit code (0 ok, 1 input problems, 2 usage). */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  // consolidate takes any number of files and options of its own (src/cli/consolidate.ts).
  if (isConsolidate(argv))
    return runConsolidate(
      argv.filter((a, i) => i !== argv.indexOf("consolidate")),
      io,
    );
  let opts: Options | "help" | "version";
  try {
    opts = parse(argv, io);
  } catch (err) {
    const lang: Lang = argv.includes("en") && argv.includes("--lang") ? "en" : "vi";
    const detail = err instanceof Error ? err.message.replace(/^Usage error: /, "") : String(err);
    io.err(`${t("badUsage", lang, { detail })}\n`);
    return 2;
  }
  if (opts === "help") {
    const lang: Lang = argv.includes("en") ? "en" : "vi";
    io.out(`${t("usage", lang, { rules: Object.keys(RULE_SETS).join(", ") })}\n`);
    return 0;
  }
  if (opts === "version") {
    io.out(`tinhgon ${version()}\n`);
    return 0;
  }
  const o = opts;
  const need = (count: number): boolean => {
    if (o.files.length === count) return true;
    io.err(
      `${t("badUsage", o.lang, { detail: t("wrongFileCount", o.lang, { command: o.command, count }) })}\n`,
    );
    return false;
  };
  switch (o.command) {
    case "compare":
      return need(2) ? runCompare(o, io) : 2;
    case "plan":
    case "check":
      return need(1) ? runSingle(o, io) : 2;
    case "propose":
      return need(1) ? runPropose(o, io) : 2;
    case "scenarios":
      return need(1) ? runScenarios(o, io) : 2;
    case "excess":
      return need(1) ? runExcess(o, io) : 2;
    case "demo":
      return need(0) ? runDemo(o, io) : 2;
    case "template":
      return need(1) ? runTemplate(o, io) : 2;
    default:
      io.err(`${t("badUsage", o.lang, { detail: t("unknownCommand", o.lang, { value: o.command }) })}\n`);
      return 2;
  }
}

interface Loaded {
  table?: StaffingTable;
  issues: Issue[];
  file: string;
  sheet?: string;
  grid?: Grid;
}

/** Read a grid, with the user's --columns corrections over what was detected. */
function readCorrected(grid: Grid, corrections: Options["columns"]): ReturnType<typeof readTable> {
  const first = readTable(grid);
  if (!first.table || corrections.length === 0) return first;
  let columns = first.table.columns;
  let mapping: ColumnMapping = {};
  for (const { col, field } of corrections) {
    mapping = correctMapping(columns, mapping, col, field);
    columns = applyOverride(first.table.columns, mapping);
  }
  return readTable(grid, { mapping, headerRow: first.table.headerRows.last });
}

/**
 * Read the staffing table of one file: the named sheet, or the `skip`-th sheet that holds a table
 * (one the job can use first: a plan needs a merge column).
 */
async function load(o: Options, file: string, sheet: string | undefined, io: Io, skip = 0): Promise<Loaded> {
  const full = path.resolve(io.cwd, file);
  // The same file given twice (two sheets) is opened once.
  let opened = o.opened.get(full);
  if (!opened) {
    opened = openWorkbookFile(full);
    o.opened.set(full, opened);
  }
  const result = await opened;
  if (!result.ok) return { issues: [result.issue], file };
  const source: WorkbookSource = result.value;
  // What opening said about the sheet (cut because too large) goes with what reading it says.
  const readSheet = (grid: Grid): Loaded => {
    const read = readCorrected(grid, o.columns);
    const opening = source.issues.filter((i) => i.params?.sheet === grid.sheet);
    return { ...read, issues: [...opening, ...read.issues], file, sheet: grid.sheet, grid };
  };
  if (sheet !== undefined) {
    const grid = source.grid(sheet);
    if (!grid) return { issues: [sheetNotFound(source, sheet)], file };
    return readSheet(grid);
  }
  // No table anywhere: the problem of the first sheet that holds anything (not "sheet 1 is empty").
  let first: Loaded | undefined;
  let firstEmpty: Loaded | undefined;
  const tables: Loaded[] = [];
  for (const name of source.sheetNames) {
    const grid = source.grid(name);
    if (!grid) continue;
    const read = readSheet(grid);
    if (read.issues.some((i) => i.code === "empty-grid")) firstEmpty ??= read;
    else first ??= read;
    if (read.table && read.table.units.length > 0) tables.push(read);
    // Only a plan needs to look further than the table it will use.
    if (o.command !== "plan" && tables.length > skip) break;
  }
  // A plan is read from a sheet with a merge column when the file has one.
  const fit = o.command === "plan" ? tables.filter((r) => r.table?.mapping.mergeInto) : [];
  return (
    (fit.length > 0 ? fit : tables)[skip] ??
    first ??
    firstEmpty ?? { issues: [{ level: "error", code: "empty-grid", params: { sheet: file } }], file }
  );
}

/**
 * Whether a read must be explained: asked for, or figures read with errors, or a unit or title
 * inferred. (A table with no rows at all has nothing to explain beyond its one error.)
 */
function needsExplaining(o: Options, input: Loaded): boolean {
  const table = input.table;
  if (!table) return false;
  return o.explain || (table.units.length > 0 && (hasErrors(input.issues) || table.inferred !== undefined));
}

/** The header rows as the sheet has them and what each column was taken for (`--explain`). */
function explainRead(input: Loaded, lang: Lang): string {
  const { table, grid } = input;
  if (!table || !grid) return "";
  const lines = [
    t("explainTable", lang, {
      sheet: `“${table.sheet}”`,
      first: table.headerRows.first,
      last: table.headerRows.last,
      kind: t(table.kind === "roster" ? "kindRoster" : "kindUnits", lang),
    }),
  ];
  for (let r = table.headerRows.first; r <= table.headerRows.last; r++) {
    const cells = (grid.cells[r - grid.origin.row] ?? []).map((v) => cellText(v)).filter((v) => v !== "");
    const text = cells.join(" | ");
    lines.push(t("explainRow", lang, { row: r, cells: text.length > 160 ? `${text.slice(0, 159)}…` : text }));
  }
  lines.push(t("explainColumns", lang));
  const shown = table.columns.filter((c) => c.header !== "" || c.field);
  const width = Math.min(48, Math.max(...shown.map((c) => [...c.header].length), 8));
  for (const c of shown.slice(0, 60)) {
    const header = [...c.header].length > width ? `${[...c.header].slice(0, width - 1).join("")}…` : c.header;
    const field = c.field ? `${FIELD_LABELS[c.field][lang]} (${c.field})` : t("explainIgnored", lang);
    lines.push(`    ${c.letter.padEnd(3)} ${header.padEnd(width)}  → ${field}`);
  }
  if (shown.length > 60) lines.push(`    … ${shown.length - 60}`);
  const inferred = table.inferred;
  if (inferred?.unitFrom) {
    const where = t(
      inferred.unitFrom === "line" ? "fromLine" : inferred.unitFrom === "title" ? "fromTitle" : "fromRows",
      lang,
    );
    lines.push(t("explainUnitFrom", lang, { where, cell: inferred.cell ? ` (${inferred.cell})` : "" }));
  }
  if (inferred?.titlesFrom) lines.push(t("explainTitlesFrom", lang));
  const sample =
    shown.find((c) => c.field === "deputies" || c.field === "staff") ??
    shown.find((c) => c.field) ??
    shown[0];
  if (sample) lines.push(t("explainFix", lang, { example: `${sample.letter}=${sample.field ?? "-"}` }));
  return `${lines.join("\n")}\n`;
}

/** Print the explanation of each input that needs one: on stdout when asked for in text mode. */
function printExplanations(o: Options, io: Io, inputs: readonly Loaded[]): void {
  for (const input of inputs) {
    if (!needsExplaining(o, input)) continue;
    const text = explainRead(input, o.lang);
    if (o.explain && !o.json) io.out(`${text}\n`);
    else io.err(text);
  }
}

async function runCompare(o: Options, io: Io): Promise<number> {
  const [beforeFile, afterFile] = o.files as [string, string];
  const sameFile = path.resolve(io.cwd, beforeFile) === path.resolve(io.cwd, afterFile);
  const before = await load(o, beforeFile, o.beforeSheet ?? o.sheet, io);
  const skip = sameFile && !o.afterSheet && !o.beforeSheet && !o.sheet ? 1 : 0;
  const after = await load(o, afterFile, o.afterSheet ?? o.sheet, io, skip);
  printExplanations(o, io, [before, after]);
  if (!before.table || !after.table) return inputFailure(o, io, [...before.issues, ...after.issues]);
  const tables = { before: before.table, after: after.table };
  return finishJob(o, io, analyseJob("compare", tables, o.analyse, [...before.issues, ...after.issues]), [
    before,
    after,
  ]);
}

async function runSingle(o: Options, io: Io): Promise<number> {
  const input = await load(o, o.files[0] as string, o.sheet, io);
  printExplanations(o, io, [input]);
  if (!input.table) return inputFailure(o, io, input.issues);
  const job = o.command === "plan" ? "plan" : "check";
  return finishJob(o, io, analyseJob(job, { before: input.table }, o.analyse, input.issues), [input]);
}

/** The analysis of a job that read its tables: reported, or (never, the tables are there) failed. */
function finishJob(o: Options, io: Io, analysed: Result<Analysis>, inputs: Loaded[]): Promise<number> {
  if (!analysed.ok) return Promise.resolve(inputFailure(o, io, [analysed.issue]));
  return finish(o, io, analysed.value, inputs);
}

/** `tinhgon propose FILE`: mergers that meet the rules, best first. */
async function runPropose(o: Options, io: Io): Promise<number> {
  const input = await load(o, o.files[0] as string, o.sheet, io);
  printExplanations(o, io, [input]);
  if (!input.table) return inputFailure(o, io, input.issues);
  const result = propose(input.table, o.analyse, o.propose);
  const issues = dedupeIssues([...input.issues, ...result.current.issues]);
  if (o.json) io.out(`${JSON.stringify(proposeJson(o, result, [input], issues), null, 2)}\n`);
  else io.out(proposeText(o.lang, result, input));
  const best = result.proposals[0];
  const errors = issues.filter((i) => i.level === "error").length;
  if (o.outputs.length > 0 && best && best.merges.length > 0) {
    if (errors > 0 && !o.force) {
      printIssues(io, issues, o.lang);
      io.err(`${t("reportWithheld", o.lang, { file: o.outputs.join(", "), count: errors })}\n`);
      return 1;
    }
    // The report compares the first proposals (up to four) with the table as it is.
    issues.push(...(await writeComparison(o, io, proposalScenarios(result), result.current, [input])));
  }
  printIssues(io, issues, o.lang);
  return hasErrors(issues) ? 1 : 0;
}

/**
 * `tinhgon excess ROSTER --decision-date D`: the excess deputies by name, year by year from the
 * decision to the deadline, resolved by retirements (BLLĐ 2019 Điều 169, NĐ 135/2020); the names
 * still in excess at the deadline need another solution. A roster with a merge column is a plan.
 */
async function runExcess(o: Options, io: Io): Promise<number> {
  const decisionDate = o.analyse.decisionDate;
  if (!decisionDate) {
    io.err(`${t("badUsage", o.lang, { detail: t("needDecisionDate", o.lang) })}\n`);
    return 2;
  }
  const input = await load(o, o.files[0] as string, o.sheet, io);
  printExplanations(o, io, [input]);
  if (!input.table) return inputFailure(o, io, input.issues);
  const job = input.table.mapping.mergeInto ? "plan" : "check";
  const analysed = analyseJob(job, { before: input.table }, o.analyse, input.issues);
  if (!analysed.ok) return inputFailure(o, io, [analysed.issue]);
  const analysis = analysed.value;
  const issues = [...analysis.issues];
  if (input.table.kind !== "roster" || !input.table.people)
    issues.push({ level: "error", code: "excess-needs-roster", params: { sheet: input.sheet ?? "" } });
  const result = excessPlan(excessInput(input.table, analysis, { decisionDate }));
  if (o.json) {
    const json = {
      command: o.command,
      date: analysis.date,
      inputs: inputsJson([input]),
      decisionDate: result.decisionDate,
      deadline: result.deadline,
      excess: result.excess,
      remaining: result.remaining,
      years: result.years,
      units: result.units,
      people: result.people,
      needingSolution: result.needingSolution.map((p) => ({ name: p.name, unit: p.unit })),
      issues: issuesJson(issues, o.lang),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else io.out(excessText(o.lang, result, analysis, input));
  const errors = issues.filter((i) => i.level === "error").length;
  if (o.outputs.length > 0) {
    if (errors > 0 && !o.force) {
      printIssues(io, issues, o.lang);
      io.err(`${t("reportWithheld", o.lang, { file: o.outputs.join(", "), count: errors })}\n`);
      return 1;
    }
    const details = loadDetails({ ...o, style: styleOf(o, analysis) }, io);
    if (!details.ok) issues.push(details.issue);
    else
      issues.push(
        ...(await writeReports(o, io, excessRoadmap(result, analysis, details.value), [input], [analysis])),
      );
  }
  printIssues(io, issues, o.lang);
  return hasErrors(issues) ? 1 : 0;
}

function excessText(lang: Lang, r: ExcessPlan, analysis: Analysis, input: Loaded): string {
  const n = (x: number) => formatNumber(x, 0, lang);
  const lines = [
    t("headingExcess", lang),
    `${t("source", lang)}: ${path.basename(input.file)} › ${input.sheet ?? ""}`,
    rulesLine(analysis, lang),
    t("excessDates", lang, {
      decision: formatDateShort(r.decisionDate),
      deadline: formatDateShort(r.deadline),
    }),
    t("excessTotals", lang, { excess: n(r.excess), remaining: n(r.remaining) }),
    "",
    table([
      [t("colYear", lang), t("colExcessStart", lang), t("colRetiring", lang), t("colRemaining", lang)],
      ...r.years.map((y) => [String(y.year), n(y.excess), n(y.retiring.length), n(y.remaining)]),
    ]),
    "",
  ];
  for (const y of r.years)
    if (y.retiring.length > 0)
      lines.push(
        t("excessRetiring", lang, {
          year: y.year,
          names: y.retiring.map((p) => `${p.name} (${p.unit}, ${formatDateShort(p.date)})`).join("; "),
        }),
      );
  for (const u of r.units.filter((u) => u.remaining > 0))
    lines.push(
      t("excessNeeds", lang, { unit: u.name, count: n(u.remaining), names: u.candidates.join(", ") || "—" }),
    );
  const unknown = r.people.filter((p) => p.missing);
  if (unknown.length > 0)
    lines.push(t("excessUnknown", lang, { names: unknown.map((p) => p.name).join(", ") }));
  return `${lines.join("\n")}\n`;
}

/** Write the comparison of plans ("So sánh các phương án") to each -o file; returns the problems. */
async function writeComparison(
  o: Options,
  io: Io,
  scenarios: readonly Scenario[],
  current: Analysis | undefined,
  inputs: readonly Loaded[],
): Promise<Issue[]> {
  const first = scenarios[0];
  if (!first) return [];
  const details = loadDetails({ ...o, style: styleOf(o, first.analysis) }, io);
  if (!details.ok) return [details.issue];
  const doc = scenarioReport(scenarios, details.value, current);
  return writeReports(o, io, doc, inputs, [
    ...(current ? [current] : []),
    ...scenarios.map((s) => s.analysis),
  ]);
}

/**
 * `tinhgon scenarios FILE --sheets A,B`: two to four plans (sheets with a merge column) side by
 * side, each analysed as `plan` does.
 */
async function runScenarios(o: Options, io: Io): Promise<number> {
  const sheets = o.sheets ?? [];
  if (sheets.length < 2 || sheets.length > MAX_SCENARIOS || new Set(sheets).size < sheets.length) {
    io.err(`${t("badUsage", o.lang, { detail: t("badSheets", o.lang, { max: MAX_SCENARIOS }) })}\n`);
    return 2;
  }
  const file = o.files[0] as string;
  const inputs: Loaded[] = [];
  for (const sheet of sheets) inputs.push(await load({ ...o, command: "plan" }, file, sheet, io));
  printExplanations(o, io, inputs);
  const missing = inputs.filter((i) => !i.table);
  if (missing.length > 0)
    return inputFailure(
      o,
      io,
      missing.flatMap((i) => i.issues),
    );
  const scenarios: Scenario[] = [];
  const issues: Issue[] = [];
  for (const input of inputs) {
    const analysed = analyseJob("plan", { before: input.table }, o.analyse, input.issues);
    if (!analysed.ok) return inputFailure(o, io, [analysed.issue]);
    scenarios.push({ name: input.sheet ?? "", analysis: analysed.value });
    issues.push(...analysed.value.issues);
  }
  const all = dedupeIssues(issues);
  if (o.json) {
    const json = {
      command: o.command,
      date: o.analyse.date,
      inputs: inputsJson(inputs),
      scenarios: scenarios.map((s) => ({
        name: s.name,
        summary: s.analysis.summary,
        ...scoreJson(s.analysis),
        ...unitsJson(s.analysis),
      })),
      issues: issuesJson(all, o.lang),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else io.out(scenariosText(o.lang, scenarios, file));
  const errors = all.filter((i) => i.level === "error").length;
  if (o.outputs.length > 0) {
    if (errors > 0 && !o.force) {
      printIssues(io, all, o.lang);
      io.err(`${t("reportWithheld", o.lang, { file: o.outputs.join(", "), count: errors })}\n`);
      return 1;
    }
    all.push(...(await writeComparison(o, io, scenarios, undefined, inputs)));
  }
  printIssues(io, all, o.lang);
  return hasErrors(all) ? 1 : 0;
}

function scenariosText(lang: Lang, scenarios: readonly Scenario[], file: string): string {
  const n = (x: number) => formatNumber(x, 0, lang);
  const header = [
    "colScenario",
    "colUnits",
    "colHeads",
    "colDeputies",
    "colCap",
    "colExcess",
    "colStaff",
    "colBelow",
    "colDeadline",
  ] as const;
  const rows = scenarios.map((s) => {
    const f = scenarioFigures(s.analysis);
    return [
      s.name,
      n(f.units),
      n(f.heads),
      n(f.deputies),
      n(f.cap),
      n(f.excess),
      n(f.staff),
      n(f.belowMinimum),
      f.deadline ? formatDateShort(f.deadline) : "",
    ];
  });
  return [
    t("headingScenarios", lang),
    `${t("source", lang)}: ${path.basename(file)} › ${scenarios.map((s) => s.name).join(", ")}`,
    rulesLine(scenarios[0]?.analysis as Analysis, lang),
    "",
    table([header.map((k) => t(k, lang)), ...rows], "lrrrrrrrl"),
    "",
    ...scenarioLines(scenarios),
    bestScenarioSentence(scenarios),
    "",
  ].join("\n");
}

/** The report's layout: --style, else by the rules the units were judged by. */
function styleOf(o: Options, analysis: Analysis): ReportStyle {
  if (o.styleChosen) return o.style;
  return analysis.units.some((u) => PARTY_UNIT_TYPES.has(u.unitType)) ? "party" : "state";
}

function proposeJson(o: Options, r: ProposeResult, inputs: Loaded[], issues: readonly Issue[]) {
  return {
    command: o.command,
    date: r.current.date,
    inputs: inputsJson(inputs),
    current: { summary: r.current.summary, ...scoreJson(r.current) },
    proposals: r.proposals.map((p: Proposal) => ({
      merges: p.merges,
      explanation: p.moves.map((m) => moveText(m, o.lang)),
      summary: p.analysis.summary,
      belowMinimum: p.score.belowMinimum,
      excess: p.score.excess,
      moved: p.score.moved,
      ...unitsJson(p.analysis),
    })),
    unfixable: r.unfixable.map((u) => ({
      ...u,
      block: u.block ?? null,
      reason: t(UNFIXABLE[u.reason], o.lang),
    })),
    search: { limit: SEARCH_LIMIT, bounded: r.bounded },
    issues: issuesJson(issues, o.lang),
  };
}

/** Units below the minimum and excess deputies of an analysis (the table as it is). */
function scoreJson(a: Analysis) {
  return {
    belowMinimum: a.units.filter((u) => u.flags.includes("below-minimum-size")).length,
    excess: a.units.reduce((s, u) => s + u.excess, 0) + a.pools.reduce((s, p) => s + p.excess, 0),
  };
}

const UNFIXABLE = {
  alone: "unfixableAlone",
  kept: "unfixableKept",
  "not-enough": "unfixableNotEnough",
} as const;

/** "Phòng Lưu trữ (3 người, dưới mức tối thiểu 7) hợp nhất vào Phòng Hành chính - Phục vụ." */
function moveText(m: Proposal["moves"][number], lang: Lang): string {
  return m.minimum !== undefined
    ? t("moveBelow", lang, { name: m.name, staff: m.staff, min: m.minimum, into: m.into })
    : t("move", lang, { name: m.name, staff: m.staff, into: m.into });
}

/** "Quy định áp dụng tính đến 05/02/2026: Quy định 329-QĐ/TW": the rule sets the units were judged by. */
function rulesLine(a: Analysis, lang: Lang): string {
  const used = [...new Set(a.units.map((u) => u.capInfo?.ruleSet).filter((r): r is RuleSetId => !!r))];
  const entered = a.units.some((u) => u.capInfo?.entered);
  const names = [...used.map((r) => RULE_SETS[r].title[lang]), ...(entered ? [t("enteredRules", lang)] : [])];
  return `${t("rulesLine", lang, { date: formatDateShort(a.date) })}: ${names.join("; ") || "—"}`;
}

function proposeText(lang: Lang, r: ProposeResult, input: Loaded): string {
  const n = (x: number) => formatNumber(x, 0, lang);
  const now = scoreJson(r.current);
  const lines = [
    t("headingPropose", lang),
    `${t("source", lang)}: ${path.basename(input.file)} › ${input.sheet ?? ""}`,
    rulesLine(r.current, lang),
    t("proposeCurrent", lang, {
      units: n(r.current.units.length),
      below: n(now.belowMinimum),
      excess: n(now.excess),
    }),
    t("proposeRanking", lang),
    "",
  ];
  let number = 0;
  r.proposals.forEach((p) => {
    if (p.merges.length === 0) return void lines.push(t("proposeNothing", lang), t("proposeOthers", lang));
    lines.push(
      t("proposeOption", lang, {
        n: ++number,
        units: n(p.score.units),
        below: n(p.score.belowMinimum),
        excess: n(p.score.excess),
        moved: n(p.score.moved),
      }),
    );
    for (const m of p.moves) lines.push(`  - ${moveText(m, lang)}`);
  });
  for (const u of r.unfixable)
    lines.push(t("unfixable", lang, { name: u.name, reason: t(UNFIXABLE[u.reason], lang) }));
  if (r.bounded.length > 0)
    lines.push(
      t("proposeBounded", lang, {
        limit: n(SEARCH_LIMIT),
        groups: r.bounded.map((b) => b || "—").join(", "),
      }),
    );
  return `${lines.join("\n")}\n`;
}

async function runDemo(o: Options, io: Io): Promise<number> {
  const outDir = path.resolve(io.cwd, "out");
  mkdirSync(outDir, { recursive: true });
  // No --unit-type: each sample's title rows say whose rules apply (Party, commune).
  const samples: [StringKey, string, [string, string[], string][]][] = [
    [
      "demoIntro",
      DEMO_DETAILS,
      [
        [
          "compare",
          [SAMPLE, SAMPLE, "--before-sheet", "Trước sắp xếp", "--after-sheet", "Sau sắp xếp"],
          "so-sanh",
        ],
        ["plan", [SAMPLE, "--sheet", "Phương án"], "phuong-an"],
        ["check", [SAMPLE, "--sheet", "Danh sách"], "ra-soat"],
        ["propose", [SAMPLE, "--sheet", "Trước sắp xếp"], "de-xuat-phuong-an"],
      ],
    ],
    [
      "demoIntroCommune",
      COMMUNE_DETAILS,
      [
        [
          "compare",
          [COMMUNE, COMMUNE, "--before-sheet", "Khi thành lập", "--after-sheet", "Sau sắp xếp"],
          "xa-so-sanh",
        ],
        ["check", [COMMUNE, "--sheet", "Khi thành lập"], "xa-ra-soat"],
      ],
    ],
  ];
  let code = 0;
  for (const [intro, details, steps] of samples) {
    io.out(`${t(intro, o.lang)}\n\n`);
    for (const [command, args, name] of steps) {
      // Each report in Excel and in Word.
      const outputs = [".xlsx", ".docx"].flatMap((ext) => ["-o", uniquePath(outDir, name, ext)]);
      const extra = ["--lang", o.lang, "--date", o.analyse.date, "--details", details, ...outputs];
      const result = await run([command, ...args, ...extra], io);
      code = Math.max(code, result);
      io.out("\n");
    }
  }
  return code;
}

/** `name.ext`, or `name (2).ext` when that exists: demo runs never overwrite earlier output. */
function uniquePath(dir: string, name: string, ext: string): string {
  let candidate = path.join(dir, name + ext);
  for (let n = 2; existsSync(candidate); n++) candidate = path.join(dir, `${name} (${n})${ext}`);
  return candidate;
}

function inputFailure(o: Options, io: Io, issues: Issue[]): number {
  if (o.json)
    io.out(`${JSON.stringify({ command: o.command, issues: issuesJson(issues, o.lang) }, null, 2)}\n`);
  printIssues(io, issues, o.lang);
  return 1;
}

async function finish(given: Options, io: Io, analysis: Analysis, inputs: Loaded[]): Promise<number> {
  // The report's layout follows the rules the units were judged by, unless --style says otherwise.
  const party = analysis.units.some((u) => PARTY_UNIT_TYPES.has(u.unitType));
  const o: Options = given.styleChosen ? given : { ...given, style: party ? "party" : "state" };
  if (o.styleChosen && o.style === "party" && !party && analysis.units.length > 0) {
    io.err(`${levelLabel("warning", o.lang)}: ${t("partyStyleStateRules", o.lang)}\n`);
  }
  if (o.json) io.out(`${JSON.stringify(toJson(o, analysis, inputs), null, 2)}\n`);
  else io.out(renderText(o, analysis, inputs));
  const issues = [...analysis.issues];
  const errors = issues.filter((i) => i.level === "error").length;
  if (o.outputs.length > 0 && errors > 0 && !o.force) {
    // Never a normal-looking report over figures the reader doubts: only when the user insists.
    printIssues(io, issues, o.lang);
    io.err(`${t("reportWithheld", o.lang, { file: o.outputs.join(", "), count: errors })}\n`);
    return 1;
  }
  if (o.outputs.length > 0) {
    const details = loadDetails(o, io);
    if (!details.ok) issues.push(details.issue);
    else {
      // ExcelJS cannot write charts: the report is laid out without one.
      const doc = jobReport(o.command as JobId, analysis, { details: details.value, charts: false });
      issues.push(...(await writeReports(o, io, doc, inputs, [analysis])));
    }
  }
  printIssues(io, issues, o.lang);
  return hasErrors(issues) ? 1 : 0;
}

/** What the "Nguồn số liệu" sheet says of a table read. */
const sourceInput = (input: Loaded): SourceInput =>
  sourceInputOf(path.basename(input.file), input.sheet, input.table, input.grid);

/** Report details: the --details JSON file over the defaults of the style. */
function loadDetails(o: Options, io: Io): Result<ReportDetails> {
  let raw: unknown = {};
  if (o.details !== undefined) {
    const file = path.resolve(io.cwd, o.details);
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      return fail({
        level: "error",
        code: "invalid-value",
        params: { name: "--details", value: o.details, expected: "JSON" },
      });
    }
  }
  return parseDetails(raw, o.style, o.analyse.date);
}

/**
 * Save a report to each -o file; returns the problems. The writer's own notes go to stderr. A report
 * made from tables read (`analyses`) records them on its "Nguồn số liệu" sheet.
 */
async function writeReports(
  o: Options,
  io: Io,
  made: ReportDoc,
  inputs: readonly Loaded[],
  analyses: readonly Analysis[] = [],
): Promise<Issue[]> {
  const doc =
    analyses.length === 0
      ? made
      : withSources(made, {
          version: version(),
          inputs: inputs.map(sourceInput),
          analyses,
          ...(o.analyse.decisionDate ? { decisionDate: o.analyse.decisionDate } : {}),
        });
  return saveAll(doc, io, { ...o, inputs: inputs.map((i) => i.file) });
}

const TEMPLATE_ALIASES: Record<string, string> = {
  "lo-trinh": "lo-trinh-tinh-gian",
  "theo-doi": "theo-doi-thi-diem",
  "bieu-mau": "bieu-don-vi",
  "danh-sach": "danh-sach-can-bo",
};

/** `tinhgon template NAME -o OUT.xlsx`: the roadmap, the tracker and the blank forms. */
async function runTemplate(o: Options, io: Io): Promise<number> {
  const name = TEMPLATE_ALIASES[o.files[0] as string] ?? (o.files[0] as string);
  const usage = (detail: string) => {
    io.err(`${t("badUsage", o.lang, { detail })}\n`);
    return 2;
  };
  const choices = ["lo-trinh-tinh-gian", "theo-doi-thi-diem", "bieu-don-vi", "danh-sach-can-bo"];
  if (!choices.includes(name))
    return usage(t("badTemplate", o.lang, { value: name, accepted: choices.join(", ") }));
  if (o.outputs.length === 0) return usage(t("needOutput", o.lang));
  const details = loadDetails(o, io);
  if (!details.ok) return inputFailure(o, io, [details.issue]);
  let roadmap: RoadmapInput | undefined;
  if (name === "lo-trinh-tinh-gian") {
    const input = roadmapInput(o);
    if (typeof input === "string") return usage(input);
    roadmap = input;
  }
  // A blank form takes the layout of --style (or the unit type), whatever the details file says.
  const form = name === "bieu-don-vi" || name === "danh-sach-can-bo";
  const doc = templateReport(name as TemplateId, undefined, {
    details: form ? { ...details.value, style: o.style } : details.value,
    roadmap,
    charts: false,
  });
  io.out(`${TEMPLATES[name as keyof typeof TEMPLATES].label[o.lang]}\n`);
  const problems = await writeReports(o, io, doc, []);
  return problems.length > 0 ? inputFailure(o, io, problems) : 0;
}

/** The roadmap's base year, baseline and target from --base-year, --baseline, --target (a rate or a profile). */
function roadmapInput(o: Options): RoadmapInput | string {
  const { baseYear = "2021", baseline = "0", target = "KL40_2022_CONG_CHUC" } = o.roadmap;
  const year = Number(baseYear);
  const base = Number(baseline);
  if (!Number.isInteger(year) || year < 1900 || year > 9999)
    return t("badNumber", o.lang, { name: "--base-year", value: baseYear });
  if (!Number.isInteger(base) || base < 0)
    return t("badNumber", o.lang, { name: "--baseline", value: baseline });
  const profile = findTargetProfile(target);
  if (profile) return { baseYear: year, baseline: base, targetRate: profile.rate, profile: profile.id };
  const rate = /%\s*$/.test(target)
    ? Number(target.replace(/[%\s]/g, "").replace(",", ".")) / 100
    : Number(target.replace(",", "."));
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    return t("badNumber", o.lang, { name: "--target", value: target });
  return { baseYear: year, baseline: base, targetRate: rate };
}

function toJson(o: Options, a: Analysis, inputs: Loaded[]) {
  return {
    command: o.command,
    date: a.date,
    inputs: inputsJson(inputs),
    summary: a.summary,
    ...unitsJson(a),
    issues: issuesJson(a.issues, o.lang),
  };
}

function inputsJson(inputs: readonly Loaded[]) {
  return inputs.map((i) => ({
    file: i.file,
    sheet: i.sheet ?? null,
    headerRows: i.table?.headerRows ?? null,
    columns: (i.table?.columns ?? []).map((c) => ({ column: c.letter, header: c.header, field: c.field })),
    inferred: i.table?.inferred ?? null,
  }));
}

/** The units, pooled groups and removed units of an analysis, as --json gives them. */
function unitsJson(a: Analysis) {
  return {
    units: a.units.map((u) => ({
      name: u.name,
      block: u.block ?? null,
      section: u.section ?? null,
      heads: u.heads,
      deputies: u.deputies,
      specialists: u.specialists,
      staff: u.staff,
      quota: u.quota ?? null,
      contract: u.contract,
      unitType: u.unitType,
      cap: u.cap,
      excess: u.excess,
      deadline: u.deadline ?? null,
      rule: u.capInfo
        ? {
            ruleSet: u.capInfo.ruleSet ?? null,
            entered: u.capInfo.entered === true,
            source: u.capInfo.source,
            confidence: u.capInfo.confidence,
            pooled: u.capInfo.pooled === true,
          }
        : null,
      deputyRatio: u.deputyRatio,
      leaderShare: u.leaderShare,
      flags: u.flags,
      mergedFrom: u.mergedFrom,
    })),
    pools: a.pools.map((p) => ({ ...p, deadline: p.deadline ?? null, block: p.block ?? null })),
    removed: a.removed,
  };
}

function printIssues(io: Io, issues: readonly Issue[], lang: Lang): void {
  for (const issue of issues) {
    const message = issueMessage(issue, lang);
    const where = issue.cell && !message.includes(issue.cell) ? ` [${issue.cell}]` : "";
    io.err(`${levelLabel(issue.level, lang)}: ${message}${where}\n`);
  }
}

/** A plain-text table; `align` has one letter per column, "l" or "r" (default: first left, rest right). */
function table(rows: string[][], align = "l"): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 0, [...c].length)));
  return rows
    .map((r) =>
      r
        .map((c, j) => ((align[j] ?? "r") === "l" ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function renderText(o: Options, a: Analysis, inputs: Loaded[]): string {
  const L = o.lang;
  const n = (x: number | null) => (x === null ? "–" : formatNumber(x, 0, L));
  const heading =
    a.mode === "compare" ? "headingCompare" : a.mode === "plan" ? "headingPlan" : "headingCheck";
  const lines: string[] = [t(heading, L)];
  lines.push(
    `${t("source", L)}: ${inputs.map((i) => `${path.basename(i.file)} › ${i.sheet ?? ""}`).join("  →  ")}`,
  );
  const entered = a.units.some((u) => u.capInfo?.entered);
  lines.push(rulesLine(a, L), "");
  const rows = SUMMARY_ROWS.map(({ key, label }) => [label[L], key] as const);
  if (a.mode === "check") {
    lines.push(table([["", t("colCount", L)], ...rows.map(([label, k]) => [label, n(a.summary[k].before)])]));
  } else {
    lines.push(
      table([
        ["", t("colBefore", L), t("colAfter", L), t("colCut", L), t("colRate", L)],
        ...rows.map(([label, k]) => {
          const c = a.summary[k];
          return [label, n(c.before), n(c.after), n(c.cut), formatPercent(c.rate, 2, L)];
        }),
      ]),
    );
  }
  lines.push("");
  const unitRows = a.units.map((u) => [
    u.name,
    n(u.heads),
    n(u.deputies),
    n(u.specialists),
    n(u.staff),
    u.capInfo?.confidence === "unsettled" ? `${n(u.cap)}*` : n(u.cap),
    u.capInfo?.pooled ? t("pooledExcess", L) : n(u.excess),
    u.deadline ? formatDateShort(u.deadline) : "",
    u.flags.map((f) => FLAG_LABELS[f][L]).join("; "),
  ]);
  const header = [
    "colUnit",
    "colHeads",
    "colDeputies",
    "colSpecialists",
    "colStaff",
    "colCap",
    "colExcess",
    "colDeadline",
    "colFlags",
  ] as const;
  lines.push(table([header.map((k) => t(k, L)), ...unitRows], "lrrrrrrll"));
  for (const p of a.pools) {
    const deadline = p.deadline ? t("poolDeadline", L, { date: formatDateShort(p.deadline) }) : "";
    lines.push(
      t("poolLine", L, {
        count: p.units.length,
        average: n(p.average),
        ruleSet: RULE_SETS[p.ruleSet].title[L],
        cap: n(p.cap),
        deputies: n(p.deputies),
        excess: n(p.excess),
        deadline,
      }),
    );
  }
  if (a.units.some((u) => u.capInfo?.confidence === "unsettled" && !u.capInfo.entered)) {
    lines.push(t("unsettledNote", L));
  }
  if (entered) lines.push(t("enteredNote", L));
  if (a.removed.length > 0) {
    lines.push("", `${t("removed", L)}:`);
    for (const r of a.removed) lines.push(`  - ${r.name}${r.into ? ` (${t("into", L)} ${r.into})` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
