import { describe, expect, it } from 'vitest';
import { effectOfChange, figureWeight } from '../../src/concerns/direction.js';
import { figuresOf } from '../../src/concerns/figures.js';
import { parseVersion } from '../../src/parse/parse.js';
import { weigh, weighAt } from '../support/weigh-figure.js';

/**
 * Whom a figure weighs on, and which way: more of it (`rise`) and the figure put in where there
 * was none (`added`), read from the clause around it, one case of each kind. Clauses written here.
 */

const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower") and Birch Bank plc (the "Lender").';
const WORKS = 'WORKS CONTRACT\n\nThis Contract is made between the City of Tarn (the "Employer") and Brook Civil Ltd (the "Contractor").';
const LEASE = 'LEASE\n\nThis Lease is made between Alder Ltd (the "Landlord") and Birch Ltd (the "Tenant").';
const UA = 'УГОДА\n\nThe Government of Україна and the Government of Республіка Сарнія (the "Parties") have agreed as follows.';
const LICENCE = 'LICENCE\n\nThis Agreement is made between Alder Ltd (the "Owner") and Birch Ltd (the "Operator").';

describe('the weight of a period', () => {
  it('how long a duty lasts: longer costs the party bound; a limit put in spares it, unless the duty comes with it', () => {
    const survives = 'The obligations of the Seller under this Clause shall survive for two years.';
    expect(weigh(SALE, survives)).toEqual(['Seller', 'burden', 'benefit']);
    expect(weigh(SALE, survives, true)).toEqual(['Seller', 'burden', 'burden']);
  });

  it('how long a right lasts: longer helps its holder; a limit put in costs it, unless the right comes with it', () => {
    const use = 'The Buyer may use the trademark for a period of ten years.';
    expect(weigh(SALE, use)).toEqual(['Buyer', 'benefit', 'burden']);
    expect(weigh(SALE, use, true)).toEqual(['Buyer', 'benefit', 'benefit']);
  });

  it('how long a party answers for defects, and a grace period before a default', () => {
    expect(weigh(WORKS, 'The Contractor shall remedy defects notified within the Defects Notification Period of twelve months.')).toEqual(['Contractor', 'burden', 'burden']);
    expect(weigh(LOAN, 'An Event of Default occurs if the Borrower fails to pay any sum within three Business Days after its due date.')).toEqual(['Borrower', 'benefit', 'benefit']);
  });

  it('a party that "does not pay" within a time fails as one that "fails to pay"; a party that does not object is given no grace', () => {
    expect(weigh(LOAN, 'It is an Event of Default if the Borrower does not pay within five Business Days after the due date any amount payable.')).toEqual(['Borrower', 'benefit', 'benefit']);
    expect(weigh(LOAN, 'If the Borrower does not object within five Business Days, the Lender may assign the Loan.')).not.toEqual(['Borrower', 'benefit', 'benefit']);
  });

  it('a failure that continues for a time is a grace period, though a right follows in the sentence', () => {
    expect(weigh(LOAN, 'If the failure by the Borrower to pay continues for five days, the Lender may accelerate.')).toEqual(['Borrower', 'benefit', 'benefit']);
    expect(weigh(LOAN, 'An Event of Default occurs if the Borrower fails to pay and such failure continues for five days.')).toEqual(['Borrower', 'benefit', 'benefit']);
  });

  it('a window to use a right in Ukrainian ("протягом") as in English', () => {
    expect(weigh(UA, 'Україна може вийти з цієї Угоди протягом 30 днів.')).toEqual(['Україна', 'benefit', 'burden']);
  });

  it('no one’s where a right is both parties’, or two parties hold rights in the sentence', () => {
    expect(weigh(SALE, 'Either the Buyer or the Seller may terminate within thirty days.')).toBeNull();
    expect(weigh(SALE, 'The Buyer may reject the goods and the Seller may resell them within thirty days.')).toBeNull();
  });

  it('where two parties bear duties in the sentence, the duty the time closely follows', () => {
    expect(weigh(SALE, 'The Seller shall deliver and the Buyer shall pay within thirty days.')).toEqual(['Buyer', 'benefit', 'burden']);
  });

  it('a licence’s term helps the party it is granted to, named or known by its role', () => {
    expect(weigh(LICENCE, 'The Owner grants a licence of the software to the Operator for a period of five years.')).toEqual(['Operator', 'benefit', 'benefit']);
    expect(weigh(LEASE, 'The lease of the premises runs for ten years.')).toEqual(['Tenant', 'benefit', 'benefit']);
    // near miss: a licence whose holder neither is named nor has a role that holds one
    expect(weigh(LICENCE, 'The licence of the software runs for five years.')).toBeNull();
  });

  it('the period a cap’s sum is counted over: longer makes the cap larger, a cost to the party it caps', () => {
    expect(weigh(SALE, "The Seller's liability to the Buyer shall not exceed the charges paid in the preceding twelve months.")).toEqual(['Seller', 'burden', 'benefit']);
    // near misses: a look back with no cap (how far back a duty reaches: more to report, no
    // cap's weight), a cap with no look back
    expect(weigh(SALE, 'The Seller shall report the charges paid in the preceding twelve months.')).toEqual(['Seller', 'burden', 'burden']);
    expect(weigh(SALE, "The Seller's liability shall not exceed the charges paid, and any claim must be brought within twelve months.")).not.toEqual(['Seller', 'burden', 'benefit']);
  });

  it('a cap on the liability of a party named costs that party as it rises, whoever bears the excess', () => {
    const STATES = 'AGREEMENT\n\nThe Government of the Republic of Varesk and the Government of the Kingdom of Lindmar (the "Parties") have agreed as follows.';
    const text = 'The liability of the Republic of Varesk for nuclear damage shall not exceed 50 million Special Drawing Rights per incident, any excess being borne by the Kingdom of Lindmar.';
    expect(weigh(STATES, text)).toEqual(['Republic of Varesk', 'burden', 'benefit']);
    // near miss: a sum the named party is owed, with no cap, is its gain
    expect(weigh(STATES, 'The Kingdom of Lindmar shall pay to the Republic of Varesk 50 million Special Drawing Rights.')).toEqual(['Republic of Varesk', 'benefit', 'benefit']);
    // what a party named recovers, capped: more is its gain; near miss: what it pays, capped, is not
    const PSC = 'PRODUCTION SHARING CONTRACT\n\nThis Contract is made between the Republic of Sarnia (the "State") and Tern Oil Ltd (the "Contractor").';
    expect(weigh(PSC, 'Cost Oil recoverable by the Contractor shall not exceed sixty per cent of Available Crude Oil.')).toEqual(['Contractor', 'benefit', 'burden']);
    expect(weigh(PSC, 'Bonuses payable by the Contractor shall not exceed sixty per cent of Available Crude Oil.')).not.toEqual(['Contractor', 'benefit', 'burden']);
    // the party's own liability, said with its name first
    expect(weigh(SALE, "The Seller's aggregate liability to the Buyer shall not exceed twelve months' Capacity Charges.")).toEqual(['Seller', 'burden', 'benefit']);
  });

  it('a notice both parties may give is no one’s, though the sentence speaks of a lease', () => {
    expect(weigh(LEASE, "Either the Landlord or the Tenant may terminate this Lease by giving the other not less than six months' written notice.")).toBeNull();
    expect(weigh(LEASE, 'Either the Landlord or the Tenant may terminate this Lease by a notice of not less than six months.')).toBeNull();
    // near miss: the lease's own term is the tenant's
    expect(weigh(LEASE, 'The Landlord lets the premises to the Tenant and this Lease shall run for six years.')).toEqual(['Tenant', 'benefit', 'benefit']);
  });

  it('a window to use a right, notice before using it, time to perform a duty, and the term of a lease', () => {
    expect(weigh(SALE, 'The Buyer may reject the goods within thirty days of delivery.')).toEqual(['Buyer', 'benefit', 'burden']);
    expect(weigh(SALE, 'The Buyer may terminate this Agreement on ninety days notice.')).toEqual(['Buyer', 'burden', 'burden']);
    expect(weigh(SALE, 'The Seller shall deliver the goods within sixty days.')).toEqual(['Seller', 'benefit', 'burden']);
    expect(weigh(LEASE, 'The term of the lease is ten years.')).toEqual(['Tenant', 'benefit', 'benefit']);
  });
});

