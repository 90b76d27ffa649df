import { describe, expect, it } from 'vitest';
import { burdenedAt, holderNamedIn, lastActingBefore, mostBurdened, partiesNamedIn, protectedBy, recipientIn, releasedByOwnLaw } from '../../src/concerns/bearing.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * The readings of whom words weigh on, case by case at their edges: a sentence's bounds, several
 * parties, a party named in the other sentence, rights against duties. Clauses written here.
 */

const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const TREATY = 'TREATY\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.';
const THREE = 'CONSORTIUM AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Operator"), Birch Ltd (the "Investor") and Cedar AS (the "Lender").';
const UA = 'УГОДА\n\nThe Government of Україна and the Government of Республіка Сарнія (the "Parties") have agreed as follows.';

function at(head: string, text: string) {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  return { version, clause: version.clauses.at(-1)! };
}
const draft = (head: string, ...clauses: string[]) => parseVersion([head, ...clauses.map((c, i) => `${i + 1}. ${c}`)].join('\n\n'));

describe('the parties a text names', () => {
  it('in order of first mention; as actors, not where named as agent or receiver', () => {
    const { version } = at(SALE, 'x');
    expect(partiesNamedIn('The Buyer shall pay the Seller.', version)).toEqual(['Buyer', 'Seller']);
    expect(partiesNamedIn('Goods delivered by the Seller are inspected by the Buyer, and the Buyer pays.', version, { actorsOnly: true })).toEqual(['Buyer']);
    expect(partiesNamedIn('Goods delivered by the Seller are inspected by the Buyer.', version, { actorsOnly: true })).toEqual([]);
    // the one a sum is paid to, and a party named by a long name that ends in its own
    const { version: loan } = at('LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and the Northern Export Bank (the "Bank").', 'x');
    expect(partiesNamedIn('Proceeds shall first repay the Northern Export Bank in full.', loan, { actorsOnly: true })).toEqual([]);
    expect(partiesNamedIn('Proceeds shall first be applied to reimburse the Bank.', loan, { actorsOnly: true })).toEqual([]);
    expect(partiesNamedIn('The Northern Export Bank shall disburse the Loan.', loan, { actorsOnly: true })).toEqual(['Bank']);
    // the words before a mention are read only just before it
    expect(partiesNamedIn('Delivered to the port by ship over many weeks of sailing, the Seller shall insure.', version, { actorsOnly: true })).toEqual(['Seller']);
  });
});

describe('the party words burden', () => {
  it('the one party with duties in their sentence, not in the sentence before or after', () => {
    const { version, clause } = at(SALE, 'The Buyer shall pay the price. The Seller may inspect the goods at any time. The Buyer shall insure them.');
    expect(burdenedAt(clause, version, clause.text.indexOf('at any time'))).toBe('Buyer');
    const { clause: two } = at(SALE, 'The Seller shall deliver. The Buyer shall pay at any time.');
    expect(burdenedAt(two, version, two.text.indexOf('at any time'))).toBe('Buyer');
    expect(burdenedAt(two, version, two.text.indexOf('deliver'))).toBe('Seller');
  });

  it('with duties on both, the one party named as actor; with none, the other of the one holding a right', () => {
    const { version, clause } = at(SALE, 'The Seller shall deliver and the Buyer shall pay.');
    expect(burdenedAt(clause, version, 0)).toBeNull();
    const { clause: right } = at(SALE, 'The Seller may at its discretion change the port.');
    expect(burdenedAt(right, version, 0)).toBe('Buyer');
    const { clause: rights } = at(SALE, 'The Seller may change the port and the Buyer may refuse it.');
    expect(burdenedAt(rights, version, 0)).toBeNull();
    const { clause: none } = at(SALE, 'Goods are carried by the Seller at the cost of the Buyer, and the Buyer keeps them.');
    expect(burdenedAt(none, version, 0)).toBe('Buyer');
  });

  it('with no duty and no right in the sentence, the one party it says pays a sum, though another is named first', () => {
    const { version, clause } = at(SALE, 'The price of goods the Seller delivers, payable by the Buyer in euros, shall be reviewed each year.');
    expect(burdenedAt(clause, version, 0)).toBe('Buyer');
    // a sum paid to a party names no payer
    const { clause: paidTo } = at(SALE, 'The price of goods delivered, payable to the Seller in euros, shall be reviewed each year.');
    expect(burdenedAt(paidTo, version, 0)).toBeNull();
    // a duty in the sentence decides before any sum
    const { clause: duty } = at(SALE, 'The Seller shall insure the goods, whose price is payable by the Buyer.');
    expect(burdenedAt(duty, version, 0)).toBe('Seller');
  });

  it('a party not of the draft bears nothing', () => {
    const { version, clause } = at(SALE, 'The Carrier shall deliver the goods, and the Seller may inspect them.');
    expect(burdenedAt(clause, version, 0)).toBe('Buyer');
  });
});

