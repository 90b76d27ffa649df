import { describe, expect, it } from 'vitest';
import { changeStance, holders, only } from '../support/stance-readings.js';

/**
 * The same duty said again in other words moves nothing: a responsibility read once, not once as a
 * responsibility and once at its modal, and a passive with a particle ("shall be taken out by the
 * Contractor") read as its agent's duty. Openings and clauses written here.
 */

const STORE = 'GRAIN STORAGE AGREEMENT\n\nThis Agreement is made between Marlow Grain Terminals Ltd (the "Terminal") and Oakridge Farms LLP (the "Depositor").';
const BUILD = 'BUILDING CONTRACT\n\nThis Contract is made between Hesketh Estates Ltd (the "Employer") and Rowan Build Ltd (the "Contractor").';

describe('a responsibility', () => {
  it('"shall be responsible for" is one duty, not two', () => {
    expect(holders(STORE, 'The Terminal shall be responsible for keeping the grain dry and free of pests.')).toEqual([['Terminal', 'obligation']]);
  });

  it('said again as "Responsibility for ... shall rest with" it, is no duty removed', () => {
    const moved = changeStance(STORE, 'The Terminal shall be responsible for keeping the grain dry and free of pests.', 'Responsibility for keeping the grain dry and free of pests shall rest with the Terminal.', 'Terminal');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });

  it('moved to the other party is still a duty moved (near miss)', () => {
    const moved = changeStance(STORE, 'The Terminal shall be responsible for keeping the grain dry and free of pests.', 'Responsibility for keeping the grain dry and free of pests shall rest with the Depositor.', 'Terminal');
    expect(only(moved, 'duty-shifted').length).toBeGreaterThan(0);
    expect(only(moved, 'duty-shifted').every(([, stance]) => stance === 'favour')).toBe(true);
  });
});

describe('a passive with a particle', () => {
  it('"shall be taken out by the Contractor" is the Contractor\u2019s duty', () => {
    expect(holders(BUILD, 'All Risks Insurance shall be taken out by the Contractor before the Works begin.')).toEqual([['Contractor', 'obligation']]);
    expect(holders(BUILD, 'The snagging list shall be drawn up by the Employer within ten days.')).toEqual([['Employer', 'obligation']]);
  });

  it('said in place of "The Contractor shall take out", moves no duty', () => {
    const moved = changeStance(BUILD, 'The Contractor shall take out All Risks Insurance for the full value of the Works.', 'All Risks Insurance for the full value of the Works shall be taken out by the Contractor.', 'Employer');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });
});

describe('a memorandum\u2019s "Participants"', () => {
  const MOU = 'MEMORANDUM OF UNDERSTANDING\n\nThe Ministry of Agriculture of the Republic of Palomar and the Department of Rural Affairs of the Commonwealth of Tiernan (the "Participants") have reached the following understanding:';
  it('"The Participants will meet" binds both; said without them, no one party is freed', () => {
    expect(holders(MOU, 'The Participants will meet at least once a year to review cooperation.')).toEqual([['Parties', 'obligation']]);
    const moved = changeStance(MOU, 'The Participants will meet at least once a year to review cooperation.', 'A review of cooperation will be held at least once a year.', 'Ministry of Agriculture of the Republic of Palomar');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });
});

describe('an attorney appointed irrevocably', () => {
  const FACTORING = 'FACTORING AGREEMENT\n\nThis Agreement is made between Gracechurch Finance Ltd ("Gracechurch") and Elbury Textiles Ltd ("Elbury").';
  it('binds the party that appoints ("Elbury irrevocably appoints Gracechurch as its attorney"), and costs it when put in', () => {
    expect(holders(FACTORING, 'Elbury irrevocably appoints Gracechurch as its attorney to sign notices to Debtors.')).toEqual([['Elbury', 'obligation']]);
    const moved = changeStance(FACTORING, 'Elbury shall pay Gracechurch within two Business Days.', 'Elbury shall pay Gracechurch within two Business Days. Elbury irrevocably appoints Gracechurch as its attorney to sign notices to Debtors.', 'Elbury');
    expect(moved.some(([, stance]) => stance === 'against')).toBe(true);
    expect(moved.some(([, stance]) => stance === 'favour')).toBe(false);
  });
});

describe('two verbs of one passive, the first with its particle', () => {
  const PFI = 'PROJECT AGREEMENT\n\nThis Agreement is made between Langholm Health Trust (the "Trust") and Langholm Hospital Services Limited ("Project Co").';
  it('"shall be taken out and maintained by Project Co" is Project Co\u2019s duty, and moves none from "Project Co shall take out and maintain"', () => {
    expect(holders(PFI, 'The insurances in Schedule 12 shall be taken out and maintained by Project Co at its own cost.')).toEqual([['Project Co', 'obligation']]);
    const moved = changeStance(PFI, 'Project Co shall, at its own cost, take out and maintain the insurances in Schedule 12.', 'The insurances in Schedule 12 shall be taken out and maintained by Project Co at its own cost.', 'Trust');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });
});

