import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfComparison, findingsOfVersion, oncePerWords, withFindings } from '../../src/concerns/analyze.js';
import { deonticsOf, dutyShare, obligationBalance } from '../../src/concerns/obligations.js';
import { partiesOf, partyName } from '../../src/concerns/parties.js';
import { CHANGE_RULES } from '../../src/concerns/rules/change-rules.js';
import { CLAUSE_RULES, REVENUE_SHARE_THRESHOLD } from '../../src/concerns/rules/clause-rules.js';
import { DOCUMENT_RULES } from '../../src/concerns/rules/document-rules.js';
import type { Clause, Version } from '../../src/model/clause.js';
import type { Comparison } from '../../src/model/comparison.js';
import { FindingSchema, type CategoryId, type Finding, type Severity } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

// ---------------------------------------------------------------------------------------------
// Helpers: a small agreement between the two Governments, with the clause under test last.
// ---------------------------------------------------------------------------------------------

const OPENING =
  'The Government of the United States of America and the Government of Ukraine (the "Parties") agree as follows.\n\nArticle 1 — Fund\n\n';

/** The opening, an Article heading, then `body` (one or more paragraphs). */
function agreement(body: string): Version {
  return parseVersion(OPENING + body);
}

function last(version: Version): Clause {
  return version.clauses.at(-1)!;
}

/** Every finding is a valid Finding, and its evidence quotes exactly the words at its offsets. */
function checkFindings(findings: Finding[], comparison?: Comparison, single?: Version): void {
  for (const f of findings) {
    expect(() => FindingSchema.parse(f), `${f.rule} validates`).not.toThrow();
    if (!f.evidence) continue;
    const version = single ?? (f.version === 'old' ? comparison!.old : comparison!.new);
    const clause = version.clauses.find((c) => c.id === f.clause);
    expect(clause, `${f.rule}: clause ${f.clause} exists`).toBeDefined();
    expect(f.evidence.quote).toBe(clause!.text.slice(f.evidence.start, f.evidence.end));
  }
}

function clauseFindings(version: Version, rule?: string): Finding[] {
  const findings = findingsOfVersion(version, 'single');
  checkFindings(findings, undefined, version);
  return findings.filter((f) => f.level === 'clause' && (rule === undefined || f.rule === rule));
}

function documentFindings(version: Version, rule: string): Finding[] {
  return findingsOfVersion(version, 'single').filter((f) => f.level === 'document' && f.rule === rule);
}

function compare(oldBody: string, newBody: string): { comparison: Comparison; findings: Finding[] } {
  const comparison = compareVersions(agreement(oldBody), agreement(newBody));
  const findings = findingsOfComparison(comparison);
  checkFindings(findings, comparison);
  return { comparison, findings };
}

const changeFindings = (findings: Finding[], rule: string) => findings.filter((f) => f.level === 'change' && f.rule === rule);

// ---------------------------------------------------------------------------------------------
// Clause rules: a table of firing cases and near-misses, one entry per rule.
// ---------------------------------------------------------------------------------------------

interface Firing {
  text: string;
  quote: string;
  severity?: Severity;
}
interface NearMiss {
  why: string;
  text: string;
}
interface ClauseCase {
  category: CategoryId;
  severity: Severity;
  fires: Firing[];
  nearMisses: NearMiss[];
}

const QUOTED_PROPOSAL = 'The United States proposed that "Ukraine shall transfer 50 percent of all future revenues".';

