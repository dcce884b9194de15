/**
 * The ribbon's one-click commands (ExecuteFunction in manifest.xml), run in the shared runtime: the
 * same page and JavaScript context as the task pane and the custom functions.
 *
 * "Tạo báo cáo nhanh" (`quickReport`) makes the report of the last job the pane remembered with the
 * workbook, from the active sheet (or the two remembered tables of a comparison), and inserts it on a
 * new sheet. It talks to the workbook through the {@link Host} interface only; the only Office.js calls
 * here are `Office.actions.associate` and `Office.addin.showAsTaskpane`, both guarded for pages
 * without Office.
 *
 * When the handler is associated: as soon as this script loads, not after `Office.onReady`. A click on
 * the button before the add-in has run at all makes Office load the runtime page and then call the
 * handler; a handler associated only once the page is ready (and the pane's bootstrap has made its host)
 * may not exist yet when Office calls it, and that first click is lost. Microsoft's sample associates at
 * the top level of the script (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands,
 * "Sample code for function commands"). So the handler exists from the start and waits, inside, for
 * readiness: the pane's bootstrap hands it the Excel host ({@link registerCommands}) from its
 * `Office.onReady` callback, and the click proceeds then. (Excel itself has an open report of a lost
 * first click with a shared runtime, https://github.com/OfficeDev/office-js/issues/5176, also #3378 and
 * #2744: this removes our part of it; whether Excel's part remains can only be seen in Excel.)
 *
 * Load at startup: not used. `Office.addin.setStartupBehavior(Office.StartupBehavior.load)` would make
 * Excel load this page (React, the pane, the engine) every time the workbook opens, stores that choice
 * in the user's workbook, and does nothing for a workbook opened for the first time, where the first
 * click happens ("the add-in won't run the first time a user opens the document",
 * https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open). Associating at load
 * is what makes that click work; the runtime still loads only when the user opens the pane, clicks the
 * button or calculates a TINHGON function.
 */
import { issueMessage } from "../core/messages";
import { readTable } from "../core/read";
import { todayIso } from "../core/format";
import type { Analysis, ColumnMapping, Issue, StaffingTable } from "../core/types";
import { langFromDisplay, type Lang } from "../i18n";
import type { Host, SourceRef } from "../taskpane/host";
import { analyseJob, JOBS, jobReport, tablesNeeded } from "../jobs";
import {
  analyseOptions,
  errorCount,
  isTableJob,
  parseSettings,
  reportBaseName,
  reportInputs,
  savedMapping,
  type PaneSettings,
} from "../taskpane/jobs";
import { t } from "./strings";

/** The ExecuteFunction name of the "Tạo báo cáo nhanh" button (manifest.xml `<FunctionName>`). */
export const QUICK_REPORT = "quickReport";

/** How many read errors a failure message lists before pointing at the pane. */
const MAX_LISTED = 3;

export interface QuickReportResult {
  ok: boolean;
  /** What to tell the user, in the settings' (or Office's) language. */
  message: string;
  /** Where the report went (the new sheet, or the downloaded file), on success. */
  where?: string;
  /** Everything the read, the analysis and the insert reported, for the pane's problem list. */
  issues: Issue[];
}

export interface CommandDeps {
  host: Host;
  /** Shows the outcome to the user: the task pane puts `message` in its message bar. */
  notify: (message: string, result: QuickReportResult) => void;
  /** Today as "YYYY-MM-DD" (the default report date); the local date when absent. */
  today?: () => string;
  /** The Office.js surface used here; `globalThis.Office` when absent. Tests pass a fake. */
  office?: OfficeCommands;
}

/** The event Office passes to an ExecuteFunction handler. */
export interface CommandEvent {
  completed(): void;
}

/** The slice of Office.js the commands use (SharedRuntime 1.1), all optional: Office may be absent. */
export interface OfficeCommands {
  actions?: { associate(name: string, handler: (event: CommandEvent) => unknown): void };
  addin?: { showAsTaskpane(): Promise<void> };
}

