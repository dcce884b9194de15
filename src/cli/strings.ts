import { message, type CLI, type Lang, type Params } from "../core/messages";

/** A key of what the command line prints (src/core/messages/cli.ts). */
export type StringKey = keyof typeof CLI;

/** The CLI's translator: `t("badDate", lang)` is `message("cli.badDate", lang)`. */
export const t = (key: StringKey, lang: Lang, params: Params = {}): string =>
  message(`cli.${key}`, lang, params);
