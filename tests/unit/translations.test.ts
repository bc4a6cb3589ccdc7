/**
 * The English UI is complete: every string id the code passes to translate()/<Translate>
 * has an English message in i18n/en, and no English message is left in Chinese.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const han = /\p{Script=Han}/u;

// Messages that are Chinese on purpose in the English UI.
const chineseOnPurpose = new Set([
  'localeDropdown.label', // not translated by us; kept for completeness
]);

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, ext) : ext.test(name) ? [p] : [];
  });
}

function usedIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of walk(join(root, 'src'), /\.tsx?$/)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /(?:translate\(\s*\{\s*id:\s*|<Translate\s+id=)['"]([^'"]+)['"]/g,
    )) {
      ids.set(m[1]!, relative(root, file));
    }
  }
  return ids;
}

const enFiles = walk(join(root, 'i18n', 'en'), /\.json$/);
const messages = new Map<string, { file: string; message: string }>();
for (const file of enFiles) {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  for (const [id, { message }] of Object.entries(json))
    messages.set(id, { file: relative(root, file), message });
}

describe('English UI strings', () => {
  it('navbar, footer, sidebar and blog labels have English translation files', () => {
    const required = [
      'i18n/en/code.json',
      'i18n/en/docusaurus-theme-classic/navbar.json',
      'i18n/en/docusaurus-theme-classic/footer.json',
      'i18n/en/docusaurus-plugin-content-docs/current.json',
      'i18n/en/docusaurus-plugin-content-blog/options.json',
    ];
    const present = new Set(enFiles.map((f) => relative(root, f)));
    expect(required.filter((f) => !present.has(f))).toEqual([]);
  });

  it('every id used in src/ has an English message', () => {
    const missing = [...usedIds()]
      .filter(([id]) => !messages.has(id))
      .map(([id, file]) => `${id} (used in ${file})`);
    expect(
      missing,
      `run \`npm run write-translations\` and translate: ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('no English message is still in Chinese', () => {
    const chinese = [...messages]
      .filter(
        ([id, { message }]) =>
          han.test(message) && !chineseOnPurpose.has(id) && !/[（(]中文[)）]|Chinese/.test(message),
      )
      .map(([id, { file, message }]) => `${file}: ${id}: "${message}"`);
    expect(chinese, chinese.join('\n')).toEqual([]);
  });
});
