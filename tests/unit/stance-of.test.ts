import { describe, expect, it } from 'vitest';
import { partyMention } from '../../src/concerns/names.js';
import { stanceOf } from '../../src/concerns/stance.js';

/** A finding from one side of the table, and a party found by its name. */

describe('the stance of a finding', () => {
  const two = ['Buyer', 'Seller'];

  it('what weighs on us is against us, what helps us in our favour; the reverse for the other party', () => {
    expect(stanceOf({ affects: 'Buyer', effect: 'burden' }, 'Buyer', two)).toBe('against');
    expect(stanceOf({ affects: 'Buyer', effect: 'benefit' }, 'Buyer', two)).toBe('favour');
    expect(stanceOf({ affects: 'Seller', effect: 'burden' }, 'Buyer', two)).toBe('favour');
    expect(stanceOf({ affects: 'Seller', effect: 'benefit' }, 'Buyer', two)).toBe('against');
  });

  it('neutral when it weighs on no one, on both, has no effect, or weighs on a third party', () => {
    expect(stanceOf({ affects: null, effect: 'burden' }, 'Buyer', two)).toBe('neutral');
    expect(stanceOf({ affects: 'Parties', effect: 'burden' }, 'Buyer', two)).toBe('neutral');
    expect(stanceOf({ affects: 'Seller' }, 'Buyer', two)).toBe('neutral');
    expect(stanceOf({ affects: 'Agent', effect: 'burden' }, 'Buyer', ['Buyer', 'Seller', 'Agent'])).toBe('neutral');
    // with three, not even the first other party is "the other side"; with two, a party outside them is no side
    expect(stanceOf({ affects: 'Seller', effect: 'burden' }, 'Buyer', ['Buyer', 'Seller', 'Agent'])).toBe('neutral');
    expect(stanceOf({ affects: 'Agent', effect: 'burden' }, 'Buyer', two)).toBe('neutral');
    // a point of view the parties do not include reads only what names it
    expect(stanceOf({ affects: 'Seller', effect: 'burden' }, 'Lender', two)).toBe('neutral');
    expect(stanceOf({ affects: 'Seller', effect: 'burden' }, 'Lender', ['Seller'])).toBe('neutral');
  });
});

describe('a party found by its name', () => {
  const finds = (party: string, text: string) => new RegExp(partyMention(party), 'u').test(text);

  it('as a whole word, spaces between its words of any width', () => {
    expect(finds('Republic of Sarnia', 'the Republic of  Sarnia shall')).toBe(true);
    expect(finds('Buyer', 'the Buyers shall')).toBe(false);
    expect(finds('U.S. Bank', 'the UxS. Bank')).toBe(false);
    expect(finds('U.S. Bank', 'the U.S. Bank shall')).toBe(true);
  });

  it('a Cyrillic name longer than four letters in any case ending; a shorter one as written', () => {
    expect(finds('Україна', 'Україні')).toBe(true);
    expect(finds('Сполучені Штати', 'Сполученими Штатами')).toBe(true);
    expect(finds('Рада', 'Раді')).toBe(false);
    expect(finds('Рада', 'Рада')).toBe(true);
  });
});
