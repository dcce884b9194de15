// Regenerates the committed golden metadata (test/golden/functions.json and functions.vi.json) from
// the JSDoc of src/functions/functions.ts. Run after an intended change: npm run golden
"use strict";
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { localizeMetadata } = require("./localize-metadata");

async function main() {
  const root = path.join(__dirname, "..");
  const result = await generateCustomFunctionsMetadata([path.join(root, "src/functions/functions.ts")]);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const metadata = JSON.parse(result.metadataJson);
  const translations = JSON.parse(
    fs.readFileSync(path.join(root, "src/functions/translations.vi.json"), "utf8"),
  );
  const dir = path.join(root, "test/golden");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "functions.json"), `${JSON.stringify(metadata, null, 2)}\n`);
  fs.writeFileSync(
    path.join(dir, "functions.vi.json"),
    `${JSON.stringify(localizeMetadata(metadata, translations), null, 2)}\n`,
  );
  console.log("wrote test/golden/functions.json and test/golden/functions.vi.json");
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
