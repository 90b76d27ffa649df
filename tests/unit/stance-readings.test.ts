import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft as version, holders, weights } from '../support/stance-readings.js';

/**
 * Readings that say which way a change cuts: who holds a term ("either you or we", "each
 * Contracting Party", a role in the plural), whose a figure is (a cap on "our liability", "our
 * commission", a payment made to a party, retention, a cap on delay damages), and what a change
 * did (a right used "without notice", a condition after ", but", a law named before "governs").
 * Openings and clauses written here.
 */

const MARKET = 'SELLER TERMS\n\nThese terms apply between Gannet Market plc ("Gannet", "we" or "us") and any business that sells on the Gannet marketplace ("Seller" or "you").';
const TREATY = 'AGREEMENT\n\nThis Agreement is made between the Government of the Republic of Ostrel ("Ostrel") and the Government of the Kingdom of Varn ("Varn").';
const STORE = 'DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Heron Apps GmbH ("Heron", "we" or "us") and the developer who registers an account ("Developer" or "you").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Tern Polymers Ltd (the "Supplier") and Kite Packaging Ltd (the "Buyer").';
const LICENCE = 'LICENCE AGREEMENT\n\nThis Licence is granted by Auk Biologics AG ("Licensor") to Petrel Pharma Ltd ("Licensee") on the terms below.';
const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Skua Bank plc ("Lender") and Gull Freight Ltd ("Borrower").';
const BUILD = 'BUILDING CONTRACT\n\nThis Contract is made between Quayside Homes Ltd ("Employer") and Marlow Construction Ltd ("Contractor").';

