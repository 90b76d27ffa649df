import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * More public texts with several published versions, for the accuracy section, written to a
 * folder outside the project from the SPDX License List as the npm package spdx-license-list
 * ships it (its licences/<id>.json files hold each licence's text):
 *
 *   npm pack spdx-license-list && tar xzf spdx-license-list-*.tgz     (anywhere outside the project)
 *   node --import tsx src/bench/extra-corpus.ts path/to/package OUT
 *   node --import tsx src/bench/accuracy.ts --corpus ../shared/corpus --corpus OUT
 *
 * They bring layouts the shared corpus lacks: sections in boxes of asterisks and underlined
 * headings (MPL 2.0), "Section 1 – Definitions." over tab-indented items (CC BY 4.0), and
 * clauses moved and reworded between editions.
 */
const EDITIONS: Record<string, string[]> = {
  'mozilla-public-license': ['MPL-1.1', 'MPL-2.0'],
  'creative-commons-by': ['CC-BY-3.0', 'CC-BY-4.0'],
  'apache-license': ['Apache-1.1', 'Apache-2.0'],
  'gnu-gpl': ['GPL-2.0-only', 'GPL-3.0-only'],
};

const [packageDir, out] = process.argv.slice(2);
if (!packageDir || !out) {
  console.error('usage: node --import tsx src/bench/extra-corpus.ts SPDX_LICENSE_LIST_PACKAGE_DIR OUT_DIR');
  process.exit(1);
}
for (const [name, ids] of Object.entries(EDITIONS)) {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  ids.forEach((id, k) => {
    const licence = JSON.parse(readFileSync(join(packageDir, 'licenses', `${id}.json`), 'utf8')) as { name: string; licenseText: string };
    writeFileSync(join(dir, `v${k + 1}.txt`), licence.licenseText);
  });
  writeFileSync(join(dir, 'SOURCE.txt'), `${ids.join(' → ')}: licence texts from the SPDX License List (npm package spdx-license-list); each under its own terms.\n`);
  console.log(`${dir}: ${ids.join(' → ')}`);
}
