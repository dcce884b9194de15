/**
 * The one message catalogue: every text a user reads, in Vietnamese and English, keyed by id.
 * An id is "<area>.<key>" ("cli.badDate", "app.readDone", "issue.total-mismatch"); each area's
 * table lives in its own file of this folder, so that a bundle that needs one area (the task pane)
 * does not carry the others (the CLI's).
 */
import { APP } from "./app";
import { CLI } from "./cli";
import { COMMANDS } from "./commands";
import { fill } from "./fill";
import { ISSUE_NOTES, ISSUES, LEVELS } from "./issues";
import { FIELD_LABELS, FLAG_LABELS, PROVINCE_CLASS_LABELS, SUMMARY, UNIT_TYPE_LABELS } from "./labels";
import type { Lang, Params, Table, Texts } from "./lang";
import { CHART, DETAILS, GALLERY, PREVIEW } from "./preview";
import { REPORTS } from "./reports";

export const CATALOGUE = {
  /** Problems found in a file, a sheet or a table (core, hosts), by IssueCode. */
  issue: ISSUES,
  /** Said after an issue's message. */
  issueNote: ISSUE_NOTES,
  /** Error, warning, note. */
  level: LEVELS,
  /** The four summary figures. */
  summary: SUMMARY,
  /** The flags of a unit, by FlagId. */
  flag: FLAG_LABELS,
  /** The fields of a staffing table's columns, by Field. */
  field: FIELD_LABELS,
  /** Unit types, by UnitType. */
  unitType: UNIT_TYPE_LABELS,
  /** Province classes, by ProvinceClass. */
  provinceClass: PROVINCE_CLASS_LABELS,
  /** The command line (tinhgon). */
  cli: CLI,
  /** The task pane's frame and flow. */
  app: APP,
  /** The pane's preview of the results. */
  preview: PREVIEW,
  /** The pane's chart. */
  chart: CHART,
  /** The pane's report details form. */
  details: DETAILS,
  /** The pane's template gallery. */
  gallery: GALLERY,
  /** The ribbon's one-click commands. */
  commands: COMMANDS,
  /** The report templates' names and descriptions. */
  report: REPORTS,
} as const;

export type Catalogue = typeof CATALOGUE;
export type Area = keyof Catalogue;

/** Every message id, "<area>.<key>": a typo is a compile error. */
export type MessageId = { [A in Area]: `${A}.${keyof Catalogue[A] & string}` }[Area];

/** Both languages of one message. */
export function texts(id: MessageId): Texts {
  const dot = id.indexOf(".");
  const area: Table = CATALOGUE[id.slice(0, dot) as Area];
  // a MessageId names a key of its area
  return area[id.slice(dot + 1)] as Texts;
}

/** The text of a message in one language, its `{name}` and `{n|one|other}` placeholders filled. */
export function message(id: MessageId, lang: Lang, params: Params = {}): string {
  return fill(texts(id)[lang], params);
}
