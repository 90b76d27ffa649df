import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, weights } from '../support/stance-readings.js';

/**
 * The rules of a body and its members, a prohibition said "no Member shall", a duty to take
 * such measures as are available, which promises no outcome, and duties said in the passive or as
 * a party's responsibility. Openings and clauses written here.
 */

const RULES = 'RULES OF THE HOLLOWAY FRUIT COOPERATIVE\n\nThese Rules bind Holloway Fruit Cooperative Limited (the "Cooperative") and each Member.';
const LOAN = 'AGREEMENT ON THE LOAN OF CULTURAL OBJECTS\n\nThe Republic of Sorrel (the "Lending State") and the Kingdom of Pell (the "Borrowing State") have agreed as follows:';

describe('rules that bind a body and each member', () => {
  it('"These Rules bind ... (the "Cooperative") and each Member" names both parties', () => {
    expect(partiesOf(draft(RULES, 'Each Member shall deliver its fruit to the Cooperative.'))).toEqual(['Cooperative', 'Member']);
  });

  it('near miss: "These Rules bind the Cooperative" alone names no member', () => {
    expect(partiesOf(draft('RULES\n\nThese Rules bind Holloway Fruit Cooperative Limited (the "Cooperative").', 'The Cooperative shall keep accounts.'))).not.toContain('Member');
  });
});

describe('"no Member shall"', () => {
  it('is a prohibition the Member bears, and a new one costs it', () => {
    expect(holders(RULES, 'Any dispute shall be referred to the Board, and no Member shall commence proceedings in any court.')).toEqual([['Member', 'prohibition']]);
    expect(changeStance(RULES, 'Any dispute may be brought before the county court.', 'Any dispute shall be referred to the Board, and no Member shall commence proceedings in any court.', 'Member')).toContainEqual(['duty-shifted', 'against']);
  });

  it('near misses: what befalls no member ("no Member shall be liable") binds no one, and "these Rules shall" is no party', () => {
    expect(holders(RULES, 'No Member shall be liable for the debts of the Cooperative.')).toEqual([]);
    expect(holders(RULES, 'Disputes arising under these Rules shall be heard by the Board.')).toEqual([]);
  });
});

describe('a duty to take such measures as are available', () => {
  it('"shall take such measures as are available under its national law" → "shall guarantee their return" makes the duty firm', () => {
    const before = 'The Borrowing State shall take such measures as are available under its national law to protect the objects against seizure.';
    const after = 'The Borrowing State shall guarantee the return of the objects to the Lending State at the end of the loan.';
    expect(changeStance(LOAN, before, after, 'Lending State')).toEqual([['duty-hedged', 'favour']]);
  });

  it('"shall amend its Constitution" → "shall, within two years, initiate the procedure for amending it" softens the duty', () => {
    const states = 'TREATY\n\nThe Republic of Tessaly ("Tessaly") and the Principality of Orlande ("Orlande") have agreed as follows:';
    expect(changeStance(states, 'Orlande shall amend Article 2 of its Constitution before ratification.', 'Orlande shall, within two years after the entry into force of this Treaty, initiate the procedure for amending Article 2 of its Constitution.', 'Tessaly')).toContainEqual(['duty-hedged', 'against']);
  });

  it('near miss: "shall take the measures listed in Annex B" is a firm duty, and a change to "shall guarantee" moves no strength', () => {
    const before = 'The Borrowing State shall take the measures listed in Annex B to protect the objects against seizure.';
    const after = 'The Borrowing State shall guarantee the return of the objects to the Lending State at the end of the loan.';
    expect(changeStance(LOAN, before, after, 'Lending State').map(([rule]) => rule)).not.toContain('duty-hedged');
  });
});

