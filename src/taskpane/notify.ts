/**
 * Messages for the task pane's message bar from outside it: the ribbon's one-click report runs in
 * the same JavaScript context (shared runtime) and calls {@link notify}; the pane shows the latest
 * message. A message sent while no pane listens (the pane not opened yet) waits for the next one
 * that subscribes.
 */
import type { Issue } from "../core/types";

export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface Notice {
  intent?: NoticeIntent;
  /** Text shown as it is (already in the user's language). */
  text?: string;
  /** An engine or host problem: shown with issueMessage in the pane's language. */
  issue?: Issue;
  /** Problems met on the way (the ribbon's read of a sheet): listed in the pane's problems. */
  issues?: Issue[];
}

type Listener = (notice: Notice) => void;

const listeners = new Set<Listener>();
let pending: Notice | undefined;

function normalise(message: string | Notice): Notice {
  if (typeof message === "string") return { intent: "info", text: message };
  return { ...message, intent: message.intent ?? (message.issue?.level === "error" ? "error" : "info") };
}

/** Show a message in the task pane's message bar (or as soon as the pane opens). */
export function notify(message: string | Notice): void {
  const notice = normalise(message);
  if (listeners.size === 0) {
    pending = notice;
    return;
  }
  for (const listener of [...listeners]) listener(notice);
}

/** Listen for messages; a message that was waiting is delivered at once. Returns the unsubscribe. */
export function onNotice(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    const waiting = pending;
    pending = undefined;
    listener(waiting);
  }
  return () => {
    listeners.delete(listener);
  };
}
