import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { changeStance, draft, holders, weights } from '../support/stance-readings.js';

/**
 * Promises not to act, parties released from what binds them, "we" that means both parties,
 * notice given to use a right, and a lien held. Openings and clauses written here.
 */

const TREATY = 'AGREEMENT ON AIR SERVICES\n\nThe Republic of Corvane ("Corvane") and the Kingdom of Ellesmark ("Ellesmark") have agreed as follows.';
const PITCHES = 'HOLIDAY HOME PITCH TERMS\n\nThese terms are between Fernhollow Parks Ltd ("we", "us") and you, the owner of the holiday home ("you").';
const FIBRE = 'FULL-FIBRE TERMS\n\nThese terms apply between Quillnet Broadband plc ("Quillnet") and you, our residential customer ("you").';

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('a party released from what binds it', () => {
  it('"Ellesmark shall not be bound by it before that date" spares Ellesmark; it forbids it nothing', () => {
    const before = 'This Agreement shall enter into force on the thirtieth day after the later notification.';
    const after = 'This Agreement shall enter into force on the thirtieth day after the later notification, and Ellesmark shall not be bound by it before that date.';
    expect(holders(TREATY, after)).toEqual([]);
    expect(changeStance(TREATY, before, after, 'Ellesmark')).toEqual([['relief-shifted', 'favour']]);
    expect(changeStance(TREATY, before, after, 'Corvane')).toEqual([['relief-shifted', 'against']]);
  });

  it('near miss: "Ellesmark shall be bound by the decisions of the Joint Committee" binds it', () => {
    expect(holders(TREATY, 'Ellesmark shall be bound by the decisions of the Joint Committee.')).toEqual([['Ellesmark', 'obligation']]);
  });
});

describe('a promise not to act', () => {
  it('"you agree not to go to court about it" forbids the reader; its removal is the reader’s gain', () => {
    const before = 'Any dispute between us will be decided by an arbitrator, and you agree not to go to court about it.';
    const after = 'Any dispute between us will be decided by an arbitrator.';
    expect(holders(PITCHES, before)).toEqual([['You', 'prohibition']]);
    const seen = changeStance(PITCHES, before, after, 'you');
    expect(seen).toContainEqual(['duty-shifted', 'favour']);
    expect(seen.filter(([, stance]) => stance === 'against')).toEqual([]);
  });

  it('near miss: "you agree to keep the pitch tidy" binds the reader to act', () => {
    expect(holders(PITCHES, 'You agree to keep the pitch tidy.')).toEqual([['You', 'obligation']]);
  });
});

describe('"we" that is both parties', () => {
  it('"we can both agree to refer it to an arbitrator" is a right of both, not of the party called "we"', () => {
    expect(holders(PITCHES, 'If a dispute is not resolved, we can both agree to refer it to an independent arbitrator.')).toEqual([['Parties', 'right']]);
  });

  it('near miss: "we can refer it to an arbitrator" is the right of the party called "we"', () => {
    expect(holders(PITCHES, 'If a dispute is not resolved, we can refer it to an independent arbitrator.')).toEqual([['We', 'right']]);
  });
});

