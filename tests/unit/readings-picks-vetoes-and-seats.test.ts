import { describe, expect, it } from 'vitest';
import { forumsIn, homesOf, sameLawOnly } from '../../src/concerns/forum.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, only } from '../support/stance-readings.js';

/**
 * A pick of the higher or lower of two sums put in where none was; a party's say through the
 * director it appoints; a thing an opening names after its parties; a tribunal sitting in a
 * place; a state's law named by its form. Openings and clauses written here.
 */

const LEASE = 'LEASE\n\nThis Lease is made between Ostler Estates Ltd (the "Landlord") and Pennock Print Ltd (the "Tenant").';
const JV = 'JOINT VENTURE CONTRACT\n\nThis Contract is made between Party A: Lanmere Hydro Co., Ltd. and Party B: Veltrane Energy AG.';
const TREATY = 'AGREEMENT BETWEEN THE REPUBLIC OF CALDERA AND THE KINGDOM OF ORSK\n\nThe Republic of Caldera and the Kingdom of Orsk, hereinafter referred to as "the Parties", have agreed as follows:';

describe('a pick of the higher or lower of two sums put in', () => {
  const before = 'On each Review Date the Rent shall be reviewed to the open market rent at that date, whether that is higher or lower than the Rent then payable.';
  const after = 'On each Review Date the Rent shall be reviewed to the higher of the Rent payable immediately before that Review Date and the open market rent at that date.';

  it('an upward-only rent review costs the Tenant, who pays the Rent by its role', () => {
    expect(only(changeStance(LEASE, before, after, 'Tenant'), 'selector-added')).toEqual([['selector-added', 'against']]);
    expect(only(changeStance(LEASE, before, after, 'Landlord'), 'selector-added')).toEqual([['selector-added', 'favour']]);
  });

  it('the lower of two is the payer\u2019s gain', () => {
    const lower = 'On each Review Date the Rent shall be reviewed to the lower of the Rent payable immediately before that Review Date and the open market rent at that date.';
    expect(only(changeStance(LEASE, before, lower, 'Tenant'), 'selector-added')).toEqual([['selector-added', 'favour']]);
  });

  it('near miss: a pick already there, or a cap with no figure, is not read as added', () => {
    expect(only(changeStance(LEASE, after, after.replace('at that date.', 'at that date, as determined by the Surveyor.'), 'Tenant'), 'selector-added')).toEqual([]);
    const cap = 'The Landlord\u2019s liability shall not exceed the higher of the Rent and the insurance proceeds.';
    expect(only(changeStance(LEASE, 'The Landlord\u2019s liability shall not exceed the Rent.', cap, 'Tenant'), 'selector-added')).toEqual([]);
  });
});

describe('a party\u2019s say through the director it appoints', () => {
  it('"the affirmative vote of at least one director appointed by Party A" gives Party A a veto', () => {
    const before = 'The Reserved Matters listed in Schedule 4 shall require the unanimous approval of the Board.';
    const after = 'The Reserved Matters listed in Schedule 4 shall require the approval of the Board including the affirmative vote of at least one director appointed by Party A.';
    expect(changeStance(JV, before, after, 'Party A').map(([, stance]) => stance)).toContain('favour');
    expect(changeStance(JV, before, after, 'Party B').map(([, stance]) => stance)).toContain('against');
  });

  it('and so does "the affirmative vote of a director appointed by" it', () => {
    const before = 'Decisions of the Board shall be taken by a simple majority of the directors present and voting.';
    const after = 'Decisions of the Board shall be taken by a simple majority of the directors present and voting, save that the sale of any asset shall require the affirmative vote of a director appointed by Party B.';
    expect(changeStance(JV, before, after, 'Party B').map(([, stance]) => stance)).toContain('favour');
  });

  it('near miss: a director of each party\u2019s is the say of both', () => {
    const before = 'Decisions of the Board shall be taken by a simple majority of the directors present and voting.';
    const after = 'Decisions of the Board on the annual budget shall require the affirmative vote of a director appointed by Party A and of a director appointed by Party B.';
    expect(changeStance(JV, before, after, 'Party A').map(([, stance]) => stance)).not.toContain('favour');
  });
});

