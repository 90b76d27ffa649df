import { describe, expect, it } from 'vitest';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft as version, weights } from '../support/stance-readings.js';

/**
 * Readings of how a term weighs: the interval between turns of a duty or a right ("every six
 * months"), a split of what the parties bear ("borne 75 per cent by"), a term capped or reduced
 * ("up to a maximum of", "reduced by"), a consent written as a defined term ("without Investor
 * Consent"), a state that acts through its authorities, notice a party "shall be given", openings
 * whose title runs into the sentence under it, and courts named before "to which". Openings and
 * clauses written here.
 */

const ENERGY = 'ENERGY TERMS\n\nThese terms are between you, the customer, and Lumen Power Ltd ("we", "us").';
const RENT = 'LEASE\n\nThis Lease is made between Alder Estates Ltd (the "Landlord") and Birch Cafes Ltd (the "Tenant").';
const FORCES = 'STATUS OF FORCES AGREEMENT\n\nThe Kingdom of Halmar ("Halmar") and the Republic of Cador ("Cador") have agreed as follows:';
const SOFTWARE = 'LICENCE\n\nThis Licence is made between Tessel Software Ltd ("Licensor") and Vane Logistics plc ("Licensee").';
const HOLDERS = "SHAREHOLDERS' AGREEMENT\n\nThis Agreement is made between Ridge Capital LP (\"the Investor\") and Dr Ana Lutz (\"the Founder\").";

describe('intervals', () => {
  it('longer between turns of a duty helps the party bound; of a right, it costs the holder', () => {
    expect(weights(ENERGY, 'We will review your payments every six months and we may keep any credit.')).toEqual([['six months', { party: 'We', rise: 'benefit', added: 'burden' }]]);
    expect(weights(RENT, 'The Landlord may review the rent every five years.')).toEqual([['five years', { party: 'Landlord', rise: 'burden', added: 'benefit' }]]);
    expect(changeStance(ENERGY, 'We will review your payments every six months.', 'We will review your payments every twelve months.', 'You')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a grace period far into its sentence', () => {
  it('time to pay after a failure to pay, named long after it, is the grace of the party that fails', () => {
    const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Skerry Bank plc (the "Bank") and Tolland Freight Ltd (the "Company").';
    const before = 'The Company does not pay on the due date any amount payable under this Agreement, unless its failure to pay is caused by an administrative or technical error and payment is made within five Business Days of its due date.';
    expect(changeStance(LOAN, before, 'The Company does not pay on the due date any amount payable under this Agreement.', 'Company')).toEqual([['figure-changed', 'against']]);
  });
});

describe('splits of what the parties bear', () => {
  it('the party whose share of a cost rose loses', () => {
    const before = 'The cost of satisfying such claims shall be borne 75 per cent by Halmar and 25 per cent by Cador.';
    const after = 'The cost of satisfying such claims shall be borne 25 per cent by Halmar and 75 per cent by Cador.';
    expect(changeStance(FORCES, before, after, 'Halmar')).toEqual([['figure-changed', 'favour']]);
    expect(changeStance(FORCES, before, after, 'Cador')).toEqual([['figure-changed', 'against']]);
    // (near miss: a split of what the parties get still costs the party whose share fell)
    expect(changeStance(FORCES, 'The proceeds shall be paid 75 per cent to Halmar and 25 per cent to Cador.', 'The proceeds shall be paid 25 per cent to Halmar and 75 per cent to Cador.', 'Halmar')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a term capped or reduced', () => {
  it('an indemnity capped "up to a maximum of" weighs less on the party that gives it', () => {
    const found = changeStance(SOFTWARE, 'Licensor shall indemnify Licensee against all losses arising from any claim that the Software infringes the rights of a third party.', 'Licensor shall indemnify Licensee against losses arising from any claim that the Software infringes the rights of a third party, up to a maximum of the Fees paid in the preceding twelve months.', 'Licensor');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, stance]) => stance === 'favour')).toBe(true);
  });

  it('a payment "reduced by" a value the payer sets weighs less on the payer', () => {
    const found = changeStance(FORCES, 'Halmar shall pay to Cador an annual contribution of 45 million euros towards the cost of the facilities.', 'Halmar shall pay to Cador an annual contribution of 45 million euros towards the cost of the facilities, reduced by the value, as assessed by Halmar, of any improvements made by Halmar.', 'Cador');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, stance]) => stance === 'against')).toBe(true);
  });
});