describe('the last party acting before words', () => {
  it('bearing a duty, holding a right, or either, as asked, from the start given', () => {
    const { version, clause } = at(SALE, 'The Seller shall deliver, the Buyer may inspect, and the fee of 5 percent is due.');
    const figure = clause.text.indexOf('5 percent');
    expect(lastActingBefore(clause, version, 0, figure, { duties: true, rights: false })).toBe('Seller');
    expect(lastActingBefore(clause, version, 0, figure, { duties: false, rights: true })).toBe('Buyer');
    expect(lastActingBefore(clause, version, 0, figure, { duties: true, rights: true })).toBe('Buyer');
    expect(lastActingBefore(clause, version, clause.text.indexOf('the Buyer'), figure, { duties: true, rights: false })).toBeNull();
    expect(lastActingBefore(clause, version, 0, clause.text.indexOf('the Buyer'), { duties: true, rights: true })).toBe('Seller');
  });
});

describe('the holder of a power, where the words name none', () => {
  it('"by" ends on its holder as "of" does; a party further on is no holder', () => {
    const { version, clause } = at(SALE, 'The depot shall be controlled exclusively by the Buyer.');
    expect(holderNamedIn('controlled exclusively by', clause, version, clause.text.indexOf('controlled'))).toBe('Buyer');
    const far = at(SALE, 'The depot shall be under the exclusive control of a manager appointed on the advice of the Buyer.');
    expect(holderNamedIn('the exclusive control of', far.clause, far.version, far.clause.text.indexOf('the exclusive control'))).toBeNull();
  });

  it('"it" needs a pronoun, and a party named in the words is read first', () => {
    const { version, clause } = at(TREATY, 'The Republic of Sarnia shall consider providing Ukraine with such assistance as is deemed appropriate.');
    expect(holderNamedIn('as is deemed appropriate', clause, version, clause.text.indexOf('as is deemed'))).toBe('Ukraine');
    const them = at(TREATY, 'The Republic of Sarnia shall consider providing Ukraine with such assistance as they deem appropriate.');
    expect(holderNamedIn('as they deem appropriate', them.clause, them.version, them.clause.text.indexOf('as they'))).toBe('Republic of Sarnia');
  });

  it('a pronoun just before the words ("in its sole discretion") is the actor’s, not the party named last', () => {
    const { version, clause } = at(SALE, 'The Seller may suspend deliveries to the Buyer if it determines in its sole discretion that Sanctions apply.');
    expect(holderNamedIn('sole discretion', clause, version, clause.text.indexOf('sole discretion'))).toBe('Seller');
    // near miss: no pronoun before the words, the party named last is read
    const bare = at(SALE, 'The Seller may suspend deliveries to the Buyer at the sole discretion of the Buyer.');
    expect(holderNamedIn('sole discretion of the Buyer', bare.clause, bare.version, bare.clause.text.indexOf('sole discretion'))).toBe('Buyer');
  });
});

describe('the receiver of what passes, at the words found', () => {
  it('the receiver named in the words, over the sentence’s two', () => {
    const text = 'The Land is conveyed to the Buyer, reserving to the Seller all mines and minerals.';
    const { version, clause } = at(SALE, text);
    const start = text.indexOf('reserving');
    expect(recipientIn(clause, version, start, start + 'reserving to the Seller all mines'.length)).toBe('Seller');
    expect(recipientIn(clause, version, start)).toBeNull();
  });

  it('the payee named just after words that end on a verb of paying, by a long name ending in its own', () => {
    const head = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and the Northern Export Bank (the "Bank").';
    const text = 'Proceeds shall first be applied to repay the Northern Export Bank in full before any distribution to the Republic of Sarnia.';
    const { version, clause } = at(head, text);
    const start = text.indexOf('repay');
    expect(recipientIn(clause, version, start, start + 'repay'.length)).toBe('Bank');
    // near miss: a verb of paying whose object is the sum, not a party
    const other = 'Proceeds shall first be applied to repay the Loan in full before any distribution to the Republic of Sarnia.';
    const { clause: loan } = at(head, other);
    expect(recipientIn(loan, version, other.indexOf('repay'), other.indexOf('repay') + 'repay'.length)).not.toBe('Bank');
  });

  it('in the sentence of the words only', () => {
    const { version, clause } = at(SALE, 'Title to the goods shall pass to the Buyer. Risk stays.');
    expect(recipientIn(clause, version, clause.text.indexOf('Risk'))).toBeNull();
  });
});

