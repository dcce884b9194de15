// Builds the add-in into dist/: the custom functions (functions.js, functions.json and the Vietnamese
// functions.vi.json), the runtime page, office.js from @microsoft/office-js, the icons and the
// manifest with its URLs pointed at the production host.
"use strict";
const path = require("path");
const fs = require("fs");
const { sources, Compilation } = require("webpack");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { localizeMetadata } = require("./scripts/localize-metadata");

const DEV_URL = "https://localhost:3000/";
/** Where the built dist/ is served from in production (any static HTTPS host), ending in "/". */
const PROD_URL = process.env.TINHGON_PUBLIC_URL || "https://tinhgon.example.vn/";

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

module.exports = (_env, options) => {
  const dev = options.mode === "development";
  if (!dev && !/^https:\/\/.+\/$/.test(PROD_URL))
    throw new Error("TINHGON_PUBLIC_URL must be an https URL ending in /");
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.build.json", onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new LocalizedMetadataPlugin(),
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
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
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
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
    },
  };
};
