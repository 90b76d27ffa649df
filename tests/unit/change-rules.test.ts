import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * The change rules read to their exact words: what each finding names, on which side, with which
 * category and for whom. Written where deliberate small bugs in src/concerns/rules (mutation
 * testing) passed every other test. Drafts of a supply agreement between a Seller and a Buyer,
 * written here; the Buyer's point of view.
 */

const HEAD = 'SUPPLY AGREEMENT\n\nbetween Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';

function findings(before: string, after: string, rule: string): Finding[] {
  const comparison = compareVersions(parseVersion(`${HEAD}\n\n${before}`), parseVersion(`${HEAD}\n\n${after}`));
  return withFindings(comparison, { we: 'Buyer' }).findings.filter((f) => f.level === 'change' && f.rule === rule);
}

/** What a reader is told of each finding: side, category, quote, explanation, whom it weighs on and how. */
const told = (list: Finding[]) => list.map((f) => [f.version, f.category, f.evidence?.quote ?? null, f.explanation, f.affects, f.effect ?? null]);

describe('figure-changed names the figures a change touched, and only those', () => {
  it('one figure changed beside another left as it was', () => {
    const found = findings('1. The Buyer shall pay the price within thirty (30) days and a deposit of 10% on signing.', '1. The Buyer shall pay the price within thirty (30) days and a deposit of 20% on signing.', 'figure-changed');
    expect(told(found)).toEqual([['new', 'financial', '20%', 'A figure changed from 10% to 20%.', 'Buyer', 'burden']]);
  });

  it('figures that only changed places are reported as the whole sequences, each now attached to another term', () => {
    const found = findings('1. The Buyer shall pay USD 500 on signing and then USD 900 on delivery.', '1. The Buyer shall pay USD 900 on signing and then USD 500 on delivery.', 'figure-changed');
    expect(told(found)).toEqual([['new', 'financial', 'USD 900', 'A figure changed from USD 500, USD 900 to USD 900, USD 500.', 'Buyer', 'burden']]);
  });

  it('a figure taken out, and one put in beside the others', () => {
    expect(told(findings('1. The Buyer shall pay a deposit of 10% on signing.', '1. The Buyer shall pay a deposit on signing.', 'figure-changed'))).toEqual([['new', 'financial', null, 'A figure 10% removed.', 'Buyer', 'benefit']]);
    const beside = findings('1. The Buyer shall pay within thirty days a deposit of 10% of the Price.', '1. The Buyer shall pay within thirty days a deposit of 10% of the Price and a fee of USD 500.', 'figure-changed');
    expect(told(beside)).toEqual([['new', 'financial', 'USD 500', 'A figure USD 500 added.', 'Buyer', 'burden']]);
  });

  it('the same figures in the same order are no change, though a second one differs from the first', () => {
    expect(findings('1. The Buyer shall pay 10% within thirty days.', '1. The Buyer shall pay ten per cent within thirty days.', 'figure-changed')).toEqual([]);
    const second = findings('1. The Buyer shall pay 10% on signing and 10% on delivery.', '1. The Buyer shall pay 10% on signing and 20% on delivery.', 'figure-changed');
    expect(told(second)).toEqual([['new', 'financial', '20%', 'A figure changed from 10% to 20%.', 'Buyer', 'burden']]);
  });

  it('a clause added or removed whole is no figure changed (its duties and concerns say what it does)', () => {
    const added = findings('1. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods.\n\n2. The Buyer shall pay a deposit of 20% on signing.', 'figure-changed');
    expect(added).toEqual([]);
    const removed = findings('1. The Seller shall deliver the Goods.\n\n2. The Buyer shall pay a deposit of 20% on signing.', '1. The Seller shall deliver the Goods.', 'figure-changed');
    expect(removed).toEqual([]);
  });

  it('a cap "capped at" taken off a sum the party pays costs it; the parts a sum is paid in are no figure; a majority is a threshold, no one\'s money', () => {
    const cap = findings('1. The Seller shall pay delay damages of 0.1 per cent of the Price per day, capped at ten per cent of the Price.', '1. The Seller shall pay delay damages of 0.1 per cent of the Price per day.', 'figure-changed');
    expect(told(cap)).toEqual([['new', 'financial', null, 'A figure ten per cent removed.', 'Seller', 'burden']]);
    expect(findings('1. The Buyer shall pay the Price in equal quarterly instalments.', '1. The Buyer shall pay the Price quarterly in four equal instalments.', 'figure-changed')).toEqual([]);
    const majority = findings('1. The Seller may change the Specification if approved by the Board by a two-thirds majority.', '1. The Seller may change the Specification if approved by the Board.', 'figure-changed');
    expect(told(majority)).toEqual([['new', 'one-sided', null, 'A figure two-thirds removed.', null, null]]);
  });

  it('a sum put in weighs on whom its sentence says: paid to a party named, that party gains; the price of a right, its holder pays', () => {
    const paidTo = findings('1. The Buyer shall pay the Price on delivery.', '1. The Buyer shall pay the Price on delivery and shall pay to the Seller a handling fee of USD 500.', 'figure-changed');
    expect(told(paidTo).map((row) => [row[4], row[5]])).toEqual([['Seller', 'benefit']]);
    const priceOfRight = findings('1. The Buyer may cancel any order before shipment.', '1. The Buyer may cancel any order before shipment upon payment of a cancellation fee of USD 500.', 'figure-changed');
    expect(told(priceOfRight).map((row) => [row[4], row[5]])).toEqual([['Buyer', 'burden']]);
  });

  it('a grace period put in before a failure counts helps the party that would fail; another period put in is left to the words that came with it', () => {
    const grace = findings('1. The Seller may terminate if the Buyer fails to pay any amount on its due date.', '1. The Seller may terminate if the Buyer fails to pay any amount within five Business Days after its due date.', 'figure-changed');
    expect(told(grace)).toEqual([['new', 'financial', 'five Business Days', 'A figure five Business Days added.', 'Buyer', 'benefit']]);
    expect(findings('1. The Buyer shall pay each invoice.', '1. The Buyer shall pay each invoice within thirty days.', 'figure-changed')).toEqual([]);
  });

  it('a time limit put in place of a vague one binds the party that must act by it; put in beside a vague one kept, it says nothing alone', () => {
    const firm = findings('1. The Buyer shall notify the Seller of any defect as soon as reasonably practicable.', '1. The Buyer shall notify the Seller of any defect within forty-eight hours.', 'figure-changed');
    expect(told(firm).map((row) => [row[3], row[4], row[5]])).toEqual([['A figure forty-eight hours added.', 'Buyer', 'burden']]);
    expect(findings('1. The Seller shall replace any defective goods promptly.', '1. The Seller shall replace any defective goods within ten days.', 'figure-changed').map((f) => [f.affects, f.effect])).toEqual([['Seller', 'burden']]);
    expect(findings('1. The Buyer shall notify the Seller promptly of any defect.', '1. The Buyer shall notify the Seller promptly of any defect, and in any case within ten days of delivery.', 'figure-changed')).toEqual([]);
    // a vague time gone from another sentence, and a period longer than "promptly" can mean
    expect(findings('1. The Seller shall deliver promptly. The Seller may vary the prices.', "1. The Seller shall deliver. The Seller may vary the prices on sixty days' notice.", 'figure-changed')).toEqual([]);
    expect(findings('1. The Seller shall replace any defective goods promptly.', '1. The Seller shall replace any defective goods within sixty days.', 'figure-changed')).toEqual([]);
  });

  it('a notice in hours, one or many, is weighed under the concern of its clause, not as the term', () => {
    const hour = findings("1. The Seller may inspect the site on forty-eight hours' notice.", "1. The Seller may inspect the site on one hour's notice.", 'figure-changed');
    expect(told(hour)).toEqual([['new', 'one-sided', 'one hour', 'A figure changed from forty-eight hours to one hour.', 'Seller', 'benefit']]);
    // near miss: days are a period of the agreement's kind
    expect(findings("1. The Seller may inspect the site on ten days' notice.", "1. The Seller may inspect the site on two days' notice.", 'figure-changed').map((f) => f.category)).toEqual(['duration']);
  });

  it('a count changed beside a share: the share is weighed, the count said after it', () => {
    const found = findings('1. The Buyer shall pay two instalments of 5% of the Price.', '1. The Buyer shall pay three instalments of 10% of the Price.', 'figure-changed');
    expect(told(found)).toEqual([['new', 'financial', '10%', 'A figure changed from two instalments, 5% to three instalments, 10%.', 'Buyer', 'burden']]);
  });

  it('so many things supplied are reported only when it is known who supplies them', () => {
    const one = findings('1. The Seller shall supply two inspectors.', '1. The Seller shall supply four inspectors.', 'figure-changed');
    expect(told(one)).toEqual([['new', 'one-sided', 'four inspectors', 'A figure changed from two inspectors to four inspectors.', 'Seller', 'burden']]);
    expect(findings('1. Each party shall supply two inspectors.', '1. Each party shall supply four inspectors.', 'figure-changed')).toEqual([]);
  });
});

