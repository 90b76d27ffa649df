import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * Acts said in the passive with no doer, or by "each" of a party's many, and a term split in two;
 * floors on a rent put in or taken out; sums handed over after a wait, grace before repayment, the
 * time to cancel before a renewal; fees a right is bought with; interest a sentence opens with;
 * caps on a rise and on a new duty; multiples with a half; numbers in addresses and parts of one
 * sum; a club's committee, a power it "shall have", and a date or a sum given a short form, which
 * is no party. Openings and clauses written here.
 */

const LEASE = 'LEASE OF A WAREHOUSE\nThis Lease is made between Orwen Estates Ltd (the "Landlord") and Holm Logistics Ltd (the "Tenant").';
const JOB = 'CONTRACT OF EMPLOYMENT\nThis Contract is made between Orwen Foundry Ltd (the "Company") and Ms Ada Holm (the "Employee").';
const LOAN = 'FACILITY LETTER\nOrwen Bank plc (the "Bank") offers Holm Joinery Ltd (the "Borrower") the facility described below.';
const CLUB = 'RULES OF THE ORWEN ALLOTMENT SOCIETY\nThese Rules bind the Orwen Allotment Society (the "Society") and each person admitted to it (a "Member").';
const SALE = 'SHARE PURCHASE AGREEMENT\nThis Agreement is made between Orwen Holdings Ltd (the "Seller") and Holm Capital LLP (the "Buyer").';
const AID = 'AGREEMENT ON RECONSTRUCTION FINANCE\nThe Kingdom of Lusk (hereinafter "Lusk") and the Republic of Ardena (hereinafter "Ardena") have agreed as follows:';
const MINES = 'MINING CONVENTION\nThe Republic of Ardena (the "State") and Holm Lithium SA (the "Investor") have agreed as follows:';
const STORE = 'GRAIN STORAGE AGREEMENT\nThis Agreement is made between Orwen Farms Ltd (the "Depositor") and Holm Silos Ltd (the "Keeper").';
const HIRE = 'CAR HIRE PURCHASE AGREEMENT\nThis agreement is between Orwen Motor Finance Ltd ("we", "us") and the customer named in Part 1 ("you").';
const APP = 'ORWEN MUSIC SUBSCRIPTION TERMS\nThese terms apply between Orwen Music Ltd ("we", "us") and the person who subscribes ("you").';
const WORKS = 'AGREEMENT FOR LEASE\nThis Agreement is made between Orwen Developments Ltd (the "Landlord") and Holm Biotech Ltd (the "Tenant").';

const stances = (list: (string | undefined)[][]) => list.map(([, stance]) => stance);

