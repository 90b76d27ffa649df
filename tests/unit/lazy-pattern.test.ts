import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { lazyPattern } from '../../src/concerns/lazy-pattern.js';

describe('lazyPattern', () => {
  it('builds its pattern on the first call only, and gives the same pattern after', () => {
    let built = 0;
    const pattern = lazyPattern(() => {
      built++;
      return /\p{Lu}\p{L}+/u;
    });
    expect(built).toBe(0);
    const first = pattern();
    expect(built).toBe(1);
    expect(pattern()).toBe(first);
    expect(built).toBe(1);
    expect(first.test('Kyiv')).toBe(true);
  });

  it('keeps a global pattern’s place between calls, as one pattern object does', () => {
    const words = lazyPattern(() => /\p{L}+/gu);
    expect(words().exec('one two')?.[0]).toBe('one');
    expect(words().exec('one two')?.[0]).toBe('two');
  });
});

/** Module-level constants of src/concerns whose pattern holds a Unicode property class and is built at load. */
function eagerPropertyPatterns(): string[] {
  const root = fileURLToPath(new URL('../../src/concerns', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const eager: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!init) continue;
        const isPattern = init.kind === ts.SyntaxKind.RegularExpressionLiteral || (ts.isNewExpression(init) && init.expression.getText(source) === 'RegExp');
        if (isPattern && /\\[pP]\{/u.test(init.getText(source))) eager.push(`${file}: ${declaration.name.getText(source)}`);
      }
    }
  }
  return eager;
}

describe('the readings’ patterns', () => {
  // Each property class costs V8 tens of microseconds to build (see src/concerns/lazy-pattern.ts);
  // built at load, hundreds of them slowed every command, though most never run on a given draft.
  it('are built when first asked for, where they hold a Unicode property class', () => {
    expect(eagerPropertyPatterns()).toEqual([]);
  });
});
