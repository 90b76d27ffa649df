import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeStance, only } from '../support/stance-readings.js';

/**
 * A payment moved from in advance to in arrears (or back); a limited liability partnership's
 * register number in its opening; the costs of up to a number of persons a party bears; time given before a party "has not commenced" something, or
 * before a default that "will not occur if remedied within"; a paragraph put into, or taken out
 * of, an article that stays. Openings and clauses written here.
 */

const SPONSORSHIP = 'SPONSORSHIP AGREEMENT\nThis Agreement is made between Wrenfield Athletic Football Club Limited (the "Club") and Tallis Energy plc (the "Sponsor").';
const CHARTER = 'TIME CHARTER\nbetween Holm Shipping AS (the "Owners") and Varna Trading SA (the "Charterers").';

describe('a payment moved from in advance to in arrears', () => {
  const fee = (when: string) => `The Fee shall be payable in four equal instalments quarterly ${when} on the first day of each quarter.`;

  it('in arrears, the payer by its role (a Sponsor pays its Club) keeps its money longer: its gain', () => {
    expect(only(changeStance(SPONSORSHIP, fee('in advance'), fee('in arrears'), 'Sponsor'), 'payment-timing-moved').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(SPONSORSHIP, fee('in advance'), fee('in arrears'), 'Club'), 'payment-timing-moved').map(([, s]) => s)).toEqual(['against']);
  });

  it('in advance, the party bound to pay pays first: its loss', () => {
    const hire = (when: string) => `The Charterers shall pay hire monthly ${when} at the rate of USD 14,500 per day.`;
    expect(only(changeStance(CHARTER, hire('in arrears'), hire('in advance'), 'Charterers'), 'payment-timing-moved').map(([, s]) => s)).toEqual(['against']);
    expect(only(changeStance(CHARTER, hire('in arrears'), hire('in advance'), 'Owners'), 'payment-timing-moved').map(([, s]) => s)).toEqual(['favour']);
  });

  it('is not read of notice given in advance, nor where a text says both', () => {
    const notice = (when: string) => `The Owners shall give the Charterers not less than ten days' notice ${when} of the expected date of redelivery.`;
    expect(only(changeStance(CHARTER, notice('in advance'), notice('in writing'), 'Owners'), 'payment-timing-moved')).toEqual([]);
    const both = 'The Charterers shall pay hire monthly in advance and overtime in arrears.';
    expect(only(changeStance(CHARTER, 'The Charterers shall pay hire monthly in advance.', both, 'Owners'), 'payment-timing-moved')).toEqual([]);
  });
});

