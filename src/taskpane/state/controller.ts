/**
 * The task pane's state and everything it does, without React: open a file, pick and read tables,
 * correct the column mapping, analyse, remember settings, insert reports. Components render
 * {@link PaneState} and call the controller's actions; jest drives the same actions over a memory
 * host. Every host call is awaited with the pane marked busy; errors become messages, never throws.
 */
import { analyseJob, JOBS, jobReport, templateReport } from "../../jobs";
import {
  analyseOptions,
  isTableJob,
  parseSettings,
  reportBaseName,
  reportInputs,
  savedMapping,
} from "../jobs";
import type { JobKind, PaneSettings } from "../jobs";
import type { FileSlot, Host, Progress, SourceList, SourceRef } from "../host";
import type { Notice, NoticeIntent } from "../notify";
import { readTable } from "../../core/read";
import { applyOverride } from "../../core/read/header";
import { todayIso } from "../../core/format";
import type { Lang } from "../../core/messages";
import type {
  Analysis,
  ReadResult,
  ColumnInfo,
  ColumnMapping,
  Field,
  Grid,
  Issue,
  StaffingTable,
} from "../../core/types";
import {
  excessRoadmap,
  TEMPLATES,
  type ReportDetails,
  type ReportDoc,
  type ReportFormat,
  type TemplateId,
} from "../../reports";
import { propose, type ProposeResult } from "../../core/analyse/propose";
import type { ExcessPlan } from "../../core/analyse/excessPlan";
import { excessPlanOf } from "../../jobs/excess";
import { proposalAnalyses, proposalsReport } from "../../jobs/propose";
import { sourceInputOf, withSources } from "../../reports/sources";
import { consolidatedReport } from "../../jobs/consolidate";
import type { ReturnRead } from "../../jobs/returns";
import { langFromDisplay } from "../../i18n";
import type { AppKey } from "../../i18n/app";
import {
  afterFileSource,
  fixSources,
  listIssues,
  nextMapping,
  profilesOf,
  sameSource,
  sidesOf,
  throttleProgress,
  unitCount,
  type ListedIssue,
  type Profiles,
  type Side,
  type SourceContext,
} from "./logic";
import {
  consolidationOf,
  consolidationOptions,
  gapsOf,
  isStale as consolidationStale,
  type ConsolidationState,
  type PickedFile,
} from "./consolidation";

/** The report a consolidation makes (the consolidated deputy review). */
export const CONSOLIDATED_TEMPLATE: TemplateId = "tong-hop-ra-soat-cap-pho";

/** One table the pane reads: what was read, as detected and as corrected by the user. */
export interface SideState {
  /** The source the grid came from (compared with the settings to tell a stale read). */
  readFrom?: SourceRef;
  grid?: Grid;
  /** Columns as the reader detected them, before any correction. */
  detected?: ColumnInfo[];
  /** The header row found by the first read: kept when re-reading with a corrected mapping. */
  headerRow?: number;
  /** The user's corrections, as given to the reader. */
  userMapping: ColumnMapping;
  /** Columns as shown: the table's, or the detected ones with the corrections when no table came out. */
  columns: ColumnInfo[];
  table?: StaffingTable;
  /** Problems of reading this side (the host's failure, or the reader's issues). */
  issues: Issue[];
}

export type Task = "load" | "open" | "read" | "parse" | "insert" | "consolidate";

export interface Busy {
  task: Task;
  /** Steps done of `total`; total 0: not known yet (an indeterminate bar). */
  done: number;
  total: number;
  /** What is being worked on, shown in the label: a file or sheet name. */
  subject?: string;
}

export type MessageParam = string | number | { key: AppKey };

/** A message for the message bar: one of the pane's strings, an issue, or text from elsewhere. */
export interface PaneMessage {
  /** Increases with every message, so that the same text shown twice is announced twice. */
  id: number;
  intent: NoticeIntent;
  key?: AppKey;
  /** Placeholder values; `{ key }` ones are pane strings translated when shown. */
  params?: Record<string, MessageParam>;
  issue?: Issue;
  text?: string;
  /** Lines under the message (what a host left out of a report), shown as they are. */
  notes?: string[];
}

/** A report that waits for the user to say "make it anyway": it would be made over errors. */
export interface PendingReport {
  /** The job's report (the primary button), or a template of the gallery. */
  template: TemplateId;
  fromGallery: boolean;
  /** Errors listed when it was asked for; the report says it was made with them. */
  errors: number;
  /** The job's report as a Word file ("Tải bản Word") rather than inserted or as .xlsx. */
  format?: ReportFormat;
  /** The analysis it was asked for: confirming after anything changed asks again. */
  analysis?: Analysis;
}

/** The message after a report made over errors or gaps: its keys (Excel, download) and values. */
interface DeliveryWarning {
  excel: AppKey;
  file: AppKey;
  params: Record<string, MessageParam>;
}

/** Where keyboard focus goes after something finished: to its result, never to the top of the page. */
export type FocusTarget = "preview" | "message" | "confirm" | "insert";

