/** The message bar's text in the pane's language, from a pane string, an issue or outside text. */
import { issueMessage, type Lang } from "../../core/messages";
import type { Issue } from "../../core/types";
import { t } from "../../i18n/app";
import type { MessageParam, PaneMessage } from "./controller";

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
