import { describe, expect, it } from 'vitest';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Survivors of a mutation run of obligations.ts, each pinned by an input that tells it apart. Clauses written here. */

/** The duties and rights read in one numbered clause: party, kind and the words they stand on. */
function read(text: string): [string, string, string][] {
  const clause = parseVersion(`AGREEMENT\n\n1. ${text}`).clauses.at(-1)!;
  expect(clause.text).toBe(text);
  return deonticsOf(clause).map((d) => [d.party, d.kind, d.phrase]);
}

describe('a subject joined to a name before it', () => {
  it('is both parties when two spaces stand between "the" and the second name', () => {
    expect(read('The Grantor and the  Concessionaire shall assist each other.')).toEqual([['Parties', 'obligation', 'shall']]);
  });
});

describe('a subject and its modal passed over', () => {
  it('binds no one where the sentence says nothing means it', () => {
    expect(read('Nothing in this Agreement means that the Buyer shall pay the freight.')).toEqual([]);
  });

  it('binds no one inside quotation marks', () => {
    expect(read('The words "the Buyer shall pay the freight" are struck out.')).toEqual([]);
  });

  it("binds no one in a side's reported position", () => {
    expect(read('The Seller proposed that the Buyer shall pay the freight.')).toEqual([]);
    // near miss: the same duty said outright
    expect(read('The Buyer shall pay the freight.')).toEqual([['Buyer', 'obligation', 'shall']]);
  });

  it('reads "shall not be promptly reimbursed" as a payment denied, no prohibition', () => {
    expect(read('The Contractor shall not be promptly reimbursed for its costs.')).toEqual([]);
    expect(read('The Contractor shall not be reimbursed for its costs.')).toEqual([]);
    // near miss: a prohibition of its own
    expect(read('The Contractor shall not subcontract the Works.')).toEqual([['Contractor', 'prohibition', 'shall not']]);
  });
});

describe('a Ukrainian duty', () => {
  it('is kept when a negation comes only after it', () => {
    expect(read("Україна вносить кошти до Фонду. Ніщо в цій Угоді не зобов'язує Сполучені Штати.")).toEqual([['Україна', 'obligation', 'вносить']]);
  });

  it('is passed over after "nothing means that" in a long clause as in a short one', () => {
    const negated = 'Ніщо в цій Угоді не означає, що Україна вносить кошти до Фонду.';
    const rest =
      ' Сторони співпрацюють у межах цієї Угоди. Сторони обмінюються відомостями про діяльність Фонду.' +
      ' Сторони проводять консультації щонайменше раз на рік.';
    expect(negated.length + rest.length).toBeGreaterThan(200);
    expect(read(negated)).toEqual([]);
    expect(read(negated + rest)).toEqual([]);
  });
});

describe('a passive with its agent', () => {
  it('names a company whose name holds "each" as itself, not both parties', () => {
    expect(read('The Price shall be paid by Beach Ltd.')).toEqual([['Beach Ltd', 'obligation', 'shall be paid by Beach Ltd']]);
    // near miss: an agent that is each of the parties
    expect(read('The costs shall be borne by each Party.')).toEqual([['Parties', 'obligation', 'shall be borne by each Party']]);
  });
});

describe('a duty said as a noun with its agent', () => {
  it('binds no one after "no"', () => {
    expect(read('No delivery of the Goods by the Seller shall take place before 1 May.')).toEqual([]);
    // near miss: the same words without "no"
    expect(read('Delivery of the Goods by the Seller shall take place before 1 May.')).toEqual([['Seller', 'obligation', 'shall']]);
  });

  it('replaces the name read right before its modal', () => {
    expect(read('Delivery of the Goods by the Seller at the Port shall take place on 1 May.')).toEqual([['Seller', 'obligation', 'shall']]);
  });

  it('keeps the duties read before it in the clause', () => {
    expect(read('The Buyer shall open a letter of credit. Delivery of the Goods by the Seller shall take place on 1 May.')).toEqual([
      ['Buyer', 'obligation', 'shall'],
      ['Seller', 'obligation', 'shall'],
    ]);
  });
});

