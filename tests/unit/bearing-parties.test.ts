import { describe, expect, it } from 'vitest';
import { holderNamedIn, mostBurdened, namedAfter, otherParty, protectedBy, recipientIn, subjectAt } from '../../src/concerns/bearing.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Whom the words of a clause name: the subject, the party after, the holder of a power, the receiver, the protected. Clauses written here. */

const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const TREATY = 'TREATY\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.';

function at(head: string, text: string) {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  return { version, clause: version.clauses.at(-1)! };
}

describe('the subject of words', () => {
  it('is the party named a few words before them in their sentence', () => {
    const { version, clause } = at(SALE, 'The Seller, in any event, shall be under no obligation to insure the goods.');
    expect(subjectAt(clause, version, clause.text.indexOf('shall'))).toBe('Seller');
  });

  it('near misses: a party named many words before, or in the sentence before', () => {
    const far = at(SALE, 'The Seller having delivered the goods to the port named in the order of the day, the carrier shall be under no obligation.');
    expect(subjectAt(far.clause, far.version, far.clause.text.indexOf('shall'))).toBeNull();
    const before = at(SALE, 'The Seller delivers. The carrier shall be under no obligation.');
    expect(subjectAt(before.clause, before.version, before.clause.text.indexOf('shall'))).toBeNull();
  });
});

describe('the party named after words', () => {
  it('is the first named after them in their sentence, not in the next', () => {
    const { version, clause } = at(SALE, 'The Fund shall have no obligation to report to the Buyer or the Seller. The Seller shall pay.');
    const end = clause.text.indexOf('report') + 'report'.length;
    expect(namedAfter(clause, version, end)).toBe('Buyer');
    const none = at(SALE, 'The Fund shall have no obligation to report. The Seller shall pay.');
    expect(namedAfter(none.clause, none.version, none.clause.text.indexOf('report') + 6)).toBeNull();
  });
});

describe('the holder of a power', () => {
  it('the one party named in the words, or named right after their "of" or "by"', () => {
    const named = at(SALE, 'Deliveries may be varied at the request of the Buyer.');
    expect(holderNamedIn('at the request of the Buyer', named.clause, named.version, named.clause.text.indexOf('at the request'))).toBe('Buyer');
    const after = at(SALE, 'The depot shall be under the exclusive control of the Seller.');
    expect(holderNamedIn('the exclusive control of', after.clause, after.version, after.clause.text.indexOf('the exclusive control'))).toBe('Seller');
  });

  it('near miss: a possessive after "of" names what is held, not who holds it', () => {
    const { version, clause } = at(SALE, 'The Buyer shall keep the exclusive control of the Seller’s depot.');
    expect(holderNamedIn('the exclusive control of', clause, version, clause.text.indexOf('the exclusive control'))).toBe('Buyer');
  });

  it('"it" is the party acting just before the words, not the last party named', () => {
    const { version, clause } = at(TREATY, 'The Republic of Sarnia shall consider providing Ukraine with such assistance as it deems appropriate.');
    expect(holderNamedIn('as it deems appropriate', clause, version, clause.text.indexOf('as it deems'))).toBe('Republic of Sarnia');
  });
});

describe('the receiver of what passes', () => {
  it('the one party it passes to, in the words or else in their sentence', () => {
    const { version, clause } = at(SALE, 'Title to the goods shall pass to the Buyer on delivery.');
    expect(recipientIn(clause, version, clause.text.indexOf('Title'))).toBe('Buyer');
    const vested = at(TREATY, 'Title to the minerals shall vest in the Republic of Sarnia.');
    expect(recipientIn(vested.clause, vested.version, 0)).toBe('Republic of Sarnia');
  });

  it('near misses: two receivers, or a place named with "in"', () => {
    const both = at(SALE, 'Title shall pass to the Buyer and then to the Seller.');
    expect(recipientIn(both.clause, both.version, 0)).toBeNull();
    const place = at(TREATY, 'The Republic of Sarnia may buy the minerals produced in Ukraine.');
    expect(recipientIn(place.clause, place.version, 0)).toBeNull();
  });
});

describe('the party a protection protects', () => {
  it('the party whose constitution or parliament it names, the receiver of a guarantee, or the other of the only party named', () => {
    expect(protectedBy(at(TREATY, 'Nothing in this Agreement requires Ukraine to act against the Constitution of Ukraine.').clause, parseVersion(TREATY))).toBe('Ukraine');
    const guarantee = at(TREATY, 'The Republic of Sarnia undertakes to provide Ukraine with security guarantees.');
    expect(protectedBy(guarantee.clause, guarantee.version)).toBe('Ukraine');
    const giver = at(TREATY, 'The Republic of Sarnia shall protect the installations.');
    expect(protectedBy(giver.clause, giver.version)).toBe('Ukraine');
    const own = at(TREATY, 'The Republic of Sarnia shall act in accordance with its constitutional requirements.');
    expect(protectedBy(own.clause, own.version)).toBe('Republic of Sarnia');
  });

  it('"its constitutional processes" protect the party acting before them, though the other is named', () => {
    const hedged = at(TREATY, 'The Republic of Sarnia shall assist Ukraine by such action as it deems necessary, in accordance with its constitutional processes.');
    expect(protectedBy(hedged.clause, hedged.version)).toBe('Republic of Sarnia');
    // near miss: the constitutional processes of the other, named
    const theirs = at(TREATY, 'The Republic of Sarnia shall assist Ukraine in accordance with the constitutional processes of Ukraine.');
    expect(protectedBy(theirs.clause, theirs.version)).toBe('Ukraine');
  });
});

describe('the most burdened party and the other party', () => {
  it('the party with most duties, none on a tie; the other of two parties', () => {
    expect(mostBurdened(parseVersion(`${SALE}\n\n1. The Seller shall deliver.\n\n2. The Seller shall insure.\n\n3. The Buyer shall pay.`))).toBe('Seller');
    expect(mostBurdened(parseVersion(`${SALE}\n\n1. The Seller shall deliver.\n\n2. The Buyer shall pay.`))).toBeNull();
    expect(mostBurdened(parseVersion(`${SALE}\n\n1. The goods are ore.`))).toBeNull();
    expect(otherParty(parseVersion(SALE), 'Seller')).toBe('Buyer');
    expect(otherParty(parseVersion(SALE), 'Lender')).toBeNull();
  });
});
