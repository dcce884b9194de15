/** The languages of every message: Vietnamese first, English too. */
export type Lang = "vi" | "en";

/** One message in both languages: a table that misses a language does not compile. */
export type Texts = Record<Lang, string>;

/** A table of one area of the catalogue, keyed by the message's key in that area. */
export type Table<K extends string = string> = Record<K, Texts>;

/** What placeholders are filled from: `{name}` by `params.name`. */
export type Params = Readonly<Record<string, string | number>>;
