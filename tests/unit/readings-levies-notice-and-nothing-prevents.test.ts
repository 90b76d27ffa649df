import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * A charge on what passes through a party's territory, which that party levies; notice in "full
 * calendar months"; a ministry whose name joins two fields with "and"; a right said as what nothing
 * may prevent; a cost at a party's expense, said with the act it pays for. Openings and clauses
 * written here.
 */

const TRANSIT = 'TRANSIT AGREEMENT\n\nThe Republic of Ulmara ("Ulmara") and the Principality of Vesk ("Vesk") have agreed as follows:';
const GYM = 'MEMBERSHIP TERMS\n\nThese terms are between Kettle Gyms Ltd ("we", "us") and you, our member ("you").';
const FRANCHISE = 'FRANCHISE AGREEMENT\n\nThis Agreement is made between Alder Foods Ltd (the "Franchisor") and Birch Dining Ltd (the "Franchisee").';

describe('a charge on what passes through a party\u2019s territory', () => {
  it('"goods in transit through the territory of Ulmara shall be subject to a transit fee of 1%" is Ulmara\u2019s revenue', () => {
    expect(weights(TRANSIT, 'Goods in transit through the territory of Ulmara to or from Vesk shall be subject to a transit fee of one per cent (1%) of their declared value.')).toEqual([
      ['one per cent', { party: 'Ulmara', rise: 'benefit', added: 'benefit' }],
      ['1%', { party: 'Ulmara', rise: 'benefit', added: 'benefit' }],
    ]);
  });

  it('so a fee raised is Vesk\u2019s loss', () => {
    const before = 'Goods in transit through the territory of Ulmara to or from Vesk shall be subject to a transit fee of one per cent (1%) of their declared value.';
    const after = 'Goods in transit through the territory of Ulmara to or from Vesk shall be subject to a transit fee of three per cent (3%) of their declared value.';
    expect(only(changeStance(TRANSIT, before, after, 'Vesk'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a territory named beside no charge weighs nothing by it', () => {
    expect(weights(TRANSIT, 'Vesk may station up to two hundred (200) officials in the territory of Ulmara.').map(([, weight]) => weight?.party)).not.toContain('Ulmara');
  });
});

describe('notice in full calendar months', () => {
  it('"one (1) full calendar month\u2019s notice" → "three (3) full calendar months\u2019 notice" is a longer notice the member gives: against the member', () => {
    const before = "You may cancel your membership by giving us one (1) full calendar month's notice.";
    const after = "You may cancel your membership by giving us three (3) full calendar months' notice.";
    expect(only(changeStance(GYM, before, after, 'you'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
    expect(only(changeStance(GYM, before, after, 'we'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('a ministry whose name joins two fields', () => {
  it('"the Ministry of Energy and Natural Resources of the Republic of Tavria (the "Grantor")" is one party', () => {
    expect(partiesOf(draft('CONCESSION\n\nThis Agreement is made between the Ministry of Energy and Natural Resources of the Republic of Tavria (the "Grantor") and Tavria Wind LLC (the "Concessionaire").', 'The Grantor shall grant the concession.'))).toEqual(['Grantor', 'Concessionaire']);
  });
});

describe('what nothing shall prevent a party from doing', () => {
  it('"nothing in this Clause shall prevent the Franchisor from seeking relief" is the Franchisor\u2019s right', () => {
    expect(holders(FRANCHISE, 'The courts of Leeds shall have exclusive jurisdiction, provided that nothing in this Clause shall prevent the Franchisor from seeking injunctive relief in any court.')).toContainEqual(['Franchisor', 'right']);
    expect(holders(FRANCHISE, 'Nothing in this Agreement shall be construed to preclude the Franchisee from selling its own products.')).toEqual([['Franchisee', 'right']]);
  });

  it('so taking it out is the Franchisor\u2019s loss', () => {
    const before = 'The courts of Leeds shall have jurisdiction over any dispute, provided that nothing in this Clause shall prevent the Franchisor from seeking injunctive relief in any court.';
    const after = 'The courts of Leeds shall have jurisdiction over any dispute, and this Clause shall bind the Franchisor and the Franchisee equally.';
    const franchisor = changeStance(FRANCHISE, before, after, 'Franchisor').map(([, stance]) => stance);
    expect(franchisor).toContain('against');
    expect(franchisor).not.toContain('favour');
  });

  it('near miss: what does prevent a party is no right of it', () => {
    expect(holders(FRANCHISE, 'This Clause shall prevent the Franchisee from opening a second restaurant.')).not.toContainEqual(['Franchisee', 'right']);
  });
});

describe('a cost said to be at a party\u2019s expense, with the act it pays for', () => {
  const CONVENTION = 'CONVENTION ON THE RETURN OF CULTURAL OBJECTS\n\nThe Republic of Castavia and the Federal State of Morvend (the "Contracting Parties") have agreed as follows:';

  it('"shall be effected at the expense of the Republic of Castavia" binds Castavia; "borne in equal shares by the Contracting Parties" binds both', () => {
    expect(holders(CONVENTION, 'The return of the objects shall be effected at the expense of the Republic of Castavia.')).toEqual([['Republic of Castavia', 'obligation']]);
    expect(holders(CONVENTION, 'The costs of the return of the objects shall be borne in equal shares by the Contracting Parties.')).toEqual([['Parties', 'obligation']]);
  });

  it('so a cost one state bore, shared, is that state\u2019s gain', () => {
    const before = 'The return of the objects shall be effected at the expense of the Republic of Castavia, including the costs of packing and transport.';
    const after = 'The costs of packing and transport for the return of the objects shall be borne in equal shares by the Contracting Parties.';
    const castavia = changeStance(CONVENTION, before, after, 'Republic of Castavia').map(([, stance]) => stance);
    expect(castavia).toContain('favour');
    expect(castavia).not.toContain('against');
  });

  it('near miss: an act effected by a party, at no one\u2019s expense named, binds no one by these words', () => {
    expect(holders(CONVENTION, 'The return of the objects shall be effected within six months.')).toEqual([]);
  });
});