describe('duty-shifted', () => {
  it('a duty moved to the other party, in the category of its clause', () => {
    const moved = (before: string, after: string) => told(findings(before, after, 'duty-shifted'));
    expect(moved('1. The Seller shall deliver the Goods.', '1. The Buyer shall collect the Goods.')).toEqual([['new', 'one-sided', 'shall collect the Goods', 'An obligation moved from Seller to Buyer.', 'Buyer', 'burden']]);
    expect(moved('1. The Seller shall pay the freight.', '1. The Buyer shall pay the freight.').map((row) => row[1])).toEqual(['financial']);
    expect(moved('1. The Seller may inspect the Goods.', '1. The Buyer may inspect the Goods.').map((row) => row[3])).toEqual(['A right moved from Seller to Buyer.']);
    expect(moved('1. The Seller shall not resell the Goods.', '1. The Buyer shall not resell the Goods.').map((row) => row[3])).toEqual(['A prohibition moved from Seller to Buyer.']);
    // money read by a phrase rule, not by a word of money
    expect(moved('1. The Seller shall reimburse the travel of the inspectors.', '1. The Buyer shall reimburse the travel of the inspectors.').map((row) => row[1])).toEqual(['financial']);
    expect(moved("1. The Seller shall deploy troops to protect the Buyer's installations.", "1. The Buyer shall deploy troops to protect the Seller's installations.").map((row) => row[1])).toEqual(['security']);
    expect(moved('1. The Seller shall ratify the protocol within the time its parliament sets.', '1. The Buyer shall ratify the protocol within the time its parliament sets.').map((row) => row[1])).toEqual(['ratification']);
  });

  it('a right turned into a duty of the same party: the duty gained and the right lost, each said as what it is', () => {
    expect(told(findings('1. The Seller may inspect the Goods.', '1. The Seller shall inspect the Goods.', 'duty-shifted'))).toEqual([
      ['new', 'one-sided', 'shall inspect the Goods', 'Seller gains an obligation (“shall”) here.', 'Seller', 'burden'],
      ['old', 'one-sided', 'may inspect the Goods', 'Seller no longer has this right (“may”): it was removed.', 'Seller', 'burden'],
    ]);
  });

  it('a right lost by one party and a duty gained by the other are two findings, not a move', () => {
    expect(told(findings('1. The Seller may inspect the Goods.', '1. The Buyer shall inspect the Goods.', 'duty-shifted'))).toEqual([
      ['new', 'one-sided', 'shall inspect the Goods', 'Buyer gains an obligation (“shall”) here.', 'Buyer', 'burden'],
      ['old', 'one-sided', 'may inspect the Goods', 'Seller no longer has this right (“may”): it was removed.', 'Seller', 'burden'],
    ]);
  });

  it('the same act said with a modal where it was said without one neither comes nor goes; said where it was not, it comes', () => {
    expect(findings('1. The inspector, appointed by the Buyer, shall report monthly.', '1. The inspector shall be appointed by the Buyer and shall report monthly.', 'duty-shifted')).toEqual([]);
    expect(findings('1. The inspector shall be appointed by the Buyer and shall report monthly.', '1. The inspector, appointed by the Buyer, shall report monthly.', 'duty-shifted')).toEqual([]);
    // near misses: an act said by no one before, or by the other party
    expect(told(findings('1. The inspector shall report monthly.', '1. The inspector shall be appointed by the Buyer and shall report monthly.', 'duty-shifted')).map((row) => [row[4], row[5]])).toEqual([['Buyer', 'benefit']]);
    expect(told(findings('1. The inspector, appointed by the Seller, shall report monthly.', '1. The inspector shall be appointed by the Buyer and shall report monthly.', 'duty-shifted')).map((row) => [row[4], row[5]])).toEqual([['Buyer', 'benefit']]);
  });

  it('"shall each appoint" is a power each holds, as "shall be appointed by" each is: the one said as the other moves nothing', () => {
    const each = '1. The Seller and the Buyer shall each appoint two members of the Joint Committee.';
    const passive = '1. Two members of the Joint Committee shall be appointed by the Seller, and two by the Buyer.';
    expect(findings(each, passive, 'duty-shifted')).toEqual([]);
    expect(findings(passive, each, 'duty-shifted')).toEqual([]);
    // near miss: only one of them now appoints
    expect(told(findings(each, '1. The Seller shall appoint four members of the Joint Committee.', 'duty-shifted')).map((row) => [row[4], row[5]])).toContainEqual(['Buyer', 'burden']);
  });

  it('a right both parties held, kept by one only, is the other party\'s loss', () => {
    expect(told(findings("1. Either the Seller or the Buyer may terminate this Agreement on six months' notice.", "1. The Seller may terminate this Agreement on six months' notice.", 'duty-shifted'))).toEqual([
      ['old', 'one-sided', "may terminate this Agreement on six months' notice", 'Buyer no longer has this right (“may”): it was removed.', 'Buyer', 'burden'],
    ]);
    // each keeps it, in other words: nothing moved
    expect(findings("1. Either the Seller or the Buyer may terminate this Agreement on six months' notice.", "1. The Seller may terminate this Agreement on six months' notice, and the Buyer may terminate it on six months' notice.", 'duty-shifted')).toEqual([]);
  });

  it('a duty the parties share, come or gone whole, moves nothing between them', () => {
    expect(findings('1. The Parties shall consult on any dispute. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods.', 'duty-shifted')).toEqual([]);
    expect(findings('1. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods. Any dispute may be referred by either Party to arbitration.', 'duty-shifted')).toEqual([]);
  });

  it('to retain title is a right, though said with "shall"', () => {
    const kept = findings('1. Title to the Goods shall pass to the Buyer on delivery.', '1. Title to the Goods shall pass to the Buyer on delivery, but the Seller shall retain title until the Price is paid.', 'duty-shifted');
    expect(told(kept).map((row) => [row[3], row[4], row[5]])).toEqual([['Seller gains a right (“shall”) here.', 'Seller', 'benefit']]);
    // near miss: records kept are a duty
    const records = findings('1. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods. The Seller shall retain records of each delivery.', 'duty-shifted');
    expect(told(records).map((row) => [row[4], row[5]])).toEqual([['Seller', 'burden']]);
  });

  it('"must designate" is a requirement, not a power; "shall designate" over the other stays one', () => {
    expect(told(findings('1. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods. The Buyer must designate one or more contacts for deliveries.', 'duty-shifted')).map((row) => [row[3], row[4], row[5]])).toEqual([
      ['Buyer gains an obligation (“must”) here.', 'Buyer', 'burden'],
    ]);
    expect(told(findings('1. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods. The Buyer shall designate the port of delivery.', 'duty-shifted')).map((row) => [row[3], row[4], row[5]])).toEqual([
      ['Buyer gains a right (“shall”) here.', 'Buyer', 'benefit'],
    ]);
  });

  it('each duty quotes its modal and the words it binds to, so two of one clause with the same modal read apart', () => {
    const two = findings('1. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods. The Buyer must insure the Goods in transit, and the Buyer must pay the freight to the port.', 'duty-shifted');
    expect(two.map((f) => f.evidence?.quote)).toEqual(['must insure the Goods in transit', 'must pay the freight to the port']);
    // the quote is the clause's own words at the finding's place
    const clause = compareVersions(parseVersion(`${HEAD}\n\n1. x`), parseVersion(`${HEAD}\n\n1. The Seller shall deliver the Goods. The Buyer must insure the Goods in transit, and the Buyer must pay the freight to the port.`)).new.clauses.at(-1)!;
    for (const f of two) expect(clause.text.slice(f.evidence!.start, f.evidence!.end)).toBe(f.evidence!.quote);
  });

  it('a prohibition to decide stays a prohibition', () => {
    expect(told(findings('1. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods. The Buyer shall not determine the route.', 'duty-shifted')).map((row) => [row[3], row[4], row[5]])).toEqual([
      ['Buyer gains a prohibition (“shall not”) here.', 'Buyer', 'burden'],
    ]);
  });

  it('a duty to decide is a power: the duty gone, a right gained', () => {
    expect(told(findings('1. The Seller shall inspect the Goods.', '1. The Seller shall determine the Goods to be inspected.', 'duty-shifted'))).toEqual([
      ['new', 'one-sided', 'shall determine the Goods to be inspected', 'Seller gains a right (“shall”) here.', 'Seller', 'benefit'],
      ['old', 'one-sided', 'shall inspect the Goods', 'Seller no longer has this obligation (“shall”): it was removed.', 'Seller', 'benefit'],
    ]);
  });
});