function globalOffice(): OfficeCommands | undefined {
  return (globalThis as { Office?: OfficeCommands }).Office;
}

function officeGlobal(deps: CommandDeps): OfficeCommands | undefined {
  return deps.office ?? globalOffice();
}

/**
 * A problem as one line: its message, and its cell when the message does not name it already (an
 * empty sheet has no cell worth naming).
 */
function describe(issue: Issue, lang: Lang): string {
  const message = issueMessage(issue, lang);
  return issue.cell && issue.code !== "empty-grid" && !message.includes(issue.cell)
    ? `${message} (${issue.cell})`
    : message;
}

const failure = (lang: Lang, reason: string, issues: Issue[] = []): QuickReportResult => ({
  ok: false,
  message: `${t("failed", lang)} ${reason}`,
  issues,
});

/** Why the one-click report refuses: the errors (the first few listed) and what to do. */
function refusal(errors: readonly Issue[], lang: Lang): string {
  const listed = errors.slice(0, MAX_LISTED).map((issue) => `• ${describe(issue, lang)}`);
  if (errors.length > MAX_LISTED) listed.push(t("moreProblems", lang, { count: errors.length - MAX_LISTED }));
  return [t("refusedErrors", lang, { count: errors.length }), ...listed, t("refusedHint", lang)].join("\n");
}

interface TableRead {
  table?: StaffingTable;
  sheet?: string;
  issues: Issue[];
  /** Why no report can be made from it, when it cannot. */
  problem?: string;
}

/**
 * Reads one block and its staffing table; errors stop the report, warnings travel with it. `label`
 * names the table in messages when there are two (compare).
 */
async function readOne(
  host: Host,
  source: SourceRef,
  lang: Lang,
  mapping: ColumnMapping | undefined,
  label?: string,
): Promise<TableRead> {
  const named = (text: string) => (label === undefined ? text : `${label}: ${text}`);
  const grid = await host.read(source);
  if (!grid.ok) return { issues: [grid.issue], problem: named(describe(grid.issue, lang)) };
  // The column corrections the user made in the pane on this table, if any.
  const read = readTable(grid.value, mapping ? { mapping } : {});
  const errors = read.issues.filter((issue) => issue.level === "error");
  const [first] = errors;
  // No table at all (empty sheet, no header...): the reason is one issue.
  if (!read.table) return { issues: read.issues, problem: named(first ? describe(first, lang) : "") };
  if (first) {
    const listed = errors.slice(0, MAX_LISTED).map((issue) => `• ${describe(issue, lang)}`);
    if (errors.length > MAX_LISTED)
      listed.push(t("moreProblems", lang, { count: errors.length - MAX_LISTED }));
    const table = label ?? t("tableActive", lang);
    const head =
      errors.length === 1
        ? t("tableProblem", lang, { table })
        : t("tableProblems", lang, { table, count: errors.length });
    return { issues: read.issues, problem: [head, ...listed].join("\n") };
  }
  return { table: read.table, sheet: grid.value.sheet, issues: read.issues };
}

/**
 * The one-click report: the last settings' job on the active sheet (compare: on the two remembered
 * tables), inserted on a new sheet. Never throws and never writes a source sheet; the result says
 * what happened, or why nothing was done, in the user's language.
 */
