/**
 * The built task pane in a real browser: Debian's chromium driven by playwright-core, headless,
 * with the flags that stop its own background networking. The pages are built once per test file
 * (`webpack --env testPages` into dist-test/, which adds the fake-Excel page to the production
 * pages) and served from 127.0.0.1 by scripts/serve.js. Every request the page makes is recorded,
 * and any that leaves the page's origin is aborted and reported by {@link Session.outside}.
 *
 * Without /usr/bin/chromium the browser tests are skipped locally with a warning; under CI
 * (`CI` set, as .ci/run does) they fail instead, so that CI can never pass without them.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "..", "..");
export const CHROMIUM = process.env.TINHGON_CHROMIUM ?? "/usr/bin/chromium";
export const PAGES_DIR = path.join(ROOT, "dist-test");
export const SHOTS_DIR = path.join(ROOT, "test-output", "screenshots");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve.js") as {
  serve(dir: string, options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
};

/** `describe` when a browser is there (or CI demands one), `describe.skip` with a warning otherwise. */
export function describeBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM) || process.env.CI) {
    describe(name, body);
  } else {
    console.warn(`${CHROMIUM} not found: browser tests skipped (apt-get install chromium; CI installs it).`);
    describe.skip(name, body);
  }
}

/** Builds dist-test/ (production pages + the fake-Excel page) unless TINHGON_PAGES_BUILT=1. */
export function buildPages(): void {
  if (process.env.TINHGON_PAGES_BUILT === "1" && existsSync(path.join(PAGES_DIR, "test-excel.html"))) return;
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "testPages"],
    { cwd: ROOT, stdio: "pipe", env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" } },
  );
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The served origin, "http://127.0.0.1:PORT/". */
  url: string;
  /** Every URL requested by the page, in order. */
  requests: string[];
  /** Requests that left the page's origin (aborted). Must stay empty. */
  outside: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  /** A screenshot of the whole page, or of one part of it, as test-output/screenshots/NAME.png. */
  shot(name: string, part?: Locator): Promise<string>;
  close(): Promise<void>;
}

export async function openSession(
  options: { width?: number; height?: number; dark?: boolean } = {},
): Promise<Session> {
  const server = await serve(PAGES_DIR);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-features=Translate,OptimizationHints,MediaRouter",
    ],
  });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 380, height: options.height ?? 1000 },
    acceptDownloads: true,
    colorScheme: options.dark ? "dark" : "light",
    locale: "vi-VN",
  });
  const origin = new URL(server.url).origin;
  const requests: string[] = [];
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    const allowed = url.startsWith(origin + "/") || url.startsWith("blob:") || url.startsWith("data:");
    if (allowed) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  mkdirSync(SHOTS_DIR, { recursive: true });
  return {
    browser,
    context,
    page,
    url: server.url,
    requests,
    outside,
    errors,
    async shot(name, part) {
      const file = path.join(SHOTS_DIR, `${name}.png`);
      if (part) await part.screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
