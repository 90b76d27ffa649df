import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { deonticsOf, isLeaveToGive } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Each way a duty or a right is read, to the exact words it stands on: the words between its start
 * and end are the phrase it reports, as the findings quote them. Clauses written here.
 */

function read(text: string): [string, string, string][] {
  const clause = parseVersion(`AGREEMENT\n\n1. ${text}`).clauses.at(-1)!;
  return deonticsOf(clause).map((d) => {
    expect(clause.text.slice(d.start, d.end), `the words at ${d.start}–${d.end}`).toBe(d.phrase);
    return [d.party, d.kind, d.phrase];
  });
}

describe('a subject of two names joined', () => {
  it('is both parties in any sentence of the clause, not only its first', () => {
    expect(read('The Grantor and the Concessionaire shall assist each other.')).toEqual([['Parties', 'obligation', 'shall']]);
    expect(read('The Grantor may inspect the Road. The Grantor and the Concessionaire shall assist each other.')).toEqual([
      ['Grantor', 'right', 'may'],
      ['Parties', 'obligation', 'shall'],
    ]);
    expect(read('Notices go by post.  Either the Grantor or the Concessionaire may end it.')).toEqual([['Parties', 'right', 'may']]);
    // near miss: a name joined to one that is the object of the sentence before it, not its subject
    expect(read('The Fund shall pay the Grantor and the Concessionaire shall report.')).toEqual([
      ['Fund', 'obligation', 'shall'],
      ['Concessionaire', 'obligation', 'shall'],
    ]);
  });
});

describe('duties and rights, each on its own words', () => {
  it('a subject before its modal, and a second modal after "and" that shares it, in the same sentence only', () => {
    expect(read('Ukraine shall pay the dues and shall report yearly.')).toEqual([['Ukraine', 'obligation', 'shall'], ['Ukraine', 'obligation', 'shall']]);
    expect(read('Ukraine shall pay the dues; and shall the Fund fail to report, the dues are doubled.')).toEqual([['Ukraine', 'obligation', 'shall']]);
  });

  it('the agent of a passive: a duty, a right with "may" or a verb of deciding, a prohibition with "not"', () => {
    expect(read('Each instalment shall be paid by Ukraine.')).toEqual([['Ukraine', 'obligation', 'shall be paid by Ukraine']]);
    expect(read('This Agreement may be terminated by the Seller.')).toEqual([['Seller', 'right', 'may be terminated by the Seller']]);
    expect(read('This Agreement may not be assigned by the Seller.')).toEqual([['Seller', 'prohibition', 'may not be assigned by the Seller']]);
    expect(read('The auditor shall be appointed by the Seller.')).toEqual([['Seller', 'right', 'shall be appointed by the Seller']]);
    expect(read('Each loan shall be repaid by Ukraine or the United States.')).toEqual([['Parties', 'obligation', 'shall be repaid by Ukraine or the United States']]);
    // near miss: the instrument is no agent
    expect(read('The costs shall be borne by the Agreement.')).toEqual([]);
  });

  it('a passive of a hyphenated verb; a passive whose subject is "no" thing forbids its agent, unless it only says what is payable', () => {
    expect(read('The Satellite shall be station-kept by the Provider within its orbital slot.')).toEqual([['Provider', 'obligation', 'shall be station-kept by the Provider']]);
    expect(read('Other than Permitted Security, no Security shall be created by the Borrower over its assets.')).toEqual([['Borrower', 'prohibition', 'shall be created by the Borrower']]);
    expect(read('No dividend shall be declared by the Company before Completion.')).toEqual([['Company', 'prohibition', 'shall be declared by the Company']]);
    // near misses: nothing payable relieves; "in no event" and "no later than" qualify, and a
    // negated passive binds no one
    expect(read('No further amount shall be payable by the Borrower.')).toEqual([]);
    expect(read('In no event shall any sum be paid by the Borrower.')).toEqual([]);
    expect(read('No later than noon the Goods shall be inspected by the Buyer.')).toEqual([['Buyer', 'obligation', 'shall be inspected by the Buyer']]);
  });

  it('a right said as a noun with its holder, kept "without prejudice to" it; not one denied or already read', () => {
    expect(read('The Borrower submits to the courts of Kyiv, without prejudice to the right of the Lender to sue elsewhere.')).toEqual([['Lender', 'right', 'right of the Lender to']]);
    expect(read("The Buyer shall pay the Price, subject to the Seller's right to cancel.")).toEqual([['Buyer', 'obligation', 'shall'], ['Seller', 'right', "the Seller's right to"]]);
    expect(read('Nothing in this Agreement limits the right of either Party to seek interim relief.')).toEqual([]);
    expect(read('Any claim shall be brought within one year, and the right of either Party to sue is otherwise preserved.')).toEqual([['Parties', 'right', 'right of either Party to']]);
    // near misses: a right quoted or reported as a side's position, a holder that is no party
    expect(read('The words "the right of the Seller to cancel" are deleted.')).toEqual([]);
    expect(read('The Buyer has proposed that the right of the Seller to cancel be removed.')).toEqual([]);
    expect(read('The register records the right of Any Person to inspect it.')).toEqual([]);
    // near misses: the right of an instrument, a right already read by its modal
    expect(read('The right of the Agreement to prevail is stated in Article 3.')).toEqual([]);
    expect(read('The Seller shall have the right to cancel.')).toEqual([['Seller', 'right', 'shall have the right']]);
  });

  it('a party that submits to a jurisdiction is bound to answer there; submitting a report is no such duty', () => {
    expect(read('The Licensee irrevocably submits to the exclusive jurisdiction of the courts of Delaware.')).toEqual([['Licensee', 'obligation', 'submits to']]);
    expect(read('The Licensee submits to the Licensor a report each quarter.')).toEqual([]);
  });

  it('a duty said as a noun, with its agent', () => {
    expect(read('Delivery of the Goods by the Seller to the Buyer shall take place in Kyiv.')).toEqual([['Seller', 'obligation', 'shall']]);
    expect(read('Delivery of the Goods by This Agreement shall take place.')).toEqual([]);
  });

  it('a modal in a relative clause, on the name it hangs on', () => {
    expect(read('The risk shall be borne by the Seller, which shall insure the cargo.')).toEqual([
      ['Seller', 'obligation', 'shall be borne by the Seller'],
      ['Seller', 'obligation', 'shall'],
    ]);
    // near miss: what a thing does ("an instrument agreed by both Parties, which shall enter into force")
    expect(read('This Agreement may be amended by an instrument agreed by both Parties, which shall enter into force on signature.')).toEqual([]);
  });

  it('in Ukrainian: a duty, a prohibition, a right', () => {
    expect(read("Україна зобов'язується сплатити внесок.")).toEqual([['Україна', 'obligation', "зобов'язується"]]);
    expect(read('Україна не може передати частку.')).toEqual([['Україна', 'prohibition', 'не може']]);
    expect(read('Україна зобов’язується не передавати частку.')).toEqual([['Україна', 'prohibition', 'зобов’язується не']]);
    expect(read('Сполучені Штати мають право перевірити звіт.')).toEqual([['Сполучені Штати', 'right', 'мають право']]);
  });
});