describe('the weight of a share, a sum or a count', () => {
  it('paid to a party helps it; the price of what it is given, or of a right it holds, costs it', () => {
    expect(weigh(SALE, 'The Seller shall pay to the Buyer 5 percent of the revenue.')).toEqual(['Buyer', 'benefit', 'benefit']);
    expect(weigh(SALE, 'The Seller shall grant to the Buyer the use of the depot against an annual rent of 5 percent of turnover.')).toEqual(['Buyer', 'burden', 'burden']);
    expect(weigh(LOAN, 'The Borrower may prepay the Loan, subject to a prepayment fee of two per cent.')).toEqual(['Borrower', 'burden', 'burden']);
  });

  it('the interest of a loan is owed by the party it was lent to, not paid to it; interest paid to a party helps that party', () => {
    const STATES = 'AGREEMENT\n\nThe Government of the Grand Duchy of Lindmar and the Government of the Republic of Varesk (the "Parties") have agreed as follows.';
    expect(weigh(STATES, 'The loan extended by the Grand Duchy of Lindmar to the Republic of Varesk shall bear interest at 1.2 per cent per annum.')).toEqual(['Republic of Varesk', 'burden', 'burden']);
    expect(weigh(LOAN, 'The Lender shall lend to the Borrower, and the Borrower shall pay interest at 4 percent.')?.slice(0, 2)).toEqual(['Borrower', 'burden']);
    expect(weigh(LOAN, 'The Borrower shall pay to the Lender interest at 4 percent.')).toEqual(['Lender', 'benefit', 'benefit']);
    // a sum lent, not its price, is what the borrower is given
    expect(weigh(LOAN, 'The Lender shall lend to the Borrower USD 5,000,000.')).toEqual(['Borrower', 'benefit', 'benefit']);
    // a loan only named before "to", and "in advance": the party after "to" is paid, not lent to
    expect(weigh(LOAN, 'The Borrower shall pay interest on the Loan to the Lender at 5 percent.')).toEqual(['Lender', 'benefit', 'benefit']);
    expect(weigh(LOAN, 'The Borrower shall repay the Loan to the Lender with interest at 5 percent.')).toEqual(['Lender', 'benefit', 'benefit']);
    expect(weigh(LEASE, 'The Tenant shall pay in advance to the Landlord a rent of GBP 50,000.')).toEqual(['Landlord', 'benefit', 'benefit']);
  });

  it('a sum the sentence says one party bears is that party’s, whoever else it names as liable', () => {
    const COVER = 'POLICY\n\nThis Policy is made between Alder Insurance plc (the "Insurer") and Birch Ltd (the "Insured").';
    expect(weigh(COVER, 'The deductible shall be USD 250,000 each and every loss borne by the Insured before the Insurer becomes liable.')).toEqual(['Insured', 'burden', 'burden']);
    expect(weigh(LEASE, 'Repairs up to USD 5,000 a year shall be carried out at the cost of the Tenant, and the Landlord shall carry out the rest.')?.[0]).toBe('Tenant');
    // borne by both: no one party bears the sum, and the reading falls back to the one duty of the
    // sentence, the Tenant's
    expect(weigh(LEASE, 'The Tenant shall procure the survey, and its fee of USD 5,000 shall be borne by the Landlord and the Tenant in equal parts.')).toEqual(['Tenant', 'burden', 'burden']);
    expect(weigh(LEASE, 'The Tenant shall procure the survey, and its fee of USD 5,000 shall be borne by the Landlord.')).toEqual(['Landlord', 'burden', 'burden']);
    // the one who bears a sum in another part of the sentence, or costs "paid by" a party and
    // reimbursed to it, say nothing of who pays this one
    expect(weigh(SALE, 'The Buyer shall pay the Price of USD 100,000, and any stamp duty shall be borne by the Seller.')).toEqual(['Buyer', 'burden', 'burden']);
    expect(weigh(SALE, 'The Seller shall reimburse the Buyer for costs paid by the Buyer up to USD 10,000.')?.[0]).toBe('Seller');
  });

  it('a price no party is named for is paid by the party whose role pays it', () => {
    expect(weigh(LOAN, 'Interest accrues at 12 percent.')).toEqual(['Borrower', 'burden', 'burden']);
  });

  it('a cap: on a sum, more costs the payer and a cap put in helps it; on things kept, more eases the party and a cap put in binds it', () => {
    expect(weigh(SALE, 'The liability of the Seller shall not exceed 20 percent of the price.')).toEqual(['Seller', 'burden', 'benefit']);
    expect(weigh(SALE, 'The Seller shall keep not more than 300 trucks at the port.')).toEqual(['Seller', 'benefit', 'burden']);
  });

  it('a figure a condition measures is no sum anyone pays; a cap in the sentence after a condition still is', () => {
    const LICENSING = 'LICENCE\n\nThis Agreement is made between Alder Ltd (the "Licensor") and Birch Ltd (the "Licensee").';
    expect(weigh(LICENSING, 'The licence granted to the Licensee is exclusive, provided that the Licensor may make it non-exclusive if Net Sales in any year fall below EUR 2,000,000.')).toBeNull();
    expect(weigh(SALE, 'The Buyer shall pay to the Seller a bonus where the quantity delivered exceeds 500 tonnes.')).toBeNull();
    expect(weigh(WORKS, 'If the Contractor fails to complete on time, delay damages payable to the Employer shall not exceed 10 percent of the Contract Price.')).toEqual(['Contractor', 'burden', 'benefit']);
  });

  it('a share of votes that decides is no one’s', () => {
    expect(weigh(SALE, 'Holders of at least 75 percent of the shares may approve the sale.')).toBeNull();
  });
});