describe('duty-shifted, by what the duty is about', () => {
  const head = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Buyer") and Birch Inc (the "Seller").\n\n';
  const shifted = (before: string, after: string) =>
    withFindings(compareVersions(parseVersion(head + before), parseVersion(head + after)), {})
      .findings.filter((f) => f.rule === 'duty-shifted')
      .map((f) => f.category);

  it('files a duty to pay moved to the other party under money, and any other duty under one-sided terms', () => {
    expect(shifted('1. The Buyer shall pay the freight charges of USD 5,000.', '1. The Seller shall pay the freight charges of USD 5,000.')).toEqual(['financial']);
    expect(shifted('1. The Buyer shall insure the goods.', '1. The Seller shall insure the goods.')).toEqual(['one-sided']);
  });
});

describe('duty-hedged', () => {
  it('weighs a duty made soft or firm, not a soft duty added beside a firm one, or the reverse', () => {
    expect(findings('1. The Seller shall deliver the Goods.', '1. The Seller shall deliver the Goods and shall endeavour to deliver spare parts.', 'duty-hedged')).toEqual([]);
    expect(findings('1. The Seller shall endeavour to deliver spare parts.', '1. The Seller shall endeavour to deliver spare parts and shall deliver the Goods.', 'duty-hedged')).toEqual([]);
    const softened = findings('1. The Seller shall deliver spare parts.', '1. The Seller shall endeavour to deliver spare parts.', 'duty-hedged');
    expect(told(softened)).toEqual([['new', 'one-sided', 'shall', "Seller's duty is softened to an effort, a consultation or a support, no longer a firm undertaking.", 'Seller', 'benefit']]);
  });

  it('the reverse is a duty made firm, at the party’s cost; a soft duty kept beside a firm one softened is still softened', () => {
    const firmed = findings('1. The Seller shall endeavour to deliver spare parts.', '1. The Seller shall deliver spare parts.', 'duty-hedged');
    expect(told(firmed)).toEqual([['new', 'one-sided', 'shall', "Seller's duty is made firm, where it was an effort, a consultation or a support.", 'Seller', 'burden']]);
    const both = findings('1. The Seller shall deliver spare parts and shall endeavour to train staff.', '1. The Seller shall endeavour to deliver spare parts and shall endeavour to train staff.', 'duty-hedged');
    expect(told(both).map((row) => [row[4], row[5]])).toEqual([['Seller', 'benefit']]);
    // near miss: the Buyer's duties, unchanged beside the Seller's, are no one's softening
    expect(told(findings('1. The Seller shall deliver spare parts. The Buyer shall pay.', '1. The Seller shall endeavour to deliver spare parts. The Buyer shall pay.', 'duty-hedged')).map((row) => row[4])).toEqual(['Seller']);
  });

  it('a firm duty turned into a consultation and an effort is softened, and the effort added is no new duty of the party', () => {
    const before = '1. The Seller shall deliver spare parts within ten days of an order.';
    const after = '1. The Seller shall consult with the Buyer and shall use its best efforts to facilitate the delivery of spare parts.';
    expect(told(findings(before, after, 'duty-hedged')).map((row) => [row[4], row[5]])).toEqual([['Seller', 'benefit']]);
    expect(findings(before, after, 'duty-shifted')).toEqual([]);
    // and back: the duty made firm, the efforts dropped no duty the party was freed from
    expect(told(findings(after, before, 'duty-hedged')).map((row) => [row[4], row[5]])).toEqual([['Seller', 'burden']]);
    expect(findings(after, before, 'duty-shifted')).toEqual([]);
  });

  it('a right added beside a duty softened is still a right gained, though its words are those of an effort ("may consult")', () => {
    const found = findings('1. The Seller shall deliver spare parts.', '1. The Seller shall endeavour to deliver spare parts and may consult the engineers of the Buyer.', 'duty-shifted');
    expect(told(found).map((row) => [row[4], row[5]])).toEqual([['Seller', 'benefit']]);
  });

  it('near miss: a consultation added beside a firm duty kept softens nothing, and is a duty of its own', () => {
    const before = '1. The Seller shall deliver spare parts.';
    const after = '1. The Seller shall deliver spare parts and shall consult with the Buyer on their quality.';
    expect(findings(before, after, 'duty-hedged')).toEqual([]);
    expect(told(findings(before, after, 'duty-shifted')).map((row) => [row[4], row[5]])).toEqual([['Seller', 'burden']]);
  });
});