describe('duties said in the passive or as a party\'s responsibility', () => {
  const WORKS = 'FIT-OUT CONTRACT\n\nThis Contract is made between Dunmore Estates Ltd (the "Employer") and Brightline Interiors Ltd (the "Contractor").';

  it('"shall be made good by the Contractor" binds the Contractor as "The Contractor shall make good" does', () => {
    expect(holders(WORKS, 'Any defect notified to the Contractor during the Rectification Period shall be made good by the Contractor at its own cost.')).toEqual([['Contractor', 'obligation']]);
    expect(changeStance(WORKS, 'The Contractor shall make good, at its own cost, any defect notified to it.', 'Any defect notified to the Contractor shall be made good by the Contractor at its own cost.', 'Contractor').filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('"shall be the responsibility of the Contractor", "shall rest with the Contractor" and "the joint responsibility of the Parties" are duties', () => {
    expect(holders(WORKS, 'The protection of the works shall be the responsibility of the Contractor.')).toEqual([['Contractor', 'obligation']]);
    expect(holders(WORKS, 'Responsibility for keeping the site secure shall rest with the Contractor.')).toEqual([['Contractor', 'obligation']]);
    expect(holders(WORKS, 'The protection of the works shall be the joint responsibility of the Employer and the Contractor.')).toEqual([['Parties', 'obligation']]);
  });

  it('near misses: "shall rest with the Contractor" of no responsibility, and a responsibility denied', () => {
    expect(holders(WORKS, 'The decision shall rest with the Contractor.')).toEqual([]);
    expect(holders(WORKS, 'Nothing in this Contract shall be the responsibility of the Employer.')).toEqual([]);
  });
});

describe('a state\'s ministry, and licences it grants', () => {
  const ZONE = 'TREATY ON JOINT DEVELOPMENT\n\nbetween the Republic of Seruna ("Seruna") and the Kingdom of Dalvoy ("Dalvoy")';

  it('"Licences ... shall be granted by the Ministry of Petroleum of Seruna" is Seruna\'s say, its gain where a joint body had it', () => {
    expect(holders(ZONE, 'Licences for exploration in the Zone shall be granted by the Ministry of Petroleum of Seruna.')).toEqual([['Seruna', 'right']]);
    expect(changeStance(ZONE, 'Licences for exploration in the Zone shall be granted by the Joint Authority.', 'Licences for exploration in the Zone shall be granted by the Ministry of Petroleum of Seruna.', 'Dalvoy')).toEqual([['duty-shifted', 'against']]);
  });

  it('near misses: a company\'s department is no state, and a report issued by a ministry is its duty', () => {
    const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
    expect(holders(SALE, 'Invoices shall be issued by the Department of Accounts of Alder.').map(([party]) => party)).not.toContain('Seller');
    expect(holders(ZONE, 'An annual report shall be issued by the Ministry of Petroleum of Seruna.')).toEqual([['Seruna', 'obligation']]);
  });
});

describe('the final date for payment', () => {
  const WORKS = 'BUILDING CONTRACT\n\nThis Contract is made between Dunmore Estates Ltd (the "Employer") and Brightline Build Ltd (the "Contractor").';

  it('"The final date for payment ... shall be 14 days after the due date": longer helps the party whose role pays', () => {
    expect(weights(WORKS, 'The final date for payment of each interim certificate shall be fourteen (14) days after the due date.')[0]?.[1]).toEqual({ party: 'Employer', rise: 'benefit', added: 'burden' });
  });

  it('near miss: "the final date for completion shall be" is no time to pay', () => {
    expect(weights(WORKS, 'The final date for completion of the Works shall be fourteen (14) days after the due date.')[0]?.[1]).not.toEqual({ party: 'Employer', rise: 'benefit', added: 'burden' });
  });
});

describe('a cost for a party\'s account', () => {
  const ORE = 'ORE SALE CONTRACT\n\nThis Contract is made between Umbala Ore Ltd (the "Seller") and Karsavel Alloys JSC (the "Buyer").';

  it('"shall be for the Seller\'s account", "for the account of the Buyer" and "at the expense of the Buyer" bind that party, and a cost moved is the new bearer\'s loss', () => {
    expect(holders(ORE, 'Demurrage incurred at the Loading Port shall be for the Seller\'s account.')).toEqual([['Seller', 'obligation']]);
    expect(holders(ORE, 'Demurrage incurred at the Discharge Port shall be for the account of the Buyer.')).toEqual([['Buyer', 'obligation']]);
    expect(holders(ORE, 'Any umpire assay shall be at the expense of the Buyer.')).toEqual([['Buyer', 'obligation']]);
    expect(changeStance(ORE, 'Demurrage incurred at the Loading Port shall be for the Seller\'s account.', 'Demurrage incurred at the Loading Port shall be for the Buyer\'s account.', 'Buyer')).toEqual([['duty-shifted', 'against']]);
  });

  it('near misses: "shall be credited to the Seller\'s account" is money the Seller receives, and an account of no party binds no one', () => {
    expect(holders(ORE, 'The price shall be credited to the Seller\'s account.')).toEqual([]);
    expect(holders(ORE, 'Freight shall be for the Charterer\'s account.').map(([party]) => party)).not.toContain('Buyer');
  });
});
