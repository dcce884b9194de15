/**
 * How much an .xlsx may unpack to. A crafted zip can declare small parts that inflate to gigabytes
 * (with ExcelJS, a 400 kB file holding 400 MB of blank space in its sheet XML took 10 s and 1.7 GB).
 *
 * Two checks, both browser-safe (no Node modules):
 * 1. {@link checkDeclaredSize}: the sizes the central directory declares: more than
 *    {@link MAX_UNZIPPED_BYTES} in all is refused at once ("file-too-large"), before anything is
 *    inflated. This is all the .xlsx reader needs beforehand: it inflates each part it reads into
 *    a buffer of the declared size and stops as soon as the part passes it (stream/zip.ts), so
 *    what it unpacks never exceeds what this check has allowed.
 * 2. {@link checkUnzippedSize} adds: parts that could inflate beyond what they declare are inflated
 *    once with DecompressionStream, counting and discarding the bytes, and stopped as soon as they
 *    pass their declared size (the zip lies: "file-corrupt"). A part needs this only while the parts
 *    not yet checked could, at deflate's largest ratio (1032:1), exceed the limit. For a consumer
 *    that inflates without such a stop; when DecompressionStream is missing (an old browser), only
 *    the first check runs. */

import { partData, zipEntries, type ZipEntry } from "./stream/zip";

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

function entriesOf(bytes: Uint8Array): ZipEntry[] | undefined {
  try {
    return zipEntries(bytes);
  } catch {
    return undefined;
  }
}

/** Whether the parts of `bytes` (a zip) declare at most `max` bytes in all. Never throws. */
export function checkDeclaredSize(bytes: Uint8Array, max = MAX_UNZIPPED_BYTES): ZipVerdict {
  // Not readable here: the reader says whether it is a zip at all.
  return declaredVerdict(entriesOf(bytes), max);
}

function declaredVerdict(entries: readonly ZipEntry[] | undefined, max: number): ZipVerdict {
  if (!entries) return OK;
  let declared = 0;
  for (const e of entries) declared += e.size;
  return declared > max ? { ok: false, problem: "too-large", size: declared } : OK;
}

/** Whether `bytes` (a zip) stays within `max` bytes unpacked, its parts inflated if need be. Never throws. */
export async function checkUnzippedSize(bytes: Uint8Array, max = MAX_UNZIPPED_BYTES): Promise<ZipVerdict> {
  const entries = entriesOf(bytes);
  const declared = declaredVerdict(entries, max);
  if (!entries || !declared.ok) return declared;

  // Worst case of what the parts can really unpack to; check the largest until it is within max.
  const bound = (e: ZipEntry): number =>
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
    if (within === undefined) continue; // cannot be checked here: left to the reader
    worst += e.size - bound(e);
  }
  return OK;
}

/**
 * Whether raw deflate data unpacks to at most `limit` bytes, inflating it in small steps and
 * keeping nothing. Undefined when it cannot be told here (no "deflate-raw", or data the inflater
 * rejects: the reader then gives its own verdict, having inflated at most `limit` bytes of it).
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
