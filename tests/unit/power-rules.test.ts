import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';
import { seatsByParty } from '../../src/concerns/seats.js';

/** One party's say and one party's powers, read from who the parties are; every clause written here. */

const COMPANY = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Larch Mining Ltd (the "Company") and Osprey Capital LLP (the "Investor").';
const WORKS = 'WORKS CONTRACT\n\nThis Contract is made between the City of Tarn (the "Employer") and Brook Civil Ltd (the "Contractor").';

function oneSided(head: string, text: string): Finding[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id && f.category === 'one-sided');
}
const rulesFor = (head: string, text: string) => oneSided(head, text).map((f) => f.rule);

describe('one-party-say', () => {
  it('fires on a consent, an approval or a determination of one party, and weighs on the other', () => {
    const found = oneSided(COMPANY, 'No resolution varying class rights shall be passed unless the Investor has given its prior written consent.');
    expect(found.map((f) => [f.rule, f.affects])).toEqual([['one-party-say', 'Company']]);
    // (a consent in the possessive is a phrase rule's; the say rule then stays silent, as for any phrase)
    expect(oneSided(COMPANY, 'Any director so nominated may be removed only with the Investor’s consent.').map((f) => [f.rule, f.affects])).toEqual([['consent-veto', 'Company']]);
    expect(rulesFor(WORKS, 'The materials used shall be of a kind approved in writing by the Employer.')).toEqual(['one-party-say']);
    expect(oneSided(WORKS, 'Whether the Works are complete shall be a matter for the Employer acting alone.').map((f) => f.affects)).toEqual(['Contractor']);
    // a condition only a party named in the plural can meet: "If the Series A Investors approve a Sale"
    const DRAG = 'STOCKHOLDERS AGREEMENT\n\nThis Agreement is made between the Series A Investors and the Founders.';
    expect(oneSided(DRAG, 'If the Series A Investors approve a Sale of the Company, the Founders shall vote in favour of such Sale.').map((f) => [f.rule, f.affects])).toEqual([['one-party-say', 'Founders']]);
  });

  it('near misses: a say both share, one that must be used reasonably, a definition, a recital, a negation', () => {
    expect(rulesFor(COMPANY, 'This Agreement may be amended only with the written consent of the Company and of the Investor.')).toEqual([]);
    expect(rulesFor(COMPANY, 'The Company may assign this Agreement with the consent of the Investor, such consent not to be unreasonably withheld.')).toEqual([]);
    expect(rulesFor(COMPANY, 'In this Agreement, ‘Investor Consent’ means the prior written consent of the Investor.')).toEqual([]);
    expect(rulesFor(COMPANY, 'Having regard to the letter of intent signed by the Company and the Investor on 3 March,')).toEqual([]);
    expect(rulesFor(COMPANY, 'No consent of the Investor shall be required for the issue of new shares.')).toEqual([]);
  });

  it('a condition only one party can meet, and a notice one party gives alone, are its say; a condition on what it does is not', () => {
    expect(oneSided(COMPANY, 'If the Investor approves a sale of the Company, all shareholders shall transfer their Shares to the buyer.').map((f) => [f.rule, f.affects])).toEqual([['one-party-say', 'Company']]);
    expect(rulesFor(COMPANY, 'The chair shall be replaced unless the Investor so decides.')).toEqual(['one-party-say']);
    // a notice one party gives alone is read by the catalogue (unilateral-power), remedy or not;
    // the supplementary rule does not say it again
    expect(oneSided(COMPANY, 'The chief executive may be removed by notice from the Investor alone.').map((f) => [f.rule, f.affects])).toEqual([['unilateral-power', 'Company']]);
    // near misses: both may approve; a notice from one party that is not its alone; what it does, not what it decides
    expect(rulesFor(COMPANY, 'If the Company and the Investor each approve a sale, all shareholders shall transfer their Shares.')).toEqual([]);
    expect(rulesFor(COMPANY, 'The chief executive may be removed by notice from the Investor and the Company.')).toEqual([]);
    expect(rulesFor(COMPANY, 'If the Investor transfers its Shares, it shall give a copy of the transfer to the Company.')).toEqual([]);
    // ("decides" is no say of the Investor here; the offer it must make first is the Company's
    // preference, which the catalogue reads)
    expect(rulesFor(COMPANY, 'If the Investor decides to sell its Shares, it shall first offer them to the Company.')).toEqual(['unilateral-power']);
  });

  it('speaks only where no other one-sided rule has: a consent a phrase rule flags is reported once', () => {
    const found = oneSided(COMPANY, 'The Company shall not issue new shares without the prior written consent of the Investor.');
    expect(found.map((f) => f.rule)).toEqual(['consent-veto']);
  });
});

