import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { figureWeight } from '../../src/concerns/direction.js';
import { figuresOf } from '../../src/concerns/figures.js';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Readings of how a term weighs: the interval between turns of a duty or a right ("every six
 * months"), a split of what the parties bear ("borne 75 per cent by"), a term capped or reduced
 * ("up to a maximum of", "reduced by"), a consent written as a defined term ("without Investor
 * Consent"), and a state that acts through its authorities. Openings and clauses written here.
 */

const ENERGY = 'ENERGY TERMS\n\nThese terms are between you, the customer, and Lumen Power Ltd ("we", "us").';
const RENT = 'LEASE\n\nThis Lease is made between Alder Estates Ltd (the "Landlord") and Birch Cafes Ltd (the "Tenant").';
const FORCES = 'STATUS OF FORCES AGREEMENT\n\nThe Kingdom of Halmar ("Halmar") and the Republic of Cador ("Cador") have agreed as follows:';
const SOFTWARE = 'LICENCE\n\nThis Licence is made between Tessel Software Ltd ("Licensor") and Vane Logistics plc ("Licensee").';
const HOLDERS = "SHAREHOLDERS' AGREEMENT\n\nThis Agreement is made between Ridge Capital LP (\"the Investor\") and Dr Ana Lutz (\"the Founder\").";

function version(head: string, text: string) {
  return parseVersion(`${head}\n\n1. ${text}`);
}

function weights(head: string, text: string) {
  const v = version(head, text);
  const clause = v.clauses.at(-1)!;
  return figuresOf(clause.text).map((f) => [f.text, figureWeight(clause, v, f)]);
}

function changeStance(head: string, before: string, after: string, we: string) {
  const findings = withFindings(compareVersions(version(head, before), version(head, after)), { we }).findings.filter((f) => f.level === 'change');
  return findings.map((f) => [f.rule, f.stance]);
}

describe('intervals', () => {
  it('longer between turns of a duty helps the party bound; of a right, it costs the holder', () => {
    expect(weights(ENERGY, 'We will review your payments every six months and we may keep any credit.')).toEqual([['six months', { party: 'We', rise: 'benefit', added: 'burden' }]]);
    expect(weights(RENT, 'The Landlord may review the rent every five years.')).toEqual([['five years', { party: 'Landlord', rise: 'burden', added: 'benefit' }]]);
    expect(changeStance(ENERGY, 'We will review your payments every six months.', 'We will review your payments every twelve months.', 'You')).toEqual([['figure-changed', 'against']]);
  });
});

describe('splits of what the parties bear', () => {
  it('the party whose share of a cost rose loses', () => {
    const before = 'The cost of satisfying such claims shall be borne 75 per cent by Halmar and 25 per cent by Cador.';
    const after = 'The cost of satisfying such claims shall be borne 25 per cent by Halmar and 75 per cent by Cador.';
    expect(changeStance(FORCES, before, after, 'Halmar')).toEqual([['figure-changed', 'favour']]);
    expect(changeStance(FORCES, before, after, 'Cador')).toEqual([['figure-changed', 'against']]);
    // (near miss: a split of what the parties get still costs the party whose share fell)
    expect(changeStance(FORCES, 'The proceeds shall be paid 75 per cent to Halmar and 25 per cent to Cador.', 'The proceeds shall be paid 25 per cent to Halmar and 75 per cent to Cador.', 'Halmar')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a term capped or reduced', () => {
  it('an indemnity capped "up to a maximum of" weighs less on the party that gives it', () => {
    const found = changeStance(SOFTWARE, 'Licensor shall indemnify Licensee against all losses arising from any claim that the Software infringes the rights of a third party.', 'Licensor shall indemnify Licensee against losses arising from any claim that the Software infringes the rights of a third party, up to a maximum of the Fees paid in the preceding twelve months.', 'Licensor');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, stance]) => stance === 'favour')).toBe(true);
  });

  it('a payment "reduced by" a value the payer sets weighs less on the payer', () => {
    const found = changeStance(FORCES, 'Halmar shall pay to Cador an annual contribution of 45 million euros towards the cost of the facilities.', 'Halmar shall pay to Cador an annual contribution of 45 million euros towards the cost of the facilities, reduced by the value, as assessed by Halmar, of any improvements made by Halmar.', 'Cador');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, stance]) => stance === 'against')).toBe(true);
  });
});

describe('who holds a say', () => {
  it('"without Investor Consent", a consent written as a defined term, is the Investor\u2019s say', () => {
    expect(changeStance(HOLDERS, 'The Company shall not, without Investor Consent, issue any shares.', 'The Company shall not, without Investor Consent, issue any shares, incur any borrowing or remove any director.', 'Founder')).toEqual([['concern-changed', 'against']]);
    // (near miss: a board's approval is no party's say)
    expect(changeStance(HOLDERS, 'The Company shall not, without Board Approval, issue any shares.', 'The Company shall not, without Board Approval, issue any shares or incur any borrowing.', 'Founder')).toEqual([]);
  });

  it('a state holds the right its authorities are given', () => {
    const v = version(FORCES, 'The authorities of Cador shall have the primary right to exercise jurisdiction over members of the force.');
    expect(deonticsOf(v.clauses.at(-1)!, v).map((d) => [d.party, d.kind])).toEqual([['Cador', 'right']]);
    expect(changeStance(FORCES, 'The authorities of Cador shall have the primary right to exercise jurisdiction over members of the force.', 'The military authorities of Halmar shall have the primary right to exercise jurisdiction over members of the force.', 'Cador')).toEqual([['duty-shifted', 'against']]);
    // (near miss: a name after another preposition is still no subject)
    const w = version(FORCES, 'Claims against Cador shall be settled promptly.');
    expect(deonticsOf(w.clauses.at(-1)!, w)).toEqual([]);
  });
});