describe('a modal after "and" shares its sentence’s subject', () => {
  it('not the agent of a passive before it: the thing acted on is the subject', () => {
    expect(read('The inspector shall be appointed by the Seller and shall report monthly.')).toEqual([['Seller', 'right', 'shall be appointed by the Seller']]);
    expect(read('Each loan shall be repaid by Ukraine and shall bear interest.')).toEqual([['Ukraine', 'obligation', 'shall be repaid by Ukraine']]);
    // near miss: a party as the subject shares it
    expect(read('The Seller shall appoint the inspector and shall pay its fees.')).toEqual([['Seller', 'obligation', 'shall'], ['Seller', 'obligation', 'shall']]);
  });
});

describe('leave to give', () => {
  const leave = (text: string) => {
    const clause = parseVersion(`AGREEMENT\n\n1. ${text}`).clauses.at(-1)!;
    return deonticsOf(clause).map((d) => [d.party, d.kind, isLeaveToGive(clause, d)]);
  };

  it('a right to contribute, pay, lend or make payments is only leave to give', () => {
    expect(leave('The United States may make contributions in cash or in kind.')).toEqual([['United States', 'right', true]]);
    expect(leave('The Investor may at any time lend further sums to the Company.')).toEqual([['Investor', 'right', true]]);
    expect(leave('The Buyer may pay the Price in advance.')).toEqual([['Buyer', 'right', true]]);
  });

  it('near misses: a right to prepay or to take, and a duty to pay, are no leave to give', () => {
    expect(leave('The Borrower may prepay the Loan.')).toEqual([['Borrower', 'right', false]]);
    expect(leave('The Lender may demand payment of the Loan.')).toEqual([['Lender', 'right', false]]);
    expect(leave('The Buyer shall pay the Price.')).toEqual([['Buyer', 'obligation', false]]);
  });

  it('is no right the other party’s duties are weighed against, and no right gained in a change', () => {
    const HEAD = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
    const version = parseVersion(`${HEAD}\n\n1. Ukraine shall contribute to the Fund, and the United States may make contributions in cash or in kind.`);
    expect(findingsOfVersion(version, 'single').filter((f) => f.rule === 'one-party-duties')).toEqual([]);
    const power = parseVersion(`${HEAD}\n\n1. Ukraine shall contribute to the Fund, and the United States may audit the Fund.`);
    expect(findingsOfVersion(power, 'single').filter((f) => f.rule === 'one-party-duties').map((f) => f.affects)).toEqual(['Ukraine']);
    const before = parseVersion(`${HEAD}\n\n1. Ukraine shall contribute to the Fund thirty per cent of its revenues.`);
    const after = parseVersion(`${HEAD}\n\n1. Ukraine shall contribute to the Fund thirty per cent of its revenues, and the United States may make contributions in kind.`);
    expect(withFindings(compareVersions(before, after), { we: 'Ukraine' }).findings.filter((f) => f.rule === 'duty-shifted')).toEqual([]);
  });
});