describe('a right said as a noun with its holder', () => {
  it('keeps a name that starts with "The" as a word of its own', () => {
    expect(read("The Buyer may resell the Goods, subject to Thessaly's right to inspect them.")).toEqual([
      ['Buyer', 'right', 'may'],
      ['Thessaly', 'right', "Thessaly's right to"],
    ]);
  });

  it('names a company whose name holds "each" as itself, not both parties', () => {
    expect(read("The Buyer may resell the Goods, subject to Peach Ltd's right to inspect them.")).toEqual([
      ['Buyer', 'right', 'may'],
      ['Peach Ltd', 'right', "Peach Ltd's right to"],
    ]);
  });
});

describe('a modal after "which" or "who"', () => {
  it('belongs to the name the relative clause hangs on', () => {
    expect(read('The risk shall be borne by the Seller, which shall deliver the Goods.')).toEqual([
      ['Seller', 'obligation', 'shall be borne by the Seller'],
      ['Seller', 'obligation', 'shall'],
    ]);
  });

  it('binds a person after "who" even where "which" would say what a thing is', () => {
    expect(read('The Buyer shall name the Inspector, who shall be independent of both Parties.')).toEqual([
      ['Buyer', 'obligation', 'shall'],
      ['Inspector', 'obligation', 'shall'],
    ]);
    // near miss: "which shall be" says what a thing is and binds no one
    expect(read('The Buyer shall name the Laboratory, which shall be independent of both Parties.')).toEqual([['Buyer', 'obligation', 'shall']]);
  });

  it('is read in a clause of more than 400 characters as in a short one', () => {
    const text =
      'The risk shall be borne by the Seller, which shall deliver the Goods at its own cost. Delivery is made at the port named in the order, in sealed ' +
      'crates fit for carriage by sea, each crate marked with the order number, the port of discharge and its gross weight, and with a packing list ' +
      'that says what each crate holds and in what state it left the works. Crates that arrive opened or wet are set aside for inspection.';
    expect(text.length).toBeGreaterThan(400);
    expect(read(text)).toEqual([
      ['Seller', 'obligation', 'shall be borne by the Seller'],
      ['Seller', 'obligation', 'shall'],
    ]);
  });
});

describe('a modal after "and" sharing the subject before it', () => {
  it('is read with two spaces before or after "and"', () => {
    const twice = [
      ['Buyer', 'obligation', 'shall'],
      ['Buyer', 'obligation', 'shall'],
    ];
    expect(read('The Buyer shall take the Goods  and shall pay the Price.')).toEqual(twice);
    expect(read('The Buyer shall take the Goods and  shall pay the Price.')).toEqual(twice);
  });
});

describe('a passive or a duty said as a noun, its "by" beside any space or a bracket', () => {
  it('reads the agent after a no-break space or a tab as after a plain space', () => {
    const paid = [['Buyer', 'obligation', 'shall be paid by the Buyer']];
    expect(read('The Price shall be paid by the Buyer.')).toEqual(paid);
    expect(read('The Price shall be paid by\u00a0the Buyer.').map(([p, k]) => [p, k])).toEqual([['Buyer', 'obligation']]);
    expect(read('The Price shall be\u00a0paid by the Buyer.').map(([p, k]) => [p, k])).toEqual([['Buyer', 'obligation']]);
    expect(read('The Price shall be paid by\tthe Buyer.').map(([p, k]) => [p, k])).toEqual([['Buyer', 'obligation']]);
  });

  it('reads the party of a duty said as a noun after a bracket or a no-break space', () => {
    expect(read('Delivery of the Goods (by the Seller) shall take place on 1 May.')).toEqual([['Seller', 'obligation', 'shall']]);
    expect(read('Delivery of the Goods by\u00a0the Seller shall take place on 1 May.')).toEqual([['Seller', 'obligation', 'shall']]);
  });
});
