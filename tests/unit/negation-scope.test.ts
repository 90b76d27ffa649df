import { describe, expect, it } from 'vitest';
import { isNegated } from '../../src/concerns/sentences.js';

/** The negation window of the concern rules: what negates the words after it, and what only looks as if it did. */

const negatedAt = (text: string, words: string) => isNegated(text, text.indexOf(words));

describe('negation scope', () => {
  it('a "not", "no" or "without" shortly before the words negates them', () => {
    expect(negatedAt('Ukraine shall not transfer 50 percent of its revenues.', '50 percent')).toBe(true);
    expect(negatedAt('No part of the revenues shall be transferred to the Fund.', 'transferred')).toBe(true);
    expect(negatedAt('The Fund may act without the consent of Ukraine.', 'consent')).toBe(true);
  });

  it('"shall not enter into force until" sets a condition, not a denial', () => {
    expect(negatedAt('This Treaty shall not enter into force until the referendum has approved it.', 'enter into force')).toBe(false);
    expect(negatedAt('This Agreement shall not come into force unless ratified.', 'come into force')).toBe(false);
    // near miss: a plain denial
    expect(negatedAt('This Protocol shall not enter into force for any State that has not ratified the Convention.', 'enter into force')).toBe(true);
  });

  it('bounds on a quantity, "not limited to" and "without prejudice to" negate nothing', () => {
    expect(negatedAt('Not less than 50 percent of its profits shall be reinvested in Ukraine.', '50 percent')).toBe(false);
    expect(negatedAt('The Lender shall be paid no later than 30 days after demand.', '30 days')).toBe(false);
    expect(negatedAt('The Contractor shall station not fewer than two units for the protection of the site.', 'protection')).toBe(false);
    expect(negatedAt('The fee, not exceeding USD 5 million, shall be paid by the Buyer.', 'shall be paid')).toBe(false);
    expect(negatedAt('Costs, including but not limited to legal fees, shall be borne by the Seller.', 'shall be borne')).toBe(false);
    expect(negatedAt('This is without prejudice to future security arrangements between the Parties.', 'security arrangements')).toBe(false);
    // "No." before a number is a number's short form
    expect(negatedAt('The Lessor demises the spring known as Dzherelo No. 3 together with the exclusive right to draw water.', 'exclusive right')).toBe(false);
    expect(negatedAt('No 3 wells shall be drilled.', 'drilled')).toBe(true);
    // a real negation beside a bound is still one
    expect(negatedAt('Ukraine shall not pay more than 50 percent of its profits.', 'pay')).toBe(true);
  });

  it('a conjunction before a modal starts a new predicate that the earlier negation does not reach', () => {
    const text = 'The gas shall be delivered to the State without charge and shall become the property of the State.';
    expect(negatedAt(text, 'shall become')).toBe(false);
    expect(negatedAt(text, 'become the property')).toBe(false);
    expect(negatedAt('The Seller shall not sell the cargo or may resell it to a third party.', 'may resell')).toBe(false);
    // within one predicate the negation still reaches, and a new predicate negated on its own is negated
    expect(negatedAt('The gas shall not be delivered or sold to the State.', 'sold')).toBe(true);
    expect(negatedAt('The gas shall be delivered and shall not become the property of the State.', 'become the property')).toBe(true);
  });
});
