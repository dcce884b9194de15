/**
 * The reader worker (built by webpack as dist/reader.js): the page's File host sends it the bytes
 * of a picked file; it answers with sheets, rows and report bytes (protocol.ts). All the work is in
 * readerHandler.ts; this file only binds it to the worker's global scope.
 */

import type { ReaderRequest, ReaderResponse } from "./protocol";
import { createReaderHandler } from "./readerHandler";

/** The slice of `DedicatedWorkerGlobalScope` used (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: { data: ReaderRequest }) => void) | null;
  postMessage(message: ReaderResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createReaderHandler((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event) => {
  void handle(event.data);
};
