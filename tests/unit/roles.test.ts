import { describe, expect, it } from 'vitest';
import seed from '../../seeds/roles.json' with { type: 'json' };
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { answerableForDefects, holdersOfGrants, payerByRole } from '../../src/concerns/roles.js';
import { checked } from '../../src/model/checked.js';
import { RolesSchema } from '../../src/model/roles.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Who pays what a clause prices when it names no one: the roles the parties are given. */

const draft = (a: string, b: string, body: string) => parseVersion(`AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "${a}") and Birch Inc (the "${b}").\n\n1. ${body}`);

function stanceFor(a: string, b: string, before: string, after: string, we: string): string[] {
  const comparison = withFindings(compareVersions(draft(a, b, before), draft(a, b, after)), { we });
  return comparison.findings.filter((f) => f.level === 'change').map((f) => f.stance!);
}

describe('roles', () => {
  it('ships a roles file its schema accepts, and refuses one that is not', () => {
    expect(checked(RolesSchema, seed, 'seeds/roles.json').pairs.length).toBeGreaterThan(5);
    expect(() => checked(RolesSchema, { ...seed, pairs: [{ pays: '' , receives: 'Lender' }] }, 'roles.json')).toThrow(/roles\.json: pairs\[0\]\.pays/);
    expect(() => checked(RolesSchema, { ...seed, holdGrants: [{ grant: 'mortgage', holders: ['Lender'] }] }, 'roles.json')).toThrow(/roles\.json: holdGrants\[0\]\.grant/);
    // a roles file of pairs only is still read: its other lists are empty
    const { answerForDefects: _a, holdGrants: _h, ...pairsOnly } = seed;
    expect(checked(RolesSchema, pairsOnly, 'roles.json')).toMatchObject({ answerForDefects: [], holdGrants: [] });
  });

  it('reads the payer from the parties’ roles, in either order, and nothing from roles it does not know', () => {
    expect(payerByRole(draft('Lender', 'Borrower', 'Interest accrues daily.'))).toBe('Borrower');
    expect(payerByRole(draft('Borrower', 'Lender', 'Interest accrues daily.'))).toBe('Borrower');
    expect(payerByRole(draft('Creditor', 'Debtor', 'Interest accrues daily.'))).toBe('Debtor');
    expect(payerByRole(draft('Company', 'Investor', 'Interest accrues daily.'))).toBeNull();
  });

  it('reads a role by its plural ("the Lenders" of a syndicate) or a name ending in it, and a concession’s holder as the payer', () => {
    expect(payerByRole(draft('Borrower', 'Lenders', 'Interest accrues daily.'))).toBe('Borrower');
    expect(payerByRole(draft('Original Lenders', 'Borrower', 'Interest accrues daily.'))).toBe('Borrower');
    expect(payerByRole(draft('State', 'Concessionaire', 'The royalty accrues monthly.'))).toBe('Concessionaire');
    expect(payerByRole(draft('Customer', 'Service Provider', 'The fee accrues monthly.'))).toBe('Customer');
    // near miss: a name that only contains the role ("Buyersons") is no Buyer, so no one pays
    // a Seller by role (a Seller is paid)
    expect(payerByRole(draft('Seller', 'Buyersons', 'Interest accrues daily.'))).toBeNull();
  });

  it('a role that only ever pays, beside a party named by its own name, pays; not a role that is also paid', () => {
    expect(payerByRole(draft('Borrower', 'Lendersons', 'Interest accrues daily.'))).toBe('Borrower');
    expect(payerByRole(draft('Quillfeather', 'Customer', 'The fee accrues monthly.'))).toBe('Customer');
    // (a Tenant pays a Landlord but is paid by a Subtenant; a Contractor is paid by an Employer)
    expect(payerByRole(draft('Tenant', 'Harrowgate', 'Rent accrues daily.'))).toBeNull();
    expect(payerByRole(draft('Contractor', 'Harrowgate', 'The fee accrues monthly.'))).toBeNull();
  });

  it('a royalty whose payer the sentence does not name weighs on the payer by role, not on the party the sentence names; a royalty-free licence is no royalty', () => {
    const royalty = (text: string) =>
      withFindings(compareVersions(draft('Concessionaire', 'State', 'Text.'), draft('Concessionaire', 'State', text))).findings.filter((f) => f.rule === 'money-flow' && f.version === 'new').map((f) => f.affects);
    expect(royalty('Minerals shall remain the property of the State until the royalty due in respect of them has been paid in full.')).toEqual(['Concessionaire']);
    const licence = parseVersion('LICENCE\n\nThis Licence is made between Alder Ltd (the "Licensor") and Birch Inc (the "Licensee").\n\n1. Improvements made by the Licensee shall belong to the Licensee, which hereby grants the Licensor a royalty-free licence to use them.');
    expect(withFindings(compareVersions(licence, licence)).findings.filter((f) => f.rule === 'money-flow').map((f) => f.affects)).not.toContain('Licensee');
  });

  it('a pledge or mortgage securing a loan, its giver not named, weighs on the borrower by role; between parties of other roles, on no one', () => {
    const pledged = (a: string, b: string) =>
      withFindings(compareVersions(draft(a, b, 'Text.'), draft(a, b, 'The Loan shall be secured by a pledge over the receivables of the Port Authority.'))).findings
        .filter((f) => f.rule === 'resource-title-passes' && f.version === 'new')
        .map((f) => f.affects);
    expect(pledged('Lender', 'Borrower')).toEqual(['Borrower']);
    expect(pledged('Company', 'Investor')).toEqual([null]);
  });

  it('delay damages, whose payer the clause does not name, are owed by the party paid to perform: a higher cap costs it', () => {
    const before = 'Delay damages shall be subject to a maximum of ten per cent of the Contract Price.';
    const after = 'Delay damages shall be subject to a maximum of twenty per cent of the Contract Price.';
    expect(stanceFor('Employer', 'Contractor', before, after, 'Contractor')).toEqual(['against']);
    expect(stanceFor('Employer', 'Contractor', before, after, 'Employer')).toEqual(['favour']);
    // near miss: roles that say nothing of who performs
    expect(stanceFor('Company', 'Investor', before, after, 'Investor').every((s) => s === 'neutral')).toBe(true);
  });

  it('time before a sum falls due, its payer not named, helps the payer by role: shortened, it costs the Borrower', () => {
    const due = (months: string) => `The first instalment of principal shall fall due ${months} months after the date of first disbursement.`;
    expect(stanceFor('Lender', 'Borrower', due('sixty'), due('thirty-six'), 'Borrower')).toEqual(['against']);
    expect(stanceFor('Lender', 'Borrower', due('sixty'), due('thirty-six'), 'Lender')).toEqual(['favour']);
    // near miss: a period that is no time before payment
    const report = (months: string) => `The first progress report shall be published ${months} months after the date of first disbursement.`;
    expect(stanceFor('Lender', 'Borrower', report('sixty'), report('thirty-six'), 'Borrower').every((s) => s === 'neutral')).toBe(true);
  });

  it('reads a payer from two roles of different pairs only when one only ever pays and the other never does; none from a draft of one or three parties', () => {
    // (a Buyer that borrows from a Lender, a Borrower that buys from a Vendor: the paying role pays)
    expect(payerByRole(draft('Buyer', 'Lender', 'Interest accrues daily.'))).toBe('Buyer');
    expect(payerByRole(draft('Vendor', 'Borrower', 'Interest accrues daily.'))).toBe('Borrower');
    expect(payerByRole(draft('Buyer', 'Supplier', 'The price is due monthly.'))).toBe('Buyer');
    // near misses: two roles that pay, two that are paid, one that also is paid (a Tenant is paid by a Subtenant)
    expect(payerByRole(draft('Buyer', 'Borrower', 'Interest accrues daily.'))).toBeNull();
    expect(payerByRole(draft('Lender', 'Vendor', 'Interest accrues daily.'))).toBeNull();
    expect(payerByRole(draft('Tenant', 'Supplier', 'The price is due monthly.'))).toBeNull();
    const three = parseVersion('AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower"), Birch Inc (the "Lender") and Cedar plc (the "Agent").\n\n1. Interest accrues daily.');
    expect(payerByRole(three)).toBeNull();
  });

  it('reads who answers for defects (one party only) and who holds a lease, licence or concession, by role or a name ending in it', () => {
    expect(answerableForDefects(draft('Employer', 'EPC Contractor', 'The works shall be complete.'))).toBe('EPC Contractor');
    expect(answerableForDefects(draft('Seller', 'Contractor', 'The works shall be complete.'))).toBeNull();
    expect(answerableForDefects(draft('Lender', 'Borrower', 'The works shall be complete.'))).toBeNull();
    expect(holdersOfGrants(draft('Lessor', 'Lessee', 'The lease runs ten years.'), ['lease'])).toEqual(['Lessee']);
    expect(holdersOfGrants(draft('Lessor', 'Lessee', 'The lease runs ten years.'), ['licence'])).toEqual([]);
    // (a distributor or franchisee holds the licence its agreement grants)
    expect(holdersOfGrants(draft('Rights Owner', 'Distributor', 'The Licence Period is seven years.'), ['licence'])).toEqual(['Distributor']);
    expect(holdersOfGrants(draft('Franchisor', 'Franchisee', 'The Term is ten years.'), ['licence'])).toEqual(['Franchisee']);
    expect(holdersOfGrants(draft('Licensor', 'Licensee', 'The licence runs ten years.'), ['lease', 'licence'])).toEqual(['Licensee']);
  });

  it('a rate cut with no payer named is the payer’s gain by role', () => {
    expect(stanceFor('Seller', 'Buyer', 'Late payments shall bear interest at 12% per annum.', 'Late payments shall bear interest at 4% per annum.', 'Buyer')).toEqual(['favour']);
    expect(stanceFor('Seller', 'Buyer', 'Late payments shall bear interest at 12% per annum.', 'Late payments shall bear interest at 4% per annum.', 'Seller')).toEqual(['against']);
    // near miss: a figure that prices nothing stays with no side
    // near miss: damages and discounts run the other way, and are not read by role
    expect(stanceFor('Seller', 'Buyer', 'Liquidated damages of 10% of the Price shall apply to late delivery.', 'Liquidated damages of 5% of the Price shall apply to late delivery.', 'Buyer')).not.toContain('favour');
    const unpriced = stanceFor('Seller', 'Buyer', 'Up to 12% of deliveries may arrive late.', 'Up to 4% of deliveries may arrive late.', 'Buyer');
    expect(unpriced.length).toBeGreaterThan(0); // the figure change is reported ...
    expect(unpriced.every((s) => s === 'neutral')).toBe(true); // ... on no one's side
  });

  it('reads the payer of an offtake, a charter and notes by role: the Offtaker, the Charterers, the Issuer', () => {
    expect(payerByRole(draft('Seller', 'Offtaker', 'The price accrues monthly.'))).toBe('Offtaker');
    expect(payerByRole(draft('Owners', 'Charterers', 'Hire accrues daily.'))).toBe('Charterers');
    expect(payerByRole(draft('Issuer', 'Trustee', 'Interest accrues daily.'))).toBe('Issuer');
  });

  it('reads the payer of a venue hire, a works contract, a management agreement, a book and a research sponsorship by role', () => {
    expect(payerByRole(draft('Venue', 'Hirer', 'The Hire Fee is payable in advance.'))).toBe('Hirer');
    expect(payerByRole(draft('Contractor', 'Owner', 'The Contract Price is payable monthly.'))).toBe('Owner');
    expect(payerByRole(draft('Managers', 'Owners', 'The management fee is payable monthly.'))).toBe('Owners');
    expect(payerByRole(draft('Author', 'Publisher', 'The Advance is payable on signature.'))).toBe('Publisher');
    expect(payerByRole(draft('University', 'Sponsor', 'The Research Funding is payable quarterly.'))).toBe('Sponsor');
    // near miss: a company beside its employee pays nothing by role (a company may be paid as often)
    expect(payerByRole(draft('Company', 'Employee', 'The bonus is payable yearly.'))).toBeNull();
    // a higher hire fee, its payer not named, costs the hirer
    expect(stanceFor('Venue', 'Hirer', 'The Hire Fee of £4,800 is payable in full before the Event.', 'The Hire Fee of £5,200 is payable in full before the Event.', 'Hirer')).toEqual(['against']);
  });

  it('reads a public body that buys services as their payer, and a licensee or tenant as paying a public body', () => {
    expect(payerByRole(draft('Service Provider', 'Authority', 'The Monthly Charge is payable in arrears.'))).toBe('Authority');
    expect(payerByRole(draft('Trust', 'Provider', 'The Contract Price is payable monthly.'))).toBe('Trust');
    expect(payerByRole(draft('Port Authority', 'Licensee', 'The Licence Fee is payable yearly.'))).toBe('Licensee');
    // near miss: a public body beside a company named by its own name pays nothing by role (it is
    // paid as often as it pays)
    expect(payerByRole(draft('Authority', 'Company', 'The fee is payable yearly.'))).toBeNull();
  });

  it('reads the payer of freight, storage, schooling, a studio’s day rate, and a grower’s crop by role', () => {
    expect(payerByRole(draft('Carrier', 'Merchant', 'The freight rate is payable within fifteen days.'))).toBe('Merchant');
    expect(payerByRole(draft('Store', 'Grower', 'Storage is charged monthly.'))).toBe('Grower');
    expect(payerByRole(draft('School', 'Student', 'Tuition is payable each term.'))).toBe('Student');
    expect(payerByRole(draft('Studio', 'Hirer', 'The day rate is payable on the day.'))).toBe('Hirer');
    expect(payerByRole(draft('Grower', 'Winery', 'The price per tonne is payable on delivery.'))).toBe('Winery');
    // a higher storage charge, its payer not named, costs the grower
    expect(stanceFor('Store', 'Grower', 'Storage shall be charged at £1.60 per tonne per month.', 'Storage shall be charged at £1.95 per tonne per month.', 'Grower')).toEqual(['against']);
    // near miss: a player beside a club that is no pair of the catalogue's order ("Club" paid by
    // its "Member") is read as the pair that is: the club pays its player
    expect(payerByRole(draft('Club', 'Player', 'The signing fee is payable on registration.'))).toBe('Club');
    expect(payerByRole(draft('Club', 'Member', 'The subscription is payable yearly.'))).toBe('Member');
  });

  it('a price cap turned floor, the price named far before its bound, weighs on the payer by role', () => {
    const cap = 'The price for each tonne of graphite concentrate shall in no event exceed USD 900.';
    const floor = 'The price for each tonne of graphite concentrate shall in no event be less than USD 900.';
    expect(stanceFor('Seller', 'Offtaker', cap, floor, 'Offtaker')).toEqual(['against']);
    expect(stanceFor('Seller', 'Offtaker', cap, floor, 'Seller')).toEqual(['favour']);
    // near miss: a figure far after a price, past a comma, prices nothing
    const unpriced = stanceFor('Seller', 'Offtaker', 'The price shall be agreed each year, and no more than 900 tonnes shall be delivered in any month.', 'The price shall be agreed each year, and no less than 900 tonnes shall be delivered in any month.', 'Offtaker');
    expect(unpriced.every((s) => s === 'neutral')).toBe(true);
  });
});
