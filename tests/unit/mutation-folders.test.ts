import { describe, expect, it } from 'vitest';
import { coreFolderOf, holdsCode, reportFileOf, targetOfReportFile } from '../mutation/folders.mjs';

/** How npm run mutate names its runs and which files it must reach. */

describe('mutation runs', () => {
  it('name each target’s report so the target can be read back from it', () => {
    for (const target of ['src/concerns', 'src/concerns/rules', 'src/concerns/parties.ts']) {
      expect(targetOfReportFile(reportFileOf(target).replace('.stryker-tmp/', ''))).toBe(target);
    }
    expect(targetOfReportFile('incremental-concerns.json')).toBeUndefined();
  });

  it('put a part in the folder of the core that holds it, and nothing else in any', () => {
    expect(coreFolderOf('src/concerns/rules/forum-rules.ts')).toBe('src/concerns');
    expect(coreFolderOf('src/concerns')).toBe('src/concerns');
    expect(coreFolderOf('src/model/finding.ts')).toBeUndefined();
  });

  it('run every test written against a folder\'s survivors with that folder\'s mutants', async () => {
    const { readdirSync } = await import('node:fs');
    const { TESTS_OF_FOLDER } = await import('../mutation/folders.mjs');
    const named = (file: string) =>
      Object.values(TESTS_OF_FOLDER).some((names) => names.some((name) => new RegExp(`^${name.replaceAll('.', '\\.').replaceAll('*', '.*')}$`).test(file)));
    const survivorTests = readdirSync('tests/unit').filter((file) => file.endsWith('-survivors.test.ts'));
    expect(survivorTests.length).toBeGreaterThan(4);
    expect(survivorTests.filter((file) => !named(file))).toEqual([]);
    expect(named('direction-survivors.test.ts')).toBe(true);
    expect(named('exit-gained.test.ts')).toBe(true);
  });

  it('need not reach a file that declares only types, and must reach one with code', () => {
    expect(holdsCode('src/concerns/rule.ts')).toBe(false);
    expect(holdsCode('src/concerns/stance.ts')).toBe(true);
    expect(holdsCode('src/concerns/names.ts')).toBe(true);
  });
});

