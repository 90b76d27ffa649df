import { describe, expect, it } from 'vitest';
import { withStance } from '../../src/concerns/analyze.js';
import { partyMention } from '../../src/concerns/names.js';
import { stanceOf } from '../../src/concerns/stance.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

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

describe('findings ordered by stance', () => {
  const version = parseVersion('SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").\n\n1. The Seller shall deliver.');
  const finding = (rule: string, affects: string | null, effect: 'burden' | 'benefit'): Finding => ({
    rule, level: 'clause', category: 'one-sided', severity: 'medium', version: 'new', clause: null, evidence: null, explanation: rule, affects, effect,
  });

  it('against us first, then in our favour, then the rest, each kept in the order found', () => {
    const found = [
      finding('neutral 1', null, 'burden'),
      finding('favour 1', 'Seller', 'burden'),
      finding('against 1', 'Buyer', 'burden'),
      finding('neutral 2', null, 'benefit'),
      finding('against 2', 'Seller', 'benefit'),
      finding('favour 2', 'Buyer', 'benefit'),
    ];
    const ordered = withStance(found, 'Buyer', { old: version, new: version });
    expect(ordered.map((f) => [f.rule, f.stance])).toEqual([
      ['against 1', 'against'],
      ['against 2', 'against'],
      ['favour 1', 'favour'],
      ['favour 2', 'favour'],
      ['neutral 1', 'neutral'],
      ['neutral 2', 'neutral'],
    ]);
  });
});

describe('a point of view given by another of the party\u2019s names', () => {
  const finding = (affects: string): Finding => ({
    rule: 'r', level: 'clause', category: 'one-sided', severity: 'medium', version: 'new', clause: null, evidence: null, explanation: 'r', affects, effect: 'burden',
  });

  it('"Government of Ukraine", "the Seller\u2019s" long name or a state\u2019s short name is the party the drafts name', () => {
    const states = parseVersion('AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Federal Republic of Taloria.\n\n1. Ukraine shall report.');
    expect(withStance([finding('Ukraine')], 'Government of Ukraine', { old: states, new: states }).map((f) => f.stance)).toEqual(['against']);
    expect(withStance([finding('Ukraine')], 'Taloria', { old: states, new: states }).map((f) => f.stance)).toEqual(['favour']);
    const sale = parseVersion('SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").\n\n1. The Seller shall deliver.');
    expect(withStance([finding('Seller')], 'Alder Ltd', { old: sale, new: sale }).map((f) => f.stance)).toEqual(['against']);
  });
});
