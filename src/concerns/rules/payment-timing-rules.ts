import type { Clause, Version } from '../../model/clause.js';
import { otherParty } from '../bearing.js';
import { figureWeight } from '../direction.js';
import { figuresOf } from '../figures.js';
import { deonticsOf } from '../obligations.js';
import { partiesOf } from '../parties.js';
import { payerByRole } from '../roles.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { sentenceAt } from '../sentences.js';

/*
 * A payment moved from in advance to in arrears, or back: "The Fee shall be payable in four equal
 * instalments quarterly in advance" → "quarterly in arrears". Paid in arrears, the payer keeps its
 * money for the period and the payee carries the credit; in advance, the reverse. No figure
 * changed, so figure-changed says nothing.
 */

const IN_ADVANCE = /\bin\s+advance\b/iu;
const IN_ARREARS = /\bin\s+arrears?\b/iu;
// (a sentence about money: not notice given in advance)
const MONEY = /\b(?:pa(?:y|id|yable|yment|yments)|rent|rents|hire|fees?|instal(?:l)?ments?|invoiced?|premiums?|royalt(?:y|ies)|charges?|price|salar(?:y|ies)|wages?|subscriptions?|remuneration|consideration|licen[cs]e\s+fees?)\b/iu;
// the words after a modal that make a duty a payment: "shall pay", "shall make all payments", "shall remit"
const PAYING_AFTER_MODAL = /^[^\S\n]+(?:(?:promptly|also)[^\S\n]+)?(?:pay|remit|make[^\S\n]+(?:all[^\S\n]+|any[^\S\n]+|the[^\S\n]+)?payments?)\b/iu;
// a passive with its agent that pays: "payable by the Sponsor", "paid by the Charterers"
const PAID_BY = /\b(?:payable|paid|remitted)\b/iu;

/** The sentence of the first clause where `pattern` stands in a sentence about money: the clause and the words' place. */
function timingIn(clauses: readonly Clause[], pattern: RegExp): { clause: Clause; start: number; end: number } | null {
  for (const clause of clauses) {
    const m = pattern.exec(clause.text);
    if (!m) continue;
    const sentence = sentenceAt(clause.text, m.index);
    if (MONEY.test(clause.text.slice(sentence.start, sentence.end))) return { clause, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * Who pays what the sentence at `at` says is paid: the party bound there to pay, or named as the
 * agent of "payable by"; else the party a rise of a sum in it costs; else the payer by the parties'
 * roles (a Sponsor pays its Club, a Charterer its Owner).
 */
function payerOfSentence(clause: Clause, version: Version, at: number): string | null {
  const parties = partiesOf(version);
  const sentence = sentenceAt(clause.text, at);
  const within = (start: number) => start >= sentence.start && start < sentence.end;
  for (const d of deonticsOf(clause, version)) {
    if (!within(d.start) || !parties.includes(d.party) || d.kind !== 'obligation') continue;
    if (PAYING_AFTER_MODAL.test(clause.text.slice(d.end, d.end + 40)) || PAID_BY.test(d.phrase)) return d.party;
  }
  const text = clause.text.slice(sentence.start, sentence.end);
  for (const figure of figuresOf(text)) {
    if (figure.kind !== 'amount' && figure.kind !== 'percent') continue;
    const weight = figureWeight(clause, version, { kind: figure.kind, start: sentence.start + figure.start, end: sentence.start + figure.end });
    if (!weight || !parties.includes(weight.party)) continue;
    return weight.rise === 'burden' ? weight.party : otherParty(version, weight.party);
  }
  return payerByRole(version);
}

export const paymentTimingMoved: ChangeRule = {
  id: 'payment-timing-moved',
  category: 'financial',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const olds = clauses.oldClauses(change);
    const news = clauses.newClauses(change);
    const oldText = olds.map((c) => c.text).join('\n');
    const newText = news.map((c) => c.text).join('\n');
    // (one way only, the other words gone: a text that says both, "rent in advance and service
    // charges in arrears", is not read)
    const later = IN_ADVANCE.test(oldText) && !IN_ARREARS.test(oldText) && IN_ARREARS.test(newText) && !IN_ADVANCE.test(newText);
    const earlier = IN_ARREARS.test(oldText) && !IN_ADVANCE.test(oldText) && IN_ADVANCE.test(newText) && !IN_ARREARS.test(newText);
    if (!later && !earlier) return [];
    const now = timingIn(news, later ? IN_ARREARS : IN_ADVANCE);
    const was = timingIn(olds, later ? IN_ADVANCE : IN_ARREARS);
    if (!now || !was) return [];
    const payer = payerOfSentence(now.clause, comparison.new, now.start) ?? payerOfSentence(was.clause, comparison.old, was.start);
    if (!payer) return [];
    const match: ChangeMatch = {
      side: 'new',
      clause: now.clause.id,
      oldClauses: change.old,
      evidence: { start: now.start, end: now.end },
      explanation: later
        ? `Payment now falls due in arrears, where it was made in advance: ${payer} keeps its money for the period, and the other side carries the credit.`
        : `Payment is now made in advance, where it fell due in arrears: ${payer} pays before it is served, and carries the credit.`,
      affects: payer,
      effect: later ? 'benefit' : 'burden',
    };
    return [match];
  },
};
