/**
 * Strings users read in the task pane and the ribbon commands: Vietnamese first, English too. Each
 * part of the UI keeps its table next to the others here (app.ts, preview.ts, ...), built with
 * {@link strings} so that a key missing in one language is a type error.
 */
import { fillPlaceholders, type Lang } from "../core/messages";

export type { Lang };

export type Table<K extends string> = Record<K, { vi: string; en: string }>;

/** A translator over one table: `t("key", { n: 3 })` fills `{n}` placeholders. */
export function strings<K extends string>(table: Table<K>) {
  return (key: K, lang: Lang, params: Record<string, string | number> = {}): string =>
    fillPlaceholders(table[key][lang], params);
}

/** The pane's language from Office's display language ("vi-VN", "en-US"): Vietnamese unless English. */
export function langFromDisplay(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
