/**
 * Preloaded into the CLI (`node -r rss-hook.js bin/tinhgon.js ...`): at exit, writes the process's
 * peak resident set size in kB (getrusage's ru_maxrss) to the file named by TINHGON_BENCH_RSS.
 * The CLI itself runs unchanged.
 */
import { writeFileSync } from "fs";

const file = process.env.TINHGON_BENCH_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