describe('who holds a say', () => {
  it('"without Investor Consent", a consent written as a defined term, is the Investor\u2019s say', () => {
    expect(changeStance(HOLDERS, 'The Company shall not, without Investor Consent, issue any shares.', 'The Company shall not, without Investor Consent, issue any shares, incur any borrowing or remove any director.', 'Founder')).toEqual([['concern-changed', 'against']]);
    // (near miss: a board's approval is no party's say)
    expect(changeStance(HOLDERS, 'The Company shall not, without Board Approval, issue any shares.', 'The Company shall not, without Board Approval, issue any shares or incur any borrowing.', 'Founder')).toEqual([]);
  });

  it('a state holds the criminal jurisdiction it "shall have"', () => {
    const v = version(FORCES, 'Halmar shall have exclusive criminal jurisdiction over members of the force.');
    expect(deonticsOf(v.clauses.at(-1)!, v).map((d) => [d.party, d.kind])).toEqual([['Halmar', 'right']]);
  });

  it('a state holds the right its authorities are given', () => {
    const v = version(FORCES, 'The authorities of Cador shall have the primary right to exercise jurisdiction over members of the force.');
    expect(deonticsOf(v.clauses.at(-1)!, v).map((d) => [d.party, d.kind])).toEqual([['Cador', 'right']]);
    expect(changeStance(FORCES, 'The authorities of Cador shall have the primary right to exercise jurisdiction over members of the force.', 'The military authorities of Halmar shall have the primary right to exercise jurisdiction over members of the force.', 'Cador')).toEqual([['duty-shifted', 'against']]);
    // (near miss: a name after another preposition is still no subject)
    const w = version(FORCES, 'Claims against Cador shall be settled promptly.');
    expect(deonticsOf(w.clauses.at(-1)!, w)).toEqual([]);
  });
});

describe('openings whose title runs into the sentence under it', () => {
  it('a first line that opens with a party\u2019s short form, before its description, names that party', () => {
    const head = 'Agreement between Ukraine and the Kingdom of Ostrel on the Ostrel\u2013Ukraine Recovery Fund\nUkraine, represented by the Cabinet of Ministers of Ukraine ("Ukraine"), and the Kingdom of Ostrel, represented by its Ministry of Finance ("Ostrel"), agree as follows:';
    expect(partiesOf(version(head, 'The Parties shall meet.'))).toEqual(['Ukraine', 'Ostrel']);
  });

  it('a title naming its parties ends where "This" opens the sentence under it', () => {
    const head = 'Loan Agreement between the Government of the Republic of Sundar and the Government of the Republic of Mavel\nThis Loan Agreement is concluded between the Government of the Republic of Sundar, acting through its Ministry of Finance (the "Lender"), and the Government of the Republic of Mavel (the "Borrower").';
    expect(partiesOf(version(head, 'The Parties shall meet.'))).toEqual(['Lender', 'Borrower']);
  });
});

