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

describe('a deeming after "and"', () => {
  const TREATY = 'DEFENCE INDUSTRY AGREEMENT\nbetween Ukraine and the Kingdom of Norrheim ("Norrheim")';
  it('gives the thing a status and binds no one', () => {
    const text = '4.1 Ukraine shall not transfer any interceptor without the consent of Norrheim, which shall not be unreasonably withheld and shall be deemed to have been given if Norrheim has not objected within thirty days.';
    expect(dutiesIn(text, TREATY).filter((d) => d.startsWith('Ukraine'))).toEqual(['Ukraine prohibition']);
  });

  it('near miss: a deeming after its own subject binds that party', () => {
    const SITE = 'CONSTRUCTION CONTRACT\n\nThis Contract is made between Halden Port Authority (the "Employer") and Keel Builders Ltd (the "Contractor").';
    expect(dutiesIn('6.3 The Contractor shall be deemed to have satisfied itself as to the ground conditions and shall bear the risk of them.', SITE)).toEqual(['Contractor obligation', 'Contractor obligation']);
  });
});
