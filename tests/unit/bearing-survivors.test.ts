import { describe, expect, it } from 'vitest';
import {
  bearerOfSum,
  burdenedAt,
  dutyBearerOfArticle,
  holderNamedIn,
  lastActingBefore,
  lastPartyNamedIn,
  mostBurdened,
  protectedBy,
  recipientIn,
  releasedByOwnLaw,
  subjectAt,
} from '../../src/concerns/bearing.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Survivors of a mutation run of bearing.ts, each pinned by an input that tells it apart. Clauses written here. */

const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const TREATY = 'TREATY\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';
const UA = 'УГОДА\n\nThe Government of Україна and the Government of Республіка Сарнія (the "Parties") have agreed as follows.';

/** A draft of one clause under `head`, and that clause. */
function at(head: string, text: string) {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  return { version, clause: version.clauses.at(-1)! };
}
/** A sale draft of the clauses given, each written with its own number. */
const sale = (...clauses: string[]) => parseVersion([SALE, ...clauses].join('\n\n'));
/** Whom the clauses before a sale draft's last clause bind. */
function articleBearer(...clauses: string[]) {
  const version = sale(...clauses);
  return dutyBearerOfArticle(version.clauses.at(-1)!, version);
}

describe('the one party a sum is borne by', () => {
  it('read in the part of its own sentence, not in a part of the sentence before', () => {
    const { version, clause } = at(SALE, 'The goods are sold, and title passes on delivery. The fee of USD 5 is borne by the Seller.');
    expect(bearerOfSum(clause, version, clause.text.indexOf('USD'))).toBe('Seller');
  });

  it('none when the sentence names no one bearing it, or two', () => {
    const none = at(SALE, 'The fee of USD 5 is due on delivery.');
    expect(bearerOfSum(none.clause, none.version, none.clause.text.indexOf('USD'))).toBeNull();
    const two = at(SALE, 'The stamp duty is borne by the Seller and the fee of USD 5 is payable by the Buyer.');
    expect(bearerOfSum(two.clause, two.version, two.clause.text.indexOf('USD'))).toBeNull();
  });
});

describe('the party words burden', () => {
  it('with both bound and one entitled, no one: a right held does not decide where two bear duties', () => {
    const { version, clause } = at(SALE, 'The Seller shall deliver the Goods and the Buyer shall pay the Price, and the Seller may inspect the site.');
    expect(burdenedAt(clause, version, 0)).toBeNull();
  });

  it('a right held at the very start of the sentence makes the other party the one burdened', () => {
    const { version, clause } = at(SALE, 'The Seller’s right to inspect the goods is not affected.');
    expect(burdenedAt(clause, version, clause.text.indexOf('inspect'))).toBe('Buyer');
  });

  it('a duty in the sentence before or after does not count', () => {
    const before = at(SALE, 'The Seller shall deliver the goods. The Seller may inspect them at any time.');
    expect(burdenedAt(before.clause, before.version, before.clause.text.indexOf('at any time'))).toBe('Buyer');
    const after = at(SALE, 'The Seller may inspect the goods at any time. The Seller shall deliver them.');
    expect(burdenedAt(after.clause, after.version, after.clause.text.indexOf('at any time'))).toBe('Buyer');
  });

  it('a right that opens the next paragraph does not count', () => {
    const { version, clause } = at(SALE, 'The goods are described in the schedule as follows:\n\nThe Seller’s right to inspect them is not affected.');
    expect(burdenedAt(clause, version, clause.text.indexOf('described'))).toBeNull();
  });

  it('with no one bound or entitled in the sentence, the one it says pays the sum', () => {
    const { version, clause } = at(SALE, 'The fee payable by the Buyer is USD 5.');
    expect(burdenedAt(clause, version, clause.text.indexOf('USD'))).toBe('Buyer');
  });

  it('where both parties are bound in the sentence, not the one it says bears a sum', () => {
    const { version, clause } = at(SALE, 'The Seller shall deliver the goods and the Buyer shall pay the stamp duty borne by the Buyer.');
    expect(burdenedAt(clause, version, clause.text.indexOf('stamp duty'))).toBeNull();
  });

  it('the one party named in the sentence, not one named in the sentence before', () => {
    const { version, clause } = at(SALE, 'The Buyer is based in Kyiv. The Seller keeps the records at its office.');
    expect(burdenedAt(clause, version, clause.text.indexOf('records'))).toBe('Seller');
  });
});

