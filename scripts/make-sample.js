#!/usr/bin/env node
"use strict";
// Regenerates the samples under samples/. Run from the repository root:
//
//     node scripts/make-sample.js
//
// There is no ts-node/tsx here, so this launcher teaches `require` to load .ts files by
// transpiling them in memory with the project's own `typescript` (no type check: `npm run
// typecheck` covers scripts/make-sample.ts), then runs scripts/make-sample.ts. Nothing is written
// but the samples.
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};

require(path.join(__dirname, "make-sample.ts"))
  .main()
  .then((code) => {
    process.exitCode = code;
  });
