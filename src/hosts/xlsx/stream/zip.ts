/**
 * The zip container of an .xlsx: its central directory and one part's bytes. Browser-safe: fflate
 * inflates by default, no Node modules; a host may pass its own {@link InflateRaw} (the Node entry,
 * open.ts, passes zlib's, which is several times faster). A part is inflated into a buffer of the size the central directory
 * declares (one allocation, no growing), a slice of compressed bytes at a time, and stopped as soon
 * as it passes that size: a part that inflates to any other size is a lying or broken zip, and the
 * file is refused, so a zip bomb whose headers lie costs at most one slice's output (16 kB × 1032)
 * beyond its declared size. `zip-limits.ts` has checked the declared sizes before anything here runs.
 */

import { Inflate } from "fflate";
import { XlsxCorrupt } from "./xml";

export interface ZipEntry {
  /** The entry's name as stored ("xl/worksheets/sheet1.xml"). */
  name: string;
  method: number;
  compressed: number;
  size: number;
  /** Offset of its local header. */
  local: number;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const NAME_DECODER = new TextDecoder("utf-8");
/** Compressed bytes fed to the inflater at a time: bounds what one step can produce. */
const SLICE = 16 * 1024;

/** The entries of the central directory (ZIP64 too); undefined when there is none to read. */
export function zipEntries(b: Uint8Array): ZipEntry[] | undefined {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(b, locator) !== 0x07064b50) return undefined;
    const record = u64(b, locator + 8);
    if (u32(b, record) !== 0x06064b50) return undefined;
    count = u64(b, record + 32);
    at = u64(b, record + 48);
  }
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return undefined;
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const entry: ZipEntry = {
      name: NAME_DECODER.decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      size: u32(b, at + 24),
      local: u32(b, at + 42),
    };
    // ZIP64 extra field (id 1): the 64-bit values of the fields set to 0xFFFFFFFF, in this order.
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff || entry.local === 0xffffffff) {
      let x = at + 46 + nameLength;
      const end = x + extraLength;
      while (x + 4 <= end) {
        const id = u16(b, x);
        const length = u16(b, x + 2);
        if (id === 1) {
          let v = x + 4;
          for (const field of ["size", "compressed", "local"] as const) {
            if (entry[field] === 0xffffffff && v + 8 <= x + 4 + length) {
              entry[field] = u64(b, v);
              v += 8;
            }
          }
        }
        x += 4 + length;
      }
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  return entries;
}

/** The compressed bytes of a part, from its local header; undefined when they are not there. */
export function partData(b: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  if (e.local + 30 > b.length || u32(b, e.local) !== 0x04034b50) return undefined;
  const start = e.local + 30 + u16(b, e.local + 26) + u16(b, e.local + 28);
  if (start + e.compressed > b.length) return undefined;
  return b.subarray(start, start + e.compressed);
}

/**
 * Inflates raw deflate `data` that should unpack to `size` bytes. It must never produce much more
 * than `size` (a zip bomb whose headers lie): stop, or throw, past it. What it returns is checked
 * against `size` by {@link unzipPart}.
 */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

/**
 * A raw-deflate inflater that gives the output in chunks as it comes (Node's zlib stream, in the
 * CLI); it throws {@link XlsxCorrupt} as soon as the output passes `size`, and at the end when it
 * is not exactly `size`.
 */
export type InflateChunks = (data: Uint8Array, size: number) => AsyncIterable<Uint8Array>;

/**
 * fflate's inflate (browser-safe), into a buffer of the declared size, a slice of compressed bytes
 * at a time, stopped as soon as the output passes `size`.
 */
export const fflateInflate: InflateRaw = (data, size) => {
  const out = new Uint8Array(size);
  let written = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) over = true;
    else {
      out.set(chunk, written);
      written += chunk.length;
    }
  });
  for (let i = 0; i < data.length && !over; i += SLICE)
    inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  if (data.length === 0) inflater.push(data, true);
  if (over || written !== size) throw new XlsxCorrupt("part inflates to another size");
  return out;
};

/** A part's bytes, inflated; throws XlsxCorrupt when they are missing or not what the zip declares. */
export function unzipPart(b: Uint8Array, e: ZipEntry, inflate: InflateRaw = fflateInflate): Uint8Array {
  const data = partData(b, e);
  if (!data) throw new XlsxCorrupt(`part ${e.name} missing`);
  if (e.method === 0) {
    if (e.compressed !== e.size) throw new XlsxCorrupt(`stored part ${e.name} has the wrong size`);
    return data;
  }
  if (e.method !== 8) throw new XlsxCorrupt(`part ${e.name}: compression method ${e.method}`);
  let out: Uint8Array;
  try {
    out = inflate(data, e.size);
  } catch {
    throw new XlsxCorrupt(`part ${e.name} inflates to another size`);
  }
  if (out.length !== e.size) throw new XlsxCorrupt(`part ${e.name} inflates to another size`);
  return out;
}

/** Entries by name: exact, then case-insensitive and with "\" read as "/" (some writers do both). */
export class ZipIndex {
  private readonly exact = new Map<string, ZipEntry>();
  private readonly loose = new Map<string, ZipEntry>();

  constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) {
      this.exact.set(e.name, e);
      const key = looseKey(e.name);
      if (!this.loose.has(key)) this.loose.set(key, e);
    }
  }

  get(name: string): ZipEntry | undefined {
    return this.exact.get(name) ?? this.loose.get(looseKey(name));
  }
}

const looseKey = (name: string): string => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
