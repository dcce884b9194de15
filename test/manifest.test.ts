/**
 * Offline checks of manifest.xml. The official validator (`npm run validate`) posts the manifest to a
 * Microsoft service and cannot run here, so these tests check what can be checked from the file:
 * well-formed XML, the element order of the XSD (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0,
 * OfficeAppBasicTypesV1_0), resource ids, URLs, icons, the shared runtime, the custom functions, the
 * permission, the strings, the locales of every localised value, and the requirement sets the code needs.
 *
 * Each check is a function from the manifest's text to a list of problems; the last test mutates a copy
 * of the manifest once per check to show that each check does catch what it is for.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { QUICK_REPORT } from "../src/commands/commands";
import { ERROR_CODE_NAMES } from "../src/functions/args";

const ROOT = join(__dirname, "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  xml: "http://www.w3.org/XML/1998/namespace",
};

// ---------------------------------------------------------------------------------------------
// A small XML parser: enough of XML 1.0 for a manifest, strict about well-formedness.

interface XmlElement {
  /** The name as written, "bt:Image". */
  name: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent?: XmlElement;
}

class XmlError extends Error {}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

function decode(raw: string, line: number): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === "<") throw new XmlError(`line ${line}: "<" in text or attribute value`);
    if (c !== "&") {
      out += c;
      continue;
    }
    const m = ENTITY.exec(raw.slice(i));
    if (!m) throw new XmlError(`line ${line}: bad entity reference at "${raw.slice(i, i + 10)}"`);
    const e = m[1] as string;
    out +=
      e === "amp"
        ? "&"
        : e === "lt"
          ? "<"
          : e === "gt"
            ? ">"
            : e === "quot"
              ? '"'
              : e === "apos"
                ? "'"
                : String.fromCodePoint(
                    e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
                  );
    i += m[0].length - 1;
  }
  return out;
}

