// The folders of the pure core that npm run mutate scores, the unit tests aimed at each, and where
// each keeps its results.
//
// A mutant is tested by the tests aimed at its folder, not by every test that happens to run its
// code: a comparison runs the word diff, so every concern and report test covers src/redline, and
// a surviving mutant there would rerun the whole suite (half a minute each; hours per folder on two
// cores). The score is then what a folder's own tests hold up: a lower bound, never inflated.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export const TESTS_OF_FOLDER = {
  'src/parse': ['parse*.test.ts', 'numbers-and-ordinals.test.ts', 'pdf-columns.test.ts', 'samples.test.ts'],
  'src/align': ['align*.test.ts', 'anchor.test.ts', 'ignore-numbering.test.ts', 'compare.property.test.ts', 'samples.test.ts'],
  'src/redline': ['redline*.test.ts', 'edit-script.property.test.ts', 'compare-segments.test.ts', 'compare.property.test.ts', 'ignore-numbering.test.ts'],
  'src/compare': ['compare*.test.ts', 'clause-history*.test.ts', 'history.test.ts', 'ignore-numbering.test.ts', 'samples.test.ts'],
  'src/concerns': [
    'concern-reading.test.ts', 'concern-changes.test.ts', 'concerns.test.ts', 'phrase-*.test.ts', 'power-rules*.test.ts', 'stance*.test.ts', 'direction*.test.ts', 'exit-gained.test.ts', 'holders*.test.ts', 'roles.test.ts',
    'parties*.test.ts', 'forum*.test.ts', 'figures*.test.ts', 'sentences*.test.ts', 'bearing*.test.ts', 'terms*.test.ts', 'capitals.test.ts', 'pattern-cache.test.ts', 'change-rules*.test.ts', 'term-qualified.test.ts', 'document-rules.test.ts', 'clause-rules*.test.ts', 'obligations*.test.ts', 'deontics-scan.test.ts', 'negation-scope.test.ts', 'keyword-test.test.ts', 'catalogue-and-terms.test.ts', 'analyze*.test.ts',
  ],
  'src/report': ['report*.test.ts', 'issues-list.test.ts', 'schema-order.test.ts'],
};
export const CORE_FOLDERS = Object.keys(TESTS_OF_FOLDER);

// A run's target is a core folder or a part of one (a subfolder or a file), so that a folder too
// big for one sitting can be measured part by part: a Stryker run stopped midway keeps nothing.
// The target is written into the names of its files, "/" as "+" (no path here holds a "+").
const slug = (target) => target.replace(/^src\//, '').replaceAll('/', '+');
export const incrementalFileOf = (target) => `.stryker-tmp/incremental-${slug(target)}.json`;
export const reportFileOf = (target) => `.stryker-tmp/mutation-${slug(target)}.json`;
/** Where a run notes the hash of its folder's tests as they were when it began (see record.mjs). */
export const testsHashFileOf = (target) => `.stryker-tmp/tests-${slug(target)}.txt`;
/** The target a report file was written for, or undefined for a file not named by reportFileOf. */
export function targetOfReportFile(name) {
  const match = /^mutation-(.+)\.json$/.exec(name);
  return match ? `src/${match[1].replaceAll('+', '/')}` : undefined;
}
/** The core folder that holds a target (itself when it is one), or undefined. */
export const coreFolderOf = (target) =>
  CORE_FOLDERS.find((folder) => target === folder || target.startsWith(`${folder}/`));

/**
 * Does a source file hold code once its types are removed? One that declares only types and
 * interfaces (src/concerns/rule.ts) has no mutants: no run can hold it, and none needs to.
 */
export function holdsCode(path) {
  const emitted = ts.transpileModule(readFileSync(path, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true } }).outputText;
  return emitted.split('\n').some((line) => line.trim() !== '' && !/^(?:import\b|export\s*\{\s*\};?$)/u.test(line.trim()));
}