describe('the effect of a figure changed', () => {
  const weight = { party: 'Seller', rise: 'burden', added: 'benefit' } as const;
  it('up or down by its rise, put in or taken out by its added, and nothing when it stayed or was never there', () => {
    expect(effectOfChange(weight, 10, 20)).toBe('burden');
    expect(effectOfChange(weight, 20, 10)).toBe('benefit');
    expect(effectOfChange(weight, 10, 10)).toBeNull();
    expect(effectOfChange(weight, null, 10)).toBe('benefit');
    expect(effectOfChange(weight, 10, null)).toBe('burden');
    expect(effectOfChange(weight, null, null)).toBeNull();
  });
});

describe('a sum a party charges', () => {
  const TERMS = 'ACCOUNT TERMS\n\nThese terms are between you, the account holder (the "Customer"), and Birch Bank plc ("we", "us").';

  it('is the charging party\'s to receive: more helps it, and a cap put in on it limits it', () => {
    expect(weigh(SALE, 'The Seller may charge a storage fee of USD 50 for each day of delay.')).toEqual(['Seller', 'benefit', 'benefit']);
    const version = parseVersion(`${TERMS}\n\n1. If you go over your limit, we will charge a fee of £5 for each day, up to a maximum of £20 in any month.`);
    const clause = version.clauses.at(-1)!;
    const cap = figuresOf(clause.text).find((f) => f.text === '£20')!;
    const weight = figureWeight(clause, version, cap, {});
    expect(weight && [weight.party, weight.rise, weight.added]).toEqual(['We', 'benefit', 'burden']);
  });

  it('near miss: a fee the party is charged is its to pay', () => {
    expect(weigh(SALE, 'The Buyer shall be charged a storage fee of USD 50 for each day of delay.')).not.toEqual(['Buyer', 'benefit', 'benefit']);
  });
});

