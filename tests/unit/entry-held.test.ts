import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { entryHeldBy } from '../../src/concerns/entry-held.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * An entry into force that waits on one party's satisfaction, notice or approval is that party's
 * hold on the agreement: gained, the change is in its favour; lost, against it. Drafts written
 * here.
 */

const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between Georgia and the International Bank for Reconstruction and Development (the "Bank").';
const TREATY = 'AGREEMENT\n\nThe Government of the Republic of Austria and the Government of the Swiss Confederation (the "Parties") have agreed as follows.';
const CITY = 'AGREEMENT\n\nThis Agreement is made between the Kyiv City State Administration (the "Grantor") and Dniprobud Housing Partners LLC (the "Partner").';

const SAAS = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Ledgerly Software Ltd ("Provider") and Marrow Foods plc ("Customer").';
const CONCESSION = 'CONCESSION AGREEMENT\n\nThis Agreement is made between the Republic of Tolvara and Kestrel Copper AB ("Kestrel").';

const heldBy = (head: string, sentence: string) => entryHeldBy(sentence, parseVersion(`${head}\n\n1. ${sentence}`));

describe('whose hold an entry into force waits on', () => {
  it('a party satisfied ("evidence satisfactory to it"), before the approvals it is satisfied of', () => {
    expect(heldBy(LOAN, 'The Loan Agreement shall not become effective until the Bank has received evidence satisfactory to it that the Agreement has been ratified by the Parliament of Georgia.')).toBe('Bank');
    expect(heldBy(LOAN, 'This Agreement shall become effective on the date on which Georgia delivers a legal opinion acceptable to the Bank.')).toBe('Bank');
  });

  it('a party that notifies, or whose own organ approves', () => {
    expect(heldBy(TREATY, 'This Agreement shall enter into force once the Swiss Confederation has notified the Republic of Austria that the approval of the Federal Assembly has been obtained.')).toBe('Swiss Confederation');
    expect(heldBy(LOAN, 'This Agreement shall enter into force upon its ratification by the Parliament of Georgia.')).toBe('Georgia');
    expect(heldBy(CITY, 'This Agreement shall enter into force on the date on which the Kyiv City Council approves it by a decision adopted at a plenary session.')).toBe('Grantor');
  });

  it('near misses: signature, a delivery owed, an approval of no party\'s organ, and no entry into force at all', () => {
    expect(heldBy(LOAN, 'This Agreement shall become effective upon signature by the Parties.')).toBeNull();
    expect(heldBy(CITY, 'This Agreement shall come into force on the date on which the Partner has delivered the Performance Bond.')).toBeNull();
    expect(heldBy(CITY, 'This Agreement shall enter into force upon approval of the Tariff by the National Energy Regulatory Commission.')).toBeNull();
    expect(heldBy(LOAN, 'The Bank shall notify Georgia of any change in the interest rate approved by the Parliament of Georgia.')).toBeNull();
  });

  it('a party\'s own procedure, countersignature or confirmation, and a state\'s act where one party alone is a state', () => {
    expect(heldBy(TREATY, 'This Agreement shall enter into force only upon completion of the parliamentary approval procedure of the Swiss Confederation.')).toBe('Swiss Confederation');
    expect(heldBy(SAAS, 'This Agreement becomes effective only on countersignature by an authorised officer of Provider.')).toBe('Provider');
    expect(heldBy(SAAS, 'These terms become binding only when the Provider confirms acceptance of the Order Form by email.')).toBe('Provider');
    expect(heldBy(CONCESSION, 'The Concession shall take effect upon publication in the Official Gazette of the Supreme Decree approving this Agreement.')).toBe('Republic of Tolvara');
    expect(heldBy(CONCESSION, 'The Concession shall become effective only upon its approval by a law of the National Assembly.')).toBe('Republic of Tolvara');
    expect(heldBy(SAAS, 'This Agreement is not binding on the Customer until it has been approved by the State Comptroller.')).toBeNull();
  });

  it('near misses: a countersignature not required, holds of both parties, and a state\'s organ between two states', () => {
    expect(heldBy(SAAS, 'This Agreement becomes effective when Customer signs the Order Form; countersignature by Provider is not required.')).toBeNull();
    expect(heldBy(TREATY, 'This Agreement shall enter into force upon its ratification by the Federal Assembly of the Swiss Confederation and the completion of the internal procedures of the Republic of Austria.')).toBeNull();
    expect(heldBy(TREATY, 'This Agreement shall enter into force upon its approval by the National Assembly.')).toBeNull();
  });

  it('one party\'s organ among the procedures both parties notify, by the adjective of its name', () => {
    const states = 'TREATY\n\nThe Republic of Taveria and the Kingdom of Drovnia (each a "Party") have agreed as follows:';
    expect(heldBy(states, 'This Treaty shall enter into force on the date of the later of the notifications by which the Parties inform each other that their internal procedures, including approval by the Drovnian National Assembly, have been completed.')).toBe('Kingdom of Drovnia');
    // and a ratification clause put in that it holds is that party's gain
    const treaty = (text: string) => parseVersion(`${states}\n\nArticle 26 ${text}`);
    const found = withFindings(
      compareVersions(treaty('This Treaty shall enter into force upon signature.'), treaty('This Treaty shall enter into force on the date of the later of the notifications by which the Parties inform each other that their internal procedures, including approval by the Drovnian National Assembly, have been completed.')),
      { we: 'Republic of Taveria' },
    ).findings.filter((f) => f.level === 'change' && f.category === 'ratification');
    expect(found.map((f) => [f.affects, f.stance])).toContainEqual(['Kingdom of Drovnia', 'against']);
  });

  it('near misses: notices both parties give are no one\'s hold', () => {
    expect(heldBy(TREATY, 'This Agreement shall enter into force on the first day of the second month following the date of the last notification by the Republic of Austria or the Swiss Confederation.')).toBeNull();
    expect(heldBy(TREATY, 'The Republic of Austria and the Swiss Confederation shall notify each other of the completion of their internal procedures, and this Agreement shall enter into force on the thirtieth day after the later notification.')).toBeNull();
  });
});

