// Builds the Vietnamese custom-functions metadata (functions.vi.json) from the generated English
// one and the translation table src/functions/translations.vi.json. Used by the webpack build and
// by the golden-file tests, so both make exactly the same file.
"use strict";

/**
 * @param {{ functions: Array<{ id: string; name: string; description?: string; parameters: Array<{ name: string; description?: string }> }> }} metadata
 * @param {Record<string, { name: string; description: string; parameters: Record<string, { name: string; description: string }> }>} translations
 */
function localizeMetadata(metadata, translations) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations))
    if (!ids.has(id)) problems.push(`translation for unknown function ${id}`);
  const functions = metadata.functions.map((f) => {
    const t = translations[f.id];
    if (!t) {
      problems.push(`no translation for ${f.id}`);
      return f;
    }
    const names = new Set(f.parameters.map((p) => p.name));
    for (const p of Object.keys(t.parameters))
      if (!names.has(p)) problems.push(`translation for unknown parameter ${f.id}.${p}`);
    const parameters = f.parameters.map((p) => {
      const tp = t.parameters[p.name];
      if (!tp) {
        problems.push(`no translation for ${f.id}.${p.name}`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...f, name: t.name, description: t.description, parameters };
  });
  if (problems.length > 0)
    throw new Error(`Vietnamese function metadata is incomplete:\n  ${problems.join("\n  ")}`);
  return { ...metadata, functions };
}

module.exports = { localizeMetadata };
