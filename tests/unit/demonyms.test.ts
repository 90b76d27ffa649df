import { describe, expect, it } from 'vitest';
import { adjectivesOf } from '../../src/concerns/demonyms.js';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * A state's ships, firms or people named by the adjective of its name act for that state's side:
 * "Briscan vessels shall pay" is Brisca's duty. Drafts written here.
 */

const TREATY = 'FISHERIES ACCESS AGREEMENT\nbetween the Republic of Nalhavi ("Nalhavi") and the Commonwealth of Brisca ("Brisca")';

function dutiesIn(text: string, opening = TREATY) {
  const version = parseVersion(`${opening}\n\n${text}`);
  return deonticsOf(version.clauses.at(-1)!, version).map((d) => `${d.party} ${d.kind}`);
}

describe('a group by its state’s adjective', () => {
  it('makes the adjectives drafts give a one-word name', () => {
    expect(adjectivesOf('Brisca')).toContain('briscan');
    expect(adjectivesOf('Ukraine')).toContain('ukrainian');
    expect(adjectivesOf('Estavia')).toContain('estavian');
    expect(adjectivesOf('Varnland')).toContain('varnlandish');
    expect(adjectivesOf('Two Words')).toEqual([]);
  });

  it('reads the group’s duty or right as its state’s', () => {
    expect(dutiesIn('Article 7\nBriscan vessels shall pay a licence fee of USD 55 per tonne.')).toEqual(['Brisca obligation']);
    expect(dutiesIn('Article 8\nNalhavian authorities may board any vessel.')).toEqual(['Nalhavi right']);
    expect(dutiesIn('Article 9\nBrisca vessels shall report their catch daily.')).toEqual(['Brisca obligation']);
  });

  it('reads "the Ukrainian shareholder" as Ukraine in a joint venture between states', () => {
    const opening = 'JOINT VENTURE AGREEMENT\nbetween Ukraine and the Kingdom of Norrheim ("Norrheim")';
    expect(dutiesIn('4.2 The Ukrainian shareholder shall appoint the Chief Executive Officer.', opening)).toEqual(['Ukraine obligation']);
  });

  it('leaves a forum, and a group of a state that is no party, to no party', () => {
    expect(dutiesIn('Article 20\nNalhavian courts shall have jurisdiction over any dispute.')).toEqual([]);
    const parties = dutiesIn('Article 10\nDanubian traders may buy the catch.').filter((d) => /^(?:Brisca|Nalhavi) /u.test(d));
    expect(parties).toEqual([]);
  });
});
