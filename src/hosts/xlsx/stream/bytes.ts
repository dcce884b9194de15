/**
 * The tokenizer of xml.ts over a part's UTF-8 bytes instead of its decoded text, for the worksheet
 * parts: a 100,000-row sheet is 20 MB of XML that is nearly all markup, numbers and shared-string
 * indices, so decoding it whole to a string (and then reading it a char code at a time) cost more
 * than scanning the bytes. Only what the reader keeps is decoded: attribute values, text, names.
 * Same tags, same errors, same decoded values as {@link XmlReader}: UTF-8 never puts a byte below
 * 0x80 inside a multi-byte character, so every `<`, `>`, quote and name is found at the same place,
 * and every slice decoded starts and ends next to such a byte.
 */

import {
  CLOSE,
  decodeAttribute,
  decodeText,
  EOF,
  normalizeLineEnds,
  OPEN,
  XlsxCorrupt,
  TagWalker,
  type TokenKind,
} from "./xml";
import { keepShape } from "../../../core/shape";

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
function indexOfText(b: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  for (let i = find(b, first, from); i >= 0; i = find(b, first, i + 1)) if (startsWithAt(b, s, i)) return i;
  return -1;
}

export class ByteXmlReader extends TagWalker {
  pos = 0;
  nameStart = 0;
  nameEnd = 0;
  attrStart = 0;
  attrEnd = 0;
  valueEnd = 0;

  constructor(readonly xml: Uint8Array) {
    super();
  }

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

  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && startsWithAt(this.xml, name, this.nameStart);
  }

  get name(): string {
    return decodeBytes(this.xml, this.nameStart, this.nameEnd);
  }

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

  attr(name: string): string | undefined {
    const at = this.attrAt(name);
    if (at < 0) return undefined;
    return decodeAttribute(decodeBytes(this.xml, at, this.valueEnd));
  }

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

  private skipMarkup(lt: number): number {
    const xml = this.xml;
    if (startsWithAt(xml, "<!--", lt)) return after(xml, "-->", lt + 4);
    if (startsWithAt(xml, "<![CDATA[", lt)) return after(xml, "]]>", lt + 9);
    if (xml[lt + 1] === QUESTION) return after(xml, "?>", lt + 2);
    throw new XlsxCorrupt(`markup ${decodeBytes(xml, lt, Math.min(lt + 10, xml.length))} refused`);
  }
}

// One reader kept, so that readers keep their optimised code between sheets (see core/shape).
keepShape(new ByteXmlReader(new Uint8Array(0)));

function after(xml: Uint8Array, close: string, from: number): number {
  const end = indexOfText(xml, close, from);
  if (end < 0) throw new XlsxCorrupt(`unclosed ${close}`);
  return end + close.length;
}