describe('the same act, said in the passive with no doer', () => {
  it('a duty to give back, said again as a thing to be given back, neither comes nor goes', () => {
    const before = 'The Landlord shall return the deposit within ten (10) days after the end of the Lease.';
    const after = 'The deposit shall be held in an approved scheme and returned within ten (10) days after the end of the Lease.';
    expect(only(changeStance(LEASE, before, after, 'Landlord'), 'duty-shifted')).toEqual([]);
  });

  it('a notice "to be given by the Student" that "shall be given" is the student\u2019s own duty said again', () => {
    const head = 'COURSE AGREEMENT\nThis Agreement is made between Orwen Training Ltd (the "Company") and the person named in the Particulars (the "Student").';
    const before = 'Any notice required to be given by the Student under this Agreement shall be given in writing.';
    const after = 'The Student must give any notice under this Agreement in writing.';
    expect(only(changeStance(head, before, after, 'Company'), 'duty-shifted')).toEqual([]);
  });

  it('a salary said to be paid, then said to be paid by the employer, moves nothing', () => {
    const before = 'Salary shall be paid monthly in arrears by bank transfer.';
    const after = "The Company shall pay the Employee's salary monthly in arrears by bank transfer.";
    expect(stances(changeStance(JOB, before, after, 'Company'))).not.toContain('against');
    expect(stances(changeStance(JOB, before, after, 'Company'))).not.toContain('favour');
  });

  it('a subscription "payable" on a day, then one each member "shall pay", moves nothing', () => {
    const before = 'The annual subscription shall be payable on 1 March in each year.';
    const after = 'Each Member shall pay the annual subscription on or before 1 March in each year.';
    expect(stances(changeStance(CLUB, before, after, 'Society'))).not.toContain('favour');
    expect(stances(changeStance(CLUB, before, after, 'Society'))).not.toContain('against');
  });

  it('a sum "payable by each Member" is the members\u2019 duty, not both parties\u2019', () => {
    expect(holders(CLUB, 'The annual subscription is payable by each Member on or before 1 March.')).toEqual([['Member', 'obligation']]);
  });

  it('a promise not to act, said again as a plain fact of the same party, is kept', () => {
    const before = 'The Tenant must keep the store locked, and the Landlord will not hold a key.';
    const after = 'The store must be kept locked with the Tenant\u2019s own padlock. The Landlord does not keep a key to it.';
    expect(only(changeStance(LEASE, before, after, 'Landlord'), 'duty-shifted')).toEqual([]);
  });

  it('a right split in two ("may suspend or cancel" → "may suspend ... and may cancel") gains none', () => {
    const head = 'GRANT AGREEMENT\nThis Agreement is made between the Orwen Climate Facility (the "Fund") and the Republic of Ardena (the "Recipient").';
    const before = 'The Fund may, at any time and in its sole discretion, suspend or cancel the undisbursed Grant by notice to the Recipient.';
    const after = 'The Fund may suspend the undisbursed Grant only after an uncured material breach, and may cancel it only if the breach continues for a further sixty (60) days.';
    expect(only(changeStance(head, before, after, 'Fund'), 'duty-shifted')).toEqual([]);
    expect(stances(changeStance(head, before, after, 'Fund'))).toContain('against');
  });

  it('near miss: the same act barred more times than before is barred anew', () => {
    const before = 'You may not use the Service to send unsolicited messages.';
    const after = 'You may not use the Service to send unsolicited messages. You may not use the Service if you are located in a sanctioned country. You may not use the Service to mine currency.';
    expect(stances(only(changeStance(APP, before, after, 'you'), 'duty-shifted'))).toEqual(['against', 'against']);
  });

  it('near miss: a doer named after "by", though a person in lower case, makes the act another\u2019s', () => {
    const before = 'The costs of removing any tank shall be borne by the person who installed it.';
    const after = 'The Tenant shall bear the costs of removing any tank, whoever installed it.';
    expect(only(changeStance(LEASE, before, after, 'Tenant'), 'duty-shifted')).toEqual([['duty-shifted', 'against']]);
  });

  it('near miss: an act the other text denies is no act said again', () => {
    const before = 'The Bank shall make the first advance within five (5) days after signature.';
    const after = 'No advance shall be made until the Borrower has delivered a legal opinion.';
    expect(stances(only(changeStance(LOAN, before, after, 'Bank'), 'duty-shifted'))).toContain('favour');
  });

  it('near miss: a party that "shall be paid" holds a right, which a duty to pay it does not repeat', () => {
    const before = 'The Employee shall be paid a salary of fifty thousand pounds (\u00a350,000) a year.';
    const after = 'The Company shall pay the Employee a salary of fifty thousand pounds (\u00a350,000) a year.';
    expect(only(changeStance(JOB, before, after, 'Company'), 'duty-shifted').length).toBe(2);
  });
});

describe('a floor on a rent', () => {
  it('put in as "shall not decrease", the rent can only rise: the landlord\u2019s gain', () => {
    const before = 'The rent shall be indexed on 1 January of each year by the consumer price index.';
    const after = 'The rent shall be indexed on 1 January of each year by the consumer price index, provided that the rent shall not decrease as a result of indexation.';
    expect(only(changeStance(LEASE, before, after, 'Landlord'), 'floor-on-sum-changed')).toEqual([['floor-on-sum-changed', 'favour']]);
  });

  it('taken out where it was "the rent payable in the preceding year", the tenant gains', () => {
    const before = 'The rent shall be indexed on each anniversary by the rents index, provided that it shall never be lower than the rent payable in the preceding year.';
    const after = 'The rent shall be indexed upwards or downwards on each anniversary by the rents index.';
    expect(only(changeStance(LEASE, before, after, 'Tenant'), 'floor-on-sum-changed')).toEqual([['floor-on-sum-changed', 'favour']]);
  });
});

