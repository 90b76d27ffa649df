import { describe, expect, it } from 'vitest';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';

/** In terms written to their reader, what is done to "you" with no agent is done by "we". Drafts written here. */

function dutiesIn(text: string, opening: string) {
  const version = parseVersion(`${opening}\n\n${text}`);
  return deonticsOf(version.clauses.at(-1)!, version).map((d) => `${d.party} ${d.kind}`);
}

describe('a passive done to the reader with no agent', () => {
  const TERMS = 'LUMORA TERMS\nThese terms are between Lumora Ltd ("we", "us") and you, the customer ("you").';
  it('is done by the speaker, and one done to the speaker by the reader', () => {
    expect(dutiesIn('17.2 Changes to these terms will be notified to you by email.', TERMS)).toEqual(['We obligation']);
    expect(dutiesIn('17.3 Any notice of cancellation must be sent to us in writing.', TERMS)).toEqual(['You obligation']);
  });

  it('near miss: one denied binds no one', () => {
    expect(dutiesIn('17.4 Refunds will not be paid to you after 30 days.', TERMS)).toEqual([]);
  });
});