describe('supplementary rules in a change', () => {
  it('a consent reworded from a phrase rule to one party’s say is neither come nor gone; one that changes sides is', async () => {
    const { compareVersions } = await import('../../src/compare/compare.js');
    const { withFindings } = await import('../../src/concerns/analyze.js');
    const kinds = (before: string, after: string) =>
      withFindings(compareVersions(parseVersion(`${COMPANY}\n\n1. ${before}`), parseVersion(`${COMPANY}\n\n1. ${after}`)), { we: 'Company' })
        .findings.filter((f) => f.level === 'change' && f.category === 'one-sided')
        .map((f) => f.rule);
    expect(kinds('The Company shall not issue new shares without the prior written consent of the Investor.', 'The Company shall not issue new shares unless the Investor has given its prior written consent.')).not.toContain('concern-gone');
    expect(kinds('The Company may assign this Agreement to any Affiliate.', 'The Company may assign this Agreement to any Affiliate with the prior written consent of the Investor.')).toContain('concern-appears');
  });

  it('a vote threshold taken out, which says nothing of whom it weighs on, does not silence one party’s say put in its place', async () => {
    const { compareVersions } = await import('../../src/compare/compare.js');
    const { withFindings } = await import('../../src/concerns/analyze.js');
    const seen = (before: string, after: string) =>
      withFindings(compareVersions(parseVersion(`${COMPANY}\n\n1. ${before}`), parseVersion(`${COMPANY}\n\n1. ${after}`)), { we: 'Company' })
        .findings.filter((f) => f.level === 'change' && f.category === 'one-sided')
        .map((f) => [f.rule, f.affects, f.stance]);
    const vote = 'If holders of at least seventy-five per cent of the Shares approve a sale of the Company, all shareholders shall transfer their Shares to the buyer.';
    expect(seen(vote, 'If the Investor approves a sale of the Company, all shareholders shall transfer their Shares to the buyer.')).toEqual([
      ['concern-appears', 'Company', 'against'],
      ['figure-changed', null, 'neutral'],
    ]);
    // the threshold changed, with no say of one party anywhere: only the figure is reported
    expect(seen(vote, vote.replace('seventy-five', 'ninety'))).toEqual([['figure-changed', null, 'neutral']]);
  });
});

