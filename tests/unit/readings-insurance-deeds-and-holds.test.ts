import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { payerByRole } from '../../src/concerns/roles.js';
import { forumsIn } from '../../src/concerns/forum.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * A deed's rent paid "unto" the landlord; a reinsurer's retention and limit of liability; sums
 * said to be due from (or to) a party; a release from liability after a time bar; a tribunal's
 * seat and the law it decides by; a hold on entry into force added beside a regulator's approval;
 * the courts of a state whose company is at home there too; a term sheet's defined provisions; a
 * unit price named long after the sale. Openings and clauses written here.
 */

const LEASE = 'LEASE\nTHIS LEASE is made between ORWELL ESTATES LIMITED (hereinafter called "the Lessor") of the one part and HOLM GRAIN LIMITED (hereinafter called "the Lessee") of the other part.';
const TREATY = 'QUOTA SHARE REINSURANCE TREATY\nbetween Varna Mutual Insurance plc (the "Reinsured") and Holm Re AG (the "Reinsurer").';
const EXCESS = 'PROPERTY PER RISK EXCESS OF LOSS CONTRACT\nissued to Orwell Casualty Company (the "Company") by Holm Reinsurance Corporation (the "Reinsurer").';

describe('rent paid unto a party', () => {
  it('"YIELDING AND PAYING therefor unto the said Lessor the yearly rent of" is paid by the Lessee: more is the Lessor\'s gain', () => {
    const text = (rent: string) => `YIELDING AND PAYING therefor unto the said Lessor during the said term the yearly rent of ${rent} clear of all deductions by equal quarterly payments in advance.`;
    expect(only(changeStance(LEASE, text('TWELVE THOUSAND POUNDS (£12,000)'), text('FIFTEEN THOUSAND POUNDS (£15,000)'), 'Lessor'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(LEASE, text('TWELVE THOUSAND POUNDS (£12,000)'), text('FIFTEEN THOUSAND POUNDS (£15,000)'), 'Lessee'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('what is demised or held "unto the Lessee" does not make the Lessee the one paid', () => {
    const text = (rent: string) => `The Lessor HEREBY DEMISES unto the Lessee the Mill House TO HOLD the same unto the Lessee for the term of fifty years YIELDING AND PAYING therefor during the said term the yearly rent of ${rent}.`;
    expect(only(changeStance(LEASE, text('Three thousand pounds (GBP 3,000)'), text('Five thousand pounds (GBP 5,000)'), 'Lessee'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });
});

describe('a reinsurer\'s retention and limit', () => {
  it('a higher retention ("liable for ... in excess of") and a lower limit of liability both spare the Reinsurer', () => {
    const text = (retention: string, limit: string) => `The Reinsurer shall be liable for the amount of Ultimate Net Loss in excess of ${retention} each risk, subject to a limit of liability of ${limit} each risk.`;
    const found = weights(EXCESS, text('$750,000', '$2,000,000'));
    expect(found.map(([figure, weight]) => [figure, weight?.party, weight?.rise])).toEqual([
      ['$750,000', 'Reinsurer', 'benefit'],
      ['$2,000,000', 'Reinsurer', 'burden'],
    ]);
    expect(only(changeStance(EXCESS, text('$750,000', '$2,000,000'), text('$900,000', '$1,800,000'), 'Company'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('a shrinkage allowance past which a party answers is read as before', () => {
    const head = 'WAREHOUSING AGREEMENT\nbetween Orwell Foods Limited (the "Customer") and Holm Logistics Limited (the "Provider").';
    const found = weights(head, 'The Provider shall be liable for any shortfall in stock in excess of a shrinkage allowance of one per cent (1%) of the units received.');
    expect(found.map(([figure, weight]) => [figure, weight?.party, weight?.rise])[0]).toEqual(['one per cent', 'Provider', 'benefit']);
  });
});

describe('sums due from a party, or to it', () => {
  it('a shorter time to pay "amounts due from the Reinsurer" costs the Reinsurer', () => {
    const text = (days: string) => `Amounts due from the Reinsurer in respect of losses shall be paid within ${days} of receipt of the quarterly account.`;
    expect(only(changeStance(TREATY, text('thirty (30) days'), text('ten (10) days'), 'Reinsurer'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('sums "owing to the Company\'s bankers" are not owed to the Company', () => {
    const head = 'LOAN NOTE\nbetween Orwell Tools Limited (the "Company") and Ana Holm (the "Director").';
    const text = (rate: string) => `The Loan shall be subordinated to all sums owing to the Company's bankers, and shall carry simple interest at ${rate} per annum payable by the Company.`;
    expect(only(changeStance(head, text('four per cent (4%)'), text('six per cent (6%)'), 'Company'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('interest on "any amount due from the Reinsurer which is not paid" put in costs the Reinsurer', () => {
    const before = 'The parties shall settle all balances promptly.';
    const after = 'Any amount due from the Reinsurer which is not paid when due shall bear interest at the Bank of England base rate plus three per cent (3%) per annum.';
    expect(only(changeStance(TREATY, before, after, 'Reinsured'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });

  it('"premium due to the Reinsurer" is paid by the other party: more time to remit it is the Reinsured\'s gain', () => {
    const text = (days: string) => `Premium due to the Reinsurer shall be remitted quarterly within ${days} after the end of each quarter.`;
    expect(only(changeStance(TREATY, text('thirty (30) days'), text('ninety (90) days'), 'Reinsured'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('a release is no duty', () => {
  it('"shall be released from all liability hereunder" binds the Reinsurer to nothing', () => {
    expect(holders(EXCESS, 'Upon the expiry of such period the Reinsurer shall be released from all liability hereunder.')).toEqual([]);
    // (near miss: "shall release" the other is a duty)
    expect(holders(EXCESS, 'The Reinsurer shall release the Company from the Deposit.')).toEqual([['Reinsurer', 'obligation']]);
  });
});

describe('a tribunal\'s seat and its law', () => {
  const AGENCY = 'AGREEMENT\nbetween the Republic of Tessel (the "Republic") and the Holm Investment Guarantee Agency (the "Agency").';

  it('"shall sit at" names the seat, which ends before "and shall decide"', () => {
    expect(forumsIn('The tribunal shall sit at Geneva and shall decide by a majority of votes.').map((f) => [f.kind, f.place])).toEqual([['seat', 'Geneva']]);
  });

  it('the law of a party a tribunal decides by, after the agreement itself, is that party\'s gain', () => {
    const before = 'The tribunal shall sit at Geneva and shall decide in accordance with this Agreement and the applicable rules of international law.';
    const after = 'The tribunal shall sit at Geneva and shall decide in accordance with this Agreement and, to the extent not provided for therein, the law of the Republic.';
    expect(only(changeStance(AGENCY, before, after, 'Republic'), 'forum-moved').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(AGENCY, before, after, 'Agency'), 'forum-moved').map(([, s]) => s)).toEqual(['against']);
  });

  it('the courts of a state are its own, though the company is incorporated there too', () => {
    const head = 'CONCESSION AGREEMENT\nBETWEEN:\n(1) THE GOVERNMENT OF THE REPUBLIC OF TESSEL (the "Government"); and\n(2) HOLM TIMBER LIMITED, a company incorporated in the Republic of Tessel, whose registered office is at 4 Quay Road, Port Varna (the "Concessionaire").';
    const before = 'Any dispute shall be finally resolved by arbitration under the ICC Rules of Arbitration.';
    const after = 'Any dispute shall be submitted to the exclusive jurisdiction of the courts of the Republic of Tessel.';
    expect(only(changeStance(head, before, after, 'Government'), 'forum-moved').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('a hold on entry into force added beside a regulator\'s', () => {
  const CAPTIVE = 'FRONTING AGREEMENT\nbetween Orwell Insurance Limited (the "Fronting Insurer") and Holm Captive Insurance Company Limited (the "Captive").';
  const before = 'This Agreement shall not take effect unless and until the Financial Services Commission has approved in writing the variation of the Captive\'s business plan.';

  it('an approval by one party\'s own committee, in its discretion, is that party\'s hold', () => {
    const after = 'This Agreement shall not take effect unless and until (a) the Financial Services Commission has approved in writing the variation of the Captive\'s business plan, and (b) the Captive has been approved by the Fronting Insurer\'s Security Committee, in the Committee\'s discretion.';
    // (the entry-into-force term changed: read as the Fronting Insurer's hold)
    expect(only(changeStance(CAPTIVE, before, after, 'Fronting Insurer'), 'concern-changed').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(CAPTIVE, before, after, 'Captive'), 'concern-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('a notice a party gives of its own law enacted, beside a ratification, is no hold read', () => {
    const head = 'TREATY\nbetween the Republic of Tessel ("Tessel") and the Kingdom of Varna ("Varna").';
    const was = 'This Treaty shall enter into force thirty (30) days after the exchange of instruments of ratification.';
    const now = 'This Treaty shall enter into force thirty (30) days after the later of (a) the exchange of instruments of ratification and (b) the date on which Tessel notifies Varna that its Transfers Act has been enacted.';
    expect(changeStance(head, was, now, 'Tessel').filter(([, s]) => s !== 'neutral')).toEqual([]);
  });
});

describe('a party authorised to act up to a sum', () => {
  it('"is authorised to settle claims up to GBP 25,000": a higher limit is more for the one authorised', () => {
    const head = 'BINDING AUTHORITY AGREEMENT\nbetween Orwell Underwriting Limited (the "Insurer") and Holm Agency Limited (the "Coverholder").';
    expect(holders(head, 'The Coverholder is authorised to handle and settle claims up to GBP 25,000 per claim.')).toEqual([['Coverholder', 'right']]);
    // (near miss: a representation that a party is authorised is no right given)
    expect(holders(head, 'The Coverholder represents that the Coverholder is authorised to enter into this Agreement.')).toEqual([]);
    const text = (sum: string) => `The Coverholder is authorised to handle and settle claims up to ${sum} per claim, inclusive of costs.`;
    expect(only(changeStance(head, text('GBP 25,000'), text('GBP 50,000'), 'Coverholder'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('a state\'s own, where a company is at home with it', () => {
  const MINING = 'MINERAL DEVELOPMENT AGREEMENT\nbetween the Republic of Tessel (the "State") and Holm Minerals Limited, a company incorporated in the Republic of Tessel (the "Company").';

  it('a ratification by the state\'s own assembly put in is the state\'s hold', () => {
    const before = 'This Agreement shall take effect on the date of its signature by the Parties.';
    const after = 'This Agreement shall take effect upon its ratification by the National Assembly of the Republic of Tessel.';
    expect(changeStance(MINING, before, after, 'State').filter(([, s]) => s !== 'neutral').map(([, s]) => s)).toEqual(['favour']);
  });

  it('where neither is a state by name, the state-owned one is the state\'s side', () => {
    const head = 'POWER PURCHASE AGREEMENT\nbetween Holm Wind (Pty) Ltd, a company incorporated under the laws of the Republic of Tessel (the "Seller"), and the National Grid Company of Tessel, a state-owned enterprise established under the Electricity Act (the "Buyer").';
    const before = 'Any dispute shall be submitted to the exclusive jurisdiction of the High Court of Tessel.';
    const after = 'Any dispute shall be finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, England.';
    expect(only(changeStance(head, before, after, 'Buyer'), 'forum-moved').map(([, s]) => s)).toEqual(['against']);
  });
});

describe('entry into force and forums between states, and a term sheet\'s headings', () => {
  const STATES = 'AIR SERVICES AGREEMENT\nbetween the Government of the Republic of Tessel ("Tessel") and the Government of the Kingdom of Varna ("Varna").';

  it('a note by which one party "informs" the other of its parliament\'s approval is that party\'s hold', () => {
    const before = 'This Agreement shall enter into force on the date of its signature.';
    const after = 'This Agreement shall enter into force on the date of receipt of the diplomatic note by which Varna informs Tessel that its Parliament has approved this Agreement.';
    expect(changeStance(STATES, before, after, 'Varna').filter(([, s]) => s !== 'neutral').map(([, s]) => s)).toEqual(['favour']);
  });

  it('a party\'s own courts in place of an arbitration that named no place are that party\'s gain', () => {
    const before = 'If the Parties fail to settle the dispute by negotiation, it shall be submitted to an arbitral tribunal of three arbitrators.';
    const after = 'If the Parties fail to settle the dispute by negotiation, it shall be referred for final determination to the Supreme Court of Tessel, whose judgment both Parties undertake to accept.';
    expect(only(changeStance(STATES, before, after, 'Tessel'), 'forum-moved').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(STATES, before, after, 'Varna'), 'forum-moved').map(([, s]) => s)).toEqual(['against']);
  });

  it('a guarantee a party must deliver before entry into force is a burden on it', () => {
    const head = 'CONCESSION AGREEMENT\nBetween THE REPUBLIC OF TESSEL, acting through its Ministry of Transport (the "Grantor"); and HOLM PORT PARTNERS S.A. (the "Concessionaire").';
    const before = 'This Agreement shall come into force on the date on which the Grantor notifies the Concessionaire that (a) the Council of Ministers has approved this Agreement and (b) Financial Close has occurred.';
    const after = 'This Agreement shall come into force on the date on which the Grantor notifies the Concessionaire that (a) the Council of Ministers has approved this Agreement, (b) Financial Close has occurred, and (c) the Concessionaire has delivered to the Grantor an unconditional bank guarantee.';
    expect(only(changeStance(head, before, after, 'Concessionaire'), 'concern-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('the courts of the city a company of the state is named by are the state\'s', () => {
    const head = 'CONCESSION AGREEMENT\nBetween THE REPUBLIC OF TESSEL, acting through its Ministry of Transport (the "Grantor"); and VARNA AIRPORT PARTNERS S.A., a company incorporated under the laws of the Republic of Tessel, whose registered office is at 2 Quay Road, Varna (the "Concessionaire").';
    const before = 'Any Dispute shall be finally settled by arbitration under the ICC Rules, seated in Geneva.';
    const after = 'Any Dispute shall be submitted to the Administrative Court of Varna.';
    expect(only(changeStance(head, before, after, 'Grantor'), 'forum-moved').map(([, s]) => s)).toEqual(['favour']);
  });

  it('a term sheet\'s "Governing law:" heading names the law', () => {
    const head = 'WET LEASE TERM SHEET\nParties:\n1. Holm Cargo Airlines AS, a company incorporated in Norway (the "Operator")\n2. Orwell Air Limited, a company incorporated in Ireland (the "Customer")';
    expect(forumsIn('Governing law: Norwegian law.').map((f) => [f.kind, f.place])).toEqual([['law', 'Norwegian law']]);
    expect(only(changeStance(head, 'Governing law: Norwegian law.', 'Governing law: English law.', 'Operator'), 'forum-moved').map(([, s]) => s)).toEqual(['against']);
  });
});

describe('a one-sided term made mutual, said at a sentence\'s start', () => {
  it('"Each Party may terminate" in place of one party alone is the other party\'s gain, never its loss', () => {
    const head = 'SUPPLY AGREEMENT\nbetween Orwell Foods Limited (the "Buyer") and Holm Farms Limited (the "Seller").';
    const before = 'The Buyer may terminate this Agreement for convenience on thirty (30) days\' notice.';
    const after = 'Each Party may terminate this Agreement for convenience on thirty (30) days\' notice.';
    expect(changeStance(head, before, after, 'Seller').filter(([, s]) => s !== 'neutral').map(([, s]) => s)).toContain('favour');
    expect(changeStance(head, before, after, 'Seller').map(([, s]) => s)).not.toContain('against');
  });
});

describe('parties and payers', () => {
  it('a company whose name ends in "Property" is still a party', () => {
    const head = 'HOTEL MANAGEMENT AGREEMENT\nThis agreement is made between Ostrava Gardens Property a.s. (the "Owner") and Holm Hotels Ltd (the "Operator").';
    expect(partiesOf(draft(head, 'The Operator shall manage the Hotel.'))).toEqual(['Owner', 'Operator']);
  });

  it('a term sheet\'s "Binding Provisions" are no party', () => {
    const head = 'INDICATIVE TERM SHEET\nSupplier: Orwell Carbon S.A.S. (the "Supplier")\nPurchaser: Holm Energy AS (the "Purchaser")\n\nThis term sheet is not binding save for the paragraphs headed Exclusivity and Governing Law (the "Binding Provisions").';
    const version = draft(head, 'Price: USD 14.50 per unit.');
    expect(partiesOf(version)).toEqual(['Supplier', 'Purchaser']);
    expect(payerByRole(version)).toBe('Purchaser');
  });

  it('an Investor pays an Insurer, and a Company its Reinsurer, when the two stand together', () => {
    expect(payerByRole(draft('CONTRACT OF GUARANTEE\nbetween Holm Investment Insurance (the "Insurer") and Orwell Power plc (the "Investor").', 'The Investor shall pay the premium.'))).toBe('Investor');
    expect(payerByRole(draft(EXCESS, 'The Company shall pay the premium.'))).toBe('Company');
  });

  it('a unit price named long after the sale is paid by the party sold to', () => {
    const head = 'EMISSION REDUCTIONS PURCHASE AGREEMENT\nbetween the Forest Programme of Tessel (the "Programme Entity") and Holm Climate Fund (the "Buyer").';
    const text = (price: string) => `Subject to this Agreement, the Programme Entity shall sell and transfer to the Buyer, and the Buyer shall purchase and pay for, the Contract ERs generated in each Reporting Period, up to a maximum of five million (5,000,000) tonnes over the Term, at a Unit Price of ${price} per tonne.`;
    expect(only(changeStance(head, text('USD 5.00'), text('USD 6.25'), 'Buyer'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });
});
