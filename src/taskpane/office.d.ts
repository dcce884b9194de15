/**
 * The few Office.js globals the task pane's bootstrap touches (index.tsx). @types/office-js is not
 * a dependency on purpose: everything else goes through the Host interface and the hosts' own
 * narrow types (src/hosts/excel/excelApi.ts), so that the pane cannot call Office.js by accident.
 */
/** Tinh Gọn's version, set by webpack (DefinePlugin); absent under jest. */
declare const __TINHGON_VERSION__: string | undefined;

declare namespace Office {
  interface ReadyInfo {
    /** "Excel" inside Excel; null when office.js runs outside Office (a plain browser tab). */
    host: string | null;
    platform: string | null;
  }

  interface OfficeTheme {
    bodyBackgroundColor?: string;
    bodyForegroundColor?: string;
    /** Present in newer Office versions. */
    isDarkTheme?: boolean;
  }

  interface Context {
    /** "vi-VN", "en-US"... */
    displayLanguage?: string;
    /** Absent where Office does not expose its theme (Excel on the web, older builds). */
    officeTheme?: OfficeTheme;
  }

  const context: Context | undefined;

  function onReady(callback?: (info: ReadyInfo) => void): Promise<ReadyInfo>;
}
