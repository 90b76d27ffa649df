import { describe, expect, it } from 'vitest';
import { forumsIn } from '../../src/concerns/forum.js';
import { partiesOf, resolveParty } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeStance, holders, only } from '../support/stance-readings.js';

/**
 * The same party, duty or clause said another way: a state named by its short name in an article
 * and by its full name in the opening, states grouped as "the States", a duty in the passive with
 * a particle, records kept by a party, ratification "procedures", and courts a dispute must go to
 * first. Openings and clauses written here.
 */


describe('parties of a treaty', () => {
  it('a state an article names by its short name ("the Government of Solterra") is the party its opening names in full', () => {
    const v = parseVersion('CONVENTION ON EXTRADITION\n\nThe Republic of Morevia and the United Provinces of Solterra (the "Contracting Parties") have agreed as follows:\n\nArticle 1\nThe Government of Solterra undertakes to propose an amendment to its Constitution.');
    expect(partiesOf(v).sort()).toEqual(['Republic of Morevia', 'United Provinces of Solterra']);
    expect(resolveParty(v, 'Solterra')).toBe('United Provinces of Solterra');
  });

  it('states called together "the States" or "the Contracting States" are each a party, not one party of that name', () => {
    const opening = (group: string) => `AGREEMENT ON A GAS PIPELINE\n\nThe Federal State of Kaldera and the Republic of Selmora (the "${group}") have agreed as follows:\n\n1. Selmora shall pay Kaldera a transit fee.`;
    expect(partiesOf(parseVersion(opening('States')))).toEqual(['Federal State of Kaldera', 'Republic of Selmora']);
    expect(partiesOf(parseVersion(opening('Contracting States')))).toEqual(['Federal State of Kaldera', 'Republic of Selmora']);
  });
});

describe('a duty in the passive', () => {
  const RAIL = 'TRACK ACCESS CONTRACT\n\nThis Contract is made between Rail Network Ltd (the "Network Owner") and Eastline Freight Ltd (the "Operator").';
  const STUDY = 'CLINICAL TRIAL AGREEMENT\n\nThis Agreement is made between Halvard Pharma AG (the "Sponsor") and St Bride\u2019s Hospital (the "Institution").';

  it('with a particle ("shall be complied with by the Operator") is the agent\u2019s, as "The Operator shall comply" is', () => {
    expect(holders(RAIL, 'The Network Code shall be complied with by the Operator.')).toEqual([['Operator', 'obligation']]);
    const moved = changeStance(RAIL, 'The Operator shall comply with the Network Code.', 'The Network Code shall be complied with by the Operator.', 'Operator');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });

  it('records "retained by" a party are its duty to keep them; control "retained by" a party stays its right (near miss)', () => {
    expect(holders(STUDY, 'All Study records shall be retained by the Institution for fifteen (15) years.')).toEqual([['Institution', 'obligation']]);
    expect(holders(STUDY, 'Control of the Study shall be retained by the Sponsor.')).toEqual([['Sponsor', 'right']]);
  });
});

describe('ratification said as "internal ratification procedures"', () => {
  const TREATY = 'AGREEMENT ON A RIVER BRIDGE\n\nThe Republic of Ardenia and the Republic of Namora (the "Parties") have agreed as follows:';

  it('is the same ratification clause as "internal procedures": no ratification clause appears where one was', () => {
    const moved = changeStance(
      TREATY,
      'This Agreement shall enter into force on the date of the later notification by which the Parties inform each other that their internal ratification procedures have been completed.',
      'This Agreement shall enter into force on the date of the later notification by which the Parties inform each other that their internal procedures have been completed.',
      'Republic of Namora',
    );
    expect(only(moved, 'protection-changed')).toEqual([]);
  });
});

describe('courts a dispute must go to first', () => {
  const HGA = 'HOST GOVERNMENT AGREEMENT\n\nThis Agreement is made between the Republic of Caldora (the "State") and Marrow Pipeline Company Ltd ("MPC").';
  const arbitration = 'Any dispute arising under this Agreement may be referred by either party to arbitration under the ICSID Convention.';

  it('before the arbitration kept, at one party\u2019s home, are that party\u2019s gain', () => {
    const first = 'Any dispute arising under this Agreement shall first be submitted to the courts of Caldora, and may be referred to arbitration under the ICSID Convention only if no final judgment has been given within thirty-six months.';
    expect(changeStance(HGA, arbitration, first, 'MPC')).toContainEqual(['forum-moved', 'against']);
    // (the arbitration's rules end before "only": the same forum, kept)
    expect(forumsIn(first).map((f) => f.place)).toEqual(['Caldora', 'ICSID Convention']);
  });

  it('near miss: courts named beside the arbitration, not first, are a second forum and no move', () => {
    const beside = 'Any dispute arising under this Agreement may be referred by either party to arbitration under the ICSID Convention, and the courts of Caldora may order interim measures.';
    expect(only(changeStance(HGA, arbitration, beside, 'MPC'), 'forum-moved')).toEqual([]);
  });
});
