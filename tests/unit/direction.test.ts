import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { burdenedAt, releasedByOwnLaw } from '../../src/concerns/bearing.js';
import { shareLoser, sharesByParty } from '../../src/concerns/direction.js';
import { seatsByParty } from '../../src/concerns/seats.js';
import { forumsIn, homesOf, placeKey, sameLawOnly } from '../../src/concerns/forum.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Which way a change cuts, for each party: drafts of two-party agreements written here. */

const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
const SALE = 'SUPPLY AGREEMENT\n\nbetween Northwind Metals Ltd (the "Seller") and Harbour Works plc (the "Buyer").';

function changeFindings(head: string, before: string, after: string, we: string): Finding[] {
  const comparison = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`)), { we });
  return comparison.findings.filter((f) => f.level === 'change');
}

const stances = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.stance);

describe('forum-moved', () => {
  it('reads a seat, courts and a governing law, each up to where its sentence goes on', () => {
    expect(forumsIn('Any dispute shall be settled by arbitration seated in Stockholm, Sweden, under the UNCITRAL Rules.').map((f) => [f.kind, f.place])).toEqual([
      ['seat', 'Stockholm, Sweden'],
    ]);
    expect(forumsIn('The seat of arbitration shall be Geneva.').map((f) => f.place)).toEqual(['Geneva']);
    // a court named as the subject of its jurisdiction, read once though "courts of" is inside it
    expect(forumsIn('The United States District Court for the Southern District of New York shall have exclusive jurisdiction.').map((f) => [f.kind, f.place])).toEqual([
      ['courts', 'United States District Court for the Southern District of New York'],
    ]);
    expect(forumsIn('Fees are due. The Commercial Court of Kyiv shall have jurisdiction.').map((f) => f.place)).toEqual(['Commercial Court of Kyiv']);
    expect(forumsIn('This Agreement shall be governed by the laws of the State of New York.').map((f) => [f.kind, f.place])).toEqual([['law', 'the laws of the State of New York']]);
    // the law frozen at a date is still that law: the place ends before "as in force"
    expect(forumsIn('This Agreement shall be governed by the law of Ukraine as in force on the Effective Date.').map((f) => [f.kind, f.place])).toEqual([['law', 'the law of Ukraine']]);
    // the state whose jurisdiction a matter is subject to; not a court named by its own title
    expect(forumsIn('Members of the force shall be subject to the criminal jurisdiction of the Republic of Sarnia.').map((f) => [f.kind, f.place])).toEqual([['courts', 'Republic of Sarnia']]);
    expect(forumsIn('The matter falls within the jurisdiction of Tribunal staff.')).toEqual([]);
    // near miss: a ministry's or a regulator's jurisdiction is its remit, not a forum
    expect(forumsIn('Licences fall within the jurisdiction of the Ministry of Energy.')).toEqual([]);
    expect(forumsIn('Tariffs are within the jurisdiction of the Regulator.')).toEqual([]);
    // near miss: "in accordance with Article 11" names no forum
    expect(forumsIn('The Parties shall settle any dispute by arbitration in accordance with Article 11.')).toEqual([]);
  });

  it('knows a party’s home by its name, a word of it, or its capital and states', () => {
    const states = parseVersion(STATES);
    expect(homesOf('Washington, D.C.', states)).toEqual(['United States']);
    expect(homesOf('the law of Ukraine', states)).toEqual(['Ukraine']);
    expect(homesOf('Stockholm', states)).toEqual([]);
    expect(homesOf('the place where the Seller has its principal office', parseVersion(SALE))).toEqual(['Seller']);
  });

  it('a seat moved from one party’s home to a neutral place is that party’s loss', () => {
    const findings = changeFindings(STATES, 'Any dispute shall be settled by arbitration seated in New York.', 'Any dispute shall be settled by arbitration seated in Stockholm.', 'Ukraine');
    const moved = findings.filter((f) => f.rule === 'forum-moved');
    expect(moved.map((f) => [f.category, f.affects, f.effect, f.stance])).toEqual([['governing-law', 'United States', 'burden', 'favour']]);
    expect(moved[0]!.explanation).toBe('The seat of arbitration moves from New York to Stockholm.');
  });

  it('courts moved to the other party’s home are that party’s gain', () => {
    const findings = changeFindings(
      SALE,
      'The courts of the place where the Buyer has its principal office shall have exclusive jurisdiction.',
      'The courts of the place where the Seller has its principal office shall have exclusive jurisdiction.',
      'Buyer',
    );
    expect(stances(findings, 'forum-moved')).toEqual(['against']);
  });

  it('disputes taken from one party’s courts to a neutral arbitration are that party’s loss, and back its gain', () => {
    const courts = 'Any dispute shall be settled by the courts of Ukraine.';
    const arbitration = 'Any dispute shall be settled by arbitration seated in Stockholm.';
    const away = changeFindings(STATES, courts, arbitration, 'Ukraine').filter((f) => f.rule === 'forum-moved');
    expect(away.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Ukraine', 'burden', 'against']]);
    expect(away[0]!.explanation).toBe('Disputes move from the courts of Ukraine to arbitration in Stockholm.');
    expect(stances(changeFindings(STATES, arbitration, courts, 'Ukraine'), 'forum-moved')).toEqual(['favour']);
    // near miss: a seat added beside courts kept is no move of the courts
    expect(stances(changeFindings(STATES, courts, 'Any dispute shall be settled by the courts of Ukraine, or by arbitration seated in Stockholm.', 'Ukraine'), 'forum-moved')).toEqual([]);
  });

  it('arbitration named only by its rules is a forum of no party’s home: taken to one party’s courts, that party gains', () => {
    expect(forumsIn('Any dispute shall be submitted to arbitration under the ICSID Convention.').map((f) => [f.kind, f.place])).toEqual([['seat', 'ICSID Convention']]);
    // a seat named beside the rules is the seat
    expect(forumsIn('Any dispute shall be settled by arbitration under the ICC Rules seated in Paris.').map((f) => [f.kind, f.place])).toEqual([['seat', 'Paris']]);
    const found = changeFindings(STATES, 'Any dispute shall be submitted to arbitration under the ICSID Convention.', 'Any dispute shall be submitted exclusively to the courts of Ukraine.', 'Ukraine');
    expect(found.filter((f) => f.rule === 'forum-moved').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Ukraine', 'benefit', 'favour']]);
    // and it is said as the text says it: under the rules, not in them
    expect(found.filter((f) => f.rule === 'forum-moved').map((f) => f.explanation)).toEqual(['Disputes move from arbitration under the ICSID Convention to the courts of Ukraine.']);
    const seated = changeFindings(STATES, 'Any dispute shall be settled by arbitration in Kyiv.', 'Any dispute shall be settled by arbitration under the ICSID Convention.', 'Ukraine');
    expect(seated.filter((f) => f.rule === 'forum-moved').map((f) => f.explanation)).toEqual(['Disputes move from arbitration in Kyiv to arbitration under the ICSID Convention.']);
  });

  it('arbitration named by its institution\'s initials ("ICSID arbitration") is such a forum too', () => {
    expect(forumsIn('Disputes shall be settled by ICSID arbitration.').map((f) => [f.kind, f.place, f.byRules])).toEqual([['seat', 'ICSID', true]]);
    const found = changeFindings(STATES, 'Disputes shall be settled by ICSID arbitration.', 'Disputes shall be settled exclusively by the courts of Ukraine.', 'Ukraine');
    expect(found.filter((f) => f.rule === 'forum-moved').map((f) => [f.explanation, f.affects, f.stance])).toEqual([['Disputes move from ICSID arbitration to the courts of Ukraine.', 'Ukraine', 'favour']]);
    // near misses: a seat named beside the initials is the seat; initials of no arbitration are no forum
    expect(forumsIn('Disputes shall be settled by LCIA arbitration seated in London.').map((f) => [f.kind, f.place])).toEqual([['seat', 'London']]);
    expect(forumsIn('The NATO liaison shall attend.')).toEqual([]);
  });

  it('between two neutral seats, it is reported with no stance; an unchanged seat, not at all', () => {
    const neutral = changeFindings(STATES, 'The seat of arbitration shall be Geneva.', 'The seat of arbitration shall be Vienna.', 'Ukraine');
    expect(stances(neutral, 'forum-moved')).toEqual(['neutral']);
    const same = changeFindings(STATES, 'Any dispute shall be settled by arbitration seated in Geneva within 30 days.', 'Any dispute shall be settled by arbitration seated in Geneva within 60 days.', 'Ukraine');
    expect(stances(same, 'forum-moved')).toEqual([]);
  });
});

describe('a governing law said in other words', () => {
  const AGENCY = 'AGENCY AGREEMENT\n\nbetween Alder BV (the "Principal") and Birch Ltd (the "Agent").';
  it('reads the law however the clause is put together', () => {
    expect(forumsIn('This Agreement is governed by, and shall be construed in accordance with, the laws of the Netherlands.').map((f) => [f.kind, f.place])).toEqual([['law', 'the laws of the Netherlands']]);
    expect(forumsIn('This Agreement shall be governed by and construed under the laws of Sweden.').map((f) => [f.kind, f.place])).toEqual([['law', 'the laws of Sweden']]);
    expect(placeKey('Dutch law')).toBe(placeKey('the laws of the Netherlands'));
    expect(placeKey('English law')).not.toBe(placeKey('the laws of the Netherlands'));
  });

  it('is no change of concern; another law, or courts reworded, still are', () => {
    const dutch = 'This Agreement shall be governed by Dutch law.';
    const reworded = changeFindings(AGENCY, dutch, 'This Agreement is governed by, and shall be construed in accordance with, the laws of the Netherlands.', 'Principal');
    expect(reworded.filter((f) => f.category === 'governing-law')).toEqual([]);
    const moved = changeFindings(AGENCY, dutch, 'This Agreement shall be governed by English law.', 'Principal');
    expect(moved.filter((f) => f.category === 'governing-law').length).toBeGreaterThan(0);
    expect(sameLawOnly('The courts of England have exclusive jurisdiction.', 'The courts of England have jurisdiction, but the Principal may sue in any other court.')).toBe(false);
    // a law named before the verb is read too
    expect(sameLawOnly(dutch, 'Dutch law governs this Agreement.')).toBe(true);
    expect(sameLawOnly(dutch, 'Swedish law governs this Agreement.')).toBe(false);
  });
});

describe('the term of a grant', () => {
  const CONCESSION = 'CONCESSION AGREEMENT\n\nbetween Alder Ltd (the "Grantor") and Birch Ltd (the "Concessionaire").';
  it('a longer lease, licence or concession helps the party that holds it', () => {
    const longer = changeFindings(CONCESSION, 'The Concession Period shall be twenty-five years from the Commencement Date.', 'The Concession Period shall be thirty-five years from the Commencement Date.', 'Concessionaire');
    expect(longer.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Concessionaire', 'benefit', 'favour']]);
    // named as the one it is granted to, whatever its role's name
    const lease = changeFindings(STATES, 'The lease of the naval base to Ukraine shall run for forty-nine years.', 'The lease of the naval base to Ukraine shall run for ten years.', 'Ukraine');
    expect(stances(lease, 'figure-changed')).toEqual(['against']);
  });

  it('a longer period for defects or under a warranty costs the party answerable for them', () => {
    const WORKS = 'WORKS CONTRACT\n\nbetween Alder Ltd (the "Employer") and Birch Ltd (the "Contractor").';
    const longer = changeFindings(WORKS, 'The Defects Notification Period shall be twelve months from taking over.', 'The Defects Notification Period shall be twenty-four months from taking over.', 'Contractor');
    expect(longer.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Contractor', 'burden', 'against']]);
    // near miss: another period of the same contract names no one
    expect(stances(changeFindings(WORKS, 'The Time for Completion shall be twelve months.', 'The Time for Completion shall be twenty-four months.', 'Contractor'), 'figure-changed')).toEqual(['neutral']);
  });

  it('a defects period said with the duty to remedy is still how long the party answers, not its time to perform', () => {
    const WORKS = 'WORKS CONTRACT\n\nbetween Alder Ltd (the "Employer") and Birch Ltd (the "Contractor").';
    const remedy = (months: string) => `The Contractor shall remedy defects notified within the Defects Notification Period of ${months} months.`;
    expect(stances(changeFindings(WORKS, remedy('twelve'), remedy('twenty-four'), 'Contractor'), 'figure-changed')).toEqual(['against']);
    // near miss: time to perform a duty outside any warranty still helps the party bound
    expect(stances(changeFindings(WORKS, 'The Contractor shall submit the design within twelve months.', 'The Contractor shall submit the design within twenty-four months.', 'Contractor'), 'figure-changed')).toEqual(['favour']);
  });

  it('a role is read in any case, and at the end of a longer name ("EPC Contractor")', () => {
    const EPC = 'WORKS CONTRACT\n\nbetween Alder Ltd (the "Owner") and Birch Ltd (the "EPC Contractor").';
    const longer = changeFindings(EPC, 'The Defects Liability Period shall be one year.', 'The Defects Liability Period shall be two years.', 'EPC Contractor');
    expect(longer.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.stance])).toEqual([['EPC Contractor', 'against']]);
    const LEASE = 'LEASE\n\nbetween Alder Ltd (the "LANDLORD") and Birch Ltd (the "TENANT").';
    expect(stances(changeFindings(LEASE, 'The lease shall run for five years.', 'The lease shall run for ten years.', 'TENANT'), 'figure-changed')).toEqual(['favour']);
  });

  it('near miss: the term of the agreement itself is granted to no one', () => {
    const term = changeFindings(STATES, 'This Agreement shall remain in force for ten years.', 'This Agreement shall remain in force for twenty years.', 'Ukraine');
    expect(stances(term, 'figure-changed')).toEqual(['neutral']);
  });
});

describe('a release from what a party’s own constitution forbids', () => {
  const TREATY = 'TREATY\n\nbetween the Republic of Norland and the Kingdom of Estria (the "Parties").';
  const both = 'Neither the Republic of Norland nor the Kingdom of Estria shall be required to take any measure incompatible with its Constitution.';
  const estriaOnly = 'The Kingdom of Estria shall not be required to take any measure incompatible with its Constitution.';
  const released = (text: string) => {
    const version = parseVersion(`${TREATY}\n\n1. ${text}`);
    return [...releasedByOwnLaw(version.clauses.at(-1)!, version)].sort();
  };

  it('reads whom the clause releases', () => {
    expect(released(both)).toEqual(['Kingdom of Estria', 'Republic of Norland']);
    expect(released(estriaOnly)).toEqual(['Kingdom of Estria']);
    expect(released('Neither Party shall be obliged to act contrary to its constitutional requirements.')).toEqual(['Kingdom of Estria', 'Republic of Norland']);
    expect(released('Nothing in this Treaty shall require the Republic of Norland to amend its Constitution.')).toEqual(['Republic of Norland']);
    // near misses: a release from something other than its own law, and a duty to comply
    expect(released('The Kingdom of Estria shall not be required to pay any further sum.')).toEqual([]);
    expect(released('The Kingdom of Estria shall act in accordance with its Constitution.')).toEqual([]);
  });

  it('taken from one party, it is that party’s loss and the other’s gain; given back, the reverse', () => {
    const narrowed = changeFindings(TREATY, both, estriaOnly, 'Republic of Norland').filter((f) => f.rule === 'protection-changed');
    expect(narrowed.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Republic of Norland', 'burden', 'against']]);
    expect(stances(changeFindings(TREATY, both, estriaOnly, 'Kingdom of Estria'), 'protection-changed')).toEqual(['favour']);
    const widened = changeFindings(TREATY, estriaOnly, both, 'Republic of Norland').filter((f) => f.rule === 'protection-changed');
    expect(widened.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Republic of Norland', 'benefit', 'favour']]);
  });
});

describe('figure-changed: what the party given a thing pays for it', () => {
  it('a rent put on the use granted to a party costs that party, though it is named as receiving', () => {
    const rent = changeFindings(STATES, 'The United States shall grant to Ukraine the use of the airfield at Kessen.', 'The United States shall grant to Ukraine the use of the airfield at Kessen against an annual rent of USD 12 million.', 'Ukraine');
    expect(rent.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Ukraine', 'burden', 'against']]);
    // near miss: a sum paid to the party named, with no price for anything given
    const paid = changeFindings(STATES, 'The United States shall pay to Ukraine USD 10 million.', 'The United States shall pay to Ukraine USD 12 million.', 'Ukraine');
    expect(paid.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Ukraine', 'benefit', 'favour']]);
  });
});

describe('figure-changed: a step from a figure already there', () => {
  const LICENCE = 'LICENCE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Licensor") and Birch Inc (the "Licensee").';
  const stanceOf = (before: string, after: string) => changeFindings(LICENCE, before, after, 'Licensee').filter((f) => f.rule === 'figure-changed').map((f) => f.stance);

  it('a step down put in ("reduced to", "… thereafter") helps the payer; a step up costs it', () => {
    const royalty = 'The Licensee shall pay the Licensor a royalty of six per cent of Net Sales';
    expect(stanceOf(`${royalty}.`, `${royalty}, reduced to three per cent in any country where no patent covers the Product.`)).toEqual(['favour']);
    expect(stanceOf(`${royalty} for each Contract Year.`, `${royalty} for each of the first five Contract Years and four per cent of Net Sales for each Contract Year thereafter.`)).toEqual(['favour']);
    expect(stanceOf(`${royalty}.`, `${royalty}, increased to nine per cent once Net Sales exceed EUR 10 million.`)).toEqual(['against']);
  });

  it('near miss: a second figure put in that steps from nothing is weighed as a figure added', () => {
    expect(stanceOf('The Licensee shall pay the Licensor a royalty on Net Sales.', 'The Licensee shall pay the Licensor a royalty on Net Sales, reduced to three per cent in any country where no patent covers the Product.')).toEqual(['against']);
  });
});

describe('figure-changed: a figure changed in part', () => {
  const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia (the "Borrower") and the Northern Export Bank (the "Bank").';
  const read = (before: string, after: string) => changeFindings(LOAN, before, after, 'Borrower').filter((f) => f.rule === 'figure-changed').map((f) => [f.explanation, f.stance]);

  it('"one-quarter of one per cent" → "one per cent" is a fee that rose, though the words "one per cent" stayed', () => {
    const fee = (rate: string) => `The Borrower shall pay to the Bank a front-end fee of ${rate} of the Loan amount.`;
    expect(read(fee('one-quarter of one per cent'), fee('one per cent'))).toEqual([['A figure changed from one-quarter of one per cent to one per cent.', 'against']]);
    expect(read(fee('one per cent'), fee('one-half of one per cent'))).toEqual([['A figure changed from one per cent to one-half of one per cent.', 'favour']]);
  });

  it('near miss: the same fee worded again is no change of figure', () => {
    expect(read('The Borrower shall pay to the Bank a fee of one-quarter of one per cent.', 'A fee of one-quarter of one per cent shall be paid by the Borrower to the Bank.')).toEqual([]);
  });
});

describe('figure-changed: the length of a grant, and a time to cure', () => {
  const SITE = 'DEVELOPMENT AGREEMENT\n\nThis Agreement is made between the City of Tarn (the "Municipality") and Quay Homes Ltd (the "Developer").';
  const FRANCHISE = 'FRANCHISE AGREEMENT\n\nThis Agreement is made between Larch Foods Ltd (the "Franchisor") and Birch Diner Ltd (the "Franchisee").';
  const figureStances = (head: string, before: string, after: string, we: string) => changeFindings(head, before, after, we).filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.stance]);

  it('a shorter lease costs the party it is granted to, though the sentence binds the grantor', () => {
    expect(figureStances(SITE, 'The Municipality shall grant the Developer a 49-year lease of the Site.', 'The Municipality shall grant the Developer a 25-year lease of the Site.', 'Municipality')).toEqual([['Developer', 'favour']]);
  });

  it('a longer time to remedy a breach helps the party in breach', () => {
    const cure = (days: string) => `The Franchisor may terminate this Agreement if the Franchisee commits a material breach of the Brand Standards that is not remedied within ${days} days of written notice.`;
    expect(figureStances(FRANCHISE, cure('thirty'), cure('sixty'), 'Franchisee')).toEqual([['Franchisee', 'favour']]);
  });

  it('near miss: a time the grantor has to grant the lease is its own, not the lease’s length', () => {
    const grant = (days: string) => `The Municipality shall grant the Developer a lease of the Site within ${days} days of the Effective Date.`;
    expect(figureStances(SITE, grant('thirty'), grant('sixty'), 'Municipality')).toEqual([['Municipality', 'favour']]);
  });
});

describe('consideration-changed: what is given for what passes', () => {
  const CONCESSION = 'CONCESSION AGREEMENT\n\nbetween Alder Ltd (the "Grantor") and Birch Ltd (the "Concessionaire").';
  const paid = 'On expiry the Project Assets shall pass to the Grantor against payment to the Concessionaire of their net book value.';
  const free = 'On expiry the Project Assets shall pass to the Grantor free of charge.';
  const found = (before: string, after: string, we: string) => changeFindings(CONCESSION, before, after, we).filter((f) => f.rule === 'consideration-changed');

  it('assets that passed for a price and now pass for nothing: the party paid loses, the receiver gains', () => {
    expect(found(paid, free, 'Concessionaire').map((f) => [f.affects, f.effect, f.stance, f.category])).toEqual([['Concessionaire', 'burden', 'against', 'financial']]);
    expect(found(paid, free, 'Grantor').map((f) => f.stance)).toEqual(['favour']);
    // and the reverse
    expect(found(free, paid, 'Concessionaire').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Concessionaire', 'benefit', 'favour']]);
  });

  it('with no party named as paid, the one other than the receiver parts with the thing', () => {
    const atValue = 'On expiry title to the Facilities shall be transferred to the Grantor at their fair market value.';
    const forNothing = 'On expiry title to the Facilities shall be transferred to the Grantor without compensation.';
    expect(found(atValue, forNothing, 'Concessionaire').map((f) => [f.affects, f.stance])).toEqual([['Concessionaire', 'against']]);
  });

  it('a party named after the price but not as paid is not the one paid', () => {
    const against = 'On expiry the Project Assets shall pass to the Grantor against payment, and the Grantor shall then insure them.';
    const gratis = 'On expiry the Project Assets shall pass to the Grantor free of charge, and the Grantor shall then insure them.';
    expect(found(against, gratis, 'Concessionaire').map((f) => [f.affects, f.stance])).toEqual([['Concessionaire', 'against']]);
  });

  it('with no party named as paid or as receiving, the party that hands the thing over parts with it', () => {
    const handedOver = (terms: string) => `On expiry the Concessionaire shall transfer the Project Assets ${terms}, and the Grantor shall accept them.`;
    expect(found(handedOver('against payment of their net book value'), handedOver('free of charge'), 'Grantor').map((f) => [f.affects, f.stance])).toEqual([['Concessionaire', 'favour']]);
  });

  it('a thing forfeited for nothing, now to be sold at fair market value: the party that parts with it gains', () => {
    const forfeit = 'If the Concessionaire is in default for sixty days it shall forfeit the Project Assets to the Grantor without compensation.';
    const sold = 'If the Concessionaire is in default for sixty days it may be required to sell the Project Assets to the Grantor at fair market value.';
    expect(found(forfeit, sold, 'Concessionaire').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Concessionaire', 'benefit', 'favour']]);
  });

  it('says where and what: on the new clause, paid then free or free then paid', () => {
    const [nowFree] = found(paid, free, 'Grantor');
    expect([nowFree!.version, nowFree!.explanation]).toEqual(['new', 'What passes here was paid for; it now passes for nothing.']);
    const [nowPaid] = found(free, paid, 'Grantor');
    expect([nowPaid!.version, nowPaid!.explanation]).toEqual(['new', 'What passes here passed for nothing; it is now paid for.']);
  });

  it('near misses: paid both times at another value, or the price said in a sentence where nothing passes', () => {
    expect(found(paid, 'On expiry the Project Assets shall pass to the Grantor at their fair market value.', 'Grantor')).toEqual([]);
    const rentThen = (terms: string) => `The Grantor shall provide the land ${terms}. On expiry the Project Assets shall pass to the Grantor.`;
    expect(found(rentThen('against payment of rent'), rentThen('free of charge'), 'Grantor')).toEqual([]);
  });

  it('goods supplied on a grant basis, now against payment of their cost price: the supplier gains, the receiver pays', () => {
    const TREATY = 'TREATY\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';
    const supplied = (terms: string) => `The Kingdom of Tessel shall supply to the Republic of Sarnia, ${terms}, twelve patrol boats with spare parts.`;
    const onTerms = (before: string, after: string, we: string) => changeFindings(TREATY, supplied(before), supplied(after), we).filter((f) => f.rule === 'consideration-changed').map((f) => [f.affects, f.stance]);
    expect(onTerms('on a grant basis', "against payment of the supplier's cost price", 'Republic of Sarnia')).toEqual([['Kingdom of Tessel', 'against']]);
    expect(onTerms('on a grant basis', 'at cost price', 'Kingdom of Tessel')).toEqual([['Kingdom of Tessel', 'favour']]);
    expect(onTerms('on a reimbursable basis', 'as a grant', 'Kingdom of Tessel')).toEqual([['Kingdom of Tessel', 'against']]);
    // near miss: a cost the supplier bears itself is no price the receiver pays
    expect(onTerms('on a grant basis', "at the Kingdom of Tessel's own expense", 'Kingdom of Tessel')).toEqual([]);
    expect(onTerms('at cost to the supplier', 'free of charge', 'Kingdom of Tessel')).toEqual([]);
  });

  it('near misses: nothing passes, the terms stay, or the words are negated', () => {
    expect(found('The Grantor shall provide the land against payment of rent.', 'The Grantor shall provide the land free of charge.', 'Grantor')).toEqual([]);
    expect(found(free, 'On expiry the Project Assets and the spare parts shall pass to the Grantor free of charge.', 'Grantor')).toEqual([]);
    expect(found(paid, 'On expiry the Project Assets shall not pass to the Grantor free of charge.', 'Grantor')).toEqual([]);
  });
});

describe('what a sum is for', () => {
  const LOAN = 'FACILITY AGREEMENT\n\nbetween Alder Bank plc (the "Lender") and Birch Ltd (the "Borrower").';
  it('the price of a right is paid by the party that holds it', () => {
    // a fee for prepaying taken away: the Borrower, who would have paid it, gains
    const waived = changeFindings(LOAN, 'The Borrower may prepay the Loan, subject to a prepayment fee of two per cent of the amount prepaid.', 'The Borrower may prepay the Loan at any time without premium or penalty.', 'Borrower');
    expect(waived.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Borrower', 'benefit', 'favour']]);
    // a fee put on cancelling: the Buyer, who cancels, pays
    const fee = changeFindings(SALE, 'The Buyer may cancel any order up to fourteen days before delivery.', 'The Buyer may cancel any order up to fourteen days before delivery upon payment of a cancellation fee of twenty per cent of the order value.', 'Buyer');
    expect(fee.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Buyer', 'burden', 'against']]);
  });

  it('near miss: a sum the holder of a right charges the other is not its price', () => {
    const interest = changeFindings(LOAN, 'The Lender may charge interest at four per cent on any overdue sum.', 'The Lender may charge interest at eight per cent on any overdue sum.', 'Borrower');
    expect(stances(interest, 'figure-changed')).toEqual(['against']);
  });

  it('a share that counts votes or holdings is a threshold, weighed for no one', () => {
    const JV = 'SHAREHOLDERS AGREEMENT\n\nbetween Alder Ltd (the "Company") and Birch Ltd (the "Investor").';
    const holders = changeFindings(JV, 'If holders of at least seventy-five per cent of the Shares approve a sale, all shareholders shall transfer their Shares.', 'If holders of at least fifty per cent of the Shares approve a sale, all shareholders shall transfer their Shares.', 'Company');
    expect(stances(holders, 'figure-changed')).toEqual(['neutral']);
    // who has a say is a matter of balance, not of money
    expect(holders.filter((f) => f.rule === 'figure-changed').map((f) => f.category)).toEqual(['one-sided']);
    const votes = changeFindings(JV, 'The Company shall not be wound up except by a resolution passed by sixty per cent of the votes cast.', 'The Company shall not be wound up except by a resolution passed by ninety per cent of the votes cast.', 'Company');
    expect(stances(votes, 'figure-changed')).toEqual(['neutral']);
    // near miss: a cap on what one side may hold is no vote
    const cap = changeFindings(JV, 'The Investor may hold up to 100% of the shares in the Company.', 'The Investor may hold no more than 49% of the shares in the Company.', 'Investor');
    expect(stances(cap, 'figure-changed')).not.toEqual(['neutral']);
    expect(cap.filter((f) => f.rule === 'figure-changed').map((f) => f.category)).toEqual(['financial']);
  });
});

describe('review-ousted and past-assistance-repaid', () => {
  it('decisions put beyond review burden the party that did not make them', () => {
    const single = findingsOfVersion(parseVersion(`${SALE}\n\n1. Decisions of the Seller under clause 4 shall be final and shall not be subject to review by any court.`), 'single');
    expect(single.filter((f) => f.rule === 'review-ousted').map((f) => f.affects)).toEqual(['Buyer']);
    // near miss: review is allowed
    const allowed = findingsOfVersion(parseVersion(`${SALE}\n\n1. Decisions of the Seller under clause 4 shall be subject to review by the courts.`), 'single');
    expect(allowed.filter((f) => f.rule === 'review-ousted')).toEqual([]);
  });

  it('repaying past aid burdens the party that received it, not the one that gave it', () => {
    const single = findingsOfVersion(
      parseVersion(`${STATES}\n\n1. Revenues shall first be applied to repay the full value of all assistance provided by the United States to Ukraine since 2022.`),
      'single',
    );
    expect(single.filter((f) => f.rule === 'past-assistance-repaid').map((f) => [f.category, f.affects])).toEqual([['financial', 'Ukraine']]);
    const findings = changeFindings(
      STATES,
      'Contributions to the Fund shall be reinvested in the reconstruction of Ukraine.',
      'Contributions to the Fund shall first be applied to repay the full value of all assistance provided by the United States to Ukraine since 2022.',
      'Ukraine',
    );
    // a kind of financial concern the old text did not raise, though it raised another
    expect(findings.filter((f) => f.rule === 'concern-appears' && /Past assistance/.test(f.explanation)).map((f) => f.stance)).toEqual(['against']);
  });

  it('aid "provided to" a party, or "to it", weighs on that party; aid "provided by" one, on the other', () => {
    const affects = (text: string) =>
      findingsOfVersion(parseVersion(`${STATES}\n\n1. ${text}`), 'single')
        .filter((f) => f.rule === 'past-assistance-repaid' || f.rule === 'past-assistance-one-sided')
        .map((f) => f.affects);
    expect(affects('The Fund shall recoup the full value of all assistance provided to Ukraine since 2022.')).toEqual(['Ukraine', 'Ukraine']);
    expect(affects('Ukraine shall repay, out of the revenues of the Fund, the value of all assistance provided to it since 2022, together with interest.')).toEqual(['Ukraine', 'Ukraine']);
    expect(affects('Ukraine shall repay the value of all assistance provided by the United States since 2022.')).toEqual(['Ukraine', 'Ukraine']);
    // the other way round: the United States repays what Ukraine gave it
    expect(affects('The United States shall repay the value of all assistance provided to it by Ukraine since 2022.')).toEqual(['United States', 'United States']);
  });

  it('a party named as the agent or receiver of a sentence is not taken for the one it burdens', () => {
    const states = parseVersion(`${STATES}\n\n1. Interest shall be charged on the assistance provided by the United States.\n\n2. The obligation of Ukraine under this Article is irrevocable.`);
    const [first, second] = states.clauses.slice(-2);
    expect(burdenedAt(first!, states, 0)).toBeNull();
    expect(burdenedAt(second!, states, 0)).toBe('Ukraine');
  });
});

describe('a period, weighed on the party whose right or duty it times', () => {
  const SALE_HEAD = 'SALE AGREEMENT\n\nbetween Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
  const period = (before: string, after: string) =>
    changeFindings(SALE_HEAD, before, after, 'Buyer').filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.effect, f.stance]);

  it('a window to use a right in: shorter costs its holder, longer helps it', () => {
    expect(period('The Buyer may reject the goods within thirty days.', 'The Buyer may reject the goods within ten days.')).toEqual([['Buyer', 'burden', 'against']]);
    expect(period('The Buyer may reject the goods no later than ten days after delivery.', 'The Buyer may reject the goods no later than thirty days after delivery.')).toEqual([['Buyer', 'benefit', 'favour']]);
    // near miss: notice before the right is used, shorter helps its holder
    expect(period('The Buyer may terminate this Agreement on thirty days’ notice.', 'The Buyer may terminate this Agreement on ten days’ notice.')).toEqual([['Buyer', 'benefit', 'favour']]);
  });

  it('is read in its own sentence: a right or duty in the sentence before or after does not count', () => {
    expect(period('The Seller may replace the goods. The Buyer may reject the goods within thirty days.', 'The Seller may replace the goods. The Buyer may reject the goods within ten days.')).toEqual([['Buyer', 'burden', 'against']]);
    expect(period('The Buyer may reject the goods within thirty days. The Seller may then replace them.', 'The Buyer may reject the goods within ten days. The Seller may then replace them.')).toEqual([['Buyer', 'burden', 'against']]);
    expect(period('The Seller may deliver in lots. The Buyer shall pay within thirty days.', 'The Seller may deliver in lots. The Buyer shall pay within ten days.')).toEqual([['Buyer', 'burden', 'against']]);
  });

  it('time before a party’s failure counts is a grace period: longer helps the party that fails', () => {
    const LOAN_HEAD = 'FACILITY AGREEMENT\n\nbetween Alder Bank plc (the "Lender") and Birch Ltd (the "Borrower").';
    const grace = (days: string) => `An Event of Default occurs if the Borrower fails to pay any amount within ${days} Business Days after its due date.`;
    const shorter = changeFindings(LOAN_HEAD, grace('ten'), grace('three'), 'Borrower').filter((f) => f.rule === 'figure-changed');
    expect(shorter.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Borrower', 'burden', 'against']]);
    const byFailure = (days: string) => `The Lender may terminate upon any failure by the Borrower to pay within ${days} days of demand.`;
    expect(stances(changeFindings(LOAN_HEAD, byFailure('five'), byFailure('thirty'), 'Borrower'), 'figure-changed')).toEqual(['favour']);
  });

  it('a period of a sentence where each party holds the right cuts neither way', () => {
    expect(period('The Buyer may terminate this Agreement, and each Party may suspend deliveries, on thirty days’ notice.', 'The Buyer may terminate this Agreement, and each Party may suspend deliveries, on ten days’ notice.')).toEqual([[null, undefined, 'neutral']]);
  });

  it('how long a party’s named obligations or rights last: longer binds the one, helps the other', () => {
    expect(period('The obligations of the Seller under Clause 5 shall survive for two years.', 'The obligations of the Seller under Clause 5 shall survive for five years.')).toEqual([['Seller', 'burden', 'favour']]);
    expect(period('The rights of the Buyer under Clause 5 shall survive for two years.', 'The rights of the Buyer under Clause 5 shall survive for five years.')).toEqual([['Buyer', 'benefit', 'favour']]);
    expect(period('The Buyer may use the depot for a period of two years.', 'The Buyer may use the depot for a period of five years.')).toEqual([['Buyer', 'benefit', 'favour']]);
  });
});

describe('a split between the parties', () => {
  const TREATY = 'TREATY\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';
  const version = parseVersion(TREATY);

  it('in equal shares is half each, read in the sentence that says so; one party named is no split', () => {
    const text = 'Profits are reckoned yearly. Net profits shall be divided in equal shares between the Republic of Sarnia and the Kingdom of Tessel.';
    expect(Object.fromEntries(sharesByParty(text, version))).toEqual({ 'Republic of Sarnia': 50, 'Kingdom of Tessel': 50 });
    expect(sharesByParty('The Kingdom of Tessel shall report. Net profits shall be divided in equal shares among the members of the Republic of Sarnia.', version).size).toBe(0);
  });

  it('the party whose share fell loses; no loser when the split stays, when one text splits nothing, or when no one share fell', () => {
    const split = (a: string, b: string) => `Net profits shall be distributed as to ${a} to the Republic of Sarnia and as to ${b} to the Kingdom of Tessel.`;
    expect(shareLoser(split('75 per cent', '25 per cent'), split('50 per cent', '50 per cent'), version)).toBe('Republic of Sarnia');
    expect(shareLoser(split('50 per cent', '50 per cent'), split('40 per cent', '60 per cent'), version)).toBe('Republic of Sarnia');
    expect(shareLoser(split('50 per cent', '50 per cent'), split('50 per cent', '50 per cent'), version)).toBeNull();
    expect(shareLoser(split('75 per cent', '25 per cent'), 'Net profits shall be reinvested.', version)).toBeNull();
    expect(shareLoser('Net profits shall be reinvested.', split('75 per cent', '25 per cent'), version)).toBeNull();
    // a share given to one party alone is no split; both shares cut (the rest to reserves) is no one party's loss
    expect(shareLoser('Net profits shall be distributed as to 75 per cent to the Republic of Sarnia.', split('50 per cent', '50 per cent'), version)).toBeNull();
    expect(shareLoser(split('60 per cent', '40 per cent'), split('50 per cent', '30 per cent'), version)).toBeNull();
  });
});

describe('seats split between the parties', () => {
  const FUND = 'FUND AGREEMENT\n\nbetween the Government of Ukraine (the "Ukrainian Party") and the Government of the United States of America (the "American Party").';
  const version = parseVersion(FUND);
  const board = (size: string, ours: string, theirs: string) =>
    `The Board of Managers shall consist of ${size} members, ${ours} appointed by the Ukrainian Party and ${theirs} by the American Party, and shall take decisions by consensus.`;
  const counts = (seats: ReturnType<typeof seatsByParty>) => Object.fromEntries([...seats].map(([party, { count }]) => [party, count]));

  it('reads how many seats each party appoints, its verb said once or each time', () => {
    expect(counts(seatsByParty(board('six', 'three', 'three'), version))).toEqual({ 'Ukrainian Party': 3, 'American Party': 3 });
    const each = 'The Committee shall have seven members, of whom four shall be nominated by the American Party and 3 members shall be nominated by the Ukrainian Party.';
    expect(counts(seatsByParty(each, version))).toEqual({ 'American Party': 4, 'Ukrainian Party': 3 });
  });

  it('near misses: one party appointing, or so many things paid or delivered by a party, are no split of seats', () => {
    expect(seatsByParty('The Board shall consist of five members, all appointed by the Ukrainian Party.', version).size).toBe(0);
    expect(seatsByParty('Three members shall be appointed by the Ukrainian Party.', version).size).toBe(0);
    expect(seatsByParty('The price shall be paid in two instalments by the American Party and three by the Ukrainian Party.', version).size).toBe(0);
  });

  it('a seat moved from one party to the other is the loss of the party that appoints fewer; the same seats are no one’s', () => {
    expect(shareLoser(board('six', 'three', 'three'), board('five', 'two', 'three'), version)).toBe('Ukrainian Party');
    expect(shareLoser(board('six', 'three', 'three'), board('seven', 'three', 'four'), version)).toBe('Ukrainian Party');
    expect(shareLoser(board('six', 'three', 'three'), board('six', 'three', 'three').replace('consensus', 'majority'), version)).toBeNull();
    const findings = changeFindings(FUND, board('six', 'three', 'three'), board('five', 'two', 'three'), 'Ukraine');
    expect(findings.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.stance])).toEqual([['Ukrainian Party', 'against']]);
  });
});
