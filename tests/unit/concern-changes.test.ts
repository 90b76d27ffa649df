import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { oncePerWords, withFindings } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * What a change did to the concerns its clause raised, said in words: a concern that appears, one
 * that is gone, and one that stays but is reworded, with which way it moved where the words say.
 * Every clause here was written for these tests.
 */

const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.';
const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Vendor") and Birch Inc (the "Purchaser").';

/** The change findings of a one-clause draft rewritten, as [rule, category, affects, effect, explanation]. */
function changes(head: string, before: string, after: string, we: string): [string, string, string | null | undefined, string | undefined, string][] {
  const comparison = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`)), { we });
  return comparison.findings.filter((f) => f.level === 'change').map((f) => [f.rule, f.category, f.affects, f.effect, f.explanation.replace(/:.*$/su, '')]);
}

const WIDE_CHARGE = 'As security for its obligations the Vendor charges in favour of the Purchaser its rights under the Mining Licence, all plant at the Site and all ore produced from the Site.';
const NARROW_CHARGE = 'As security for its obligations the Vendor charges in favour of the Purchaser its rights under the Mining Licence.';
const WIDE_GUARD = 'The Republic of Sarnia shall protect the installations, the rail bridges and the grain terminals built with the Fund’s money.';
const NARROW_GUARD = 'The Republic of Sarnia shall protect the installations built with the Fund’s money.';
const FORCE = 'In the event of an armed attack against Ukraine, the Republic of Sarnia shall assist Ukraine by all means, including military force.';
const TALK = 'In the event of an armed attack against Ukraine, the Republic of Sarnia shall consult with Ukraine.';

describe('a concern reworded says which way it moved, where its words say', () => {
  it('a burden that reaches less weighs less, and its effect turns', () => {
    expect(changes(SALE, WIDE_CHARGE, NARROW_CHARGE, 'Vendor')).toEqual([
      ['concern-changed', 'ownership', 'Vendor', 'benefit', 'The ownership term here now reaches less, and weighs on Vendor less'],
    ]);
  });

  it('reach is not read from a figure written another way, nor from words that only join others ("to", "equal to")', () => {
    const worded = [['concern-changed', 'financial', null, 'burden', 'The financial term here is worded differently']];
    expect(changes(SALE, 'The Purchaser shall pay the Vendor a royalty of five per cent (5 per cent) of Net Sales.', 'The Purchaser shall pay the Vendor a royalty of 5% of Net Sales.', 'Purchaser')).toEqual(worded);
    expect(
      changes(SALE, 'The Purchaser shall pay the Vendor a marketing contribution of two per cent of Gross Sales each month.', 'The Purchaser shall pay to the Vendor each month a marketing contribution equal to 2% of Gross Sales.', 'Purchaser'),
    ).toEqual(worded);
  });

  it('reach is read from two words or more come or gone; one word alone is a rewording', () => {
    const licence = `${NARROW_CHARGE.slice(0, -1)} and Export Licence.`;
    const renamed = NARROW_CHARGE.replace('the Mining Licence', 'the new Mining Licence');
    expect(changes(SALE, NARROW_CHARGE, licence, 'Vendor').map((c) => c[4])).toEqual(['The ownership term here now reaches more, and weighs on Vendor more']);
    expect(changes(SALE, licence, NARROW_CHARGE, 'Vendor').map((c) => c[4])).toEqual(['The ownership term here now reaches less, and weighs on Vendor less']);
    expect(changes(SALE, NARROW_CHARGE, renamed, 'Vendor').map((c) => c[4])).toEqual(['The ownership term here is worded differently']);
    expect(changes(SALE, renamed, NARROW_CHARGE, 'Vendor').map((c) => c[4])).toEqual(['The ownership term here is worded differently']);
  });

  it('a term of its own joined on, with a modal of its own, is another term and not more reach of this one', () => {
    const restraint = 'The Vendor shall not, for twelve months after Completion, carry on any business competing with the Purchaser';
    const joined = changes(SALE, `${restraint}.`, `${restraint}, and the Purchaser shall pay the Vendor a monthly fee during that period.`, 'Vendor');
    expect(joined.filter((c) => c[1] === 'one-sided').map((c) => c[4])).toEqual([]);
    // near miss: the same restraint made to reach more, with no term of its own joined on
    const wider = changes(SALE, `${restraint}.`, `${restraint} in Europe, Asia or Africa.`, 'Vendor');
    expect(wider.filter((c) => c[1] === 'one-sided').map((c) => c[4])).toEqual(['The one-sided term here now reaches more, and weighs on Vendor more']);
  });

  it('a sole discretion or assessment dropped while the power stays weighs less on the party it weighed on', () => {
    const sole = changes(SALE, 'The Purchaser may in its sole discretion reject any shipment of ore.', 'The Purchaser may reject a shipment of ore only on reasonable grounds stated in writing.', 'Vendor');
    expect(sole.filter((c) => c[1] === 'one-sided').map((c) => [c[0], c[2], c[3], c[4]])).toEqual([
      ['concern-changed', 'Vendor', 'benefit', 'The one-sided term here now weighs on Vendor less (no longer a sole or absolute discretion or assessment)'],
    ]);
    // near miss: the discretion kept, elsewhere in the sentence
    const kept = changes(SALE, 'The Purchaser may in its sole discretion reject any shipment of ore.', 'The Purchaser may reject any shipment of ore that fails the assay, in its sole discretion.', 'Vendor');
    expect(kept.filter((c) => /no longer a sole or absolute discretion/u.test(c[4]))).toEqual([]);
  });

  it('a restraint put to a period ("during the first five years") is not read as reaching more, though words were only added', () => {
    const restraint = 'The Vendor shall not carry on any business competing with the Purchaser';
    const limited = changes(SALE, `${restraint}.`, `${restraint} during the first five years after Completion.`, 'Vendor');
    expect(limited.filter((c) => c[1] === 'one-sided' && /reaches more/u.test(c[4]))).toEqual([]);
  });

  it('a protection that reaches less helps less, and one that reaches more helps more', () => {
    expect(changes(STATES, WIDE_GUARD, NARROW_GUARD, 'Ukraine')).toEqual([
      ['concern-changed', 'security', 'Ukraine', 'burden', 'The security term here now reaches less, and helps Ukraine less'],
    ]);
    expect(changes(STATES, NARROW_GUARD, WIDE_GUARD, 'Ukraine')).toEqual([
      ['concern-changed', 'security', 'Ukraine', 'benefit', 'The security term here now reaches more, and helps Ukraine more'],
    ]);
  });

  it('a commitment raised from consultation to force commits more, and keeps its effect', () => {
    // said of no party's duty, the commitment is weighed by what it commits
    const force = 'In the event of an armed attack against Ukraine, assistance shall be given to Ukraine by all means, including military force.';
    const talk = 'In the event of an armed attack against Ukraine, consultations shall be held with Ukraine.';
    expect(changes(STATES, talk, force, 'Ukraine')).toEqual([
      ['concern-changed', 'security', 'Ukraine', 'benefit', 'The security term here now commits more (force, troops or all means)'],
    ]);
    expect(changes(STATES, force, talk, 'Ukraine')).toEqual([
      ['concern-changed', 'security', 'Ukraine', 'burden', 'The security term here now commits less (consultation, measures to consider, or support limited)'],
    ]);
  });

  it('the same commitment owed by a party named, softened to consultation or made firm: that party’s duty weighed', () => {
    expect(changes(STATES, FORCE, TALK, 'Ukraine')).toEqual([
      ['duty-hedged', 'security', 'Republic of Sarnia', 'benefit', "Republic of Sarnia's duty is softened to an effort, a consultation or a support, no longer a firm undertaking."],
    ]);
    expect(changes(STATES, TALK, FORCE, 'Ukraine')).toEqual([
      ['duty-hedged', 'security', 'Republic of Sarnia', 'burden', "Republic of Sarnia's duty is made firm, where it was an effort, a consultation or a support."],
    ]);
  });

  it('a commitment of force become "favourable consideration" of a request commits less', () => {
    const considered = 'In the event of an armed attack against Ukraine, the Republic of Sarnia shall give favourable consideration to any request of Ukraine for military assistance.';
    const security = changes(STATES, FORCE, considered, 'Ukraine').filter((c) => c[0] === 'concern-changed' && c[1] === 'security');
    expect(security.map((c) => [c[2], c[3]])).toEqual([['Ukraine', 'burden']]);
  });

  it('a right no longer sole weighs less on the party it weighed on', () => {
    expect(
      changes(SALE, 'Title to equipment acquired for the Project shall be vested solely in the Vendor.', 'Title to equipment acquired for the Project shall be vested in the Vendor.', 'Purchaser'),
    ).toEqual([['concern-changed', 'ownership', 'Purchaser', 'benefit', 'The ownership term here now weighs on Purchaser less (made conditional, capped, given an exception or a deduction, or no longer sole or exclusive)']]);
  });

  it('an ownership term that now passes the thing itself, where a right to be offered it first stood, weighs more on the owner; the preference right it replaced did not go', () => {
    const offered = 'Ukraine shall grant the Republic of Sarnia a right of first offer in respect of new licences for lithium.';
    const assigned = 'Ukraine hereby assigns to the Republic of Sarnia all new licences for lithium issued after the date of signature.';
    expect(changes(STATES, offered, assigned, 'Ukraine')).toEqual([
      ['concern-changed', 'ownership', 'Ukraine', 'burden', 'The ownership term here now passes the thing itself (assigned, transferred or vested), where a licence or a right to be offered it first stood'],
    ]);
    // and back: a weaker form of the same thing, in which no one-sided term appears
    expect(changes(STATES, assigned, offered, 'Ukraine')).toEqual([
      ['concern-changed', 'ownership', 'Ukraine', 'benefit', 'The ownership term here now gives a licence or a right to be offered the thing first, where the thing itself passed'],
    ]);
    // an outright transfer said in other words is neither
    expect(changes(STATES, assigned, 'Ukraine shall transfer to the Republic of Sarnia all new licences for lithium.', 'Ukraine')).toEqual([
      ['concern-changed', 'ownership', null, 'burden', 'The ownership term here is worded differently'],
    ]);
    // nor is a term that was neither a preference nor a transfer made one, or a preference made a
    // term that is neither (a grant of rights assigned; a first refusal over shares made a pledge)
    const worded = ['concern-changed', 'ownership', null, 'burden', 'The ownership term here is worded differently'];
    expect(
      changes(STATES, 'Ukraine shall grant the Republic of Sarnia exclusive mining rights in the Dobra deposit.', 'Ukraine hereby assigns to the Republic of Sarnia exclusive mining rights in the Dobra deposit.', 'Ukraine'),
    ).toEqual([worded]);
    expect(
      changes(
        STATES,
        'Ukraine shall grant the Republic of Sarnia a right of first refusal in respect of the shares of the Dobra pipeline company.',
        'Ukraine shall grant the Republic of Sarnia a pledge over the shares of the Dobra pipeline company.',
        'Ukraine',
      ).filter((c) => c[1] === 'ownership'),
    ).toEqual([worded]);
  });

  it('where the words do not say which way, the change is worded differently and weighs on no one', () => {
    expect(changes(SALE, 'Title to the ore shall pass to the Purchaser on delivery at the port.', 'Title to the ore shall pass to the Purchaser when it is loaded on board the vessel.', 'Purchaser')).toEqual([
      ['concern-changed', 'ownership', null, 'burden', 'The ownership term here is worded differently'],
    ]);
    expect(changes(STATES, FORCE, FORCE.replace('shall assist', 'shall without delay assist'), 'Ukraine')).toEqual([
      ['concern-changed', 'security', null, 'benefit', 'The security term here is worded differently'],
    ]);
  });

  it('an exit or a term that asks more of the party it weighed on weighs more on it, read by its reach alone', () => {
    const erased = 'Purchaser Content shall be erased by the Vendor within sixty days after expiry.';
    const returned = 'Purchaser Content shall be returned by the Vendor to the Purchaser in a readable format on request, and thereafter erased within sixty days after expiry.';
    expect(changes(SALE, erased, returned, 'Purchaser')).toEqual([['concern-changed', 'duration', 'Vendor', 'burden', 'The duration or exit term here now reaches more, and weighs on Vendor more']]);
    expect(changes(SALE, returned, erased, 'Purchaser')).toEqual([['concern-changed', 'duration', 'Vendor', 'benefit', 'The duration or exit term here now reaches less, and weighs on Vendor less']]);
  });

  it('an exit put to a case ("in the event of a material breach") is reworded, not widened, though words were only added', () => {
    const exit = 'The Vendor may terminate this Agreement by written notice to the Purchaser.';
    const onBreach = 'The Vendor may terminate this Agreement by written notice to the Purchaser in the event of a material breach by the Purchaser.';
    expect(changes(SALE, exit, onBreach, 'Purchaser').filter((c) => c[1] === 'duration')).toEqual([['concern-changed', 'duration', null, 'burden', 'The duration or exit term here is worded differently']]);
  });

  it('a cap that "shall not apply to" some claims weighs less on the party it caps', () => {
    const cap = 'The aggregate liability of the Vendor shall not exceed the Price.';
    const carved = 'The aggregate liability of the Vendor shall not exceed the Price, and this limit shall not apply to claims for fraud.';
    expect(changes(SALE, cap, carved, 'Vendor').filter((c) => c[0] === 'concern-changed').map((c) => [c[1], c[2], c[3]])).toEqual([['financial', 'Vendor', 'burden']]);
  });

  it('words of strength weigh only terms a party holds or gives up: an exit made usable at any time is only reworded', () => {
    expect(changes(SALE, 'The Vendor may terminate this Agreement by written notice.', 'The Vendor may terminate this Agreement at any time by written notice.', 'Purchaser')).toEqual([
      ['concern-changed', 'duration', null, 'burden', 'The duration or exit term here is worded differently'],
    ]);
  });

  it('a waiver or a cap given an exception ("but not", "shall not apply to") weighs less on the party it weighed on', () => {
    const waives = 'Ukraine waives all immunity from jurisdiction and from execution in respect of its obligations under this Agreement.';
    const narrowed = 'Ukraine waives immunity from jurisdiction, but not from execution, in respect of its obligations under this Agreement.';
    expect(changes(STATES, waives, narrowed, 'Ukraine')).toEqual([
      ['concern-changed', 'governing-law', 'Ukraine', 'benefit', 'The governing-law or forum term here now weighs on Ukraine less (made conditional, capped, given an exception or a deduction, or no longer sole or exclusive)'],
    ]);
    const carved = 'Ukraine waives all immunity from jurisdiction and from execution in respect of its obligations under this Agreement, and no waiver shall extend to property used for diplomatic purposes.';
    expect(changes(STATES, waives, carved, 'Ukraine').map((c) => [c[2], c[3]])).toEqual([['Ukraine', 'benefit']]);
  });

  it('an exception "save for" or "except for" weighs less on the party it weighed on; one made in favour of a party named is left to that party’s gain', () => {
    const exempt = 'Distributions from the Fund to the Republic of Sarnia shall be exempt from all taxes imposed by Ukraine.';
    const carved = 'Distributions from the Fund to the Republic of Sarnia shall be exempt from all taxes imposed by Ukraine, save for taxes of general application.';
    expect(changes(STATES, exempt, carved, 'Ukraine').filter((c) => c[0] === 'concern-changed').map((c) => [c[1], c[2], c[3]])).toEqual([
      ['financial', 'Ukraine', 'benefit'],
      ['one-sided', 'Ukraine', 'benefit'],
    ]);
    const owned = 'All inventions made by the Purchaser shall belong to the Vendor.';
    const except = 'All inventions made by the Purchaser shall belong to the Vendor, except for those made outside working hours.';
    expect(changes(SALE, owned, except, 'Vendor').filter((c) => c[0] === 'concern-changed').map((c) => [c[1], c[2], c[3]])).toEqual([['ownership', 'Vendor', 'burden']]);
    const pledge = 'The Purchaser shall not encumber the Mining Licence.';
    const save = 'The Purchaser shall not encumber the Mining Licence, save for the pledge of the Mining Licence in favour of the Vendor.';
    expect(changes(SALE, pledge, save, 'Vendor').filter((c) => c[0] === 'concern-changed' && c[2] === 'Purchaser' && c[3] === 'benefit')).toEqual([]);
  });

  it('a precedence over a party’s laws made to spare one of them (", other than the Constitution") weighs less on that party', () => {
    const over = 'The provisions of this Agreement shall prevail over any conflicting legislation of Ukraine.';
    const spared = 'The provisions of this Agreement shall prevail over any conflicting legislation of Ukraine, other than the Constitution of Ukraine.';
    expect(changes(STATES, over, spared, 'Ukraine').filter((c) => c[2] === 'Ukraine').map((c) => c[3])).toContain('benefit');
    expect(changes(STATES, over, spared, 'Ukraine').filter((c) => c[2] === 'Ukraine').map((c) => c[3])).not.toContain('burden');
  });

  it('a consent made "not to be unreasonably withheld" weighs less on the party that needs it', () => {
    const barred = 'The Purchaser shall not transfer its interest in the Mine without the prior written consent of the Vendor.';
    const checked = 'The Purchaser shall not transfer its interest in the Mine without the prior written consent of the Vendor, such consent not to be unreasonably withheld or delayed.';
    expect(changes(SALE, barred, checked, 'Vendor').filter((c) => c[0] === 'concern-changed').map((c) => [c[1], c[2], c[3]])).toEqual([['ownership', 'Purchaser', 'benefit']]);
  });

  it('a concern that weighed on no one is not weighed by its words of strength when it comes to weigh on a party', () => {
    // "exclusive" gone reads as weaker, but the new text gives one party a court of its choosing:
    // the old forum weighed on neither, so which way the words moved it is not known from them
    const exclusive = 'The courts of England shall have exclusive jurisdiction over any dispute arising out of this Agreement.';
    const open = 'The courts of England shall have jurisdiction over any dispute arising out of this Agreement, but the Purchaser may bring proceedings in any other competent court.';
    const forum = changes(SALE, exclusive, open, 'Vendor').filter((c) => c[1] === 'governing-law');
    expect(forum.filter((c) => /now (?:weighs on|helps) Vendor less/u.test(c[4]))).toEqual([]);
    expect(forum.filter((c) => c[2] === 'Vendor' && c[3] === 'benefit')).toEqual([]);
  });

  it('several rules of one kind reworded together make one change of that kind', () => {
    // (two financial rules, a payment and costs borne, both reworded)
    const found = changes(
      SALE,
      'The Purchaser shall pay the Vendor a royalty on each cargo delivered in May, and all costs of carriage shall be borne by the Purchaser.',
      'The Purchaser shall pay the Vendor a royalty on each cargo delivered in June, and all costs of insurance shall be borne by the Purchaser.',
      'Purchaser',
    );
    expect(found).toEqual([['concern-changed', 'financial', null, 'burden', 'The financial term here is worded differently']]);
  });

  it('a one-sided term only reworded, which way unknown, is not reported; one that moved or now reaches more is', () => {
    const consent = 'The Vendor shall not assign this Agreement without the prior written consent of the Purchaser.';
    expect(changes(SALE, consent, 'Without the Purchaser’s prior written consent, the Vendor shall not assign this Agreement.', 'Vendor').filter((c) => c[1] === 'one-sided')).toEqual([]);
    const restraint = 'The Vendor shall not, for twelve months after Completion, carry on any business competing with the Purchaser';
    expect(changes(SALE, `${restraint}.`, `${restraint} in Europe, Asia or Africa.`, 'Vendor').filter((c) => c[1] === 'one-sided').map((c) => c[2])).toEqual(['Vendor']);
  });
});

describe('the period of a right of use granted to a party named', () => {
  it('lengthened is that party’s gain; a period of a duty to use is not read so', () => {
    const granted = (years: string) => `Ukraine grants to the Republic of Sarnia the right to use Berths 4 and 5 of the Port of Odesa for a period of ${years} years.`;
    const longer = changes(STATES, granted('forty-nine'), granted('ninety-nine'), 'Ukraine').filter((c) => c[0] === 'figure-changed');
    expect(longer.map((c) => [c[2], c[3]])).toEqual([['Republic of Sarnia', 'benefit']]);
    // near miss: a duty to keep the berths open for a period, granted no one
    const kept = (years: string) => `Ukraine shall keep Berths 4 and 5 of the Port of Odesa open to shipping for a period of ${years} years.`;
    expect(changes(STATES, kept('forty-nine'), kept('ninety-nine'), 'Ukraine').filter((c) => c[0] === 'figure-changed').map((c) => c[2])).not.toContain('Republic of Sarnia');
  });
});

describe('a term that now gives one party a way out', () => {
  const RENEWAL = 'The supply of the goods by the Vendor to the Purchaser shall renew automatically for successive periods of twelve months';
  it('is in that party’s favour, and against the other', () => {
    expect(changes(SALE, `${RENEWAL}.`, `${RENEWAL} unless the Purchaser gives the Vendor at least thirty days’ notice of non-renewal.`, 'Purchaser')).toEqual([
      ['concern-changed', 'duration', 'Purchaser', 'benefit', 'The duration or exit term here now gives Purchaser a way out'],
    ]);
  });

  it('is no one side’s gain when both parties share it, or when the party had it before', () => {
    expect(changes(SALE, `${RENEWAL}.`, `${RENEWAL} unless the Vendor or the Purchaser gives the other at least thirty days’ notice of non-renewal.`, 'Purchaser').map(([rule, , affects]) => [rule, affects])).toEqual([['concern-changed', null]]);
    const hadBefore = changes(SALE, `${RENEWAL}, and the Purchaser may terminate the supply on notice.`, `${RENEWAL}, and thereafter the Purchaser may terminate the supply on notice.`, 'Purchaser');
    expect([...new Set(hadBefore.map(([rule, , affects]) => `${rule} for ${affects}`))]).toEqual(['concern-changed for null']);
  });

  it('is no way out when the notice is of something else, or comes with a price to pay', () => {
    const concernChanged = (after: string) => changes(SALE, `${RENEWAL}.`, after, 'Purchaser').filter(([rule, category]) => rule === 'concern-changed' && category === 'duration').map(([, , affects]) => affects);
    expect(concernChanged(`${RENEWAL} unless the Vendor gives notice of an increase in the Charges.`)).toEqual([null]);
    expect(concernChanged(`${RENEWAL} unless the Purchaser gives notice of termination and pays the Break Fee.`)).toEqual([null]);
    expect(concernChanged(`${RENEWAL}, and the Purchaser may, on ninety days’ notice, terminate it.`)).toEqual(['Purchaser']);
  });
});

describe('a concern whose sentence only cites other numbers', () => {
  it('is not reworded when a cross-reference follows a renumbering; a reworded one still is', () => {
    const before = 'Subject to Clause 9.2, either the Vendor or the Purchaser may terminate this Agreement by giving ninety days’ written notice.';
    expect(changes(SALE, before, before.replace('Clause 9.2', 'Clause 10.2'), 'Vendor')).toEqual([]);
    expect(changes(SALE, before, before.replace('Clause 9.2', 'Clause IX'), 'Vendor')).toEqual([]);
    // near miss: the same reference, the exit itself reworded
    expect(changes(SALE, before, before.replace('either the Vendor or the Purchaser may terminate', 'either the Vendor or the Purchaser may terminate or suspend'), 'Vendor').map(([rule, category]) => [rule, category])).toEqual([['concern-changed', 'duration']]);
  });
});

describe('a concern that comes or goes', () => {
  it('appears with the effect it has, and goes with the opposite one', () => {
    const elsewhere = 'The Republic of Sarnia shall consult with Ukraine on the investments of the Fund.';
    expect(changes(STATES, elsewhere, TALK, 'Ukraine')).toEqual([['concern-appears', 'security', 'Ukraine', 'benefit', 'A security term appears here']]);
    expect(changes(STATES, TALK, elsewhere, 'Ukraine')).toEqual([['concern-gone', 'security', 'Ukraine', 'burden', 'The security term of the old text is gone']]);
    expect(changes(SALE, 'This Agreement is governed by the laws of England.', 'This Agreement takes effect on signature.', 'Vendor')).toEqual([
      ['concern-appears', 'ratification', null, 'benefit', 'An entry-into-force term appears here'],
      ['concern-gone', 'governing-law', null, 'benefit', 'The governing-law or forum term of the old text is gone'],
    ]);
  });

  it('is named with the article its name takes', () => {
    expect(changes(SALE, 'The Vendor shall deliver the ore at the port.', 'The Vendor shall deliver the ore at the port, and title to the ore shall pass to the Purchaser on delivery.', 'Vendor')[0]?.[4]).toBe('An ownership term appears here');
    expect(changes(SALE, 'This Agreement shall remain in force until the Project is completed.', 'This Agreement shall remain in force irrevocably until the Project is completed.', 'Purchaser').map((c) => c[4])).toContain('A one-sided term appears here');
  });

  it('is not told for a clause added or removed whole, whose own findings tell it', () => {
    const one = `${SALE}\n\n1. The Vendor shall deliver the ore at the port.`;
    const two = `${one}\n\n2. Title to the ore shall pass to the Purchaser on delivery. The Vendor may at its sole discretion change the port.`;
    for (const [before, after, side] of [[one, two, 'new'], [two, one, 'old']] as const) {
      const findings = withFindings(compareVersions(parseVersion(before), parseVersion(after)), { we: 'Purchaser' }).findings;
      expect(findings.filter((f) => f.level === 'clause' && f.version === side).map((f) => f.category)).toEqual(['one-sided', 'ownership']);
      expect(findings.filter((f) => /^concern-/u.test(f.rule))).toEqual([]);
    }
  });

  it('is not told again where a change rule has told it', () => {
    const found = changes(STATES, NARROW_GUARD, 'The Fund shall publish an annual report on the installations built with its money.', 'Ukraine');
    expect(found.map(([rule, category]) => [rule, category])).toEqual([['duty-shifted', 'security']]);
  });
});

describe('one finding per words', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    rule: 'r',
    level: 'clause',
    category: 'one-sided',
    severity: 'medium',
    version: 'new',
    clause: 'c1',
    evidence: { start: 0, end: 10, quote: 'x' },
    explanation: 'e',
    affects: null,
    effect: 'burden',
    ...over,
  });
  const at = (start: number, end: number) => ({ start, end, quote: 'x' });

  it('keeps the most serious of findings of one kind on overlapping words, the first of equals', () => {
    const low = finding({ rule: 'low', severity: 'low' });
    const high = finding({ rule: 'high', severity: 'high', evidence: at(5, 15) });
    expect(oncePerWords([low, high]).map((f) => f.rule)).toEqual(['high']);
    expect(oncePerWords([high, low]).map((f) => f.rule)).toEqual(['high']);
    const first = finding({ rule: 'first' });
    const second = finding({ rule: 'second', evidence: at(9, 20) });
    expect(oncePerWords([first, second]).map((f) => f.rule)).toEqual(['first']);
    expect(oncePerWords([second, first]).map((f) => f.rule)).toEqual(['second']);
    const inside = finding({ rule: 'inside', severity: 'high', evidence: at(2, 4) });
    expect(oncePerWords([first, inside]).map((f) => f.rule)).toEqual(['inside']);
  });

  it('keeps findings on words that only touch, of other kinds, clauses or versions, and of documents or changes', () => {
    const a = finding({ rule: 'a' });
    const cases: Finding[] = [
      finding({ rule: 'touching after', evidence: at(10, 20) }),
      finding({ rule: 'touching before', evidence: at(-5, 0) }),
      finding({ rule: 'other kind', category: 'financial' }),
      finding({ rule: 'other clause', clause: 'c2' }),
      finding({ rule: 'other version', version: 'old' }),
      finding({ rule: 'change', level: 'change' }),
      finding({ rule: 'document', level: 'document', clause: null, evidence: null }),
    ];
    for (const other of cases) expect(oncePerWords([a, other]).map((f) => f.rule)).toEqual(['a', other.rule]);
  });
});