describe('a party described before its short form in capitals', () => {
  const POLICY = 'HOME INSURANCE SCHEDULE\n\nThis schedule forms part of the contract between Hollybank Insurance Limited (the "Insurer") and the named Policyholder (the "Policyholder").';
  it('"the named Policyholder (the "Policyholder")" is a party, and pays the premium by its role', () => {
    const moved = changeStance(POLICY, 'Your annual premium is GBP 412.00.', 'Your annual premium is GBP 450.00.', 'Policyholder');
    expect(moved.some(([, stance]) => stance === 'against')).toBe(true);
    expect(moved.some(([, stance]) => stance === 'favour')).toBe(false);
  });
});

describe('a state acting through its forces', () => {
  const TREATY = 'AGREEMENT ON A JOINT CONSERVATION AREA\n\nThe United Provinces of Harth and the Republic of Cellan (the "Parties") have agreed as follows:';
  const FORCES = 'AGREEMENT ON THE STATUS OF FORCES\n\nThis Agreement is concluded between the Kingdom of Valmora (the "Sending State") and the Republic of Lestre (the "Host Nation").';
  it('"The naval forces of the United Provinces of Harth shall protect" is Harth\u2019s duty, so "shall use its best endeavours" softens it', () => {
    expect(holders(TREATY, 'The naval forces of the United Provinces of Harth shall protect the Area against incursion.')).toEqual([['United Provinces of Harth', 'obligation']]);
  });

  it('near miss: "Members of the forces of the Sending State shall be subject to" binds no state', () => {
    expect(holders(FORCES, 'Members of the forces of the Sending State shall be subject to the criminal jurisdiction of the Host Nation.')).toEqual([]);
  });

  it('"shall be kept in class by the Owners" is the Owners\u2019 duty', () => {
    const CHARTER = 'BAREBOAT CHARTER\n\nThis Charter is made between Skerry Shipping AS (the "Owners") and Halden Offshore Ltd (the "Charterers").';
    expect(holders(CHARTER, 'The Vessel shall be kept in class by the Owners throughout the Charter Period.')).toEqual([['Owners', 'obligation']]);
  });
});

describe('cover refused in the passive', () => {
  const PET = 'PET INSURANCE POLICY\n\nThis policy is a contract between Harrowgate Mutual Pet Insurance Ltd ("we", "us") and the policyholder named in the schedule ("you").';
  const HOME = 'HOME INSURANCE SCHEDULE\n\nThis schedule forms part of the contract between Hollybank Insurance Limited (the "Insurer") and the named Policyholder (the "Policyholder").';
  it('"... are not covered" is the relief "We will not pay for ..." is, so saying it so moves nothing', () => {
    const moved = changeStance(PET, 'We will not pay for any claim caused by your pet being used for breeding.', 'Claims arising from the use of your pet for breeding are not covered.', 'we');
    expect(moved.filter(([rule]) => rule === 'party-relieved' || rule === 'relief-changed')).toEqual([]);
    expect(moved.every(([, stance]) => stance === 'neutral')).toBe(true);
  });

  it('put in where there was none, it spares the insurer by its name', () => {
    const moved = changeStance(HOME, 'Accidental damage to contents is covered up to the contents sum insured.', 'Accidental damage to contents is covered up to the contents sum insured. Damage caused by pets is not covered.', 'Insurer');
    expect(moved.some(([, stance]) => stance === 'favour')).toBe(true);
    expect(moved.some(([, stance]) => stance === 'against')).toBe(false);
  });
});

describe('a thing received from a party', () => {
  const TUITION = 'TUITION TERMS\n\nThese terms apply between Oakridge Learning Partners Ltd ("we", "us") and the parent who books lessons ("you").';
  it('"you will receive a written progress report from us" is our duty to send it, so "We will send you a report" said so moves nothing', () => {
    expect(holders(TUITION, 'After every five lessons, you will receive a written progress report from us.')).toEqual([['We', 'obligation']]);
    const moved = changeStance(TUITION, 'We will send you a written progress report after every five lessons.', 'After every five lessons, you will receive a written progress report from us.', 'we');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });

  it('near miss: money received from the other party stays the receiver\u2019s right', () => {
    const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
    expect(holders(SALE, 'The Seller shall receive payment from the Buyer within 30 days.')).toEqual([['Seller', 'right']]);
  });
});