// Each case below failed a change to the reading that no other test noticed (mutation testing).
describe('duties and rights, where one reading gives way to another', () => {
  it('the subject of a passive is what is acted on: its agent alone bears the duty', () => {
    expect(read('The Loan shall be repaid by the Borrower.')).toEqual([['Borrower', 'obligation', 'shall be repaid by the Borrower']]);
  });

  it('a passive denied, quoted or reported as a side\'s position binds no one', () => {
    expect(read('No instalment shall be paid by Ukraine before 2026.')).toEqual([]);
    expect(read('The words "each instalment shall be paid by Ukraine" are deleted.')).toEqual([]);
    expect(read('The Fund has proposed that each instalment shall be paid by Ukraine.')).toEqual([]);
  });

  it('"shall not be required" relieves only the party it follows', () => {
    expect(read('The Buyer shall pay the Price, and the Seller shall not be required to deliver early.')).toEqual([['Buyer', 'obligation', 'shall']]);
  });

  it('a party that "shall be compensated" is owed; one that "shall not be" is denied, and bound to nothing', () => {
    expect(read('The Concessionaire shall be compensated for its losses.')).toEqual([['Concessionaire', 'right', 'shall']]);
    expect(read('The Concessionaire shall not be compensated for its losses.')).toEqual([]);
  });

  it('names after "by" before a subject are agents of what came before, read within their own sentence', () => {
    expect(read('The Buyer shall pay. The Fund established by Ukraine and the United States shall report yearly.')).toEqual([['Buyer', 'obligation', 'shall']]);
  });

  it('a relative clause: "which" or "who" with a modal binds the name before it, unless quoted, reported or already read', () => {
    expect(read('The risk shall pass to the Buyer, which shall pay the Price.')).toEqual([['Buyer', 'obligation', 'shall']]);
    expect(read('The goods shall go to the Buyer, which shall be new.')).toEqual([]);
    expect(read('The Fund has proposed that the goods go to the Buyer, who shall pay the Price.')).toEqual([]);
    expect(read('The draft reads: the goods go to "the Buyer, who shall pay the Price".')).toEqual([]);
    expect(read('The report goes to the Auditor, who shall be appointed by the Seller.')).toEqual([['Seller', 'right', 'shall be appointed by the Seller']]);
  });

  it('a modal after "and" shares the subject of the duty that ends last before it, in its sentence, and not a reading already made there', () => {
    expect(read('The Seller shall deliver to the Buyer, who shall inspect the goods and shall pay within ten days; the Carrier shall insure them.')).toEqual([
      ['Seller', 'obligation', 'shall'],
      ['Buyer', 'obligation', 'shall'],
      ['Buyer', 'obligation', 'shall'],
      ['Carrier', 'obligation', 'shall'],
    ]);
    expect(read('The Seller shall deliver the goods and shall be paid by the Buyer.')).toEqual([['Seller', 'obligation', 'shall'], ['Buyer', 'obligation', 'shall be paid by the Buyer']]);
    expect(read('Ukraine may, and shall where the Fund so requests, publish the report.')).toEqual([['Ukraine', 'right', 'may'], ['Ukraine', 'obligation', 'shall']]);
    expect(read('The Seller shall pack the goods and shall insure them. The Buyer shall pay.')).toEqual([
      ['Seller', 'obligation', 'shall'],
      ['Seller', 'obligation', 'shall'],
      ['Buyer', 'obligation', 'shall'],
    ]);
  });

  it('a right as a noun keeps a holder\'s name whole, "the" inside it included', () => {
    expect(read('The right of Bank of the North to sue is preserved.')).toEqual([['Bank of the North', 'right', 'right of Bank of the North to']]);
  });
});