const CLAUSE_CASES: Record<string, ClauseCase> = {
  'sole-discretion': {
    category: 'one-sided',
    severity: 'high',
    fires: [
      { text: '1.1 The United States may at its sole discretion appoint the managers of the Fund.', quote: 'sole discretion' },
      { text: '1.1 The Fund shall be managed at the absolute discretion of the Board.', quote: 'absolute discretion' },
    ],
    nearMisses: [
      { why: 'negated', text: '1.1 No decision shall be taken at the sole discretion of either Party.' },
      { why: 'negated after a comma', text: '1.1 The Parties shall decide jointly, and no Party shall act at its sole discretion.' },
      { why: 'numbered definition', text: '1.1 "Fund" means the fund managed at the sole discretion of the United States.' },
      { why: 'unnumbered definition', text: '"Fund" means the fund managed at the sole discretion of the United States.' },
      { why: 'recital', text: 'WHEREAS the United States has acted at its sole discretion in providing assistance;' },
      { why: 'quoted position', text: 'Ukraine rejected the words "at the sole discretion of the United States".' },
      { why: 'reported position', text: '1.1 The United States proposed that the Fund be managed at its sole discretion.' },
    ],
  },
  'unilateral-request': {
    category: 'one-sided',
    severity: 'medium',
    fires: [
      { text: '1.1 Ukraine shall provide data as the United States may determine.', quote: 'as the United States may determine' },
      { text: '1.1 Ukraine shall provide data at the request of the Fund Manager within thirty days.', quote: 'at the request of the Fund Manager' },
      // the sentence's full stop is not part of the name; an abbreviation's is
      { text: '1.1 Ukraine shall provide data at the request of the United States.', quote: 'at the request of the United States' },
      { text: '1.1 Ukraine shall provide data at the request of the U.S. Treasury.', quote: 'at the request of the U.S. Treasury' },
    ],
    nearMisses: [
      { why: 'either party may ask', text: '1.1 Ukraine shall provide data at the request of either Party.' },
      { why: 'joint request', text: '1.1 Ukraine shall provide data at the joint request of the Parties.' },
      { why: 'joint determination', text: '1.1 Ukraine shall provide data as the Parties may jointly determine.' },
      { why: 'recital', text: 'WHEREAS Ukraine has provided data at the request of the United States;' },
      { why: 'negated', text: '1.1 Ukraine shall not provide data at the request of the United States alone.' },
    ],
  },
  irrevocable: {
    category: 'one-sided',
    severity: 'medium',
    fires: [
      { text: '1.1 Ukraine irrevocably commits its revenues to the Fund.', quote: 'irrevocably' },
      { text: '1.1 The commitments of Ukraine under this Article are irrevocable.', quote: 'irrevocable' },
    ],
    nearMisses: [
      { why: 'negated ("Nothing ... shall be")', text: '1.1 Nothing in this Agreement shall be irrevocable.' },
      { why: '"revocable" is not "irrevocable"', text: '1.1 The commitment is revocable on written notice.' },
      { why: 'quoted position', text: 'Ukraine struck out the words "irrevocable commitment".' },
      { why: 'recital', text: 'WHEREAS the United States sought an irrevocable commitment;' },
      { why: 'how a guarantee is worded', text: '1.1 The Guarantor irrevocably and unconditionally guarantees the punctual payment of all sums due.' },
      { why: 'how a credit is worded', text: '1.1 The Buyer shall open an irrevocable letter of credit in favour of the Seller.' },
      { why: 'a debt paid for good', text: '1.1 The Security shall be released upon the irrevocable repayment in full of the Loan.' },
    ],
  },
  'in-perpetuity': {
    category: 'duration',
    severity: 'high',
    fires: [
      { text: '1.1 This Agreement shall remain in force in perpetuity.', quote: 'in perpetuity' },
      { text: '1.1 The Fund shall have a perpetual right to the revenues.', quote: 'perpetual' },
    ],
    nearMisses: [
      { why: 'negated', text: '1.1 This Agreement shall not remain in force in perpetuity.' },
      { why: 'limited term', text: '1.1 This Agreement shall remain in force for ten years.' },
      {
        why: '"shall not be required to" far before the phrase',
        text: '1.1 Ukraine shall not be required to transfer to the Fund any part of its natural resources in perpetuity.',
      },
      { why: 'recital', text: 'WHEREAS the United States proposed a partnership in perpetuity;' },
    ],
  },
  'all-future': {
    category: 'one-sided',
    severity: 'high',
    fires: [{ text: '1.1 Ukraine shall transfer to the Fund 50 percent of all future revenues.', quote: 'all future' }],
    nearMisses: [
      { why: '"shall not be required to transfer"', text: '1.1 Ukraine shall not be required to transfer 50 percent of all future revenues.' },
      { why: 'quotation of the other side', text: `1.1 ${QUOTED_PROPOSAL}` },
      { why: 'only future revenues of new licences', text: '1.1 Ukraine shall transfer 50 percent of future revenues from new licences.' },
      { why: 'definition', text: '"Revenues" means all future royalties received by the Government of Ukraine.' },
      { why: 'recital', text: 'WHEREAS the United States asked for a share of all future revenues;' },
    ],
  },
  'immunity-waiver': {
    category: 'governing-law',
    severity: 'high',
    fires: [
      { text: '1.1 Ukraine hereby waives sovereign immunity from suit and execution.', quote: 'waives sovereign immunity' },
      { text: '1.1 Any immunity of Ukraine from jurisdiction is hereby irrevocably waived.', quote: 'immunity of Ukraine from jurisdiction is hereby irrevocably waived' },
      {
        text: '1.1 The immunity of Ukraine from the jurisdiction of the arbitral tribunal set up under Article 14 is waived.',
        quote: 'immunity of Ukraine from the jurisdiction of the arbitral tribunal set up under Article 14 is waived',
      },
    ],
    nearMisses: [
      { why: 'negated', text: '1.1 Ukraine does not waive its sovereign immunity.' },
      { why: '"Nothing ... waives"', text: '1.1 Nothing in this Agreement waives the immunity of Ukraine.' },
      { why: 'reported position', text: '1.1 The United States demanded that Ukraine waive its immunity.' },
    ],
  },
  'ownership-transfer': {
    category: 'ownership',
    severity: 'high',
    fires: [
      { text: '1.1 Ukraine shall transfer ownership of its natural resources to the Fund.', quote: 'transfer ownership of its natural resources' },
      { text: '1.1 The subsoil shall become the property of the Fund.', quote: 'subsoil shall become the property of' },
    ],
    nearMisses: [
      { why: '"shall not be required to transfer"', text: '1.1 Ukraine shall not be required to transfer ownership of its natural resources.' },
      { why: '"Nothing ... shall transfer"', text: '1.1 Nothing in this Agreement shall transfer ownership of natural resources.' },
      { why: 'revenues, not ownership', text: '1.1 Ukraine shall transfer revenues from natural resources to the Fund.' },
      { why: 'reported position', text: '1.1 The United States proposed that Ukraine transfer ownership of its natural resources.' },
    ],
  },
  'revenue-share': {
    category: 'financial',
    severity: 'medium',
    fires: [
      { text: '1.1 Ukraine shall transfer to the Fund 50 percent of revenues from new licences.', quote: '50 percent', severity: 'high' },
      { text: `1.1 Ukraine shall transfer ${REVENUE_SHARE_THRESHOLD} percent of revenues to the Fund.`, quote: `${REVENUE_SHARE_THRESHOLD} percent`, severity: 'medium' },
      { text: '1.1 Ukraine shall pay 40% of royalties into the Fund.', quote: '40%', severity: 'medium' },
    ],
    nearMisses: [
      { why: 'below the threshold', text: '1.1 Ukraine shall transfer 25 percent of revenues to the Fund.' },
      { why: 'not about revenues (seats)', text: '1.1 Ukraine shall hold at least 50 percent of the seats on the Board.' },
      { why: 'not about revenues (costs)', text: '1.1 Ukraine shall bear 50 percent of the costs of the Secretariat.' },
      { why: 'quotation of the other side', text: `1.1 ${QUOTED_PROPOSAL}` },
      { why: 'negated', text: '1.1 Ukraine shall not be required to transfer 50 percent of its revenues.' },
      { why: 'recital', text: 'WHEREAS the United States sought 50 percent of the revenues;' },
      { why: 'describes, moves no money', text: '1.1 This paragraph applies if at least 75 percent of the income of such person is derived from farming.' },
      { why: 'revenues elsewhere in the sentence', text: '1.1 Ukraine shall transfer 50 percent of the shares of the operator, and report its revenues.' },
    ],
  },
  'foreign-governing-law': {
    category: 'governing-law',
    severity: 'medium',
    fires: [
      {
        text: '1.1 This Agreement shall be governed by the laws of the State of New York.',
        quote: 'governed by the laws of the State of New York',
      },
    ],
    nearMisses: [
      { why: 'law of Ukraine', text: '1.1 This Agreement shall be governed by the law of Ukraine.' },
      { why: 'international law', text: '1.1 This Agreement shall be governed by international law.' },
      { why: 'negated', text: '1.1 This Agreement shall not be governed by the laws of the State of New York.' },
      { why: 'reported position', text: '1.1 The United States proposed that the Agreement be governed by the laws of the State of New York.' },
    ],
  },
  'one-party-duties': {
    category: 'one-sided',
    severity: 'medium',
    fires: [{ text: '1.1 Ukraine shall provide quarterly reports, and the United States may audit the Fund.', quote: 'may' }],
    nearMisses: [
      { why: 'both parties bear duties', text: '1.1 Ukraine shall provide reports and the United States shall pay for them; the United States may audit them.' },
      { why: 'duty on each Party', text: '1.1 Each Party shall provide reports, and the United States may audit the Fund.' },
      { why: 'the Fund is not a party', text: '1.1 The Fund shall invest, and the United States may audit the Fund.' },
      { why: 'no right holder', text: '1.1 Ukraine shall provide quarterly reports to the Fund.' },
      { why: 'duty released', text: '1.1 Ukraine shall not be required to provide reports, and the United States may audit the Fund.' },
      { why: 'quoted proposal', text: '1.1 The United States proposed that "Ukraine shall provide reports, and the United States may audit them".' },
    ],
  },
};