export async function quickReport(deps: CommandDeps): Promise<QuickReportResult> {
  const { host } = deps;
  const today = deps.today?.() ?? todayIso(new Date());
  let lang: Lang = langFromDisplay(host.displayLanguage);
  try {
    const settings: PaneSettings = parseSettings(await host.loadSettings(), today);
    lang = settings.lang ?? lang;
    const job = settings.job;
    // The forms of a consolidation are files picked in the pane: one click cannot pick them.
    if (!isTableJob(job)) return failure(lang, t("consolidateInPane", lang));
    const issues: Issue[] = [];
    const sourceSheets: string[] = [];
    let fileName: string | undefined;
    let analysis: Analysis | undefined;

    if (tablesNeeded(job) > 0) {
      const sources = await host.sources();
      if (!sources.ok) return failure(lang, describe(sources.issue, lang), [sources.issue]);
      fileName = sources.value.fileName;
      const tables: { before?: StaffingTable; after?: StaffingTable } = {};
      if (job === "compare") {
        if (!settings.before || !settings.after) return failure(lang, t("compareNeedsTables", lang));
        const { before: b, after: a } = settings;
        const before = await readOne(
          host,
          b,
          lang,
          savedMapping(settings, "before", b),
          t("tableBefore", lang),
        );
        const after = await readOne(host, a, lang, savedMapping(settings, "after", a), t("tableAfter", lang));
        issues.push(...before.issues, ...after.issues);
        const problems = [before.problem, after.problem].filter((p): p is string => p !== undefined);
        if (problems.length > 0) return failure(lang, problems.join("\n"), issues);
        tables.before = before.table;
        tables.after = after.table;
        sourceSheets.push(...[before.sheet, after.sheet].filter((s): s is string => s !== undefined));
      } else {
        const sheet = sources.value.activeSheet;
        if (!sheet) return failure(lang, t("noActiveSheet", lang));
        const active: SourceRef = { kind: "sheet", sheet };
        const read = await readOne(host, active, lang, savedMapping(settings, "before", active));
        issues.push(...read.issues);
        if (read.problem !== undefined) return failure(lang, read.problem, issues);
        tables.before = read.table;
        sourceSheets.push(sheet);
      }
      // The read issues travel in the analysis, so that the report knows of every error behind it.
      const analysed = analyseJob(job, tables, analyseOptions(settings), issues);
      if (!analysed.ok) return failure(lang, describe(analysed.issue, lang), [...issues, analysed.issue]);
      analysis = analysed.value;
      issues.splice(0, issues.length, ...analysis.issues);
      // Never a confident report over errors (a merge cycle, a plan without a merge column, a table
      // compared with itself...): one click does not insist. The pane opens with the reason, and
      // there the user can still make the report, which then says it was made with them.
      const errors = analysis.issues.filter((issue) => issue.level === "error");
      if (errors.length > 0) return failure(lang, refusal(errors, lang), issues);
    }

    const doc = jobReport(job, analysis, reportInputs(settings, true));
    const inserted = await host.insertReport(doc, {
      sourceSheets: [...new Set(sourceSheets)],
      baseName: reportBaseName(JOBS[job].template, fileName),
    });
    if (!inserted.ok) {
      const reason = t("notInserted", lang, { reason: describe(inserted.issue, lang) });
      return failure(lang, reason, [...issues, inserted.issue]);
    }
    const where = inserted.value.where;
    const lines = [t(host.kind === "excel" ? "inserted" : "downloaded", lang, { where })];
    const notes = issues.filter((issue) => issue.level !== "info").length - errorCount(issues);
    if (notes > 0) lines.push(t("warnings", lang, { count: notes }));
    return { ok: true, message: lines.join(" "), where, issues };
  } catch (err) {
    // Hosts return problems as values; this guards the promise that a ribbon click never throws.
    const reason = err instanceof Error ? err.message : String(err);
    return failure(lang, t("unexpected", lang, { reason }));
  }
}

let running = false;

/**
 * The ExecuteFunction handler of "Tạo báo cáo nhanh": runs {@link quickReport}, hands its message to
 * `notify`, opens the task pane when it failed (so that the user sees why), and always tells Office
 * the command is done (`event.completed()`), whatever happens.
 */
