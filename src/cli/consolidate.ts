/**
 * `tinhgon consolidate FILES… | FOLDER`: the forms returned by many agencies, read one at a time
 * (only the units and the analysis of each are kept, never the grids), each checked under the
 * rules of its own agency, then one table of agencies and the grand total. The agencies whose
 * figures could not be taken are named first; the consolidation is then incomplete (exit 1).
 */
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { AnalyseOptions } from "../core/analyse";
import {
  consolidate,
  type AgencyReturn,
  type Consolidation,
  type ReturnInput,
} from "../core/analyse/consolidate";
import { formatDateShort, formatNumber, parseIsoDate, todayIso } from "../core/format";
import { issueMessage, levelLabel, type Lang } from "../core/messages";
import { PARTY_UNIT_TYPES, parseProvinceClass, RULE_SETS } from "../core/rules";
import type { Issue } from "../core/types";
import { errorCode, openWorkbookBytes } from "../hosts/xlsx/open";
import { reportFormat } from "../hosts/xlsx/saveReport";
import { consolidatedAnalysis, consolidatedReport } from "../jobs/consolidate";
import { returnFromWorkbook, type ReturnRead } from "../jobs/returns";
import { parseDetails, type ReportStyle } from "../reports";
import { withSources, type SourceInput } from "../reports/sources";
import type { Io } from "./main";
import { issuesJson, saveAll, version } from "./output";
import { t } from "./strings";

/**
 * The files a folder holds for consolidation: spreadsheets, never Excel's "~$" lock files. An .xls
 * or .ods return is listed too: it cannot be read, and its agency must be named as missing, never
 * left out in silence.
 */
const INPUT_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv", ".xls", ".ods"]);

class UsageError extends Error {}

interface ConsolidateArgs {
  files: string[];
  sheet?: string;
  json: boolean;
  useLater: boolean;
  lang: Lang;
  analyse: AnalyseOptions;
  /** The -o files: the consolidated deputy review, Excel or Word by the extension. */
  outputs: string[];
  force: boolean;
  style?: ReportStyle;
  details?: string;
}

function parse(argv: string[], io: Io): ConsolidateArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      sheet: { type: "string" },
      json: { type: "boolean" },
      "use-later": { type: "boolean" },
      date: { type: "string" },
      "province-class": { type: "string" },
      output: { type: "string", short: "o", multiple: true },
      force: { type: "boolean" },
      style: { type: "string" },
      details: { type: "string" },
      lang: { type: "string" },
    },
  });
  const lang = values.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new UsageError(t("badLang", "vi"));
  let date = todayIso(io.now);
  if (values.date !== undefined) {
    const parsed = parseIsoDate(values.date);
    if (!parsed) throw new UsageError(t("badDate", lang, { value: values.date }));
    date = parsed;
  }
  const analyse: AnalyseOptions = { date };
  if (values["province-class"] !== undefined) {
    const provinceClass = parseProvinceClass(values["province-class"]);
    if (!provinceClass) throw new UsageError(t("badClass", lang, { value: values["province-class"] }));
    analyse.provinceClass = provinceClass;
  }
  const outputs = values.output ?? [];
  const badOutput = outputs.find((file) => !reportFormat(file));
  if (badOutput !== undefined) throw new UsageError(t("badOutput", lang, { value: badOutput }));
  if (values.style !== undefined && values.style !== "party" && values.style !== "state")
    throw new UsageError(t("badStyle", lang));
  const files = expand(positionals, io.cwd);
  if (files.length === 0) throw new UsageError(t("noInputFiles", lang));
  return {
    files,
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    json: values.json ?? false,
    useLater: values["use-later"] ?? false,
    lang,
    analyse,
    outputs,
    force: values.force ?? false,
    ...(values.style !== undefined ? { style: values.style as ReportStyle } : {}),
    ...(values.details !== undefined ? { details: values.details } : {}),
  };
}

/** Folders expand to their spreadsheets sorted by name; files stay as given (read later, or reported). */
export function expand(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let folder = false;
    try {
      folder = statSync(full).isDirectory();
    } catch {
      folder = false;
    }
    if (!folder) {
      out.push(arg);
      continue;
    }
    const names = readdirSync(full)
      .filter((n) => !n.startsWith("~$") && INPUT_EXTENSIONS.has(path.extname(n).toLowerCase()))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const n of names) out.push(path.join(arg, n));
  }
  return out;
}

/** Read one file: its table (the named sheet, or the first sheet holding units) and checked figures. */
async function readReturn(file: string, a: ConsolidateArgs, io: Io): Promise<ReturnRead> {
  const full = path.resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (err) {
    const code = errorCode(err);
    const issue: Issue =
      code === "ENOENT" || code === "ENOTDIR"
        ? { level: "error", code: "file-not-found", params: { file } }
        : code === "EBUSY"
          ? { level: "error", code: "file-locked", params: { file } }
          : { level: "error", code: "file-read-failed", params: { file, reason: code ?? "?" } };
    return { file, issues: [issue] };
  }
  const hash = createHash("sha256").update(bytes).digest("hex");
  const opened = await openWorkbookBytes(bytes, file);
  if (!opened.ok) return { file, hash, issues: [opened.issue] };
  return returnFromWorkbook(
    file,
    opened.value,
    {
      ...(a.sheet !== undefined ? { sheet: a.sheet } : {}),
      analyse: a.analyse,
      sources: a.outputs.length > 0,
    },
    hash,
  );
}