describe('clause rules', () => {
  it('have a case for every rule in CLAUSE_RULES, with a firing test and a near-miss', () => {
    expect(Object.keys(CLAUSE_CASES).sort()).toEqual(CLAUSE_RULES.map((r) => r.id).sort());
    for (const c of Object.values(CLAUSE_CASES)) {
      expect(c.fires.length).toBeGreaterThan(0);
      expect(c.nearMisses.length).toBeGreaterThan(0);
    }
  });

  for (const rule of CLAUSE_RULES) {
    const cases = CLAUSE_CASES[rule.id];
    if (!cases) continue;
    describe(rule.id, () => {
      it(`is declared as ${cases.category}/${cases.severity}`, () => {
        expect(rule.category).toBe(cases.category);
        expect(rule.severity).toBe(cases.severity);
      });

      for (const firing of cases.fires) {
        it(`fires on: ${firing.text}`, () => {
          const version = agreement(firing.text);
          const clause = last(version);
          const found = clauseFindings(version, rule.id);
          expect(found, 'exactly one finding').toHaveLength(1);
          const f = found[0]!;
          expect(f.category).toBe(cases.category);
          expect(f.severity).toBe(firing.severity ?? cases.severity);
          expect(f.clause).toBe(clause.id);
          expect(f.version).toBe('single');
          expect(f.evidence).not.toBeNull();
          expect(f.evidence!.quote).toBe(firing.quote);
          expect(clause.text.slice(f.evidence!.start, f.evidence!.end)).toBe(firing.quote);
        });
      }

      for (const miss of cases.nearMisses) {
        it(`does not fire (${miss.why}): ${miss.text}`, () => {
          expect(clauseFindings(agreement(miss.text), rule.id)).toEqual([]);
        });
      }
    });
  }

  it('parse the near-miss fixtures as the kinds they stand for', () => {
    expect(last(agreement('"Fund" means the fund.')).kind).toBe('definition');
    expect(last(agreement('WHEREAS the Parties wish to cooperate;')).kind).toBe('recital');
    expect(last(agreement('1.1 Ukraine shall report.')).kind).toBe('numbered');
  });

  it('speaks of Ukraine’s law and resources only where Ukraine is a party', () => {
    const clauses = '1.1 This Agreement shall be governed by the laws of the State of California.\n\n1.2 The Seller shall transfer ownership of its mineral resources to the Buyer.';
    for (const opening of ['', 'The Government of Canada and the Government of Norway agree as follows.\n\nArticle 1\n\n']) {
      const found = clauseFindings(parseVersion(`${opening}${clauses}`));
      expect(found.map((f) => f.rule), opening || 'no parties named').not.toContain('foreign-governing-law');
      expect(found.map((f) => f.rule), opening || 'no parties named').not.toContain('ownership-transfer');
    }
    const withUkraine = clauseFindings(agreement(clauses)).map((f) => f.rule);
    expect(withUkraine).toContain('foreign-governing-law');
    expect(withUkraine).toContain('ownership-transfer');
  });

  it('one-party-duties names the bearer and the holder in its explanation', () => {
    const [f] = clauseFindings(agreement('1.1 Ukraine shall provide quarterly reports, and the United States may audit the Fund.'), 'one-party-duties');
    expect(f!.explanation).toContain('Ukraine');
    expect(f!.explanation).toContain('United States');
  });

  it('revenue-share reports each share above the threshold in a clause', () => {
    const version = agreement('1.1 Ukraine shall transfer 50 percent of royalties to the Fund; Ukraine shall transfer 10 percent of revenues to the Fund.');
    const found = clauseFindings(version, 'revenue-share');
    expect(found.map((f) => f.evidence!.quote)).toEqual(['50 percent']);
  });
});

// ---------------------------------------------------------------------------------------------
// Document rules
// ---------------------------------------------------------------------------------------------

const BARE = '1.1 Ukraine shall transfer revenues to the Fund.\n\n1.2 The Fund shall publish an annual report.';

const DOCUMENT_CASES: Record<string, { category: CategoryId; severity: Severity; fires: NearMiss[]; satisfied: NearMiss[] }> = {
  'no-security-guarantee': {
    category: 'security',
    severity: 'high',
    fires: [
      { why: 'nothing about security', text: BARE },
      { why: 'a denial is no guarantee', text: `${BARE}\n\n1.3 Nothing in this Agreement constitutes a security guarantee.` },
      { why: 'a recital is no guarantee', text: `WHEREAS Ukraine seeks security guarantees;\n\n${BARE}` },
      { why: 'a reported demand is no guarantee', text: `${BARE}\n\n1.3 Ukraine demanded security guarantees from the United States.` },
    ],
    satisfied: [
      { why: 'a guarantee', text: `${BARE}\n\n1.3 The United States shall provide security guarantees to Ukraine.` },
      { why: 'security assurances', text: `${BARE}\n\n1.3 The Parties shall agree on security assurances for Ukraine.` },
    ],
  },
  'no-termination': {
    category: 'duration',
    severity: 'medium',
    fires: [
      { why: 'nothing about termination', text: BARE },
      { why: 'termination excluded', text: `${BARE}\n\n1.3 Neither Party may terminate this Agreement.` },
    ],
    satisfied: [
      { why: 'termination on notice', text: `${BARE}\n\n1.3 Either Party may terminate this Agreement by written notice.` },
      { why: 'withdrawal', text: `${BARE}\n\n1.3 Either Party may give notice of withdrawal from this Agreement.` },
    ],
  },
  'no-ratification': {
    category: 'ratification',
    severity: 'medium',
    fires: [
      { why: 'entry into force on signature', text: `${BARE}\n\n1.3 This Agreement enters into force on signature.` },
      { why: 'a passing mention', text: `${BARE}\n\n1.3 A treaty on the Fund may be ratified only after consultations.` },
    ],
    satisfied: [
      { why: 'subject to ratification', text: `${BARE}\n\n1.3 This Agreement shall enter into force subject to ratification by the Verkhovna Rada of Ukraine.` },
      { why: 'internal procedures', text: `${BARE}\n\n1.3 This Agreement enters into force when the Parties complete their internal procedures.` },
    ],
  },
};