describe('one-party-power', () => {
  it('fires on a power over the agreement or the other party that one party alone holds', () => {
    const found = oneSided(WORKS, 'The Employer may terminate the Contract for convenience at any time on fourteen days’ notice to the Contractor.');
    expect(found.map((f) => [f.rule, f.affects])).toEqual([['one-party-power', 'Contractor']]);
    expect(rulesFor(COMPANY, 'The Investor shall be entitled, but not obliged, to nominate two directors to the Board.')).toEqual(['one-party-power']);
    expect(rulesFor(COMPANY, 'The Investor may appoint the chair of the Board at any time by notice to the Company.')).toEqual(['one-party-power']);
  });

  it('near misses: a power both hold, a remedy for the other’s failure, a right that is no power over anyone', () => {
    expect(rulesFor(WORKS, 'Either the Employer or the Contractor may terminate the Contract on ninety days’ notice.')).toEqual([]);
    expect(rulesFor(WORKS, 'If the Contractor fails to start the Works within sixty days, the Employer may terminate the Contract.')).toEqual([]);
    expect(rulesFor(WORKS, 'The Contractor may use the site access road.')).toEqual([]);
    expect(rulesFor(WORKS, 'The Employer may terminate the Contract on notice, and the Contractor may terminate it on the same notice.')).toEqual([]);
  });

  it('what the other is paid when the power is used is no power of its own; a right to claim is', () => {
    const text = 'The Employer may terminate the Contract for convenience at any time on fourteen days’ notice to the Contractor, and the Contractor shall be entitled only to payment for work performed up to the date of termination.';
    expect(oneSided(WORKS, text).map((f) => [f.rule, f.affects])).toEqual([['one-party-power', 'Contractor']]);
    expect(rulesFor(WORKS, 'The Employer may terminate the Contract for convenience, and the Contractor shall be entitled to be reimbursed its demobilisation costs.')).toEqual(['one-party-power']);
    // near miss: the other's right is one it uses ("to suspend the Works"), not what it is paid
    expect(rulesFor(WORKS, 'The Employer may terminate the Contract for convenience, and the Contractor shall be entitled to suspend the Works.')).toEqual([]);
  });

  it('"without further action by either side" shares nothing; a power "either Party" holds is shared', () => {
    const text = 'The Employer may amend Schedule 3 by written notice, and any such amendment shall bind the Contractor thirty days after the notice without further action by either side.';
    expect(rulesFor(WORKS, text)).toEqual(['one-party-power']);
    expect(rulesFor(WORKS, 'The Employer may amend Schedule 3 by written notice, and either Party may refer any amendment to the Engineer.')).toEqual([]);
  });
});

describe('seats-unequal', () => {
  const JV = 'JOINT VENTURE AGREEMENT\n\nThis Agreement is made between Larch Mining Ltd (the "Company") and Osprey Capital LLP (the "Investor").';

  it('fires where one party appoints more of a deciding body, on the party that appoints fewer', () => {
    const found = oneSided(JV, 'The Board shall consist of five directors, three appointed by the Investor and two appointed by the Company, and shall decide by simple majority.');
    expect(found.map((f) => [f.rule, f.affects, f.evidence?.quote])).toEqual([['seats-unequal', 'Company', 'three appointed by the Investor']]);
    expect(rulesFor(JV, 'The Management Committee shall have seven members, of whom three shall be nominated by the Investor and four by the Company.')).toEqual(['seats-unequal']);
  });

  it('reads a count repeated in figures, and a party named by its government, the verb left out', () => {
    expect(rulesFor(JV, 'The Board shall consist of five (5) members, three (3) of whom shall be appointed by the Investor and two (2) by the Company.')).toEqual(['seats-unequal']);
    const treaty = 'AGREEMENT\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';
    const found = oneSided(treaty, 'The Council shall comprise seven members, of whom five shall be nominated by the Government of the Republic of Sarnia and two by the Government of the Kingdom of Tessel.');
    expect(found.map((f) => [f.rule, f.affects])).toEqual([['seats-unequal', 'Kingdom of Tessel']]);
  });

  it('reads the party first, appointing so many, by a long name that opens with its short form', () => {
    const ORION = 'JOINT VENTURE AGREEMENT\n\nThis Agreement is made between Orion Metals Inc. ("Orion") and the State Mining Enterprise (the "Enterprise").';
    const found = oneSided(ORION, 'The Board shall have five directors, of whom Orion Metals Inc. shall be entitled to appoint four and the Enterprise one.');
    expect(found.map((f) => [f.rule, f.affects])).toEqual([['seats-unequal', 'Enterprise']]);
    // near misses: the same seats each, and one party appointing an observer while the other appoints the auditors
    expect(rulesFor(JV, 'The Board shall have four directors, of whom the Investor may appoint two and the Company two.')).not.toContain('seats-unequal');
    expect(rulesFor(JV, 'The Investor may appoint one observer to the Board, and the Company shall appoint the auditors.')).not.toContain('seats-unequal');
    // a long name is capitalised words: "and the Company" after "the Investor" is another party, whose seats they are not
    const version = parseVersion(`${JV}\n\n1. x`);
    const joint = 'The Board shall have five directors; the Investor and the Company shall appoint three jointly.';
    expect(seatsByParty(joint, version).get('Investor')).toBeUndefined();
  });

  it('near misses: equal seats, a body that must agree unanimously, one party alone appointing, a quoted proposal', () => {
    expect(rulesFor(JV, 'The Board shall consist of six directors, three appointed by the Investor and three appointed by the Company.')).toEqual([]);
    expect(rulesFor(JV, 'The Board shall consist of six (6) members, three (3) of whom shall be appointed by the Investor and three (3) by the Company.')).toEqual([]);
    expect(rulesFor(JV, 'The Board shall consist of five directors, three appointed by the Investor and two appointed by the Company, and shall act unanimously.')).toEqual([]);
    expect(rulesFor(JV, 'The Board shall consist of five directors, three appointed by the Investor and two by the Company, and decisions require the consensus of the directors.')).toEqual([]);
    expect(rulesFor(JV, 'The Auditors shall be three firms appointed by the Investor.')).toEqual([]);
  });
});

