import seed from '../../seeds/phrase-rules.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { partiesNamedIn } from '../../src/concerns/bearing.js';
import { sharesByParty } from '../../src/concerns/direction.js';
import { figuresOf } from '../../src/concerns/figures.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Which way a change cuts, read from the clause around it, and the wider phrasing the phrase
 * rules read. Every clause here was written for these tests.
 */

const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.';
const UA_STATES = 'УГОДА\n\nThe Government of Україна and the Government of Республіка Сарнія (the "Parties") have agreed as follows.';
const COMPANY = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Larch Mining Ltd (the "Company") and Osprey Capital LLP (the "Investor").';
const LICENCE = 'LICENCE AGREEMENT\n\nThis Agreement is made between Fjord Patents AS (the "Licensor") and Heron Devices Ltd (the "Licensee").';
const SARNIA_INVESTMENT = 'INVESTMENT AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia (the "Host State") and Quay Holdings SA (the "Investor").';
const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Vendor") and Birch Inc (the "Purchaser").';
const LOAN_PARTIES = 'FACILITY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower") and Birch Bank plc (the "Lender").';
const LEASE = 'LEASE\n\nThis Lease is made between Alder Estates Ltd (the "Landlord") and Birch Retail Ltd (the "Tenant").';
const TWO_STATES = 'TREATY\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';