describe('document rules', () => {
  it('find the parties of a treaty opening whose next paragraph starts with a capital', () => {
    const treaty = parseVersion(`The Government of the United States of America and the Government of Ukraine\n\nHave agreed as follows:\n\nArticle 1\n\n${BARE}`);
    expect(partiesOf(treaty)).toEqual(['United States', 'Ukraine']);
    expect(documentFindings(treaty, 'no-security-guarantee')).toHaveLength(1);
  });

  it('about Ukraine apply only where Ukraine is a party; termination wherever Governments are', () => {
    const betweenOthers = parseVersion(`The Government of Canada and the Government of Norway agree as follows.\n\nArticle 1\n\n${BARE}`);
    expect(documentFindings(betweenOthers, 'no-security-guarantee')).toEqual([]);
    expect(documentFindings(betweenOthers, 'no-ratification')).toEqual([]);
    expect(documentFindings(betweenOthers, 'no-termination')).toHaveLength(1);
  });

  it('say whom a missing termination clause weighs on, and why, since that party changes with the duties', () => {
    const sellerBound = parseVersion(
      'This Agreement is made between Northwind Ltd ("the Seller") and Harbour plc ("the Buyer").\n\n1. The Seller shall deliver the ore.\n\n2. The Seller shall insure the ore.\n\n3. The Buyer shall pay the price.',
    );
    const [found] = documentFindings(sellerBound, 'no-termination');
    expect(found).toMatchObject({ affects: 'Seller' });
    expect(found!.explanation).toMatch(/binds without end\. It weighs most on Seller, which carries most of its duties\.$/);
    // with the duties even, the lack weighs on no one in particular, and the explanation names no one
    const even = parseVersion('This Agreement is made between Northwind Ltd ("the Seller") and Harbour plc ("the Buyer").\n\n1. The Seller shall deliver the ore.\n\n2. The Buyer shall pay the price.');
    const [plain] = documentFindings(even, 'no-termination');
    expect(plain).toMatchObject({ affects: null, explanation: 'No clause lets a party terminate or withdraw from the agreement, so it binds without end.' });
  });

  it('have a case for every rule in DOCUMENT_RULES', () => {
    expect(Object.keys(DOCUMENT_CASES).sort()).toEqual(DOCUMENT_RULES.map((r) => r.id).sort());
  });

  for (const rule of DOCUMENT_RULES) {
    const cases = DOCUMENT_CASES[rule.id];
    if (!cases) continue;
    describe(rule.id, () => {
      for (const c of cases.fires) {
        it(`fires (${c.why})`, () => {
          const found = documentFindings(agreement(c.text), rule.id);
          expect(found).toHaveLength(1);
          const f = found[0]!;
          expect(FindingSchema.parse(f)).toEqual(f);
          expect(f).toMatchObject({ level: 'document', category: cases.category, severity: cases.severity, version: 'single', clause: null, evidence: null });
        });
      }
      for (const c of cases.satisfied) {
        it(`does not fire (${c.why})`, () => {
          expect(documentFindings(agreement(c.text), rule.id)).toEqual([]);
        });
      }
      it('does not fire on a text whose opening names no parties (a statute, a website’s terms)', () => {
        expect(documentFindings(parseVersion(`SEC. 101. FUNDS\n\n${BARE}`), rule.id)).toEqual([]);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Obligations
// ---------------------------------------------------------------------------------------------

describe('obligations', () => {
  const deontics = (text: string) => deonticsOf(last(agreement(text)));

  it('reads "Ukraine shall" as an obligation of Ukraine', () => {
    const clause = last(agreement('1.1 Ukraine shall transfer revenues to the Fund.'));
    const [d, ...rest] = deonticsOf(clause);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ party: 'Ukraine', kind: 'obligation', phrase: 'shall' });
    expect(clause.text.slice(d!.start, d!.end)).toBe('shall');
  });

  it('reads "the United States may" as a right of the United States', () => {
    expect(deontics('1.1 The Fund shall invest; the United States may audit the Fund.').filter((d) => d.party === 'United States')).toMatchObject([
      { party: 'United States', kind: 'right', phrase: 'may' },
    ]);
  });

  it('reads "shall not" as a prohibition', () => {
    expect(deontics('1.1 Ukraine shall not sell the assets of the Fund.')).toMatchObject([{ party: 'Ukraine', kind: 'prohibition', phrase: 'shall not' }]);
  });

  it('reads "shall not be required to" as no duty at all, and "Nothing ... shall oblige" as the party left free', () => {
    expect(deontics('1.1 Ukraine shall not be required to transfer ownership of its natural resources.')).toEqual([]);
    expect(deontics('1.1 Nothing in this Agreement shall oblige Ukraine to transfer ownership.')).toMatchObject([{ party: 'Ukraine', kind: 'right', phrase: 'not obliged' }]);
  });

  it('ends a party name at a sentence or paragraph break, but keeps "U.S." whole', () => {
    const parties = (text: string) => deontics(text).map((d) => d.party);
    expect(parties('1.1 Use of the API is governed by the API Terms. You shall comply with them.')).toEqual(['You']);
    expect(parties('1.1 Scope of the Service\n\nGitHub may change the Service.')).toEqual(['GitHub']);
    expect(parties('1.1 The U.S. shall appoint two members.')).toEqual(['United States']);
  });

  it('drops an opening "A" or "An" from a party name', () => {
    expect(deontics('1.1 A User shall keep the password secret.')).toMatchObject([{ party: 'User', kind: 'obligation' }]);
  });

  it('does not take a statute, a part of the text or an opening word for a party', () => {
    expect(deontics('1.1 The Uniform Computer Information Transactions Act shall not apply.')).toEqual([]);
    expect(deontics('1.1 There may be other terms; the Schedule shall prevail.')).toEqual([]);
  });

  it('reads "Each Party shall" as a duty of the Parties', () => {
    expect(deontics('1.1 Each Party shall publish the annual report.')).toMatchObject([{ party: 'Parties', kind: 'obligation' }]);
  });

  it('reads a passive with its agent as the agent’s duty or right, not the subject’s', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind]);
    expect(read('1.1 Each instalment shall be repaid by Ukraine within 30 days.')).toEqual([['Ukraine', 'obligation']]);
    expect(read('1.1 The costs of the Secretariat shall be borne by the United States.')).toEqual([['United States', 'obligation']]);
    expect(read('1.1 The Fund shall not be used by the United States for military purposes.')).toEqual([['United States', 'prohibition']]);
    // deciding or controlling is a power, as is what "may" be done
    expect(read('1.1 The projects shall be selected by the United States.')).toEqual([['United States', 'right']]);
    expect(read('1.1 The Fund shall be controlled exclusively by the United States.')).toEqual([['United States', 'right']]);
    expect(read('1.1 This Agreement may be terminated by either Ukraine or the United States.')).toEqual([['Parties', 'right']]);
    // near misses: an agent that is no party, a negated passive
    expect(deontics('1.1 Disputes shall be settled by arbitration.').filter((d) => d.phrase.includes(' by '))).toEqual([]);
    expect(read('1.1 No part of the Fund shall be paid by Ukraine.')).toEqual([]);
  });

  it('reads the old formal covenant ("doth hereby covenant with ... to pay") as a duty', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind]);
    expect(read('1.1 Ukraine doth hereby covenant with the United States to pay the said sums on the usual quarter days.')).toEqual([['Ukraine', 'obligation']]);
    expect(read('1.1 The United States covenants that it will maintain the equipment.')).toEqual([['United States', 'obligation']]);
    // near miss: a covenant named as a thing binds no one
    expect(read('1.1 The covenants of Ukraine are set out in Annex 2.')).toEqual([]);
  });

  it('reads a modal after "which" or "who" as the duty or right of the party the clause hangs on', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind]);
    expect(read('1.1 Until delivery the risk shall be borne by the United States, which shall insure the cargo.')).toEqual([['United States', 'obligation'], ['United States', 'obligation']]);
    expect(read('1.1 Every claim goes first to Ukraine, who may object within ten days.')).toEqual([['Ukraine', 'right']]);
    // near misses: "which" hanging on a thing says what the thing is, and binds no one
    expect(read('1.1 The price set by Ukraine, which shall not exceed USD 5 million, is payable on delivery.')).toEqual([]);
    expect(read('1.1 The equipment supplied by Ukraine, which shall be new, is listed in Annex 1.')).toEqual([]);
  });

  it('reads a party that "shall be compensated", paid or indemnified as owed something, not owing it', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind]);
    expect(read('1.1 Ukraine shall be compensated for any loss of revenue.')).toEqual([['Ukraine', 'right']]);
    expect(read('1.1 The United States shall be reimbursed within 30 days.')).toEqual([['United States', 'right']]);
    expect(read('1.1 Ukraine shall first receive the proceeds of the sale.')).toEqual([['Ukraine', 'right']]);
    // denied a payment, a party bears no duty: it is neither owed nor owing
    expect(read('1.1 Ukraine shall not be compensated for any loss of revenue.')).toEqual([]);
    expect(read('1.1 Ukraine shall not transfer the revenue.')).toEqual([['Ukraine', 'prohibition']]);
    // near misses: a passive of another verb is still a duty, and a passive with its agent is the agent's
    expect(read('1.1 Ukraine shall be bound by the decisions of the Board.')).toEqual([['Ukraine', 'obligation']]);
    expect(read('1.1 Each instalment shall be paid by Ukraine within 30 days.')).toEqual([['Ukraine', 'obligation']]);
  });

  it('reads a duty said as a noun with its agent as the agent’s duty, not the receiver’s', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind, d.phrase]);
    expect(read('1.1 Delivery of the equipment by the United States to Ukraine shall take place within 90 days.')).toEqual([['United States', 'obligation', 'shall']]);
    expect(read('1.1 Payment of each instalment by Ukraine shall be made in dollars.')).toEqual([['Ukraine', 'obligation', 'shall']]);
    // inside a sentence as at its start
    expect(read('1.1 Subject to Article 4, the delivery of the equipment by the United States shall take place within 90 days.')).toEqual([['United States', 'obligation', 'shall']]);
    // near misses: an agent that is no party, and no duty said at all
    expect(read('1.1 Delivery of the equipment by sea shall take place within 90 days.')).toEqual([]);
    expect(read('1.1 Delivery of the equipment by the United States is described in Annex 2.')).toEqual([]);
  });

  it('reads names joined before the modal as a duty both share, but not a receiver joined to the next subject', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind]);
    expect(read('1.1 Ukraine and the United States shall each contribute to the Fund.')).toEqual([['Parties', 'obligation']]);
    expect(read('1.1 Either Ukraine or the United States may request consultations.')).toEqual([['Parties', 'right']]);
    expect(read('1.1 Ukraine shall deliver ore to the United States and the United States shall pay for it.')).toEqual([
      ['Ukraine', 'obligation'],
      ['United States', 'obligation'],
    ]);
  });

  it('does not take the object of a preposition for the subject of the modal', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind]);
    expect(read('1.1 Disputes between Ukraine and the United States shall be settled by negotiation.')).toEqual([]);
    expect(read('1.1 Interest payable to the United States shall accrue daily.')).toEqual([]);
    // near miss: a name after a comma opens the sentence's subject
    expect(read('1.1 Subject to Article 4, Ukraine shall report.')).toEqual([['Ukraine', 'obligation']]);
  });

  it('reads a grant made by the words themselves ("hereby assigns") as the grantor’s duty', () => {
    expect(deontics('1.1 Ukraine hereby assigns to the Fund all licences issued after signature.').map((d) => [d.party, d.kind, d.phrase])).toEqual([
      ['Ukraine', 'obligation', 'hereby assigns'],
    ]);
    // near miss: a grant described, not made
    expect(deontics('1.1 The licences Ukraine assigns to the Fund are listed in Annex B.')).toEqual([]);
  });

  it('reads duties written in Ukrainian: an obligation, a right, a prohibition', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind, d.phrase]);
    expect(read("1.1 Україна зобов'язується вносити до Фонду частину доходів.")).toEqual([['Україна', 'obligation', "зобов'язується"]]);
    expect(read('1.1 Сполучені Штати мають право призначити двох членів Ради.')).toEqual([['Сполучені Штати', 'right', 'мають право']]);
    expect(read('1.1 Україна не може відчужувати надра; Україна зобов’язується не передавати ліцензії.')).toEqual([
      ['Україна', 'prohibition', 'не може'],
      ['Україна', 'prohibition', 'зобов’язується не'],
    ]);
    // near miss: a statement with no modal binds no one
    expect(read('1.1 Угода набирає чинності з дати підписання.')).toEqual([]);
  });

  it('keeps a passive’s agent apart from the next subject, and a negated decision a prohibition', () => {
    const read = (text: string) => deontics(text).map((d) => [d.party, d.kind]);
    expect(read('1.1 The ore shall be delivered by Ukraine and the United States shall pay the price.')).toEqual([
      ['Ukraine', 'obligation'],
      ['United States', 'obligation'],
    ]);
    expect(read('1.1 The price shall not be determined by the United States.')).toEqual([['United States', 'prohibition']]);
    // a Ukrainian modal after "nothing ... means that" binds no one
    expect(read("1.1 Ніщо в цій Угоді не означає, що Україна зобов'язана передати надра.")).toEqual([]);
  });

  it('gives a bare "and shall" the subject before it', () => {
    expect(deontics('1.1 Ukraine shall provide data, and shall deliver reports.').map((d) => [d.party, d.kind])).toEqual([
      ['Ukraine', 'obligation'],
      ['Ukraine', 'obligation'],
    ]);
  });

  it('finds nothing in definitions, recitals or quotations', () => {
    expect(deontics('"Fund" means the fund to which Ukraine shall transfer revenues.')).toEqual([]);
    expect(deontics('WHEREAS Ukraine shall transfer revenues;')).toEqual([]);
    expect(deontics('1.1 The United States proposed that "Ukraine shall transfer 50 percent of revenues".')).toEqual([]);
  });

  it('names parties the way the agreement does', () => {
    expect(partyName('the Government of the United States of America')).toBe('United States');
    expect(partyName('the Government of Ukraine')).toBe('Ukraine');
    expect(partyName('Each Party')).toBe('Parties');
    expect(partyName('Either Party')).toBe('Parties');
    expect(partiesOf(agreement('1.1 Ukraine shall report.'))).toEqual(['United States', 'Ukraine']);
  });

  it('obligationBalance counts the named parties and "Parties", not the Fund', () => {
    const version = agreement(
      [
        '1.1 Ukraine shall transfer revenues to the Fund.',
        '1.2 Ukraine shall not sell the assets of the Fund.',
        '1.3 The United States may audit the Fund.',
        '1.4 Each Party shall appoint two members of the Board.',
        '1.5 The Fund shall invest in Ukraine.',
        '1.6 The Board shall meet twice a year.',
      ].join('\n\n'),
    );
    const balance = obligationBalance(version);
    expect(balance.map((r) => r.party).sort()).toEqual(['Parties', 'Ukraine', 'United States']);
    expect(balance.find((r) => r.party === 'Ukraine')).toEqual({ party: 'Ukraine', obligations: 1, prohibitions: 1, rights: 0 });
    expect(balance.find((r) => r.party === 'United States')).toEqual({ party: 'United States', obligations: 0, prohibitions: 0, rights: 1 });
    expect(balance.find((r) => r.party === 'Parties')).toEqual({ party: 'Parties', obligations: 1, prohibitions: 0, rights: 0 });
    // busiest party first
    expect(balance[0]!.party).toBe('Ukraine');
  });

  it('obligationBalance lists the named parties even when they hold nothing', () => {
    const balance = obligationBalance(agreement('1.1 The Fund shall invest in Ukraine.'));
    expect([...balance].sort((a, b) => a.party.localeCompare(b.party))).toEqual([
      { party: 'Ukraine', obligations: 0, prohibitions: 0, rights: 0 },
      { party: 'United States', obligations: 0, prohibitions: 0, rights: 0 },
    ]);
  });

  it('obligationBalance counts every subject where the draft names no parties, busiest first by rights too, then by name', () => {
    expect(obligationBalance(parseVersion('MEMORANDUM\n\n1. The Fund shall invest. The Board may meet. The Fund shall not borrow.'))).toEqual([
      { party: 'Fund', obligations: 1, prohibitions: 1, rights: 0 },
      { party: 'Board', obligations: 0, prohibitions: 0, rights: 1 },
    ]);
    const sale = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").\n\n1. ';
    expect(obligationBalance(parseVersion(`${sale}The Buyer shall pay. The Seller may inspect. The Seller may refuse.`)).map((r) => r.party)).toEqual(['Seller', 'Buyer']);
    expect(obligationBalance(parseVersion(`${sale}The Seller may inspect. The Buyer may refuse.`)).map((r) => r.party)).toEqual(['Buyer', 'Seller']);
  });

  it('dutyShare counts prohibitions as duties, and rights as none', () => {
    const rows = [
      { party: 'Ukraine', obligations: 0, prohibitions: 3, rights: 5 },
      { party: 'United States', obligations: 1, prohibitions: 0, rights: 0 },
    ];
    expect(dutyShare(rows, 'Ukraine', 'United States')).toBe(0.75);
    expect(dutyShare(rows, 'United States', 'Ukraine')).toBe(0.25);
  });

  it('dutyShare is 1 when one party has all duties, null when none has any', () => {
    const oneSided = [
      { party: 'Ukraine', obligations: 3, prohibitions: 1, rights: 0 },
      { party: 'United States', obligations: 0, prohibitions: 0, rights: 4 },
    ];
    expect(dutyShare(oneSided, 'Ukraine', 'United States')).toBe(1);
    expect(dutyShare(oneSided, 'United States', 'Ukraine')).toBe(0);
    expect(dutyShare([{ party: 'Ukraine', obligations: 1, prohibitions: 0, rights: 0 }, { party: 'United States', obligations: 1, prohibitions: 0, rights: 0 }], 'Ukraine', 'United States')).toBe(0.5);
    expect(dutyShare([{ party: 'Ukraine', obligations: 0, prohibitions: 0, rights: 2 }], 'Ukraine', 'United States')).toBeNull();
    expect(dutyShare([], 'Ukraine', 'United States')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Change rules
// ---------------------------------------------------------------------------------------------

describe('change rules', () => {
  it('cover figure-changed, bound-turned, selector-flipped, selector-added, selector-removed, floor-on-sum-changed, cost-share-moved, split-apart, duty-shifted, duty-hedged, term-qualified, protection-changed, forum-moved, forum-option-changed, option-changed, incoterm-moved, sum-part-moved, consideration-changed, holders-changed, notice-shifted, relief-shifted and payment-timing-moved', () => {
    expect(CHANGE_RULES.map((r) => r.id).sort()).toEqual([
      'bound-turned',
      'consideration-changed',
      'cost-share-moved',
      'duty-hedged',
      'duty-shifted',
      'figure-changed',
      'floor-on-sum-changed',
      'forum-moved',
      'forum-option-changed',
      'holders-changed',
      'incoterm-moved',
      'notice-shifted',
      'option-changed',
      'payment-timing-moved',
      'protection-changed',
      'relief-shifted',
      'selector-added',
      'selector-flipped',
      'selector-removed',
      'split-apart',
      'sum-part-moved',
      'term-qualified',
    ]);
  });

  const REPORT = '1.2 The Fund shall publish an annual report.';

  describe('figure-changed', () => {
    it('reports "50 percent" → "25 percent" on the new clause', () => {
      const { comparison, findings } = compare(
        `1.1 Ukraine shall transfer to the Fund 50 percent of revenues from new licences.\n\n${REPORT}`,
        `1.1 Ukraine shall transfer to the Fund 25 percent of revenues from new licences.\n\n${REPORT}`,
      );
      const found = changeFindings(findings, 'figure-changed');
      expect(found).toHaveLength(1);
      const f = found[0]!;
      const clause = comparison.new.clauses.find((c) => c.id === f.clause)!;
      expect(clause.number).toBe('1.1');
      expect(f).toMatchObject({ level: 'change', category: 'financial', severity: 'high', version: 'new' });
      expect(f.oldClauses).toEqual([comparison.old.clauses.find((c) => c.number === '1.1')!.id]);
      expect(f.evidence!.quote).toBe('25 percent');
      expect(clause.text.slice(f.evidence!.start, f.evidence!.end)).toBe('25 percent');
      expect(f.explanation).toContain('50 percent');
      expect(f.explanation).toContain('25 percent');
    });

    it('does not fire when the wording changes but the figure does not', () => {
      const { comparison, findings } = compare(
        `1.1 Ukraine shall transfer to the Fund 50 percent of revenues from new licences.\n\n${REPORT}`,
        `1.1 Ukraine shall transfer to the Fund 50 percent of revenues from new licences granted after signature.\n\n1.2 The Fund shall publish an annual report each year.`,
      );
      expect(comparison.summary.modified).toBeGreaterThan(0);
      expect(changeFindings(findings, 'figure-changed')).toEqual([]);
    });

    it('reports figures that swapped places: each now attaches to another term', () => {
      const { findings } = compare(
        `1.1 The fee is $500 for the first year and $900 for each later year.\n\n${REPORT}`,
        `1.1 The fee is $900 for the first year and $500 for each later year.\n\n${REPORT}`,
      );
      const found = changeFindings(findings, 'figure-changed');
      expect(found).toHaveLength(1);
      expect(found[0]!.explanation).toBe('A figure changed from $500, $900 to $900, $500.');
    });

    it('does not report a figure the rewording only moved, and reports the one that changed', () => {
      const { comparison, findings } = compare(
        `1.1 Ukraine shall transfer $600,000,000 to the Fund for ports within five years, and 10 percent of fees.\n\n${REPORT}`,
        `1.1 Within five years and for ports, the Fund shall receive from Ukraine the sum of $600,000,000, and 20 percent of fees.\n\n${REPORT}`,
      );
      const segments = comparison.changes.flatMap((c) => c.segments);
      // the redline did delete the amount in one place and insert it in another
      expect(segments.some((s) => s.op === 'delete' && s.text.includes('$600,000,000'))).toBe(true);
      expect(segments.some((s) => s.op === 'insert' && s.text.includes('$600,000,000'))).toBe(true);
      const found = changeFindings(findings, 'figure-changed');
      expect(found).toHaveLength(1);
      expect(found[0]!.explanation).toBe('A figure changed from 10 percent to 20 percent.');
    });
  });

  describe('duty-shifted', () => {
    it('reports an obligation moved from Ukraine to the United States', () => {
      const { comparison, findings } = compare(
        `1.1 Ukraine shall publish an annual report on the Fund.\n\n${REPORT}`,
        `1.1 The United States shall publish an annual report on the Fund.\n\n${REPORT}`,
      );
      const found = changeFindings(findings, 'duty-shifted');
      expect(found).toHaveLength(1);
      const f = found[0]!;
      const clause = comparison.new.clauses.find((c) => c.id === f.clause)!;
      expect(clause.number).toBe('1.1');
      expect(f).toMatchObject({ level: 'change', category: 'one-sided', severity: 'medium', version: 'new' });
      expect(f.evidence!.quote).toBe('shall publish an annual report on the Fund');
      expect(clause.text.slice(f.evidence!.start, f.evidence!.end)).toBe('shall publish an annual report on the Fund');
      expect(f.explanation).toMatch(/obligation moved from Ukraine to United States/u);
    });

    it('does not fire on a reworded clause that keeps the same duties', () => {
      const { comparison, findings } = compare(
        `1.1 Ukraine shall publish an annual report on the Fund.\n\n${REPORT}`,
        `1.1 Ukraine shall publish a yearly report on the activities of the Fund.\n\n${REPORT}`,
      );
      expect(comparison.summary.modified).toBe(1);
      expect(changeFindings(findings, 'duty-shifted')).toEqual([]);
    });

    it('does not fire when a duty of a non-party (the Fund) changes hands', () => {
      const { findings } = compare(`1.1 The Fund shall publish an annual report.`, `1.1 The Board shall publish an annual report.`);
      expect(changeFindings(findings, 'duty-shifted')).toEqual([]);
    });
  });

  describe('protection-changed', () => {
    const BASE = `1.1 Ukraine shall publish an annual report on the Fund.\n\n${REPORT}`;

    it('reports a security-guarantee clause appearing', () => {
      const { comparison, findings } = compare(BASE, `${BASE}\n\n1.3 The United States shall provide security guarantees to Ukraine.`);
      const found = changeFindings(findings, 'protection-changed');
      expect(found).toHaveLength(1);
      const f = found[0]!;
      const clause = comparison.new.clauses.find((c) => c.id === f.clause)!;
      expect(clause.number).toBe('1.3');
      expect(f).toMatchObject({ level: 'change', category: 'security', severity: 'medium', version: 'new', oldClauses: [] });
      expect(f.evidence!.quote).toBe('security guarantees');
      expect(clause.text.slice(f.evidence!.start, f.evidence!.end)).toBe('security guarantees');
      expect(f.explanation).toMatch(/appears/u);
    });

    it('reports a security-guarantee clause removed, on the old side', () => {
      const { comparison, findings } = compare(`${BASE}\n\n1.3 The United States shall provide security guarantees to Ukraine.`, BASE);
      const [f, ...rest] = changeFindings(findings, 'protection-changed');
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ category: 'security', version: 'old' });
      expect(comparison.old.clauses.find((c) => c.id === f!.clause)!.number).toBe('1.3');
    });

    it('does not fire when a denial of any guarantee appears', () => {
      const { findings } = compare(BASE, `${BASE}\n\n1.3 Nothing in this Agreement constitutes a security guarantee.`);
      expect(changeFindings(findings, 'protection-changed')).toEqual([]);
    });

    it('does not fire when the guarantee is in both versions', () => {
      const guarantee = '1.3 The United States shall provide security guarantees to Ukraine.';
      const { findings } = compare(`${BASE}\n\n${guarantee}`, `${BASE.replace('annual', 'yearly')}\n\n${guarantee}`);
      expect(changeFindings(findings, 'protection-changed')).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The sample drafts
// ---------------------------------------------------------------------------------------------

describe('the U.S. draft against Ukraine’s revision', () => {
  const samples = new URL('../../samples/', import.meta.url);
  const read = (file: string) => parseVersion(readFileSync(new URL(file, samples), 'utf8'));
  const comparison = withFindings(compareVersions(read('us-draft-2025-02-12.txt'), read('ua-revision-2025-02-14.txt')));
  const findings = comparison.findings;

  it('gives findings that all validate and quote their clauses exactly', () => {
    expect(findings.length).toBeGreaterThan(0);
    checkFindings(findings, comparison);
  });

  it('reports the revenue share cut from 50 percent to 25 percent', () => {
    const f = findings.find((x) => x.rule === 'figure-changed' && x.evidence?.quote === '25 percent');
    expect(f).toBeDefined();
    expect(f!.version).toBe('new');
    expect(f!.explanation).toContain('50 percent');
    expect(f!.explanation).toContain('25 percent');
  });

  it('reports constitutional and security protections appearing on the new side', () => {
    const appeared = findings.filter((f) => f.rule === 'protection-changed' && f.version === 'new').map((f) => f.category);
    expect(appeared).toContain('constitutional');
    expect(appeared).toContain('security');
  });

  it('flags the U.S. draft’s one-sided terms and not Ukraine’s revision for them', () => {
    const rulesOn = (side: Finding['version']) => new Set(findings.filter((f) => f.level !== 'change' && f.version === side).map((f) => f.rule));
    const old = rulesOn('old');
    for (const rule of ['all-future', 'revenue-share', 'foreign-governing-law', 'immunity-waiver', 'no-security-guarantee']) expect(old.has(rule), rule).toBe(true);
    expect(rulesOn('new').has('no-security-guarantee')).toBe(false);
  });

  it('shifts the duties away from Ukraine: its duty share falls from old to new', () => {
    const before = dutyShare(comparison.balance!.old, 'Ukraine', 'United States');
    const after = dutyShare(comparison.balance!.new, 'Ukraine', 'United States');
    expect(before).not.toBeNull();
    expect(after).not.toBeNull();
    expect(after!).toBeLessThan(before!);
  });
});

// ---------------------------------------------------------------------------------------------
// Clauses both versions share are read once
// ---------------------------------------------------------------------------------------------

describe('findings of a comparison', () => {
  const clauseLevel = (findings: Finding[], side: Finding['version']) => findings.filter((f) => f.level !== 'change' && f.version === side);

  it('are the findings of each version read on its own, though shared clauses are read once', () => {
    const us = parseVersion(readFileSync('samples/us-draft-2025-02-12.txt', 'utf8'));
    const ua = parseVersion(readFileSync('samples/ua-revision-2025-02-14.txt', 'utf8'));
    const together = findingsOfComparison(compareVersions(us, ua));
    expect(clauseLevel(together, 'old')).toEqual(oncePerWords(findingsOfVersion(us, 'old')));
    expect(clauseLevel(together, 'new')).toEqual(oncePerWords(findingsOfVersion(ua, 'new')));
  });

  it('show one finding of a category for the same words, the most serious, and keep the rest', () => {
    const agreement = parseVersion('AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.\n\n1. Ukraine shall contribute 50% of the revenues from new licences to the Fund.\n\n2. Ukraine shall pay a fee of USD 10 to the Fund.');
    const every = findingsOfVersion(agreement, 'single');
    const shown = oncePerWords(every);
    const first = agreement.clauses.at(-2)!.id;
    const financial = (list: Finding[]) => list.filter((f) => f.clause === first && f.category === 'financial');
    // read whole, the words hold three financial concerns; a reader is shown the most serious one
    expect(financial(every).length).toBeGreaterThanOrEqual(3);
    expect(financial(shown).map((f) => [f.rule, f.severity])).toEqual([['revenue-share', 'high']]);
    // a concern of another category on the same words stays, as does every finding on other words
    expect(shown.filter((f) => f.clause === first && f.category === 'one-sided')).toEqual(every.filter((f) => f.clause === first && f.category === 'one-sided'));
    // and whatever is shown, no two findings of a category on one clause share a word
    for (const f of shown.filter((x) => x.evidence !== null)) {
      const twins = shown.filter((g) => g.evidence !== null && g !== f && g.clause === f.clause && g.category === f.category && g.evidence!.start < f.evidence!.end && f.evidence!.start < g.evidence!.end);
      expect(twins, `${f.rule} on ${f.evidence!.quote}`).toEqual([]);
    }
    expect(shown.filter((f) => f.clause === agreement.clauses.at(-1)!.id).length).toBeGreaterThan(0);
  });

  it('read a shared clause again when the versions name different parties', () => {
    // Word for word the same clause; only in the new version is Ukraine a named party, so only
    // there does it bear the duties while the United States holds the right.
    const clause = '1.1 Ukraine shall provide quarterly reports, and the United States may audit the Fund.';
    const before = parseVersion(`The Government of the United States of America agrees as follows.\n\nArticle 1 — Fund\n\n${clause}`);
    const after = agreement(clause);
    const findings = findingsOfComparison(compareVersions(before, after));
    const oneSided = (side: Finding['version']) => clauseLevel(findings, side).filter((f) => f.rule === 'one-party-duties');
    expect(oneSided('old')).toHaveLength(0);
    expect(oneSided('new')).toHaveLength(1);
  });
});