describe('waits, graces and windows', () => {
  it('a sum released to a party after a period: a longer period is that party\u2019s cost', () => {
    const read = weights(SALE, 'The Retention shall be held in escrow and released to the Seller, less any Claims notified, on the date falling eighteen (18) months after Completion.');
    expect(read.find(([text]) => /eighteen/u.test(text))?.[1]).toEqual({ party: 'Seller', rise: 'burden', added: 'burden' });
  });

  it('a grace period before repayments start spares the borrower', () => {
    const read = weights(AID, 'Ardena shall repay the principal in twenty (20) semi-annual instalments, following a grace period of four (4) years during which no principal shall be payable.');
    expect(read.find(([text]) => /four/u.test(text))?.[1]).toEqual({ party: 'Ardena', rise: 'benefit', added: 'benefit' });
  });

  it('the time before a renewal by which the customer must cancel: longer is harder for the customer', () => {
    const before = 'Your subscription renews automatically each month unless you cancel at least two (2) days before the end of the current month.';
    const after = 'Your subscription renews automatically each month unless you cancel at least twenty (20) days before the end of the current month.';
    expect(only(changeStance(APP, before, after, 'you'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });
});

describe('who pays, read from a sentence\u2019s shape', () => {
  it('fees a right is bought with are paid by the party that holds the right', () => {
    const read = weights(HIRE, 'When all other sums are paid, you may become the owner of the car by paying the purchase option fee of \u00a3150 and a documentation fee of \u00a360.');
    expect(read.map(([, weight]) => weight?.party)).toEqual(['You', 'You']);
    expect(read.every(([, weight]) => weight?.rise === 'burden')).toBe(true);
  });

  it('what a party "shall continue to receive" is its right, and the rate of it the other\u2019s cost', () => {
    const head = 'MANAGEMENT AGREEMENT\nThis Agreement is made between Orwen Artists Ltd (the "Manager") and Ada Holm (the "Artist").';
    const text = 'After the end of the Term the Manager shall continue to receive commission at the rate of fifteen per cent (15%) on income received by the Artist within two (2) years thereafter.';
    expect(holders(head, text)[0]).toEqual(['Manager', 'right']);
    expect(weights(head, text)[0]?.[1]).toEqual({ party: 'Artist', rise: 'burden', added: 'burden' });
  });

  it('interest a sentence opens with is the borrower\u2019s, though the bank\u2019s base rate is named', () => {
    const read = weights(LOAN, "Interest on the debit balance shall accrue daily at two point five per cent (2.5%) per annum above the Bank's Base Rate.");
    expect(read.map(([, weight]) => weight?.party)).toEqual(['Borrower', 'Borrower']);
  });

  it('interest on a loan a party is provided with is that party\u2019s to pay', () => {
    const read = weights(AID, 'Lusk shall provide to Ardena a loan of up to eighty million euros (EUR 80,000,000) for the projects listed in Annex I, bearing interest at one per cent (1%) per annum.');
    expect(read.filter(([text]) => /one per cent|1%/u.test(text)).map(([, weight]) => weight)).toEqual([
      { party: 'Ardena', rise: 'burden', added: 'burden' },
      { party: 'Ardena', rise: 'burden', added: 'burden' },
    ]);
  });

  it('a share the sentence goes on to make payable to a party is that party\u2019s gain', () => {
    const read = weights(MINES, 'A royalty of four per cent (4%) of the gross sales value of all lithium extracted under this Convention shall be payable to the State.');
    expect(read.map(([, weight]) => weight?.party)).toEqual(['State', 'State']);
    expect(read.every(([, weight]) => weight?.rise === 'benefit')).toBe(true);
  });

  it('a royalty put in where a royalty holiday stood is the receiving state\u2019s gain', () => {
    const before = 'No royalty shall be payable to the State on lithium extracted during the first eight (8) years of production.';
    const after = 'A royalty of four per cent (4%) of the gross sales value of lithium extracted shall be payable to the State from the first day of production.';
    expect(only(changeStance(MINES, before, after, 'State'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('a loss a keeper answers for only past an allowance: a larger allowance spares it', () => {
    const read = weights(STORE, 'The Keeper shall be liable for any shortfall in the weight of grain delivered out of store in excess of a handling allowance of one-half of one per cent (0.5%).');
    expect(read.map(([, weight]) => weight)).toContainEqual({ party: 'Keeper', rise: 'benefit', added: 'benefit' });
  });

  it('a society\u2019s subscription is the member\u2019s to pay', () => {
    const before = 'The annual subscription shall be forty pounds (GBP 40) per plot.';
    const after = 'The annual subscription shall be sixty pounds (GBP 60) per plot.';
    expect(only(changeStance(CLUB, before, after, 'Member'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('a cap restated "up to a maximum aggregate amount equal to one-tenth" is the same cap', () => {
    const before = 'The Contractor shall pay delay damages of GBP 5,000 for each day of delay, subject to a maximum of ten per cent (10%) of the Contract Price.';
    const after = 'The Contractor shall pay delay damages of GBP 5,000 per day of delay, up to a maximum aggregate amount equal to one-tenth of the Contract Price.';
    const head = 'BUILDING CONTRACT\nThis Contract is made between Orwen Council (the "Employer") and Holm Builders Ltd (the "Contractor").';
    expect(stances(changeStance(head, before, after, 'Contractor'))).not.toContain('favour');
    expect(stances(changeStance(head, before, after, 'Contractor'))).not.toContain('against');
  });
});

describe('deposits, windows, deductions and payments put on a right', () => {
  it('a deposit "held ... and repaid within" a time: the time is the holder\u2019s', () => {
    const read = weights(LEASE, 'On signing the Tenant shall pay a rent deposit of EUR 9,000, to be held by the Landlord without interest and repaid within two (2) months after the end of the Term.');
    expect(read.find(([text]) => /two/u.test(text))?.[1]).toEqual({ party: 'Landlord', rise: 'benefit', added: 'burden' });
  });

  it('a window opened by "If, within" binds the party the fee then falls on: longer costs it', () => {
    const head = 'STAFF INTRODUCTION TERMS\nThese terms apply between Orwen Recruitment Ltd (the "Agency") and Holm Clinics Ltd (the "Client").';
    const read = weights(head, 'If, within nine (9) months after an introduction, the Client engages the candidate directly, the Client shall pay the Agency a fee of fifteen per cent (15%) of the candidate\u2019s salary.');
    expect(read.find(([text]) => /nine/u.test(text))?.[1]).toEqual({ party: 'Client', rise: 'burden', added: 'burden' });
  });

  it('a share taken off the index a payment follows is less for the party paid', () => {
    const head = 'CONCESSION AGREEMENT\nThis Agreement is made between the Orwen Roads Authority (the "Authority") and Holm Highways SA (the "Concessionaire").';
    const read = weights(head, 'The Authority shall pay the Concessionaire a monthly payment of EUR 900,000, indexed annually to the Consumer Price Index less one and a half per cent (1.5%).');
    expect(read.filter(([text]) => /half|1\.5%/u.test(text)).map(([, weight]) => weight)).toEqual([
      { party: 'Concessionaire', rise: 'burden', added: 'burden' },
      { party: 'Concessionaire', rise: 'burden', added: 'burden' },
    ]);
  });

  it('a break fee put on a tenant\u2019s break is a price of it, not a wider break', () => {
    const before = 'The Tenant may terminate this Lease on 30 June 2029 by giving the Landlord not less than six (6) months\u2019 written notice.';
    const after = 'The Tenant may terminate this Lease on 30 June 2029 by giving the Landlord not less than six (6) months\u2019 written notice and paying to the Landlord a break fee equal to three (3) months\u2019 Rent.';
    expect(stances(changeStance(LEASE, before, after, 'Landlord'))).not.toContain('against');
  });

  it('a cap on how far a charge may rise over the year before holds down what the tenant pays', () => {
    const read = weights(LEASE, 'The Tenant shall pay the Service Charge, provided that it shall not exceed the Service Charge for the previous year by more than four per cent (4%).');
    expect(read[0]?.[1]).toEqual({ party: 'Landlord', rise: 'benefit', added: 'burden' });
  });

  it('a cap that comes with a duty new to both sides is part of the duty given, no gain', () => {
    const head = 'AGREEMENT ON RECEPTION CENTRES\nThe Republic of Ardena (hereinafter "Ardena") and the Kingdom of Lusk (hereinafter "Lusk") have agreed as follows:';
    const before = 'Ardena shall be responsible for the security of the reception centres and shall deploy such police as may be necessary.';
    const after = 'Ardena shall be responsible for the security of the reception centres and shall deploy such police as may be necessary, and Lusk shall reimburse the cost of that deployment up to EUR 3,000,000 per year.';
    expect(stances(changeStance(head, before, after, 'Lusk')).filter((stance) => stance !== 'neutral')).toEqual(['against']);
  });

  it('near miss: compensation a party "shall pay" where none "shall be payable" is a duty it gains', () => {
    const head = 'GRAZING LICENCE\nThis Licence is granted by the State of Orwen (the "State") to Ada Holm (the "Grazier").';
    const before = 'Upon cancellation of this Licence no compensation shall be payable to the Grazier.';
    const after = 'Upon cancellation of this Licence the State shall pay the Grazier compensation for improvements.';
    expect(stances(only(changeStance(head, before, after, 'State'), 'duty-shifted'))).toEqual(['against']);
  });

  it('near miss: a rent now written as a sum, where the old words only indexed it, is not a rent put in', () => {
    const before = 'The rent shall be adjusted on 1 January of each year in line with the change in the consumer price index over the preceding twelve months.';
    const after = 'The rent shall remain fixed at EUR 900 per hectare for the entire term and shall not be indexed.';
    expect(stances(only(changeStance(LEASE, before, after, 'Tenant'), 'figure-changed'))).not.toContain('against');
  });
});

describe('numbers that count nothing, and short forms that name no one', () => {
  it('"one and one-half (1.5) times" a rate is a multiple, not a half', () => {
    expect(figuresOf('Overtime shall be paid at one and one-half (1.5) times the basic hourly rate.').map((f) => [f.kind, f.value, f.multiple])).toEqual([['percent', 150, true]]);
  });

  it('a party named only as the owner of the rate a sum is reckoned by does not pay it', () => {
    const crew = 'STATEMENT OF TERMS OF EMPLOYMENT\nThis statement is issued by Orwen Tours Ltd ("the Employer") to Ada Holm ("the Employee").';
    const read = weights(crew, "Hours worked in excess of forty (40) in any week shall be paid as overtime at one and one-half (1.5) times the Employee's basic hourly rate.");
    expect(read.find(([text]) => /times/u.test(text))?.[1]?.party).toBe('Employer');
  });

  it('a number in an address is no count; so many vessels still is', () => {
    expect(figuresOf('Notices to the Lender shall be sent to the Treasury, 14 Kings Parade, Orwen.').filter((f) => f.kind === 'count')).toEqual([]);
    expect(figuresOf('Notices shall be sent to the Director, 11 Quai des Tanneurs, Orwen.').filter((f) => f.kind === 'count')).toEqual([]);
    expect(figuresOf('The Owner shall keep 14 vessels on the route.').map((f) => f.kind)).toEqual(['count']);
  });

  it('terms of a school year, and the equal instalments one rent is paid by, are no counts', () => {
    expect(figuresOf('The Nursery shall report at the end of each of the three terms of the nursery year.').filter((f) => f.kind === 'count')).toEqual([]);
    expect(figuresOf('The Tenant shall pay the Rent by four (4) equal instalments in advance.').filter((f) => f.kind === 'count')).toEqual([]);
  });

  it('a club\u2019s committee acts for the club, and a power given to it is the club\u2019s', () => {
    const before = 'The annual subscription shall be fixed each year by resolution of the Annual General Meeting.';
    const after = 'The annual subscription shall be fixed each year by the Committee, which may also impose such further levies on Members as it considers necessary.';
    expect(holders(CLUB, after).map(([party]) => party)).toContain('Society');
    expect(stances(changeStance(CLUB, before, after, 'Member'))).toContain('against');
  });

  it('a power a body "shall have" is a right, as "may" is', () => {
    const before = 'The Committee may suspend the range privileges of a Member for up to twenty-eight (28) days for any breach of the Range Rules.';
    const after = 'The Committee shall have the power to suspend the range privileges of a Member for a period not exceeding 28 days in the event of any breach of the Range Rules.';
    expect(holders(CLUB, after)).toEqual([['Society', 'right']]);
    expect(only(changeStance(CLUB, before, after, 'Member'), 'duty-shifted')).toEqual([]);
  });

  it('a date given a short form in a clause is no party, whatever is said of it', () => {
    const text = 'If Practical Completion has not occurred by 30 June 2027 (the "Long Stop Date"), the Tenant may terminate this Agreement, provided that the Long Stop Date shall be extended by any delay caused by a Relevant Event.';
    expect(partiesOf(draft(WORKS, text))).toEqual(['Landlord', 'Tenant']);
  });
});