describe('forums and notice', () => {
  const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between the Government of the Republic of Sundar (the "Lender") and the Government of the Republic of Mavel (the "Borrower").';
  const CHARTER = 'TIME CHARTER\n\nThis Charter is made between Fennick Shipping AS (the "Owners") and Larch Grain SA (the "Charterers").';

  it('courts named before "to which the Borrower submits" are the courts of the place alone: the Lender\u2019s own', () => {
    const before = 'Any dispute shall be submitted to arbitration under the UNCITRAL Rules, seated in Geneva.';
    const after = 'Any dispute shall be submitted to the exclusive jurisdiction of the courts of Sundar, to which the Borrower irrevocably submits.';
    expect(changeStance(LOAN, before, after, 'Lender').filter(([rule]) => rule === 'forum-moved')).toEqual([['forum-moved', 'favour']]);
  });

  it('notice a party "shall be given" is its due, not its duty', () => {
    const v = version(CHARTER, 'Charterers shall be given three clear banking days\u2019 notice before Owners may withdraw the Vessel.');
    expect(deonticsOf(v.clauses.at(-1)!, v).map((d) => [d.party, d.kind])).toEqual([
      ['Charterers', 'right'],
      ['Owners', 'right'],
    ]);
  });

  it('hire paid so long "in advance": longer, the payer pays more before it is owed', () => {
    expect(changeStance(CHARTER, 'Charterers shall pay hire to Owners every fifteen days in advance.', 'Charterers shall pay hire to Owners every thirty days in advance.', 'Charterers')).toEqual([['figure-changed', 'against']]);
    // (near miss: paid in arrears, a longer interval is the payer's gain)
    expect(changeStance(CHARTER, 'Charterers shall pay hire to Owners every fifteen days in arrears.', 'Charterers shall pay hire to Owners every thirty days in arrears.', 'Charterers')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('plain-English terms', () => {
  const BANK = 'ACCOUNT TERMS\n\nThese terms are between you, the account holder, and Bramble Bank plc ("we", "us").';
  const holders = (text: string) => {
    const v = version(BANK, text);
    return deonticsOf(v.clauses.at(-1)!, v).map((d) => [d.party, d.kind]);
  };

  it('"we\u2019ll" and "won\u2019t" are "will" and "will not"', () => {
    const bank = partiesOf(version(BANK, 'We pay interest.')).find((party) => party !== 'You');
    expect(holders('If money has gone into your account, we\u2019ll send you a statement at least monthly.')).toEqual([[bank, 'obligation']]);
    expect(holders('We won\u2019t close your account without notice.').map(([, kind]) => kind)).toEqual(['prohibition']);
    // (near misses: what a party will be able to do, and what it won't be refunded)
    expect(holders('We\u2019ll be able to help.')).toEqual([]);
    expect(holders('You won\u2019t be refunded for a partial month.')).toEqual([]);
  });

  it('a passive with the pronoun as its agent, its receiver between ("sent to you by us"), binds the agent', () => {
    const bank = partiesOf(version(BANK, 'We pay interest.')).find((party) => party !== 'You');
    expect(holders('A reminder will be sent to you by us three days before each instalment falls due.')).toEqual([[bank, 'obligation']]);
    // so the same duty said actively is no change
    expect(changeStance(BANK, 'A reminder will be sent to you by us three days before each instalment falls due.', 'We\u2019ll send you a reminder three days before each instalment is due.', 'You').filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('"we\u2019ll charge you" a fee: the fee is paid to us', () => {
    expect(weights(BANK, 'If you miss a payment, we\u2019ll charge you a late fee of £6.').map(([, weight]) => (weight as { rise: string } | null)?.rise)).toEqual(['benefit']);
  });

  it('a time limit put where a vague one was, though the sentence goes on past it, binds the party that must act', () => {
    const INSURANCE = 'HOME POLICY\n\nThis policy is a contract between you, the policyholder ("you"), and Larkspur Mutual plc ("we", "us").';
    // (and the payment refused after "failing which" is our relief, also against the reader)
    expect(changeStance(INSURANCE, 'You must tell us about any claim as soon as reasonably possible.', 'You must tell us about any claim within 48 hours of the incident, failing which we will not pay the claim.', 'You')).toEqual([
      ['figure-changed', 'against'],
      ['relief-shifted', 'against'],
    ]);
  });

  it('a split of a cost put where it was borne in equal shares', () => {
    expect(changeStance(FORCES, 'The costs of the Bridge shall be borne by the Parties in equal shares.', 'The costs of the Bridge shall be borne as to sixty per cent by Halmar and as to forty per cent by Cador.', 'Halmar')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a grant made for a term', () => {
  const LAND = 'GROUND LEASE\n\nThis Lease is made between Alder Estates Ltd (the "Lessor") and Birch Farms Ltd (the "Lessee").';
  const GRANT = 'GRANT AGREEMENT\n\nThis Agreement is made between the Harbour Trust (the "Grantor") and Quay Rowing Club (the "Grantee").';
  it('"demises the land to the Lessee for a term of" and "makes the Grant to the Grantee for a term of": longer helps the grantee', () => {
    expect(weights(LAND, 'The Lessor demises the land to the Lessee for a term of ninety-nine (99) years at a peppercorn rent.')).toEqual([['ninety-nine (99) years', { party: 'Lessee', rise: 'benefit', added: 'benefit' }]]);
    expect(changeStance(GRANT, 'The Grantor makes the Grant to the Grantee for a term of ninety-nine (99) years.', 'The Grantor makes the Grant to the Grantee for a term of forty-nine (49) years.', 'Grantee')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a duty to be done over a period is no grant', () => {
    expect(weights(LAND, 'The Lessee shall insure the buildings for a period of ten years.')[0]![1]?.party).toBe('Lessee');
    expect(weights(LAND, 'The Lessee shall insure the buildings for a period of ten years.')[0]![1]?.rise).toBe('burden');
  });
});

describe('the agreement put above a state\'s law', () => {
  const INVEST = 'INVESTMENT AGREEMENT\n\nThis Agreement is concluded between the Government of the Republic of Selvaria (the "Government") and Borealis Steel Holdings Ltd (the "Investor").';
  it('"any law of Selvaria, including the Constitution" is the Government\'s, by the state\'s name the opening gave it', () => {
    const before = 'This Agreement shall be interpreted in a manner consistent with the Constitution.';
    const after = 'In the event of any conflict between this Agreement and any law of Selvaria, including the Constitution, this Agreement shall prevail.';
    expect(changeStance(INVEST, before, after, 'Government').map(([, stance]) => stance)).toContain('against');
    expect(changeStance(INVEST, before, after, 'Investor').map(([, stance]) => stance)).toContain('favour');
  });

  it('near miss: a law of a place that is no party\'s home names no one', () => {
    const after = 'In the event of any conflict between this Agreement and any law of Ruritania, this Agreement shall prevail.';
    expect(changeStance(INVEST, 'This Agreement shall be interpreted in good faith.', after, 'Government').map(([, stance]) => stance)).not.toContain('against');
  });
});
