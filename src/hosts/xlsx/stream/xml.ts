/**
 * A small forward XML tokenizer over a part's UTF-8 bytes, for the handful of SpreadsheetML
 * elements the reader needs. It hands out element tags (names by their local part: `x:c` is `c`)
 * and leaves attributes and text where they are until asked, so a sheet of a million cells is
 * scanned without building an object per node.
 *
 * Bytes, not decoded text: a 100,000-row sheet is 20 MB of XML that is nearly all markup, numbers
 * and shared-string indices, so decoding it whole to a string (and then reading it a char code at a
 * time) cost more than scanning the bytes. Only what the reader keeps is decoded: attribute values,
 * text, names. UTF-8 never puts a byte below 0x80 inside a multi-byte character, so every `<`, `>`,
 * quote and name is found where it is in the text, and every slice decoded starts and ends next to
 * such a byte. The small parts (relationships, workbook, styles, shared strings) are read the same
 * way: one tokenizer for all.
 *
 * Deliberately not a full XML parser: no DTD, so no entity can expand (a `<!DOCTYPE` anywhere is
 * refused as corrupt, where a general parser could be made to expand entities a billion times);
 * only the five predefined entities and numeric character references; CDATA sections are text;
 * comments and processing instructions are skipped. Well-formedness is not checked beyond what
 * the reading needs; anything it cannot make sense of throws {@link XlsxCorrupt}.
 */

import { keepShape } from "../../../core/shape";

/** The file cannot be read as an .xlsx: the caller reports "file-corrupt". */
export class XlsxCorrupt extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "XlsxCorrupt";
  }
}

export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export type TokenKind = typeof EOF | typeof OPEN | typeof CLOSE;

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const COLON = 0x3a;
const EQ = 0x3d;
const BANG = 0x21;
const QUESTION = 0x3f;

