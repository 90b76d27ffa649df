import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { holdersOf, holdingsIn } from '../../src/concerns/holders.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Who holds a thing, and a change of its holders read as a gain or a loss. Drafts of a treaty
 * between two states and of a sale between two companies, written here.
 */

const STATES = ['Republic of Veland', 'Federation of Tarvos'];
const holders = (text: string, parties = STATES) => [...holdersOf(holdingsIn(text, parties))];

describe('the holders a clause names', () => {
  it('are every party of a list after the words that hand a thing to them', () => {
    expect(holders('Mineral resources in the Joint Zone belong to the Republic of Veland.')).toEqual(['Republic of Veland']);
    expect(holders('Mineral resources shall be owned jointly and in equal shares by the Republic of Veland and the Federation of Tarvos.')).toEqual(STATES);
    expect(holders('Title to the installations shall vest jointly in the Federation of Tarvos and the Republic of Veland.')).toEqual(STATES);
    expect(holders('The data shall remain the property of the Federation of Tarvos.')).toEqual(['Federation of Tarvos']);
    expect(holders('The equipment remains with the Republic of Veland.')).toEqual(['Republic of Veland']);
    expect(holders('Title to the pipeline shall pass to the Federation of Tarvos on completion.')).toEqual(['Federation of Tarvos']);
  });

  it('end where the sentence goes on to another thought', () => {
    expect(holders('Title to the installations shall vest in the Republic of Veland, and the Federation of Tarvos shall have a right of use.')).toEqual(['Republic of Veland']);
    expect(holders('The deposits belong to the Republic of Veland; the Federation of Tarvos may explore them.')).toEqual(['Republic of Veland']);
    expect(holders('Title shall pass to the Republic of Veland when the Federation of Tarvos has been paid.')).toEqual(['Republic of Veland']);
  });

  it('are read on behalf of whom a thing is held only where the sentence is about owning it', () => {
    expect(holders('Title to the installations shall vest in the Joint Authority on behalf of the Republic of Veland and the Federation of Tarvos.')).toEqual(STATES);
    expect(holders('The Joint Authority shall sign contracts on behalf of the Republic of Veland and the Federation of Tarvos.')).toEqual([]);
  });

  it('are none where the handing is negated, or names no party', () => {
    expect(holders('Title to the pipeline shall not pass to the Federation of Tarvos.')).toEqual([]);
    expect(holders('Mineral resources in the Joint Zone belong to the people living there.')).toEqual([]);
    expect(holders('Mineral resources belong to the Republic of Veland.', [])).toEqual([]);
  });

  it('are read after "on behalf of" alone where the sentence speaks of title, and only that sentence', () => {
    expect(holders('Title to the installations shall be registered on behalf of the Republic of Veland.')).toEqual(['Republic of Veland']);
    expect(holders('Title shall pass on delivery. The Agent shall sign on behalf of the Republic of Veland.')).toEqual([]);
  });

  it('are listed in the order the clause holds them, each holding with at least one party, in any case', () => {
    const text = 'Title to the plant is registered on behalf of the Federation of Tarvos; the land belongs to the Republic of Veland.';
    expect(holdingsIn(text, STATES).map((h) => h.holders)).toEqual([['Federation of Tarvos'], ['Republic of Veland']]);
    expect(holdingsIn('Mineral resources in the Joint Zone belong to the people living there.', STATES)).toEqual([]);
    expect(holders('The ore shall belong to THE REPUBLIC OF VELAND.')).toEqual(['Republic of Veland']);
  });

  it('are read from the first two hundred handings of each kind, however many a clause holds', () => {
    expect(holdingsIn('The ore belongs to the Republic of Veland. '.repeat(300), STATES)).toHaveLength(200);
  });

  it('say where the holding is written', () => {
    const text = 'The deposits belong to the Republic of Veland.';
    const [holding] = holdingsIn(text, STATES);
    expect(text.slice(holding!.start, holding!.end)).toBe('belong to the Republic of Veland');
  });
});

const TREATY = 'AGREEMENT\n\nbetween the Government of the Republic of Veland and the Government of the Federation of Tarvos.';
const SALE = 'SALE AGREEMENT\n\nbetween Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';

function holderFindings(head: string, before: string, after: string, we: string): Finding[] {
  const comparison = compareVersions(parseVersion(`${head}\n\n${before}`), parseVersion(`${head}\n\n${after}`));
  return withFindings(comparison, { we }).findings.filter((f) => f.rule === 'holders-changed');
}
const told = (list: Finding[]) => list.map((f) => [f.category, f.evidence?.quote ?? null, f.affects, f.effect ?? null, f.stance ?? null, f.explanation]);