describe('protection-changed', () => {
  it('a way out removed weighs on the party bound by most duties, and quotes the words that went', () => {
    const found = findings('1. The Seller shall deliver the Goods.\n\n2. Either party may terminate this Agreement on notice.', '1. The Seller shall deliver the Goods.\n\n2. Notices are given in writing.', 'protection-changed');
    expect(told(found)).toEqual([['old', 'duration', 'terminate this Agreement on notice', 'A termination clause was removed in the new version.', 'Seller', 'burden']]);
  });
});

describe('protection-changed: a constitution to be amended', () => {
  const STATES = 'AGREEMENT\n\nThis Agreement is made between the Government of Ukraine (the "Ukrainian Side") and the Government of the United States of America.';
  const protections = (before: string, after: string) =>
    withFindings(compareVersions(parseVersion(`${STATES}\n\n1. ${before}`), parseVersion(`${STATES}\n\n1. ${after}`))).findings.filter((f) => f.rule === 'protection-changed');

  it('protects no one: a duty to amend the Constitution put in is no compliance clause appearing', () => {
    expect(protections('The Ukrainian Side shall amend its legislation as necessary.', 'The Ukrainian Side shall amend its legislation, including, where necessary, the Constitution of Ukraine.')).toEqual([]);
  });

  it('near miss: implementation in accordance with the Constitution put in is one', () => {
    expect(protections('The Ukrainian Side shall amend its legislation as necessary.', 'The Ukrainian Side shall implement this Agreement in accordance with the Constitution of Ukraine.').map((f) => f.explanation)).toEqual(['A constitutional-compliance clause appears in this version.']);
  });
});

