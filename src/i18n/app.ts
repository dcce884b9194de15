/**
 * The translator of the task pane's frame and flow (header, file, job, tables, columns, problems,
 * rules, the report button and its messages); the texts are in src/core/messages/app.ts.
 */
import { APP, translator } from "../core/messages";

export type AppKey = keyof typeof APP;

/** The pane's translator: `t("read", lang)` is `message("app.read", lang)`. */
export const t = translator(APP);
