import { describe, expect, it } from 'vitest';
import { changeStance, holders, weights } from '../support/stance-readings.js';

/**
 * A share of a fee given back, a relief said as "under no obligation", a polite command to tell
 * someone, and a minimum commitment in terms written to their reader. Openings and clauses
 * written here.
 */

const CHARTER = 'YACHT CHARTER AGREEMENT\n\nThis Agreement is made between Kestrel Yachting Ltd (the "Owner") and Halden Tours LLC (the "Charterer").';
const STORE = 'STORAGE AGREEMENT\n\nThis Agreement is made between Marsh Cold Stores Ltd (the "Warehouse Keeper") and Peel Foods plc (the "Customer").';
const NURSERY = 'NURSERY TERMS\n\nThese terms are between Willowbank Nursery ("the Nursery", "we") and you, the parent ("you").';
const DESKS = 'DESK MEMBERSHIP TERMS\n\nThese terms are an agreement between Copperline Spaces Ltd ("Copperline", "we") and you, the member ("you").';

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('a share of what was paid, given back', () => {
  it('"fifty per cent of the Charter Fee paid shall be refunded" is the gain of the party whose role pays the fee', () => {
    const text = 'If the Charterer cancels more than sixty days before embarkation, fifty per cent (50%) of the Charter Fee paid shall be refunded.';
    expect(weightOf(weights(CHARTER, text), 'fifty per cent')).toEqual({ party: 'Charterer', rise: 'benefit', added: 'benefit' });
    expect(weightOf(weights(CHARTER, text), '50%')).toEqual({ party: 'Charterer', rise: 'benefit', added: 'benefit' });
    // taken out, the refund is the charterer's loss
    const gone = changeStance(CHARTER, text, 'If the Charterer cancels at any time, no part of the Charter Fee shall be refunded.', 'Charterer');
    expect(gone.filter(([rule]) => rule === 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('"a refund of 30% of the deposit" is the payer\u2019s gain too; near miss: a share of a fee that is paid, not given back', () => {
    expect(weightOf(weights(CHARTER, 'The Owner shall make a refund of 30% of the deposit if the Yacht is unavailable.'), '30%')).toEqual({ party: 'Charterer', rise: 'benefit', added: 'benefit' });
    expect(weightOf(weights(CHARTER, 'Forty per cent of the Charter Fee shall be paid on signature.'), 'Forty per cent')).not.toEqual({ party: 'Charterer', rise: 'benefit', added: 'benefit' });
  });
});

describe('a relief said another way', () => {
  it('"is under no obligation to accept" spares as "shall not be obliged to accept" does: reworded, no shift', () => {
    const moved = changeStance(STORE, 'The Warehouse Keeper shall not be obliged to accept Goods which are not accompanied by a delivery note.', 'The Warehouse Keeper is under no obligation to accept any Goods that arrive without a delivery note.', 'Customer');
    expect(moved.filter(([rule]) => rule === 'relief-shifted' || rule === 'duty-shifted')).toEqual([]);
    expect(holders(STORE, 'The Warehouse Keeper shall be under no obligation to store hazardous goods.')).toEqual([]);
  });

  it('a relief "under no obligation" put in is the spared party\u2019s gain', () => {
    const moved = changeStance(STORE, 'The Warehouse Keeper shall insure the Goods.', 'The Warehouse Keeper is under no obligation to insure the Goods.', 'Warehouse Keeper');
    expect(moved.some(([, stance]) => stance === 'favour')).toBe(true);
    expect(moved.some(([, stance]) => stance === 'against')).toBe(false);
  });
});

describe('a polite command to tell someone', () => {
  it('"please let the Nursery Office know" is the reader\u2019s duty, as "let us know" is', () => {
    expect(holders(NURSERY, 'If your child will be absent, please let the Nursery Office know by 9 a.m.')).toEqual([['You', 'obligation']]);
    const reworded = changeStance(NURSERY, 'You must inform the Nursery Office by 9 a.m. if your child will be absent.', 'If your child is going to be absent, please let the Nursery Office know no later than 9 a.m.', 'you');
    expect(reworded.filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('near miss: "let the Agreement continue" is no command to tell', () => {
    expect(holders(NURSERY, 'The Parties may let the Agreement continue after the first term.').filter(([party]) => party === 'You')).toEqual([]);
  });
});

describe('a minimum commitment', () => {
  it('"for a minimum commitment of six months" binds the reader the terms speak to: longer costs it', () => {
    expect(weightOf(weights(DESKS, 'Your desk costs £320 per month, for a minimum commitment of six (6) months.'), 'six (6) months')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
    expect(weightOf(weights(DESKS, 'Membership has a minimum membership period of three months.'), 'three months')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
  });
});