describe('a change finding that cannot say whom it weighs on', () => {
  it('does not silence a concern of its kind that can', () => {
    const HEADS = 'AGREEMENT\n\nThe Government of Ukraine and the Government of the United States of America (the "Parties") have agreed as follows.';
    const found = withFindings(
      compareVersions(
        parseVersion(`${HEADS}\n\n1. The Parties shall take all measures necessary, including amendments to the Constitution of Ukraine, to give full effect to this Agreement.`),
        parseVersion(`${HEADS}\n\n1. Each Party shall implement this Agreement in accordance with its constitution and laws.`),
      ),
      { we: 'Ukraine' },
    ).findings.filter((f) => f.level === 'change' && f.category === 'constitutional');
    expect(found.map((f) => [f.rule, f.stance])).toContainEqual(['concern-gone', 'favour']);
  });
});

describe('a governing law said again in other words', () => {
  it('is no law gone, nor moved', () => {
    const found = findings('1. This Agreement is governed by the laws of the State of New York, excluding its conflict-of-laws rules.', '1. This Agreement is governed by New York law, without regard to any conflict-of-laws principles.', 'concern-gone');
    expect(found).toEqual([]);
    expect(findings('1. This Agreement is governed by the laws of the State of New York, excluding its conflict-of-laws rules.', '1. This Agreement is governed by New York law, without regard to any conflict-of-laws principles.', 'forum-moved')).toEqual([]);
  });

  it('near miss: another law is a law moved', () => {
    expect(findings('1. This Agreement is governed by the laws of the State of New York.', '1. This Agreement is governed by English law.', 'forum-moved')).toHaveLength(1);
  });
});