const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Keeps a U+FEFF inside text (a whole part's BOM is dropped before it gets here). */
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Bytes `from`–`to` as text (UTF-8; invalid sequences replaced as TextDecoder does). */
export function decodeBytes(b: Uint8Array, from: number, to: number): string {
  if (to - from <= 32) {
    let ascii = true;
    for (let i = from; i < to; i++) {
      if ((b[i] as number) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      let s = "";
      for (let i = from; i < to; i++) s += String.fromCharCode(b[i] as number);
      return s;
    }
  }
  return UTF8.decode(b.subarray(from, to));
}

/** The first `byte` at or after `from`, -1 when there is none. */
export function find(b: Uint8Array, byte: number, from: number): number {
  const n = b.length;
  for (let i = from; i < n; i++) if (b[i] === byte) return i;
  return -1;
}

/** Whether the bytes at `at` are the ASCII text `s`. */
export function startsWithAt(b: Uint8Array, s: string, at: number): boolean {
  if (at < 0 || at + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** Where the ASCII text `s` first occurs at or after `from`, -1 when nowhere. */
export function indexOfText(b: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  for (let i = find(b, first, from); i >= 0; i = find(b, first, i + 1)) if (startsWithAt(b, s, i)) return i;
  return -1;
}

export class ByteXmlReader {
  kind: TokenKind = EOF;
  /** An open tag that closes itself (`<c r="A1"/>`). */
  selfClosing = false;
  /** Where scanning goes on: just past the last tag handed out. */
  pos = 0;
  /** The current tag's local name, as offsets into the bytes. */
  nameStart = 0;
  nameEnd = 0;
  /** Its attributes, as offsets into the bytes (between the name and `>` or `/>`). */
  attrStart = 0;
  attrEnd = 0;
  /** After {@link attrAt}: the end of the value found. */
  valueEnd = 0;

  /** `xml`: a part's bytes as UTF-8 without a BOM (read.ts re-encodes the rest). */
  constructor(readonly xml: Uint8Array) {}

  /** The next element tag (open or close), skipping text, comments and processing instructions. */
  next(): TokenKind {
    const xml = this.xml;
    for (;;) {
      const lt = find(xml, LT, this.pos);
      if (lt < 0) {
        this.pos = xml.length;
        return (this.kind = EOF);
      }
      const c = xml[lt + 1];
      if (c === SLASH) {
        const gt = find(xml, GT, lt + 2);
        if (gt < 0) throw new XlsxCorrupt("unclosed tag");
        this.setName(lt + 2, gt);
        this.attrStart = this.attrEnd = gt;
        this.selfClosing = false;
        this.pos = gt + 1;
        return (this.kind = CLOSE);
      }
      if (c === BANG || c === QUESTION) {
        this.pos = this.skipMarkup(lt);
        continue;
      }
      return (this.kind = this.openAt(lt));
    }
  }

  /** Whether the current tag's local name is `name`. */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && startsWithAt(this.xml, name, this.nameStart);
  }

  get name(): string {
    return decodeBytes(this.xml, this.nameStart, this.nameEnd);
  }

  /**
   * Where the value of attribute `name` (local name) of the current tag starts, -1 if it has none;
   * its end is then in {@link valueEnd}. For the hot paths that parse a value in place.
   */
  attrAt(name: string): number {
    const xml = this.xml;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      let c = xml[i];
      if (isSpace(c)) {
        i++;
        continue;
      }
      // An attribute name, possibly prefixed.
      const start = i;
      let local = i;
      while (i < end) {
        c = xml[i];
        if (c === EQ || isSpace(c)) break;
        if (c === COLON) local = i + 1;
        i++;
      }
      const nameEnd = i;
      while (i < end && isSpace(xml[i])) i++;
      if (xml[i] !== EQ) throw new XlsxCorrupt("attribute without a value");
      i++;
      while (i < end && isSpace(xml[i])) i++;
      const q = xml[i];
      if (q !== QUOTE && q !== APOS) throw new XlsxCorrupt("unquoted attribute");
      const close = find(xml, q, i + 1);
      if (close < 0 || close > end) throw new XlsxCorrupt("unclosed attribute");
      if (nameEnd - local === name.length && startsWithAt(xml, name, local) && nameEnd > start) {
        this.valueEnd = close;
        return i + 1;
      }
      i = close + 1;
    }
    return -1;
  }

  /** The decoded value of attribute `name` (local name), undefined when the tag has none. */
  attr(name: string): string | undefined {
    const at = this.attrAt(name);
    if (at < 0) return undefined;
    return decodeAttribute(decodeBytes(this.xml, at, this.valueEnd));
  }

  /**
   * The text of the element just opened, up to its first child or its end, decoded (entities,
   * CDATA, line ends). Empty for a self-closing tag. Leaves the reader before that next tag.
   */
  text(): string {
    if (this.kind !== OPEN || this.selfClosing) return "";
    const xml = this.xml;
    let out = "";
    for (;;) {
      const lt = find(xml, LT, this.pos);
      if (lt < 0) throw new XlsxCorrupt("text runs to the end");
      if (lt > this.pos) out += decodeText(decodeBytes(xml, this.pos, lt));
      this.pos = lt;
      if (startsWithAt(xml, "<![CDATA[", lt)) {
        const end = indexOfText(xml, "]]>", lt + 9);
        if (end < 0) throw new XlsxCorrupt("unclosed CDATA");
        out += normalizeLineEnds(decodeBytes(xml, lt + 9, end));
        this.pos = end + 3;
        continue;
      }
      if (startsWithAt(xml, "<!--", lt) || xml[lt + 1] === QUESTION) {
        this.pos = this.skipMarkup(lt);
        continue;
      }
      return out;
    }
  }

  /** Skips the rest of the element just opened (its children too); after it, the reader is past its end. */
  skipElement(): void {
    if (this.kind !== OPEN || this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const kind = this.next();
      if (kind === EOF) throw new XlsxCorrupt("unclosed element");
      if (kind === CLOSE) depth--;
      else if (!this.selfClosing) depth++;
    }
  }

  /** Advances to the next open tag named `name` (local name); false at the end. */
  seek(name: string): boolean {
    for (;;) {
      const kind = this.next();
      if (kind === EOF) return false;
      if (kind === OPEN && this.is(name)) return true;
    }
  }

  private openAt(lt: number): TokenKind {
    const xml = this.xml;
    let i = lt + 1;
    const start = i;
    let local = i;
    for (;;) {
      const c = xml[i];
      if (c === undefined) throw new XlsxCorrupt("unclosed tag");
      if (isSpace(c) || c === GT || c === SLASH) break;
      if (c === COLON) local = i + 1;
      i++;
    }
    if (i === start) throw new XlsxCorrupt("tag without a name");
    this.nameStart = local;
    this.nameEnd = i;
    this.attrStart = i;
    // The end of the tag: a '>' outside quoted values.
    for (;;) {
      const c = xml[i];
      if (c === GT) break;
      if (c === QUOTE || c === APOS) {
        const close = find(xml, c, i + 1);
        if (close < 0) throw new XlsxCorrupt("unclosed attribute");
        i = close + 1;
        continue;
      }
      if (c === LT || c === undefined) throw new XlsxCorrupt("unclosed tag");
      i++;
    }
    this.selfClosing = xml[i - 1] === SLASH;
    this.attrEnd = this.selfClosing ? i - 1 : i;
    this.pos = i + 1;
    return OPEN;
  }

  private setName(from: number, to: number): void {
    const xml = this.xml;
    let end = to;
    while (end > from && isSpace(xml[end - 1])) end--;
    let local = from;
    for (let i = from; i < end; i++) if (xml[i] === COLON) local = i + 1;
    this.nameStart = local;
    this.nameEnd = end;
  }

  /** Past a comment, processing instruction or CDATA section at `lt`; a DOCTYPE is refused. */
  private skipMarkup(lt: number): number {
    const xml = this.xml;
    if (startsWithAt(xml, "<!--", lt)) return after(xml, "-->", lt + 4);
    if (startsWithAt(xml, "<![CDATA[", lt)) return after(xml, "]]>", lt + 9);
    if (xml[lt + 1] === QUESTION) return after(xml, "?>", lt + 2);
    // <!DOCTYPE (and <!ENTITY, <!ELEMENT...): no DTD is ever read.
    throw new XlsxCorrupt(`markup ${decodeBytes(xml, lt, Math.min(lt + 10, xml.length))} refused`);
  }
}

// One reader kept, so that readers keep their optimised code between parts (see core/shape).
keepShape(new ByteXmlReader(new Uint8Array(0)));

function after(xml: Uint8Array, close: string, from: number): number {
  const end = indexOfText(xml, close, from);
  if (end < 0) throw new XlsxCorrupt(`unclosed ${close}`);
  return end + close.length;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text content: line ends as XML reads them (CR LF and lone CR to LF), then references. */
export function decodeText(raw: string): string {
  return decodeReferences(normalizeLineEnds(raw));
}

/** Attribute values: tabs and line ends become spaces (XML's normalization), then references. */
export function decodeAttribute(raw: string): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n/g, " ").replace(/[\t\n\r]/g, " ") : raw;
  return decodeReferences(spaced);
}

export function normalizeLineEnds(raw: string): string {
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}

/** The five predefined entities and numeric references; any other `&name;` is corrupt (no DTD). */
export function decodeReferences(s: string): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw new XlsxCorrupt("bad reference");
    const ref = s.slice(amp + 1, semi);
    let ch = ENTITIES[ref];
    if (ch === undefined) {
      if (ref.charCodeAt(0) !== 0x23) throw new XlsxCorrupt(`undefined entity &${ref};`);
      const hex = ref.charCodeAt(1) === 0x78; // x
      const digits = ref.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw new XlsxCorrupt("bad reference");
      const code = parseInt(digits, hex ? 16 : 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        throw new XlsxCorrupt("bad character reference");
      ch = String.fromCodePoint(code);
    }
    out += s.slice(last, amp) + ch;
    last = semi + 1;
    amp = s.indexOf("&", last);
  }
  return out + s.slice(last);
}

/**
 * SpreadsheetML's escapes in cell text: `_x000D_` is a carriage return Excel could not store
 * as such. Upper-case hex only, as ExcelJS read them.
 */
export function decodeEscapes(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
