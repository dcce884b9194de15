/**
 * Messages: the one catalogue of what users read (vi and en, keyed by id), its one filler and the
 * translators of each area. A new message is one line in this folder's file of its area.
 */
import type { Issue, IssueLevel } from "../types";
import { fill } from "./fill";
import { ISSUE_NOTES, ISSUES, LEVELS } from "./issues";
import type { Lang } from "./lang";

export type { Lang, Params, Table, Texts } from "./lang";
export { fill, translator } from "./fill";
export { CATALOGUE, message, texts, type Area, type Catalogue, type MessageId } from "./catalogue";
export { ISSUES, ISSUE_NOTES, LEVELS } from "./issues";
export {
  FIELD_LABELS,
  FLAG_LABELS,
  PROVINCE_CLASS_LABELS,
  SUMMARY,
  SUMMARY_ROWS,
  UNIT_TYPE_LABELS,
  type Label,
} from "./labels";
export { CLI } from "./cli";
export { APP } from "./app";
export { CHART, DETAILS, GALLERY, PREVIEW } from "./preview";
export { COMMANDS } from "./commands";
export { REPORTS } from "./reports";

/** The user-facing text of an issue, in the given language. */
export function issueMessage(issue: Issue, lang: Lang = "vi"): string {
  const params: Record<string, string | number> = { cell: issue.cell ?? "", ...issue.params };
  const many =
    typeof params.count === "number" && params.count > 1 && params.cells !== undefined
      ? ISSUE_NOTES.sameInColumn[lang]
      : "";
  return fill(ISSUES[issue.code][lang] + many, params);
}

export function levelLabel(level: IssueLevel, lang: Lang = "vi"): string {
  return LEVELS[level][lang];
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.level === "error");
}