describe('protection-changed: a release from a party’s own law', () => {
  const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.';
  const both = 'Neither Ukraine nor the Republic of Sarnia shall be required to take any measure incompatible with its Constitution.';
  const one = 'Ukraine shall not be required to take any measure incompatible with its Constitution.';
  const released = (before: string, after: string) =>
    told(withFindings(compareVersions(parseVersion(`${STATES}\n\n1. ${before}`), parseVersion(`${STATES}\n\n1. ${after}`))).findings.filter((f) => f.rule === 'protection-changed'));

  it('taken from one party costs it; given to one more helps it', () => {
    expect(released(both, one)).toEqual([['new', 'constitutional', null, 'A constitutional-compliance clause no longer releases Republic of Sarnia from measures its own constitution or law forbids.', 'Republic of Sarnia', 'burden']]);
    expect(released(one, both)).toEqual([['new', 'constitutional', null, 'A constitutional-compliance clause now releases Republic of Sarnia from measures its own constitution or law forbids.', 'Republic of Sarnia', 'benefit']]);
  });
});

describe('figure-changed, one case of each kind', () => {
  const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.';
  const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower") and Birch Bank plc (the "Lender").';
  const COMPANY = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Larch Mining Ltd (the "Company") and Osprey Capital LLP (the "Investor").';
  const figureChanges = (head: string, before: string, after: string) =>
    told(withFindings(compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`))).findings.filter((f) => f.rule === 'figure-changed'));

  it('a share paid to a party cut: that party loses', () => {
    expect(figureChanges(STATES, 'Ukraine shall pay to the Republic of Sarnia 50 percent of the revenues.', 'Ukraine shall pay to the Republic of Sarnia 25 percent of the revenues.')).toEqual([
      ['new', 'financial', '25 percent', 'A figure changed from 50 percent to 25 percent.', 'Republic of Sarnia', 'burden'],
    ]);
  });

  it('a period a duty lasts taken out: a duration term, the limit gone costs the party bound', () => {
    expect(figureChanges(HEAD, 'The obligations of the Seller under this Clause shall survive for two years.', 'The obligations of the Seller under this Clause shall survive.')).toEqual([
      ['new', 'duration', null, 'A figure two years removed.', 'Seller', 'burden'],
    ]);
  });

  it('a period put in with new words says nothing alone; a grace period put in helps the party whose failure it is', () => {
    expect(figureChanges(HEAD, 'The Seller may vary the prices.', 'The Seller may vary the prices by giving sixty days notice.')).toEqual([]);
    expect(figureChanges(LOAN, 'An Event of Default occurs if the Borrower fails to pay any sum when due.', 'An Event of Default occurs if the Borrower fails to pay any sum within three Business Days after its due date.')).toEqual([
      ['new', 'financial', 'three Business Days', 'A figure three Business Days added.', 'Borrower', 'benefit'],
    ]);
  });

  it('a period in hours is weighed under its clause’s concern, not as the agreement’s term; time to pay stays money', () => {
    expect(figureChanges(STATES, 'The Parties shall consult within 48 hours of a request by Ukraine on the defence of the installations.', 'The Parties shall consult within 24 hours of a request by Ukraine on the defence of the installations.')).toEqual([
      ['new', 'one-sided', '24 hours', 'A figure changed from 48 hours to 24 hours.', null, null],
    ]);
    expect(figureChanges(HEAD, 'The Buyer shall pay each invoice within thirty days.', 'The Buyer shall pay each invoice within sixty days.')).toEqual([
      ['new', 'financial', 'sixty days', 'A figure changed from thirty days to sixty days.', 'Buyer', 'benefit'],
    ]);
  });

  it('a fixed rate made a margin over a floating one with a floor: the floor is weighed against the fixed rate, not the margin', () => {
    expect(figureChanges(LOAN, 'The Loan shall bear interest at a fixed rate of five per cent per annum.', 'The Loan shall bear interest at EURIBOR plus four per cent per annum, provided that the rate shall at no time be less than six per cent per annum.')).toEqual([
      ['new', 'financial', 'six per cent', 'A figure changed from five per cent to six per cent.', 'Borrower', 'burden'],
    ]);
    // a fixed rate made a margin with no floor, said either way round: no direction is read
    expect(figureChanges(LOAN, 'The Loan shall bear interest at six per cent per annum.', 'The Loan shall bear interest at EURIBOR plus four per cent per annum.')).toEqual([
      ['new', 'financial', 'four per cent', 'A figure changed from six per cent to four per cent.', null, null],
    ]);
    expect(figureChanges(LOAN, 'The Loan shall bear interest at six per cent per annum.', 'The Loan shall bear interest at four per cent per annum above the Bank of England base rate.')).toEqual([
      ['new', 'financial', 'four per cent', 'A figure changed from six per cent to four per cent.', null, null],
    ]);
    // near miss: a margin against a margin is weighed as it stands
    expect(figureChanges(LOAN, 'The Loan shall bear interest at EURIBOR plus five per cent per annum.', 'The Loan shall bear interest at EURIBOR plus four per cent per annum.')).toEqual([
      ['new', 'financial', 'four per cent', 'A figure changed from five per cent to four per cent.', 'Borrower', 'benefit'],
    ]);
  });

  it('a margin said in basis points is weighed against one said in per cent, and like any margin not against a fixed rate', () => {
    expect(figureChanges(LOAN, 'The Loan shall bear interest at EURIBOR plus 2% per annum.', 'The Loan shall bear interest at EURIBOR plus 250 basis points per annum.')).toEqual([
      ['new', 'financial', '250 basis points', 'A figure changed from 2% to 250 basis points.', 'Borrower', 'burden'],
    ]);
    expect(figureChanges(LOAN, 'The Loan shall bear interest at EURIBOR plus 300 bps per annum.', 'The Loan shall bear interest at EURIBOR plus 2.75% per annum.')).toEqual([
      ['new', 'financial', '2.75%', 'A figure changed from 300 bps to 2.75%.', 'Borrower', 'benefit'],
    ]);
    expect(figureChanges(LOAN, 'The Loan shall bear interest at 5% per annum.', 'The Loan shall bear interest at EURIBOR plus 250 basis points per annum.')).toEqual([
      ['new', 'financial', '250 basis points', 'A figure changed from 5% to 250 basis points.', null, null],
    ]);
  });

  it('a sum in words is weighed against one in digits', () => {
    expect(figureChanges(HEAD, 'The Buyer shall pay the Seller an annual fee of twelve million euros.', 'The Buyer shall pay the Seller an annual fee of EUR 9,000,000.')).toEqual([
      ['new', 'financial', 'EUR 9,000,000', 'A figure changed from twelve million euros to EUR 9,000,000.', 'Seller', 'burden'],
    ]);
  });

  it('a tax rate is no price: whom it falls on is not read from the parties’ roles', () => {
    expect(figureChanges(HEAD, 'Sums payable are subject to withholding tax at the rate of ten per cent.', 'Sums payable are subject to withholding tax at the rate of fifteen per cent.').map(([, , quote, , affects]) => [quote, affects])).toEqual([['fifteen per cent', null]]);
  });

  it('time to release money held back is money; a period that only starts at a payment is a period', () => {
    expect(figureChanges(HEAD, 'The Buyer shall release the retainage to the Seller within thirty days after acceptance.', 'The Buyer shall release the retainage to the Seller within ninety days after acceptance.').map(([, category, quote]) => [category, quote])).toEqual([['financial', 'ninety days']]);
    expect(figureChanges(HEAD, 'The Seller and the Buyer shall each keep records for three years after final payment.', 'The Seller and the Buyer shall each keep records for five years after final payment.').map(([, category, quote]) => [category, quote])).toEqual([['duration', 'five years']]);
  });

  it('a count of things supplied, under its clause’s concern; a multiple put in on a cap; a vote threshold, a matter of balance', () => {
    expect(figureChanges(STATES, 'The Republic of Sarnia shall deliver two air-defence batteries to Ukraine.', 'The Republic of Sarnia shall deliver four air-defence batteries to Ukraine.')).toEqual([
      ['new', 'security', 'four air-defence batteries', 'A figure changed from two air-defence batteries to four air-defence batteries.', 'Republic of Sarnia', 'burden'],
    ]);
    expect(figureChanges(HEAD, 'The liability of the Seller shall not exceed the Price.', 'The liability of the Seller shall not exceed twice the Price.')).toEqual([
      ['new', 'financial', 'twice', 'A figure twice added.', 'Seller', 'burden'],
    ]);
    expect(figureChanges(COMPANY, 'The sale may proceed if holders of at least 50 percent of the shares approve it.', 'The sale may proceed if holders of at least 75 percent of the shares approve it.')).toEqual([
      ['new', 'one-sided', '75 percent', 'A figure changed from 50 percent to 75 percent.', null, null],
    ]);
  });

  it('a cap set as a share of the sum it capped whole is weighed against that sum taken once', () => {
    // 150% of the Price is more than the Price: the Seller answers for more
    expect(figureChanges(HEAD, 'The liability of the Seller shall not exceed the Price.', 'The liability of the Seller shall not exceed 150% of the Price.')).toEqual([
      ['new', 'financial', '150%', 'A figure 150% added.', 'Seller', 'burden'],
    ]);
    expect(figureChanges(HEAD, 'The liability of the Seller shall not exceed the Price.', 'The liability of the Seller shall not exceed 50% of the Price.')).toEqual([
      ['new', 'financial', '50%', 'A figure 50% added.', 'Seller', 'benefit'],
    ]);
    // taken out, the reverse
    expect(figureChanges(HEAD, 'The liability of the Seller shall not exceed 150% of the Price.', 'The liability of the Seller shall not exceed the Price.')).toEqual([
      ['new', 'financial', null, 'A figure 150% removed.', 'Seller', 'benefit'],
    ]);
    // a cap put in where the liability was unlimited is a cap added, which helps the party capped
    expect(figureChanges(HEAD, 'The liability of the Seller shall be unlimited.', 'The liability of the Seller shall not exceed 150% of the Price.')).toEqual([
      ['new', 'financial', '150%', 'A figure 150% added.', 'Seller', 'benefit'],
    ]);
    // a share that is no cap put in where the same verb took the sum whole ("pay the Price" →
    // "pay 10% of the Price") is weighed against the whole: the Buyer pays less on delivery
    expect(figureChanges(HEAD, 'The Buyer shall pay the Price on delivery.', 'The Buyer shall pay 10% of the Price on delivery.')).toEqual([
      ['new', 'financial', '10%', 'A figure 10% added.', 'Buyer', 'benefit'],
    ]);
    // (but one put in beside the sum still paid whole is a payment put in, as before)
    expect(figureChanges(HEAD, 'The Buyer shall pay the Price on delivery.', 'The Buyer shall pay the Price on delivery and a storage fee of 10% of the Price.')).toEqual([
      ['new', 'financial', '10%', 'A figure 10% added.', 'Buyer', 'burden'],
    ]);
  });

  it('a sum whose sentence names no one is owed by the party the clauses before it under the same heading bind', () => {
    // "Contributions" name no payer; the article's first clause says whose they are
    const article = (total: string, first = 'Ukraine shall contribute to the Fund 25 percent of the revenues from new licences:') =>
      `${STATES}\n\nArticle 4 Contributions\n\n4.1 ${first}\n\n(a) rare earth elements;\n\n(b) oil and gas.\n\n4.2 Contributions shall continue until the Fund has received an aggregate amount of ${total}.`;
    const changed = (first?: string) =>
      told(withFindings(compareVersions(parseVersion(article('USD 100,000,000', first)), parseVersion(article('USD 150,000,000', first)))).findings.filter((f) => f.rule === 'figure-changed'));
    expect(changed()).toEqual([['new', 'financial', 'USD 150,000,000', 'A figure changed from USD 100,000,000 to USD 150,000,000.', 'Ukraine', 'burden']]);
    // in a flat list of clauses under no heading, the clause before is about something else
    const flat = (total: string) => `${STATES}\n\n1. Ukraine shall deliver the annual report to the Fund.\n\n2. Liquidated damages of ${total} per day shall apply to late delivery of the equipment.`;
    expect(told(withFindings(compareVersions(parseVersion(flat('USD 1,000')), parseVersion(flat('USD 5,000')))).findings.filter((f) => f.rule === 'figure-changed')).map((f) => f[4])).toEqual([null]);
    // where the clause before binds both parties, whose sum it is stays unknown
    expect(changed('Ukraine and the Republic of Sarnia shall each contribute to the Fund 25 percent of the revenues from new licences:')).toEqual([
      ['new', 'financial', 'USD 150,000,000', 'A figure changed from USD 100,000,000 to USD 150,000,000.', null, null],
    ]);
  });

  it('a fee put in costs the payer, and taken out spares it', () => {
    expect(figureChanges(HEAD, 'The Buyer shall pay each invoice.', 'The Buyer shall pay each invoice and a fee of 2 percent.')).toEqual([['new', 'financial', '2 percent', 'A figure 2 percent added.', 'Buyer', 'burden']]);
    expect(figureChanges(HEAD, 'The Buyer shall pay a fee of 2 percent on each invoice.', 'The Buyer shall pay each invoice.')).toEqual([['new', 'financial', null, 'A figure 2 percent removed.', 'Buyer', 'benefit']]);
  });
});

describe('duty-shifted: a discretion in a condition on a duty', () => {
  it('is the other party\'s say, and leaves the duty a duty: nothing shifted', () => {
    const found = findings(
      '1. The Buyer shall repay the Deposit if a court finds that it was misused.',
      '1. The Buyer shall repay the Deposit, with interest, if the Seller determines in its sole discretion that it was misused.',
      'duty-shifted',
    );
    expect(found.map((f) => f.explanation)).toEqual([]);
  });

  it('near miss: a discretion over how the duty is done makes it a power', () => {
    const found = findings('1. The Seller shall allocate the capacity among the buyers.', '1. The Seller shall allocate the capacity among the buyers in its absolute discretion.', 'duty-shifted');
    expect(found.map((f) => [f.affects, f.effect])).toContainEqual(['Seller', 'benefit']);
  });
});

describe('figure-changed: a notice period against a period of another kind', () => {
  it('is not weighed as a rise or a fall', () => {
    const found = findings(
      "1. The Seller shall give the Buyer at least two months' notice before it raises the price.",
      '1. The Seller may raise the price at any time and shall tell the Buyer within 30 days after the change.',
      'figure-changed',
    );
    expect(found.map((f) => [f.explanation, f.affects])).toEqual([['A figure changed from two months to 30 days.', null]]);
  });

  it("near miss: notice against notice is weighed (the Seller's notice before its right, shortened, is its gain)", () => {
    const found = findings("1. The Seller may end this Agreement on sixty days' notice.", "1. The Seller may end this Agreement on thirty days' notice.", 'figure-changed');
    expect(found.map((f) => [f.affects, f.effect])).toEqual([['Seller', 'benefit']]);
  });
});