describe('a thing an opening names after its parties', () => {
  it('"in connection with the Tarrow Pumping Station Upgrade (the "Main Contract Works")" is no party', () => {
    const head = 'SUBCONTRACT\n\nThis Subcontract is made between Harlow Construction Ltd (the "Contractor") and Redstone Mechanical Ltd (the "Subcontractor") in connection with the Tarrow Pumping Station Upgrade (the "Main Contract Works").';
    expect(partiesOf(draft(head, 'The Contractor shall pay the Subcontractor.'))).toEqual(['Contractor', 'Subcontractor']);
  });

  it('near miss: a party named after "and" is still read', () => {
    const head = 'SUBCONTRACT\n\nThis Subcontract is made between Harlow Construction Ltd (the "Contractor") and Redstone Mechanical Ltd (the "Subcontractor").';
    expect(partiesOf(draft(head, 'The Contractor shall pay the Subcontractor.'))).toEqual(['Contractor', 'Subcontractor']);
  });
});

describe('a tribunal sitting in a place, and a state\u2019s law named by its form', () => {
  it('"an arbitral tribunal sitting in Harlenburg, Kingdom of Orsk" is a seat at Orsk\u2019s home', () => {
    const [forum] = forumsIn('Any dispute shall be submitted to an arbitral tribunal sitting in Harlenburg, Kingdom of Orsk.');
    expect(forum).toMatchObject({ kind: 'seat', place: 'Harlenburg, Kingdom of Orsk' });
    expect(homesOf(forum!.place, draft(TREATY, 'The Parties shall consult.'))).toEqual(['Kingdom of Orsk']);
  });

  it('moving that seat to Geneva is Caldera\u2019s gain', () => {
    const before = 'Any dispute which cannot be settled by negotiation shall be submitted to an arbitral tribunal sitting in Harlenburg, Kingdom of Orsk.';
    const after = 'Any dispute which cannot be settled by negotiation shall be submitted to an arbitral tribunal sitting in Geneva, Switzerland.';
    expect(changeStance(TREATY, before, after, 'Republic of Caldera').map(([, stance]) => stance)).toContain('favour');
  });

  it('"the laws of the Federal Republic of Germany" and "German law" are one law; Austrian law is another', () => {
    expect(sameLawOnly('This Agreement shall be governed by the laws of the Federal Republic of Germany.', 'This Agreement shall be governed by German law.')).toBe(true);
    expect(sameLawOnly('This Agreement shall be governed by the laws of the Federal Republic of Germany.', 'This Agreement shall be governed by the laws of the Republic of Austria.')).toBe(false);
  });

  it('near miss: a tribunal "sitting" with no place after it names no seat', () => {
    expect(forumsIn('The tribunal sitting as a full bench shall decide.').filter((f) => f.kind === 'seat')).toEqual([]);
  });
});

describe('a say beside what another party\u2019s appointees only hear', () => {
  it('"the approval of the members appointed by Ukraine, and the members appointed by the Republic of Sarnia shall be consulted" is Ukraine\u2019s say alone', () => {
    const head = 'AGREEMENT\n\nThis Agreement is made between Ukraine and the Republic of Sarnia.';
    const before = 'Decisions of the Board on project selection shall require a simple majority of the Board.';
    const after = 'Decisions of the Board on project selection shall require the approval of the members appointed by Ukraine, and the members appointed by the Republic of Sarnia shall be consulted.';
    expect(changeStance(head, before, after, 'Ukraine').map(([, stance]) => stance)).toContain('favour');
  });
});

describe('a body both parties fill alike', () => {
  it('four directors, two each, made six, three each, is no one\u2019s gain', () => {
    const before = 'The Board shall consist of four (4) directors, of whom Party A and Party B shall each appoint two (2).';
    const after = 'The Board shall consist of six (6) directors, of whom Party A and Party B shall each appoint three (3).';
    expect(changeStance(JV, before, after, 'Party A').filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });

  it('near miss: seats given apart are weighed', () => {
    const before = 'The Board shall consist of four (4) directors, of whom Party A and Party B shall each appoint two (2).';
    const after = 'The Board shall consist of five (5) directors, of whom Party A shall appoint three (3) and Party B shall appoint two (2).';
    expect(changeStance(JV, before, after, 'Party A').map(([, stance]) => stance)).toContain('favour');
  });
});
