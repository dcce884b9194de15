// Builds the add-in into dist/: the custom functions (functions.js, functions.json and the Vietnamese
// functions.vi.json), the shared-runtime page taskpane.html (task pane + functions + ribbon commands), the
// browser-mode page index.html (no office.js), the .xlsx reader worker reader.js, office.js from
// @microsoft/office-js, the icons and the manifest with its URLs pointed at the production host.
//
//   webpack --mode production                  dist/ (what `npm run build` ships)
//   webpack --mode production --env testPages  dist-test/: the same, plus test-excel.html (the task pane on a
//                                              recording fake of Excel, for the browser tests); never in dist/
//   webpack serve --mode development           https://localhost:3000 with the office-addin-dev-certs certificate
"use strict";
const path = require("path");
const fs = require("fs");
const { sources, Compilation, DefinePlugin } = require("webpack");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { localizeMetadata } = require("./scripts/localize-metadata");

const DEV_PORT = 3000;
const DEV_URL = `https://localhost:${DEV_PORT}/`;
/** Where the built dist/ is served from in production (any static HTTPS host), ending in "/". */
const PROD_URL = process.env.TINHGON_PUBLIC_URL || "https://tinhgon.example.vn/";

/** Entries written by other parts of the project: built only once their source exists. */
const READER_WORKER = "./src/taskpane/hosts/readerWorker.ts";
const FAKE_EXCEL_PAGE = "./src/taskpane/testing/fakeExcelPage.tsx";
const exists = (file) => fs.existsSync(path.resolve(__dirname, file));

/** Emits functions.vi.json next to the functions.json that CustomFunctionsMetadataPlugin made. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const translations = JSON.parse(
            fs.readFileSync(path.join(__dirname, "src/functions/translations.vi.json"), "utf8"),
          );
          try {
            const vi = localizeMetadata(JSON.parse(asset.source.source().toString()), translations);
            compilation.emitAsset("functions.vi.json", new sources.RawSource(JSON.stringify(vi, null, 4)));
          } catch (err) {
            compilation.errors.push(err);
          }
        },
      );
    });
  }
}

/**
 * The dev server's HTTPS options: the localhost certificate of office-addin-dev-certs (created and trusted
 * on first use with `npx office-addin-dev-certs install`). Only `webpack serve` asks for it: a build and the
 * tests never need a certificate.
 */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const testPages = Boolean(env.testPages);
  if (!dev && !/^https:\/\/.+\/$/.test(PROD_URL))
    throw new Error("TINHGON_PUBLIC_URL must be an https URL ending in /");

  const entry = {
    functions: "./src/functions/functions.ts",
    taskpane: "./src/taskpane/index.tsx",
  };
  // A Web Worker loaded by URL (`new Worker("reader.js")`), not injected into any page.
  if (exists(READER_WORKER)) entry.reader = { import: READER_WORKER, chunkLoading: "import-scripts" };
  if (testPages && exists(FAKE_EXCEL_PAGE)) entry.fakeExcel = FAKE_EXCEL_PAGE;

  const pages = [
    // The shared runtime's page: task pane, custom functions and ribbon commands in one context.
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane", "functions"],
    }),
    // Browser mode: the same pane on an .xlsx the user picks, without office.js.
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/taskpane/index.html",
      chunks: ["taskpane"],
    }),
  ];
  if (entry.fakeExcel)
    pages.push(
      // Test only: the pane on a recording fake of Excel (dist-test/, never dist/).
      new HtmlWebpackPlugin({
        filename: "test-excel.html",
        template: "./src/taskpane/index.html",
        chunks: ["fakeExcel"],
      }),
    );

  return {
    // Separate .map files: "eval-*" devtools would need 'unsafe-eval', which the pages' CSP forbids.
    devtool: "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, testPages ? "dist-test" : "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked once by `npm run typecheck`; the bundle only needs the JavaScript.
            options: {
              configFile: "tsconfig.build.json",
              onlyCompileBundledFiles: true,
              transpileOnly: true,
            },
          },
        },
      ],
    },
    plugins: [
      // The version a report's "Nguồn số liệu" sheet names.
      new DefinePlugin({ __TINHGON_VERSION__: JSON.stringify(require("./package.json").version) }),
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new LocalizedMetadataPlugin(),
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Served from our own origin, so that the page starts where the Office CDN cannot be reached.
          // Already minified: marking it so keeps Terser off its megabytes of scripts.
          { from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Every URL, not only the first: String.replaceAll.
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, PROD_URL)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      // Everything is served from the compilation in memory; a stale dist/ is never mixed in.
      static: false,
      // As in Office's add-in templates: Office may fetch the functions' metadata from another origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      ...(serving ? { server: { type: "https", options: await devServerHttps() } } : {}),
      port: DEV_PORT,
    },
  };
};
