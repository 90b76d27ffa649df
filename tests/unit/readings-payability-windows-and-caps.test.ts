import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeStance, draft, holders, weights } from '../support/stance-readings.js';

/**
 * The share of metal paid for, what "may have" done, a window for others' acts a party must take,
 * a firm's name with an ampersand before "we", and a cap said "In no year shall X be liable".
 * Openings and clauses written here.
 */

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('the share of metal paid for', () => {
  const OFFTAKE = 'COBALT HYDROXIDE OFFTAKE AGREEMENT\n\nThis Agreement is made between the Tembo Miners Cooperative (the "Seller") and Aldgate Battery Metals Ltd (the "Buyer").';

  it('"The Payable Cobalt in each Lot shall be 68% of the cobalt content": more is the seller’s gain', () => {
    const text = (share: string) => `The Payable Cobalt in each Lot shall be ${share} of the cobalt content determined under Clause 5.`;
    expect(weightOf(weights(OFFTAKE, text('68%')), '68%')).toEqual({ party: 'Seller', rise: 'benefit', added: 'benefit' });
    expect(changeStance(OFFTAKE, text('62%'), text('sixty-eight per cent (68%)'), 'Seller')).toEqual([['figure-changed', 'favour']]);
    expect(weightOf(weights(OFFTAKE, 'The value of each Lot is the cobalt content multiplied by the Payable Percentage, being seventy per cent (70%).'), 'seventy per cent')).toEqual({ party: 'Seller', rise: 'benefit', added: 'benefit' });
  });

  it('near miss: a share "of the Payable Cobalt" delivered is no payability', () => {
    expect(weightOf(weights(OFFTAKE, 'The Seller shall deliver to the Buyer 30% of the Payable Cobalt produced each year.'), '30%')).not.toEqual({ party: 'Seller', rise: 'benefit', added: 'benefit' });
  });
});

describe('what a party "may have" done', () => {
  const SELLERS = 'SELLER AGREEMENT\n\nThis agreement is between Stallbridge Inc. ("Stallbridge", "we") and you, the seller ("you").';

  it('"if we believe you may have breached these terms" gives the seller no right', () => {
    expect(holders(SELLERS, 'We may close your account if we believe you may have breached these terms.')).toEqual([['Stallbridge', 'right']]);
    expect(holders(SELLERS, 'We may close your account if you may have been paid twice.')).toEqual([['Stallbridge', 'right']]);
  });

  it('near miss: "you may have access to the seller dashboard" is still a right', () => {
    expect(holders(SELLERS, 'You may have access to the seller dashboard.')).toEqual([['You', 'right']]);
  });
});

describe('a window for others’ acts a party must take', () => {
  const MARKET = 'MARKETPLACE SELLER TERMS\n\nThese terms are between Wainhouse Marketplace Ltd ("Wainhouse") and you, the seller ("you").';

  it('"You must accept returns made within 30 days of delivery": longer costs the party that must accept', () => {
    const text = (days: string) => `You must accept returns made within ${days} days of delivery.`;
    expect(weightOf(weights(MARKET, text('30')), '30 days')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
    expect(changeStance(MARKET, text('14'), text('30'), 'you')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: "You must ship each order within 3 days" is time to perform, longer helps', () => {
    expect(weightOf(weights(MARKET, 'You must ship each order within 3 days of payment.'), '3 days')).toEqual({ party: 'You', rise: 'benefit', added: 'burden' });
  });
});

describe('a firm’s name with an ampersand before "we"', () => {
  it('"between Harrow & Lane Photography ("we", "us") and the couple ("you")" names the firm as "we"', () => {
    const head = 'WEDDING PHOTOGRAPHY AGREEMENT\n\nThis agreement is between Harrow & Lane Photography ("we", "us") and the couple named in the Booking Form ("you").';
    expect(partiesOf(parseVersion(`${head}\n\n1. We will deliver the album within 12 weeks.`))).toEqual(['Harrow & Lane Photography', 'You']);
  });
});

describe('a cap said "In no year shall X be liable ... exceeding"', () => {
  const STORAGE = 'CO2 STORAGE AGREEMENT\n\nThis Agreement is made between Norhaven Cement plc (the "Emitter") and Deepwell Storage AS (the "Storage Operator").';
  const capsOn = (text: string) => findingsOfVersion(draft(STORAGE, text), 'single').filter((f) => f.level === 'clause' && f.rule.startsWith('liability-capped')).map((f) => [f.rule, f.affects]);

  it('is the Storage Operator’s cap, as "The Storage Operator’s liability shall not exceed" is; restated so, nothing changes', () => {
    const before = 'The Storage Operator’s aggregate liability for Leakage in any Contract Year shall not exceed EUR 10,000,000.';
    const after = 'In no Contract Year shall the Storage Operator be liable for Leakage in an aggregate amount exceeding ten million euros (EUR 10,000,000).';
    expect(capsOn(after)).toEqual(capsOn(before));
    expect(capsOn(after).length).toBeGreaterThan(0);
    expect(changeStance(STORAGE, before, after, 'Emitter').filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });

  it('near miss: "In no event shall either Party be liable ... exceeding" caps both, no one alone', () => {
    const text = 'In no event shall either Party be liable for indirect loss in an amount exceeding EUR 1,000,000.';
    expect(capsOn(text).filter(([rule]) => rule === 'liability-capped-one-sided')).toEqual([]);
  });
});

describe('deductions, rises capped and rates charged, their payer read by role', () => {
  const CLEANING = 'CLEANING SERVICES AGREEMENT\n\nThis Agreement is between Sparkmoor Services plc (the "Service Provider") and the Eastvale Health Board (the "Authority").';
  const FILMS = 'VIDEOGRAPHY AGREEMENT\n\nThis agreement is between Ms Ada Reyes (the "Client") and Brightlane Films Ltd (the "Studio").';

  it('"a Service Failure Deduction of £900 shall be made for each failure": more is the payer’s gain', () => {
    expect(weightOf(weights(CLEANING, 'A Service Failure Deduction of £900 shall be made for each failure.'), '£900')).toEqual({ party: 'Authority', rise: 'benefit', added: 'benefit' });
  });

  it('"no annual increase shall exceed 2.5%": a higher cap is the party paid’s gain, and a cap put in limits it', () => {
    const text = 'The Monthly Charge shall be indexed annually by CPI, provided that no annual increase shall exceed 2.5%.';
    expect(weightOf(weights(CLEANING, text), '2.5%')).toEqual({ party: 'Service Provider', rise: 'benefit', added: 'burden' });
    expect(changeStance(CLEANING, text, 'The Monthly Charge shall be indexed annually by CPI.', 'Service Provider')).toEqual([['figure-changed', 'favour']]);
  });

  it('"Extra hours will be charged at £250 per hour": the payer by role pays the rate', () => {
    expect(weightOf(weights(FILMS, 'Coverage beyond the booked hours will be charged at £250 per hour.'), '£250')).toEqual({ party: 'Client', rise: 'burden', added: 'burden' });
  });

  it('near miss: a deduction the payer makes from its own account names no one paid ("a deduction of £900 from the Authority’s budget")', () => {
    expect(weightOf(weights(CLEANING, 'The Authority shall record a deduction of £900 from its own budget.'), '£900')).not.toEqual({ party: 'Authority', rise: 'benefit', added: 'benefit' });
  });
});