describe('a change of holders', () => {
  const alone = 'Article 4. Mineral resources in the Joint Zone belong to the Republic of Veland.';
  const shared = 'Article 4. Mineral resources in the Joint Zone shall be owned jointly and in equal shares by the Republic of Veland and the Federation of Tarvos.';

  it('is the gain of a party now among the holders, and against the party that held alone', () => {
    const found = holderFindings(TREATY, alone, shared, 'Republic of Veland');
    expect(told(found)).toEqual([
      [
        'ownership',
        'owned jointly and in equal shares by the Republic of Veland and the Federation of Tarvos',
        'Federation of Tarvos',
        'benefit',
        'against',
        'Federation of Tarvos now holds what this clause speaks of, beside Republic of Veland, who held it before.',
      ],
    ]);
    expect(holderFindings(TREATY, alone, shared, 'Federation of Tarvos')[0]?.stance).toBe('favour');
  });

  it('is the loss of a party no longer among the holders', () => {
    const found = holderFindings(TREATY, shared, alone, 'Republic of Veland');
    expect(told(found)).toEqual([
      ['ownership', 'belong to the Republic of Veland', 'Federation of Tarvos', 'burden', 'favour', 'Federation of Tarvos no longer holds what this clause speaks of; Republic of Veland now holds it.'],
    ]);
  });

  it('is the new holder’s gain where title moved from one party to the other', () => {
    const found = holderFindings(SALE, '1. Title to the Goods shall pass to the Buyer on delivery.', '1. Title to the Goods shall remain with the Seller until the Price is paid.', 'Buyer');
    expect(found.map((f) => [f.affects, f.effect, f.stance, f.explanation])).toEqual([
      ['Seller', 'benefit', 'against', 'What this clause speaks of now goes to Seller, where it was held by Buyer.'],
    ]);
  });

  it('title kept until the party to be paid has received payment is that party\'s: "title shall not pass until the Seller has received payment"', () => {
    const found = holderFindings(SALE, '1. Title to and risk in the Goods shall pass to the Buyer on delivery.', '1. Risk in the Goods shall pass to the Buyer on delivery, but title shall not pass until the Seller has received payment in full.', 'Seller');
    expect(found.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Seller', 'benefit', 'favour']]);
    // near miss: "until the Buyer has paid" names the payer, who does not keep title
    expect(holders('Title shall not pass until the Buyer has paid the Price.', ['Seller', 'Buyer'])).toEqual([]);
  });

  it('title that passes only on the payee\'s receipt of payment is kept by the payee: "shall pass to the Buyer upon receipt by the Seller of payment in full"', () => {
    const found = holderFindings(SALE, '1. Title to the Goods shall pass to the Buyer upon receipt by the Seller of payment in full.', '1. Title to the Goods shall pass to the Buyer when the Goods are loaded on board the Vessel.', 'Seller');
    expect(found.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Seller', 'burden', 'against']]);
    // near miss: the receipt of the goods by the Buyer keeps no title for anyone
    expect(holders('Title to the Goods shall pass to the Buyer upon receipt by the Buyer of the Goods.', ['Seller', 'Buyer'])).toEqual(['Buyer']);
  });

  it('is nothing where the holders stay the same, or one side names none', () => {
    expect(holderFindings(TREATY, alone, 'Article 4. Mineral resources in the Joint Zone shall belong exclusively to the Republic of Veland.', 'Republic of Veland')).toEqual([]);
    expect(holderFindings(TREATY, alone, 'Article 4. Mineral resources in the Joint Zone shall be developed by a joint venture.', 'Republic of Veland')).toEqual([]);
    expect(holderFindings(TREATY, 'Article 4. Mineral resources in the Joint Zone shall be developed by a joint venture.', shared, 'Republic of Veland')).toEqual([]);
  });

  it('is nothing where two parties gained at once, which says no one party’s gain', () => {
    const three = 'AGREEMENT\n\nbetween the Government of the Republic of Veland, the Government of the Federation of Tarvos and the Government of the Kingdom of Ostreva.';
    const all = 'Article 4. Mineral resources in the Joint Zone shall be owned jointly by the Republic of Veland, the Federation of Tarvos and the Kingdom of Ostreva.';
    expect(holderFindings(three, alone, all, 'Republic of Veland')).toEqual([]);
  });
});

describe('a change of holders among more than two parties', () => {
  const four = 'AGREEMENT\n\nbetween the Government of the Republic of Veland, the Government of the Federation of Tarvos, the Government of the Kingdom of Ostreva and the Government of the Union of Celvaria.';
  const ownedBy = (...names: string[]) => `Article 4. Mineral resources in the Joint Zone shall be owned jointly by ${names.map((n) => `the ${n}`).join(', ')}.`;
  const [V, T, O, C] = ['Republic of Veland', 'Federation of Tarvos', 'Kingdom of Ostreva', 'Union of Celvaria'];
  const found = (before: string[], after: string[]) => holderFindings(four, ownedBy(...before), ownedBy(...after), V).map((f) => [f.affects, f.effect, f.explanation]);

  it('names every holder before, and every holder left, in a list', () => {
    expect(found([V, T, O], [V, T, O, C])).toEqual([[C, 'benefit', `${C} now holds what this clause speaks of, beside ${V}, ${T} and ${O}, who held it before.`]]);
    expect(found([V, T, O], [V, T])).toEqual([[O, 'burden', `${O} no longer holds what this clause speaks of; ${V} and ${T} now hold it.`]]);
  });

  it('says no one party’s gain or loss where two parties came or went at once', () => {
    expect(found([V, T], [O])).toEqual([]);
    expect(found([V], [T, O])).toEqual([]);
    expect(found([V, T, O], [V])).toEqual([]);
  });

  it('quotes the holding that names the party it weighs on', () => {
    const before = 'Article 4. The land belongs to the Republic of Veland; the plant belongs to the Republic of Veland.';
    const after = 'Article 4. The land belongs to the Republic of Veland; the plant belongs to the Federation of Tarvos.';
    expect(holderFindings(TREATY, before, after, V).map((f) => [f.evidence?.quote, f.affects])).toEqual([['belongs to the Federation of Tarvos', T]]);
  });
});

describe('a change of holders in a draft of one party', () => {
  it('is nothing, and reading it fails nothing', () => {
    const deed = 'DEED POLL\n\nThis Deed Poll is made on 1 May by Alder Ltd (the "Issuer") in favour of the Holders.';
    expect(holderFindings(deed, '1. The ore belongs to the Issuer.', '1. The ore belongs to the Issuer and the Holders.', 'Issuer')).toEqual([]);
  });
});