describe('a holding after "shall" is what the subject has', () => {
  it('"shall each hold one-half of the shares" is a right; "shall not hold more than" stays a prohibition; "shall hold in confidence" a duty', () => {
    expect(read('Taloria and Meridane shall each hold one-half of the shares in the Pipeline Company.')).toEqual([['Parties', 'right', 'shall']]);
    expect(read('The Investor shall own a 30% participating interest in the Licence.')).toEqual([['Investor', 'right', 'shall']]);
    expect(read('The Investor shall not hold more than forty-nine per cent of the shares.')).toEqual([['Investor', 'prohibition', 'shall not']]);
    expect(read('The Investor shall hold the Information in confidence.')).toEqual([['Investor', 'obligation', 'shall']]);
  });

  it('"shall have primary jurisdiction" or "shall have priority" is a right; "shall have regard to" a duty', () => {
    expect(read('The Receiving State shall have primary jurisdiction over offences committed off duty.')).toEqual([['Receiving State', 'right', 'shall']]);
    expect(read('The Lender shall have priority over all other creditors.')).toEqual([['Lender', 'right', 'shall']]);
    expect(read('The Operator shall have regard to the interests of the Partner.')).toEqual([['Operator', 'obligation', 'shall']]);
  });

  it('"shall have a casting vote" or "shall have a veto" is a right; "shall hold a vote" is a duty', () => {
    expect(read('Shareholder A shall have a casting vote on all Board matters.')).toEqual([['Shareholder A', 'right', 'shall']]);
    expect(read('The Investor shall have a veto over the annual budget.')).toEqual([['Investor', 'right', 'shall']]);
    expect(read('The United States shall hold a first right to negotiate the offtake.')).toEqual([['United States', 'right', 'shall']]);
    // near miss: a duty to hold a vote
    expect(read('The Investor shall hold a vote of its members before the Closing Date.')).toEqual([['Investor', 'obligation', 'shall']]);
  });
});

describe('a party told of something after "shall" is owed the telling', () => {
  it('"shall be told" or "shall be notified" is what the subject is owed; "shall notify" is its duty', () => {
    expect(read('Ukraine shall be told of the sale.')).toEqual([['Ukraine', 'right', 'shall']]);
    expect(read('The Lender shall be promptly notified of any default.')).toEqual([['Lender', 'right', 'shall']]);
    expect(read('The Lender shall notify the Borrower of any default.')).toEqual([['Lender', 'obligation', 'shall']]);
  });
});

describe('duties and rights by the names the draft gives its parties', () => {
  const TREATY = 'TREATY\n\nbetween the Government of the Kingdom of Paveria and the Government of the Republic of Quellmoor.';

  it('"Paveria shall" binds the Kingdom of Paveria; "the U.S. Party may" is a right of the United States', () => {
    const paveria = parseVersion(`${TREATY}\n\n1. Paveria shall deliver the howitzers and Quellmoor may inspect them.`);
    expect(deonticsOf(paveria.clauses.at(-1)!, paveria).map((d) => [d.party, d.kind])).toEqual([['Kingdom of Paveria', 'obligation'], ['Republic of Quellmoor', 'right']]);
    // without the version, the names as written
    expect(deonticsOf(paveria.clauses.at(-1)!).map((d) => d.party)).toEqual(['Paveria', 'Quellmoor']);
    const states = parseVersion('AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.\n\n1. The U.S. Party may appoint three members and the Ukrainian Side shall appoint two.');
    expect(deonticsOf(states.clauses.at(-1)!, states).map((d) => [d.party, d.kind])).toEqual([['United States', 'right'], ['Ukraine', 'obligation']]);
  });
});