function changes(head: string, before: string, after: string, we: string): Finding[] {
  const comparison = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`)), { we });
  return comparison.findings.filter((f) => f.level === 'change');
}

/** What the change's findings say together for `we`, as the eval reads them. */
function stanceFor(head: string, before: string, after: string, we: string): string {
  const found = changes(head, before, after, we);
  const against = found.some((f) => f.stance === 'against');
  const favour = found.some((f) => f.stance === 'favour');
  return against && !favour ? 'against' : favour && !against ? 'favour' : 'neutral';
}

function clauseFindings(head: string, text: string): Finding[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id);
}
const rulesOf = (head: string, text: string) => clauseFindings(head, text).map((f) => f.rule);

describe('figure-changed reads who pays and who receives', () => {
  it('a return promised to a party: more is that party’s gain', () => {
    const up = changes(COMPANY, 'The Company shall pay the Investor a yearly coupon of 6 percent.', 'The Company shall pay the Investor a yearly coupon of 9 percent.', 'Investor');
    expect(up.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.stance])).toEqual([['Investor', 'favour']]);
    expect(stanceFor(COMPANY, 'Dividends shall provide the Investor with a preferred yield of 5 percent.', 'Dividends shall provide the Investor with a preferred yield of 3 percent.', 'Company')).toBe('favour');
  });

  it('a sum a party must pay: less is that party’s gain', () => {
    expect(stanceFor(LICENCE, 'The Licensee shall pay an annual fee of EUR 40,000.', 'The Licensee shall pay an annual fee of EUR 25,000.', 'Licensee')).toBe('favour');
  });

  it('a cap put on a payment helps the payer; a payment put in costs it', () => {
    expect(stanceFor(LICENCE, 'The Licensee shall pay a running royalty on every unit sold.', 'The Licensee shall pay a running royalty on every unit sold, subject to a yearly ceiling of EUR 500,000.', 'Licensee')).toBe('favour');
    // near miss: the same sum added as a fee, not a cap
    expect(stanceFor(LICENCE, 'The Licensee shall pay a running royalty on every unit sold.', 'The Licensee shall pay a running royalty on every unit sold and an entry fee of EUR 500,000.', 'Licensee')).toBe('against');
  });

  it('a multiple of a sum is read as the share of it it comes to, and weighed against the sum taken once', () => {
    expect(figuresOf('equal to twice its Subscription Price').map((f) => [f.kind, f.text, f.value])).toEqual([['percent', 'twice', 200]]);
    expect(figuresOf('up to three times the Annual Fee').map((f) => f.value)).toEqual([300]);
    expect(figuresOf('one and a half times the Price').map((f) => f.value)).toEqual([150]);
    // near misses: how often, not how much
    for (const text of ['The Board shall meet twice a year.', 'at most three times in any month', 'twice each year', 'doubled']) expect(figuresOf(text), text).toEqual([]);
    // a cap raised from the Price to twice the Price costs the party whose liability it caps
    const cap = changes(SALE, 'The aggregate liability of the Vendor shall not exceed the Price.', 'The aggregate liability of the Vendor shall not exceed twice the Price.', 'Vendor');
    expect(cap.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Vendor', 'burden', 'against']]);
    // a preference raised to twice the price paid helps the party that receives it
    expect(stanceFor(COMPANY, 'On a liquidation the Investor shall first receive an amount equal to its Subscription Price.', 'On a liquidation the Investor shall first receive an amount equal to twice its Subscription Price.', 'Investor')).toBe('favour');
  });

  it('the same figure written another way is no change', () => {
    expect(changes(STATES, 'Ukraine shall pay into the Fund fifty percent of the port dues.', 'Ukraine shall pay into the Fund one-half of the port dues.', 'Ukraine').filter((f) => f.rule === 'figure-changed')).toEqual([]);
    expect(changes(LICENCE, 'The royalty shall be ten per cent (10 per cent) of receipts.', 'The royalty shall be 10% of receipts.', 'Licensee').filter((f) => f.rule === 'figure-changed')).toEqual([]);
  });

  it('a split between the parties made equal is a loss for the party whose share fell', () => {
    const before = 'Net income of the joint venture shall be divided as to three-quarters to the Republic of Sarnia and as to one-quarter to the Kingdom of Tessel.';
    const after = 'Net income of the joint venture shall be divided in equal shares between the Republic of Sarnia and the Kingdom of Tessel.';
    expect(stanceFor(TWO_STATES, before, after, 'Republic of Sarnia')).toBe('against');
    expect(stanceFor(TWO_STATES, before, after, 'Kingdom of Tessel')).toBe('favour');
    const version = parseVersion(TWO_STATES);
    expect(Object.fromEntries(sharesByParty(before, version))).toEqual({ 'Republic of Sarnia': 75, 'Kingdom of Tessel': 25 });
    // near miss: a split that names no party is no split between them
    expect(sharesByParty('Net income shall be divided as to one-half to reserves.', version).size).toBe(0);
  });

  it('a share written "per centum", the older form, is a share: a split moved in it is read as one in per cent', () => {
    expect(figuresOf('sixty per centum of the Profit Oil').map((f) => [f.kind, f.value])).toEqual([['percent', 60]]);
    const before = 'Profit Oil shall be shared in the proportions of sixty per centum (60%) to the Republic of Sarnia and forty per centum (40%) to the Kingdom of Tessel.';
    const after = 'Profit Oil shall be shared in the proportions of fifty per centum (50%) to the Republic of Sarnia and fifty per centum (50%) to the Kingdom of Tessel.';
    expect(stanceFor(TWO_STATES, before, after, 'Republic of Sarnia')).toBe('against');
    expect(stanceFor(TWO_STATES, before, after, 'Kingdom of Tessel')).toBe('favour');
    // near miss: "centuries" is no share
    expect(figuresOf('for sixty centuries').filter((f) => f.kind === 'percent')).toEqual([]);
  });
});

describe('figure-changed reads periods by the right or duty they attach to', () => {
  it('notice before a party may leave: shorter is that party’s gain', () => {
    expect(stanceFor(STATES, 'Ukraine may denounce this Agreement on eighteen months’ notice.', 'Ukraine may denounce this Agreement on six months’ notice.', 'Ukraine')).toBe('favour');
    expect(stanceFor(STATES, 'Ukraine may denounce this Agreement on eighteen months’ notice.', 'Ukraine may denounce this Agreement on six months’ notice.', 'Republic of Sarnia')).toBe('against');
  });

  it('time to perform a duty: shorter costs the party bound', () => {
    expect(stanceFor(COMPANY, 'The Company shall deliver audited accounts within 120 days of the year end.', 'The Company shall deliver audited accounts within 60 days of the year end.', 'Company')).toBe('against');
  });

  it('the time a sum may stay unpaid before the other party may act: longer helps the party that pays it', () => {
    const reentry = (days: string) => `If any Rent is unpaid for ${days} days after becoming payable, the Landlord may re-enter the Premises and determine this Lease.`;
    expect(stanceFor(LEASE, reentry('twenty-one'), reentry('sixty'), 'Tenant')).toBe('favour');
    expect(stanceFor(LEASE, reentry('twenty-one'), reentry('sixty'), 'Landlord')).toBe('against');
  });

  it('the time the agent of a passive has to act in: shorter costs that party', () => {
    const bar = (months: string) => `The Vendor shall not be liable for any Warranty Claim unless written notice of it is given by the Purchaser within ${months} months after Completion.`;
    expect(stanceFor(SALE, bar('eighteen'), bar('twelve'), 'Purchaser')).toBe('against');
    expect(stanceFor(SALE, bar('eighteen'), bar('twelve'), 'Vendor')).toBe('favour');
    // near miss: a party named after "by" that is no agent of the time ("paid by the Purchaser" to a date, not within it)
    expect(stanceFor(SALE, 'The price shall be paid in full on or before the date falling eighteen months after Completion.', 'The price shall be paid in full on or before the date falling twelve months after Completion.', 'Purchaser')).not.toBe('favour');
  });

  it('the same time said actively, as the condition of the other’s duty ("unless the Purchaser has notified it within")', () => {
    const bar = (months: string) => `The Vendor shall not be liable for any Warranty Claim unless the Purchaser has notified it within ${months} months after Completion.`;
    expect(stanceFor(SALE, bar('eighteen'), bar('thirty-six'), 'Purchaser')).toBe('favour');
    expect(stanceFor(SALE, bar('eighteen'), bar('thirty-six'), 'Vendor')).toBe('against');
    // near miss: the condition names the Purchaser but no act of its within the time ("unless the Purchaser has acted fraudulently")
    const owner = (months: string) => `The Vendor shall not be liable for any Warranty Claim made more than ${months} months after Completion unless the Purchaser has acted fraudulently.`;
    expect(stanceFor(SALE, owner('eighteen'), owner('thirty-six'), 'Purchaser')).not.toBe('favour');
  });

  it('a period written in words and digits is read whole though the redline splits it ("thirty (30" → "ninety (90")', () => {
    const before = 'The Licensee may terminate this Agreement for convenience on thirty (30) days’ written notice to the Licensor.';
    const after = 'The Licensee may terminate this Agreement for convenience on ninety (90) days’ written notice to the Licensor.';
    const found = changes(LICENCE, before, after, 'Licensee').filter((f) => f.rule === 'figure-changed');
    expect(found.map((f) => [f.category, f.affects, f.effect, f.stance])).toEqual([['duration', 'Licensee', 'burden', 'against']]);
  });

  it('how long a duty lasts: longer costs the party bound, a limit taken away too', () => {
    const survives = (period: string) => `The obligations of confidentiality of the Company shall survive termination ${period}.`;
    expect(stanceFor(COMPANY, survives('for two years'), survives('for five years'), 'Company')).toBe('against');
    expect(stanceFor(COMPANY, survives('for five years'), survives('for two years'), 'Company')).toBe('favour');
    expect(stanceFor(COMPANY, survives('for two years'), survives('without limit of time'), 'Company')).toBe('against');
    expect(stanceFor(COMPANY, survives('for two years'), survives('without limit of time'), 'Investor')).toBe('favour');
    // a duty's own length, in the possessive
    expect(stanceFor(COMPANY, 'The Investor’s obligations under Clause 9 shall survive for two years after Completion.', 'The Investor’s obligations under Clause 9 shall survive for six months after Completion.', 'Investor')).toBe('favour');
    // the period going with its whole sentence is the duty going: the bound party's gain
    expect(stanceFor(COMPANY, 'This Agreement ends on Completion. The obligations of the Company under Clause 4 shall survive Completion for two years.', 'This Agreement ends on Completion.', 'Company')).toBe('favour');
    // near miss: a deadline in a sentence that also says its duty survives is still a deadline
    expect(stanceFor(COMPANY, 'The Company shall pay each invoice within 30 days of receipt, and this obligation shall survive termination.', 'The Company shall pay each invoice within 60 days of receipt, and this obligation shall survive termination.', 'Company')).toBe('favour');
    // near miss: time given to perform a duty is still the party's gain when longer
    expect(stanceFor(COMPANY, 'The Company shall deliver audited accounts within 60 days of the year end.', 'The Company shall deliver audited accounts within 120 days of the year end.', 'Company')).toBe('favour');
  });

  it('a cap put on a party’s liability helps that party, and costs the other', () => {
    const before = 'The Company shall be liable for all losses arising from its breach.';
    const after = 'The aggregate liability of the Company for losses arising from its breach shall not exceed the Subscription Price.';
    expect(stanceFor(COMPANY, before, after, 'Company')).toBe('favour');
    expect(stanceFor(COMPANY, before, after, 'Investor')).toBe('against');
  });

  it('an end put to a party\u2019s duty ("shall cease on the tenth anniversary") is its gain; an end taken away costs it', () => {
    const UA = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
    const endless = "Ukraine's obligation to contribute to the Fund shall continue for as long as the Fund exists.";
    const ending = "Ukraine's obligation to contribute to the Fund shall cease on the tenth anniversary of the Effective Date.";
    expect(stanceFor(UA, endless, ending, 'Ukraine')).toBe('favour');
    expect(stanceFor(UA, ending, endless, 'Ukraine')).toBe('against');
    expect(stanceFor(UA, ending, endless, 'United States')).toBe('favour');
    // near miss: a day that is no end of a duty ("shall report on the tenth anniversary")
    expect(changes(UA, 'Ukraine shall report to the Fund each year.', 'Ukraine shall report to the Fund on the tenth anniversary of the Effective Date.', 'Ukraine').filter((f) => f.rule === 'figure-changed')).toEqual([]);
  });

  it('a state the articles call by its name alone bears its duties: fewer guns delivered later is the supplier\u2019s gain', () => {
    const TREATY = 'TREATY\n\nbetween the Government of the Kingdom of Paveria and the Government of the Republic of Quellmoor.';
    const before = 'Paveria shall deliver forty-eight (48) howitzers within eighteen months.';
    const after = 'Paveria shall deliver forty-eight (48) howitzers within thirty-six (36) months.';
    expect(stanceFor(TREATY, before, after, 'Kingdom of Paveria')).toBe('favour');
    expect(stanceFor(TREATY, before, after, 'Quellmoor')).toBe('against');
  });

  it('title shared "in the Parties in equal undivided shares", then vesting "as to sixty per cent (60%) in" one: the other\u2019s loss', () => {
    const before = 'Title to hydrocarbons in the Joint Zone shall vest in the Parties at the wellhead in equal undivided shares.';
    const after = 'Title to hydrocarbons in the Joint Zone shall vest at the wellhead as to sixty per cent (60%) in Tessel and forty per cent (40%) in Sarnia.';
    expect(stanceFor(TWO_STATES, before, after, 'Republic of Sarnia')).toBe('against');
    expect(stanceFor(TWO_STATES, before, after, 'Kingdom of Tessel')).toBe('favour');
    // near miss: a share "in cash" names no party it goes to
    expect(changes(TWO_STATES, before, 'Title to hydrocarbons in the Joint Zone shall vest at the wellhead, sixty per cent (60%) in kind and forty per cent (40%) in cash.', 'Republic of Sarnia').filter((f) => f.rule === 'figure-changed' && f.affects !== null)).toEqual([]);
  });

  it('a one-sided term that appears beside a figure that changed is reported, when the figure its own words hold did not change', () => {
    const before = 'The Agreement shall be renewed automatically for periods of five years unless either Party gives notice not less than twelve months before expiry.';
    const after = 'The Agreement shall be renewed automatically for periods of five years unless the Kingdom of Tessel gives notice not less than three months before expiry.';
    const appears = changes(TWO_STATES, before, after, 'Kingdom of Tessel').filter((f) => f.rule === 'concern-appears' && f.category === 'one-sided');
    expect(appears.map((f) => [f.affects, f.stance])).toEqual([['Republic of Sarnia', 'favour']]);
    // near miss: a concern that turns on the figure that changed is the figure's news, reported once
    const share = (n: string) => `The Kingdom of Tessel shall receive ${n} of the revenues of the Joint Zone.`;
    expect(changes(TWO_STATES, share('fifty per cent'), share('twenty-five per cent'), 'Kingdom of Tessel').filter((f) => f.rule === 'concern-appears' || f.rule === 'concern-gone')).toEqual([]);
  });

  it('a limit in SDR, Swiss francs or euros is a sum: raising a carrier’s limit costs the carrier', () => {
    const CARRIAGE = 'CARRIAGE AGREEMENT\n\nThis Agreement is made between Alder Shipping Ltd (the "Carrier") and Birch Ore plc (the "Shipper").';
    const limit = (sum: string) => `The Carrier's liability to the Shipper for loss of or damage to the Goods shall not exceed ${sum} per kilogramme of gross weight.`;
    expect(figuresOf(limit('8.33 SDR')).map((f) => [f.kind, f.value])).toEqual([['amount', 8.33]]);
    expect(stanceFor(CARRIAGE, limit('2 SDR'), limit('8.33 SDR'), 'Carrier')).toBe('against');
    expect(stanceFor(CARRIAGE, limit('CHF 20'), limit('CHF 10'), 'Shipper')).toBe('against');
    expect(stanceFor(CARRIAGE, limit('30 euros'), limit('40 euros'), 'Shipper')).toBe('favour');
  });

  it('a cap written "not exceeding" is a cap: taking it away costs the payer', () => {
    const before = 'The Company shall pay to the Investor monitoring fees not exceeding EUR 200,000 in any financial year.';
    const after = 'The Company shall pay to the Investor monitoring fees.';
    const found = changes(COMPANY, before, after, 'Company').filter((f) => f.rule === 'figure-changed');
    expect(found.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Company', 'burden', 'against']]);
  });

  it('title passing to a party weighs on the other', () => {
    const OPERATOR = 'MINING CONTRACT\n\nThis Contract is made between the Republic of Tarn (the "Host State") and Quarry Metals Ltd (the "Operator").';
    const passes = clauseFindings(OPERATOR, 'Title to extracted ore shall pass to the Operator upon extraction.').filter((f) => f.category === 'ownership');
    expect(passes.map((f) => f.affects)).toEqual(['Host State']);
    expect(stanceFor(OPERATOR, 'Extracted ore shall be sold at the Delivery Point.', 'Title to extracted ore shall pass to the Operator upon extraction.', 'Operator')).toBe('favour');
    // the grantor named as subject, the receiver no party: the grantor bears it
    const assigned = clauseFindings(STATES, 'Ukraine hereby assigns to the Fund all licences for lithium issued after signature.').filter((f) => f.category === 'ownership');
    expect(assigned.map((f) => f.affects)).toEqual(['Ukraine']);
  });

  it('a period to pay in is a term of money; a period of the agreement is one of duration', () => {
    const category = (before: string, after: string) => changes(LICENCE, before, after, 'Licensee').filter((f) => f.rule === 'figure-changed').map((f) => f.category);
    expect(category('The Licensee shall pay each invoice within thirty days after receipt.', 'The Licensee shall pay each invoice within ninety days after receipt.')).toEqual(['financial']);
    expect(category('The Licensee may terminate on ninety days’ notice.', 'The Licensee may terminate on thirty days’ notice.')).toEqual(['duration']);
  });

  it('a period that appears with new words is no figure change; one changed or dropped is', () => {
    const figureRules = (before: string, after: string) => changes(LICENCE, before, after, 'Licensee').filter((f) => f.rule === 'figure-changed');
    expect(figureRules('The royalty rates may be varied only by agreement of the Licensor and the Licensee.', 'The Licensor may vary the royalty rates by giving the Licensee sixty days’ notice.')).toEqual([]);
    expect(figureRules('The Licensee may terminate on ninety days’ notice.', 'The Licensee may terminate on thirty days’ notice.')).toHaveLength(1);
    expect(figureRules('The obligations of the Licensee shall survive termination for two years.', 'The obligations of the Licensee shall survive termination without limit of time.')).toHaveLength(1);
    // and the reverse: a period gone with the words it stood in is left to the rules on what it timed
    expect(figureRules('The Licensor may vary the royalty rates by giving the Licensee sixty days’ notice.', 'The royalty rates are fixed for the whole Term and may be varied only by written agreement.')).toEqual([]);
    // near miss: the same sentence trimmed of its period is still a period dropped
    expect(figureRules('The Licensor may vary the royalty rates after consultation with the Licensee, with effect not earlier than six months after notice.', 'The Licensor may vary the royalty rates at any time by notice.')).toHaveLength(1);
  });

  it('a duty done as its holder sees fit is a power over the other', () => {
    const before = 'The award of the drilling contract requires the approval of both the Company and the Investor.';
    expect(stanceFor(COMPANY, before, 'The Company shall award the drilling contract as it sees fit, after informing the Investor.', 'Company')).toBe('favour');
    expect(stanceFor(COMPANY, before, 'The Company shall award the drilling contract as it sees fit, after informing the Investor.', 'Investor')).toBe('against');
    // near miss: a plain duty to award it is a burden, not a power
    expect(stanceFor(COMPANY, before, 'The Company shall award the drilling contract to the lowest bidder, after informing the Investor.', 'Company')).toBe('against');
  });

  it('near miss: a right both parties hold cuts neither way', () => {
    expect(stanceFor(COMPANY, 'Either the Company or the Investor may end this Agreement on nine months’ notice.', 'Either the Company or the Investor may end this Agreement on two months’ notice.', 'Company')).toBe('neutral');
  });

  it('reads a half after a whole number as a half, not as one half of the whole', () => {
    expect(figuresOf('a royalty of three and a half per cent of Net Sales').map((f) => [f.kind, f.value])).toEqual([['percent', 3.5]]);
    expect(figuresOf('within one and a half years').map((f) => [f.kind, f.value])).toEqual([['duration', 547.5]]);
    expect(figuresOf('a half per cent').map((f) => [f.kind, f.value])).toEqual([['percent', 0.5]]);
    // near misses: "a" still stands for one before a scale, and a half of something is 50 percent of it
    expect(figuresOf('within a hundred days').map((f) => [f.kind, f.value])).toEqual([['duration', 100]]);
    expect(figuresOf('one-half of the revenues').map((f) => [f.kind, f.value])).toEqual([['percent', 50]]);
    expect(stanceFor(LICENCE, 'The Licensee shall pay the Licensor a royalty of five per cent of Net Sales.', 'The Licensee shall pay the Licensor a royalty of three and a half per cent of Net Sales.', 'Licensee')).toBe('favour');
  });

  it('reads a sum measured in time ("six months\' rent") as a sum, not a period', () => {
    expect(figuresOf('a deposit equal to six months\' rent').map((f) => [f.kind, f.value])).toEqual([['amount', 182.5]]);
    expect(figuresOf('an indemnity of one year’s average commission').map((f) => [f.kind, f.value])).toEqual([['amount', 365]]);
    // near misses: a period before notice, or after which something happens
    expect(figuresOf('on three months’ notice').map((f) => f.kind)).toEqual(['duration']);
    expect(figuresOf('within six months of the date of the invoice').map((f) => f.kind)).toEqual(['duration']);
    // a smaller deposit helps the party that pays it
    expect(stanceFor(SALE, 'The Purchaser shall pay a deposit equal to six months\' rent.', 'The Purchaser shall pay a deposit equal to three months\' rent.', 'Purchaser')).toBe('favour');
  });

  it('does not weigh a sum in time against a sum of money: "six months\' rent" → "USD 20,000" is a change of no known direction', () => {
    const found = changes(SALE, 'The Purchaser shall pay a deposit equal to six months\' rent.', 'The Purchaser shall pay a deposit of USD 20,000.', 'Purchaser').filter((f) => f.rule === 'figure-changed');
    expect(found.map((f) => [f.explanation, f.stance])).toEqual([["A figure changed from six months to USD 20,000.", 'neutral']]);
    // nor take one for the other where their numbers agree: 182.5 days of rent are not USD 182.50
    const same = changes(SALE, 'The Purchaser shall pay a deposit equal to six months\' rent.', 'The Purchaser shall pay a deposit of USD 182.50.', 'Purchaser').filter((f) => f.rule === 'figure-changed');
    expect(same).toHaveLength(1);
  });

  it('reads a deadline followed by "pay" as a period: only the possessive makes time a measure of money', () => {
    expect(figuresOf('The Purchaser shall within thirty (30) days pay the Price.').map((f) => f.kind)).toEqual(['duration']);
    // more time to pay helps the party that pays
    expect(stanceFor(SALE, 'The Purchaser shall within thirty (30) days pay the Price.', 'The Purchaser shall within sixty (60) days pay the Price.', 'Purchaser')).toBe('favour');
  });

  it('reads "five (5) Business Days" and "ten working days" as periods, not counts of "Business"', () => {
    expect(figuresOf('within five (5) Business Days of the invoice').map((f) => [f.kind, f.value])).toEqual([['duration', 5]]);
    expect(figuresOf('on ten working days’ notice').map((f) => [f.kind, f.value])).toEqual([['duration', 10]]);
    expect(stanceFor(SALE, 'The Purchaser shall pay each invoice within five (5) Business Days.', 'The Purchaser shall pay each invoice within ten (10) Business Days.', 'Purchaser')).toBe('favour');
  });

  it('a count changed beside a share does not hide the share', () => {
    const found = changes(
      SALE,
      'The Goods shall be shipped in two consignments. The Purchaser shall pay a deposit of 5% of the Price.',
      'The Goods shall be shipped in three consignments. The Purchaser shall pay a deposit of 10% of the Price.',
      'Purchaser',
    ).filter((f) => f.rule === 'figure-changed');
    expect(found.map((f) => [f.explanation, f.stance])).toEqual([['A figure changed from two consignments, 5% to three consignments, 10%.', 'against']]);
  });

  it('reads a period in hours, and weighs it under its clause’s concern, never as the agreement’s term', () => {
    expect(figuresOf('on forty-eight hours’ notice').map((f) => [f.kind, f.value])).toEqual([['duration', 2]]);
    const notice = changes(SALE, 'The Purchaser may inspect the Site on forty-eight hours’ notice to the Vendor.', 'The Purchaser may inspect the Site on two hours’ notice to the Vendor.', 'Vendor').filter((f) => f.rule === 'figure-changed');
    // less notice before the Purchaser's right helps the Purchaser
    expect(notice.map((f) => [f.category, f.affects, f.effect, f.stance])).toEqual([['one-sided', 'Purchaser', 'benefit', 'against']]);
    // near miss: a period in days keeps its reading as a period
    const days = changes(SALE, 'The Purchaser may inspect the Site on ten days’ notice to the Vendor.', 'The Purchaser may inspect the Site on two days’ notice to the Vendor.', 'Vendor').filter((f) => f.rule === 'figure-changed');
    expect(days.map((f) => f.category)).toEqual(['duration']);
  });

  it('reads so many things supplied or appointed as a count, and weighs its change by who supplies them', () => {
    expect(figuresOf('supply two air-defence batteries and train their crews').map((f) => [f.kind, f.value])).toEqual([['count', 2]]);
    expect(figuresOf('appoint three (3) additional inspectors').map((f) => [f.kind, f.value])).toEqual([['count', 3]]);
    // near misses: a period, a share, a money, a provision, copies of the agreement, one thing, a date
    for (const text of ['within twelve months', 'two-thirds of the revenues', 'USD 5 million', 'under Article 5 units are counted', 'signed in two copies', 'one inspector', 'on 1 January 2026', 'two of its members']) {
      expect(figuresOf(text).filter((f) => f.kind === 'count'), text).toEqual([]);
    }
    // a word that merely ends in "s" is not the thing counted: the count reads on to the noun
    expect(figuresOf('deliver three gross tons of ore').map((f) => [f.kind, f.text])).toEqual([['count', 'three gross tons']]);
    expect(figuresOf('issue twenty-five class A shares').map((f) => [f.kind, f.text])).toEqual([['count', 'twenty-five class A shares']]);
    expect(figuresOf('grant two bonus payments').map((f) => f.text)).toEqual(['two bonus payments']);
    expect(figuresOf('open three areas').map((f) => f.text)).toEqual(['three areas']);
    for (const text of ['of which three is the least', 'one of the two thus appointed', 'any two has the casting vote']) {
      expect(figuresOf(text).filter((f) => f.kind === 'count'), text).toEqual([]);
    }
    // thousands grouped with commas, and nouns of many that do not end in "s"
    expect(figuresOf('station 2,000 troops in the zone').map((f) => [f.kind, f.value])).toEqual([['count', 2000]]);
    expect(figuresOf('keep not more than 30,000 personnel under arms').map((f) => [f.kind, f.text, f.value])).toEqual([['count', '30,000 personnel', 30000]]);
    expect(figuresOf('base twelve aircraft at the airfield').map((f) => [f.kind, f.value])).toEqual([['count', 12]]);
    // near misses: a sum in a currency, a year, a number split by a comma in a list
    for (const text of ['pay $2,000 fees', 'the 2,000th day', 'items 1,2 and 3 of the list']) {
      expect(figuresOf(text).filter((f) => f.kind === 'count'), text).toEqual([]);
    }
    const before = 'The Republic of Sarnia shall supply Ukraine with two air-defence batteries and train their crews.';
    const after = 'The Republic of Sarnia shall supply Ukraine with four air-defence batteries and train their crews.';
    const found = changes(STATES, before, after, 'Ukraine').filter((f) => f.rule === 'figure-changed');
    expect(found.map((f) => [f.category, f.affects, f.effect, f.stance])).toEqual([['security', 'Republic of Sarnia', 'burden', 'favour']]);
    expect(stanceFor(STATES, after, before, 'Ukraine')).toBe('against');
    // a count whose direction the clause does not say is left to the rules on its words
    expect(changes(STATES, 'The Joint Committee shall consist of five members.', 'The Joint Committee shall consist of seven members.', 'Ukraine').filter((f) => f.rule === 'figure-changed')).toEqual([]);
  });

  it('a limit on how many things a party may keep eases it when raised and binds it when put in', () => {
    const TREATY = 'TREATY\n\nbetween the Government of the Republic of Veland and the Government of the Kingdom of Orsk.';
    const limit = (n: string) => `The Kingdom of Orsk shall keep its armed forces to not more than ${n} personnel.`;
    const raised = changes(TREATY, limit('30,000'), limit('50,000'), 'Republic of Veland').filter((f) => f.rule === 'figure-changed');
    expect(raised.map((f) => [f.category, f.affects, f.effect, f.stance])).toEqual([['security', 'Kingdom of Orsk', 'benefit', 'against']]);
    const putIn = changes(TREATY, 'The Kingdom of Orsk shall keep its armed forces.', limit('50,000'), 'Republic of Veland').filter((f) => f.rule === 'figure-changed');
    expect(putIn.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Kingdom of Orsk', 'burden', 'favour']]);
    // near miss: a cap on a sum a party pays is what it may have to pay; more costs it
    const fee = (n: string) => `The Licensee shall pay the costs of defence, not more than EUR ${n}.`;
    expect(stanceFor(LICENCE, fee('10,000'), fee('50,000'), 'Licensee')).toBe('against');
  });

  it('reads a point so many years in: "the fifth anniversary", "the thirtieth Operating Year"', () => {
    expect(figuresOf('on the fifth anniversary of the Commencement Date').map((f) => [f.kind, f.value])).toEqual([['duration', 5 * 365]]);
    expect(figuresOf('at the end of the twenty-fifth Operating Year').map((f) => [f.kind, f.value])).toEqual([['duration', 25 * 365]]);
    expect(figuresOf('on the 3rd anniversary').map((f) => [f.kind, f.value])).toEqual([['duration', 3 * 365]]);
    // near miss: an ordinal before another noun is no period
    expect(figuresOf('the fifth instalment of the price')).toEqual([]);
    expect(stanceFor(LICENCE, 'The Licensee may terminate this Agreement on the fifth anniversary of the Effective Date.', 'The Licensee may terminate this Agreement on the third anniversary of the Effective Date.', 'Licensee')).toBe('favour');
  });

  it('reads Ukrainian periods and a Ukrainian right, and a name in any case ending', () => {
    expect(figuresOf('за шість місяців, протягом 45 днів').map((f) => [f.kind, f.value])).toEqual([
      ['duration', 182.5],
      ['duration', 45],
    ]);
    expect(stanceFor(UA_STATES, 'Україна може денонсувати цю Угоду, повідомивши про це за дванадцять місяців.', 'Україна може денонсувати цю Угоду, повідомивши про це за два місяці.', 'Україна')).toBe('favour');
    const version = parseVersion(UA_STATES);
    expect(partiesNamedIn('Республіка Сарнія надає Україні кредит.', version)).toEqual(['Республіка Сарнія', 'Україна']);
    // near miss: a longer word that only begins like a name is not it
    expect(partiesNamedIn('Українознавство викладається в університетах.', version)).toEqual([]);
  });
});

