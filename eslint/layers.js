// @ts-check
/**
 * The architecture as a lint rule: which folder of src/ may import which. Each file belongs to one
 * layer (by its path); an import of a relative path is resolved and its layer looked up in the
 * importing layer's `may` list, an import of a package in its `never` list. Tests (`*.test.ts`,
 * test/, fixtures) and the test doubles (a folder named `fake` or `testing`) may import anything;
 * shipped code never imports a test double.
 */
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

/** Layers from the most specific path; `src/taskpane/hosts` belongs to the pane. */
const LAYERS = [
  ["testing", /^src\/(hosts\/excel\/fake|taskpane\/testing)\//],
  ["core", /^src\/core\//],
  ["reports", /^src\/reports\//],
  ["functions", /^src\/functions\//],
  ["jobs", /^src\/jobs\//],
  ["i18n", /^src\/i18n\//],
  ["hosts/excel", /^src\/hosts\/excel\//],
  ["hosts/xlsx", /^src\/hosts\/xlsx\//],
  ["hosts/docx", /^src\/hosts\/docx\//],
  ["cli", /^src\/cli\//],
  ["commands", /^src\/commands\//],
  ["taskpane", /^src\/taskpane\//],
];

const UI = ["react", "react-dom", "@fluentui/*"];
const NODE = ["fs", "path", "os", "child_process", "zlib", "util", "node:*"];

/** What each layer may import (layers) and must never import (packages). */
const RULES = {
  core: { may: ["core"], never: [...NODE, ...UI, "exceljs", "docx"] },
  reports: { may: ["core", "reports"], never: [...NODE, ...UI, "exceljs", "docx"] },
  functions: { may: ["core", "functions"], never: [...NODE, ...UI, "exceljs", "docx"] },
  jobs: { may: ["core", "reports", "jobs"], never: [...NODE, ...UI, "exceljs", "docx"] },
  i18n: { may: ["core", "reports", "i18n"], never: [...NODE, ...UI] },
  "hosts/docx": { may: ["core", "reports", "hosts/docx"], never: UI },
  "hosts/xlsx": { may: ["core", "reports", "hosts/xlsx", "hosts/docx"], never: UI },
  "hosts/excel": { may: ["core", "reports", "hosts/excel"], never: [...NODE, ...UI] },
  cli: { may: ["core", "reports", "jobs", "hosts/xlsx", "hosts/docx", "cli"], never: UI },
  commands: { may: ["core", "reports", "jobs", "i18n", "hosts/excel", "taskpane", "commands"], never: NODE },
  taskpane: {
    may: [
      "core",
      "reports",
      "jobs",
      "i18n",
      "hosts/excel",
      "hosts/xlsx",
      "hosts/docx",
      "commands",
      "taskpane",
    ],
    never: NODE,
  },
};

/** The layer of a file (path relative to the repository), or undefined for tests and tooling. */
function layerOf(relative) {
  const file = relative.split(path.sep).join("/");
  if (!file.startsWith("src/") || /\.test\.tsx?$/.test(file) || /(^|\/)fixtures(\.tsx?|\/)/.test(file))
    return undefined;
  for (const [name, pattern] of LAYERS) if (pattern.test(file)) return name;
  return undefined;
}

/** A package name matches "react", "@fluentui/*" or "node:*". */
function packageMatches(source, pattern) {
  if (pattern.endsWith("/*")) return source.startsWith(pattern.slice(0, -1));
  if (pattern.endsWith(":*")) return source.startsWith(pattern.slice(0, -1));
  return source === pattern || source.startsWith(`${pattern}/`);
}

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Keep the layers of src/ apart (DESIGN.md §2, README 'Where things go')." },
    schema: [],
  },
  create(context) {
    const file = path.relative(ROOT, context.filename);
    const layer = layerOf(file);
    if (layer === undefined || layer === "testing") return {};
    const rules = RULES[layer];
    function check(node, source) {
      if (typeof source !== "string") return;
      if (source.startsWith(".")) {
        const target = path.relative(ROOT, path.resolve(path.dirname(context.filename), source));
        const targetLayer = layerOf(`${target}.ts`) ?? layerOf(`${target}/index.ts`);
        if (
          targetLayer === "testing" ||
          /(^|\/)(fake|testing)(\/|$)/.test(target.split(path.sep).join("/"))
        ) {
          context.report({ node, message: `${layer} must not import a test double (${source}).` });
        } else if (targetLayer !== undefined && !rules.may.includes(targetLayer)) {
          context.report({ node, message: `${layer} must not import ${targetLayer} (${source}).` });
        }
      } else if (rules.never.some((p) => packageMatches(source, p))) {
        context.report({ node, message: `${layer} must not import the package ${source}.` });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

module.exports = { rules: { layers: rule }, layerOf };