function parseXml(source: string): XmlElement {
  const s = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let pos = 0;
  const lineAt = (p: number) => s.slice(0, p).split("\n").length;
  const error = (message: string): never => {
    throw new XmlError(`line ${lineAt(pos)}: ${message}`);
  };
  if (s.startsWith("<?xml")) {
    const end = s.indexOf("?>");
    if (end < 0) error("unterminated XML declaration");
    if (
      !/^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z][\w.-]*")?(\s+standalone="(yes|no)")?\s*\?>$/.test(
        s.slice(0, end + 2),
      )
    )
      error("bad XML declaration");
    pos = end + 2;
  }
  let root: XmlElement | undefined;
  const stack: { el: XmlElement; scope: Record<string, string> }[] = [];

  const resolve = (prefix: string, scope: Record<string, string>, line: number): string => {
    const uri = prefix === "xml" ? NS.xml : scope[prefix];
    if (uri === undefined) throw new XmlError(`line ${line}: undeclared namespace prefix "${prefix}"`);
    return uri;
  };

  while (pos < s.length) {
    const top = stack[stack.length - 1];
    if (s.startsWith("<!--", pos)) {
      const end = s.indexOf("-->", pos + 4);
      if (end < 0) error("unterminated comment");
      if (s.slice(pos + 4, end).includes("--")) error('"--" inside a comment');
      pos = end + 3;
    } else if (s.startsWith("<![CDATA[", pos)) {
      if (!top) error("CDATA outside the root element");
      const end = s.indexOf("]]>", pos);
      if (end < 0) error("unterminated CDATA section");
      (top as (typeof stack)[0]).el.text += s.slice(pos + 9, end);
      pos = end + 3;
    } else if (s.startsWith("<?", pos)) {
      const end = s.indexOf("?>", pos);
      if (end < 0) error("unterminated processing instruction");
      pos = end + 2;
    } else if (s.startsWith("<!", pos)) {
      error("DOCTYPE and other declarations are not expected in a manifest");
    } else if (s.startsWith("</", pos)) {
      const m = NAME.exec(s.slice(pos + 2));
      if (!m) error("bad end tag");
      const name = (m as RegExpExecArray)[0];
      const close = /^\s*>/.exec(s.slice(pos + 2 + name.length));
      if (!close) error(`bad end tag </${name}`);
      if (!top) error(`end tag </${name}> without a start tag`);
      if ((top as (typeof stack)[0]).el.name !== name)
        error(`end tag </${name}> does not match <${(top as (typeof stack)[0]).el.name}>`);
      stack.pop();
      pos += 2 + name.length + (close as RegExpExecArray)[0].length;
    } else if (s[pos] === "<") {
      const line = lineAt(pos);
      const m = NAME.exec(s.slice(pos + 1));
      if (!m) error("bad start tag");
      const name = (m as RegExpExecArray)[0];
      if (root && stack.length === 0) error(`a second root element <${name}>`);
      pos += 1 + name.length;
      const raw: Record<string, string> = {};
      for (;;) {
        const ws = /^\s*/.exec(s.slice(pos)) as RegExpExecArray;
        pos += ws[0].length;
        if (s.startsWith("/>", pos) || s[pos] === ">") break;
        if (ws[0].length === 0) error(`attributes of <${name}> must be separated by white space`);
        const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(s.slice(pos));
        if (!a) error(`bad attribute in <${name}>`);
        const [whole, attr, , dq, sq] = a as RegExpExecArray;
        if ((attr as string) in raw) error(`duplicate attribute ${attr} in <${name}>`);
        raw[attr as string] = decode(dq ?? sq ?? "", line);
        pos += (whole as string).length;
      }
      const selfClosing = s.startsWith("/>", pos);
      pos += selfClosing ? 2 : 1;
      const scope = { ...(top?.scope ?? {}) };
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k === "xmlns") scope[""] = v;
        else if (k.startsWith("xmlns:")) scope[k.slice(6)] = v;
        attrs[k] = v;
      }
      const [prefix, local] = name.includes(":") ? (name.split(":") as [string, string]) : ["", name];
      const el: XmlElement = {
        name,
        local,
        ns: resolve(prefix, scope, line),
        attrs,
        children: [],
        text: "",
        line,
        parent: top?.el,
      };
      for (const k of Object.keys(raw))
        if (k.includes(":") && !k.startsWith("xmlns:")) resolve(k.split(":")[0] as string, scope, line);
      if (top) top.el.children.push(el);
      else root = el;
      if (!selfClosing) stack.push({ el, scope });
    } else {
      const end = s.indexOf("<", pos);
      const text = s.slice(pos, end < 0 ? s.length : end);
      if (!top) {
        if (text.trim() !== "") error("text outside the root element");
      } else top.el.text += decode(text, lineAt(pos));
      pos += text.length;
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]?.el.name}> is never closed`);
  if (!root) throw new XmlError("no root element");
  return root;
}

/** Every element under `el` (itself included), depth first. */
function walk(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(walk)];
}

const xsiType = (el: XmlElement) => el.attrs["xsi:type"];
const child = (el: XmlElement | undefined, local: string) => el?.children.find((c) => c.local === local);
const path = (el: XmlElement): string => (el.parent ? `${path(el.parent)}/${el.local}` : el.local);

// ---------------------------------------------------------------------------------------------
// Element order (the XSD's xs:sequence for each parent, in this manifest's context).

/** Child name, min and max occurrences, and its namespace when not the parent's. */
type Seq = readonly (readonly [name: string, min: number, max: number, ns?: string])[];
const ONE = 1;
const MANY = Infinity;

const ORDER: Record<string, { ns: string; seq: Seq }> = {
  // OfficeApp, then its TaskPaneApp extension.
  OfficeApp: {
    ns: NS.app,
    seq: [
      ["Id", 1, ONE],
      ["AlternateId", 0, ONE],
      ["Version", 1, ONE],
      ["ProviderName", 1, ONE],
      ["DefaultLocale", 1, ONE],
      ["DisplayName", 1, ONE],
      ["Description", 1, ONE],
      ["IconUrl", 0, ONE],
      ["HighResolutionIconUrl", 0, ONE],
      ["SupportUrl", 0, ONE],
      ["AppDomains", 0, ONE],
      ["Hosts", 0, ONE],
      ["Requirements", 0, ONE],
      ["DefaultSettings", 1, ONE],
      ["Permissions", 1, ONE],
      ["Dictionary", 0, ONE],
      // xs:any in the task pane VersionOverrides namespace.
      ["VersionOverrides", 0, ONE, NS.ov],
    ],
  },
  "OfficeApp/AppDomains": { ns: NS.app, seq: [["AppDomain", 1, MANY]] },
  "OfficeApp/Hosts": { ns: NS.app, seq: [["Host", 1, MANY]] },
  "OfficeApp/Requirements": {
    ns: NS.app,
    seq: [
      ["Sets", 0, ONE],
      ["Methods", 0, ONE],
    ],
  },
  "OfficeApp/Requirements/Sets": { ns: NS.app, seq: [["Set", 1, MANY]] },
  "OfficeApp/DefaultSettings": { ns: NS.app, seq: [["SourceLocation", 1, ONE]] },
  "OfficeApp/VersionOverrides": {
    ns: NS.ov,
    seq: [
      ["Description", 0, ONE],
      ["Requirements", 0, ONE],
      ["Hosts", 0, ONE],
      ["Resources", 0, ONE],
      ["WebApplicationInfo", 0, ONE],
      ["EquivalentAddins", 0, ONE],
    ],
  },
  "OfficeApp/VersionOverrides/Hosts": { ns: NS.ov, seq: [["Host", 1, MANY]] },
  // Host (Runtimes, AllFormFactors), then its Workbook extension (DesktopFormFactor).
  "VersionOverrides/Hosts/Host": {
    ns: NS.ov,
    seq: [
      ["Runtimes", 0, ONE],
      ["AllFormFactors", 0, ONE],
      ["DesktopFormFactor", 0, ONE],
    ],
  },
  "Host/Runtimes": { ns: NS.ov, seq: [["Runtime", 1, MANY]] },
  "Host/AllFormFactors": { ns: NS.ov, seq: [["ExtensionPoint", 0, ONE]] },
  "ExtensionPoint[CustomFunctions]": {
    ns: NS.ov,
    seq: [
      ["Script", 1, ONE],
      ["Page", 1, ONE],
      ["Metadata", 0, ONE],
      ["Namespace", 0, ONE],
    ],
  },
  "Host/DesktopFormFactor": {
    ns: NS.ov,
    seq: [
      ["GetStarted", 0, ONE],
      ["FunctionFile", 0, ONE],
      ["ExtensionPoint", 1, MANY],
    ],
  },
  "DesktopFormFactor/GetStarted": {
    ns: NS.ov,
    seq: [
      ["Title", 1, ONE],
      ["Description", 1, ONE],
      ["LearnMoreUrl", 1, ONE],
    ],
  },
  "ExtensionPoint[PrimaryCommandSurface]": {
    ns: NS.ov,
    seq: [
      ["OfficeTab", 0, MANY],
      ["CustomTab", 0, MANY],
    ],
  },
  "ExtensionPoint/OfficeTab": { ns: NS.ov, seq: [["Group", 1, MANY]] },
  "OfficeTab/Group": {
    ns: NS.ov,
    seq: [
      ["Label", 1, ONE],
      ["Icon", 1, ONE],
      ["Control", 1, MANY],
    ],
  },
  "Control[Button]": {
    ns: NS.ov,
    seq: [
      ["Label", 1, ONE],
      ["Supertip", 1, ONE],
      ["Icon", 1, ONE],
      ["Action", 1, ONE],
    ],
  },
  "Control/Supertip": {
    ns: NS.ov,
    seq: [
      ["Title", 1, ONE],
      ["Description", 1, ONE],
    ],
  },
  "Action[ShowTaskpane]": {
    ns: NS.ov,
    seq: [
      ["TaskpaneId", 0, ONE],
      ["SourceLocation", 1, ONE],
      ["Title", 0, ONE],
    ],
  },
  "Action[ExecuteFunction]": { ns: NS.ov, seq: [["FunctionName", 1, ONE]] },
  "VersionOverrides/Resources": {
    ns: NS.bt,
    seq: [
      ["Images", 0, ONE],
      ["Urls", 0, ONE],
      ["ShortStrings", 0, ONE],
      ["LongStrings", 0, ONE],
    ],
  },
  "Resources/Images": { ns: NS.bt, seq: [["Image", 0, MANY]] },
  "Resources/Urls": { ns: NS.bt, seq: [["Url", 0, MANY]] },
  "Resources/ShortStrings": { ns: NS.bt, seq: [["String", 0, MANY]] },
  "Resources/LongStrings": { ns: NS.bt, seq: [["String", 0, MANY]] },
};

/** The ORDER entry for an element: by xsi:type first, then by its last two or one path steps. */
function orderOf(el: XmlElement): { key: string; ns: string; seq: Seq } | undefined {
  const type = xsiType(el);
  const steps = path(el).split("/");
  const keys = [
    ...(type ? [`${el.local}[${type}]`] : []),
    steps.slice(-3).join("/"),
    steps.slice(-2).join("/"),
    el.local,
  ];
  for (const key of keys) {
    const order = ORDER[key];
    if (order) return { key, ...order };
  }
  return undefined;
}

function checkOrder(xml: string): string[] {
  const problems: string[] = [];
  for (const el of walk(parseXml(xml))) {
    const order = orderOf(el);
    if (!order) continue;
    let i = 0;
    const counts = new Map<string, number>();
    for (const c of el.children) {
      const at = order.seq.findIndex(([name], k) => k >= i && name === c.local);
      if (at < 0) {
        const known = order.seq.some(([name]) => name === c.local);
        problems.push(
          `${path(c)} (line ${c.line}): ${known ? "out of order" : "not a valid child"} in ${order.key}`,
        );
        continue;
      }
      const ns = order.seq[at]?.[3] ?? order.ns;
      if (c.ns !== ns) problems.push(`${path(c)} (line ${c.line}): namespace ${c.ns}, expected ${ns}`);
      i = at;
      counts.set(c.local, (counts.get(c.local) ?? 0) + 1);
    }
    for (const [name, min, max] of order.seq) {
      const n = counts.get(name) ?? 0;
      if (n < min) problems.push(`${path(el)} (line ${el.line}): missing <${name}>`);
      if (n > max) problems.push(`${path(el)} (line ${el.line}): <${name}> ${n} times, at most ${max}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Resources: ids, references, strings.

type ResKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

function resources(root: XmlElement): Map<string, { kind: ResKind; el: XmlElement }> {
  const defined = new Map<string, { kind: ResKind; el: XmlElement }>();
  const res = child(child(root, "VersionOverrides"), "Resources");
  for (const group of res?.children ?? [])
    for (const el of group.children) {
      const id = el.attrs.id ?? "";
      defined.set(defined.has(id) ? `${id} (duplicate)` : id, { kind: group.local as ResKind, el });
    }
  return defined;
}

/** The kind of resource a `resid` must name, from where it is used. */
function expectedKind(el: XmlElement): ResKind {
  if (el.local === "Image") return "Images";
  if (["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(el.local)) return "Urls";
  if (el.local === "Description") return "LongStrings";
  return "ShortStrings";
}

function checkResids(xml: string): string[] {
  const root = parseXml(xml);
  const defined = resources(root);
  const problems: string[] = [];
  const used = new Set<string>();
  for (const [id] of defined) {
    if (id.endsWith("(duplicate)")) problems.push(`resource id ${id}`);
    if (id.length === 0 || id.length > 32) problems.push(`resource id "${id}" must have 1 to 32 characters`);
  }
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    if (resid.length > 32) problems.push(`resid "${resid}" (line ${el.line}) is longer than 32 characters`);
    const def = defined.get(resid);
    if (!def) problems.push(`resid "${resid}" (line ${el.line}) is not defined in Resources`);
    else if (def.kind !== expectedKind(el))
      problems.push(
        `resid "${resid}" (line ${el.line}) names a ${def.kind} resource, expected ${expectedKind(el)}`,
      );
  }
  for (const [id] of defined) if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  // Control, group and task pane ids.
  const ids = walk(root)
    .filter((el) => ["Group", "Control", "OfficeTab"].includes(el.local))
    .map((el) => el.attrs.id ?? "");
  ids.push(
    ...walk(root)
      .filter((el) => el.local === "TaskpaneId")
      .map((el) => el.text.trim()),
  );
  for (const id of ids)
    if (id.length === 0 || id.length > 32) problems.push(`id "${id}" must have 1 to 32 characters`);
  const controls = walk(root)
    .filter((el) => ["Group", "Control"].includes(el.local))
    .map((el) => el.attrs.id);
  if (new Set(controls).size !== controls.length)
    problems.push(`group and control ids repeat: ${controls.join(", ")}`);
  return problems;
}

/** Strings users read: every one in Vietnamese (the default locale) with an en-US override, within the XSD's lengths. */
function checkStrings(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const check = (el: XmlElement, max: number, what: string) => {
    const values = [el.attrs.DefaultValue ?? "", ...el.children.map((o) => o.attrs.Value ?? "")];
    for (const v of values) {
      if (v.length === 0 || v.length > max) problems.push(`${what}: "${v}" must have 1 to ${max} characters`);
      if (v !== v.normalize("NFC")) problems.push(`${what}: "${v}" is not in Unicode NFC`);
    }
    const locales = el.children.filter((o) => o.local === "Override").map((o) => o.attrs.Locale);
    if (!locales.includes("en-US")) problems.push(`${what} has no en-US override`);
  };
  if (child(root, "DefaultLocale")?.text !== "vi-VN") problems.push("DefaultLocale must be vi-VN");
  check(child(root, "DisplayName") as XmlElement, 125, "DisplayName");
  check(child(root, "Description") as XmlElement, 250, "Description");
  for (const [id, { kind, el }] of resources(root)) {
    if (kind === "ShortStrings") check(el, 125, `ShortString ${id}`);
    if (kind === "LongStrings") check(el, 250, `LongString ${id}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Locales: one entry per language in every localised value.

/** A language tag as the manifest takes it (RFC 3066 / BCP 47: "vi-VN", "en-US"). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Every localisable value is a default (DefaultLocale's) plus `Override` children. The documentation allows
 * "only a single override per language, including for the default locale": no override for DefaultLocale
 * and no language twice (tags compare case-insensitively). And so that no user sees a mix of languages,
 * every value that is localised at all has an entry for each of the manifest's languages (DefaultLocale
 * and every override locale used anywhere), exactly one each.
 * https://learn.microsoft.com/office/dev/add-ins/develop/localization#control-localization-from-the-manifest
 */
function checkLocales(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const defaultLocale = child(root, "DefaultLocale")?.text.trim() ?? "";
  if (!LANGUAGE_TAG.test(defaultLocale))
    problems.push(`DefaultLocale "${defaultLocale}" is not a language tag`);
  const key = (tag: string) => tag.toLowerCase();
  const localised = walk(root).filter((el) => el.children.some((c) => c.local === "Override"));
  const languages = new Map<string, string>([[key(defaultLocale), defaultLocale]]);
  for (const el of localised)
    for (const o of el.children.filter((c) => c.local === "Override"))
      if (o.attrs.Locale && !languages.has(key(o.attrs.Locale)))
        languages.set(key(o.attrs.Locale), o.attrs.Locale);
  for (const el of localised) {
    const what = `${el.attrs.id ? `${el.local} ${el.attrs.id}` : path(el)} (line ${el.line})`;
    const entries = [key(defaultLocale)];
    for (const o of el.children) {
      if (o.local !== "Override") continue;
      const locale = o.attrs.Locale ?? "";
      if (!LANGUAGE_TAG.test(locale))
        problems.push(`${what}: override locale "${locale}" is not a language tag`);
      if (!o.attrs.Value) problems.push(`${what}: the ${locale} override has no Value`);
      if (key(locale) === key(defaultLocale))
        problems.push(`${what}: an override for the default locale ${defaultLocale}`);
      entries.push(key(locale));
    }
    for (const [k, tag] of languages) {
      const n = entries.filter((e) => e === k).length;
      if (n !== 1) problems.push(`${what}: ${n} entries for ${tag}, expected exactly 1`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// URLs and icons.

/** Every URL in the manifest (attribute values and element text), with where it is. */
function urls(root: XmlElement): { url: string; el: XmlElement }[] {
  const found: { url: string; el: XmlElement }[] = [];
  for (const el of walk(root)) {
    for (const [k, v] of Object.entries(el.attrs))
      if (!k.startsWith("xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) found.push({ url: v, el });
    if (el.children.length === 0 && /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(el.text))
      found.push({ url: el.text.trim(), el });
  }
  return found;
}

function checkUrls(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const all = urls(root);
  if (all.length === 0) problems.push("no URL found");
  for (const { url, el } of all) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${url} (line ${el.line}) is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${url} (line ${el.line}) is not https`);
    if (parsed.origin !== DEV_ORIGIN) problems.push(`${url} (line ${el.line}) is not on ${DEV_ORIGIN}`);
    if (!url.startsWith(`${DEV_ORIGIN}/`))
      problems.push(`${url} (line ${el.line}) does not start with ${DEV_ORIGIN}/`);
  }
  // Every URL the build rewrites is one of these: nothing else in the text looks like the dev origin.
  const inText = xml.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
  const known = new Set([...all.map((u) => u.url), ...Object.values(NS)]);
  for (const u of inText)
    if (!known.has(u)) problems.push(`${u} appears outside the manifest's URL settings`);
  return problems;
}

/** Width and height of a PNG file, from its IHDR chunk; undefined when it is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkIcons(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const defined = resources(root);
  const expect = (url: string | undefined, size: number, what: string) => {
    if (!url?.startsWith(`${DEV_ORIGIN}/assets/`)) {
      problems.push(`${what}: ${url} is not in assets/`);
      return;
    }
    const file = join(ROOT, url.slice(DEV_ORIGIN.length + 1));
    if (!existsSync(file)) {
      problems.push(`${what}: ${file} does not exist`);
      return;
    }
    const dims = pngSize(file);
    if (!dims) problems.push(`${what}: ${file} is not a PNG`);
    else if (dims.width !== size || dims.height !== size)
      problems.push(`${what}: ${file} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
  };
  expect(child(root, "IconUrl")?.attrs.DefaultValue, 32, "IconUrl");
  expect(child(root, "HighResolutionIconUrl")?.attrs.DefaultValue, 64, "HighResolutionIconUrl");
  for (const icon of walk(root).filter((el) => el.local === "Icon")) {
    const sizes = icon.children.map((img) => Number(img.attrs.size));
    for (const size of [16, 32, 80])
      if (!sizes.includes(size))
        problems.push(`${path(icon.parent as XmlElement)} (line ${icon.line}): no ${size}px icon`);
    for (const img of icon.children) {
      const res = defined.get(img.attrs.resid ?? "");
      expect(
        res?.el.attrs.DefaultValue,
        Number(img.attrs.size),
        `icon ${img.attrs.resid} (line ${img.line})`,
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The add-in's own settings: shared runtime, custom functions, commands, permission, requirements.

function urlOf(root: XmlElement, resid: string | undefined): string | undefined {
  return resources(root).get(resid ?? "")?.el.attrs.DefaultValue;
}

function checkRuntime(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const all = walk(root);
  const runtimes = all.filter((el) => el.local === "Runtime");
  if (runtimes.length !== 1) problems.push(`${runtimes.length} <Runtime> elements, expected 1`);
  const runtime = runtimes[0];
  if (runtime?.attrs.lifetime !== "long") problems.push('the Runtime must have lifetime="long"');
  const resid = runtime?.attrs.resid;
  const page = child(
    child(
      all.find((el) => xsiType(el) === "CustomFunctions"),
      "Page",
    ),
    "SourceLocation",
  );
  const functionFile = all.find((el) => el.local === "FunctionFile");
  const showTaskpane = all.filter((el) => el.local === "Action" && xsiType(el) === "ShowTaskpane");
  const uses: [string, string | undefined][] = [
    ["custom functions Page", page?.attrs.resid],
    ["FunctionFile", functionFile?.attrs.resid],
    ...showTaskpane.map((a): [string, string | undefined] => [
      "ShowTaskpane",
      child(a, "SourceLocation")?.attrs.resid,
    ]),
  ];
  if (showTaskpane.length === 0) problems.push("no ShowTaskpane button");
  for (const [what, r] of uses)
    if (r !== resid) problems.push(`${what} uses resid ${r}, the Runtime ${resid}`);
  if (urlOf(root, resid) !== `${DEV_ORIGIN}/taskpane.html`)
    problems.push(`the runtime page is ${urlOf(root, resid)}`);
  const defaultPage = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue;
  if (defaultPage !== urlOf(root, resid))
    problems.push(`DefaultSettings points at ${defaultPage}, not the runtime page`);
  return problems;
}

function checkFunctions(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const cf = walk(root).find((el) => xsiType(el) === "CustomFunctions");
  if (!cf) return ["no CustomFunctions extension point"];
  const script = urlOf(root, child(child(cf, "Script"), "SourceLocation")?.attrs.resid);
  if (script !== `${DEV_ORIGIN}/functions.js`) problems.push(`Script is ${script}`);
  // The Vietnamese metadata by default (the default locale is vi-VN), the English one for en-US.
  const metadataRes = resources(root).get(child(child(cf, "Metadata"), "SourceLocation")?.attrs.resid ?? "");
  if (metadataRes?.el.attrs.DefaultValue !== `${DEV_ORIGIN}/functions.vi.json`)
    problems.push(`Metadata is ${metadataRes?.el.attrs.DefaultValue}, expected functions.vi.json`);
  const overrides = (metadataRes?.el.children ?? []).map((o) => `${o.attrs.Locale} ${o.attrs.Value}`);
  if (JSON.stringify(overrides) !== JSON.stringify([`en-US ${DEV_ORIGIN}/functions.json`]))
    problems.push(`Metadata overrides ${JSON.stringify(overrides)}, expected en-US functions.json only`);
  const ns = resources(root).get(child(cf, "Namespace")?.attrs.resid ?? "")?.el;
  const names = [ns?.attrs.DefaultValue, ...(ns?.children.map((o) => o.attrs.Value) ?? [])];
  if (!ns || names.some((n) => n !== "TINHGON"))
    problems.push(`namespace ${names.join(", ")}, expected TINHGON`);
  return problems;
}

function checkCommands(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const strings = resources(root);
  const label = (el: XmlElement | undefined) =>
    strings.get(child(el, "Label")?.attrs.resid ?? "")?.el.attrs.DefaultValue;
  const tabs = walk(root).filter((el) => el.local === "OfficeTab");
  if (tabs.length !== 1 || tabs[0]?.attrs.id !== "TabHome")
    problems.push("the group must be on the Home tab (TabHome)");
  const groups = walk(root).filter((el) => el.local === "Group");
  if (groups.length !== 1 || label(groups[0]) !== "Tinh Gọn") problems.push('one group labelled "Tinh Gọn"');
  const buttons = (groups[0]?.children ?? []).filter((el) => el.local === "Control");
  const summary = buttons.map((b) => {
    const action = child(b, "Action");
    return `${label(b)} → ${xsiType(action as XmlElement)}${
      xsiType(action as XmlElement) === "ExecuteFunction"
        ? `(${child(action, "FunctionName")?.text.trim()})`
        : ""
    }`;
  });
  const expected = ["Mở Tinh Gọn → ShowTaskpane", `Tạo báo cáo nhanh → ExecuteFunction(${QUICK_REPORT})`];
  if (JSON.stringify(summary) !== JSON.stringify(expected))
    problems.push(`buttons ${JSON.stringify(summary)}, expected ${JSON.stringify(expected)}`);
  return problems;
}

/**
 * The CustomFunctionsRuntime version the functions need: the highest API set that
 * @types/custom-functions-runtime gives `CustomFunctions.Error` and the `ErrorCode` members args.ts uses.
 */
function customFunctionsRuntimeNeeded(): string {
  const dts = readFileSync(join(ROOT, "node_modules/@types/custom-functions-runtime/index.d.ts"), "utf8");
  const apiSet = (declaration: string): string => {
    const at = new RegExp(`\\n\\s*${declaration}(?!\\w)`).exec(dts)?.index;
    if (at === undefined) throw new Error(`${declaration} not found in custom-functions-runtime`);
    const comment = dts.slice(dts.lastIndexOf("/**", at), at);
    const version = /\[Api set: CustomFunctionsRuntime (\d+\.\d+)\]/.exec(comment)?.[1];
    if (!version) throw new Error(`no API set for ${declaration}`);
    return version;
  };
  const versions = [
    apiSet("class Error"),
    ...Object.values(ERROR_CODE_NAMES).map((member) => apiSet(`${member} =`)),
  ];
  const minor = (v: string) => Number(v.split(".")[1]);
  return versions.reduce((a, b) => (minor(b) > minor(a) ? b : a));
}
const CUSTOM_FUNCTIONS_RUNTIME = customFunctionsRuntimeNeeded();

function checkAppSettings(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  if (root.local !== "OfficeApp" || root.ns !== NS.app || xsiType(root) !== "TaskPaneApp")
    problems.push("the root must be a TaskPaneApp OfficeApp");
  if (child(root, "Id")?.text !== "fe1c21e6-456e-4b08-9050-806d71d40a12")
    problems.push("the add-in Id changed");
  const permissions = root.children.filter((el) => el.local === "Permissions").map((el) => el.text);
  if (JSON.stringify(permissions) !== JSON.stringify(["ReadWriteDocument"]))
    problems.push(`Permissions ${JSON.stringify(permissions)}, expected exactly ReadWriteDocument`);
  const hosts = walk(root)
    .filter((el) => el.local === "Host")
    .map((el) => el.attrs.Name ?? xsiType(el));
  if (JSON.stringify(hosts) !== JSON.stringify(["Workbook", "Workbook"]))
    problems.push(`hosts ${hosts.join(", ")}: Excel only`);
  const sets = walk(child(root, "Requirements") as XmlElement)
    .filter((el) => el.local === "Set")
    .map((el) => `${el.attrs.Name} ${el.attrs.MinVersion}`);
  // SharedRuntime 1.1: the <Runtimes> element, Office.addin.showAsTaskpane (src/commands).
  for (const need of ["SharedRuntime 1.1", `CustomFunctionsRuntime ${CUSTOM_FUNCTIONS_RUNTIME}`])
    if (!sets.includes(need)) problems.push(`requirement ${need} missing (sets: ${sets.join(", ")})`);
  return problems;
}

const CHECKS = {
  order: checkOrder,
  resids: checkResids,
  strings: checkStrings,
  locales: checkLocales,
  urls: checkUrls,
  icons: checkIcons,
  runtime: checkRuntime,
  functions: checkFunctions,
  commands: checkCommands,
  app: checkAppSettings,
};

// ---------------------------------------------------------------------------------------------

describe("manifest.xml", () => {
  it("is well-formed XML with namespaces declared", () => {
    expect(() => parseXml(MANIFEST)).not.toThrow();
    expect(parseXml(MANIFEST).local).toBe("OfficeApp");
  });

  it("has its elements in the order of the schema, in the right namespaces", () => {
    expect(checkOrder(MANIFEST)).toEqual([]);
  });

  it("defines every resid it uses, uses every one it defines, all ids at most 32 characters", () => {
    expect(checkResids(MANIFEST)).toEqual([]);
  });

  it("has Vietnamese strings with an en-US override each, within the schema's lengths", () => {
    expect(checkStrings(MANIFEST)).toEqual([]);
  });

  it("has exactly one entry per language in every localised value, none overriding the default locale", () => {
    expect(checkLocales(MANIFEST)).toEqual([]);
  });

  it(`declares CustomFunctionsRuntime ${CUSTOM_FUNCTIONS_RUNTIME}, what the functions' error codes need`, () => {
    // CustomFunctions.Error is 1.2; its ErrorCode members are 1.3 in @types/custom-functions-runtime.
    expect(CUSTOM_FUNCTIONS_RUNTIME).toBe("1.3");
    expect(checkAppSettings(MANIFEST)).toEqual([]);
  });

  it("has every URL on https and on the one origin the build rewrites", () => {
    expect(checkUrls(MANIFEST)).toEqual([]);
  });

  it("points every icon at a PNG in assets/ with that size in pixels", () => {
    expect(checkIcons(MANIFEST)).toEqual([]);
  });

  it("runs the pane, the functions and the commands in one shared runtime: taskpane.html", () => {
    expect(checkRuntime(MANIFEST)).toEqual([]);
  });

  it("declares the TINHGON functions, Vietnamese metadata by default and English for en-US", () => {
    expect(checkFunctions(MANIFEST)).toEqual([]);
  });

  it('has a "Tinh Gọn" group on the Home tab: open the pane, quick report', () => {
    expect(checkCommands(MANIFEST)).toEqual([]);
  });

  it("is an Excel-only task pane add-in asking for ReadWriteDocument only, with its requirement sets", () => {
    expect(checkAppSettings(MANIFEST)).toEqual([]);
  });
});

describe("the manifest checks catch what they are for", () => {
  const mutate = (from: string | RegExp, to: string): string => {
    const out = MANIFEST.replace(from, to);
    if (out === MANIFEST) throw new Error(`mutation ${String(from)} changed nothing`);
    return out;
  };

  it.each([
    ["an unclosed element", mutate("</Hosts>\n  <Requirements>", "\n  <Requirements>")],
    ["mismatched tags", mutate("<ProviderName>Tinh Gọn</ProviderName>", "<ProviderName>Tinh Gọn</Provider>")],
    ["a bare ampersand", mutate("Phân tích biên chế,", "Phân tích biên chế &")],
    [
      "a duplicate attribute",
      mutate('<Runtime resid="Taskpane.Url"', '<Runtime resid="Taskpane.Url" resid="x"'),
    ],
    [
      "an undeclared prefix",
      mutate('<bt:Image size="16" resid="Icon.16"/>', '<zz:Image size="16" resid="Icon.16"/>'),
    ],
    ["a second root", `${MANIFEST}\n<OfficeApp/>`],
    ["text after the root", `${MANIFEST}\ntrailing`],
  ])("rejects malformed XML: %s", (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });

  const swap = (xml: string, a: RegExp, b: RegExp): string => {
    const ma = a.exec(xml);
    const mb = b.exec(xml);
    if (!ma || !mb || ma.index > mb.index) throw new Error("swap: not found in order");
    return (
      xml.slice(0, ma.index) +
      mb[0] +
      xml.slice(ma.index + ma[0].length, mb.index) +
      ma[0] +
      xml.slice(mb.index + mb[0].length)
    );
  };

  it.each<[keyof typeof CHECKS, string, string]>([
    [
      "order",
      "Permissions before DefaultSettings",
      swap(MANIFEST, / {2}<DefaultSettings>[\s\S]*?<\/DefaultSettings>\n/, / {2}<Permissions>.*\n/),
    ],
    [
      "order",
      "FunctionFile before GetStarted",
      swap(MANIFEST, /<GetStarted>[\s\S]*?<\/GetStarted>/, /<FunctionFile [^>]*\/>/),
    ],
    [
      "order",
      "Runtimes after AllFormFactors",
      swap(MANIFEST, /<Runtimes>[\s\S]*?<\/Runtimes>/, /<AllFormFactors>[\s\S]*?<\/AllFormFactors>/),
    ],
    [
      "order",
      "Urls before Images",
      swap(MANIFEST, /<bt:Images>[\s\S]*?<\/bt:Images>/, /<bt:Urls>[\s\S]*?<\/bt:Urls>/),
    ],
    ["order", "a Resources child without its bt: prefix", mutate(/bt:LongStrings>/g, "LongStrings>")],
    ["order", "a button without its Supertip", mutate(/<Supertip>[\s\S]*?<\/Supertip>/, "")],
    ["resids", "a broken resid", mutate('<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>')],
    [
      "resids",
      "a resid of the wrong kind",
      mutate('<Description resid="OpenPane.Tooltip"/>', '<Description resid="OpenPane.Label"/>'),
    ],
    [
      "resids",
      "a resource defined but unused",
      mutate(
        "</bt:Urls>",
        '<bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/x.html"/></bt:Urls>',
      ),
    ],
    [
      "resids",
      "an id over 32 characters",
      mutate(/"QuickReport\.Tooltip"/g, '"QuickReport.Tooltip.Much.Too.Long.Id"'),
    ],
    [
      "strings",
      "a string without its en-US override",
      mutate(/(<bt:String id="OpenPane.Label"[^>]*>)\s*<bt:Override[^>]*\/>/, "$1"),
    ],
    [
      "strings",
      "a short string over 125 characters",
      mutate('DefaultValue="Tạo báo cáo nhanh"', `DefaultValue="${"Tạo báo cáo nhanh ".repeat(8)}"`),
    ],
    [
      "strings",
      "a string in NFD",
      mutate('DefaultValue="Mở Tinh Gọn"', `DefaultValue="${"Mở Tinh Gọn".normalize("NFD")}"`),
    ],
    [
      "urls",
      "an http URL",
      mutate("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"),
    ],
    [
      "urls",
      "another origin",
      mutate("https://localhost:3000/index.html", "https://cdn.example.com/index.html"),
    ],
    [
      "icons",
      "an icon of the wrong size",
      mutate(
        'resid="Icon.80"/>\n                </Icon>\n                <Control',
        'resid="Icon.32"/>\n                </Icon>\n                <Control',
      ),
    ],
    ["icons", "an icon file that does not exist", mutate("assets/icon-80.png", "assets/icon-81.png")],
    [
      "icons",
      "an icon at a size its file does not have",
      mutate(
        '<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
        '<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
      ),
    ],
    [
      "runtime",
      "the functions on another page",
      mutate(
        '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
        '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
      ),
    ],
    ["runtime", "a short-lived runtime", mutate('lifetime="long"', 'lifetime="short"')],
    ["functions", "another namespace", mutate('DefaultValue="TINHGON"', 'DefaultValue="TINHGIAN"')],
    [
      "functions",
      "no English metadata",
      mutate(/\s*<bt:Override Locale="en-US" Value="[^"]*functions\.json"\/>/, ""),
    ],
    [
      "locales",
      "the English metadata by default with a vi-VN override (an override for the default locale)",
      mutate(
        /DefaultValue="https:\/\/localhost:3000\/functions\.vi\.json">\s*<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions\.json"\/>/,
        'DefaultValue="https://localhost:3000/functions.json"><bt:Override Locale="vi-VN" Value="https://localhost:3000/functions.vi.json"/>',
      ),
    ],
    [
      "locales",
      "a vi-VN override beside the default",
      mutate(
        '<bt:Override Locale="en-US" Value="Quick report"/>',
        '<bt:Override Locale="en-US" Value="Quick report"/><bt:Override Locale="vi-VN" Value="Báo cáo nhanh"/>',
      ),
    ],
    [
      "locales",
      "two en-US overrides",
      mutate(
        '<Override Locale="en-US" Value="Tinh Gọn"/>',
        '<Override Locale="en-US" Value="Tinh Gọn"/><Override Locale="en-us" Value="Tinh Gon"/>',
      ),
    ],
    [
      "locales",
      "a language only one value has",
      mutate(
        '<Override Locale="en-US" Value="Tinh Gọn"/>',
        '<Override Locale="en-US" Value="Tinh Gọn"/><Override Locale="fr-FR" Value="Tinh Gọn"/>',
      ),
    ],
    [
      "locales",
      "an override that is no language tag",
      mutate('Locale="en-US" Value="Quick report"', 'Locale="English" Value="Quick report"'),
    ],
    [
      "app",
      "an older CustomFunctionsRuntime than the error codes need",
      mutate(
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>',
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
      ),
    ],
    [
      "commands",
      "another function name",
      mutate("<FunctionName>quickReport</FunctionName>", "<FunctionName>quick</FunctionName>"),
    ],
    ["commands", "a custom tab", mutate('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">')],
    [
      "app",
      "a wider permission",
      mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
    ],
    [
      "app",
      "another host",
      mutate('<Host Name="Workbook"/>', '<Host Name="Workbook"/>\n    <Host Name="Document"/>'),
    ],
    ["app", "no SharedRuntime requirement", mutate(/\s*<Set Name="SharedRuntime"[^>]*\/>/, "")],
  ])("%s: %s", (check, _what, xml) => {
    expect(CHECKS[check](xml).length).toBeGreaterThan(0);
  });
});
