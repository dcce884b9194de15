/**
 * How much an .xlsx may unpack to, checked before ExcelJS opens it. ExcelJS (through JSZip) inflates
 * every part of the archive whole into memory before parsing it, and checks a part's size against
 * the size the zip declares only once it is all inflated: a 400 kB file holding 400 MB of blank
 * space in its sheet XML took 10 s and 1.7 GB, and a crafted file could take any amount.
 *
 * Two checks, both browser-safe (no Node modules):
 * 1. the sizes the central directory declares: more than {@link MAX_UNZIPPED_BYTES} in all is
 *    refused at once ("file-too-large"), before anything is inflated;
 * 2. parts that could inflate beyond what they declare are inflated once with DecompressionStream,
 *    counting and discarding the bytes, and stopped as soon as they pass their declared size (the
 *    zip lies: "file-corrupt"). A part needs this only while the parts not yet checked could, at
 *    deflate's largest ratio (1032:1), exceed the limit: files under ~250 kB are never inflated
 *    twice, and larger ones only in their largest parts.
 * When DecompressionStream is missing (an old browser), only the first check runs.
 */

/** The most all parts of a workbook may unpack to. Far above any staffing table (4 million cells). */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

/** Deflate's largest compression ratio (zlib technical details), with a margin. */
const DEFLATE_MAX_RATIO = 1040;
/** Compressed bytes fed to the inflater at a time: bounds what one step can produce. */
const SLICE = 16 * 1024;

export type ZipVerdict =
  | { ok: true }
  /** Declares more than the limit: `size` bytes in all. */
  | { ok: false; problem: "too-large"; size: number }
  /** A part unpacks to more than it declares, or cannot be found where the zip says. */
  | { ok: false; problem: "corrupt" };

const OK: ZipVerdict = { ok: true };
const CORRUPT: ZipVerdict = { ok: false, problem: "corrupt" };

interface Entry {
  method: number;
  compressed: number;
  size: number;
  local: number;
}

/** Whether `bytes` (a zip) stays within `max` bytes unpacked. Never throws. */
export async function checkUnzippedSize(bytes: Uint8Array, max = MAX_UNZIPPED_BYTES): Promise<ZipVerdict> {
  let entries: Entry[] | undefined;
  try {
    entries = centralDirectory(bytes);
  } catch {
    entries = undefined;
  }
  // Not readable here: ExcelJS says whether it is a zip at all.
  if (!entries) return OK;
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > max) return { ok: false, problem: "too-large", size: declared };

  // Worst case of what the parts can really unpack to; check the largest until it is within max.
  const bound = (e: Entry): number =>
    e.method === 0 ? e.compressed : e.compressed * DEFLATE_MAX_RATIO + 1024;
  let worst = entries.reduce((n, e) => n + bound(e), 0);
  if (worst <= max) return OK;
  if (typeof DecompressionStream !== "function") return OK;
  const byBound = entries.filter((e) => e.method === 8).sort((a, b) => bound(b) - bound(a));
  for (const e of byBound) {
    if (worst <= max) break;
    const data = partData(bytes, e);
    if (!data) return CORRUPT;
    const within = await inflatesWithin(data, e.size);
    if (within === false) return CORRUPT;
    if (within === undefined) continue; // cannot be checked here: left to ExcelJS
    worst += e.size - bound(e);
  }
  return OK;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

/** The entries of the central directory (ZIP64 too); undefined when there is none to read. */
function centralDirectory(b: Uint8Array): Entry[] | undefined {
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
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return undefined;
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const entry: Entry = {
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

/** The compressed bytes of a part, from its local header. */
function partData(b: Uint8Array, e: Entry): Uint8Array | undefined {
  if (e.local + 30 > b.length || u32(b, e.local) !== 0x04034b50) return undefined;
  const start = e.local + 30 + u16(b, e.local + 26) + u16(b, e.local + 28);
  if (start + e.compressed > b.length) return undefined;
  return b.subarray(start, start + e.compressed);
}

/**
 * Whether raw deflate data unpacks to at most `limit` bytes, inflating it in small steps and
 * keeping nothing. Undefined when it cannot be told here (no "deflate-raw", or data the inflater
 * rejects: ExcelJS then gives its own verdict, having inflated at most `limit` bytes of it).
 */
async function inflatesWithin(data: Uint8Array, limit: number): Promise<boolean | undefined> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream("deflate-raw");
  } catch {
    return undefined;
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stop = false;
  const feed = (async () => {
    try {
      for (let i = 0; i < data.length && !stop; i += SLICE)
        await writer.write(data.subarray(i, i + SLICE) as Uint8Array<ArrayBuffer>);
      if (!stop) await writer.close();
    } catch {
      // The reader side sees the error, or has stopped.
    }
  })();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        stop = true;
        await reader.cancel().catch(() => undefined);
        await feed;
        return false;
      }
    }
  } catch {
    stop = true;
    await feed;
    return total > limit ? false : undefined;
  }
  await feed;
  return true;
}
