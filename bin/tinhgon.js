#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to build/ by `npm run build:cli` (run by `npm ci` through `prepare`).
const path = require("path");
let main;
try {
  main = require(path.join(__dirname, "..", "build", "cli", "main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "tinhgon: chưa biên dịch, hãy chạy `npm run build:cli` / not built yet, run `npm run build:cli`\n",
    );
    process.exit(2);
  }
  throw err;
}
main.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