describe('duty-shifted weighs duties as a negotiator does', () => {
  it('a prohibition traded for a duty of the same party is no shift; the veto gone is the news', () => {
    const found = changes(
      COMPANY,
      'The Company shall not dispose of the mill except with the prior written consent of the Investor.',
      'The Company shall inform the Investor before it disposes of the mill.',
      'Company',
    );
    expect(found.filter((f) => f.rule === 'duty-shifted')).toEqual([]);
    expect(found.filter((f) => f.rule === 'concern-gone').map((f) => [f.category, f.stance])).toEqual([['one-sided', 'favour']]);
  });

  it('a power to decide is a right though its modal is "shall"', () => {
    expect(
      stanceFor(STATES, 'The Republic of Sarnia shall select in its sole discretion the contractors of the Fund.', 'A committee of both Parties shall select the contractors of the Fund.', 'Ukraine'),
    ).toBe('favour');
  });

  it('costs "borne by" a party are that party’s duty, and a financial one', () => {
    const found = changes(LICENCE, 'The Licensee shall bear the costs of patent renewals.', 'The costs of patent renewals shall be borne by the Licensor.', 'Licensee');
    expect(found.filter((f) => f.rule === 'duty-shifted').map((f) => [f.affects, f.category, f.stance, f.explanation])).toEqual([
      ['Licensor', 'financial', 'favour', 'An obligation moved from Licensee to Licensor.'],
    ]);
    // near miss: borne by someone who is not a party
    expect(changes(LICENCE, 'The Licensee shall bear the costs of patent renewals.', 'The costs of patent renewals shall be borne by the Patent Office.', 'Licensee').filter((f) => f.rule === 'duty-shifted' && f.affects === 'Patent Office')).toEqual([]);
  });

  it('"shall have exclusive rights" is a right, and its removal the holder’s loss', () => {
    expect(stanceFor(TWO_STATES, 'The Kingdom of Tessel shall have exclusive rights to the fisheries of the Bay.', 'The fisheries of the Bay shall be managed jointly.', 'Republic of Sarnia')).toBe('favour');
  });
});