describe('notice given to use a right', () => {
  it('"you can cancel at any time by giving us 14 days’ notice, and we’ll stop billing you": the notice is the reader’s, longer costs it', () => {
    const text = (days: string) => `After your minimum term ends, you can cancel at any time by giving us ${days} days' notice, and we'll stop billing you from the date your service ends.`;
    expect(weightOf(weights(FIBRE, text('14')), '14 days')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
    expect(changeStance(FIBRE, text('30'), text('14'), 'you')).toContainEqual(['figure-changed', 'favour']);
  });

  it('near miss: "we will give you at least two months’ notice of any change, and you may then end the contract": the notice is the giver’s', () => {
    const text = 'We will give you at least two months’ notice of any change to your price, and you may then end the contract.';
    expect(weightOf(weights(FIBRE, text), 'two months')).toEqual({ party: 'Quillnet', rise: 'burden', added: 'burden' });
  });
});

describe('a lien held', () => {
  const STORE = 'COLD STORAGE AGREEMENT\n\nThis Agreement is made between Marsh Chill Stores Ltd (the "Storekeeper") and Oxley Growers LLP (the "Depositor").';
  const ownershipOn = (text: string) => findingsOfVersion(draft(STORE, text), 'single').filter((f) => f.level === 'clause' && f.category === 'ownership').map((f) => f.affects);

  it('"The Storekeeper shall have a general lien over all goods of the Depositor" is the Storekeeper’s right and weighs on the Depositor', () => {
    const text = 'The Storekeeper shall have a general lien over all goods of the Depositor in its possession for all sums due from the Depositor.';
    expect(holders(STORE, text)).toEqual([['Storekeeper', 'right']]);
    expect(ownershipOn(text)).toEqual(['Depositor']);
  });

  it('weighs on the other party though the words name a party paid ("sub-freights payable to the Depositor")', () => {
    expect(ownershipOn('The Storekeeper shall have a lien on the goods and on all sums payable to the Depositor by its buyers.')).toEqual(['Depositor']);
  });

  it('near miss: "The Storekeeper shall discharge any lien over the goods" binds the Storekeeper', () => {
    expect(holders(STORE, 'The Storekeeper shall discharge any lien over the goods within five days of payment.')).toEqual([['Storekeeper', 'obligation']]);
  });
});

describe('a duty said "are to be done by" a party', () => {
  const LAUNCH = 'LAUNCH SERVICES AGREEMENT\n\nThis Agreement is made between Orbitra Launch Ltd (the "Contractor") and Skyweave Networks plc (the "Customer").';

  it('"All licences ... are to be obtained by the Contractor" binds the Contractor, as "The Contractor shall obtain" does', () => {
    expect(holders(LAUNCH, 'All licences which the laws of the Launching State require are to be obtained by the Contractor.')).toEqual([['Contractor', 'obligation']]);
    const before = 'The Contractor shall obtain all licences required under the laws of the Launching State.';
    const after = 'All licences which the laws of the Launching State require are to be obtained by the Contractor.';
    expect(changeStance(LAUNCH, before, after, 'Customer').filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('"Payload data is not to be disclosed by the Customer" forbids it', () => {
    expect(holders(LAUNCH, 'Payload data is not to be disclosed by the Customer.')).toEqual([['Customer', 'prohibition']]);
  });

  it('near miss: "The launch window is to be agreed" names no one bound', () => {
    expect(holders(LAUNCH, 'The launch window is to be agreed.')).toEqual([]);
  });
});

describe('a protection softened past an aside', () => {
  const PIPELINE = 'HOST GOVERNMENT AGREEMENT\n\nThis Agreement is made between the Republic of Varn (the "State") and Trans-Varn Pipeline Company (the "Project Company").';
  const firm = 'The State shall ensure the physical protection of the Facilities within its Territory against sabotage, terrorism and civil disturbance.';
  const soft = 'The State shall, to the extent of its available resources and in accordance with its policing priorities, endeavour to protect the Facilities within its Territory against sabotage, terrorism and civil disturbance.';

  it('"shall, to the extent of its available resources, endeavour to protect" softens the State’s duty: its gain, the Project Company’s loss', () => {
    expect(changeStance(PIPELINE, firm, soft, 'State')).toEqual([['duty-hedged', 'favour']]);
    expect(changeStance(PIPELINE, firm, soft, 'Project Company')).toEqual([['duty-hedged', 'against']]);
    expect(changeStance(PIPELINE, soft, firm, 'Project Company')).toEqual([['duty-hedged', 'favour']]);
  });

  it('"the physical protection of the Facilities against sabotage" is a security term', () => {
    expect(findingsOfVersion(draft(PIPELINE, firm), 'single').some((f) => f.level === 'clause' && f.category === 'security')).toBe(true);
  });

  it('near miss: "shall, within thirty days, protect the Facilities" is still firm', () => {
    const within = 'The State shall, within thirty days, protect the Facilities within its Territory against sabotage.';
    expect(changeStance(PIPELINE, firm, within, 'State').filter(([rule]) => rule === 'duty-hedged')).toEqual([]);
  });
});

describe('a relief cut into by an exception', () => {
  const COTTAGE = 'HOLIDAY COTTAGE TERMS\n\nThese terms are between Brackenside Cottages Ltd ("we", "us") and the guest who makes the booking ("you").';
  const blanket = 'We are not liable for any loss of or damage to your belongings, however it happens.';
  const excepted = 'We are not liable for loss of or damage to your belongings unless it is caused by our negligence.';

  it('"not liable ... unless it is caused by our negligence" spares us less: the guest’s gain', () => {
    expect(changeStance(COTTAGE, blanket, excepted, 'you')).toEqual([['relief-shifted', 'favour']]);
    expect(changeStance(COTTAGE, excepted, blanket, 'you')).toEqual([['relief-shifted', 'against']]);
  });

  it('near miss: a relief reworded with no exception moves nothing', () => {
    expect(changeStance(COTTAGE, blanket, 'We are not liable for loss of, or damage to, your belongings in any circumstances.', 'you')).toEqual([]);
  });
});