describe('a guarantee given by the words themselves', () => {
  it('"X guarantees" is X\u2019s duty; "Nothing ... guarantees" is no one\u2019s', () => {
    expect(read('The Republic of Sarnia guarantees the independence of the Kingdom of Tessel.')).toEqual([['Republic of Sarnia', 'obligation', 'guarantees']]);
    expect(read('The Guarantor hereby guarantees the punctual payment of all sums due.')).toEqual([['Guarantor', 'obligation', 'guarantees']]);
    expect(read('Nothing in this Agreement guarantees any return.')).toEqual([]);
  });
});

describe('a passive whose verb is one of running a thing', () => {
  it('run by the agent alone is its power; run by it as told is its duty', () => {
    expect(read('The Terminal shall be operated exclusively by the Operator.').map(([party, kind]) => [party, kind])).toEqual([['Operator', 'right']]);
    expect(read('The Outlet shall be operated by the Franchisee in compliance with the Manual.').map(([party, kind]) => [party, kind])).toEqual([['Franchisee', 'obligation']]);
    expect(read('The Fund shall be managed by the Board in accordance with the Rules.').map(([party, kind]) => [party, kind])).toEqual([['Board', 'obligation']]);
    // a verb of deciding gives a power whoever else may decide
    expect(read('The price shall be determined by the Buyer.').map(([party, kind]) => [party, kind])).toEqual([['Buyer', 'right']]);
  });
});

describe('a passive for a second agent with its verb left out', () => {
  it('"shall be appointed by the Seller and two by the Buyer": the second agent holds the same right, on the words that name it', () => {
    expect(read('Of the five members of the Board, three shall be appointed by the Seller and two by the Buyer.')).toEqual([
      ['Seller', 'right', 'shall be appointed by the Seller'],
      ['Buyer', 'right', ' and two by the Buyer'],
    ]);
    expect(read('The costs of the office in Kyiv shall be borne by the Seller, and those of the office in Lviv by the Buyer.')).toEqual([
      ['Seller', 'obligation', 'shall be borne by the Seller'],
      ['Buyer', 'obligation', ', and those of the office in Lviv by the Buyer'],
    ]);
  });

  it('near misses: a second modal of its own, words going on after the agent, the same agent again', () => {
    expect(read('The costs shall be borne by the Seller and the Buyer shall pay the fees.').map(([party]) => party)).toEqual(['Seller', 'Buyer']);
    expect(read('The costs shall be borne by the Seller and the fees by the Buyer within ten days of invoice.').map(([party]) => party)).toEqual(['Seller']);
    expect(read('The costs shall be borne by the Seller and the fees by the Seller.').map(([party]) => party)).toEqual(['Seller']);
  });
});

describe('a duty said as a minimum its agent must reach', () => {
  it('"deliveries of LNG by the Seller shall be no less than" is the Seller’s duty, as "the Seller shall deliver" is', () => {
    expect(read('Annual deliveries of LNG by the Seller to the Buyer shall be no less than 2,000,000 tonnes.').map(([party, kind]) => [party, kind])).toEqual([['Seller', 'obligation']]);
    expect(read('Payments of rent by the Tenant shall not be less than the sums in Schedule 1.').map(([party, kind]) => [party, kind])).toEqual([['Tenant', 'obligation']]);
    // near miss: a quantity with no agent binds no one
    expect(read('Annual deliveries of LNG shall be no less than 2,000,000 tonnes.')).toEqual([]);
  });
});

describe('a party relieved, not bound', () => {
  it('"shall not be liable", "shall bear no part of", "shall have no obligation to" bind the party to nothing', () => {
    expect(read('The Lessor shall not be liable for any loss of the goods.')).toEqual([]);
    expect(read('The Buyer shall bear the costs of the survey, and the Seller shall bear no part of them.')).toEqual([['Buyer', 'obligation', 'shall']]);
    expect(read('The Guarantor shall have no obligation to pay after the Expiry Date.')).toEqual([]);
    expect(read('The Agent shall not be held responsible for delays.')).toEqual([]);
    // near misses: a prohibition on taking on debt, and a right denied, still bind the party
    expect(read('The Company shall not incur indebtedness exceeding USD 1 million.')).toEqual([['Company', 'prohibition', 'shall not']]);
    expect(read('The Non-Operator shall have no right to audit the accounts.')).toEqual([['Non-Operator', 'obligation', 'shall']]);
    expect(read('The Seller shall not disclose the price.')).toEqual([['Seller', 'prohibition', 'shall not']]);
  });

  it('a cost "borne equally by" two parties is a duty they share', () => {
    expect(read('The costs of the Secretariat shall be borne equally by the Buyer and the Seller.').map(([party, kind]) => [party, kind])).toEqual([['Parties', 'obligation']]);
    expect(read('The costs shall be borne in equal shares by the Buyer and the Seller.').map(([party, kind]) => [party, kind])).toEqual([['Parties', 'obligation']]);
  });

  it('a cost moved from one party alone to both is the other party’s new burden, and no gain of its own read from the words that spared it', () => {
    const head = 'SUPPLY AGREEMENT\n\nbetween Arden Mills Ltd (the "Buyer") and Corran Grain plc (the "Seller").\n\n1. ';
    const old = parseVersion(`${head}The Buyer shall bear the costs of the survey, and the Seller shall bear no part of them.`);
    const now = parseVersion(`${head}The costs of the survey shall be borne equally by the Buyer and the Seller.`);
    const changes = withFindings(compareVersions(old, now), { we: 'Seller' }).findings.filter((f) => f.level === 'change');
    // (the relief taken out is the Seller's loss too, told by relief-shifted)
    expect(changes.map((f) => [f.rule, f.affects, f.stance])).toEqual([
      ['duty-shifted', 'Seller', 'against'],
      ['relief-shifted', 'Seller', 'against'],
    ]);
  });
});