describe('phrase rules: the wider reading', () => {
  it.each<[string, string, string, string]>([
    ['consent-veto', STATES, 'Ukraine may lease the terminal to a private operator with the prior written consent of the Republic of Sarnia.', 'Ukraine may lease the terminal with the written consent of the other Party.'],
    ['ratification-bypassed', STATES, 'Pending ratification, this Agreement shall be applied provisionally from signature.', 'The Republic of Sarnia will not apply the Annex provisionally.'],
    ['rada-bypassed', STATES, 'This Agreement shall be binding upon Ukraine from the date of its signature.', 'This Agreement shall enter into force once both Parties have ratified it.'],
    ['approval-required', COMPANY, 'This Agreement shall become effective only upon its approval by the shareholders of the Company.', 'This Agreement shall become effective upon signature by both parties.'],
    ['constitution-overridden', STATES, 'This Agreement shall be implemented notwithstanding any provision of the Constitution of Ukraine.', 'This Agreement shall be implemented in accordance with the Constitution of Ukraine.'],
    ['law-overridden', STATES, 'This Agreement shall prevail over any conflicting legislation of Ukraine.', 'This Agreement shall be read together with the legislation of Ukraine.'],
    ['subsoil-alienated', STATES, 'The land plots under the new terminals shall be transferred into the ownership of the Operator.', 'Licences for the new terminals shall be transferred to the Operator.'],
    ['survival', STATES, 'Article 7 shall survive the expiry of this Agreement.', 'Article 7 shall apply throughout the term of this Agreement.'],
    ['one-party-survives', STATES, 'The obligations of Ukraine under Article 7 shall survive any termination of this Agreement.', 'Articles 7 and 8 shall survive any termination of this Agreement.'],
    ['unilateral-change', STATES, 'This Agreement may be amended by the Republic of Sarnia by notice to Ukraine.', 'This Agreement may be amended by written agreement of the Parties.'],
    ['revenue-share-one-sided', STATES, 'Ukraine shall transfer to the Fund sixty percent of the royalties from offshore fields.', 'Ukraine shall transfer to the Fund twenty percent of the royalties from offshore fields.'],
    ['costs-on-one-side', LICENCE, 'The Licensee shall indemnify the Licensor against any and all claims arising from the Products.', 'Each party shall bear its own costs of the arbitration.'],
    ['forum-ousted', LICENCE, 'Findings of the Licensor’s auditor shall not be subject to review by any court or tribunal.', 'Findings of the Licensor’s auditor shall be subject to review by the courts of Oslo.'],
    ['past-assistance-one-sided', STATES, 'The Fund shall reimburse the full value of the aid provided by the Republic of Sarnia since 2021.', 'The Fund shall finance reconstruction in the regions most affected.'],
    ['unilateral-power', STATES, 'The Republic of Sarnia may recall its experts from the Fund at any time and for any reason.', 'The Republic of Sarnia may recall its experts from the Fund for a reason stated in writing.'],
    ['resource-title-passes', STATES, 'The offshore platforms shall become the property of the Republic of Sarnia.', 'The offshore platforms shall remain the property of Ukraine.'],
    ['security-commitment', STATES, 'The Republic of Sarnia shall protect the installations built with the Fund’s money.', 'The Fund shall protect the personal data of its employees.'],
  ])('%s fires on a clause that says it, not on a near miss', (rule, head, fires, nearMiss) => {
    expect(rulesOf(head, fires), fires).toContain(rule);
    expect(rulesOf(head, nearMiss), nearMiss).not.toContain(rule);
  });

  it('a party is known by its capital: "the consent of the Investor" is a veto, "the consent of the majority" is not', () => {
    expect(rulesOf(COMPANY, 'No new shares shall be issued without the prior written consent of the Investor.')).toContain('consent-veto');
    expect(rulesOf(COMPANY, 'No new shares shall be issued without the prior written consent of the majority.')).not.toContain('consent-veto');
    expect(rulesOf(COMPANY, 'No new shares shall be issued except with the approval of shareholders holding two thirds of the shares.')).not.toContain('consent-veto');
  });

  it('land charged by way of mortgage, an installation handed back with all its title, an area relinquished to revert: each passes title or encumbers it', () => {
    const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower") and Birch Bank plc (the "Lender").';
    expect(rulesOf(LOAN, 'As security, the Borrower charges to the Lender by way of first legal mortgage the property known as Unit 7, Quay Works.')).toContain('resource-title-passes');
    expect(rulesOf(STATES, 'On expiry, Ukraine shall hand back and transfer to the Republic of Sarnia, free of charge and free from all encumbrances, all its right, title and interest in the Terminal.')).toContain('resource-title-passes');
    expect(rulesOf(STATES, 'Ukraine shall relinquish one half of the original Contract Area, and the area relinquished shall revert to the Republic of Sarnia.')).toContain('resource-title-passes');
    // near misses: a charge that is a fee, a transfer of no title, an area that is only described
    expect(rulesOf(LOAN, 'The Lender may levy an arrangement fee by way of a charge to the Borrower’s account.')).not.toContain('resource-title-passes');
    expect(rulesOf(STATES, 'Ukraine shall transfer to the Republic of Sarnia, within thirty days and in the agreed format, all the data gathered in the survey.')).not.toContain('resource-title-passes');
    expect(rulesOf(STATES, 'The Contract Area is described in Annex 2 and shown on the map in Annex 3.')).not.toContain('resource-title-passes');
  });

  it('one party’s liability excluded in no case or no event, and a warranty it gives the other none of, relieve that party; the same for both relieves no one', () => {
    const relieved = (text: string) => clauseFindings(LICENCE, text).filter((f) => f.rule === 'party-relieved');
    expect(relieved('The Licensor shall in no case be responsible for loss of data howsoever arising.').map((f) => f.affects)).toEqual(['Licensee']);
    expect(relieved('IN NO EVENT SHALL THE LICENSOR BE LIABLE TO THE LICENSEE FOR ANY INDIRECT DAMAGES.')).toHaveLength(1);
    expect(relieved('Save as set out in Clause 9, the Licensor gives the Licensee no warranty of any kind.').map((f) => f.affects)).toEqual(['Licensee']);
    // near misses: both parties, or a warranty given
    expect(relieved('In no event shall either party be liable for indirect damages.')).toEqual([]);
    expect(relieved('Neither party shall in any case be responsible for delays caused by force majeure.')).toEqual([]);
    expect(relieved('In no event shall the Parties be liable for indirect damages.')).toEqual([]);
    expect(relieved('The Licensor and the Licensee shall in no case be liable for indirect damages.')).toEqual([]);
    expect(relieved('The Licensor gives the Licensee a warranty of twelve months.')).toEqual([]);
  });

  it('a rent that may only rise on review is a burden on its payer; a review both ways is none', () => {
    const LEASE = 'LEASE\n\nThis Lease is made between Alder Ltd (the "Landlord") and Birch Ltd (the "Tenant").';
    const burden = (text: string) => clauseFindings(LEASE, text).filter((f) => f.rule === 'one-sided-burden').map((f) => f.affects);
    expect(burden('The Rent payable by the Tenant to the Landlord shall be reviewed every fifth year, but shall not be reduced on any review.')).toEqual(['Tenant']);
    expect(burden('The Tenant shall pay the Rent, which shall be reviewed every fifth year, and the reviewed Rent shall never be less than the Rent payable before the review.')).toEqual(['Tenant']);
    expect(burden('The Rent payable by the Tenant to the Landlord shall be reviewed every fifth year to the open market rent, whether higher or lower.')).toEqual([]);
    expect(burden('The Rent payable by the Tenant shall not be reduced by any set-off.')).toEqual([]);
  });

  it('an agreement that is "not to become effective until" approved, "comes into effect" on a condition, or is submitted to or approved by a parliament is a term of its entry into force', () => {
    const entry = (text: string) => clauseFindings(STATES, text).filter((f) => f.rule === 'entry-into-force');
    expect(entry('This Agreement shall not become effective until it has been approved by the Parliament of the Republic of Sarnia.')).toHaveLength(1);
    expect(entry('This Agreement shall come into effect only upon its approval by the Council of Ministers of Ukraine.')).toHaveLength(1);
    expect(entry('This Agreement shall not take effect until the Republic of Sarnia has notified the completion of its internal approvals.')).toHaveLength(1);
    expect(entry('This Agreement is subject to the approval of the National Assembly of the Republic of Sarnia.')).toHaveLength(1);
    expect(entry('Ukraine shall submit this Agreement to its Verkhovna Rada for approval.')).toHaveLength(1);
    expect(entry('The Republic of Sarnia shall submit this Agreement to the National Assembly for approval.')).toHaveLength(1);
    expect(entry('This Agreement shall come into force on the date of its signature.')).toHaveLength(1);
    expect(entry('This contract is not binding on the Republic of Sarnia until it has been approved by its Comptroller.')).toHaveLength(1);
    // near misses: a clause that is not effective for a reason, a report submitted to a parliament
    expect(entry('A notice shall not be effective if it is sent by e-mail.')).toEqual([]);
    expect(entry('A notice of withdrawal shall not take effect until it is received by the depositary.')).toEqual([]);
    expect(entry('Any amendment to this Agreement shall not take effect until it is signed by both Parties.')).toEqual([]);
    expect(entry('An amendment to this Agreement is not binding until it is signed by both Parties.')).toEqual([]);
    // an approval by a company's organs is no parliament's
    expect(entry('The annual budget of the Fund is subject to the approval of the General Assembly of its shareholders.')).toEqual([]);
    expect(entry('The annual budget of the Fund is subject to the approval of the Shareholders Assembly.')).toEqual([]);
    expect(entry('The annual budget of the Fund is subject to the approval of the Supervisory Board.')).toEqual([]);
    expect(entry('Ukraine shall submit the annual report to its Parliament.')).toEqual([]);
  });

  it('an agreement\'s entry into force named as a date ("licences granted after the entry into force") is no term of it', () => {
    const entry = (text: string) => clauseFindings(STATES, text).filter((f) => f.rule === 'entry-into-force');
    expect(entry('Ukraine shall contribute 25 percent of the revenues from licences granted after the entry into force of this Agreement.')).toEqual([]);
    expect(entry('Within ninety days from the date of entry into force of this Agreement the Parties shall appoint the Board.')).toEqual([]);
    expect(entry('Each Party shall notify the other of its appointments upon entry into force.')).toEqual([]);
    expect(entry('This Agreement shall remain in force for ten years from its entry into force.')).toEqual([]);
    expect(entry('Neither Party may terminate this Agreement before thirty years after its entry into force.')).toEqual([]);
    // a term of it, said with the noun, still is
    expect(entry('The entry into force of this Agreement is subject to its ratification by the Verkhovna Rada of Ukraine.')).toHaveLength(1);
    expect(entry('This Agreement shall be applied provisionally pending its entry into force.')).toHaveLength(1);
  });

  it('a seller keeping title to goods until it is paid holds them as property: retained, remaining with it, or not passing until then', () => {
    const kept = (text: string) => rulesOf(SALE, text).includes('resource-title-passes');
    expect(kept('Title to the Goods shall remain with the Vendor until the Vendor has received payment in full.')).toBe(true);
    expect(kept('The Vendor retains title to the Goods until it has received the price in full.')).toBe(true);
    expect(kept('Risk passes on delivery, but title shall not pass until the Vendor has received payment in full.')).toBe(true);
    // near misses: each party keeping what it brought, and title passing on delivery
    expect(kept('Each party retains ownership of its own documents and data.')).toBe(false);
    expect(kept('The Purchaser shall insure the Goods from delivery until they are paid for.')).toBe(false);
  });

  it('"the sole and exclusive property of" a party passes title, save for confidential information', () => {
    expect(rulesOf(STATES, 'All improvements shall be the sole and exclusive property of the Republic of Sarnia.')).toContain('resource-title-passes');
    expect(rulesOf(LICENCE, 'All Confidential Information shall be the sole and exclusive property of the Licensor.')).not.toContain('resource-title-passes');
  });

  it('"at the discretion of" a named party is its power; of a tribunal or of the Parties together, no one’s', () => {
    expect(rulesOf(STATES, 'The works may be suspended at the discretion of the Republic of Sarnia.')).toContain('unilateral-power');
    expect(rulesOf(STATES, 'Costs shall be awarded at the discretion of the arbitral tribunal.')).not.toContain('unilateral-power');
    expect(rulesOf(STATES, 'The works may be suspended at the discretion of the Parties.')).not.toContain('unilateral-power');
  });

  it('an exclusive right over a resource or an installation is ownership, any other exclusive right a one-sided power: one or the other, never both or neither', () => {
    for (const what of ['to explore the Contract Area', 'to operate the port', 'to mine the deposits', 'over the pipeline', 'to develop the field']) {
      const rules = rulesOf(STATES, `The Republic of Sarnia shall have the exclusive right ${what}.`);
      expect(rules, what).toContain('resource-title-passes');
      expect(rules, what).not.toContain('unilateral-power');
    }
    const appoint = rulesOf(STATES, 'The Republic of Sarnia shall have the exclusive right to appoint the auditor.');
    expect(appoint).toContain('unilateral-power');
    expect(appoint).not.toContain('resource-title-passes');
  });

  it('the words that make an exclusive right ownership are one list, a fragment both rules that read it name', () => {
    const rules = (seed as { rules: { id: string; phrases: string[] }[] }).rules;
    const phraseOf = (id: string, head: string) => rules.find((r) => r.id === id)!.phrases.find((p) => p.startsWith(head))!;
    expect(phraseOf('resource-title-passes', '\\b(?<!non-)exclusive\\s+rights?')).toContain('{{ownable}}');
    expect(phraseOf('unilateral-power', '\\b(?<!non-)exclusive\\s+right\\s+to')).toContain('{{ownable}}');
    expect((seed as { fragments: Record<string, string> }).fragments.ownable).toMatch(/^\(\?:subsoil\|/u);
  });

  it('a stabilisation clause favours the party whose rights it freezes, named after the words, whoever is named before them', () => {
    const found = clauseFindings(COMPANY, 'As between the Company and the Investor, no change in the law shall affect the rights of the Investor.').filter((f) => f.rule === 'law-stabilised');
    expect(found.map((f) => [f.affects, f.effect])).toEqual([['Investor', 'benefit']]);
  });

  it('a stabilisation clause is one-sided too, weighed in favour of the party it shields: named after a frozen law, or the one to be compensated', () => {
    const shielded = (text: string) => clauseFindings(SARNIA_INVESTMENT, text).filter((f) => f.category === 'one-sided').map((f) => [f.rule, f.affects, f.effect]);
    expect(shielded('No law enacted after the Effective Date shall apply to the Investor.')).toEqual([['law-stabilised-one-sided', 'Investor', 'benefit']]);
    expect(shielded('If a change in law harms the Project, the Host State shall compensate the Investor so as to restore its position.')).toEqual([['law-stabilised-one-sided', 'Investor', 'benefit']]);
    expect(shielded('The fiscal terms shall not be altered to the Investor’s detriment by any later law.')).toEqual([['law-stabilised-one-sided', 'Investor', 'benefit']]);
    expect(shielded('The Investor shall comply with the laws of the Host State in force on the Effective Date.')).toEqual([['law-frozen-one-sided', 'Investor', 'benefit']]);
    expect(shielded('The Investor shall comply with the laws of the Host State as amended from time to time.')).toEqual([]);
  });

  it('one party’s law "in force on the Effective Date" binds the other as it stood then, in the other’s favour; its law as amended from time to time does not', () => {
    const frozen = (text: string) => clauseFindings(SARNIA_INVESTMENT, text).filter((f) => f.rule === 'law-frozen-at-date').map((f) => [f.affects, f.effect]);
    expect(frozen('The Investor shall comply with the laws of the Host State in force on the Effective Date.')).toEqual([['Investor', 'benefit']]);
    expect(frozen('This Agreement shall be governed by the laws of the Host State in force on the date of signature of this Agreement.')).toEqual([['Investor', 'benefit']]);
    expect(frozen('The Investor shall comply with the laws of the Host State as amended from time to time.')).toEqual([]);
    expect(frozen('The Investor shall comply with the laws of the Host State in force on the Site.')).toEqual([]);
    // near misses: the law frozen and then amended after all, a law named by no party's name, a representation of compliance
    expect(frozen('The Investor shall comply with the laws of the Host State as in force on the Effective Date and as subsequently amended.')).toEqual([]);
    expect(clauseFindings(SARNIA_INVESTMENT, 'The Investor shall be subject to the laws of the Kingdom of Estria in force on the Effective Date.').filter((f) => f.rule === 'law-frozen-at-date').map((f) => f.affects)).toEqual([null]);
    expect(frozen('The Investor represents that it has complied with all laws in force on the Effective Date.')).toEqual([]);
  });

  it('a venue in "the courts of a jurisdiction" is a forum, named by no capital', () => {
    expect(rulesOf(LICENCE, 'Any action relating to this Licence may be brought only in the courts of a jurisdiction where the Licensor resides.')).toContain('law-and-forum');
  });

  it('a constitution is a concern between states only, and not when it is a body’s articles', () => {
    expect(rulesOf(STATES, 'The Fund shall act in conformity with the constitutional requirements of each Party.')).toContain('constitution-named');
    expect(rulesOf(COMPANY, 'The Company shall file its constitution with the registrar.')).not.toContain('constitution-named');
    expect(rulesOf(STATES, 'The constitution of the Board shall be set out in its rules of procedure.')).not.toContain('constitution-named');
  });

  it('a clause that names no party weighs on the party the rule names for that case', () => {
    const denied = clauseFindings(STATES, 'Nothing in this Agreement constitutes a security guarantee.').filter((f) => f.rule === 'security-denied');
    expect(denied.map((f) => f.affects)).toEqual(['Ukraine']);
    const override = clauseFindings(STATES, 'This Agreement shall be carried out notwithstanding any provision of the national constitution.').filter((f) => f.rule === 'constitution-overridden');
    expect(override.map((f) => f.affects)).toEqual(['Ukraine']);
    // near miss: between parties the rule does not name, it names no one
    expect(clauseFindings(TWO_STATES, 'Nothing in this Agreement constitutes a security guarantee.').filter((f) => f.rule === 'security-denied').map((f) => f.affects)).toEqual([null]);
  });

  it('keeps out what is reported, released or shared alike', () => {
    expect(rulesOf(STATES, 'The Sarnian delegation stated that its text is consistent with the Constitution of Ukraine.')).not.toContain('constitution-named');
    expect(rulesOf(STATES, 'Nothing in this Agreement shall require Ukraine to transfer ownership of its ports or pipelines.')).not.toContain('resource-title-passes');
    expect(rulesOf(COMPANY, 'The Company irrevocably submits to the jurisdiction of the courts of Dublin.')).not.toContain('irrevocable');
    expect(rulesOf(COMPANY, 'The Company irrevocably waives its right to redeem the shares.')).toContain('irrevocable');
    expect(rulesOf(TWO_STATES, 'Each Party may, at its sole discretion, send an observer to the Council.')).not.toContain('sole-discretion');
    expect(rulesOf(TWO_STATES, 'The Kingdom of Tessel may, at its sole discretion, send observers to the Council.')).toContain('sole-discretion');
  });
});

describe('whom a clause finding weighs on, read as its rule says', () => {
  const weighs = (head: string, text: string, rule: string) => clauseFindings(head, text).filter((f) => f.rule === rule).map((f) => f.affects);

  it('a waiver weighs on the party that waives, not the one it is in favour of', () => {
    expect(weighs(STATES, 'Ukraine irrevocably waives in favour of the Republic of Sarnia any immunity from suit.', 'immunity-waiver')).toEqual(['Ukraine']);
    expect(weighs(STATES, 'Ukraine irrevocably waives for the benefit of the Republic of Sarnia any immunity from suit.', 'immunity-waiver')).toEqual(['Ukraine']);
    expect(weighs(STATES, 'The immunity of Ukraine is hereby irrevocably waived.', 'immunity-waiver')).toEqual(['Ukraine']);
    // near miss: waived by both, it weighs on neither alone
    expect(weighs(STATES, 'Each Party waives its immunity from suit.', 'immunity-waiver')).toEqual([null]);
  });

  it('what a right\'s holder must itself have done for its right ("provided that it has paid all sums due") weighs on the holder', () => {
    const text = 'The Purchaser may rescind this Agreement on the Closing Date by notice to the Vendor, provided that it has paid all sums due under Clause 4.';
    expect(weighs(SALE, text, 'money-flow')).toEqual(['Purchaser']);
    // near miss: a sum named with no condition on the holder weighs on the other party, as any term a right holds over it
    expect(weighs(SALE, 'The Purchaser may rescind this Agreement by notice to the Vendor and claim all sums due under Clause 4.', 'money-flow')).toEqual(['Vendor']);
  });

  it('a party named in an aside as the one a step is for is not the party that waives later in the sentence', () => {
    const text = 'The Borrower submits, for the benefit of the Lender, to the courts of England and irrevocably waives any immunity from execution.';
    expect(weighs(LOAN_PARTIES, text, 'immunity-waiver')).toEqual(['Borrower']);
    // near miss: the party named last, outside any aside, still waives
    expect(weighs(LOAN_PARTIES, 'The Borrower shall indemnify the Lender, and the Lender irrevocably waives any immunity from execution.', 'immunity-waiver')).toEqual(['Lender']);
  });

  it('a right, a claim or a defence waived weighs on the party that gives it up, however the waiver is said', () => {
    expect(weighs(SALE, 'The Purchaser waives any claim it may have against the Vendor for late delivery.', 'rights-waived')).toEqual(['Purchaser']);
    expect(weighs(SALE, 'The Purchaser waives, and shall cause its lenders to waive, every right of set-off against the Vendor.', 'rights-waived')).toEqual(['Purchaser']);
    expect(weighs(SALE, 'The Vendor waives in favour of the Purchaser all contractual remedies for delay.', 'rights-waived')).toEqual(['Vendor']);
    expect(weighs(SALE, 'All objections to the quality of the ore delivered before 1 May are waived by the Purchaser.', 'rights-waived')).toEqual(['Purchaser']);
    expect(weighs(SALE, 'Any right of the Vendor to suspend deliveries for the Purchaser’s late payment is hereby waived.', 'rights-waived')).toEqual(['Vendor']);
    // near misses: a waiver both give, one denied, a waiver only named as a noun, one inside a submission to a court, an immunity (its own rule)
    for (const text of [
      'Each Party waives any claim against the other for indirect loss.',
      'The Purchaser does not waive any claim for late delivery.',
      'No delay by the Vendor in using any right shall operate as a waiver of it.',
      'The Purchaser submits to the courts of Oslo and waives any objection to proceedings there on the ground of inconvenient forum.',
      'The Vendor waives any right of immunity from suit.',
    ])
      expect(weighs(SALE, text, 'rights-waived'), text).toEqual([]);
  });

  it('a party that may act without the other’s consent weighs on the other, which has no say; a party that may not, on itself', () => {
    const say = (text: string) => clauseFindings(LOAN_PARTIES, text).filter((f) => f.category === 'one-sided').map((f) => [f.rule, f.affects, f.effect]);
    expect(say('The Lender may assign any of its rights to any bank without the consent of the Borrower.')).toEqual([['consent-dispensed', 'Borrower', 'burden']]);
    expect(say('The Lender may at any time, without the consent of or notice to the Borrower, transfer its rights.').filter((f) => f[0] === 'consent-dispensed')).toEqual([['consent-dispensed', 'Borrower', 'burden']]);
    expect(say('The Borrower may not assign any of its rights without the consent of the Lender.')).toEqual([['consent-veto', 'Borrower', 'burden']]);
    // near misses: neither may, or a consent not to be unreasonably withheld
    expect(say('Neither the Lender nor the Borrower may assign its rights without the prior written consent of the other.')).toEqual([]);
    expect(say('The Lender may assign its rights with the prior written consent of the Borrower, such consent not to be unreasonably withheld.')).toEqual([]);
  });

  it('what passes to one party without compensation weighs on the party it passes from; other things done without compensation stay a burden on the party they are done to', () => {
    const found = (head: string, text: string) => clauseFindings(head, text).filter((f) => f.category === 'one-sided').map((f) => [f.rule, f.affects]);
    expect(found(TWO_STATES, 'On termination, the facilities built by the Kingdom of Tessel on the territory of the Republic of Sarnia shall pass to the Republic of Sarnia without compensation.')).toEqual([['passes-uncompensated', 'Kingdom of Tessel']]);
    expect(found(LOAN_PARTIES, 'If the Borrower defaults, its shares in the Project Company shall be transferred to the Lender without any compensation.')).toEqual([['passes-uncompensated', 'Borrower']]);
    expect(found(LOAN_PARTIES, 'The Lender may cancel the Facility without compensation to the Borrower.').map((f) => f[0])).toEqual(expect.arrayContaining(['one-sided-burden']));
    expect(found(LOAN_PARTIES, 'The Lender may cancel the Facility without compensation to the Borrower.').map((f) => f[0])).not.toContain('passes-uncompensated');
    // near miss: negated
    expect(found(TWO_STATES, 'The facilities built by the Kingdom of Tessel shall not pass to the Republic of Sarnia without compensation.')).toEqual([]);
  });

  it('a power one party grants weighs on the grantor, whether it grants it to the other party or to a body that is none', () => {
    const UA = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
    const powers = (text: string) => clauseFindings(UA, text).filter((f) => f.rule === 'unilateral-power').map((f) => f.affects);
    expect(powers('Ukraine shall grant the Fund a right of first refusal over each new licence.')).toEqual(['Ukraine']);
    expect(powers('Ukraine hereby grants to the United States a right of first refusal over each new licence.')).toEqual(['Ukraine']);
    // near miss: the party named before the power holds it
    expect(powers('The United States shall have a right of first refusal over each new licence.')).toEqual(['Ukraine']);
  });

  it('a guarantee one state gives by the words themselves protects the other', () => {
    const found = clauseFindings(TWO_STATES, 'Tessel guarantees the independence and territorial integrity of Sarnia and shall take such action, including the use of armed force, as may be necessary.').filter((f) => f.category === 'security');
    expect(found.map((f) => [f.rule, f.affects, f.effect])).toEqual([['security-commitment', 'Republic of Sarnia', 'benefit']]);
  });

  it('distributions made to one party until it has recovered its contributions weigh on the other', () => {
    const found = clauseFindings(LOAN_PARTIES, 'All recoveries shall be paid to the Lender until it has been repaid in full, and thereafter to the Borrower.').filter((f) => f.rule === 'paid-first');
    expect(found.map((f) => f.affects)).toEqual(['Borrower']);
  });

  it('"its Constitution" is the constitution of the party acting before it, though the other is named after; a duty to amend it weighs on that party', () => {
    const found = (text: string) => clauseFindings(TWO_STATES, text).filter((f) => f.category === 'constitutional').map((f) => [f.rule, f.affects, f.effect]);
    expect(found('The Republic of Sarnia shall amend Article 41 of its Constitution to give effect to the allocation to the Kingdom of Tessel.')).toEqual([
      ['constitution-named', 'Republic of Sarnia', 'benefit'],
      ['constitution-overridden', 'Republic of Sarnia', 'burden'],
    ]);
    expect(found('The Republic of Sarnia shall take such measures as its Constitution permits to give effect to the allocation to the Kingdom of Tessel.')).toEqual([['constitution-named', 'Republic of Sarnia', 'benefit']]);
  });

  it('a waiver weighs on the party named last before it, though the sentence named the other after its first mention', () => {
    const text = 'Disputes between the Host State and the Investor shall be settled by arbitration, and the Host State irrevocably waives any immunity from execution.';
    expect(weighs(SARNIA_INVESTMENT, text, 'immunity-waiver')).toEqual(['Host State']);
  });

  it('a party barred is the subject of the words, though another party bears a duty in the sentence', () => {
    expect(weighs(SALE, 'The Vendor shall deliver the ore and the Purchaser shall have no claim for delay.', 'party-barred')).toEqual(['Purchaser']);
  });

  it('a party relieved spares itself and weighs on the other; with no party its subject, on the party the duty was owed to', () => {
    expect(weighs(SALE, 'The Vendor shall deliver the ore, and the Purchaser shall be under no obligation to insure it.', 'party-relieved')).toEqual(['Vendor']);
    expect(weighs(SALE, 'The Fund shall have no obligation to report to the Purchaser.', 'party-relieved')).toEqual(['Purchaser']);
  });
});

describe('what a phrase rule takes from its entry in the catalogue', () => {
  const found = (head: string, text: string) => clauseFindings(head, text).map((f) => [f.rule, f.affects, f.effect]);

  it('its effect: a cap on a party’s liability helps that party', () => {
    expect(found(SALE, 'The total liability of the Vendor shall not exceed the Price.')).toEqual([['liability-capped', 'Vendor', 'benefit']]);
    // a cap said as a limit on what a party is liable for: the party liable, not the one named after it
    const capped = found(SALE, 'The Vendor shall not in any event be liable to the Purchaser for loss of the Goods in an amount exceeding EUR 500.');
    expect(capped.filter((f) => f[0] === 'liability-capped')).toEqual([['liability-capped', 'Vendor', 'benefit']]);
  });

  it('the party it weighs on when its words name none, where that party is one of the draft’s', () => {
    const bypass = 'This Agreement shall be applied provisionally without awaiting ratification.';
    expect(found(STATES, bypass)).toEqual([
      ['entry-into-force', null, 'benefit'],
      ['ratification-bypassed', 'Ukraine', 'burden'],
      ['rada-bypassed', 'Ukraine', 'burden'],
    ]);
    // between states without Ukraine: no one named, and the rules about Ukraine silent
    expect(found(TWO_STATES, bypass)).toEqual([
      ['entry-into-force', null, 'benefit'],
      ['ratification-bypassed', null, 'burden'],
    ]);
  });

  it('whom it speaks to: rules about states speak between any states, rules about Ukraine only where it is a party', () => {
    expect(found(TWO_STATES, 'The Fund shall act in conformity with the constitutional requirements of each Party.')).toEqual([['constitution-named', null, 'benefit']]);
    expect(found(STATES, 'Title to the deposits shall pass to the Fund.').map(([rule]) => rule)).toEqual(['resource-title-passes', 'subsoil-alienated']);
    expect(found(TWO_STATES, 'Title to the deposits shall pass to the Fund.').map(([rule]) => rule)).toEqual(['resource-title-passes']);
  });
});

describe('change findings name what moved, once', () => {
  it('the same kind of concern resting on other words is a change of that kind, on no one’s side', () => {
    const found = changes(SALE, 'Title to the ore shall pass to the Purchaser on delivery at the port.', 'Title to the ore shall pass to the Purchaser when it is loaded on board the vessel.', 'Purchaser');
    const changed = found.filter((f) => f.rule === 'concern-changed');
    expect(changed.map((f) => [f.category, f.stance])).toEqual([['ownership', 'neutral']]);
    // near miss: the same words, the clause changed elsewhere
    const same = changes(SALE, 'Title to the ore shall pass to the Purchaser on delivery. Notices go by post.', 'Title to the ore shall pass to the Purchaser on delivery. Notices go by email.', 'Purchaser');
    expect(same.filter((f) => f.rule === 'concern-changed')).toEqual([]);
  });

  it('a reservation weighs on the party the reserved minerals are kept from, though another receives the land', () => {
    const before = 'The Land is conveyed to the Purchaser, excepting and reserving to the Vendor all mines and minerals under it.';
    const after = 'The Land is conveyed to the Purchaser together with all mines and minerals under it.';
    expect(stanceFor(SALE, before, after, 'Purchaser')).toBe('favour');
    expect(stanceFor(SALE, before, after, 'Vendor')).toBe('against');
  });

  it('the same concern now weighing on the other party has moved, and says which way', () => {
    const before = 'The Vendor waives any immunity from suit in respect of this Agreement.';
    const after = 'The Purchaser waives any immunity from suit in respect of this Agreement.';
    const moved = (we: string) => changes(SALE, before, after, we).filter((f) => f.rule === 'concern-changed');
    expect(moved('Purchaser').map((f) => [f.category, f.affects, f.stance])).toEqual([['governing-law', 'Purchaser', 'against']]);
    expect(moved('Vendor').map((f) => [f.category, f.affects, f.stance])).toEqual([['governing-law', 'Purchaser', 'favour']]);
    expect(moved('Vendor')[0]!.explanation).toMatch(/now weighs on Purchaser, where it weighed on Vendor/);
  });

  it('a thing now held by the other party is read as its holders changed, not as a concern reworded', () => {
    const before = 'The ore extracted from the Site shall become the property of the Purchaser when it is extracted.';
    const after = 'The ore extracted from the Site shall remain the property of the Vendor until it is loaded at the port.';
    const found = changes(SALE, before, after, 'Purchaser').filter((f) => f.category === 'ownership');
    expect(found.map((f) => [f.rule, f.affects, f.effect, f.stance])).toEqual([['holders-changed', 'Vendor', 'benefit', 'against']]);
  });

  it('a concern about a figure comes and goes with the figure, which figure-changed reports', () => {
    const found = changes(STATES, 'Ukraine shall transfer to the Fund 30 percent of the royalties from offshore fields.', 'Ukraine shall transfer to the Fund 70 percent of the royalties from offshore fields.', 'Ukraine');
    expect(found.map((f) => f.rule)).toEqual(['figure-changed']);
    expect(found[0]!.stance).toBe('against');
  });

  it('the same concern made sole or exclusive weighs more on the party it weighs on, and less when no longer', () => {
    const plain = 'Title to equipment acquired for the Project shall be vested in the Vendor.';
    const sole = 'Title to equipment acquired for the Project shall be vested solely in the Vendor.';
    const found = changes(SALE, plain, sole, 'Purchaser').filter((f) => f.rule === 'concern-changed');
    expect(found.map((f) => [f.category, f.affects, f.stance])).toEqual([['ownership', 'Purchaser', 'against']]);
    expect(found[0]!.explanation).toMatch(/now weighs on Purchaser more/);
    expect(stanceFor(SALE, sole, plain, 'Purchaser')).toBe('favour');
    // a title shared that is made sole takes a holder away: the holders changed, and say so
    const shared = 'Title to equipment acquired for the Project shall be vested in the Vendor and the Purchaser in proportion to their interests.';
    expect(changes(SALE, shared, sole, 'Purchaser').filter((f) => f.category === 'ownership').map((f) => [f.rule, f.affects, f.stance])).toEqual([['holders-changed', 'Purchaser', 'against']]);
    // near misses: "non-exclusive", "solely in the event of", "exclusive of" and a negated "exclusive" make nothing sole
    const notMore = (before: string, after: string) => changes(SALE, before, after, 'Purchaser').filter((f) => f.rule === 'concern-changed' && /weighs more/.test(f.explanation));
    expect(notMore(sole, 'Title to equipment acquired for the Project shall be vested in the Vendor under a non-exclusive arrangement.')).toEqual([]);
    expect(notMore('The Vendor may terminate this Agreement at its discretion.', 'The Vendor may terminate this Agreement solely in the event of the insolvency of the Purchaser.')).toEqual([]);
    expect(notMore('Title to the ore shall pass to the Purchaser on delivery.', 'Title to the ore shall pass to the Purchaser on delivery, and the right to take it shall not be exclusive.')).toEqual([]);
  });

  it('the same concern reaching more things weighs more, and fewer things less; words swapped or a condition added are no such widening', () => {
    const narrow = 'As security for its obligations the Vendor charges in favour of the Purchaser its rights under the Mining Licence.';
    const wide = 'As security for its obligations the Vendor charges in favour of the Purchaser its rights under the Mining Licence, all plant at the Site and all ore produced from the Site.';
    const found = changes(SALE, narrow, wide, 'Vendor').filter((f) => f.rule === 'concern-changed');
    expect(found.map((f) => [f.category, f.affects, f.stance])).toEqual([['ownership', 'Vendor', 'against']]);
    expect(found[0]!.explanation).toMatch(/^The [\w ]+ here now reaches more, and weighs on Vendor more: /);
    expect(stanceFor(SALE, wide, narrow, 'Vendor')).toBe('favour');
    // a security commitment that only reaches more says so, not that it commits more force
    const guard = 'The Republic of Sarnia shall protect the installations built with the Fund’s money.';
    const wider = changes(STATES, guard, 'The Republic of Sarnia shall protect the installations, the rail bridges and the grain terminals built with the Fund’s money.', 'Ukraine').filter((f) => f.rule === 'concern-changed');
    expect(wider.map((f) => [f.category, f.affects, f.stance])).toEqual([['security', 'Ukraine', 'favour']]);
    expect(wider[0]!.explanation).toMatch(/now reaches more, and helps Ukraine more: /);
    // words both come and go, or a word that turns the sense comes: which way, the words alone do not say
    const swapped = changes(SALE, narrow, 'As security for its obligations the Vendor charges in favour of the Purchaser its rights under the Export Licence and all plant at the Site.', 'Vendor');
    expect(swapped.filter((f) => f.rule === 'concern-changed').map((f) => f.stance)).toEqual(['neutral']);
    const turned = changes(SALE, narrow, 'As security for its obligations the Vendor charges in favour of the Purchaser its rights under the Mining Licence when the Purchaser so asks in writing.', 'Vendor');
    expect(turned.filter((f) => f.rule === 'concern-changed').map((f) => f.stance)).toEqual(['neutral']);
  });

  it('a commitment to protect, given by the only party a clause names, protects the other party', () => {
    const found = clauseFindings(STATES, 'The Republic of Sarnia shall protect the installations built with the Fund’s money.').filter((f) => f.rule === 'security-commitment');
    expect(found.map((f) => [f.affects, f.effect])).toEqual([['Ukraine', 'benefit']]);
    // near miss: a party acting under its own constitution protects itself
    const own = clauseFindings(STATES, 'Ukraine shall implement this Agreement in accordance with its constitutional requirements.').filter((f) => f.category === 'constitutional');
    expect(own.map((f) => f.affects)).toEqual(own.map(() => 'Ukraine'));
    expect(own.length).toBeGreaterThan(0);
  });

  it('a security commitment cut from force to consultation helps the party it protects less', () => {
    // (said of no party's duty: one a party owes, softened, is that party's duty weighed, duty-hedged)
    const force = 'In the event of an armed attack against Ukraine, assistance shall be given to Ukraine by all means at its disposal, including military force.';
    const talk = 'In the event of an armed attack against Ukraine, consultations shall be held with Ukraine on appropriate measures.';
    const found = changes(STATES, force, talk, 'Ukraine').filter((f) => f.rule === 'concern-changed');
    expect(found.map((f) => [f.category, f.affects, f.effect, f.stance])).toEqual([['security', 'Ukraine', 'burden', 'against']]);
    expect(found[0]!.explanation).toMatch(/now commits less/);
    expect(stanceFor(STATES, talk, force, 'Ukraine')).toBe('favour');
    // near miss: reworded with the same force committed says no direction
    expect(stanceFor(STATES, force, 'In the event of an armed attack against Ukraine, assistance shall without delay be given to Ukraine by all means, including military force.', 'Ukraine')).toBe('neutral');
  });

  it('a cap on one party’s liability made conditional helps that party less: a protection weakened', () => {
    const capped = 'The aggregate liability of the Vendor to the Purchaser under this Agreement shall not exceed the Price.';
    const carved = 'The aggregate liability of the Vendor to the Purchaser under this Agreement shall not exceed the Price, provided that no limit shall apply to liability for breach of the Title Warranties.';
    expect(stanceFor(SALE, capped, carved, 'Vendor')).toBe('against');
    expect(stanceFor(SALE, capped, carved, 'Purchaser')).toBe('favour');
  });

  it('the same concern made to wait on a condition weighs less on the party it weighs on', () => {
    // title passing only once the price is paid: the Vendor keeps it longer, the Purchaser waits
    const found = changes(SALE, 'Title to the ore shall pass to the Purchaser on delivery at the port.', 'Title to the ore shall pass to the Purchaser only upon payment in full of the price.', 'Purchaser');
    expect(found.filter((f) => f.rule === 'concern-changed').map((f) => [f.category, f.affects, f.stance])).toEqual([['ownership', 'Vendor', 'against']]);
    // a right to reject any cargo made to wait on an inspector: the Purchaser loses
    expect(stanceFor(SALE, 'The Purchaser may reject any cargo delivered by the Vendor without giving reasons.', 'The Purchaser may reject a cargo only if the independent inspector certifies that it does not conform.', 'Purchaser')).toBe('against');
    expect(stanceFor(SALE, 'The Purchaser may reject any cargo delivered by the Vendor without giving reasons.', 'The Purchaser may reject a cargo only if the independent inspector certifies that it does not conform.', 'Vendor')).toBe('favour');
  });

  it('a party relieved of a duty: the other bears it, or, where the subject is no party, the party it was owed to', () => {
    expect(clauseFindings(SALE, 'The Purchaser shall insure the cargo, and the Vendor shall be under no obligation to insure it.').filter((f) => f.rule === 'party-relieved').map((f) => f.affects)).toEqual(['Purchaser']);
    expect(clauseFindings(STATES, 'The Fund shall have no obligation to report to Ukraine on its investments.').filter((f) => f.rule === 'party-relieved').map((f) => f.affects)).toEqual(['Ukraine']);
    // barred from a claim: the party barred bears it
    expect(clauseFindings(SALE, 'The Vendor may inspect the Site at any hour, and the Purchaser shall have no claim for any disturbance.').filter((f) => f.rule === 'party-barred').map((f) => f.affects)).toEqual(['Purchaser']);
  });

  it('a place named with "in" ("minerals in Ukraine") is no receiver; "vests in" names one', () => {
    const found = clauseFindings(STATES, 'The Republic of Sarnia shall have a right of first offer to purchase all minerals produced in Ukraine.');
    expect(found.filter((f) => f.category === 'ownership').map((f) => f.affects)).toEqual(['Ukraine']);
    const vested = clauseFindings(STATES, 'Title to the minerals shall vest in the Republic of Sarnia on extraction.');
    expect(vested.filter((f) => f.category === 'ownership').map((f) => f.affects)).toEqual(['Ukraine']);
  });

  it('a power held by a pronoun ("as it deems appropriate") is the acting party’s, not the last party named', () => {
    const found = clauseFindings(STATES, 'The Republic of Sarnia shall consider providing Ukraine with such assistance as it deems appropriate.');
    expect(found.filter((f) => f.rule === 'unilateral-power').map((f) => f.affects)).toEqual(['Ukraine']);
    // near miss: a holder named in the words keeps its reading
    const named = clauseFindings(SALE, 'The Vendor shall deliver the ore to the Purchaser in such lots as the Purchaser deems appropriate.');
    expect(named.filter((f) => f.rule === 'unilateral-power').map((f) => f.affects)).toEqual(['Vendor']);
  });

  it('a party whose thing is controlled is not the holder; a party that acquires control of a company receives nothing', () => {
    const port = clauseFindings(TWO_STATES, "The Republic of Sarnia shall take exclusive control of the Kingdom of Tessel's port at Varn.");
    expect(port.filter((f) => f.rule === 'unilateral-power').map((f) => f.affects)).toEqual(['Kingdom of Tessel']);
    const shares = clauseFindings(COMPANY, 'Title to the Sale Shares shall pass to the Investor on Completion, and the Investor shall thereby acquire control of the Company.');
    expect(shares.filter((f) => f.category === 'ownership').map((f) => f.affects)).toEqual(['Company']);
  });

  it('control "of" or "controlled by" a party names its holder, on whom it does not weigh', () => {
    const kept = clauseFindings(TWO_STATES, 'The Tarsk terminal shall remain under the exclusive control of the Republic of Sarnia.');
    expect(kept.filter((f) => f.category === 'ownership' || f.category === 'one-sided').map((f) => f.affects)).toEqual(['Kingdom of Tessel', 'Kingdom of Tessel']);
    const gone = changes(TWO_STATES, 'The Tarsk terminal shall remain under the exclusive control of the Republic of Sarnia.', 'The Tarsk terminal shall be operated by a joint company of both Parties.', 'Kingdom of Tessel');
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((f) => f.stance === 'favour')).toBe(true);
  });

  it('a sentence whose only change is its figure was not reworded: figure-changed alone says what moved', () => {
    const before = 'The obligations of the Licensee towards the Licensor shall survive termination for two years.';
    const after = 'The obligations of the Licensee towards the Licensor shall survive termination for ten years.';
    const found = changes(LICENCE, before, after, 'Licensee');
    expect(found.map((f) => [f.rule, f.stance])).toEqual([['figure-changed', 'against']]);
    // near miss: the same figure change with other words changed too is reworded
    const reworded = changes(LICENCE, before, 'The obligations of the Licensee of confidentiality and non-use towards the Licensor shall survive termination for ten years.', 'Licensee');
    expect(reworded.map((f) => f.rule)).toContain('concern-changed');
  });

  it('a ratification bypass taken out is a gain for the party whose parliament it bypassed', () => {
    expect(stanceFor(STATES, 'This Agreement shall enter into force upon signature.', 'This Agreement shall enter into force once the Verkhovna Rada of Ukraine has ratified it.', 'Ukraine')).toBe('favour');
    expect(
      stanceFor(
        STATES,
        'This Agreement shall enter into force on the exchange of the instruments of ratification.',
        'This Agreement shall enter into force on the exchange of the instruments of ratification, and shall be applied from signature without awaiting ratification.',
        'Ukraine',
      ),
    ).toBe('against');
  });

  it('a constitution the agreement now prevails over is no compliance clause', () => {
    const found = changes(STATES, 'Conflicts between this Agreement and Ukrainian law shall be settled by consultation.', 'This Agreement shall prevail over the law of Ukraine and the Constitution of Ukraine.', 'Ukraine');
    expect(found.filter((f) => f.rule === 'protection-changed')).toEqual([]);
    expect(found.every((f) => f.stance !== 'favour')).toBe(true);
  });
});
