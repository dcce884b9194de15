import { officeExcelRun } from "./excelHost";
import {
  decodeSettings,
  FILE_SETTINGS_PREFIX,
  loadFileSettings,
  officeDocumentSettings,
  saveDocumentSettings,
  SETTINGS_KEY,
  type SaveResult,
} from "./settingsStore";

type Global = { Office?: unknown; Excel?: unknown };

describe("the Office adapters", () => {
  afterEach(() => {
    delete (globalThis as Global).Office;
    delete (globalThis as Global).Excel;
  });

  it("find nothing outside Office", () => {
    expect(officeDocumentSettings()).toBeUndefined();
    expect(officeExcelRun()).toBeUndefined();
    (globalThis as Global).Office = { context: {} };
    expect(officeDocumentSettings()).toBeUndefined();
  });

  it("pass document settings calls through to Office, saveAsync awaited", async () => {
    const calls: string[] = [];
    (globalThis as Global).Office = {
      context: {
        document: {
          settings: {
            get: (name: string) => (calls.push(`get ${name}`), null),
            set: (name: string, value: unknown) => void calls.push(`set ${name} ${String(value)}`),
            saveAsync: (callback: (r: SaveResult) => void) => {
              calls.push("saveAsync");
              setTimeout(() => callback({ status: "succeeded" }), 5);
            },
          },
        },
      },
    };
    const settings = officeDocumentSettings();
    expect(settings?.get(SETTINGS_KEY)).toBeNull();
    await expect(saveDocumentSettings(settings, { job: "plan" })).resolves.toBe(true);
    expect(calls).toEqual([`get ${SETTINGS_KEY}`, `set ${SETTINGS_KEY} {"job":"plan"}`, "saveAsync"]);
  });

  it("runs batches with Excel.run", async () => {
    const context = { workbook: {}, sync: async () => undefined };
    (globalThis as Global).Excel = {
      run: (batch: (c: unknown) => Promise<unknown>) => batch(context),
    };
    const run = officeExcelRun();
    await expect(run?.(async (c) => c === (context as unknown))).resolves.toBe(true);
  });
});

describe("stored settings", () => {
  it("reads JSON text, takes plain objects, and gives undefined for the rest", () => {
    expect(decodeSettings('{"a":1}')).toEqual({ a: 1 });
    expect(decodeSettings({ a: 1 })).toEqual({ a: 1 });
    expect(decodeSettings("{a:1")).toBeUndefined();
    expect(decodeSettings(null)).toBeUndefined();
    expect(decodeSettings(42)).toBeUndefined();
  });

  it("does not save what is not JSON", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(saveDocumentSettings(undefined, {})).resolves.toBe(false);
    const stored = new Map<string, unknown>();
    const settings = {
      get: (n: string) => stored.get(n),
      set: (n: string, v: unknown) => void stored.set(n, v),
      saveAsync: (cb?: (r: SaveResult) => void) => cb?.({ status: "succeeded" }),
    };
    await expect(saveDocumentSettings(settings, cyclic)).resolves.toBe(false);
    expect(stored.size).toBe(0);
    expect(
      loadFileSettings({ getItem: (k) => (k === `${FILE_SETTINGS_PREFIX}a.xlsx` ? "[1]" : null) }, "a.xlsx"),
    ).toEqual([1]);
  });
});