describe("a partnership's register number in the opening", () => {
  it('"(partnership number OC412907)" ends no name: both parties are read', () => {
    const head = 'VENUE HIRE AGREEMENT\n\nBetween RIVERSIDE HALLS LIMITED (company number 07733519) of Quay Road, Dunmere (the "Venue Owner") and HARTWELL PROMOTIONS LLP (partnership number OC412907) of 18 Fenwick Lane, Dunmere (the "Promoter").';
    expect(partiesOf(parseVersion(`${head}\n\n1. The Venue Owner may cancel any Event Day by notice to the Promoter.`))).toEqual(['Venue Owner', 'Promoter']);
    const text = (days: string) => `The Venue Owner may cancel any Event Day by giving the Promoter not less than ${days}' written notice.`;
    expect(only(changeStance(head, text('fourteen (14) days'), text('ninety (90) days'), 'Promoter'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('parties and payers read from the opening', () => {
  it('a thing named in lower case after "in respect of" is no party: "the ancestral remains (the "Ancestral Remains")"', () => {
    const head = 'REPATRIATION AGREEMENT\nThis Agreement is made on 3 March 2025 between the Orwell Museum of Ethnography, a department of the University of Tarnby (the "Museum"), and the Holm Tribal Council (the "Council"), in respect of the ancestral remains (the "Ancestral Remains") and sacred objects (the "Sacred Objects") listed in the Schedule.';
    // (though the words make it a sentence's subject: "accompanying the Ancestral Remains shall be borne")
    expect(partiesOf(parseVersion(`${head}\n\n1. The costs of two representatives of the Council accompanying the Ancestral Remains shall be borne by the Museum.`))).toEqual(['Museum', 'Council']);
  });

  it('a Company pays its Bank, where the two are the parties: a higher margin is the Bank\'s gain', () => {
    const head = 'FACILITY AGREEMENT\nbetween Orwell Foods Limited (the "Company") and Varna Bank plc (the "Bank").';
    const margin = (rate: string) => `"Margin" means ${rate} per annum.`;
    expect(only(changeStance(head, margin('2.25 per cent.'), margin('3.10 per cent.'), 'Bank'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(head, margin('2.25 per cent.'), margin('3.10 per cent.'), 'Company'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });
});

describe('how many a party pays for', () => {
  const head = 'REPATRIATION AGREEMENT\nThis Agreement is made between the Orwell Museum of Ethnography (the "Museum") and the Holm Tribal Council (the "Council").';
  it('"the travel costs of up to six (6) representatives ... shall be borne by the Museum" cut to two: the Museum\'s gain', () => {
    const text = (count: string) => `The travel and accommodation costs of up to ${count} representatives of the Council accompanying the objects shall be borne by the Museum.`;
    expect(only(changeStance(head, text('six (6)'), text('two (2)'), 'Museum'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });

  it('near miss: a limit on how many the bound party may keep is still eased by a higher one', () => {
    const text = (count: string) => `The Museum shall keep not more than ${count} objects on display at any time.`;
    expect(only(changeStance(head, text('six (6)'), text('ten (10)'), 'Museum'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('time given before a failure counts', () => {
  const CONCESSION = 'MINING CONVENTION\nbetween the Government of the Republic of Sarnia (the "Government") and Holm Minerals Limited (the "Company").';
  const LOAN = 'FACILITY AGREEMENT\nbetween Orwell Foods Limited (the "Borrower") and Varna Bank plc (the "Lender").';

  it('"if the Company has not commenced Commercial Production within" a longer time: the Company\'s gain', () => {
    const text = (months: string) => `The Government may terminate this Agreement by ninety (90) days' notice if the Company has not commenced Commercial Production within ${months} after the Effective Date.`;
    expect(only(changeStance(CONCESSION, text('thirty-six (36) months'), text('sixty (60) months'), 'Company'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(CONCESSION, text('thirty-six (36) months'), text('sixty (60) months'), 'Government'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('"No Event of Default will occur if the failure ... is remedied within" a longer time: the Borrower\'s gain', () => {
    const text = (days: string) => `No Event of Default will occur if the failure to comply is capable of remedy and is remedied within ${days} of the Lender giving notice to the Borrower.`;
    expect(only(changeStance(LOAN, text('fifteen (15) days'), text('thirty (30) days'), 'Borrower'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('a paragraph put into an article that stays, or taken out of it', () => {
  const HEAD = 'AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia (the "Host State") and the Northern Union (the "Union").';
  const article = (...paragraphs: string[]) => `${HEAD}\n\nArticle 24\nEntry into force\n${paragraphs.map((p, k) => `${k + 1}. ${p}`).join('\n')}`;
  const first = 'This Agreement shall enter into force on the date on which the Host State notifies the Union that its National Assembly has approved it.';
  const provisional = 'Pending its entry into force, this Agreement shall be applied provisionally by the Host State from the date of its signature.';
  const stances = (before: string, after: string, we: string) =>
    withFindings(compareVersions(parseVersion(before), parseVersion(after)), { we })
      .findings.filter((f) => f.level === 'change' && f.severity === 'high')
      .map((f) => [f.rule, f.category, f.stance]);

  it('provisional application put in beside the approval kept: against the state bound before its parliament approves', () => {
    expect(stances(article(first), article(first, provisional), 'Host State')).toEqual([['concern-appears', 'ratification', 'against']]);
    expect(stances(article(first), article(first, provisional), 'Union')).toEqual([['concern-appears', 'ratification', 'favour']]);
  });

  it('taken out again: the concern is gone, the other way', () => {
    expect(stances(article(first, provisional), article(first), 'Host State')).toEqual([['concern-gone', 'ratification', 'favour']]);
  });

  it('a whole article added, with no article kept around it, is told by its own findings only', () => {
    const other = `${HEAD}\n\nArticle 1\nDefinitions\n1. Terms have the meanings given.`;
    const withArticle = `${other}\n\nArticle 24\nProvisional application\n1. ${provisional}`;
    expect(stances(other, withArticle, 'Host State')).toEqual([]);
  });
});