describe('a right said as primary or prior', () => {
  it('"shall have the primary right to" is a right, as "shall have the exclusive right to" is', () => {
    expect(read('The Receiving State shall have the primary right to exercise criminal jurisdiction over members of the force.').map(([party, kind]) => [party, kind])).toEqual([['Receiving State', 'right']]);
    expect(read('The Buyer shall have a prior right to purchase the Shares.').map(([party, kind]) => [party, kind])).toEqual([['Buyer', 'right']]);
    // near miss: a duty after "shall" stays a duty
    expect(read('The Receiving State shall notify the Sending State of any arrest.').map(([party, kind]) => [party, kind])).toEqual([['Receiving State', 'obligation']]);
  });
});

describe('a right said as liberty', () => {
  it('"shall be at liberty to", "is at liberty to" and "shall be free to" are rights', () => {
    expect(read('In default of payment the Owners shall be at liberty to withdraw the Vessel.')).toEqual([['Owners', 'right', 'shall be at liberty to']]);
    expect(read('The Seller is at liberty to sell the balance.')).toEqual([['Seller', 'right', 'is at liberty to']]);
    expect(read('The Seller shall be free to sell the balance to third parties.')).toEqual([['Seller', 'right', 'shall be free to']]);
    // near miss: a duty to keep something free is a duty
    expect(read('The Seller shall keep the berth free of obstructions.')).toEqual([['Seller', 'obligation', 'shall']]);
  });
});

describe('duties bound with "will"', () => {
  it('"will ensure" binds as "shall ensure" does, and "and will inform" shares its subject', () => {
    expect(read('The Cabinet of Ministers will ensure that the Fund is registered and will inform the Board.').map(([party, kind]) => [party, kind])).toEqual([
      ['Cabinet of Ministers', 'obligation'],
      ['Cabinet of Ministers', 'obligation'],
    ]);
    expect(read('The Buyer will not resell the Goods.').map(([party, kind]) => [party, kind])).toEqual([['Buyer', 'prohibition']]);
    // near misses: "will" in a clause that describes ("the terms on which Ukraine will share",
    // "expects that the Buyer will"), and what a party "will be able" to do, are no duties
    expect(read('The Parties, desiring to set out the terms on which Ukraine will share the value of its resources, have agreed as follows.')).toEqual([]);
    expect(read('The Seller expects that the Buyer will take delivery in May.')).toEqual([]);
    // ("undertakes that" the party "will" is a duty, read so)
    expect(read('The Member Country undertakes that the Member Country will make express provision to that effect.').map(([party, kind]) => [party, kind])).toContainEqual(['Member Country', 'obligation']);
    expect(read('The Lender may suspend if it is improbable that the Borrower will be able to perform.').map(([party, kind]) => [party, kind])).toEqual([['Lender', 'right']]);
  });

  it('a duty reworded from "will" to "shall" moves nothing', () => {
    const head = 'AGREEMENT\n\nbetween the Government of Ukraine (the "Ukrainian Side") and the Government of the United States of America (the "American Side").\n\n1. ';
    const old = parseVersion(`${head}The Ukrainian Side will ensure that the Fund is registered and will inform the American Side once this has been done.`);
    const now = parseVersion(`${head}The Ukrainian Side shall ensure the registration of the Fund and shall inform the American Side upon such registration.`);
    expect(withFindings(compareVersions(old, now), { we: 'Ukrainian Side' }).findings.filter((f) => f.level === 'change')).toEqual([]);
  });
});