describe('terms written to their reader', () => {
  const TERMS = 'SERVICE TERMS\n\nLumen Apps Inc. ("Lumen") and the customer organisation ("Customer", "you") are the parties to these terms.';

  it('the period a liability cap counts back over, named before "before": longer costs the party whose liability it is', () => {
    expect(weigh(TERMS, "Lumen's total liability will not exceed the fees paid by you in the twelve (12) months before the claim arose.")).toEqual(['Lumen', 'burden', 'benefit']);
    // near miss: a period after the event is no look back
    expect(weigh(TERMS, "Lumen's total liability will not exceed the fees paid by you in the twelve (12) months after the claim arose.")).not.toEqual(['Lumen', 'burden', 'benefit']);
  });

  it('a duty owned by a possessive pronoun ("your obligations") lasts as a duty of that party', () => {
    expect(weigh(TERMS, 'Your obligations of confidentiality continue for five years after these terms end.')).toEqual(['Customer', 'burden', 'benefit']);
    expect(weigh(TERMS, 'Our obligations of confidentiality continue for five years after these terms end.')).toEqual(['Lumen', 'burden', 'benefit']);
  });

  it('notice a party must give to stop a renewal: longer costs that party; notice either may give is no one\'s', () => {
    expect(weigh(TERMS, 'Your plan renews automatically unless you tell us at least 90 days before the renewal date.')).toEqual(['Customer', 'burden', 'burden']);
    expect(weigh(TERMS, 'These terms renew automatically unless either party gives notice at least 90 days before the renewal date.')).toBeNull();
  });
});

describe('the term the reader is committed for', () => {
  const TERMS = 'TRACKING TERMS\n\nPlover Telematics Ltd ("Provider", "we") supplies vehicle tracking to fleet operators ("Customer", "you").';

  it('longer binds the party the terms call "you"', () => {
    expect(weigh(TERMS, 'The minimum term of this agreement is 12 months from installation.')).toEqual(['Customer', 'burden', 'burden']);
  });

  it('near miss: between two traders an initial term says nothing of whom it helps', () => {
    expect(weigh(SALE, 'This Agreement shall continue for an initial term of three (3) years.')).toBeNull();
  });
});