describe('who holds a term', () => {
  it('"either you or we", "each Contracting Party" and "either High Contracting Party" are both parties', () => {
    expect(holders(MARKET, 'Either you or we may close your account on thirty days\u2019 notice.')).toEqual([['Parties', 'right']]);
    expect(holders(MARKET, 'Either we or you may close your account on thirty days\u2019 notice.')).toEqual([['Parties', 'right']]);
    expect(holders(TREATY, 'Each Contracting Party shall accord fair and equitable treatment to investments.')).toEqual([['Parties', 'obligation']]);
    expect(holders(TREATY, 'Either High Contracting Party may terminate this Agreement.')).toEqual([['Parties', 'right']]);
    // (near miss: one party named alone still holds it alone)
    expect(holders(TREATY, 'Ostrel may terminate this Agreement.')).toEqual([['Ostrel', 'right']]);
  });

  it('a role in the plural is the party that holds it; a trade term in capitals after a name is no part of it', () => {
    expect(holders(STORE, 'Developers must not direct users to any purchase method outside the Store.')).toEqual([['Developer', 'prohibition']]);
    expect(holders(SUPPLY, 'The Goods shall be delivered by the Supplier DAP the Buyer\u2019s premises.')).toEqual([['Supplier', 'obligation']]);
    // (near miss: a plural that names no role of the draft stays a name of its own)
    expect(holders(STORE, 'Users must not copy the Store.')).toEqual([['Users', 'prohibition']]);
  });

  it('a party described by the capacity it acts in is named by what comes before the comma', () => {
    const head = 'FACILITY AGREEMENT\n\nThis Agreement is made between Tern Foods Limited, as borrower (the "Borrower"), and Kite Street Bank plc, as original lender and agent (the "Bank").';
    expect(partiesOf(version(head, 'The Parties shall meet.'))).toEqual(['Borrower', 'Bank']);
  });

  it('"guarantees," with a comma after it binds the guarantor', () => {
    expect(holders(TREATY, 'Ostrel unconditionally and irrevocably guarantees, as primary obligor, the payment of all sums due.')).toEqual([['Ostrel', 'obligation']]);
  });

  it('what a party "will keep" (a protection, a benefit) is its right', () => {
    expect(holders(MARKET, 'You will keep the protection of the mandatory laws of the country where you live.')).toEqual([['Seller', 'right']]);
  });

  it('a ministry of two fields is one name', () => {
    const head = 'CONCESSION AGREEMENT\n\nThis Agreement is made between the Ministry of Transport and Infrastructure of the Republic of Ostrel ("Grantor") and Tern Rail S.A. ("Concessionaire").';
    expect(partiesOf(version(head, 'The Parties shall meet.'))).toEqual(['Grantor', 'Concessionaire']);
  });

  it('a licence granted by one party to another names both', () => {
    expect(partiesOf(version(LICENCE, 'The royalty is three per cent.'))).toEqual(['Licensor', 'Licensee']);
  });

  it('"and shall not be required to" relieves the subject; it binds it to nothing', () => {
    expect(holders(SUPPLY, 'The Buyer shall inspect the Goods and shall not be required to test them.')).toEqual([['Buyer', 'obligation']]);
  });

  it('"can" is "may" in terms written to their reader; not in a clause of purpose or condition', () => {
    expect(holders(MARKET, 'We can close your account at any time by giving you two months\u2019 notice.')).toEqual([['Gannet', 'right']]);
    expect(holders(MARKET, 'You cannot resell items bought on the marketplace.')).toEqual([['Seller', 'prohibition']]);
    expect(holders(MARKET, 'You must tell us if a key is exposed so that we can revoke it.')).toEqual([['Seller', 'obligation']]);
    expect(holders(MARKET, 'If we can\u2019t resolve your complaint, you may contact the ombudsman.')).toEqual([['Seller', 'right']]);
    expect(holders(MARKET, 'We can be required by law to disclose your details.')).toEqual([]);
  });

  it('a name after "between you and" is no subject; a conjunction before "you grant" is no thing granted', () => {
    expect(holders(MARKET, 'Any dispute between you and Gannet shall be resolved by arbitration in Dublin.')).toEqual([]);
    expect(holders(MARKET, 'You keep ownership of your listings, but you grant Gannet a licence to display them.')).toEqual([['Seller', 'obligation']]);
  });

  it('an option is a right; what a party must be (of age, eligible) is no duty', () => {
    expect(holders(SUPPLY, 'The Buyer shall have the option to renew this Agreement for a further term.')).toEqual([['Buyer', 'right']]);
    expect(holders(MARKET, 'Sellers must be aged eighteen or over.')).toEqual([]);
    expect(holders(MARKET, 'You must be 18 or over to sell.')).toEqual([]);
    expect(holders(MARKET, 'You must be at least 18 years old to sell.')).toEqual([]);
    // (near miss: what it must do stays a duty)
    expect(holders(MARKET, 'You must be registered for VAT before you sell.')).toEqual([['Seller', 'obligation']]);
  });

  it('an opening run into its title keeps each party\u2019s short form', () => {
    const head = 'Agreement on Defence Cooperation\nThe Government of the Republic of Ostrel (the "Host State") and the Government of the Kingdom of Varn (the "Sending State") have agreed as follows.';
    expect(partiesOf(version(head, 'The Parties shall meet.'))).toEqual(['Host State', 'Sending State']);
  });

  it('leave to buy at market value is no gain of a say', () => {
    expect(changeStance(TREATY, 'The port shall pass to Ostrel free of charge.', 'The port shall remain with Varn, and Ostrel may purchase it at its then market value.', 'Ostrel').filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });
});

describe('whose a figure is', () => {
  it('a cap on "our liability" counted over a period: a shorter period is a smaller cap, the liable party\u2019s gain', () => {
    expect(weights(MARKET, 'Our liability to you is limited to the fees you paid us in the twelve months before the claim.')).toEqual([['twelve months', { party: 'Gannet', rise: 'burden', added: 'benefit' }]]);
  });

  it('"our commission" and "the Contractor\u2019s fee" are paid to their owner', () => {
    expect(weights(MARKET, 'Our commission is eight per cent of the item price, together with a fixed fee of \u00a30.50 per order.').map(([, w]) => w)).toEqual([
      { party: 'Gannet', rise: 'benefit', added: 'benefit' },
      { party: 'Gannet', rise: 'benefit', added: 'benefit' },
    ]);
    expect(weights(BUILD, 'The Contractor\u2019s fee shall be \u00a31,200 per day.')).toEqual([['\u00a31,200', { party: 'Contractor', rise: 'benefit', added: 'benefit' }]]);
    // (near miss: "your fee" says nothing of who is paid)
    expect(weights(MARKET, 'Your fee is \u00a35 per listing.')[0]![1]).not.toEqual({ party: 'Seller', rise: 'benefit', added: 'benefit' });
  });

  it('the time a party waits to be paid: longer costs it', () => {
    expect(weights(STORE, 'Payments are made to you sixty days after the end of each month.')).toEqual([['sixty days', { party: 'Developer', rise: 'burden', added: 'benefit' }]]);
  });

  it('a right that lasts "for no longer than" a period: shorter costs its holder', () => {
    expect(weights(MARKET, 'We may withhold a payout for no longer than thirty days.')).toEqual([['thirty days', { party: 'Gannet', rise: 'benefit', added: 'burden' }]]);
  });

  it('a time counted back from a date costs the party bound; a window to give notice in helps it', () => {
    expect(weights(MARKET, 'You must cancel at least seven (7) days before your renewal date.')).toEqual([['seven (7) days', { party: 'Seller', rise: 'burden', added: 'burden' }]]);
    expect(weights(MARKET, 'No exit fee is payable if you give us notice within the final forty-nine (49) days of the term.').at(-1)).toEqual(['forty-nine (49) days', { party: 'Seller', rise: 'benefit', added: 'burden' }]);
    // (near miss: time to perform after an event still helps the party bound)
    expect(weights(SUPPLY, 'The Buyer shall pay each invoice within thirty days after receipt.')).toEqual([['thirty days', { party: 'Buyer', rise: 'benefit', added: 'burden' }]]);
  });

  it('what a party deducts is paid to it; a role that only pays, beside a party named by its own name, pays', () => {
    expect(weights(MARKET, 'We will deduct a service fee of twenty per cent from every sale.')[0]).toEqual(['twenty per cent', { party: 'Gannet', rise: 'benefit', added: 'benefit' }]);
    const head = 'SERVICES AGREEMENT\n\nThis Agreement is made between Quill Systems Limited ("Quill") and Branbury Mutual ("Customer").';
    expect(weights(head, 'Invoices shall be payable within sixty (60) days of receipt.')).toEqual([['sixty (60) days', { party: 'Customer', rise: 'benefit', added: 'burden' }]]);
    expect(weights(head, 'The monthly charge is EUR 38,000.')).toEqual([['EUR 38,000', { party: 'Customer', rise: 'burden', added: 'burden' }]]);
  });

  it('a payment no one is named for, made within a period: longer helps the party whose role pays', () => {
    expect(weights(SUPPLY, 'Payment shall be made within thirty (30) days of the date of invoice.')).toEqual([['thirty (30) days', { party: 'Buyer', rise: 'benefit', added: 'burden' }]]);
  });

  it('a discount off the price is the payer\u2019s gain; notice the party bound gives costs it, though the sentence goes on to a right of the other', () => {
    const offtake = 'OFFTAKE AGREEMENT\n\nThis Agreement is made between Tern Lithium Pty Ltd (the "Seller") and Kite Materials GmbH (the "Offtaker").';
    expect(weights(offtake, 'The Price shall be the Reference Price, less a discount of USD 35 per tonne.')).toEqual([['USD 35', { party: 'Offtaker', rise: 'benefit', added: 'benefit' }]]);
    expect(weights(MARKET, 'We will give you at least two months\u2019 notice before any change, and you may close your account before the change.')).toEqual([['two months', { party: 'Gannet', rise: 'burden', added: 'burden' }]]);
  });

  it('what a party "shall be entitled to" is paid to it; a right in a condition does not time the duty that answers it', () => {
    expect(weights(TREATY, 'Before any distribution to Varn, Ostrel shall be entitled to a preferred return of four per cent per annum.')).toEqual([['four per cent', { party: 'Ostrel', rise: 'benefit', added: 'benefit' }]]);
    expect(weights(MARKET, 'If you are entitled to a refund, we will pay it within fourteen (14) days of your request.')).toEqual([['fourteen (14) days', { party: 'Gannet', rise: 'benefit', added: 'burden' }]]);
  });

  it('a cap on a party\u2019s contribution limits what it pays', () => {
    expect(weights(TREATY, 'The costs shall be borne equally, provided that Ostrel\u2019s contribution shall not exceed EUR 150,000,000.')).toEqual([['EUR 150,000,000', { party: 'Ostrel', rise: 'burden', added: 'benefit' }]]);
  });

  it('retention is kept by the party that pays, and a cap on delay damages after a comma caps the party that owes them', () => {
    expect(weights(BUILD, 'Retention is five per cent of each interim payment.')).toEqual([['five per cent', { party: 'Employer', rise: 'benefit', added: 'benefit' }]]);
    expect(weights(BUILD, 'Liquidated damages for delay are \u00a315,000 per week, capped at 10% of the Contract Sum.').at(-1)).toEqual(['10%', { party: 'Contractor', rise: 'burden', added: 'benefit' }]);
  });
});

describe('what a change did', () => {
  it('a shared right kept by one party on no notice at all, by the other on notice, is the first one\u2019s gain', () => {
    const found = changeStance(MARKET, 'Either you or we may close your account on thirty days\u2019 notice.', 'We may close your account at any time without notice; you may close it on thirty days\u2019 notice.', 'Seller');
    expect(found).toContainEqual(['notice-shifted', 'against']);
    expect(found.filter(([, stance]) => stance === 'favour')).toEqual([]);
  });

  it('a condition after ", but only after" narrows the power before it', () => {
    const found = changeStance(MARKET, 'We may suspend your account if you breach these terms.', 'We may suspend your account if you breach these terms, but only after a written warning.', 'Seller');
    expect(found).toEqual([['term-qualified', 'favour']]);
  });

  it('figures of different kinds first on each side: the first of a kind both sides have are weighed', () => {
    const found = changeStance(MARKET, 'Withdrawals are free up to \u00a3200 a month; after that we charge one per cent of each withdrawal.', 'We charge two and a half per cent of each withdrawal.', 'Seller');
    expect(found).toContainEqual(['figure-changed', 'against']);
  });

  it('a right narrowed "only for" a cause, though a floor follows after a comma', () => {
    const found = changeStance(MARKET, 'We may close your account with immediate effect.', 'We may close your account only for a material breach, after giving you at least fourteen days\u2019 notice.', 'Seller');
    expect(found).toContainEqual(['term-qualified', 'favour']);
  });

  it('a notice of "clear banking hours" taken away is the holder\u2019s gain', () => {
    const found = changeStance(LOAN, 'The Lender shall be entitled, after giving the Borrower seventy-two (72) clear banking hours\u2019 notice, to cancel the Facility.', 'The Lender shall be entitled, without prior notice, to cancel the Facility.', 'Borrower');
    expect(found.map(([, stance]) => stance)).toContain('against');
    expect(found.map(([, stance]) => stance)).not.toContain('favour');
  });

  it('a split written as a ratio between two parties named in order', () => {
    const head = 'PRODUCTION SHARING AGREEMENT\n\nThis Agreement is made between the Republic of Ostrel (the "State") and Tern Petroleum Limited (the "Contractor").';
    const found = changeStance(head, 'Profit Oil shall be shared between the State and the Contractor in the proportions of 40:60.', 'Profit Oil shall be shared between the State and the Contractor in the proportions of 50:50.', 'State');
    expect(found).toContainEqual(['figure-changed', 'favour']);
    expect(found.filter(([, stance]) => stance === 'against')).toEqual([]);
  });

  it('courts at the home a party\u2019s description gives it are its gain', () => {
    const head = 'MOBILE TERMS\n\nThis contract is between Gannet Mobile Limited, registered in England under number 0987 ("Gannet", "we" or "us") and the account holder ("Customer" or "you").';
    const found = changeStance(head, 'The courts of the part of the United Kingdom in which you live have jurisdiction.', 'The courts of England have exclusive jurisdiction, wherever you live.', 'Customer');
    expect(found).toContainEqual(['forum-moved', 'against']);
  });

  it('a right allowed "only on or after" a date is narrowed; a notice is weighed against a notice, not against that date', () => {
    const head = 'LEASE\n\nThis Lease is made between Harrow Estates Ltd (the "Landlord") and Pennant Bakeries Ltd (the "Tenant").';
    const found = changeStance(head, 'The Landlord may break this Lease on three months\u2019 notice.', 'The Landlord may break this Lease only on or after the fifth anniversary and on not less than twelve months\u2019 notice.', 'Tenant');
    expect(found).toContainEqual(['term-qualified', 'favour']);
    expect(found).toContainEqual(['figure-changed', 'favour']);
    expect(found.filter(([, stance]) => stance === 'against')).toEqual([]);
  });

  it('a law that "applies to these terms" is read, and courts "where you live" are those "in which you live"', () => {
    const old = 'These terms are governed by the law of England and Wales, and you may bring proceedings against us in the courts of the part of the United Kingdom in which you live.';
    const reworded = 'The law of England and Wales applies to these terms, and you can take legal action against us in the courts of the part of the United Kingdom where you live.';
    expect(changeStance(MARKET, old, reworded, 'Seller').filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });

  it('a company at home where its description puts it ("a Delaware corporation"), not everywhere in its country', () => {
    const head = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Tern Software Inc., a Delaware corporation ("Provider"), and Kite Logistics LLC, a Texas limited liability company ("Customer").';
    const found = changeStance(head, 'This Agreement is governed by the laws of the State of Delaware.', 'This Agreement is governed by the laws of the State of Texas.', 'Provider');
    expect(found).toContainEqual(['forum-moved', 'against']);
  });

  it('"shall procure, so far as it is able" made a guarantee is a duty made firm', () => {
    const found = changeStance(TREATY, 'Ostrel shall procure, so far as it is able, that the Fund pays all amounts owing to Varn.', 'Ostrel irrevocably and unconditionally guarantees, as primary obligor, the payment by the Fund of all amounts owing to Varn.', 'Varn');
    expect(found).toEqual([['duty-hedged', 'favour']]);
  });

  it('"shall in no circumstances be liable" spares its subject', () => {
    const found = changeStance(SUPPLY, 'The Supplier shall deliver the Goods.', 'The Supplier shall deliver the Goods and the Supplier shall in no circumstances be liable for loss of profit.', 'Buyer');
    expect(found).toContainEqual(['relief-shifted', 'against']);
    expect(found.filter(([, stance]) => stance === 'favour')).toEqual([]);
  });

  it('a fee put in with a date that says when it applies is weighed by the fee', () => {
    const found = changeStance(LOAN, 'Any prepayment shall be made without premium.', 'Any prepayment made before the second anniversary shall carry a prepayment fee of two per cent of the amount prepaid.', 'Borrower');
    expect(found).toContainEqual(['figure-changed', 'against']);
  });

  it('a law named before "governs" is the same law as "the laws of England and Wales"; a floor after "save that" adds to a term', () => {
    expect(changeStance(MARKET, 'These terms are governed by the laws of England and Wales.', 'English law governs these terms.', 'Seller')).toEqual([]);
    expect(changeStance(MARKET, 'These terms are governed by the laws of England and Wales.', 'Swiss law governs these terms.', 'Seller').length).toBeGreaterThan(0);
    const floor = changeStance(BUILD, 'The Contract Sum shall be reviewed every year.', 'The Contract Sum shall be reviewed every year, save that it shall never be less than the sum before the review.', 'Employer');
    expect(floor.filter(([rule, stance]) => rule === 'concern-changed' && stance === 'favour')).toEqual([]);
  });
});