describe('the last party acting before a place', () => {
  it('counts a right that opens the span read', () => {
    const { version, clause } = at(SALE, 'The Seller’s right to inspect the goods is not affected.');
    expect(lastActingBefore(clause, version, 0, clause.text.length, { duties: true, rights: true })).toBe('Seller');
  });

  it('does not count a right that starts where the span ends', () => {
    const { version, clause } = at(SALE, 'The Seller shall deliver and the Buyer may reject the goods.');
    expect(lastActingBefore(clause, version, 0, clause.text.indexOf('may'), { duties: true, rights: true })).toBe('Seller');
  });
});

describe('the holder of a power', () => {
  it('"it" is the party holding a right just before the words, not one bound earlier', () => {
    const { version, clause } = at(SALE, 'The Seller shall deliver the goods and the Buyer may reject them as it deems fit.');
    expect(holderNamedIn('as it deems fit', clause, version, clause.text.indexOf('as it deems'))).toBe('Buyer');
  });

  it('the party after "of" is read only when the words name no party', () => {
    const { version, clause } = at(SALE, 'The Buyer shall keep the goods of the Seller and the Buyer under the control of the Seller.');
    const quote = 'the Seller and the Buyer under the control of';
    expect(holderNamedIn(quote, clause, version, clause.text.indexOf(quote))).toBe('Buyer');
  });

  it('the party right after long words ending in "of"', () => {
    const { version, clause } = at(SALE, 'This Agreement may be assigned only with the prior express written consent and approval of the Seller.');
    const quote = 'may be assigned only with the prior express written consent and approval of';
    expect(holderNamedIn(quote, clause, version, clause.text.indexOf(quote))).toBe('Seller');
  });

  it('the party after "of" is read only when "of" ends the words', () => {
    const { version, clause } = at(SALE, 'The Buyer shall hold the goods under the sole control of an agent the Seller appoints.');
    expect(holderNamedIn('the sole control of an agent', clause, version, clause.text.indexOf('the sole control'))).toBe('Buyer');
  });

  it('"its" is read for the acting party only when the words name no party', () => {
    const { version, clause } = at(SALE, 'The Buyer may store the goods with the Seller, at a place the Seller or the Buyer picks at its option.');
    const quote = 'the Seller or the Buyer picks at its option';
    expect(holderNamedIn(quote, clause, version, clause.text.indexOf(quote))).toBe('Seller');
  });
});

describe('the party a protection protects', () => {
  it('the party whose constitution it names, though that party gives the protection', () => {
    const { version, clause } = at(TREATY, 'The Kingdom of Tessel shall supply the Republic of Sarnia, subject to the Constitution of the Kingdom of Tessel.');
    expect(protectedBy(clause, version)).toBe('Kingdom of Tessel');
  });

  it('Ukraine where the Verkhovna Rada is named in Ukrainian, with spaces doubled', () => {
    const { version, clause } = at(UA, 'Республіка Сарнія зобов’язується діяти після ратифікації Верховною  Радою.');
    expect(protectedBy(clause, version)).toBe('Україна');
  });
});

describe('the parties released by their own law', () => {
  it('the party named before "shall not be required", not one named after', () => {
    const text = 'The Kingdom of Tessel shall not be required to do anything for the Republic of Sarnia that its constitution forbids.';
    const { version, clause } = at(TREATY, text);
    expect([...releasedByOwnLaw(clause, version)]).toEqual(['Kingdom of Tessel']);
  });

  it('no one where the words before the release name neither a party nor every party', () => {
    const { version, clause } = at(TREATY, 'The operator shall not be required to act against the constitution of either Party.');
    expect(releasedByOwnLaw(clause, version).size).toBe(0);
  });
});

