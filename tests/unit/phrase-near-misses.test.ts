import { describe, expect, it } from 'vitest';
import { rulesOf } from '../support/clause-findings.js';

/**
 * Words that look like a concern and are not one: a notice that takes effect on receipt, an
 * amendment "to take effect", a right both named parties hold, an award binding on both, a
 * party that considers itself entitled to a claim, a commission that is a body. Each beside the
 * wording that is a concern. Every clause here was written for these tests.
 */

const STATES = 'AGREEMENT\n\nbetween the Government of the Republic of Corvia and the Government of the Kingdom of Ardenne.';
const HOLDERS = 'SHAREHOLDERS AGREEMENT\n\nThis Agreement is made between Alder Capital LLP (the "Investor") and Birch Founders Ltd (the "Founder").';
const WORKS = 'WORKS CONTRACT\n\nThis Contract is made between Harbour Authority of Kessin (the "Employer") and Quay Builders SA (the "Contractor").';
const AGENCY = 'AGENCY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Principal") and Birch Ltd (the "Agent").';

describe('what takes effect', () => {
  it('a notice that takes effect on receipt, or an amendment "to take effect", is no entry into force', () => {
    expect(rulesOf(STATES, 'All notices under this Agreement shall be in writing, delivered through diplomatic channels, and shall take effect on the date of receipt.')).not.toContain('entry-into-force');
    expect(rulesOf(STATES, 'The Republic of Corvia may amend Annex B by notice, such amendment to take effect thirty days after the notice.')).not.toContain('entry-into-force');
    expect(rulesOf(STATES, 'The Republic of Corvia may amend Annex B by notice, and any such amendment shall become binding thirty days after the notice.')).not.toContain('entry-into-force');
  });

  it('an increase of the fees "which may take effect" at any time is no entry into force', () => {
    expect(rulesOf(AGENCY, 'The Principal may increase the commission rates on 14 days’ notice of any increase to the rates, which may take effect at any time during the term.')).not.toContain('entry-into-force');
  });

  it('the agreement taking effect still is', () => {
    expect(rulesOf(STATES, 'This Agreement shall take effect on the date of the later of the two notifications.')).toContain('entry-into-force');
    expect(rulesOf(STATES, 'This Agreement shall become binding thirty days after the later of the two notifications.')).toContain('entry-into-force');
  });
});

describe('one party’s power, and what both hold', () => {
  it('a right both named parties hold, or an award final and binding on both, is no one party’s power', () => {
    expect(rulesOf(HOLDERS, 'Each of the Investor and the Founder shall have a right of pre-emption over any new Shares.')).not.toContain('unilateral-power');
    expect(rulesOf(STATES, 'Disputes shall be referred to an arbitral tribunal whose award shall be final and binding on both Parties.')).not.toContain('unilateral-power');
  });

  it('a right one party holds alone, or a determination binding on one, still is', () => {
    expect(rulesOf(HOLDERS, 'The Investor shall have a right of pre-emption over any new Shares.')).toContain('unilateral-power');
    expect(rulesOf(WORKS, 'The valuation of the Employer shall be final and binding on the Contractor.')).toContain('unilateral-power');
  });

  it('a party that considers itself entitled to more time makes a claim; a party that considers a measure necessary decides', () => {
    expect(rulesOf(WORKS, 'If the Contractor considers itself entitled to an extension of time, the Contractor shall give notice to the Employer within 28 days.')).not.toContain('unilateral-power');
    expect(rulesOf(WORKS, 'If the Employer considers it necessary, the Employer may suspend the Works.')).toContain('unilateral-power');
  });
});

describe('a commission', () => {
  it('a commission of a figure is money; the Secretariat of a Commission is a body', () => {
    expect(rulesOf(AGENCY, 'The Principal shall pay the Agent a commission of five per cent of the net price of each order.')).toContain('money-flow');
    expect(rulesOf(STATES, 'Each of the Parties shall notify the Secretariat of the Commission of the authority it designates.')).not.toContain('money-flow');
  });
});

describe('a body’s own constitution, and a law a duty is done under', () => {
  it('a joint body adopting "its constitution and rules of procedure" names no state’s constitution', () => {
    expect(rulesOf(STATES, 'The Joint Centre shall adopt its constitution and rules of procedure at its first meeting.')).not.toContain('constitution-named');
    expect(rulesOf(STATES, 'The Republic of Corvia shall apply this Agreement in accordance with its constitution.')).toContain('constitution-named');
  });

  it('staff registered "in accordance with the laws of" a state is no choice of law; an agreement construed so is', () => {
    expect(rulesOf(WORKS, 'The Contractor shall ensure that every person on the Site is registered for social insurance in accordance with the laws of Kessin.')).not.toContain('law-and-forum');
    expect(rulesOf(WORKS, 'Any question on this Contract shall be determined exclusively in accordance with the laws of Kessin.')).toContain('law-and-forum');
  });
});

describe('a period of its own', () => {
  it('a warranty, an exemption or a support duty for a period is no term of the agreement; the agreement for a period is', () => {
    expect(rulesOf(WORKS, 'The Contractor warrants the structural integrity of each Block for a period of ten years from its completion.')).not.toContain('term-and-exit');
    expect(rulesOf(WORKS, 'The Contractor shall be exempt from import duties on equipment for five years.')).not.toContain('term-and-exit');
    expect(rulesOf(WORKS, 'This Contract shall remain in force for a period of ten years from its signature.')).toContain('term-and-exit');
  });
});

describe('an exclusive right that grants what it works', () => {
  it('to design and build a terminal, or conduct petroleum operations, is no one party’s say; to decide is', () => {
    expect(rulesOf(WORKS, 'The Employer grants to the Contractor the exclusive right to design, finance, construct and operate the Container Terminal.')).not.toContain('unilateral-power');
    expect(rulesOf(WORKS, 'The Employer grants to the Contractor the exclusive right to conduct Petroleum Operations in the Contract Area.')).not.toContain('unilateral-power');
    expect(rulesOf(WORKS, 'The Employer shall have the exclusive right to decide whether the Works are complete.')).toContain('unilateral-power');
  });
});

describe('termination named among what disputes may be about', () => {
  it('is no term or exit of the agreement; termination provided for still is', () => {
    expect(rulesOf(AGENCY, 'Any dispute arising out of this Agreement, including any question regarding its existence, validity or termination, shall be referred to arbitration in Geneva.')).not.toContain('term-and-exit');
    expect(rulesOf(AGENCY, 'Either party may terminate this Agreement on three months’ written notice.')).toContain('term-and-exit');
  });
});

describe('a waiver both parties make', () => {
  it('is no one party giving up its right, however it is said; one party waiving still is', () => {
    expect(rulesOf(AGENCY, 'The Principal and the Agent each knowingly and voluntarily waive any right to a trial by jury.')).not.toContain('rights-waived');
    expect(rulesOf(AGENCY, 'The Agent knowingly and voluntarily waives any right to a trial by jury.')).toContain('rights-waived');
  });
});