describe('the power rules read on their own, to their exact words', () => {
  const SALE = 'SUPPLY AGREEMENT\n\nbetween Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
  const read = async (text: string) => {
    const { onePartyPower, onePartySay } = await import('../../src/concerns/rules/power-rules.js');
    const version = parseVersion(`${SALE}\n\n1. ${text}`);
    const clause = version.clauses.at(-1)!;
    return [onePartyPower, onePartySay].flatMap((rule) => rule.find(clause, version).map((m) => [rule.id, clause.text.slice(m.start, m.end), m.explanation, m.affects]));
  };

  it('a power given in the passive is said as the verb it is', async () => {
    expect(await read('This Agreement may be terminated by the Seller on notice.')).toEqual([
      ['one-party-power', 'may be terminated by the Seller', 'Seller alone may terminate here; Buyer holds no such power.', 'Buyer'],
    ]);
    expect(await read('The Seller may, by notice, terminate this Agreement.')).toEqual([['one-party-power', 'may', 'Seller alone may terminate here; Buyer holds no such power.', 'Buyer']]);
    expect(await read('The prices in Schedule 2 may be increased by the Seller by giving the Buyer sixty days’ notice.')).toEqual([
      ['one-party-power', 'may be increased by the Seller', 'Seller alone may increase here; Buyer holds no such power.', 'Buyer'],
    ]);
    // near misses: no party does it, or both agree to it
    expect(await read('The prices in Schedule 2 may be increased by five per cent each year.')).toEqual([]);
    expect(await read('The prices in Schedule 2 may be reduced by agreement of the Seller and the Buyer.')).toEqual([]);
  });

  it('a power is shared only by what its own sentence says', async () => {
    expect(await read('The Seller may terminate this Agreement. Either party may appoint an expert.')).toEqual([
      ['one-party-power', 'may', 'Seller alone may terminate here; Buyer holds no such power.', 'Buyer'],
    ]);
    expect(await read('The Seller may terminate this Agreement, and either party may appoint an expert.')).toEqual([]);
  });

  it('the votes of the members one party appointed are its say', async () => {
    const board = 'Decisions of the Board shall be taken by consensus, save that a decision on the budget shall require the affirmative vote of at least two of the members appointed by the Buyer.';
    expect((await read(board)).map(([rule, quote, , affects]) => [rule, quote, affects])).toEqual([
      ['one-party-say', 'affirmative vote of at least two of the members appointed by the Buyer', 'Seller'],
    ]);
    // near miss: the members each party appointed vote alike
    const both = 'A decision on the budget shall require the affirmative vote of at least two of the members appointed by the Buyer and the affirmative vote of at least two of the members appointed by the Seller.';
    expect(await read(both)).toEqual([]);
  });

  it('a price fixed "annually by" one party, or by the auditors it engages, is its say', async () => {
    expect((await read('The Buyer shall pay for the ore at a price to be determined annually by the Seller.')).map(([rule, quote]) => [rule, quote])).toEqual([
      ['one-party-say', 'determined annually by the Seller'],
    ]);
    expect((await read('The Buyer shall buy the Shares at their value as determined by the auditors of the Seller.')).map(([rule, quote]) => [rule, quote])).toEqual([
      ['one-party-say', 'determined by the auditors of the Seller'],
    ]);
    // near misses: a price agreed each year by both; auditors named by both
    expect(await read('The Buyer shall pay for the ore at a price to be agreed annually between the Seller and the Buyer.')).toEqual([]);
    expect(await read('The Buyer shall buy the Shares at their value as determined by auditors appointed jointly by the Seller and the Buyer.')).toEqual([]);
  });

  it('a deadlock of the board is no failure of the other party: the power it opens is one party’s', async () => {
    const deadlock = 'If the Board fails to resolve a Deadlock Matter within sixty days, the Seller may by notice require the Buyer to sell its Shares to the Seller.';
    expect((await read(deadlock)).map(([rule]) => rule)).toEqual(['one-party-power']);
    // near miss: the other party's own failure makes the power a remedy
    expect(await read('If the Buyer fails to pay within sixty days, the Seller may by notice require the Buyer to sell its Shares to the Seller.')).toEqual([]);
  });

  it('a say is one party’s where no other party has one in the sentence', async () => {
    expect(await read('The price is fixed by the Seller with the approval of the Buyer.')).toEqual([['one-party-say', 'approval of the Buyer', 'Buyer alone decides here; Seller has no say.', 'Seller']]);
    expect(await read('The price is fixed with the approval of the Buyer and the Seller.')).toEqual([]);
    expect(await read('The price is fixed with the approval of the Buyer, unless the Seller has given its approval to an index.')).toEqual([]);
    // each party's say in a sentence of its own: one finding for the clause, not one per party
    expect(await read('The price is fixed with the approval of the Buyer. The route is fixed with the approval of the Seller.')).toHaveLength(1);
  });
});

