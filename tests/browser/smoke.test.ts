import { expect } from '@esm-bundle/chai';
import { compareVersions } from '../../src/compare/compare.js';
import { parseVersion } from '../../src/parse/parse.js';

describe('the core in the browser', () => {
  it('parses and compares unchanged, as in Node', () => {
    const comparison = compareVersions(parseVersion('1. Ukraine shall pay 50 percent.'), parseVersion('1. Ukraine shall pay 25 percent.'));
    expect(comparison.summary.modified).to.equal(1);
    expect(comparison.changes[0]!.segments.filter((s) => s.op === 'insert').map((s) => s.text)).to.deep.equal(['25 percent']);
  });
});