describe('the record of measured files', async () => {
  const { countsOf, emptyRecord, hashOfSource, hashOfTests, leftOf, recorded, RecordSchema, testFilesOf, UNKNOWN_TESTS, withResults } = await import('../mutation/record.mjs');
  const mutants = (...statuses: string[]) =>
    statuses.map((status, k) => ({ status, mutatorName: 'ConditionalExpression', replacement: 'true', location: { start: { line: k + 1, column: 1 }, end: { line: k + 1, column: 5 } } }));
  const [A, B] = [hashOfSource('const a = 1;'), hashOfSource('const a = 2;')];
  const [T1, T2] = [hashOfSource('tests one'), hashOfSource('tests two')];

  it('counts a file as Stryker does: killed and timed out detected, survived, not covered; nothing else', () => {
    expect(countsOf(mutants('Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'Ignored', 'Killed'))).toEqual({ detected: 3, survived: 1, noCoverage: 1 });
  });

  it('keeps a file’s counts for the source measured only, and says when its tests changed since', () => {
    const record = withResults(emptyRecord(), [{ file: 'src/x.ts', mutants: mutants('Killed', 'Survived'), source: A, tests: T1 }]);
    expect(RecordSchema.parse(record)).toEqual(record);
    expect(recorded(record, 'src/x.ts', A, T1)).toEqual({ detected: 1, survived: 1, noCoverage: 0, testsChanged: false });
    expect(recorded(record, 'src/x.ts', A, T2)).toMatchObject({ testsChanged: true });
    expect(recorded(record, 'src/x.ts', B, T1)).toBeNull();
    expect(recorded(record, 'src/y.ts', A, T1)).toBeNull();
    // a run whose tests were not noted is never taken as run against today's
    const unknown = withResults(emptyRecord(), [{ file: 'src/x.ts', mutants: mutants('Killed'), source: A, tests: UNKNOWN_TESTS }]);
    expect(RecordSchema.parse(unknown)).toEqual(unknown);
    expect(recorded(unknown, 'src/x.ts', A, T1)).toMatchObject({ testsChanged: true });
  });

  it('puts fresh results over the old ones of the same file, keeps the others, and lists files in order', () => {
    const first = withResults(emptyRecord(), [
      { file: 'src/b.ts', mutants: mutants('Survived'), source: A, tests: T1 },
      { file: 'src/a.ts', mutants: mutants('Killed'), source: A, tests: T1 },
    ]);
    const second = withResults(first, [{ file: 'src/b.ts', mutants: mutants('Killed', 'Killed'), source: B, tests: T2 }]);
    expect(Object.keys(second.files)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(second.files['src/a.ts']).toEqual(first.files['src/a.ts']);
    expect(recorded(second, 'src/b.ts', B, T2)).toEqual({ detected: 2, survived: 0, noCoverage: 0, testsChanged: false });
    expect(recorded(second, 'src/b.ts', A, T1)).toBeNull();
  });

  it('keeps each mutant left alive, in the order of the source, with a long replacement cut to its first line', () => {
    const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 1 } });
    const run = [
      { status: 'Killed', mutatorName: 'BooleanLiteral', replacement: 'false', location: at(1, 1) },
      { status: 'NoCoverage', mutatorName: 'StringLiteral', replacement: '""', location: at(9, 4) },
      { status: 'Survived', mutatorName: 'BlockStatement', replacement: '{\n  return 1;\n}', location: at(3, 7) },
      { status: 'Survived', mutatorName: 'Regex', replacement: `/${'a'.repeat(150)}/`, location: at(3, 2) },
      { status: 'Timeout', mutatorName: 'UpdateOperator', replacement: 'i--', location: at(2, 1) },
    ];
    const left = leftOf(run);
    expect(left.map((m) => `${m.line}:${m.column}`)).toEqual(['3:2', '3:7', '9:4']);
    expect(left[0]).toMatchObject({ mutator: 'Regex', status: 'Survived' });
    expect(left[0]?.replacement).toBe(`/${'a'.repeat(99)}…`);
    expect(left[1]?.replacement).toBe('{…');
    expect(left[2]).toEqual({ line: 9, column: 4, mutator: 'StringLiteral', replacement: '""', status: 'NoCoverage' });
    const record = withResults(emptyRecord(), [{ file: 'src/x.ts', mutants: run, source: A, tests: T1 }]);
    expect(RecordSchema.parse(record).files['src/x.ts']?.left).toEqual(left);
    // a record kept before survivors were: its counts are still read
    const { left: _gone, ...countsOnly } = record.files['src/x.ts']!;
    expect(RecordSchema.safeParse({ ...record, files: { 'src/x.ts': countsOnly } }).success).toBe(true);
  });

  it('shows a replacement’s first line with something on it, whatever its line endings', () => {
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
    const [crlf, leading] = leftOf([
      { status: 'Survived', mutatorName: 'BlockStatement', replacement: '{\r\n  return 1;\r\n}', location: at },
      { status: 'Survived', mutatorName: 'BlockStatement', replacement: '\n  return 2;\n', location: { ...at, start: { line: 2, column: 1 } } },
    ]);
    expect(crlf?.replacement).toBe('{…');
    expect(leading?.replacement).toBe('  return 2;…');
  });

  it('refuses a record that is not one, and hashes a folder’s tests so that any change to one of them shows', () => {
    expect(RecordSchema.safeParse({ format: 'counterdraft/mutation-record', version: 1, files: { 'src/x.ts': { detected: -1, survived: 0, noCoverage: 0, source: A, tests: T1 } } }).success).toBe(false);
    expect(testFilesOf('src/report')).toContain('tests/unit/report-pieces.test.ts');
    expect(testFilesOf('src/report')).not.toContain('tests/unit/parse-document.test.ts');
    const files = testFilesOf('src/report');
    const read = (path: string) => `contents of ${path}`;
    const before = hashOfTests('src/report', read);
    expect(hashOfTests('src/report', (path: string) => (path === files[0] ? 'changed' : read(path)))).not.toBe(before);
    expect(hashOfTests('src/report', read)).toBe(before);
    // what the tests share counts too: a helper, and the shipped rules for the folders that read them
    expect(hashOfTests('src/report', (path: string) => (path.startsWith('tests/support/') ? 'changed' : read(path)))).not.toBe(before);
    const seeds = (folder: string) => hashOfTests(folder, (path: string) => (path.startsWith('seeds/') ? 'changed' : read(path))) !== hashOfTests(folder, read);
    expect(seeds('src/concerns')).toBe(true);
    expect(seeds('src/parse')).toBe(false);
  });
});

describe('the listing of the mutants left alive', async () => {
  const { readFileSync } = await import('node:fs');
  const { emptyRecord, hashOfSource, hashOfTests, withResults } = await import('../mutation/record.mjs');
  const { leftListing } = await import('../mutation/scores.mjs');
  const file = 'src/compare/compare.ts';
  const source = hashOfSource(readFileSync(file, 'utf8'));
  const mutant = { status: 'Survived', mutatorName: 'ConditionalExpression', replacement: 'false', location: { start: { line: 29, column: 7 }, end: { line: 29, column: 30 } } };
  const record = withResults(emptyRecord(), [{ file, mutants: [mutant], source, tests: hashOfTests('src/compare') }]);
  const none = new Map();

  it('lists a file’s survivors from the record, by folder or by file, with a slash or a ./ or none', () => {
    const line = `${file}:29:7  ConditionalExpression  false`;
    for (const path of ['src/compare', 'src/compare/', './src/compare', file, `./${file}`]) expect(leftListing(path, none, record), path).toContain(line);
    expect(leftListing(file, none, record)).toEqual([line]);
  });

  it('says when a file was measured against other tests, or on other code, or before survivors were kept', () => {
    const otherTests = withResults(emptyRecord(), [{ file, mutants: [mutant], source, tests: hashOfSource('older tests') }]);
    expect(leftListing(file, none, otherTests)?.[0]).toMatch(/measured against other tests than today's/);
    const otherCode = withResults(emptyRecord(), [{ file, mutants: [mutant], source: hashOfSource('older code'), tests: hashOfTests('src/compare') }]);
    expect(leftListing(file, none, otherCode)).toEqual([`${file}  not measured as it is now`]);
    const { left: _gone, ...countsOnly } = record.files[file]!;
    expect(leftListing(file, none, { ...record, files: { [file]: countsOnly } })).toEqual([`${file}  1 left, not listed: measured before the record kept them`]);
  });

  it('answers null for a path no file of the core is at or under, a folder whose name only begins the same included', () => {
    expect(leftListing('src/comp', none, record)).toBeNull();
    expect(leftListing('src/compare/nothing.ts', none, record)).toBeNull();
    expect(leftListing('src/model', none, record)).toBeNull();
  });
});
