/**
 * Task pane entry. Inside Excel (taskpane.html loads office.js): the Excel host over Office.js, and
 * the ribbon commands registered in the same runtime. Anywhere else (index.html has no office.js,
 * or office.js outside Office): the File host, which reads a file the user picks in a worker and
 * downloads the report. Either way the same <App/> renders.
 */
import { createRoot } from "react-dom/client";
import { registerCommands } from "../commands/commands";
import { App } from "./App";
import type { Host } from "./host";
import { downloadBytes } from "./hosts/download";
import { createExcelHost, officeExcelRun } from "./hosts/excelHost";
import { createFileHost, returnReader } from "./hosts/fileHost";
import { browserReader } from "./hosts/protocol";
import { officeDocumentSettings } from "./hosts/settingsStore";
import { notify } from "./notify";

export { notify } from "./notify";

function render(host: Host): void {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={host} />);
}

/** The browser's storage, or none where it is blocked (private modes, sandboxed frames). */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function fileHost(): Host {
  return createFileHost({
    worker: browserReader(),
    storage: browserStorage(),
    download: (fileName, bytes) => downloadBytes(fileName, bytes),
    // Vietnamese first, whatever the browser says; English is one click away and then remembered.
    dark: prefersDark(),
  });
}

/** Whether Office's theme is dark: its own flag when given, else the body background's lightness. */
function officeDark(theme: Office.OfficeTheme | undefined): boolean | undefined {
  if (!theme) return undefined;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * (r ?? 255) + 0.587 * (g ?? 255) + 0.114 * (b ?? 255) < 128;
}

/**
 * Excel for Mac: the browser page of this server (index.html), opened in the user's browser, where
 * the saved workbook can be opened and the Word file downloaded (docs/deploy.md §8). Nothing of the
 * report goes into the address.
 */
function openBrowserWindow(): { openInBrowser?: () => void } {
  const office = Office as unknown as {
    context?: {
      requirements?: { isSetSupported(name: string, version: string): boolean };
      ui?: { openBrowserWindow?(url: string): void };
    };
  };
  const ui = office.context?.ui;
  if (!ui?.openBrowserWindow || !office.context?.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1"))
    return {};
  const page = new URL("index.html", window.location.href).href;
  return { openInBrowser: () => ui.openBrowserWindow?.(page) };
}

function excelHost(): Host | undefined {
  const run = officeExcelRun();
  if (!run) return undefined;
  // Excel for Mac's pane cannot download files (docs/deploy.md §8): no Word file there. The Word
  // writer is loaded only when asked for, so that the pane opens as fast as before.
  const mac = (Office.context as { platform?: string } | undefined)?.platform === "Mac";
  const host = createExcelHost({
    run,
    settings: officeDocumentSettings(),
    displayLanguage: Office.context?.displayLanguage,
    dark: officeDark(Office.context?.officeTheme),
    // The forms of a consolidation are files the user picks: read in the same worker as the browser's.
    readReturn: returnReader(browserReader()),
    ...(mac
      ? openBrowserWindow()
      : {
          word: {
            write: async (doc) =>
              (await import(/* webpackChunkName: "word" */ "../hosts/docx/report")).reportDocx(doc),
            download: (fileName, bytes) => downloadBytes(fileName, bytes),
          },
        }),
  });
  registerCommands({
    host,
    notify: (message, result) =>
      notify({ intent: result.ok ? "success" : "error", text: message, issues: result.issues }),
  });
  return host;
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    render((info.host === "Excel" ? excelHost() : undefined) ?? fileHost());
  });
} else {
  render(fileHost());
}
