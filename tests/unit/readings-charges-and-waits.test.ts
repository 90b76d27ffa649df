import { describe, expect, it } from 'vitest';
import { changeStance, holders, weights } from '../support/stance-readings.js';

/**
 * A charge a party makes, read the same whatever follows "charge", and the wait a condition sets
 * before it may. Openings and clauses written here.
 */

const WALLET = 'PAYWELL WALLET TERMS\n\nIn these terms, "Paywell", "we" and "our" mean Paywell Money Ltd, and "you" means the holder of a Paywell wallet.';
const CARS = 'CAR CLUB TERMS\n\nThese terms are between Wheelshare Ltd ("we", "us") and you, the member ("you").';

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('a charge a party makes', () => {
  it('"we will charge a late-return fee" and "we will charge the hourly rate" are the same right of the party that charges', () => {
    expect(holders(CARS, 'If you are late, we will charge a late-return fee of £50.')).toEqual([['We', 'right']]);
    expect(holders(CARS, 'If you are late, we will charge the hourly rate for the extra time.')).toEqual([['We', 'right']]);
    expect(holders(CARS, 'We will charge £4 for each hour of use.')).toEqual([['We', 'right']]);
    expect(holders(CARS, 'We will charge your saved card for each booking.')).toEqual([['We', 'right']]);
  });

  it('a late fee cut is the member’s gain, with a charge on both sides', () => {
    const text = (fee: string) => `If you are late, we will charge a late-return fee of ${fee} plus the hourly rate for the extra time.`;
    expect(changeStance(CARS, text('£50'), text('£25'), 'you')).toEqual([['figure-changed', 'favour']]);
  });

  it('near miss: "we will charge your battery before each booking" is a duty, not a charge of money', () => {
    expect(holders(CARS, 'We will charge your car’s battery before each booking.')).toEqual([['We', 'obligation']]);
  });
});

describe('the wait a condition sets before a party may charge', () => {
  const text = (months: string) => `If your wallet has had no transactions for ${months} months, we will charge a dormancy fee of 3,000 shillings each month.`;

  it('"If ... no transactions for 36 months, we will charge a fee each month": a longer wait costs the party that charges', () => {
    expect(weightOf(weights(WALLET, text('36')), '36 months')).toEqual({ party: 'Paywell', rise: 'burden', added: 'burden' });
    expect(changeStance(WALLET, text('12'), text('36'), 'you')).toEqual([['figure-changed', 'favour']]);
  });

  it('"each month" of a fee makes no right of both parties; "either of us may end" still does', () => {
    expect(weightOf(weights(WALLET, text('36')), '36 months')).not.toBeNull();
    expect(weightOf(weights(CARS, 'Either of us may end this agreement by giving 30 days’ notice.'), '30 days')).toBeNull();
  });
});

describe('a charge forbidden', () => {
  it('"You may not charge a fee for this Package itself" forbids the reader to charge', () => {
    const head = 'SOFTWARE LICENCE\n\nThis licence is granted by Oakum Software Ltd (the "Licensor") to each person who receives the Package (the "Licensee", "you").';
    expect(holders(head, 'You may not charge a fee for this Package itself.')).toEqual([['Licensee', 'prohibition']]);
    expect(holders(head, 'You may charge a reasonable copying fee for any distribution of this Package.')).toEqual([['Licensee', 'right']]);
  });
});
