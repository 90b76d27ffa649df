import { describe, expect, it } from 'vitest';
import { changeStance } from '../support/stance-readings.js';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';

/** A figure both parties held alike, now given to each apart. Openings and clauses written here. */

const TREATY = 'INSPECTION AGREEMENT\n\nThe Republic of Hesper and the Kingdom of Vesk, hereinafter "the Parties", have agreed as follows.';
const AIR = 'AIR SERVICES AGREEMENT\n\nThe Republic of Estria and the Kingdom of Lusk, hereinafter "the Contracting Parties", have agreed as follows.';

describe('split-apart', () => {
  it('a party left with fewer inspections than each party had loses; the other gains', () => {
    const before = 'Article 8. Each Party may conduct up to ten (10) inspections in each calendar year at declared sites of the other Party.';
    const after = 'Article 8. Hesper may conduct up to ten (10) inspections in each calendar year at declared sites of Vesk, and Vesk may conduct up to six (6) such inspections in each calendar year at declared sites of Hesper.';
    expect(changeStance(TREATY, before, after, 'Vesk')).toContainEqual(['split-apart', 'against']);
    expect(changeStance(TREATY, before, after, 'Hesper')).toContainEqual(['split-apart', 'favour']);
  });

  it('a state’s designated airlines act for it, and more frequencies than both had are its gain', () => {
    const before = 'Section 3. The designated airlines of each Contracting Party may operate up to fourteen (14) frequencies per week.';
    const after = 'Section 3. The designated airlines of the Republic of Estria may operate up to twenty-one (21) frequencies per week, and those of the Kingdom of Lusk up to fourteen (14).';
    const version = parseVersion(`${AIR}\n\n${after}`);
    expect(deonticsOf(version.clauses.at(-1)!, version).map((d) => `${d.party} ${d.kind}`)).toEqual(['Republic of Estria right']);
    expect(changeStance(AIR, before, after, 'Republic of Estria')).toContainEqual(['split-apart', 'favour']);
  });

  it('near misses: a notice each party gave, now given apart, is left to the reading of notice; a figure still shared moves no one apart', () => {
    const EMPLOYMENT = 'EMPLOYMENT CONTRACT\n\nThis Contract is made between Pellam Ltd (the "Company") and Ana Ruiz (the "Employee").';
    const notice = changeStance(EMPLOYMENT, "15.1 Either party may terminate the Employment by giving the other three months' notice.", "15.1 The Company may terminate the Employment by giving one month's notice. The Employee may terminate it by giving three months' notice.", 'Company');
    expect(notice.map(([rule]) => rule)).not.toContain('split-apart');
    const still = changeStance(TREATY, 'Article 8. Each Party may conduct up to ten (10) inspections a year.', 'Article 8. Each Party may conduct up to twelve (12) inspections a year.', 'Vesk');
    expect(still.map(([rule]) => rule)).not.toContain('split-apart');
  });
});