export interface PaneState {
  ready: boolean;
  lang: Lang;
  settings: PaneSettings;
  /** Sheets and tables on offer; absent until a file is open (File host). */
  sources?: SourceList;
  fileName?: string;
  /** File host: the second file a comparison reads its "after" table from, when one is open. */
  afterSources?: SourceList;
  afterFileName?: string;
  /** What the first rows of each sheet hold, by sheet name (main file; second file). */
  profiles?: Profiles;
  afterProfiles?: Profiles;
  /** The report asked for waits for a confirmation (errors are listed). */
  confirm?: PendingReport;
  /** A request to move keyboard focus; `id` increases with every request. */
  focus?: { target: FocusTarget; id: number };
  before: SideState;
  after: SideState;
  /** The analysis of the current job over the tables read, when they allow one. */
  analysis?: Analysis;
  /** Why there is no analysis although the tables were read. */
  analysisIssue?: Issue;
  /**
   * Mergers that meet the rules (core's propose), when the job reviews a table with units below the
   * minimum size: shown under the preview, and made into "So sánh các phương án" on request.
   */
  proposals?: ProposeResult;
  /**
   * The excess deputies by name, year by year (core's excessPlan), when the job reviews a roster
   * with birth dates and sex, some units have excess deputies and the decision date is given.
   */
  excessPlan?: ExcessPlan;
  /** The consolidation job: the forms the user picked, as read, and their consolidation. */
  consolidation?: ConsolidationState;
  busy?: Busy;
  message?: PaneMessage;
  /** Problems reported from outside the pane (the ribbon's quick report), until the next read. */
  externalIssues?: Issue[];
}

export interface ControllerOptions {
  /** ISO date used for defaults (report date). */
  today?: string;
  /** Resolves once the browser has painted, before heavy synchronous work. */
  nextFrame?: () => Promise<void>;
  /** Settings are saved this long after the last change (ms). */
  saveDelayMs?: number;
}

const emptySide = (): SideState => ({ userMapping: {}, columns: [], issues: [] });

