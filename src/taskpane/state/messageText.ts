/** The message bar's text in the pane's language, from a pane string, an issue or outside text. */
import { formatNumber } from "../../core/format";
import { issueMessage, type Lang } from "../../core/messages";
import type { Issue } from "../../core/types";
import { t } from "../../i18n/app";
import type { Busy, MessageParam, PaneMessage } from "./controller";

/** An issue as one line: its message, and its cell when the message does not name it already. */
export function issueLine(issue: Issue, lang: Lang): string {
  const message = issueMessage(issue, lang);
  return issue.cell && !message.includes(issue.cell) ? `${message} (${issue.cell})` : message;
}

export function messageText(message: PaneMessage, lang: Lang): string {
  if (message.key) {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(message.params ?? {}) as [string, MessageParam][]) {
      params[name] = typeof value === "object" ? t(value.key, lang) : value;
    }
    return t(message.key, lang, params);
  }
  if (message.issue) return issueLine(message.issue, lang);
  return message.text ?? "";
}

const MB = 1024 * 1024;

/**
 * The count beside the progress bar, with its unit: rows read ("12.000/50.000 dòng"), megabytes
 * (kilobytes for a small file) opened, steps of a report; empty while the total is unknown.
 */
export function progressText(busy: Busy, lang: Lang): string {
  if (busy.total <= 0) return "";
  const n = (x: number, digits = 0) => formatNumber(x, digits, lang);
  switch (busy.task) {
    case "read":
      return t("progressRows", lang, { done: n(busy.done), total: n(busy.total) });
    case "open": {
      const big = busy.total >= MB;
      const unit = big ? MB : 1024;
      const size = (x: number) => n(big ? x / unit : Math.ceil(x / unit), big ? 1 : 0);
      return t(big ? "progressMegabytes" : "progressKilobytes", lang, {
        done: size(busy.done),
        total: size(busy.total),
      });
    }
    case "consolidate":
      return t("progressFiles", lang, { done: n(busy.done), total: n(busy.total) });
    case "insert":
      return t("progressSteps", lang, { done: n(busy.done), total: n(busy.total) });
    default:
      return t("progressCount", lang, { done: n(busy.done), total: n(busy.total) });
  }
}