describe('the bounds a crafted clause meets', () => {
  // Each bound is where the reading stops on a clause that repeats its words: what lies past it
  // is not read, so the finding there is not made; what lies just inside it still is.
  it('one-party-say reads the first twenty of a party’s says in a clause', () => {
    const shared = 'The materials shall be approved by the Investor and by the Company. ';
    const alone = 'The materials shall be of a kind approved in writing by the Investor.';
    expect(rulesFor(COMPANY, shared.repeat(19) + alone)).toEqual(['one-party-say']);
    expect(rulesFor(COMPANY, shared.repeat(20) + alone)).toEqual([]);
  });

  it('one-party-power reads up to six modifiers between a modal and its verb', () => {
    const modifiers = ['from time to time', 'by notice', 'immediately', 'forthwith', 'by written notice', 'by notice in writing', 'from time to time'];
    expect(rulesFor(COMPANY, `The Investor may ${modifiers.slice(0, 6).join(', ')}, audit the accounts of the Company.`)).toEqual(['one-party-power']);
    expect(rulesFor(COMPANY, `The Investor may ${modifiers.join(', ')}, audit the accounts of the Company.`)).toEqual([]);
  });

  it('one-party-power reads the first fifty rights of a clause', () => {
    const idle = 'The Investor may attend the meetings. ';
    expect(rulesFor(COMPANY, `${idle.repeat(49)}The Investor may terminate the supply contract.`)).toEqual(['one-party-power']);
    expect(rulesFor(COMPANY, `${idle.repeat(50)}The Investor may terminate the supply contract.`)).toEqual([]);
  });
});
