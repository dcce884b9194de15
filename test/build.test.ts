// The production build: what `npm run build` puts in dist/ for Excel (and the browser mode) to load.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

// Only `webpack serve` may ask for the localhost certificate; here a fake answers if it does.
jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: jest.fn(async () => ({ ca: "CA", key: "KEY", cert: "CERT" })),
}));

const root = join(__dirname, "..");
const PUBLIC_URL = "https://bienche.example.gov.vn/tinhgon/";
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "tinhgon-dist-"));
  await promisify(execFile)(
    process.execPath,
    [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    {
      cwd: root,
      env: { ...process.env, TINHGON_PUBLIC_URL: PUBLIC_URL },
    },
  );
}, 400_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const text = (file: string) => readFile(join(out, file), "utf8");
const json = async (file: string) => JSON.parse(await text(file));
const golden = async (file: string) => JSON.parse(await readFile(join(root, "test/golden", file), "utf8"));

/** The src of every script and the href of every link of a page, in document order. */
function resources(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=("([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => m[2] ?? m[3] ?? m[4] ?? "",
  );
}

/** The page's Content-Security-Policy meta, as directive → sources. */
function csp(html: string): Map<string, string[]> | undefined {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .find((tag) => /http-equiv=("|')?Content-Security-Policy/i.test(tag));
  const content = meta && /content=("([^"]*)"|'([^']*)')/i.exec(meta);
  if (!content) return undefined;
  return new Map(
    (content[2] ?? content[3] ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** Uses of eval, and of the Function constructor other than the guarded fallbacks of bundled libraries. */
function evalUses(js: string): string[] {
  const allowed: { at: RegExp; before?: RegExp }[] = [
    // `globalThis` fallbacks, reached only where globalThis and self are missing.
    { at: /^(new\s+)?Function\(\s*(["'])return this\2\s*\)/ },
    // setImmediate shims: only for a string callback, which nothing here passes.
    { at: /^new Function\(\s*""\s*\+\s*[\w$]+\s*\)/ },
    // regenerator-runtime (ExcelJS): only where globalThis is missing.
    {
      at: /^Function\("r",\s*"regeneratorRuntime = r"\)/,
      before: /"object"==typeof globalThis\?globalThis\.regeneratorRuntime=[\w$]+:$/,
    },
  ];
  const found: string[] = [];
  for (const m of js.matchAll(/(?<![\w$.])(eval\s*\(|(new\s+)?Function\s*\()/g)) {
    const at = js.slice(m.index, m.index + 60);
    const before = js.slice(Math.max(0, m.index - 80), m.index);
    const ok = allowed.some((a) => a.at.test(at) && (!a.before || a.before.test(before)));
    if (m[0].startsWith("eval") || !ok) found.push(at);
  }
  return found;
}

describe("npm run build", () => {
  it("emits functions.json and the Vietnamese functions.vi.json, equal to the golden files", async () => {
    expect(await json("functions.json")).toEqual(await golden("functions.json"));
    expect(await json("functions.vi.json")).toEqual(await golden("functions.vi.json"));
  });

  it("associates every function id with its implementation in functions.js", async () => {
    const bundle = await text("functions.js");
    for (const f of (await golden("functions.json")).functions as { id: string }[]) {
      expect(bundle).toContain(`CustomFunctions.associate("${f.id}"`);
    }
  });

  it("rewrites every URL of the manifest to the production host", async () => {
    const manifest = await text("manifest.xml");
    expect(manifest).not.toContain("localhost");
    expect(manifest.match(/https:\/\/bienche\.example\.gov\.vn\/tinhgon\//g)?.length).toBe(
      ((await readFile(join(root, "manifest.xml"), "utf8")).match(/https:\/\/localhost:3000\//g) ?? [])
        .length,
    );
    // Every URL but the XML namespaces starts with TINHGON_PUBLIC_URL.
    const urls = (manifest.match(/https?:\/\/[^\s"'<>]+/g) ?? []).filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(PUBLIC_URL))).toEqual([]);
    // And each points at a file the build emitted.
    for (const u of new Set(urls))
      await expect(stat(join(out, u.slice(PUBLIC_URL.length)))).resolves.toBeTruthy();
  });

  it("makes taskpane.html the shared runtime page: office.js from our origin, then functions and pane", async () => {
    const page = await text("taskpane.html");
    expect(resources(page)).toEqual([
      "assets/icon-32.png",
      "office-js/office.js",
      "functions.js",
      "taskpane.js",
    ]);
    // office.js loads synchronously, before the deferred bundles that use it.
    expect(page).toMatch(/<script src="?office-js\/office\.js"?><\/script>/);
    expect(page).not.toMatch(/https?:\/\//);
    await expect(stat(join(out, "office-js/office.js"))).resolves.toBeTruthy();
    for (const size of [16, 32, 64, 80])
      await expect(stat(join(out, `assets/icon-${size}.png`))).resolves.toBeTruthy();
  });

  it("makes index.html, the browser mode: the pane without office.js, nothing from another origin", async () => {
    const page = await text("index.html");
    expect(resources(page)).toEqual(["assets/icon-32.png", "taskpane.js"]);
    expect(page).not.toContain("office.js");
    expect(page).not.toMatch(/https?:\/\/|\/\//);
  });

  it.each(["taskpane.html", "index.html"])(
    "gives %s a content security policy without eval",
    async (file) => {
      const policy = csp(await text(file));
      expect(policy).toBeDefined();
      expect(Object.fromEntries(policy ?? [])).toEqual({
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "worker-src": ["'self'"],
        "connect-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'none'"],
      });
      // The policy comes first: before any script of the page.
      const page = await text(file);
      expect(page.search(/Content-Security-Policy/i)).toBeLessThan(page.search(/<script/i));
    },
  );

  it("ships bundles that run without 'unsafe-eval', with separate source maps", async () => {
    const bundles = (await readdir(out)).filter((f) => f.endsWith(".js"));
    expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    for (const file of bundles) {
      const js = await text(file);
      expect({ file, uses: evalUses(js) }).toEqual({ file, uses: [] });
      expect(js).toContain(`//# sourceMappingURL=${file}.map`);
    }
  });

  it("builds the .xlsx reader worker as reader.js once its source exists, outside every page", async () => {
    const files = await readdir(out);
    expect(files.includes("reader.js")).toBe(existsSync(join(root, "src/taskpane/hosts/readerWorker.ts")));
    for (const page of ["taskpane.html", "index.html"])
      expect(resources(await text(page))).not.toContain("reader.js");
  });

  it("leaves the test pages and the old functions page out of dist/", async () => {
    const files = await readdir(out);
    expect(files).not.toContain("test-excel.html");
    expect(files).not.toContain("fakeExcel.js");
    expect(files).not.toContain("functions.html");
  });
});

describe("webpack.config.js", () => {
  type Config = {
    entry: Record<string, unknown>;
    output: { path: string };
    plugins: { constructor: { name: string }; userOptions?: { filename?: string } }[];
    devServer: { port: number; server?: { type: string; options: unknown } };
    devtool: string;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../webpack.config.js") as (env: object, options: object) => Promise<Config>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const devCerts = require("office-addin-dev-certs") as { getHttpsServerOptions: jest.Mock };
  const pages = (c: Config) =>
    c.plugins.map((p) => p.userOptions?.filename).filter((f): f is string => f !== undefined);

  beforeEach(() => devCerts.getHttpsServerOptions.mockClear());

  it("builds without asking for a certificate", async () => {
    const c = await config({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(devCerts.getHttpsServerOptions).not.toHaveBeenCalled();
    expect(c.devServer.server).toBeUndefined();
    expect(c.output.path).toBe(join(root, "dist"));
    expect(pages(c)).toEqual(["taskpane.html", "index.html"]);
    expect(c.devtool).toBe("source-map");
  });

  it("serves https://localhost:3000 with the office-addin-dev-certs certificate", async () => {
    const c = await config({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(devCerts.getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(c.devServer.port).toBe(3000);
    expect(c.devServer.server).toEqual({ type: "https", options: { ca: "CA", key: "KEY", cert: "CERT" } });
    expect(c.devtool).not.toMatch(/eval/);
  });

  it("adds the fake-Excel test page with --env testPages, into dist-test/ only", async () => {
    const c = await config({ WEBPACK_BUILD: true, testPages: true }, { mode: "production" });
    expect(c.output.path).toBe(join(root, "dist-test"));
    const fake = existsSync(join(root, "src/taskpane/testing/fakeExcelPage.tsx"));
    expect(pages(c)).toEqual(["taskpane.html", "index.html", ...(fake ? ["test-excel.html"] : [])]);
    expect("fakeExcel" in c.entry).toBe(fake);
  });
});
