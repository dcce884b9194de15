/**
 * taskpane_js_gzip_kb, functions_js_gzip_kb: the production build (webpack --mode production, as
 * `npm run build`) made into a temporary folder, its JavaScript bundles gzipped (level 9).
 */

import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { promisify } from "util";
import { gzipSync } from "zlib";

export interface BundleResult {
  /** Gzipped kB of each .js bundle webpack emitted at the top of the output. */
  gzipKb: Record<string, number>;
  ms: number;
}

export async function buildBundles(root: string): Promise<BundleResult> {
  const out = mkdtempSync(path.join(tmpdir(), "tinhgon-bench-dist-"));
  const started = Date.now();
  try {
    await promisify(execFile)(
      process.execPath,
      [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    const gzipKb: Record<string, number> = {};
    for (const file of readdirSync(out).filter((f) => f.endsWith(".js"))) {
      const bytes = readFileSync(path.join(out, file));
      gzipKb[file] = gzipSync(bytes, { level: 9 }).length / 1024;
    }
    return { gzipKb, ms: Date.now() - started };
  } finally {
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  }
}