describe('a duty done "likewise"', () => {
  it('is read as the term before it: a nomination both make, restructured, moves nothing', () => {
    const head = 'AGREEMENT\n\nbetween the Government of Ukraine (the "Ukrainian Side") and the Government of the United States of America (the "American Side").\n\n1. ';
    const old = parseVersion(`${head}The American Side shall nominate its members of the Board within thirty days, and the Ukrainian Side shall do likewise.`);
    const now = parseVersion(`${head}Each of the American Side and the Ukrainian Side shall nominate its members of the Board within thirty days.`);
    expect(withFindings(compareVersions(old, now), { we: 'Ukrainian Side' }).findings.filter((f) => f.level === 'change')).toEqual([]);
    // near miss: a duty of its own after the other's nomination is not read as a nomination
    const other = parseVersion(`${head}The American Side shall nominate its members of the Board within thirty days, and the Ukrainian Side shall report on them.`);
    expect(withFindings(compareVersions(old, other), { we: 'Ukrainian Side' }).findings.filter((f) => f.level === 'change').length).toBeGreaterThan(0);
  });
});

describe('a sum payable by a party, and a guarantee given unconditionally', () => {
  it('"shall be payable by" the party is its duty; "unconditionally guarantees" binds the guarantor', () => {
    expect(read('Liquidated damages shall be payable by the Contractor to the Employer.')).toEqual([['Contractor', 'obligation', 'shall be payable by the Contractor']]);
    expect(read('The Guarantor unconditionally and irrevocably guarantees the payment obligations of the Buyer.')).toEqual([['Guarantor', 'obligation', 'guarantees']]);
  });

  it('near misses: a sum payable to a party, and a guarantee the party receives', () => {
    expect(read('Liquidated damages shall be payable to the Employer within thirty days.')).toEqual([]);
    expect(read('Payment of the Price is unconditionally guaranteed to the Seller.')).toEqual([]);
  });
});

describe('a subject said after its modal', () => {
  it('after a negative opening is a prohibition of that subject, not a duty of the name before', () => {
    expect(read('While using the Portal, the Buyer agrees that under no circumstances, will the Buyer resell access.')).toEqual([['Buyer', 'prohibition', 'will']]);
    expect(read('In no event shall the Seller assign this Agreement.')).toEqual([['Seller', 'prohibition', 'shall']]);
    expect(read('The Seller shall not sub-contract the works, nor may the Seller assign them.')).toEqual([
      ['Seller', 'prohibition', 'shall not'],
      ['Seller', 'prohibition', 'may'],
    ]);
  });

  it('near misses: a liability denied after the negative opening, and a name that is the object before "will"', () => {
    expect(read('In no event shall the Seller be liable for lost profits.')).toEqual([]);
    expect(read('Unless the Portal fails, will the Buyer pay?')).toEqual([]);
    // "each" and "either" after the modal belong to the subject before it
    expect(read('The Seller and the Buyer shall each appoint two members.')).toEqual([['Parties', 'obligation', 'shall']]);
  });
});

describe('"will be entitled"', () => {
  it('is a right, as "shall be entitled" is; "will" alone stays a duty', () => {
    expect(read('The Buyer will be entitled to a credit if the Seller fails.')).toEqual([['Buyer', 'right', 'will be entitled to']]);
    expect(read('The Buyer will pay a credit if the Seller fails.')).toEqual([['Buyer', 'obligation', 'will']]);
  });
});

describe('a grant in the present tense', () => {
  it('binds the grantor, as "hereby grants" does', () => {
    expect(read('The Licensor grants the Licensee a non-exclusive licence to use the Software.')).toEqual([['Licensor', 'obligation', 'grants']]);
    expect(read('The Seller assigns to the Buyer all rights in the Drawings.')).toEqual([['Seller', 'obligation', 'assigns']]);
  });

  it('near misses: a grant the instrument makes, one said to be none, and one described after the thing granted', () => {
    expect(read('This Agreement grants no rights beyond those stated.')).toEqual([]);
    expect(read('Nothing in this Section grants the Licensee any right to sublicense.')).toEqual([]);
    expect(read('The rights the Licensor grants under this Section are personal to the Licensee.')).toEqual([]);
  });
});

