import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { figuresOf } from '../../src/concerns/figures.js';
import { forumsIn } from '../../src/concerns/forum.js';
import { holdingsIn } from '../../src/concerns/holders.js';
import { shippedPhraseRules } from '../../src/concerns/phrase-rules.js';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';
import { partiesOf } from '../../src/concerns/parties.js';

/**
 * Clauses crafted to make the concern rules work hard: each once took seconds to minutes (a
 * pattern that could split a run of words many ways, or rescanned a sentence or a run of spaces
 * for every place it asked about). The bounds are far above what the linear reading takes on a
 * busy machine and far below what the old reading took.
 */

const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Inc. (the "Buyer").';
const COMPANY = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Larch Mining Ltd (the "Company") and Osprey Capital LLP (the "Investor").';

function timed(head: string, body: string): { ms: number; rules: string[] } {
  const version = parseVersion(`${head}\n\n1. ${body}`);
  const started = performance.now();
  const rules = findingsOfVersion(version, 'single').map((f) => f.rule);
  return { ms: performance.now() - started, rules };
}

describe('concern rules on crafted clauses', () => {
  it('an opening naming a government by thirty thousand words: its name is read to a few words, not made into a pattern that overflows the stack', () => {
    for (const style of ['Government', 'Cabinet of Ministers']) {
      const head = `AGREEMENT\n\nbetween the ${style} of ${'Ukraine '.repeat(30_000)}and the Republic of Sarnia.`;
      const { ms, rules } = timed(head, 'The royalty shall be paid by Ukraine within thirty days.');
      expect(rules).toContain('money-flow');
      expect(ms).toBeLessThan(5000);
    }
  });

  it('runs of number words that never end in a figure (5 to 11 s before)', () => {
    for (const body of ['a '.repeat(20_000) + 'x per cent', 'half '.repeat(20_000) + 'x per cent', 'one and a half '.repeat(5000) + 'x days']) {
      const started = performance.now();
      const figures = figuresOf(body);
      expect(performance.now() - started, body.slice(0, 20)).toBeLessThan(2000);
      expect(figures.filter((f) => f.kind !== 'percent' || f.value !== 50)).toEqual([]);
    }
    // the bound leaves real figures whole
    expect(figuresOf('two hundred and fifty thousand three hundred and twenty-one per cent').map((f) => f.value)).toEqual([250_321]);
  });

  it('one concern said ten thousand times in one sentence (4 to 30 s before)', () => {
    for (const phrase of ['in its sole discretion ', 'at its sole option ', 'may at any time ']) {
      const { ms, rules } = timed(SALE, `The Seller may ${phrase.repeat(10_000)}deliver.`);
      expect(ms, phrase).toBeLessThan(5000);
      // the first places are read, and say it all
      expect(rules.length, phrase).toBeGreaterThan(0);
      expect(rules.length, phrase).toBeLessThanOrEqual(60);
    }
  });

  it('a figure changed beside a run of a hundred thousand spaces (about 195 s before counts and payment dates looked ahead)', () => {
    for (const gap of [' ', '\u00a0', '\t']) {
      const draft = (years: string) => `${SALE}\n\n1. The Seller shall keep records for ${years} years after${gap.repeat(100_000)}final payment.`;
      const started = performance.now();
      const comparison = withFindings(compareVersions(parseVersion(draft('three')), parseVersion(draft('five'))));
      expect(performance.now() - started, JSON.stringify(gap)).toBeLessThan(5000);
      expect(comparison.findings.some((f) => f.rule === 'figure-changed')).toBe(true);
    }
  });

  it('every shipped phrase reads a long run of spaces, tabs or no-break spaces, or of "the party", in linear time (5 to 10 s before four looked ahead)', () => {
    const runs = { spaces: `x${' '.repeat(60_000)}x`, tabs: `x${'\t'.repeat(60_000)}x`, nbsp: `x${'\u00a0'.repeat(60_000)}x`, words: 'the party '.repeat(12_000) };
    const slow: string[] = [];
    for (const rule of shippedPhraseRules().rules) {
      for (const [n, phrase] of [...rule.phrases, ...(rule.unlessSentence ?? [])].entries()) {
        const pattern = new RegExp(phrase, 'giu');
        for (const [name, text] of Object.entries(runs)) {
          const started = performance.now();
          for (let found = 0; found < 100 && pattern.exec(text); found++);
          pattern.lastIndex = 0;
          if (performance.now() - started > 1000) slow.push(`${rule.id} ${n} on ${name}`);
        }
      }
    }
    expect(slow).toEqual([]);
  });

  it('every shipped phrase reads a word repeated with runs of spaces after a modal in linear time (13 s on twelve repeats before the indemnity\u2019s list of verbs took no spaces before its comma)', () => {
    // a repeated group of a word, optional spaces, an optional comma and spaces can split each run
    // of spaces many ways, which multiplies the ways to fail with every repeat: twelve are enough to tell
    const words = ['and', 'the', 'of', 'shall', 'Party', 'or', ','];
    const runs = words.flatMap((word) => [`shall ${`${word}     `.repeat(12)}x`, `The ${`${word} \u00a0 `.repeat(12)}x`]);
    const slow: string[] = [];
    for (const rule of shippedPhraseRules().rules) {
      for (const [n, phrase] of [...rule.phrases, ...(rule.unlessSentence ?? [])].entries()) {
        const pattern = new RegExp(phrase, 'giu');
        for (const text of runs) {
          const started = performance.now();
          for (let found = 0; found < 100 && pattern.exec(text); found++);
          pattern.lastIndex = 0;
          if (performance.now() - started > 1000) slow.push(`${rule.id} ${n} on ${JSON.stringify(text.slice(0, 20))}`);
        }
      }
    }
    expect(slow).toEqual([]);
  });

  it('a megabyte clause of thousands of releases from a party’s own law, changed (2.6 s before the constitution pattern looked ahead)', () => {
    const head = 'TREATY\n\nbetween the Republic of Norland and the Kingdom of Estria (the "Parties").\n\n1. ';
    const body = 'Neither Party shall be required to act against its Constitution. ' + 'The Kingdom of Estria shall not be required to amend its law; '.repeat(20_000);
    const started = performance.now();
    const comparison = withFindings(compareVersions(parseVersion(head + body), parseVersion(`${head}${body} Also.`)));
    expect(comparison.changes.some((c) => c.kind === 'modified')).toBe(true);
    expect(performance.now() - started).toBeLessThan(6000);
  });

  it('thousands of caps and floors on one sum, fractions of a percentage, and offers made first, in one changed clause (23 s, 7 s and 3.5 s at 200,000 characters before)', () => {
    const head = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and the Northern Export Bank (the "Bank").\n\n1. ';
    for (const body of [
      'shall not exceed EUR 5 million and not less than EUR 5 million '.repeat(4000),
      `${'one-quarter of '.repeat(16_000)}one per cent`,
      'before they have been offered to '.repeat(7000),
    ]) {
      const started = performance.now();
      const comparison = withFindings(compareVersions(parseVersion(`${head}${body}.`), parseVersion(`${head}${body} changed.`)), { we: 'Bank' });
      expect(comparison.changes.some((c) => c.kind === 'modified'), body.slice(0, 30)).toBe(true);
      expect(performance.now() - started, body.slice(0, 30)).toBeLessThan(6000);
    }
  });

  it('a changed sentence of 256,000 characters holding a hundred findings is read for rewording once per pair of sentences (a hundred times before)', () => {
    const head = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and the Northern Export Bank (the "Bank").\n\n1. ';
    const body = 'undertakes with the Bank Of The Realm unconditionally and irrevocably to '.repeat(3500);
    const started = performance.now();
    const comparison = withFindings(compareVersions(parseVersion(`${head}${body}.`), parseVersion(`${head}${body} changed.`)), { we: 'Bank' });
    expect(comparison.findings.length).toBeGreaterThan(50);
    expect(performance.now() - started).toBeLessThan(6000);
  });

  it('a clause of thousands of sentences, each changed, and thousands of duties in one sentence (8 s and 3 s before)', () => {
    const head = `${SALE}\n\n1. `;
    const started = performance.now();
    const sentences = compareVersions(parseVersion(head + 'The Seller shall pay 50 percent. '.repeat(3000)), parseVersion(head + 'The Seller shall pay 25 percent. '.repeat(3000)));
    expect(sentences.changes.filter((c) => c.kind === 'modified')).toHaveLength(1);
    const duties = withFindings(compareVersions(parseVersion(head + 'The Seller may solely '.repeat(5000)), parseVersion(head + 'The Seller may only if '.repeat(5000))), { we: 'Buyer' });
    expect(duties.findings.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(6000);
  });

  it('forty thousand duties the parties share in one changed clause are matched by count (23 s before, when each match was taken out of a list)', () => {
    const body = 'The Parties shall meet. '.repeat(40_000);
    const started = performance.now();
    const compared = withFindings(compareVersions(parseVersion(`${SALE}\n\n1. ${body}`), parseVersion(`${SALE}\n\n1. ${body}The Buyer shall pay.`)), { we: 'Seller' });
    expect(compared.findings.some((f) => f.rule === 'duty-shifted' && f.affects === 'Buyer')).toBe(true);
    expect(performance.now() - started).toBeLessThan(15000);
  });

  it('tens of thousands of things handed to holders in one clause, read against many parties', () => {
    const parties = ['Seller', 'Buyer', ...Array.from({ length: 60 }, (_, k) => `Holder ${k}`)];
    const text = 'title shall vest in the Seller and the Buyer on behalf of the Seller, '.repeat(20_000);
    const started = performance.now();
    const holdings = holdingsIn(text, parties);
    expect(performance.now() - started).toBeLessThan(3000);
    // read up to a bound far past any draft's, each with both its holders
    expect(holdings.length).toBeGreaterThan(0);
    expect(holdings.length).toBeLessThanOrEqual(400);
    expect(holdings[0]!.holders).toEqual(['Seller', 'Buyer']);
  });

  it('thousands of passives with their agent, each followed by "and shall" (7 to 14 s before)', () => {
    const version = parseVersion(`${COMPANY}\n\n1. The directors ${'shall be appointed by the Investor and '.repeat(20_000)}shall serve.`);
    const started = performance.now();
    const deontics = deonticsOf(version.clauses.at(-1)!);
    expect(performance.now() - started).toBeLessThan(5000);
    // each passive is the Investor's; no modal after "and" is given to the agent
    expect(deontics.filter((d) => d.phrase === 'shall be appointed by the Investor')).toHaveLength(20_000);
    expect(deontics.filter((d) => d.phrase === 'shall')).toEqual([]);
  });

  it('thousands of exceptions hung on thousands of rights, in one sentence and in as many sentences', () => {
    for (const [old, next] of [
      ['The Seller may deliver '.repeat(5000), 'The Seller may deliver unless late '.repeat(5000)],
      ['The Seller may deliver. '.repeat(5000), 'The Seller may deliver, save where late. '.repeat(5000)],
    ] as const) {
      const started = performance.now();
      const qualified = withFindings(compareVersions(parseVersion(`${SALE}\n\n1. ${old}`), parseVersion(`${SALE}\n\n1. ${next}`))).findings.filter((f) => f.rule === 'term-qualified');
      expect(performance.now() - started, next.slice(0, 40)).toBeLessThan(5000);
      // said once for the Seller's right, however many times it is narrowed
      expect(qualified.map((f) => [f.affects, f.effect])).toEqual([['Seller', 'burden']]);
    }
  });

  it('thousands of notices after thousands of rights, each party\u2019s moved apart: read in one walk, said once for the party', () => {
    const old = "Either the Seller or the Buyer may end it on one day's notice. ".repeat(3000);
    const next = "The Seller may end it on two days' notice, and the Buyer may end it on one day's notice. ".repeat(3000);
    const started = performance.now();
    const shifted = withFindings(compareVersions(parseVersion(`${SALE}\n\n1. ${old}`), parseVersion(`${SALE}\n\n1. ${next}`))).findings.filter((f) => f.rule === 'notice-shifted');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(shifted.map((f) => [f.affects, f.effect])).toEqual([['Seller', 'burden']]);
  });

  it('thousands of reliefs, after subjects, after "and" and in the present tense: read in one walk, said once for the party', () => {
    const old = 'The Seller shall deliver the Goods. '.repeat(3000);
    const next = 'The Seller shall have no liability for delay, and shall not be required to insure, and the Seller is not liable for loss. '.repeat(3000);
    const started = performance.now();
    const spared = withFindings(compareVersions(parseVersion(`${SALE}\n\n1. ${old}`), parseVersion(`${SALE}\n\n1. ${next}`))).findings.filter((f) => f.rule === 'relief-shifted');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(spared.map((f) => [f.affects, f.effect])).toEqual([['Seller', 'benefit']]);
  });

  it('a right followed by many ways to read "by notice to ..." (17 s before)', () => {
    const { ms } = timed(SALE, ('The Seller may ' + 'by notice to the a '.repeat(12)).repeat(20) + 'x.');
    expect(ms).toBeLessThan(5000);
  });

  it('a run of 100,000 spaces after "take effect" (minutes before)', () => {
    const { ms, rules } = timed(SALE, `This Agreement shall take effect on${'\u00a0'.repeat(100_000)}delivery.`);
    expect(ms).toBeLessThan(5000);
    expect(rules).toContain('entry-into-force');
  });

  it('thousands of modals, passives and consents in one sentence (8 to 36 s before)', () => {
    for (const [head, body] of [
      [SALE, `${'The Seller shall '.repeat(4000)}pay.`],
      [SALE, `${'shall be paid by the Buyer '.repeat(4000)}.`],
      [COMPANY, `${'consent of the Investor '.repeat(4000)}mutually.`],
    ] as const) {
      expect(timed(head, body).ms, body.slice(0, 30)).toBeLessThan(10_000);
    }
  });

  it('a court named after a long run of initials (15 s before)', () => {
    const started = performance.now();
    forumsIn('A. '.repeat(40_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('thousands of places named in one clause are read to the first few of each kind (1 s before)', () => {
    const started = performance.now();
    const found = forumsIn('subject to the jurisdiction of the Republic of Sarnia; '.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(50 * 8);
  });

  it('the cap on places counts each kind once, however many of its phrases name it', () => {
    // "courts of", "jurisdiction of" and a court as subject are three phrases of one kind
    const found = forumsIn('the courts of Sarnia; the jurisdiction of the Republic of Tessel; '.repeat(200));
    expect(found.filter((f) => f.kind === 'courts')).toHaveLength(50);
  });

  it('the readings of prices, intervals, long-stops, claims, borne splits, reserved rights, defined consents and contractions stay linear', () => {
    const head = 'AGENCY AGREEMENT\n\nThis Agreement is made between Brandt GmbH (the "Principal") and Olmo S.L. (the "Agent").';
    const unit = (n: string) =>
      `The Principal appoints the Agent, and reserves the right to appoint others, any claim for loss or damage must be notified within ${n} days, the Principal will review the accounts every ${n} months, ` +
      `payment by the Principal of each sum shall be ${n} days after its due date, the cost shall be borne ${n} per cent by the Principal and 25 per cent by the Agent, a refund, less an administration fee of £${n}, ` +
      `the Principal may change these Terms at any time, without Agent Consent, if the Commission Date has not occurred within ${n} years, the authorities of the Principal shall have the right, the kit costs SEK ${n}, up to a maximum of EUR ${n}, reduced by ` +
      `we'll send it, you won't pay EUR ${n} 000 000 by the next Business Day, the excess of £${n}, failing which `;
    // one sentence of about 300,000 characters on each side (3 s here)
    const [old, next] = [unit('7').repeat(400), unit('9').repeat(400)];
    const started = performance.now();
    const found = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${old}`), parseVersion(`${head}\n\n1. ${next}`)), { we: 'Agent' }).findings;
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(found.some((f) => f.rule === 'figure-changed')).toBe(true);
  });

  it('the readings of covenant ratios, deadlines by day, prices moved, time bars, releases, remedies and holds on entry into force stay linear', () => {
    const head = 'FACILITY AGREEMENT\n\nThis Agreement is made between Kestrel Holdings plc (the "Borrower") and the banks and financial institutions named in Schedule 1 (the "Finance Parties").';
    const unit = (n: string) =>
      `the Borrower shall ensure that Leverage does not exceed ${n}.50:1, not later than the ${n === '7' ? 'seventh' : 'ninth'} (${n}th) day after, we will increase the price of the plan by £${n}, ` +
      `the Borrower shall be discharged from all liability unless a claim has been presented within ${n} days, the Borrower releases the Finance Parties, the sole and exclusive remedy of the Borrower, ` +
      `shall not be pre-empted or interrupted by the Borrower, the Loan shall be repaid, the first falling due ${n} years after, the Borrower shall be credited with ${n} per cent, ` +
      `this Agreement shall come into force upon countersignature by the Borrower and the parliamentary approval procedure of the Finance Parties, any law of Kestrel, `;
    // one sentence of about 300,000 characters on each side
    const [old, next] = [unit('7').repeat(350), unit('9').repeat(350)];
    const started = performance.now();
    const found = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${old}`), parseVersion(`${head}\n\n1. ${next}`)), { we: 'Borrower' }).findings;
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(found.some((f) => f.rule === 'figure-changed')).toBe(true);
  });

  // (a clause that changes thousands of figures: each clause's figures are read once, and only its
  // first few pairs weighed; before, every pair read the whole clause again, 39 s at 1,200 fees)
  it('the readings of states’ adjectives, passives to the reader, list items, ceilings, caps on a sum before, service credits, minimum purchases, stable terms and national currencies stay linear', () => {
    const head = 'FISHERIES AGREEMENT\n\nThe Republic of Nalhavi and the Commonwealth of Brisca have agreed as follows.';
    const unit = (n: string) =>
      `Briscan vessels shall pay ${n}5 million crowns; and (b) a contribution of ${n}% of the catch, Brisca shall not borrow more than £${n}50,000, ` +
      `a fee of £${n} applies for each day, up to a maximum of £${n}0, service credits shall not exceed ${n}% of the charges, ` +
      `Nalhavi shall purchase fish with a value of not less than €${n}00,000, the fiscal terms shall remain stable for ${n} years, ` +
      `changes will be notified to you by email, during the first ${n} years of the Term Brisca shall not authorise any terminal, thereafter, of ${n}.5% per annum, `;
    // one sentence of about 250,000 characters and 5,000 figures on each side
    const [old, next] = [unit('7').repeat(500), unit('9').repeat(500)];
    const started = performance.now();
    const found = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${old}`), parseVersion(`${head}\n\n1. ${next}`)), { we: 'Republic of Nalhavi' }).findings;
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(found.some((f) => f.rule === 'figure-changed')).toBe(true);
  });

  it('the readings of refunded shares, reliefs said as "under no obligation", commands to tell, gapped subjects, bans with no one named, time bars and restated sums stay linear', () => {
    const head = 'RESIDENCE TERMS\n\nThese terms are between Larkspur Halls Ltd (the "Owner", "we") and you, the resident (the "Charterer", "you").';
    const unit = (n: string) =>
      `fifty per cent (${n}0%) of the Charter Fee paid shall be refunded, the Owner is under no obligation to accept any Goods, please let the Office know, ` +
      `the Owner shall contribute ${n}0 per cent of the costs, and the Charterer the remaining ${n} per cent, pets are not permitted in your room, your pet must be examined by a vet, ` +
      `none of the Services may be subcontracted by the Owner unless the Charterer has consented, the Owner undertakes that it shall give priority, you must be at least 18 to stay, ` +
      `the Owner shall be discharged of all liability unless (a) notice is given to it in writing within ${n} days, save for fair wear and tear, at its cost, ` +
      `seven hundred thousand pounds sterling (GBP ${n}00,000), without the Owner\u2019s prior written consent, by 3${n === '7' ? '0' : '1'} December 20${n}8, shared 6${n}:40 between the Owner and the Charterer, `;
    // one sentence of about 200,000 characters on each side, then as many sentences (250 units, as
    // beside: at 400, the linear reading took 10 s alone and 21 to 24 s under the whole suite on two
    // busy cores, too near the bound; a quadratic reading still shows at this size)
    expectLinearAsOneSentenceAndMany(head, unit, 250, 'Charterer');
  });

  it('the readings of liens, charges made, waits, payable shares, allowances, thresholds, own rates, deductions, rejection tolerances and reliefs with exceptions stay linear', () => {
    const head = 'SUPPLY TERMS\n\nThese terms are between Hearth & Fork Foods plc ("Hearth & Fork", "we") and the customer named in the order form (the "Customer", "you").';
    const unit = (n: string) =>
      `tell us within ${n} days and we will refund the box, Hearth & Fork shall not be bound by it before that date, you agree not to go to court, we can both agree to refer it, ` +
      `Hearth & Fork shall have a lien on the goods for all sums payable to the Customer, we will charge the hourly rate each month, if your account has had no transactions for ${n} months, we will charge a fee, ` +
      `the Payable Cobalt in each Lot shall be ${n}% of the content, if we believe you may have breached these terms, you must accept returns made within ${n} days, ` +
      `in no Contract Year shall Hearth & Fork be liable in an aggregate amount exceeding £${n}00, all licences are to be obtained by the Customer, we shall, to the extent of our resources, endeavour to protect it, ` +
      `we pay your earnings after deducting our Service Fee of ${n}%, the Customer shall pay a Treatment Charge of USD ${n}10, we shall not be liable for losses to the extent that they do not exceed ${n}.5%, ` +
      `consumption in excess of ${n}8 tonnes shall be paid for by the Customer, our labour rate is £${n}5 an hour, we won't pay more than £${n}50, ` +
      `we may reject any Lot containing more than ${n}% moisture, no annual increase shall exceed ${n}.5%, a Service Failure Deduction of £${n}00 shall be made, extra hours will be charged at £${n}0 per hour, ` +
      `we are not liable for any loss of your goods unless it is caused by our negligence, `;
    // one sentence of about 300,000 characters on each side, then as many sentences
    expectLinearAsOneSentenceAndMany(head, unit, 250, 'Customer');
  });

  it('the readings of interest added, conditions a right arises on, caps in words, rules of members, responsibilities, costs for an account, retained title, extended credit, licences granted and payment dates stay linear', () => {
    const head = 'RULES OF THE HOLLOWAY COOPERATIVE\n\nThese Rules bind Holloway Cooperative Limited (the "Cooperative") and each Member.';
    const unit = (n: string) =>
      `if you don't pay within ${n} days, we'll add interest at ${n}% per month, if a Member cancels with less than ${n}4 hours' notice, the Cooperative may charge a fee, ` +
      `if a Member hasn't collected the goods within ${n} days of our asking, the Cooperative may sell them, the Cooperative's liability shall not exceed the fees paid by the Member, ` +
      `no Member shall commence proceedings, the Cooperative shall take such measures as are available, the protection of the store shall be the responsibility of the Cooperative, ` +
      `responsibility for the grain shall rest with the Member, any defect shall be made good by the Cooperative, title shall not pass until the Cooperative has received payment in full, ` +
      `the Cooperative shall extend to the Member a credit line of £${n}00 at an interest rate of ${n}.25%, an out-of-hours surcharge of £${n}5 applies, a deposit of ${n}0% is payable, ` +
      `payment shall be made within ${n} days, two point ${n} per cent, one and one-quarter per cent, disputes go to the courts of the place where the Member lives, ` +
      `licences shall be granted by the Ministry of Trade of the Cooperative, the final date for payment shall be ${n} days after the due date, demurrage shall be for the Member's account, `;
    // one sentence of about 300,000 characters on each side, then as many sentences
    expectLinearAsOneSentenceAndMany(head, unit, 250, 'Member');
  });

  it('the readings of prices in cents, prices by role, deductions, payable metal, payments due and title on payment stay linear', () => {
    const head = 'CONTRACT FOR THE OPERATION OF THE TERMINAL\n\nThis Contract is made between the Harbour Authority of Aldis (the "Authority" or "Harbour") and Delfland Dredging BV (the "Contractor" or "Operator").';
    const unit = (n: string) =>
      `the Tariff shall be ${n}.10 US cents per kWh, the Contract Price shall be USD ${n},150 per tonne FCA the Contractor's works, each Day shall attract a Deduction of USD ${n},000, ` +
      `Payable Metal: ${n}6.0% of the content, payment is due ${n} days from invoice, the Term shall be ${n} years, ` +
      `title shall pass to the Authority upon receipt by the Contractor of payment in full, `;
    // one sentence of about 300,000 characters on each side, then as many sentences
    expectLinearAsOneSentenceAndMany(head, unit, 250, 'Contractor');
  });

  it('the readings of restated duties, forces, attorneys, cover refused and things received stay linear', () => {
    const head = 'CONTRACT FOR THE OPERATION OF THE TERMINAL\n\nThis Contract is made between the Harbour Authority of Aldis (the "Authority" or "Harbour") and Delfland Dredging BV (the "Contractor" or "Operator").';
    const unit = (n: string) =>
      `the Contractor shall be responsible for keeping the works dry, insurance shall be taken out and maintained by the Contractor, material shall be disposed of by the Contractor, ` +
      `the vessel shall be kept in class by the Contractor, the naval forces of the Authority shall protect the area, members of the forces of the Authority shall be subject to its law, ` +
      `numbers must be confirmed to us, any dispute arising from your hire shall be resolved, the Contractor irrevocably appoints the Authority as its attorney, ` +
      `the Participants will meet, damage caused by wear is not covered, the Contractor will receive a written report from the Authority, a fee of USD ${n},000 is payable, `;
    // one sentence of about 300,000 characters on each side, then as many sentences
    expectLinearAsOneSentenceAndMany(head, unit, 250, 'Contractor');
  });

  it('the readings of figures said again, shares to a side, sums in consideration and caps of a choice stay linear', () => {
    const head = 'SUPPLY CONTRACT No. 8\nLimited Liability Company "Kvant", hereinafter referred to as the "Supplier", and Delfland Dredging BV, hereinafter referred to as the "Buyer", have concluded this Contract as follows:';
    const unit = (n: string) =>
      `the increase shall never be less than ${n} per cent, if any rise exceeds ${n}% the Buyer may cancel, the work share shall be allocated ${n}0% to the industry of the Supplier, ` +
      `In consideration of the sum of EUR ${n},000, the Supplier hereby assigns to the Buyer the design, the Supplier's total liability shall not exceed the greater of the fees paid in the ${n} months before the claim and EUR ${n},500, ` +
      `the first instalment falls due on the fifteenth (15th) anniversary, the Supplier shall retain sovereignty over the site, `;
    // one sentence of about 300,000 characters on each side, then as many sentences
    expectLinearAsOneSentenceAndMany(head, unit, 250, 'Supplier');
  });

  it('openings of thousands of states with short forms, or of roles before a colon, are read in bounded time', () => {
    // (and thousands of short forms with no bracket, or of names on one line joined by a verb, of
    // second parties described in lower case, of lettered parties and of short forms "respectively")
    for (const opening of ['The Republic of Arda ("Arda") and the Kingdom of Bel ("Bel") are '.repeat(5000), 'Lender: Oak ("we") '.repeat(20000), `${'Kvant LLC, hereinafter referred to as the "Seller", and '.repeat(5000)}Oak Ltd have concluded this Contract:`, 'Oak Ltd (the "Employer") employs Ann Lee (the "Employee") and '.repeat(5000), `This Agreement is made between ${'Fen Stores Ltd (the "Store") and the grower named overleaf (the "Grower"), '.repeat(8000)}`, `This Contract is made between ${'Party A: Oak Co., Ltd., and Party B: Elm Oy, and the Republic of Arda and the Kingdom of Bel, hereinafter "Arda" and "Bel" respectively, '.repeat(3000)}`]) {
      const started = performance.now();
      const version = parseVersion(`TREATY\n\n${opening}\n\n1. Arda shall pay.`);
      expect(partiesOf(version).length).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it('the readings added for duties as nouns, passives of receiving and contrasts stay linear', () => {
    for (const [head, body] of [
      [SALE, `${'Delivery of the Goods by the Seller '.repeat(3000)}shall take place.`],
      [SALE, 'the Buyer shall be compensated '.repeat(4000)],
      [SALE, 'whereas the Seller '.repeat(5000)],
    ] as const) {
      expect(timed(head, body).ms, body.slice(0, 30)).toBeLessThan(10_000);
    }
  });

  it('a clause of twenty thousand figures put in (about 20 s before: each counted against every other), and ten thousand payments moved to the other party (about 14 s before: each asked the whole text the same question)', () => {
    const compared = (old: string, next: string) => {
      const started = performance.now();
      const found = withFindings(compareVersions(parseVersion(`${SALE}\n\n1. ${old}`), parseVersion(`${SALE}\n\n1. ${next}`)), { we: 'Seller' }).findings;
      return { ms: performance.now() - started, found };
    };
    const added = compared('The Seller shall deliver.', 'The Board shall consist of four (4) directors, of whom each '.repeat(20_000));
    expect(added.ms).toBeLessThan(10_000);
    expect(added.found.length).toBeGreaterThan(0);
    const sentences = (party: string, n: number) => Array.from({ length: n }, (_, i) => `${(i % 100) + 1} per cent, the ${party} shall pay`).join(' ');
    const moved = compared(sentences('Seller', 10_000), sentences('Buyer', 10_000));
    expect(moved.ms).toBeLessThan(10_000);
    // each payment moved is told as moved, from the Seller to the Buyer
    expect(moved.found.filter((f) => f.rule === 'duty-shifted' && /moved from Seller to Buyer/.test(f.explanation)).length).toBe(10_000);
  });

  it('thousands of conditions on rights freed from consent, changed to consents asked, in one clause (about 12 s at 4,000 before: each condition asked every one of the other side\u2019s again)', () => {
    const lease = 'LEASE\n\nThis Lease is made between Ada Venn (the "Lessor") and Birch Farms Ltd (the "Lessee").';
    const freed = Array.from({ length: 4000 }, (_, i) => `the Lessee may sublet plot ${i} without the consent of the Lessor, provided that it notifies the Lessor within ${(i % 90) + 1} days`).join('; ');
    const asked = Array.from({ length: 4000 }, (_, i) => `the Lessee may sublet plot ${i} only with the prior written consent of the Lessor, save as otherwise agreed`).join('; ');
    const started = performance.now();
    const found = withFindings(compareVersions(parseVersion(`${lease}\n\n1. ${freed}.`), parseVersion(`${lease}\n\n1. ${asked}.`)), { we: 'Lessor' }).findings;
    expect(performance.now() - started).toBeLessThan(6000);
    expect(found.some((f) => f.rule === 'term-qualified' && f.stance === 'favour')).toBe(true);
  });
});

/**
 * A clause made of `unit` said `times` times, its figures 7 in the old version and 9 in the new:
 * once as one sentence (the units joined by commas), once as as many sentences. Each comparison,
 * read for `we`, stays within 20 s and still finds its changed figures.
 */
function expectLinearAsOneSentenceAndMany(head: string, unit: (n: string) => string, times: number, we: string): void {
  for (const [old, next] of [
    [unit('7').repeat(times), unit('9').repeat(times)],
    [unit('7').replaceAll(', ', '. ').repeat(times), unit('9').replaceAll(', ', '. ').repeat(times)],
  ]) {
    const started = performance.now();
    const found = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${old}`), parseVersion(`${head}\n\n1. ${next}`)), { we }).findings;
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(found.some((f) => f.rule === 'figure-changed')).toBe(true);
  }
}