/** "[#####-----] Đang đọc 12/30: so-y-te.xlsx", on one terminal line. */
function progressLine(n: number, total: number, file: string, lang: Lang): string {
  const width = 20;
  const done = Math.round((n / total) * width);
  const bar = `[${"#".repeat(done)}${"-".repeat(width - done)}]`;
  const line = `${bar} ${t("consolidateProgress", lang, { n, total, file: path.basename(file) })}`;
  return line.length > 79 ? `${line.slice(0, 78)}…` : line.padEnd(79);
}

/** Options of consolidate that take a value (the command may follow them). */
const VALUED = new Set([
  "--sheet",
  "--date",
  "--province-class",
  "-o",
  "--output",
  "--lang",
  "--style",
  "--details",
]);

/** Whether the command of `argv` is consolidate (the first word that is not an option or its value). */
export function isConsolidate(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return argv[i + 1] === "consolidate";
    if (arg.startsWith("-")) {
      if (VALUED.has(arg)) i++;
      continue;
    }
    return arg === "consolidate";
  }
  return false;
}

/** `tinhgon consolidate …` (argv without the command): 0 complete, 1 incomplete, 2 usage. */
export async function runConsolidate(argv: string[], io: Io): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    const lang: Lang = argv.includes("en") ? "en" : "vi";
    io.out(`${t("usage", lang, { rules: Object.keys(RULE_SETS).join(", ") })}\n`);
    return 0;
  }
  let a: ConsolidateArgs;
  try {
    a = parse(argv, io);
  } catch (err) {
    const lang: Lang = argv.includes("en") && argv.includes("--lang") ? "en" : "vi";
    const detail = err instanceof Error ? err.message : String(err);
    io.err(`${t("badUsage", lang, { detail })}\n`);
    return 2;
  }
  const progress = io.isTTY === true && !a.json;
  const inputs: ReturnInput[] = [];
  const sources = new Map<string, SourceInput>();
  for (const [index, file] of a.files.entries()) {
    if (progress) io.err(`\r${progressLine(index + 1, a.files.length, file, a.lang)}`);
    const { source, ...input } = await readReturn(file, a, io);
    inputs.push(input);
    if (source) sources.set(file, source);
  }
  if (progress) io.err(`\r${" ".repeat(79)}\r`);
  const result = consolidate(inputs, { useLater: a.useLater });
  if (a.json) io.out(`${JSON.stringify(consolidationJson(result, a), null, 2)}\n`);
  else {
    io.out(consolidationText(result, a));
    printIssues(io, result, a.lang);
  }
  if (a.outputs.length > 0) {
    if (!result.complete && !a.force) {
      io.err(`${t("consolidateWithheld", a.lang, { file: a.outputs.join(", ") })}\n`);
      return 1;
    }
    const problems = await writeConsolidated(result, a, io, sources);
    for (const p of problems) io.err(`${levelLabel(p.level, a.lang)}: ${issueMessage(p, a.lang)}\n`);
    if (problems.length > 0) return 1;
  }
  return result.complete ? 0 : 1;
}

/**
 * The consolidated deputy review: every unit of every agency counted, under its agency (block) and
 * its agency's rules; an incomplete one (only with --force) says so in its subject line.
 */
async function writeConsolidated(
  c: Consolidation,
  a: ConsolidateArgs,
  io: Io,
  sources: ReadonlyMap<string, SourceInput>,
): Promise<Issue[]> {
  const analysis = consolidatedAnalysis(c, a.analyse);
  const party = analysis.units.filter((u) => PARTY_UNIT_TYPES.has(u.unitType)).length;
  const style: ReportStyle = a.style ?? (party * 2 > analysis.units.length ? "party" : "state");
  let raw: Record<string, unknown> = {};
  if (a.details !== undefined) {
    try {
      raw = JSON.parse(await readFile(path.resolve(io.cwd, a.details), "utf8")) as Record<string, unknown>;
    } catch {
      return [
        {
          level: "error",
          code: "invalid-value",
          params: { name: "--details", value: a.details, expected: "JSON" },
        },
      ];
    }
  }
  const details = parseDetails(raw, style, a.analyse.date);
  if (!details.ok) return [details.issue];
  const made = consolidatedReport(c, analysis, details.value);
  const counted = c.agencies.filter((g) => g.counted);
  const doc = withSources(made, {
    version: version(),
    inputs: counted.flatMap((g) => sources.get(g.file) ?? []),
    analyses: [analysis],
  });
  return saveAll(doc, io, { ...a, inputs: counted.map((g) => g.file) });
}

