// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const LETTER = /\p{L}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Attributes whose text people see or hear. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'title',
  'placeholder',
  'label',
  'legend',
  'hint',
  'caption',
  'lead',
  'submitLabel',
  'confirmLabel',
  'emptyOption',
  'message',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' || name === 'test' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every text a component would show without going through the dictionaries. */
function hardCodedTexts(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(source);
      if (VISIBLE_ATTRIBUTES.has(name) && LETTER.test(node.initializer.text))
        found.push(`${name}="${node.initializer.text}"`);
    }
    // Cyrillic outside the dictionaries is always a text meant for people.
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CYRILLIC.test(node.text)) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every visible text goes through the dictionaries', () => {
  it('finds the kinds of hard-coded text it looks for', () => {
    const sample = `export const Sample = () => (
      <p>
        Зберегти
        <button title="Close" className="btn" type="button">Save</button>
        {'Вихідний'} {t('common.save')} {count}
      </p>
    );`;
    expect(hardCodedTexts('sample.tsx', sample)).toEqual(['Зберегти', 'title="Close"', 'Save', 'Вихідний']);
  });

  it('has none in the components and pages', () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      hardCodedTexts(file).map((text) => `${relative(SRC, file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });
});