describe('the hold as a change', () => {
  const stances = (head: string, before: string, after: string, we: string) =>
    withFindings(compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`)), { we })
      .findings.filter((f) => f.level === 'change' && f.category === 'ratification')
      .map((f) => [f.affects, f.stance]);

  it('gained by the party that now holds it: in its favour, against the other', () => {
    const before = 'This Agreement shall enter into force on the date of its signature.';
    const after = 'This Agreement shall enter into force once the Swiss Confederation has notified the Republic of Austria that the approval of the Federal Assembly has been obtained.';
    expect(stances(TREATY, before, after, 'Swiss Confederation')).toContainEqual(['Swiss Confederation', 'favour']);
    expect(stances(TREATY, before, after, 'Republic of Austria').map(([, stance]) => stance)).not.toContain('favour');
    expect(stances(TREATY, before, after, 'Republic of Austria').map(([, stance]) => stance)).toContain('against');
  });

  it('lost by the party that held it: against it', () => {
    const before = 'This Grant Agreement shall become effective on the date on which the Bank receives a legal opinion satisfactory to it confirming ratification by the Parliament of Georgia.';
    const after = 'This Grant Agreement shall become effective on the date of its signature by both Parties.';
    expect(stances(LOAN, before, after, 'Bank')).toContainEqual(['Bank', 'against']);
    expect(stances(LOAN, before, after, 'Georgia').map(([, stance]) => stance)).toContain('favour');
  });

  it('a hold whose holder the new words leave unnamed ("once approved by Parliament") is not lost', () => {
    const before = 'This Agreement shall not become effective until approved by the Parliament of Georgia.';
    const after = 'This Agreement shall become effective once approved by Parliament as required by the Constitution of Georgia.';
    expect(stances(LOAN, before, after, 'Georgia').filter(([, stance]) => stance !== 'neutral')).toEqual([]);
    expect(stances(LOAN, after, before, 'Georgia').filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });

  it('held by the same party before and after: no one gains', () => {
    const before = 'This Agreement shall become effective when the Bank has received evidence satisfactory to it of the ratification.';
    const after = 'This Agreement shall become effective when the Bank has received evidence satisfactory to it of the ratification and of the legal opinion.';
    expect(stances(LOAN, before, after, 'Bank').filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });
});