function consolidationJson(c: Consolidation, a: ConsolidateArgs) {
  return {
    command: "consolidate",
    date: a.analyse.date,
    complete: c.complete,
    agencies: c.agencies.map((g) => ({
      file: g.file,
      sheet: g.sheet ?? null,
      agency: g.agency,
      agencyCell: g.agencyCell ?? null,
      agencyFrom: g.agencyFrom,
      status: g.status,
      counted: g.counted,
      supersededBy: g.supersededBy ?? null,
      units: g.units,
      heads: g.heads,
      deputies: g.deputies,
      staff: g.staff,
      excess: g.excess,
      issues: issuesJson(g.issues, a.lang),
    })),
    summary: c.summary,
    excess: c.totals.excess,
    missing: c.missing.map((m) => ({
      agency: m.agency,
      file: m.file,
      why: m.why,
      cell: m.issue?.cell ?? null,
      message: m.issue ? issueMessage(m.issue, a.lang) : null,
    })),
    duplicates: c.duplicates,
  };
}

/** "so-y-te.xlsx › Biểu 1", the file and sheet an agency's figures come from. */
function where(g: AgencyReturn): string {
  return g.sheet !== undefined ? `${path.basename(g.file)} › ${g.sheet}` : path.basename(g.file);
}

function statusText(g: AgencyReturn, lang: Lang): string {
  if (g.supersededBy !== undefined)
    return t("statusSuperseded", lang, { file: path.basename(g.supersededBy) });
  if (g.status === "not-read") {
    const reason = g.reason ? `: ${issueMessage(g.reason, lang)}${cellOf(g.reason, lang)}` : "";
    return `${t("statusNotRead", lang)}${reason}`;
  }
  const first = g.disagreements[0];
  if (first)
    return t("statusDisagrees", lang, { message: `${issueMessage(first, lang)}${cellOf(first, lang)}` });
  return t(g.status === "read" ? "statusRead" : "statusWarnings", lang);
}

function cellOf(issue: Issue, lang: Lang): string {
  return issue.cell && !issueMessage(issue, lang).includes(issue.cell) ? ` [${issue.cell}]` : "";
}

function consolidationText(c: Consolidation, a: ConsolidateArgs): string {
  const L = a.lang;
  const n = (x: number) => formatNumber(x, 0, L);
  const lines: string[] = [];
  if (c.missing.length > 0) {
    const list = c.missing
      .map((m) => `${m.agency} (${t(m.why === "not-read" ? "missingNotRead" : "missingDisagrees", L)})`)
      .join("; ");
    lines.push(t("consolidateMissing", L, { list }), "");
  }
  lines.push(
    t("headingConsolidate", L),
    `${t("rulesLine", L, { date: formatDateShort(a.analyse.date) })}`,
    "",
  );
  lines.push(t("consolidateFiles", L, { count: c.agencies.length }));
  for (const g of c.agencies) {
    const mark = g.counted ? "✓" : g.supersededBy !== undefined ? "–" : "✗";
    const from = g.agencyFrom === "file" ? ` (${t("agencyFromFile", L)})` : "";
    lines.push(`  ${mark} ${where(g)}: ${g.agency}${from} — ${statusText(g, L)}`);
  }
  for (const d of c.duplicates) {
    const params = {
      agency: d.agency,
      first: path.basename(d.files[0]),
      later: path.basename(d.files[1]),
      used: path.basename(d.used),
    };
    lines.push(t(d.kind === "agency" ? "duplicateAgency" : "duplicateContent", L, params));
  }
  if (c.duplicates.some((d) => !d.resolved)) lines.push(t("duplicateHint", L));
  lines.push("");
  const rows = c.agencies
    .filter((g) => g.supersededBy === undefined)
    .map((g) =>
      g.counted
        ? [g.agency, n(g.units), n(g.heads), n(g.deputies), n(g.excess), n(g.staff)]
        : [g.agency, "–", "–", "–", "–", "–"],
    );
  const counted = c.agencies.filter((g) => g.counted).length;
  const total = c.totals;
  lines.push(
    table([
      ["colAgency", "colUnits", "colHeads", "colDeputies", "colExcess", "colStaff"].map((k) =>
        t(k as Parameters<typeof t>[0], L),
      ),
      ...rows,
      [
        t("consolidateTotal", L, { count: counted }),
        n(total.units),
        n(total.heads),
        n(total.deputies),
        n(total.excess),
        n(total.staff),
      ],
    ]),
    "",
  );
  if (c.missing.length > 0) lines.push(t("consolidateIncomplete", L, { count: c.missing.length }));
  else if (!c.complete) lines.push(t("consolidateUnresolved", L));
  else lines.push(t("consolidateComplete", L, { count: counted }));
  return `${lines.join("\n")}\n`;
}

/** Each file's errors and warnings on stderr, named by file (the cell names the sheet). */
function printIssues(io: Io, c: Consolidation, lang: Lang): void {
  for (const g of c.agencies) {
    for (const issue of g.issues) {
      if (issue.level === "info") continue;
      io.err(
        `${levelLabel(issue.level, lang)}: ${path.basename(g.file)}: ${issueMessage(issue, lang)}${cellOf(issue, lang)}\n`,
      );
    }
  }
}

/** A plain-text table: the first column left, the rest right. */
function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 0, [...c].length)));
  return rows
    .map((r) =>
      r
        .map((c, j) => (j === 0 ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
