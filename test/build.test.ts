// The production build: what `npm run build` puts in dist/ for Excel to load.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const root = join(__dirname, "..");
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "tinhgon-dist-"));
  await promisify(execFile)(
    process.execPath,
    [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    {
      cwd: root,
      env: { ...process.env, TINHGON_PUBLIC_URL: "https://bienche.example.gov.vn/tinhgon/" },
    },
  );
}, 180_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const json = async (file: string) => JSON.parse(await readFile(join(out, file), "utf8"));
const golden = async (file: string) => JSON.parse(await readFile(join(root, "test/golden", file), "utf8"));

describe("npm run build", () => {
  it("emits functions.json and the Vietnamese functions.vi.json, equal to the golden files", async () => {
    expect(await json("functions.json")).toEqual(await golden("functions.json"));
    expect(await json("functions.vi.json")).toEqual(await golden("functions.vi.json"));
  });

  it("associates every function id with its implementation in functions.js", async () => {
    const bundle = await readFile(join(out, "functions.js"), "utf8");
    for (const f of (await golden("functions.json")).functions as { id: string }[]) {
      expect(bundle).toContain(`CustomFunctions.associate("${f.id}"`);
    }
  });

  it("rewrites every URL of the manifest to the production host", async () => {
    const manifest = await readFile(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest.match(/https:\/\/bienche\.example\.gov\.vn\/tinhgon\//g)?.length).toBe(
      ((await readFile(join(root, "manifest.xml"), "utf8")).match(/https:\/\/localhost:3000\//g) ?? [])
        .length,
    );
  });

  it("serves office.js and the icons from the add-in's own origin", async () => {
    const page = await readFile(join(out, "functions.html"), "utf8");
    expect(page).toMatch(/src="?office-js\/office\.js"?/);
    expect(page).not.toMatch(/https?:\/\//);
    await expect(stat(join(out, "office-js/office.js"))).resolves.toBeTruthy();
    for (const size of [16, 32, 64, 80])
      await expect(stat(join(out, `assets/icon-${size}.png`))).resolves.toBeTruthy();
  });
});
