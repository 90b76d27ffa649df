import { describe, expect, it } from 'vitest';
import seed from '../../seeds/phrase-rules.json' with { type: 'json' };
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { parsePhraseRules, phraseClauseRules } from '../../src/concerns/phrase-rules.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Survivors of a mutation run of phrase-rules.ts, each pinned by an input that tells it apart. Drafts written here. */

const COMPANIES = 'AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const STATES = 'AGREEMENT\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';
const UKRAINE = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
const rulesFound = (head: string, text: string) => findingsOfVersion(parseVersion(`${head}\n\n1. ${text}`), 'single').map((f) => f.rule);

describe('a phrase rule kept to the drafts it applies to', () => {
  it('reads a constitution as a concern between states only', () => {
    const text = 'Each party shall act in accordance with its constitution.';
    expect(rulesFound(STATES, text)).toContain('constitution-named');
    expect(rulesFound(COMPANIES, text)).not.toContain('constitution-named');
  });

  it('reads entry into force on signature as the Rada passed over only where Ukraine is a party', () => {
    const text = 'This Agreement shall enter into force upon signature.';
    expect(rulesFound(UKRAINE, text)).toContain('rada-bypassed');
    expect(rulesFound(STATES, text)).not.toContain('rada-bypassed');
  });
});

describe('a phrase rule’s finding that names no party', () => {
  it('weighs on the party the rule names otherwise, where the draft has it', () => {
    const found = findingsOfVersion(parseVersion(`${UKRAINE}\n\n1. Title to all subsoil resources shall pass to the Fund.`), 'single');
    expect(found.filter((f) => f.rule === 'resource-title-passes').map((f) => f.affects)).toEqual(['Ukraine']);
  });
});

describe('a phrase rule from elsewhere whose phrase holds no word to look for first', () => {
  it('is run on every clause that mentions its keywords', () => {
    const rules = parsePhraseRules(
      { format: seed.format, version: seed.version, rules: [{ id: 'acronym', category: 'one-sided', severity: 'low', explanation: 'An acronym.', phrases: ['[A-Z]{4}'], keywords: ['abcd'] }] },
      'mine.json',
    );
    const [rule] = phraseClauseRules(rules);
    const version = parseVersion(`${COMPANIES}\n\n1. The ABCD index applies.`);
    expect(rule!.find(version.clauses.at(-1)!, version)).toEqual([{ start: 4, end: 8 }]);
  });
});