describe('the party the clauses before a sum bind', () => {
  const lots = (n: number) => Array.from({ length: n }, (_, i) => `1.1.${i + 1} The goods of lot ${i + 1} are listed in the schedule.`);

  it('the nearest earlier sibling that binds one party, past siblings that bind no one', () => {
    expect(articleBearer('1. Delivery', '1.1 The Buyer shall collect the goods.', '1.2 The goods are packed.', '1.3 The fee is USD 5.')).toBe('Buyer');
  });

  it('no more than four earlier siblings are read', () => {
    const siblings = ['1.2 The goods are packed.', '1.3 The goods are marked.', '1.4 The goods are weighed.', '1.5 The goods are counted.'];
    expect(articleBearer('1. Delivery', '1.1 The Buyer shall collect the goods.', ...siblings, '1.6 The fee is USD 5.')).toBeNull();
    expect(articleBearer('1. Delivery', '1.1 The Buyer shall collect the goods.', ...siblings.slice(0, 3), '1.5 The fee is USD 5.')).toBe('Buyer');
  });

  it('the parent, read when the siblings bind no one', () => {
    expect(articleBearer('1. The Buyer shall pay the fees below.', '1.1 The fee is USD 5.')).toBe('Buyer');
  });

  it('the parent, when it is the first clause of the draft', () => {
    const first = '1. Alder Ltd (the "Seller") and Birch Ltd (the "Buyer") agree that the Buyer shall pay for the goods as follows.';
    const version = parseVersion(`${first}\n\n1.1 The price is USD 5.`);
    expect(dutyBearerOfArticle(version.clauses.at(-1)!, version)).toBe('Buyer');
  });

  it('no further back than forty clauses', () => {
    const head = ['1. The Buyer shall pay the costs below.', '1.1 The costs are these.'];
    expect(articleBearer(...head, ...lots(38), '1.2 The fee is USD 5.')).toBe('Buyer');
    expect(articleBearer(...head, ...lots(39), '1.2 The fee is USD 5.')).toBeNull();
  });

  it('an item of an earlier sibling is passed over', () => {
    expect(articleBearer('1. Delivery', '1.1 The goods are packed as follows.', '(a) The Seller shall wrap them.', '1.2 The fee is USD 5.')).toBeNull();
  });

  it('a right is no duty', () => {
    expect(articleBearer('1. Inspection', '1.1 The Seller may inspect the goods.', '1.2 The fee is USD 5.')).toBeNull();
  });

  it('none where the nearest sibling that binds anyone binds both parties', () => {
    const both = '1.2 The Seller shall deliver and the Buyer shall pay.';
    expect(articleBearer('1. Delivery', '1.1 The Buyer shall insure the goods.', both, '1.3 The fee is USD 5.')).toBeNull();
  });
});

describe('the party that carries most duties', () => {
  it('among the draft’s parties, not the two taken together', () => {
    const version = sale('1. The Seller and the Buyer shall meet monthly.', '2. The Seller and the Buyer shall keep records.', '3. The Seller shall deliver.');
    expect(mostBurdened(version)).toBe('Seller');
  });

  it('none in a draft that names no parties', () => {
    expect(mostBurdened(parseVersion('1. The goods shall be delivered in May.'))).toBeNull();
  });

  it('the one party of a deed when it is bound, none when it is not', () => {
    const deed = 'DEED OF GUARANTEE\n\nThis Deed is made by Alder Ltd (the "Guarantor") in favour of each holder of the Notes.';
    expect(mostBurdened(parseVersion(`${deed}\n\n1. The Guarantor shall pay on demand.`))).toBe('Guarantor');
    expect(mostBurdened(parseVersion(`${deed}\n\n1. The Guarantor may assign this deed.`))).toBeNull();
  });
});

describe('the party that receives what passes', () => {
  it('read in a clause written in capitals', () => {
    const { version, clause } = at(SALE, 'TITLE TO THE GOODS SHALL PASS TO THE BUYER ON DELIVERY.');
    expect(recipientIn(clause, version, 0)).toBe('Buyer');
  });
});

describe('the subject of a duty when one party’s name ends another’s', () => {
  it('is the party of the longer name, whichever the draft lists first', () => {
    const parties = (first: string, second: string) =>
      `LOAN AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower"), Birch Bank plc (the "${first}") and Cedar Bank plc (the "${second}").`;
    for (const head of [parties('Agent', 'Security Agent'), parties('Security Agent', 'Agent')]) {
      const { version, clause } = at(head, 'The Security Agent shall hold the shares.');
      expect(subjectAt(clause, version, clause.text.indexOf('shall'))).toBe('Security Agent');
    }
  });
});

describe('the party named last', () => {
  it('is the party whose last mention ends last, not the one whose first mention came last', () => {
    const { version } = at(SALE, 'The Seller shall deliver.');
    expect(lastPartyNamedIn('Disputes between the Seller and the Buyer go to arbitration, and the Seller waives', version)).toBe('Seller');
    expect(lastPartyNamedIn('the Buyer', version)).toBe('Buyer');
    expect(lastPartyNamedIn('no party is named here', version)).toBeNull();
  });

  it('of two names ending together, the longer, whichever the draft lists first', () => {
    const parties = (first: string, second: string) =>
      `LOAN AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower"), Birch Bank plc (the "${first}") and Cedar Bank plc (the "${second}").`;
    for (const head of [parties('Agent', 'Security Agent'), parties('Security Agent', 'Agent')]) {
      const { version } = at(head, 'The Borrower shall pay.');
      expect(lastPartyNamedIn('the Borrower shall pay the Security Agent', version)).toBe('Security Agent');
    }
  });
});