describe('a sum owed when a party does something', () => {
  it('is that party\'s to pay', () => {
    expect(weigh(SALE, 'A restocking fee of 10% of the price is payable if the Buyer returns the Goods.')).toEqual(['Buyer', 'burden', 'burden']);
    expect(weigh(SALE, 'A cancellation charge of USD 500 applies if the Seller cancels a confirmed order.')).toEqual(['Seller', 'burden', 'burden']);
  });

  it('near miss: a sum owed when a thing happens names no one by it', () => {
    // (a sum that is no price: a surcharge is one, paid by the party whose role pays)
    expect(weigh(SALE, 'A sum of 10% of the price is payable if the port is closed.')).toBeNull();
  });
});

describe('terms written to their reader, read by their pronouns', () => {
  const BROADBAND = 'BROADBAND TERMS\n\nThese terms are between Ember Fibre Ltd ("Provider", "we") and you, the person who orders our broadband ("Customer").';

  it('time a party has before its failure counts, said as "cannot fix": longer helps that party', () => {
    expect(weigh(BROADBAND, 'If your speed falls below the minimum and we cannot fix it within 30 days, you may leave your contract without charge.')).toEqual(['Provider', 'benefit', 'benefit']);
  });

  it('a fee "we charge" is ours to receive', () => {
    expect(weigh(BROADBAND, 'We charge you a service fee of 12% of each payment you receive.')).toEqual(['Provider', 'benefit', 'benefit']);
  });
});

describe('notice the party bound must give', () => {
  it('costs it as it grows, as notice before using a right costs its holder', () => {
    expect(weigh(SALE, "The Seller shall give the Buyer at least twelve months' notice before discontinuing any product.")).toEqual(['Seller', 'burden', 'burden']);
  });

  it('near miss: a time counted from a notice is time to perform, which helps the party bound', () => {
    expect(weigh(SALE, 'The Seller shall deliver the replacement within thirty days after notice from the Buyer.')).toEqual(['Seller', 'benefit', 'burden']);
  });
});

describe('a price no one is named for, in terms written to their reader', () => {
  it('is the reader\'s to pay', () => {
    const TERMS = 'SERVICE TERMS\n\nThis agreement is between Saptar Fintech Ltd (the "Company") and the person availing the services (the "User").';
    expect(weigh(TERMS, 'Any amount not paid by the due date shall carry interest at 24% per annum until paid.')).toEqual(['User', 'burden', 'burden']);
  });
});

describe('whom a share goes to, and who is repaid', () => {
  const FUND = 'AGREEMENT\n\nThis Agreement is made between the Government of Ukraine and the Government of the United States of America (the "U.S. Side").';

  it('a share followed by the party it goes to is that party\'s, whoever was paid before it', () => {
    expect(weighAt(SALE, 'The Fund shall first repay the Seller its costs, and then pay sixty-five per cent to the Buyer.', 'sixty-five')).toEqual(['Buyer', 'benefit', 'benefit']);
  });

  it('near miss: one share of a split between the parties says nothing alone', () => {
    expect(weighAt(SALE, 'Profits shall be shared sixty per cent to the Seller and forty per cent to the Buyer.', 'forty')).toBeNull();
  });

  it('a return on what a party is repaid is that party\'s, though the aid was given to the other', () => {
    expect(weighAt(FUND, 'Distributions shall first repay the U.S. Side an amount equal to the assistance provided to Ukraine since 2022, together with a return of four percent per annum.', 'four percent')).toEqual(['U.S. Side', 'benefit', 'benefit']);
  });

  it('of two parties that receive, the one named nearest the figure; "has recovered" receives', () => {
    expect(weighAt(FUND, 'No distribution shall be made to Ukraine until the U.S. Side has recovered an amount equal to twice the value of its aid.', 'twice')).toEqual(['U.S. Side', 'benefit', 'benefit']);
  });

  it('near miss: aid "shall be provided to" a party is still given to it', () => {
    expect(weighAt(FUND, 'Assistance shall be provided to Ukraine in an amount of five percent of the budget.', 'five percent')).toEqual(['Ukraine', 'benefit', 'benefit']);
  });
});

describe('a sum a party named just before is to spend', () => {
  const STATES = 'AGREEMENT\n\nThis Agreement is made between the Republic of Arden (the "Sending State") and the Republic of Corvia (the "Host State").';

  it('is that party\'s to pay, though the sentence binds the other', () => {
    expect(weigh(STATES, 'The Sending State undertakes to defend the Host State, provided that the Host State has first met its commitment to spend three per cent of its gross domestic product on defence.')).toEqual(['Host State', 'burden', 'burden']);
  });

  it('near miss: a sum the bound party is to pay stays its own', () => {
    expect(weigh(STATES, 'The Sending State shall pay three per cent of the cost of the base.')).toEqual(['Sending State', 'burden', 'burden']);
  });
});