describe('the party a protection protects, at its edges', () => {
  it('the party whose parliament is named; the Verkhovna Rada, in either language, is Ukraine’s', () => {
    expect(protectedBy(at(TREATY, 'This Agreement shall be submitted to the Parliament of the Republic of Sarnia.').clause, parseVersion(TREATY))).toBe('Republic of Sarnia');
    expect(protectedBy(at(TREATY, 'This Agreement shall be ratified by the Verkhovna Rada.').clause, parseVersion(TREATY))).toBe('Ukraine');
    const ua = at(UA, 'Ця Угода підлягає ратифікації Верховною Радою.');
    expect(protectedBy(ua.clause, ua.version)).toBe('Україна');
    // near miss: the Verkhovna Rada between parties without Ukraine is no party's (and the one party
    // named, giving, protects no one other of three)
    const other = at(THREE, 'The Operator shall brief the Verkhovna Rada.');
    expect(protectedBy(other.clause, other.version)).toBeNull();
  });

  it('"its constitutional and statutory procedures" are those of the party acting before them, though the other is named first', () => {
    const text = 'Upon a request by Ukraine for assistance, the Republic of Sarnia shall give favourable consideration to that request in accordance with its constitutional and statutory procedures.';
    const { clause, version } = at(TREATY, text);
    expect(protectedBy(clause, version)).toBe('Republic of Sarnia');
  });

  it('a party holding only a right gives nothing; two named, neither giving, protect no one', () => {
    const right = at(TREATY, 'The Republic of Sarnia may provide Ukraine with air defence.');
    expect(protectedBy(right.clause, right.version)).toBeNull();
    const none = at(TREATY, 'Security matters are for Ukraine and the Republic of Sarnia.');
    expect(protectedBy(none.clause, none.version)).toBeNull();
    const nobody = at(TREATY, 'Security matters are reviewed each year.');
    expect(protectedBy(nobody.clause, nobody.version)).toBeNull();
  });

  it('the one party named, giving nothing, is the one protected', () => {
    const named = at(TREATY, 'Air defence is provided to Ukraine.');
    expect(protectedBy(named.clause, named.version)).toBe('Ukraine');
  });
});

describe('the parties released from what their own law forbids', () => {
  it('both under "neither ... nor", one under "shall not be required", all under "no Party" or "each Party"', () => {
    const read = (text: string) => [...releasedByOwnLaw(at(TREATY, text).clause, parseVersion(TREATY))].sort();
    expect(read('Neither Ukraine nor the Republic of Sarnia shall be required to take any measure incompatible with its Constitution.')).toEqual(['Republic of Sarnia', 'Ukraine']);
    expect(read('Ukraine shall not be required to take any measure contrary to its Constitution.')).toEqual(['Ukraine']);
    expect(read('The Republic of Sarnia accepts that Ukraine shall not be required to take any measure contrary to its Constitution.')).toEqual(['Ukraine']);
    expect(read('Nothing in this Agreement shall require Ukraine to act contrary to its national law.')).toEqual(['Ukraine']);
    expect(read('No Party shall be required to act contrary to its constitution.')).toEqual(['Republic of Sarnia', 'Ukraine']);
    expect(read('Each Party shall not be required to act contrary to its constitution.')).toEqual(['Republic of Sarnia', 'Ukraine']);
  });

  it('near misses: no own law in the sentence, no party before the release, or no release at all', () => {
    const read = (text: string) => [...releasedByOwnLaw(at(TREATY, text).clause, parseVersion(TREATY))];
    expect(read('Ukraine shall not be required to pay any fee. Its Constitution is respected.')).toEqual([]);
    expect(read('The Fund shall not be required to act contrary to the constitution.')).toEqual([]);
    expect(read('Ukraine shall act in accordance with its Constitution.')).toEqual([]);
  });
});

describe('the most burdened party, at its edges', () => {
  it('counts prohibitions with obligations, and orders by duties whoever is named first', () => {
    expect(mostBurdened(draft(SALE, 'The Buyer shall pay.', 'The Seller shall deliver.', 'The Seller shall not export the goods.'))).toBe('Seller');
    expect(mostBurdened(draft(SALE, 'The Buyer may inspect.', 'The Seller shall deliver.'))).toBe('Seller');
    expect(mostBurdened(draft(SALE, 'The Buyer may inspect.', 'The Seller may refuse.'))).toBeNull();
  });

  it('a party of the draft only; one party alone with duties is the most burdened', () => {
    expect(mostBurdened(draft(SALE, 'The Carrier shall deliver.', 'The Carrier shall insure.', 'The Buyer shall pay.'))).toBe('Buyer');
    expect(mostBurdened(draft(THREE, 'The Operator shall report.', 'The Lender shall lend.', 'The Lender shall account.'))).toBe('Lender');
  });
});
