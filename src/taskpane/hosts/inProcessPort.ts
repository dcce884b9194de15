/**
 * The reader without a worker: a {@link ReaderPort} that runs readerHandler.ts in this thread,
 * for jest and for test pages. Like a worker, it copies every message (structured clone, so that
 * nothing is shared by mistake), moves the transferred buffers (the sender's copy is emptied) and
 * answers asynchronously. Imports ExcelJS: never import it from the pane's code.
 */

import type { ReaderPort, ReaderRequest, ReaderResponse } from "./protocol";
import { createReaderHandler } from "./readerHandler";

export interface InProcessPort extends ReaderPort {
  /** Every message the reader sent, in order: its type and, for `rows`, how many. */
  readonly sent: { id: number; type: ReaderResponse["type"]; rows?: number }[];
  /** Whether `terminate()` was called. */
  readonly terminated: boolean;
}

export function inProcessPort(): InProcessPort {
  let onMessage: ((message: ReaderResponse) => void) | undefined;
  let terminated = false;
  const sent: InProcessPort["sent"] = [];
  const handle = createReaderHandler((message, transfer) => {
    if (terminated) return;
    sent.push({
      id: message.id,
      type: message.type,
      ...(message.type === "rows" ? { rows: message.rows.length } : {}),
    });
    const copy = structuredClone(message, { transfer: transfer ?? [] });
    setTimeout(() => {
      if (!terminated) onMessage?.(copy);
    }, 0);
  });
  return {
    sent,
    get terminated() {
      return terminated;
    },
    post(message: ReaderRequest, transfer?: Transferable[]) {
      if (terminated) return;
      const copy = structuredClone(message, { transfer: transfer ?? [] });
      setTimeout(() => {
        if (!terminated) void handle(copy);
      }, 0);
    },
    listen(message) {
      onMessage = message;
    },
    terminate() {
      terminated = true;
    },
  };
}