describe('access a party will have', () => {
  it('is its right, not its duty; access it must give stays a duty', () => {
    expect(read('The Licensee will have access to the course materials for twelve months.')).toEqual([['Licensee', 'right', 'will']]);
    expect(read('The Licensor shall give access to the course materials for twelve months.')).toEqual([['Licensor', 'obligation', 'shall']]);
  });
});

describe('what a party will own', () => {
  it('is its holding, whatever it owns; "hold" stays a duty unless it holds a stake', () => {
    expect(read('Once paid in full, the Customer will own the custom code.')).toEqual([['Customer', 'right', 'will']]);
    expect(read('The Customer shall hold the code in confidence.')).toEqual([['Customer', 'obligation', 'shall']]);
  });
});

describe('what a party shall retain or keep', () => {
  it('is its right when it keeps a stake, title, control or a veto, after its subject or after "and"', () => {
    expect(read('The State shall retain a special share conferring a veto over any disposal.')).toEqual([['State', 'right', 'shall']]);
    expect(read('The State shall transfer an interest of forty-nine per cent in the Plant and shall retain a special share.')).toEqual([
      ['State', 'obligation', 'shall'],
      ['State', 'right', 'shall'],
    ]);
    expect(read('The Licensor shall keep all title to the Software.')).toEqual([['Licensor', 'right', 'shall']]);
  });

  it('near misses: records, samples or documents kept are a duty', () => {
    expect(read('The Operator shall retain all records for seven years.')).toEqual([['Operator', 'obligation', 'shall']]);
    expect(read('The Operator shall transfer the data and shall keep copies of the reports.')).toEqual([
      ['Operator', 'obligation', 'shall'],
      ['Operator', 'obligation', 'shall'],
    ]);
  });
});

describe('"either of us", "each of you"', () => {
  it('is the parties together, as "either Party" is', () => {
    expect(read("Either of us may end this agreement by giving the other 30 days' notice.")).toEqual([['Parties', 'right', 'may']]);
    expect(read('Notices go by post. each of us shall keep the other informed.')).toEqual([['Parties', 'obligation', 'shall']]);
  });

  it('near miss: "one of us" names no one', () => {
    expect(read('If one of us may not perform, the deadline moves.')).toEqual([]);
  });
});

describe('a name after "in" before a modal', () => {
  it('is where the thing is, not the subject: "minerals extracted in Ukraine shall remain"', () => {
    expect(read('Title to all minerals extracted in Ukraine shall remain with the Ukrainian people.')).toEqual([]);
  });

  it('near miss: a name after "in" that opens its own clause, after a comma, is the subject', () => {
    expect(read('In the event of default, Ukraine shall notify the Fund.')).toEqual([['Ukraine', 'obligation', 'shall']]);
  });
});

describe('an aside between "undertakes" and its "to"', () => {
  it('is read with it: the duty is the subject\'s', () => {
    expect(read('The French Republic undertakes, in the event of an armed attack against Ukraine, to consult with Ukraine.')).toEqual([
      ['French Republic', 'obligation', 'undertakes, in the event of an armed attack against Ukraine, to'],
    ]);
  });

  it('near miss: "agrees" with no "to" after its aside binds no one by these words', () => {
    expect(read('The Buyer agrees, for the avoidance of doubt, that the price is fixed.')).toEqual([]);
  });
});

describe('"each party", "either party", "the parties" in lower case', () => {
  it('are the parties together, as "Each Party" is', () => {
    expect(read('Each party shall bear its own costs.')).toEqual([['Parties', 'obligation', 'shall']]);
    expect(read('Either party may terminate this Agreement on notice.')).toEqual([['Parties', 'right', 'may']]);
    expect(read('Notices go by post. The parties shall cooperate.')).toEqual([['Parties', 'obligation', 'shall']]);
  });

  it('near miss: "the party in breach" is no one the words name', () => {
    expect(read('The fee is due. the party in breach shall pay.')).toEqual([]);
  });
});

describe('"neither party", "neither of us"', () => {
  it('is a prohibition both parties bear', () => {
    expect(read('Neither party may assign this Agreement.')).toEqual([['Parties', 'prohibition', 'may']]);
    expect(read('Notices go by post, and neither of us shall disclose them.')).toEqual([['Parties', 'prohibition', 'shall']]);
  });

  it('near misses: what befalls neither ("shall be liable"), and "shall not" after "neither"', () => {
    expect(read('Neither party shall be liable for any delay caused by flood.')).toEqual([]);
    expect(read('Neither Party shall not pay.')).toEqual([]);
  });
});
