// Keeps the two languages complete: every message the components use (`msg('…', { id })`) has an
// English template, no English template is orphaned, and the Vietnamese source is NFC.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templates } from './locales/en.js';

const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

// Comments show `msg()` in examples; only code counts.
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

interface MessageUse {
  readonly file: string;
  readonly id: string;
  readonly source: string;
}

// `msg('…', { id: '…' })` and `msg(str`…`, { id: '…' })`, across lines.
const MESSAGE = /\bmsg\(\s*(?:(?:str|html)?`([^`]*)`|'((?:[^'\\]|\\.)*)')\s*,\s*\{\s*id:\s*'([^']+)'/g;
const MSG_CALL = /\bmsg\(/g;

const files = sourceFiles(SOURCE_ROOT).filter((file) => !file.includes(`${join('i18n', 'locales')}`));
const uses: MessageUse[] = [];
let callCount = 0;
for (const file of files) {
  const code = withoutComments(readFileSync(file, 'utf8'));
  callCount += code.match(MSG_CALL)?.length ?? 0;
  for (const match of code.matchAll(MESSAGE)) {
    uses.push({ file: relative(SOURCE_ROOT, file), id: match[3] ?? '', source: match[1] ?? match[2] ?? '' });
  }
}

describe('messages', () => {
  it('are found in the sources (the scan works)', () => {
    expect(uses.length).toBeGreaterThan(40);
  });

  it('all have an explicit id', () => {
    expect(uses).toHaveLength(callCount);
  });

  it('use each id for one Vietnamese text only', () => {
    const sourceById = new Map<string, string>();
    for (const use of uses) {
      const seen = sourceById.get(use.id);
      if (seen !== undefined) expect(use.source, `${use.id} in ${use.file}`).toBe(seen);
      sourceById.set(use.id, use.source);
    }
  });

  it('all have an English template', () => {
    const missing = [...new Set(uses.map((use) => use.id))].filter((id) => !(id in templates));
    expect(missing).toEqual([]);
  });

  it('leave no English template unused', () => {
    const used = new Set(uses.map((use) => use.id));
    expect(Object.keys(templates).filter((id) => !used.has(id))).toEqual([]);
  });

  it('give English str templates the same number of placeholders as the source', () => {
    for (const use of uses) {
      const template = templates[use.id as keyof typeof templates];
      if (template === undefined) continue; // reported by 'all have an English template'
      const sourcePlaceholders = use.source.match(/\$\{/g)?.length ?? 0;
      const englishPlaceholders = typeof template === 'string' ? 0 : template.values.length;
      expect(englishPlaceholders, use.id).toBe(sourcePlaceholders);
    }
  });

  it('are NFC, like every source file', () => {
    for (const use of uses) expect(use.source.normalize('NFC'), use.id).toBe(use.source);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text.normalize('NFC') === text, relative(SOURCE_ROOT, file)).toBe(true);
    }
  });

  it('have Vietnamese sources with Vietnamese diacritics where the language needs them', () => {
    // A guard against a source written without diacritics ("Giay tiep nhan"): most Vietnamese labels
    // have at least one letter outside ASCII.
    const withDiacritics = uses.filter((use) => /\P{ASCII}/u.test(use.source));
    expect(withDiacritics.length / uses.length).toBeGreaterThan(0.8);
  });
});
