/**
 * Where the pane's settings live: one JSON value under one key.
 * - Excel: the document settings (`Office.context.document.settings`), saved inside the workbook,
 *   so that the ribbon's one-click report finds them in the same file, on any machine.
 * - File (browser mode): `localStorage`, one key per file name.
 *
 * The value is stored as a JSON string, so that what comes back is exactly what was stored (the
 * document settings would also take an object, but turn dates into strings on the way). A value
 * that cannot be read (edited by hand, written by something else) gives `undefined`: the pane then
 * starts from its defaults and is never locked out by a bad setting.
 */

/** The key of the pane's settings in the Excel document settings. */
export const SETTINGS_KEY = "tinhgon.settings";
/** The prefix of the key of a file's settings in the browser's storage (+ the file name). */
export const FILE_SETTINGS_PREFIX = "tinhgon.settings:";

/** `Office.AsyncResult` as `saveAsync` gives it: `status` is "succeeded" or "failed". */
export interface SaveResult {
  status: string;
  error?: { message?: string };
}

/** The slice of `Office.Settings` (Office.context.document.settings) the host uses. */
export interface DocumentSettings {
  /** The stored value, or null/undefined when there is none. */
  get(name: string): unknown;
  /** Changes the in-memory copy; `saveAsync` writes it into the document. */
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: SaveResult) => void): void;
}

interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: SaveResult) => void): void;
}

/**
 * The running Office's document settings, or undefined outside Office (office.js not loaded, or
 * a host without a document). Thin: every call goes to Office as it is.
 */
export function officeDocumentSettings(): DocumentSettings | undefined {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: unknown } } } }).Office;
  const settings = office?.context?.document?.settings as Partial<OfficeSettingsLike> | undefined;
  if (
    !settings ||
    typeof settings.get !== "function" ||
    typeof settings.set !== "function" ||
    typeof settings.saveAsync !== "function"
  ) {
    return undefined;
  }
  const s = settings as OfficeSettingsLike;
  return {
    get: (name) => s.get(name),
    set: (name, value) => s.set(name, value),
    saveAsync: (callback) => s.saveAsync(callback),
  };
}

/** The stored value as JSON text → the value; undefined when missing or not readable. */
export function decodeSettings(stored: unknown): unknown {
  if (stored === null || stored === undefined) return undefined;
  if (typeof stored !== "string") {
    // Written as an object by another version: take it if it is plain JSON data.
    return isJsonObject(stored) ? stored : undefined;
  }
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return undefined;
  }
}

/** The value as JSON text; undefined when it cannot be (a cycle, a BigInt). */
export function encodeSettings(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** The pane's settings from the document; undefined when none or unreadable. Never throws. */
export function loadDocumentSettings(settings: DocumentSettings | undefined): unknown {
  if (!settings) return undefined;
  try {
    return decodeSettings(settings.get(SETTINGS_KEY));
  } catch {
    return undefined;
  }
}

/**
 * Stores the pane's settings in the document and waits for `saveAsync`. True when Office said it
 * saved them; false otherwise (no document, a value that is not JSON, a failed save). Never throws.
 */
export async function saveDocumentSettings(
  settings: DocumentSettings | undefined,
  value: unknown,
): Promise<boolean> {
  const text = encodeSettings(value);
  if (!settings || text === undefined) return false;
  try {
    settings.set(SETTINGS_KEY, text);
    return await new Promise<boolean>((resolve) => {
      try {
        settings.saveAsync((result) => resolve(result?.status === "succeeded"));
      } catch {
        resolve(false);
      }
    });
  } catch {
    return false;
  }
}

/** The settings stored for `fileName` in the browser's storage; undefined when none. */
export function loadFileSettings(storage: Pick<Storage, "getItem"> | undefined, fileName: string): unknown {
  if (!storage) return undefined;
  try {
    return decodeSettings(storage.getItem(FILE_SETTINGS_PREFIX + fileName));
  } catch {
    return undefined;
  }
}

/** Stores the settings for `fileName`; false when the storage refused (full, disabled). */
export function saveFileSettings(
  storage: Pick<Storage, "setItem"> | undefined,
  fileName: string,
  value: unknown,
): boolean {
  const text = encodeSettings(value);
  if (!storage || text === undefined) return false;
  try {
    storage.setItem(FILE_SETTINGS_PREFIX + fileName, text);
    return true;
  } catch {
    return false;
  }
}

function isJsonObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
}