/** Resolves after the next paint (or 50 ms when the page is hidden and frames do not come). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50);
  });
}

/** Tinh Gọn's version, as the "Nguồn số liệu" sheet gives it (webpack's DefinePlugin sets it). */
const VERSION = typeof __TINHGON_VERSION__ === "string" ? __TINHGON_VERSION__ : "dev";

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/** The problems to list: the file's, each side's read, the analysis's. */
export function paneProblems(state: PaneState): ListedIssue[] {
  const groups: { issues: readonly Issue[]; side?: Side }[] = [];
  if (state.sources) groups.push({ issues: state.sources.issues });
  if (state.afterSources && state.settings.job === "compare")
    groups.push({ issues: state.afterSources.issues });
  if (state.externalIssues) groups.push({ issues: state.externalIssues });
  const sides = sidesOf(state.settings.job);
  for (const side of sides)
    groups.push({ issues: state[side].issues, ...(sides.length === 2 ? { side } : {}) });
  if (state.analysis) groups.push({ issues: state.analysis.issues });
  if (state.analysisIssue) groups.push({ issues: [state.analysisIssue] });
  return listIssues(groups);
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private readonly today: string;
  private readonly frame: () => Promise<void>;
  private readonly saveDelay: number;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private savePending = false;
  private messageId = 0;
  private focusId = 0;
  private analysisKey = "";
  private disposed = false;

  constructor(
    private readonly host: Host,
    options: ControllerOptions = {},
  ) {
    this.today = options.today ?? todayIso(new Date());
    this.frame = options.nextFrame ?? nextFrame;
    this.saveDelay = options.saveDelayMs ?? 600;
    const settings = parseSettings(undefined, this.today);
    this.state = {
      ready: false,
      lang: langFromDisplay(host.displayLanguage),
      settings,
      before: emptySide(),
      after: emptySide(),
    };
  }

  // ---- store ---------------------------------------------------------------------------------

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private set(patch: Partial<PaneState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  get hostKind(): "excel" | "file" {
    return this.host.kind;
  }

  /** Whether the host can pick cells (the File host cannot). */
  get canSelect(): boolean {
    return this.host.kind === "excel";
  }

  get needsFile(): boolean {
    return this.host.kind === "file" && typeof this.host.openFile === "function";
  }

  // ---- messages ------------------------------------------------------------------------------

  private say(message: Omit<PaneMessage, "id">, focus?: FocusTarget): void {
    this.set({
      message: { ...message, id: ++this.messageId },
      ...(focus ? { focus: { target: focus, id: ++this.focusId } } : {}),
    });
  }

  private focusOn(target: FocusTarget): void {
    this.set({ focus: { target, id: ++this.focusId } });
  }

  private sayIssue(
    issue: Issue,
    intent: NoticeIntent = issue.level === "error" ? "error" : "warning",
    focus?: FocusTarget,
  ): void {
    this.say({ intent, issue }, focus);
  }

  private sayUnexpected(err: unknown): void {
    this.say({ intent: "error", key: "unexpected", params: { reason: reasonOf(err) } }, "message");
  }

  /** A message from outside the pane (the ribbon command). */
  notice(notice: Notice): void {
    const intent = notice.intent ?? "info";
    if (notice.issues && notice.issues.length > 0) this.set({ externalIssues: [...notice.issues] });
    if (notice.issue) this.say({ intent, issue: notice.issue });
    else this.say({ intent, text: notice.text ?? "" });
  }

  dismissMessage(): void {
    this.set({ message: undefined, confirm: undefined });
  }

  // ---- settings ------------------------------------------------------------------------------

  private setSettings(settings: PaneSettings, save = true, tablesChanged = false): void {
    this.set({ settings });
    this.reanalyse(tablesChanged);
    if (save) this.scheduleSave();
  }

  private scheduleSave(): void {
    this.savePending = true;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.flushSettings();
    }, this.saveDelay);
  }

  /** Save now what is waiting to be saved (before a report, and when the pane goes away). */
  async flushSettings(): Promise<void> {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.savePending) return;
    this.savePending = false;
    try {
      await this.host.saveSettings(JSON.parse(JSON.stringify(this.state.settings)));
    } catch {
      // Settings are a convenience: a failure to save them must not stop the user's work.
    }
  }

  dispose(): void {
    void this.flushSettings();
    this.disposed = true;
    this.listeners.clear();
  }

  setLang(lang: Lang): void {
    this.set({ lang });
    this.setSettings({ ...this.state.settings, lang });
  }

  /** What fixSources needs to know besides the main file's sheets. */
  private sourceContext(patch: Partial<PaneState> = {}): SourceContext {
    const state = { ...this.state, ...patch };
    return { after: state.afterSources, profiles: state.profiles, afterProfiles: state.afterProfiles };
  }

  /** Another job: what was said about the last one no longer applies. */
  setJob(job: JobKind): void {
    if (job === this.state.settings.job) return;
    const settings = fixSources(
      { ...this.state.settings, job },
      this.host.kind,
      this.state.sources,
      this.sourceContext(),
    );
    this.set({ message: undefined, confirm: undefined });
    this.setSettings(settings);
  }

  setSource(side: Side, ref: SourceRef): void {
    const settings: PaneSettings = { ...this.state.settings, [side]: ref };
    // Column corrections belong to the table they were made on.
    if (!sameSource(this.state.settings[side], ref)) settings.mappings = withMapping(settings, side, {});
    // A new source makes what was read from the old one meaningless: the preview must match it.
    const changed = !sameSource(this.state[side].readFrom, ref);
    if (changed) this.set({ [side]: emptySide(), confirm: undefined });
    this.setSettings(settings, true, changed);
  }

  /** Unit type, rule set, province class, decision date, roadmap. */
  updateSettings(patch: Partial<Omit<PaneSettings, "job" | "before" | "after" | "details" | "lang">>): void {
    const settings: PaneSettings = { ...this.state.settings, ...patch };
    for (const key of Object.keys(patch) as (keyof typeof patch)[]) {
      if (patch[key] === undefined) delete settings[key];
    }
    this.setSettings(settings);
  }

  setDetails(details: ReportDetails): void {
    this.setSettings({ ...this.state.settings, details });
  }

  // ---- loading -------------------------------------------------------------------------------

  private initialising?: Promise<void>;

  /** Load the settings and the sources once (later calls wait for the first). */
  init(): Promise<void> {
    this.initialising ??= this.load();
    return this.initialising;
  }

  private async load(): Promise<void> {
    this.set({ busy: { task: "load", done: 0, total: 0 } });
    let raw: unknown;
    try {
      raw = await this.host.loadSettings();
    } catch {
      raw = undefined;
    }
    const stored = parseSettings(raw, this.today);
    const lang = stored.lang ?? langFromDisplay(this.host.displayLanguage);
    let sources: SourceList | undefined;
    let fileName: string | undefined;
    let profiles: Profiles | undefined;
    if (!this.needsFile) {
      try {
        const listed = await this.host.sources();
        if (listed.ok) {
          sources = listed.value;
          fileName = listed.value.fileName;
          // One round trip for every sheet's header corner: any job's default can then be chosen.
          profiles = await this.peek(listed.value.sheets);
        } else this.sayIssue(listed.issue);
      } catch (err) {
        this.sayUnexpected(err);
      }
    }
    const settings = fixSources(stored, this.host.kind, sources, this.sourceContext({ profiles }));
    this.set({ ready: true, busy: undefined, lang, sources, fileName, profiles });
    this.setSettings(settings, false);
  }

  /**
   * What the first rows of each sheet hold (one round trip in Excel, none for an open file); none
   * when the host cannot tell. Never fails: without profiles, defaults go by sheet names.
   */
  private async peek(
    sheets: readonly string[],
    slot?: FileSlot,
    known: Profiles = {},
  ): Promise<Profiles | undefined> {
    const wanted = sheets.filter((sheet) => !(sheet in known));
    if (!this.host.peekSheets || wanted.length === 0) return undefined;
    try {
      const peeked = await this.host.peekSheets(wanted, slot);
      return peeked.ok ? { ...known, ...profilesOf(peeked.value) } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Sheets and tables again (Excel: the user added a sheet or a table). `peek`: look at the first
   * rows of sheets not seen yet (the refresh button), not after the pane added a report sheet.
   */
  async refreshSources(options: { peek?: boolean } = {}): Promise<void> {
    if (this.state.busy || this.needsFile) return;
    try {
      const listed = await this.host.sources();
      if (!listed.ok) return this.sayIssue(listed.issue);
      const known = this.state.profiles ?? {};
      const unseen = listed.value.sheets.some((sheet) => !(sheet in known));
      const profiles =
        options.peek && unseen ? ((await this.peek(listed.value.sheets, undefined, known)) ?? known) : known;
      this.set({ sources: listed.value, profiles });
      const settings = fixSources(this.state.settings, this.host.kind, listed.value, this.sourceContext());
      if (settings !== this.state.settings) this.setSettings(settings);
    } catch (err) {
      this.sayUnexpected(err);
    }
  }

  /** The host's file opener, with the pane set busy opening `name`; undefined when it cannot open now. */
  private beginOpen(name: string): NonNullable<Host["openFile"]> | undefined {
    const open = this.host.openFile?.bind(this.host);
    if (!open || this.state.busy) return undefined;
    this.set({
      busy: { task: "open", done: 0, total: 0, subject: name },
      message: undefined,
      confirm: undefined,
    });
    return open;
  }

  /** File host: the file the user picked. Nothing leaves the page. */
  async openFile(name: string, bytes: Uint8Array): Promise<void> {
    const open = this.beginOpen(name);
    if (!open) return;
    try {
      const result = await open(name, bytes, this.progress("open", name));
      if (!result.ok) {
        this.set({ busy: undefined });
        return this.sayIssue(result.issue, "error", "message");
      }
      const list = result.value;
      const fileName = list.fileName ?? name;
      // Settings are remembered per file: take this file's when it has any, else keep the current
      // ones (same agency, same report details) with sources chosen afresh.
      let raw: unknown;
      try {
        raw = await this.host.loadSettings();
      } catch {
        raw = undefined;
      }
      let settings: PaneSettings;
      if (raw === undefined || raw === null) {
        settings = { ...this.state.settings };
        delete settings.before;
        delete settings.after;
        delete settings.mappings;
      } else {
        settings = parseSettings(raw, this.today);
        settings.lang = settings.lang ?? this.state.settings.lang;
        if (settings.lang === undefined) delete settings.lang;
      }
      // The second file, when one is open, stays the "after" side of a comparison.
      const previous = this.state.settings;
      if (previous.after?.kind === "sheet" && previous.after.file === "after") {
        settings.after = previous.after;
        settings.mappings = withMapping(settings, "after", previous.mappings?.after ?? {});
      }
      const profiles = await this.peek(list.sheets);
      settings = fixSources(settings, this.host.kind, list, this.sourceContext({ profiles }));
      this.set({
        busy: undefined,
        sources: list,
        fileName,
        profiles,
        before: emptySide(),
        after: settings.after?.kind === "sheet" && settings.after.file ? this.state.after : emptySide(),
        lang: settings.lang ?? this.state.lang,
      });
      this.setSettings(settings, false, true);
      this.say(
        { intent: "success", key: "openedSheets", params: { name: fileName, sheets: list.sheets.length } },
        "message",
      );
    } catch (err) {
      this.set({ busy: undefined });
      this.sayUnexpected(err);
    }
  }

  /**
   * File host, comparison: a second file for the "after" side (a comparison of two files, one
   * before and one after). The main file and its settings stay; "after" moves to the new file.
   */
  async openAfterFile(name: string, bytes: Uint8Array): Promise<void> {
    if (this.host.openFile && !this.state.busy && !this.state.sources) {
      return this.say({ intent: "error", key: "needFile" }, "message");
    }
    const open = this.beginOpen(name);
    if (!open) return;
    try {
      const result = await open(name, bytes, this.progress("open", name), "after");
      if (!result.ok) {
        this.set({ busy: undefined });
        return this.sayIssue(result.issue, "error", "message");
      }
      const list = result.value;
      const afterProfiles = await this.peek(list.sheets, "after");
      this.set({
        busy: undefined,
        afterSources: list,
        afterFileName: list.fileName ?? name,
        afterProfiles,
        after: emptySide(),
      });
      const after = afterFileSource(list, afterProfiles);
      const settings: PaneSettings = {
        ...this.state.settings,
        mappings: withMapping(this.state.settings, "after", {}),
      };
      if (after) settings.after = after;
      else delete settings.after;
      this.setSettings(settings, true, true);
      this.say(
        {
          intent: "success",
          key: "openedAfterFile",
          params: { name: list.fileName ?? name, sheets: list.sheets.length },
        },
        "message",
      );
    } catch (err) {
      this.set({ busy: undefined });
      this.sayUnexpected(err);
    }
  }

  /** File host: the "after" side reads the main file again; the second file is forgotten. */
  async closeAfterFile(): Promise<void> {
    if (this.state.busy || !this.state.afterSources) return;
    try {
      await this.host.closeFile?.("after");
    } catch {
      // Forgetting a file cannot fail in a way the user can act on.
    }
    const settings: PaneSettings = { ...this.state.settings };
    delete settings.after;
    settings.mappings = withMapping(settings, "after", {});
    this.set({
      afterSources: undefined,
      afterFileName: undefined,
      afterProfiles: undefined,
      after: emptySide(),
      message: undefined,
      confirm: undefined,
    });
    this.setSettings(
      fixSources(settings, this.host.kind, this.state.sources, this.sourceContext()),
      true,
      true,
    );
  }

  private progress(task: Task, subject?: string): Progress {
    return throttleProgress((done, total) => {
      this.set({ busy: { task, done, total, ...(subject !== undefined ? { subject } : {}) } });
    });
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Whether what was read for a side no longer matches the source chosen for it. */
  isStale(side: Side): boolean {
    const s = this.state[side];
    return s.readFrom !== undefined && !sameSource(s.readFrom, this.state.settings[side]);
  }

  /** Read the table(s) the job needs, then recognise them (after a paint: this is the heavy part). */
  async read(): Promise<void> {
    if (this.state.busy) return;
    if (this.needsFile && !this.state.sources)
      return this.say({ intent: "error", key: "needFile" }, "message");
    const sides = sidesOf(this.state.settings.job);
    if (sides.length === 0) return;
    this.set({ message: undefined, externalIssues: undefined, confirm: undefined });
    const counts: number[] = [];
    let failed: Side | undefined;
    for (const side of sides) {
      const source = this.state.settings[side];
      const sideName = { key: side === "before" ? "sideBeforeLong" : "sideAfterLong" } as const;
      if (!source) {
        this.set({ busy: undefined });
        return this.say({ intent: "error", key: "needSource", params: { side: sideName } }, "message");
      }
      const subject = source.kind === "sheet" ? source.sheet : source.kind === "table" ? source.table : "";
      this.set({ busy: { task: "read", done: 0, total: 0, subject } });
      let grid: Grid;
      try {
        const result = await this.host.read(source, this.progress("read", subject));
        if (!result.ok) {
          this.set({ [side]: { ...emptySide(), readFrom: source, issues: [result.issue] } });
          failed ??= side;
          continue;
        }
        grid = result.value;
      } catch (err) {
        this.set({ busy: undefined });
        return this.sayUnexpected(err);
      }
      this.set({ busy: { task: "parse", done: 0, total: 0, subject: subject || grid.sheet } });
      await this.frame();
      const detected = readTable(grid);
      const base = {
        readFrom: source,
        grid,
        detected: detected.table?.columns,
        headerRow: detected.table?.headerRows.last,
      };
      // Corrections the user made earlier on this table are applied again (and kept for the ribbon).
      const userMapping = savedMapping(this.state.settings, side, source);
      const next = userMapping ? corrected(base, userMapping) : corrected(base, {}, detected);
      this.set({ [side]: next });
      const table = next.table;
      if (!table) failed ??= side;
      counts.push(table ? unitCount(table) : 0);
    }
    this.set({ busy: undefined });
    this.reanalyse(true);
    this.scheduleSave();
    if (failed) {
      const source = this.state.settings[failed];
      const issue = this.state[failed].issues[0];
      if (!this.state[failed].grid && issue) return this.sayIssue(issue, "error", "message");
      const name =
        source?.kind === "sheet" ? `«${source.sheet}»` : source?.kind === "table" ? `«${source.table}»` : "";
      return this.say({ intent: "error", key: "readNoTable", params: { source: name } }, "message");
    }
    const before = this.state.before.table;
    const errors = this.problems().filter((p) => p.issue.level === "error").length;
    const intent = errors > 0 ? "warning" : "success";
    // The result is the preview; without one (no analysis), the message says why.
    const focus: FocusTarget = this.state.analysis ? "preview" : "message";
    const withErrors: Record<string, number> = errors > 0 ? { errors } : {};
    if (sides.length === 2) {
      this.say(
        {
          intent,
          key: errors > 0 ? "readDoneTwoErrors" : "readDoneTwo",
          params: { before: counts[0] ?? 0, after: counts[1] ?? 0, ...withErrors },
        },
        focus,
      );
    } else {
      this.say(
        {
          intent,
          key: errors > 0 ? "readDoneErrors" : "readDone",
          params: { units: counts[0] ?? 0, source: before ? `«${before.sheet}»` : "", ...withErrors },
        },
        focus,
      );
    }
  }

  /**
   * The user says column `col` of a side holds `field` (null: ignore it). The same grid is read
   * again with the corrected mapping and the header row found first; the workbook is not read again.
   */
  async remap(side: Side, col: number, field: Field | null): Promise<void> {
    const s = this.state[side];
    if (!s.grid || !s.detected || this.state.busy) return;
    const userMapping = nextMapping(s.columns, s.userMapping, col, field);
    this.set({ busy: { task: "parse", done: 0, total: 0, subject: s.grid.sheet } });
    await this.frame();
    const read = corrected(s, userMapping);
    this.set({ busy: undefined, [side]: read, confirm: undefined });
    if (s.readFrom && sameSource(s.readFrom, this.state.settings[side]))
      this.setSettings({
        ...this.state.settings,
        mappings: withMapping(this.state.settings, side, userMapping),
      });
    this.reanalyse(true);
    // The message of the last read no longer holds: say what the correction gave.
    if (!read.table) {
      this.say({ intent: "error", key: "readNoTable", params: { source: `«${s.grid.sheet}»` } });
    } else if (this.state.message?.key?.startsWith("read")) {
      const errors = this.problems().filter((p) => p.issue.level === "error").length;
      this.say({
        intent: errors > 0 ? "warning" : "success",
        key: errors > 0 ? "readDoneErrors" : "readDone",
        params: {
          units: unitCount(read.table),
          source: `«${s.grid.sheet}»`,
          ...(errors > 0 ? { errors } : {}),
        },
      });
    }
  }

  // ---- analysis ------------------------------------------------------------------------------

  /** Analyse again when the tables or the settings the analysis depends on changed. */
  private reanalyse(force = false): void {
    const { settings, before, after } = this.state;
    const key = JSON.stringify([
      settings.job,
      settings.unitType,
      settings.family,
      settings.ruleSet,
      settings.provinceClass,
      settings.decisionDate,
      settings.enteredCaps,
      settings.details.date,
    ]);
    if (!force && key === this.analysisKey) return;
    this.analysisKey = key;
    const sides = sidesOf(settings.job);
    const job = settings.job;
    const ready = sides.length > 0 && sides.every((side) => this.state[side].table);
    if (!ready || !isTableJob(job)) {
      if (this.state.analysis || this.state.analysisIssue)
        this.set({
          analysis: undefined,
          analysisIssue: undefined,
          proposals: undefined,
          excessPlan: undefined,
        });
      return;
    }
    try {
      const result = analyseJob(
        job,
        { before: before.table, after: after.table },
        analyseOptions(settings),
        this.readIssues(sides),
      );
      const belowMinimum =
        result.ok &&
        settings.job === "check" &&
        result.value.units.some((u) => u.flags.includes("below-minimum-size"));
      const proposals =
        belowMinimum && before.table ? propose(before.table, analyseOptions(settings)) : undefined;
      const excess =
        result.ok && settings.job === "check" && settings.decisionDate && before.table?.people
          ? excessPlanOf(before.table, result.value, settings.decisionDate)
          : undefined;
      this.set(
        result.ok
          ? { analysis: result.value, analysisIssue: undefined, proposals, excessPlan: excess }
          : { analysis: undefined, analysisIssue: result.issue, proposals: undefined, excessPlan: undefined },
      );
    } catch (err) {
      this.set({ analysis: undefined, proposals: undefined, excessPlan: undefined });
      this.sayUnexpected(err);
    }
  }

  /**
   * What reading the job's tables found, for the analysis (and so the report): each side's issues,
   * after the opening warnings of its sheet (a sheet cut because too large), as the CLI gives them.
   */
  private readIssues(sides: Side[]): Issue[] {
    const out: Issue[] = [];
    for (const side of sides) {
      const s = this.state[side];
      const file =
        s.readFrom?.kind === "sheet" && s.readFrom.file ? this.state.afterSources : this.state.sources;
      const sheet = s.grid?.sheet;
      if (file && sheet !== undefined) out.push(...file.issues.filter((i) => i.params?.sheet === sheet));
      out.push(...s.issues);
    }
    return out;
  }

  problems(): ListedIssue[] {
    return paneProblems(this.state);
  }

  // ---- reports -------------------------------------------------------------------------------

  /** Whether the primary button can make the job's report now (else it says why when pressed). */
  private readyForReport(): boolean {
    const { settings, analysis } = this.state;
    const sides = sidesOf(settings.job);
    if (sides.length === 0) return true;
    if (this.needsFile && !this.state.sources) {
      this.say({ intent: "error", key: "needFile" }, "message");
      return false;
    }
    for (const side of sides) {
      const s = this.state[side];
      const sideName = { key: side === "before" ? "sideBeforeLong" : "sideAfterLong" } as const;
      if (!s.readFrom || this.isStale(side)) {
        this.say({ intent: "error", key: "needRead" }, "message");
        return false;
      }
      if (!s.table) {
        this.say({ intent: "error", key: "needTable", params: { side: sideName } }, "message");
        return false;
      }
    }
    // A table compared with itself: every figure "unchanged", which no report may claim.
    if (settings.job === "compare" && sameSource(this.state.before.readFrom, this.state.after.readFrom)) {
      this.say({ intent: "error", key: "sameTable" }, "message");
      return false;
    }
    if (!analysis) {
      if (this.state.analysisIssue) this.sayIssue(this.state.analysisIssue, "error", "message");
      else this.say({ intent: "error", key: "needRead" }, "message");
      return false;
    }
    return true;
  }

  /** Errors listed now that a report made from the analysis would carry. */
  private reportErrors(): number {
    return this.problems().filter((p) => p.issue.level === "error").length;
  }

  /**
   * A report made from the analysis waits for a confirmation while errors are listed: never a
   * confident report over a wrong reading. True when it may go ahead now.
   */
  private mayGoAhead(template: TemplateId, fromGallery: boolean, format: ReportFormat = "xlsx"): boolean {
    const errors = this.reportErrors();
    if (errors === 0) return true;
    const { analysis } = this.state;
    this.set({
      confirm: {
        template,
        fromGallery,
        errors,
        ...(format === "docx" ? { format } : {}),
        ...(analysis ? { analysis } : {}),
      },
    });
    this.say({ intent: "warning", key: "confirmErrors", params: { errors } }, "confirm");
    return false;
  }

  /** The job's report, inserted (Excel) or downloaded (File); `format` "docx": the Word file. */
  async insertReport(format: ReportFormat = "xlsx"): Promise<void> {
    const { job } = this.state.settings;
    if (!isTableJob(job)) return this.insertConsolidated(format, false);
    if (this.state.busy || !this.readyForReport()) return;
    const template = JOBS[job].template;
    if (sidesOf(job).length > 0 && !this.mayGoAhead(template, false, format)) return;
    await this.makeJobReport(0, format);
  }

  private async makeJobReport(overErrors: number, format: ReportFormat = "xlsx"): Promise<void> {
    const { settings, analysis } = this.state;
    const { job } = settings;
    if (!isTableJob(job)) return;
    let doc: ReportDoc;
    try {
      doc = jobReport(job, analysis, reportInputs(settings, this.host.kind === "excel"));
    } catch (err) {
      return this.say({ intent: "error", key: "reportFailed", params: { reason: reasonOf(err) } }, "message");
    }
    await this.write(doc, JOBS[job].template, overErrors, format);
  }

  /** The comparison of the proposals (up to four) with the table as it is: "So sánh các phương án". */
  async insertProposals(): Promise<void> {
    const result = this.state.proposals;
    if (this.state.busy || !result) return;
    let doc: ReportDoc | undefined;
    try {
      doc = proposalsReport(result, this.state.settings.details);
    } catch (err) {
      return this.say({ intent: "error", key: "reportFailed", params: { reason: reasonOf(err) } }, "message");
    }
    if (doc) await this.write(doc, "so-sanh-phuong-an", 0);
  }

  /** The excess deputies by name as the report "Lộ trình giải quyết cấp phó dôi dư". */
  async insertExcessPlan(): Promise<void> {
    const { excessPlan: plan, analysis, busy, settings } = this.state;
    if (busy || !plan || !analysis) return;
    let doc: ReportDoc;
    try {
      doc = excessRoadmap(plan, analysis, settings.details);
    } catch (err) {
      return this.say({ intent: "error", key: "reportFailed", params: { reason: reasonOf(err) } }, "message");
    }
    await this.write(doc, "lo-trinh-cap-pho-doi-du", 0);
  }

  /** A template from the gallery. */
  async insertTemplate(id: TemplateId): Promise<void> {
    if (this.state.busy) return;
    const fromAnalysis = TEMPLATES[id].input === "analysis" || TEMPLATES[id].input === "merge-analysis";
    if (fromAnalysis && this.state.analysis && !this.mayGoAhead(id, true)) return;
    await this.makeTemplate(id, 0);
  }

  private async makeTemplate(id: TemplateId, overErrors: number): Promise<void> {
    let doc: ReportDoc;
    try {
      doc = templateReport(
        id,
        this.state.analysis,
        reportInputs(this.state.settings, this.host.kind === "excel"),
      );
    } catch (err) {
      return this.say({ intent: "error", key: "reportFailed", params: { reason: reasonOf(err) } }, "message");
    }
    await this.write(doc, id, overErrors);
  }

  /**
   * "Vẫn tạo báo cáo": the report waiting for a confirmation is made, over its errors (the report
   * says so, and so does the message after it). If the analysis changed meanwhile, it asks again.
   */
  async confirmReport(): Promise<void> {
    const pending = this.state.confirm;
    if (!pending || this.state.busy) return;
    this.set({ confirm: undefined });
    // The consolidation it was asked for, unchanged: made as it is (it names the agencies missing).
    if (this.state.settings.job === "consolidate" && !pending.fromGallery)
      return this.insertConsolidated(pending.format, pending.analysis === this.state.consolidation?.analysis);
    if (pending.analysis !== this.state.analysis) {
      return pending.fromGallery ? this.insertTemplate(pending.template) : this.insertReport(pending.format);
    }
    const errors = this.reportErrors();
    if (pending.fromGallery) await this.makeTemplate(pending.template, errors);
    else await this.makeJobReport(errors, pending.format);
  }

  /** The user does not make the report after all: back to the button. */
  cancelConfirm(): void {
    if (!this.state.confirm) return;
    this.set({ confirm: undefined, message: undefined });
    this.focusOn("insert");
  }

  /** The pane busy making a report, after a paint; the settings saved first (the ribbon reuses them). */
  private async beginInsert(): Promise<void> {
    this.set({ busy: { task: "insert", done: 0, total: 0 }, message: undefined, confirm: undefined });
    await this.frame();
    this.scheduleSave();
    await this.flushSettings();
  }

  private async write(
    doc: ReportDoc,
    template: TemplateId,
    overErrors: number,
    format: ReportFormat = "xlsx",
  ): Promise<void> {
    await this.beginInsert();
    const sourceSheets = [
      ...new Set(
        sidesOf(this.state.settings.job)
          .map((side) => this.state[side].grid?.sheet)
          .filter((s): s is string => s !== undefined),
      ),
    ];
    const { analysis, settings } = this.state;
    // A comparison of two files is named after both.
    const twoFiles =
      analysis?.mode === "compare" && settings.after?.kind === "sheet" && settings.after.file === "after";
    // A report made from the tables read records them on its "Nguồn số liệu" sheet.
    const input = TEMPLATES[template].input;
    const proposals = input === "scenarios" ? this.state.proposals : undefined;
    const report =
      analysis && (input === "analysis" || input === "merge-analysis" || input === "excess" || proposals)
        ? withSources(doc, {
            version: VERSION,
            inputs: sidesOf(settings.job).map((side) =>
              sourceInputOf(
                (side === "after" && twoFiles ? this.state.afterFileName : this.state.fileName) ??
                  "Sổ làm việc đang mở",
                this.state[side].grid?.sheet,
                this.state[side].table,
                this.state[side].grid,
              ),
            ),
            analyses: proposals ? proposalAnalyses(proposals) : [analysis],
            ...(settings.decisionDate ? { decisionDate: settings.decisionDate } : {}),
          })
        : doc;
    const baseName = reportBaseName(
      template,
      this.state.fileName,
      twoFiles ? this.state.afterFileName : undefined,
    );
    // Never a success message for a report made over errors: it says how many, in a warning.
    const warning: DeliveryWarning | undefined =
      overErrors > 0
        ? { excel: "insertedExcelErrors", file: "insertedFileErrors", params: { errors: overErrors } }
        : undefined;
    await this.deliver(report, { sourceSheets, baseName }, format, doc.notes, warning);
  }

  /**
   * The report to the user: inserted (Excel) or downloaded, then a message saying where: a warning
   * (`warning`'s keys, with "where" added to its values) when it was made over errors or gaps.
   */
  private async deliver(
    report: ReportDoc,
    options: { sourceSheets: string[]; baseName: string },
    format: ReportFormat,
    docNotes: readonly string[],
    warning?: DeliveryWarning,
  ): Promise<void> {
    try {
      const result = await this.host.insertReport(
        report,
        { ...options, ...(format === "docx" ? { format } : {}) },
        this.progress("insert"),
      );
      this.set({ busy: undefined });
      if (!result.ok) return this.sayIssue(result.issue, "error", "message");
      const { where, notes } = result.value;
      // Inserted into the workbook, or downloaded (the browser mode, and a Word file anywhere).
      const excel = this.host.kind === "excel" && format === "xlsx";
      const all = [...docNotes, ...notes];
      this.say(
        warning
          ? {
              intent: "warning",
              key: excel ? warning.excel : warning.file,
              params: { ...warning.params, where },
              notes: all,
            }
          : {
              intent: "success",
              key: excel ? "insertedExcel" : "insertedFile",
              params: { where },
              notes: all,
            },
        "message",
      );
      // A new sheet in Excel: list it, so that it can be read in turn.
      if (excel) void this.refreshSources();
    } catch (err) {
      this.set({ busy: undefined });
      this.sayUnexpected(err);
    }
  }

  // ---- consolidation -------------------------------------------------------------------------

  /** The files picked for the consolidation, in order (read again when the settings change). */
  private picked: PickedFile[] = [];

  /** Whether the consolidation was made with other settings than the ones now. */
  get consolidationStale(): boolean {
    const c = this.state.consolidation;
    return c !== undefined && consolidationStale(c, this.state.settings);
  }

  /**
   * Forms returned by agencies, picked by the user (more can be added later): each read and checked
   * in turn, one file at a time, then all consolidated. With the settings changed since the last
   * files, every file is read again.
   */
  async addReturns(files: readonly PickedFile[]): Promise<void> {
    if (this.state.busy || files.length === 0) return;
    const again = this.consolidationStale;
    this.picked.push(...files);
    await this.readReturns(
      again ? this.picked : files,
      again ? [] : (this.state.consolidation?.returns ?? []),
    );
  }

  /** Every file picked, read again under the settings now ("Tổng hợp lại"). */
  async reconsolidate(): Promise<void> {
    if (this.state.busy || this.picked.length === 0) return;
    await this.readReturns(this.picked, []);
  }

  /** The files picked are forgotten, with their consolidation. */
  clearReturns(): void {
    if (this.state.busy) return;
    this.picked = [];
    this.set({ consolidation: undefined, message: undefined, confirm: undefined });
  }

  /** Of two returns of one agency, use the later one (or the earlier one again). */
  setUseLater(useLater: boolean): void {
    const c = this.state.consolidation;
    if (!c || this.state.busy || c.useLater === useLater) return;
    const next = consolidationOf(c.returns, useLater, c.options);
    this.set({ consolidation: next, confirm: undefined });
    this.sayConsolidation(next, false);
  }

  private async readReturns(files: readonly PickedFile[], earlier: ReturnRead[]): Promise<void> {
    const read = this.host.readReturn?.bind(this.host);
    if (!read)
      return this.say({ intent: "error", key: "unexpected", params: { reason: "reader" } }, "message");
    const options = consolidationOptions(this.state.settings);
    const returns = [...earlier];
    this.set({ message: undefined, confirm: undefined });
    try {
      for (const [index, file] of files.entries()) {
        this.set({ busy: { task: "consolidate", done: index, total: files.length, subject: file.name } });
        let bytes: Uint8Array;
        try {
          bytes = await file.bytes();
        } catch (err) {
          const params = { file: file.name, reason: reasonOf(err) };
          returns.push({ file: file.name, issues: [{ level: "error", code: "file-read-failed", params }] });
          continue;
        }
        const result = await read(file.name, bytes, { analyse: options, sources: true });
        returns.push(result.ok ? result.value : { file: file.name, issues: [result.issue] });
      }
      const next = consolidationOf(returns, this.state.consolidation?.useLater ?? false, options);
      this.set({ busy: undefined, consolidation: next });
      this.sayConsolidation(next, true);
    } catch (err) {
      this.set({ busy: undefined });
      this.sayUnexpected(err);
    }
  }

  /** Complete: how many agencies; else the agencies missing, named. */
  private sayConsolidation(c: ConsolidationState, focus: boolean): void {
    const gaps = gapsOf(c.result);
    const counted = c.result.agencies.filter((a) => a.counted).length;
    this.say(
      gaps.length === 0
        ? { intent: "success", key: "returnsComplete", params: { count: counted } }
        : { intent: "warning", key: "returnsMissing", params: { list: gaps.join(", ") } },
      focus ? "message" : undefined,
    );
  }

  /**
   * The consolidated report. An incomplete consolidation (agencies missing, returns of one agency
   * twice unsettled) waits for "make it anyway" (`confirmed`), and the report names what it lacks.
   */
  private async insertConsolidated(format: ReportFormat = "xlsx", confirmed: boolean): Promise<void> {
    const c = this.state.consolidation;
    if (this.state.busy) return;
    if (!c || c.result.agencies.length === 0)
      return this.say({ intent: "error", key: "needReturns" }, "message");
    if (this.consolidationStale) return this.say({ intent: "error", key: "returnsStaleReport" }, "message");
    const list = gapsOf(c.result).join(", ");
    if (list !== "" && !confirmed) {
      this.set({
        confirm: {
          template: CONSOLIDATED_TEMPLATE,
          fromGallery: false,
          errors: gapsOf(c.result).length,
          analysis: c.analysis,
          ...(format === "docx" ? { format } : {}),
        },
      });
      return this.say({ intent: "warning", key: "confirmIncomplete", params: { list } }, "confirm");
    }
    await this.beginInsert();
    let report: ReportDoc;
    let notes: readonly string[];
    try {
      const doc = consolidatedReport(c.result, c.analysis, this.state.settings.details);
      notes = doc.notes;
      const sources = new Map(c.returns.map((r) => [r.file, r.source]));
      report = withSources(doc, {
        version: VERSION,
        inputs: c.result.agencies.flatMap((a) => (a.counted ? (sources.get(a.file) ?? []) : [])),
        analyses: [c.analysis],
      });
    } catch (err) {
      this.set({ busy: undefined });
      return this.say({ intent: "error", key: "reportFailed", params: { reason: reasonOf(err) } }, "message");
    }
    const warning: DeliveryWarning | undefined =
      list !== ""
        ? { excel: "insertedExcelIncomplete", file: "insertedFileIncomplete", params: { list } }
        : undefined;
    await this.deliver(report, { sourceSheets: [], baseName: CONSOLIDATED_TEMPLATE }, format, notes, warning);
  }

  /**
   * Excel for Mac: the pane cannot download, so the browser page is opened instead, with a line
   * saying why and what to do there.
   */
  async openInBrowser(): Promise<void> {
    const opened = (await this.host.openInBrowser?.()) ?? false;
    this.say(
      { intent: opened ? "info" : "error", key: opened ? "openedInBrowser" : "browserNotOpened" },
      "message",
    );
  }

  /** Select a problem's cell in the workbook. */
  async selectCell(address: string): Promise<void> {
    try {
      const done = await this.host.select(address);
      if (!done && this.canSelect)
        this.say({ intent: "warning", key: "selectFailed", params: { cell: address } });
    } catch {
      this.say({ intent: "warning", key: "selectFailed", params: { cell: address } });
    }
  }
}

/** The settings' remembered corrections with `side`'s replaced (dropped when empty). */
function withMapping(
  settings: PaneSettings,
  side: Side,
  mapping: ColumnMapping,
): PaneSettings["mappings"] | undefined {
  const mappings = { ...settings.mappings, [side]: Object.keys(mapping).length > 0 ? mapping : undefined };
  return mappings.before || mappings.after ? mappings : undefined;
}

/**
 * A side read with the user's corrections: the same grid read again with `mapping` from the header
 * row found first (or `read`, when the reader's result without corrections is already at hand).
 */
function corrected(
  side: Pick<SideState, "readFrom" | "grid" | "detected" | "headerRow">,
  mapping: ColumnMapping,
  read?: ReadResult,
): SideState {
  const { grid, headerRow, detected } = side;
  const result =
    read ??
    (grid ? readTable(grid, { mapping, ...(headerRow !== undefined ? { headerRow } : {}) }) : { issues: [] });
  return {
    readFrom: side.readFrom,
    grid,
    detected,
    headerRow,
    userMapping: mapping,
    columns: result.table?.columns ?? applyOverride(detected ?? [], mapping),
    table: result.table,
    issues: result.issues,
  };
}
