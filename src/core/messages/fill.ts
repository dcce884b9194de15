import type { Lang, Params, Table } from "./lang";

/** `{name}`, or the plural form `{name|one|other}` (forms without braces or bars). */
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

const isOne = (value: string | number | undefined): boolean => String(value ?? "").trim() === "1";

/**
 * The one placeholder filler of every message (issues, CLI, pane, ribbon, report headers):
 * "{name}" is replaced by `params.name`; "{name|one|other}" by `one` when `params.name` is 1 (the
 * number or the string "1") and by `other` otherwise: "1 unit", "2 units", "1.250 units".
 * Vietnamese needs no plural forms; English strings use them for every count. A placeholder
 * without a value is left as it is, and a filled-in value is never read again.
 */
export function fill(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    if (one === undefined || other === undefined) return String(params[name]);
    return isOne(params[name]) ? one : other;
  });
}

/**
 * A translator over one area's table, for a bundle that should carry that area only (the task
 * pane has no use for the CLI's texts): `translator(APP)("readDone", "en", { units: 2 })` is
 * `message("app.readDone", "en", { units: 2 })`.
 */
export function translator<K extends string>(table: Table<K>) {
  return (key: K, lang: Lang, params: Params = {}): string => fill(table[key][lang], params);
}
