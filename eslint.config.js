// @ts-check
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const layers = require("./eslint/layers");

module.exports = tseslint.config(
  {
    ignores: [
      "node_modules/",
      "build/",
      "dist/",
      "out/",
      "coverage/",
      "test-output/",
      "build-bench/",
      "dist-test/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The core is pure: no host, DOM, React or file system.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "CustomFunctions",
        "window",
        "document",
        "process",
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "fs",
            "node:*",
            "path",
            "react",
            "react-dom",
            "@fluentui/*",
            "exceljs",
            "../../hosts/*",
            "../../cli/*",
          ],
        },
      ],
    },
  },
  {
    // The layers of src/ (eslint/layers.js): what each folder may import.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { tinhgon: layers },
    rules: { "tinhgon/layers": "error" },
  },
  {
    // Custom-function signatures must say `any[][]`: the metadata generator maps it to "any" matrices.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
