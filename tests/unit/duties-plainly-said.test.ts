import { describe, expect, it } from 'vitest';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Duties said without "shall": as a responsibility, as a command to the reader, with "need to". Drafts written here. */

function dutiesIn(text: string, opening: string) {
  const version = parseVersion(`${opening}\n\n${text}`);
  return deonticsOf(version.clauses.at(-1)!, version).map((d) => `${d.party} ${d.kind}`);
}

const SUPPLY = 'CREWING AGREEMENT\nThis Agreement is made between Holmgard Reederei GmbH (the "Owner") and Talis Crewing Inc. (the "Agency").';
const TERMS = 'KESTLY TENANCY TERMS\nIn these terms, "we" and "us" mean Kestly Lettings Ltd, and "you" means the tenant named in the Schedule.';

describe('a responsibility', () => {
  it('is a duty of the party it is given to, in each of its word orders', () => {
    expect(dutiesIn('5. It is the responsibility of the Agency to ensure that each seafarer holds valid certificates.', SUPPLY)).toEqual(['Agency obligation']);
    expect(dutiesIn("5. Every seafarer must hold valid certificates, and it is the Agency's responsibility to ensure that they do.", SUPPLY)).toEqual(['Agency obligation']);
    expect(dutiesIn('8. You are responsible for servicing the boiler at your own cost.', TERMS)).toEqual(['You obligation']);
    expect(dutiesIn('8. It is your responsibility to keep the drains clear.', TERMS)).toEqual(['You obligation']);
  });

  it('near miss: one denied binds no one', () => {
    expect(dutiesIn('8. We are not responsible for damage caused by your guests.', TERMS)).toEqual([]);
  });
});

describe('a command to the reader', () => {
  it('binds the reader, and "do not" after it forbids', () => {
    expect(dutiesIn('5. Keep your keys safe and do not give them to anyone else.', TERMS)).toEqual(['You obligation', 'You prohibition']);
    expect(dutiesIn('11. Pets: please ask us in writing before keeping any pet at the Property.', TERMS)).toEqual(['You obligation']);
    expect(dutiesIn('2. If the boiler breaks down, tell us within 24 hours.', TERMS)).toEqual(['You obligation']);
  });

  it('near miss: a verb that is a noun, and "do not" of a subject that is no reader, are no commands', () => {
    expect(dutiesIn('9. Return of the deposit is governed by the Scheme rules.', TERMS)).toEqual([]);
    expect(dutiesIn('14. The headings are for ease of reference only and do not affect the interpretation of these terms.', TERMS)).toEqual([]);
    expect(dutiesIn('6. We can end the tenancy only after notice, and never where you are in hospital.', TERMS)).toEqual(['We right']);
  });
});

describe('"need to" and "have to"', () => {
  it('bind their subject', () => {
    expect(dutiesIn('3. To end the tenancy, you need to give us two months’ notice.', TERMS)).toEqual(['You obligation']);
    expect(dutiesIn('4. The Agency has to replace any seafarer the Owner rejects.', SUPPLY)).toEqual(['Agency obligation']);
  });

  it('near miss: in a condition, or after the thing needed, they bind no one', () => {
    expect(dutiesIn('7. If you need to leave early, you must tell us.', TERMS)).toEqual(['You obligation']);
    expect(dutiesIn('12. You grant us the licence we need to keep a record of the tenancy.', TERMS)).toEqual(['You obligation']);
  });
});

describe('a party with those who act for it, and a passive with its place', () => {
  const REINSURANCE = 'QUOTA SHARE CONTRACT\nThis Contract is made between Ardley Mutual (the "Company") and Fenmark Re AS (the "Reinsurer").';
  const LEASE = 'GRAZING LEASE\nThis Lease is made between the Municipality of Teller (the "Lessor") and Brookfold Dairy Ltd (the "Lessee").';
  it('gives the right of "the Reinsurer or its representatives" to the Reinsurer', () => {
    expect(dutiesIn('15. The Reinsurer or its designated representatives shall have the right, at all reasonable times, to inspect the books of the Company.', REINSURANCE)).toEqual(['Reinsurer right']);
  });

  it('reads "No more than 120 cows shall be kept on the Land by the Lessee" as the Lessee\'s prohibition', () => {
    expect(dutiesIn('8. No more than one hundred and twenty cows shall be kept on the Land by the Lessee at any time.', LEASE)).toEqual(['Lessee prohibition']);
  });

  it('near miss: "no less than" is a duty to reach it', () => {
    expect(dutiesIn('8. No less than 100 tonnes of hay shall be delivered to the Lessor by the Lessee each year.', LEASE)).toEqual(['Lessee obligation']);
  });
});

describe('a modal after "and" with no duty before it in its sentence', () => {
  const DISTRIBUTION = 'DISTRIBUTION AGREEMENT\nThis Agreement is made between Kerrow Tools AG (the "Principal") and Delphin Hardware Sarl (the "Distributor").';
  it('belongs to the party that opens the sentence with a verb of its own', () => {
    expect(dutiesIn('3.1 The Principal appoints the Distributor as its exclusive distributor in the Territory and shall not itself sell the Products there.', DISTRIBUTION)).toEqual(['Principal prohibition']);
  });

  it('near miss: a sentence opened by no party gives the modal to no one', () => {
    expect(dutiesIn('3.2 This clause applies in the Territory and shall not apply elsewhere.', DISTRIBUTION)).toEqual([]);
  });
});

describe('a second agent of one passive, after words that say when the first may act', () => {
  const REINSURANCE = 'QUOTA SHARE CONTRACT\nThis Contract is made between Ardley Mutual (the "Company") and Fenmark Re AS (the "Reinsurer").';
  it('holds the same right: "may be cancelled by the Company on 1 January ..., and by the Reinsurer at any time"', () => {
    const text = "3. This Contract may be cancelled by the Company as at any 1 January on ninety days' notice, and by the Reinsurer at any time on thirty days' notice.";
    expect(dutiesIn(text, REINSURANCE)).toEqual(['Company right', 'Reinsurer right']);
  });

  it('near miss: a name after "and by" that has a verb of its own is no second agent', () => {
    const text = '4. The premium shall be paid by the Company within thirty days, and by that date the Reinsurer shall issue a receipt.';
    expect(dutiesIn(text, REINSURANCE)).toEqual(['Company obligation', 'Reinsurer obligation']);
  });
});