export async function onQuickReport(
  deps: CommandDeps,
  event: CommandEvent,
): Promise<QuickReportResult | undefined> {
  if (running) {
    const message = t("busy", langFromDisplay(deps.host.displayLanguage));
    safely(() => deps.notify(message, { ok: false, message, issues: [] }));
    event.completed();
    return undefined;
  }
  running = true;
  try {
    const result = await quickReport(deps);
    safely(() => deps.notify(result.message, result));
    if (!result.ok) await showTaskpane(deps);
    return result;
  } finally {
    running = false;
    event.completed();
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // A broken message bar must not keep Office waiting for the command to complete.
  }
}

async function showTaskpane(deps: CommandDeps): Promise<void> {
  await showPane(officeGlobal(deps));
}

async function showPane(office: OfficeCommands | undefined): Promise<void> {
  try {
    await office?.addin?.showAsTaskpane();
  } catch {
    // Not supported here (no SharedRuntime 1.1): the message was given to notify anyway.
  }
}

// ---------------------------------------------------------------------------------------------
// Association with Office: at load, with the handler waiting for the pane's bootstrap.

/**
 * How long a click waits for the pane's bootstrap to register its host. The bootstrap registers as soon
 * as `Office.onReady` resolves; this only bounds the case where it never does (not in Excel, Office never
 * ready), so that Office is always told the command completed.
 */
export const READY_TIMEOUT_MS = 30_000;

/** The Office object the handler is associated with, and what the bootstrap registered for it. */
const associated = new WeakMap<OfficeCommands, { deps?: CommandDeps; waiting: (() => void)[] }>();

/**
 * Associates the ribbon's ExecuteFunction handlers with Office, once per Office object. The handler
 * waits for {@link registerCommands} (the bootstrap, once Office is ready), then runs
 * {@link onQuickReport}. Runs when this module loads (below); returns false where Office.js is absent
 * (browser mode, tests).
 */
export function associateCommands(office: OfficeCommands | undefined = globalOffice()): boolean {
  const actions = office?.actions;
  if (!office || !actions || typeof actions.associate !== "function") return false;
  if (associated.has(office)) return true;
  associated.set(office, { waiting: [] });
  actions.associate(QUICK_REPORT, (event) => onClickWhenReady(office, event));
  return true;
}

/** The ExecuteFunction handler as associated: waits for the bootstrap's host, then makes the report. */
async function onClickWhenReady(
  office: OfficeCommands,
  event: CommandEvent,
): Promise<QuickReportResult | undefined> {
  const deps = await registered(office);
  if (deps) return onQuickReport(deps, event);
  // Office never became ready, or this page is not in Excel: show the pane (which says why, if
  // anything) and tell Office the command is done, so that the next click is not queued behind it.
  await showPane(office);
  event.completed();
  return undefined;
}

/** What the bootstrap registered for this Office object, once it has; undefined after the time limit. */
function registered(office: OfficeCommands): Promise<CommandDeps | undefined> {
  const state = associated.get(office);
  if (!state) return Promise.resolve(undefined);
  if (state.deps) return Promise.resolve(state.deps);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve(state.deps);
    };
    const timer = setTimeout(() => {
      state.waiting.splice(state.waiting.indexOf(done), 1);
      resolve(state.deps);
    }, READY_TIMEOUT_MS);
    state.waiting.push(done);
  });
}

/**
 * Hands the ribbon handlers their host and message bar: the task pane's bootstrap calls it once, in Excel
 * (after `Office.onReady`, when it has made the Excel host). A click made before that waits for it. The
 * association itself happened when this module loaded; this associates too if it had not (an Office
 * object given in `deps`, or one that appeared later). Returns false where Office.js is absent
 * (browser mode, tests), and registers nothing then.
 */
export function registerCommands(deps: CommandDeps): boolean {
  const office = officeGlobal(deps);
  if (!associateCommands(office)) return false;
  const state = associated.get(office as OfficeCommands);
  if (!state) return false;
  state.deps = deps;
  for (const wake of state.waiting.splice(0)) wake();
  return true;
}

// When the script loads: associate at once, so that the click that loaded the runtime is not lost.
associateCommands();
