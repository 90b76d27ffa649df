import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { changeStance, holders, weights } from '../support/stance-readings.js';

/**
 * A share of a fee given back, a relief said as "under no obligation", a polite command to tell
 * someone, and a minimum commitment in terms written to their reader. Openings and clauses
 * written here.
 */

const CHARTER = 'YACHT CHARTER AGREEMENT\n\nThis Agreement is made between Kestrel Yachting Ltd (the "Owner") and Halden Tours LLC (the "Charterer").';
const STORE = 'STORAGE AGREEMENT\n\nThis Agreement is made between Marsh Cold Stores Ltd (the "Warehouse Keeper") and Peel Foods plc (the "Customer").';
const NURSERY = 'NURSERY TERMS\n\nThese terms are between Willowbank Nursery ("the Nursery", "we") and you, the parent ("you").';
const DESKS = 'DESK MEMBERSHIP TERMS\n\nThese terms are an agreement between Copperline Spaces Ltd ("Copperline", "we") and you, the member ("you").';

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('a share of what was paid, given back', () => {
  it('"fifty per cent of the Charter Fee paid shall be refunded" is the gain of the party whose role pays the fee', () => {
    const text = 'If the Charterer cancels more than sixty days before embarkation, fifty per cent (50%) of the Charter Fee paid shall be refunded.';
    expect(weightOf(weights(CHARTER, text), 'fifty per cent')).toEqual({ party: 'Charterer', rise: 'benefit', added: 'benefit' });
    expect(weightOf(weights(CHARTER, text), '50%')).toEqual({ party: 'Charterer', rise: 'benefit', added: 'benefit' });
    // taken out, the refund is the charterer's loss
    const gone = changeStance(CHARTER, text, 'If the Charterer cancels at any time, no part of the Charter Fee shall be refunded.', 'Charterer');
    expect(gone.filter(([rule]) => rule === 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('"a refund of 30% of the deposit" is the payer\u2019s gain too; near miss: a share of a fee that is paid, not given back', () => {
    expect(weightOf(weights(CHARTER, 'The Owner shall make a refund of 30% of the deposit if the Yacht is unavailable.'), '30%')).toEqual({ party: 'Charterer', rise: 'benefit', added: 'benefit' });
    expect(weightOf(weights(CHARTER, 'Forty per cent of the Charter Fee shall be paid on signature.'), 'Forty per cent')).not.toEqual({ party: 'Charterer', rise: 'benefit', added: 'benefit' });
  });
});

describe('a relief said another way', () => {
  it('"is under no obligation to accept" spares as "shall not be obliged to accept" does: reworded, no shift', () => {
    const moved = changeStance(STORE, 'The Warehouse Keeper shall not be obliged to accept Goods which are not accompanied by a delivery note.', 'The Warehouse Keeper is under no obligation to accept any Goods that arrive without a delivery note.', 'Customer');
    expect(moved.filter(([rule]) => rule === 'relief-shifted' || rule === 'duty-shifted')).toEqual([]);
    expect(holders(STORE, 'The Warehouse Keeper shall be under no obligation to store hazardous goods.')).toEqual([]);
  });

  it('a relief "under no obligation" put in is the spared party\u2019s gain', () => {
    const moved = changeStance(STORE, 'The Warehouse Keeper shall insure the Goods.', 'The Warehouse Keeper is under no obligation to insure the Goods.', 'Warehouse Keeper');
    expect(moved.some(([, stance]) => stance === 'favour')).toBe(true);
    expect(moved.some(([, stance]) => stance === 'against')).toBe(false);
  });
});

describe('a polite command to tell someone', () => {
  it('"please let the Nursery Office know" is the reader\u2019s duty, as "let us know" is', () => {
    expect(holders(NURSERY, 'If your child will be absent, please let the Nursery Office know by 9 a.m.')).toEqual([['You', 'obligation']]);
    const reworded = changeStance(NURSERY, 'You must inform the Nursery Office by 9 a.m. if your child will be absent.', 'If your child is going to be absent, please let the Nursery Office know no later than 9 a.m.', 'you');
    expect(reworded.filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('near miss: "let the Agreement continue" is no command to tell', () => {
    expect(holders(NURSERY, 'The Parties may let the Agreement continue after the first term.').filter(([party]) => party === 'You')).toEqual([]);
  });
});

describe('a minimum commitment', () => {
  it('"for a minimum commitment of six months" binds the reader the terms speak to: longer costs it', () => {
    expect(weightOf(weights(DESKS, 'Your desk costs £320 per month, for a minimum commitment of six (6) months.'), 'six (6) months')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
    expect(weightOf(weights(DESKS, 'Membership has a minimum membership period of three months.'), 'three months')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
  });
});

describe('the same figure or duty said again', () => {
  const STUDY = 'RESEARCH AGREEMENT\n\nThis Agreement is made between Norden Biotech Ltd (the "Company") and the University of Westmere (the "University").';
  const BARRAGE = 'AGREEMENT ON THE JOINT BARRAGE\n\nThe State of Rellin and the State of Almsford (the "States") have agreed as follows:';
  const DEFENCE = 'INDUSTRIAL PARTICIPATION AGREEMENT\n\nThis Agreement is made between the Ministry of Defence of Dravonia (the "Purchaser") and Kestel Systems AG (the "Contractor").';

  it('a sum written out in words before its digits ("seven hundred and forty-two thousand pounds sterling (GBP 742,000)") is the sum it was', () => {
    const moved = changeStance(STUDY, 'The Company shall pay the University the sum of GBP 742,000 in four equal instalments in advance, and the University shall return any funds unspent within sixty (60) days.', 'The Company shall pay to the University seven hundred and forty-two thousand pounds sterling (GBP 742,000), by four equal instalments, each payable in advance; any funds unspent shall be returned by the University within 60 days.', 'University');
    // (the count of instalments, read on one side only, says nothing either way)
    expect(moved.filter(([rule, stance]) => rule === 'figure-changed' && stance !== 'neutral')).toEqual([]);
    // near miss: the sum in words changed is a change
    const raised = changeStance(STUDY, 'The Company shall pay the University the sum of GBP 742,000.', 'The Company shall pay to the University eight hundred thousand pounds sterling (GBP 800,000).', 'University');
    expect(raised.filter(([rule]) => rule === 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('a second party given the rest with the verb left out (", and the State of Almsford the remaining thirty per cent") is bound as the first', () => {
    expect(holders(BARRAGE, 'The State of Rellin shall contribute seventy per cent of the costs, and the State of Almsford the remaining thirty per cent.')).toEqual([
      ['State of Rellin', 'obligation'],
      ['State of Almsford', 'obligation'],
    ]);
    const passive = changeStance(BARRAGE, 'The State of Rellin shall contribute seventy per cent of the costs, and the State of Almsford the remaining thirty per cent.', 'Seventy per cent of the costs shall be borne by the State of Rellin and the remaining thirty per cent by the State of Almsford.', 'State of Almsford');
    expect(passive.filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('"undertakes that ... it shall give" is the party\u2019s duty; near miss: "undertakes that no law shall apply" promises what others do', () => {
    expect(holders(DEFENCE, 'The Contractor undertakes that, in time of armed conflict, it shall give the Purchaser\u2019s orders priority.')).toEqual([['Contractor', 'obligation']]);
    const hedged = changeStance(DEFENCE, 'The Contractor undertakes that, in time of armed conflict, it shall give the Purchaser\u2019s orders priority.', 'The Contractor shall use its reasonable endeavours to give priority to the Purchaser\u2019s orders in time of armed conflict.', 'Purchaser');
    expect(hedged).toContainEqual(['duty-hedged', 'against']);
    expect(holders(DEFENCE, 'The Purchaser undertakes that no law enacted after the Effective Date shall apply to the Contractor.')).not.toContainEqual(['Purchaser', 'obligation']);
  });
});

describe('a duty or a say said another way', () => {
  const PETS = 'PET INSURANCE POLICY\n\nThis policy is a contract between Brindle Insurance plc ("we") and you, the policyholder ("you").';
  const APP = 'TERMS OF USE\n\nThese terms are between Mosaic Apps Ltd ("Mosaic", "we") and you, the user ("you").';
  const LEASE = 'EQUIPMENT LEASE\n\nThis Lease is made between Orrin Plant Hire Ltd (the "Lessor") and Sefton Builders Ltd (the "Lessee").';
  const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Tarn Capital LLP (the "Lender") and Quay Foods Ltd (the "Borrower").';

  it('"your pet must be examined by a vet" is the reader\u2019s duty, as "You must take your pet" is; near miss: "your account will be closed"', () => {
    expect(holders(PETS, 'At least once a year, your pet must be examined by a vet.')).toEqual([['You', 'obligation']]);
    const reworded = changeStance(PETS, 'You must take your pet for a health check with a vet at least once a year.', 'At least once every year, your pet must be examined by a vet for a routine health check.', 'you');
    expect(reworded.filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
    expect(holders(PETS, 'If you do not pay, your policy will be cancelled.')).toEqual([]);
  });

  it('"you must have reached the age of eighteen" is a status, as "You must be 18 or older" is: no duty', () => {
    expect(holders(APP, 'To use Mosaic, you must have reached the age of eighteen.')).toEqual([]);
    expect(changeStance(APP, 'You must be 18 or older to use Mosaic.', 'To use Mosaic, you must have reached the age of eighteen.', 'you')).toEqual([]);
  });

  it('"without the Lessor\u2019s prior written consent" qualifies a ban as "without the prior written consent of the Lessor" does: reworded to "unless the Lessor has first consented", no term qualified', () => {
    const moved = changeStance(LEASE, 'The Lessee shall keep the Equipment at the Site and shall not move it without the Lessor\u2019s prior written consent.', 'The Equipment shall be kept at the Site by the Lessee and shall not be moved by the Lessee unless the Lessor has first consented in writing.', 'Lessee');
    expect(moved.filter(([rule]) => rule === 'term-qualified')).toEqual([]);
  });

  it('near miss: "without the Borrower\u2019s consent" after a right dispenses with a say; made "only with the Borrower\u2019s consent", the right is narrowed', () => {
    const moved = changeStance(LOAN, 'The Lender may assign its rights to any person without the Borrower\u2019s consent.', 'The Lender may assign its rights only with the Borrower\u2019s consent, not to be unreasonably withheld.', 'Lender');
    expect(moved.every(([, stance]) => stance !== 'favour')).toBe(true);
    expect(moved.some(([, stance]) => stance === 'against')).toBe(true);
  });
});

describe('the same ban, status, cost or exception said another way', () => {
  const HALLS = 'RESIDENCE TERMS\n\nThese terms are between Larkspur Halls Ltd ("we") and you, the resident ("you").';
  const STUDIO = 'ARCHITECT\u2019S APPOINTMENT\n\nThis Appointment is made between Penrose Estates Ltd (the "Client") and Ilex Architects LLP (the "Architect").';
  const RIG = 'DRILLING CONTRACT\n\nThis Contract is made between Solent Basin Oil Ltd (the "Operator") and Drummond Drilling Co. (the "Contractor").';
  const SHOP = 'DEVICE SALE TERMS\n\nThese terms are between Marlin Home Devices Ltd ("we") and you, the buyer ("you").';
  const HIRE = 'HIRE TERMS\n\nThese terms are between Cobalt Scaffold Hire Ltd (the "Owner") and the person hiring (the "Hirer").';

  it('"Pets are not permitted in your room" bans the reader, as "You must not keep any pets" does; near miss: a ban on a party named', () => {
    expect(holders(HALLS, 'Pets are not permitted in your room or anywhere in the building.')).toEqual([['You', 'prohibition']]);
    expect(changeStance(HALLS, 'You must not keep any pets in your room or the building.', 'Pets are not permitted in your room or anywhere in the building.', 'you')).toEqual([]);
    expect(holders(HALLS, 'The Supplier is not permitted to enter your room.').filter(([party]) => party === 'You')).toEqual([]);
  });

  it('"None of the Services may be subcontracted by the Architect" bans the Architect, as "The Architect shall not subcontract" does', () => {
    expect(holders(STUDIO, 'None of the Services may be subcontracted by the Architect unless the Client has given its prior written consent.')).toContainEqual(['Architect', 'prohibition']);
    const reworded = changeStance(STUDIO, 'The Architect shall not subcontract any of the Services without the Client\u2019s prior written consent.', 'None of the Services may be subcontracted by the Architect unless the Client has given its prior written consent.', 'Architect');
    expect(reworded.filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('"at its cost" is a cost the party bears, as "at its own expense" is: reworded, no money term appears', () => {
    const reworded = changeStance(RIG, 'Contractor shall furnish, at its cost, the Rig, equipment and personnel listed in Appendix B.', 'Contractor shall at its own expense provide the personnel, the Rig and the items of equipment listed in Appendix B.', 'Operator');
    expect(reworded.filter(([rule]) => rule === 'concern-appears' || rule === 'concern-gone')).toEqual([]);
  });

  it('"must be at least 18 to buy" is a status, as "must be aged 18 or over" is; near miss: "must be at least 18 metres"', () => {
    expect(holders(SHOP, 'You must be at least 18 to buy a device from us.')).toEqual([]);
    expect(changeStance(SHOP, 'You must be at least 18 to buy a device from us.', 'To buy a device from us, you must be aged 18 or over.', 'you')).toEqual([]);
    expect(holders(SHOP, 'You must keep the device at least 18 metres from a fire.')).toEqual([['You', 'obligation']]);
  });

  it('"fair wear and tear excepted" → "Save for fair wear and tear": the same exception, no term qualified; near miss: what was included made an exception', () => {
    const reworded = changeStance(HIRE, 'The Hirer shall return the Equipment clean and in the same condition as at delivery, fair wear and tear excepted.', 'Save for fair wear and tear, the Hirer must return the Equipment clean and in the condition in which it was delivered.', 'Hirer');
    expect(reworded.filter(([rule]) => rule === 'term-qualified')).toEqual([]);
    const narrowed = changeStance(HIRE, 'The Hirer shall pay for all damage to the Equipment, including damage from fair wear and tear.', 'The Hirer shall pay for all damage to the Equipment, except damage from fair wear and tear.', 'Hirer');
    expect(narrowed).toContainEqual(['term-qualified', 'favour']);
  });
});

describe('a time bar said another way', () => {
  const FREIGHT = 'STANDARD TRADING CONDITIONS\n\nThese Conditions govern the services of Glenrock Freight Ltd (the "Company") to any person dealing with it (the "Customer").';

  it('"discharged of all liability unless (a) notice ... is given to it in writing within fourteen days": shorter helps the party discharged', () => {
    const text = (days: string) => `The Company shall be discharged of all liability unless (a) notice of the claim is given to it in writing within ${days} days after delivery of the goods.`;
    expect(weightOf(weights(FREIGHT, text('seven')), 'seven days')).toEqual({ party: 'Customer', rise: 'benefit', added: 'burden' });
    expect(changeStance(FREIGHT, text('fourteen'), text('seven'), 'Company')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('a payment with its payer named or not', () => {
  const COURSE = 'COURSE TERMS\n\nThese terms are between Halden Language Centre Ltd (the "Centre") and the person enrolling (the "Learner").';
  const JOB = 'SERVICE AGREEMENT\n\nThis Agreement is made between Corvid Analytics Ltd (the "Company") and Dana Reyes (the "Employee").';
  const IT = 'SERVICES AGREEMENT\n\nThis Agreement is made between Brightline IT Ltd (the "Provider") and Oakfield Foods plc (the "Customer").';

  it('"Course fees must be paid in full" → "The Learner must pay all course fees": the payer named, no duty gained', () => {
    const moved = changeStance(COURSE, 'Course fees must be paid in full before the first lesson.', 'The Learner must pay all course fees before the first lesson begins.', 'Learner');
    expect(moved.filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('"Invoices are payable within 30 days" is a money term, as "shall pay each invoice" is: no duty and no money term gained', () => {
    expect(changeStance(IT, 'Invoices are payable within 30 days of the date of invoice.', 'The Customer shall pay each invoice no later than thirty (30) days after the invoice date.', 'Customer')).toEqual([['concern-changed', 'neutral']]);
  });

  it('near miss: "The Employee shall be paid a salary" is the employee\u2019s right to receive, not a payment with no payer', () => {
    const moved = changeStance(JOB, 'The Employee shall be paid a salary of £50,000 per annum.', 'The Company shall pay the Employee an annual salary of fifty thousand pounds (£50,000).', 'Employee');
    expect(moved.filter(([rule]) => rule === 'duty-shifted')).toHaveLength(2);
  });
});

describe('periods and fees around a guarantee or a refund', () => {
  const YARD = 'SHIPBUILDING CONTRACT\n\nThis Contract is made between the Ministry of Defence of Aldmere (the "Buyer") and Kestrel Yards plc (the "Shipbuilder").';
  const SCHOOL = 'BOOKING CONDITIONS\n\nThese conditions are between Pelham Language School Ltd (the "School", "we") and the person who books a course (the "Student", "you").';

  it('"guarantees the Vessel against defects ... appearing within twenty-four months": longer costs the party that guarantees', () => {
    const text = (months: string) => `The Shipbuilder guarantees the Vessel against defects in design, materials and workmanship appearing within ${months} months from Delivery.`;
    expect(weightOf(weights(YARD, text('twenty-four (24)')), 'twenty-four (24) months')).toEqual({ party: 'Shipbuilder', rise: 'burden', added: 'burden' });
    expect(changeStance(YARD, text('twelve (12)'), text('twenty-four (24)'), 'Buyer')).toEqual([['figure-changed', 'favour']]);
  });

  it('"If you cancel your course at least 28 days before the start date, we will refund": longer, the one who cancels must act sooner', () => {
    const text = (days: string) => `If you cancel your course at least ${days} days before the start date, we will refund all course fees paid, less the £60 registration fee.`;
    expect(weightOf(weights(SCHOOL, text('28')), '28 days')).toEqual({ party: 'Student', rise: 'burden', added: 'burden' });
    expect(changeStance(SCHOOL, text('14'), text('28'), 'School')).toEqual([['figure-changed', 'favour']]);
    // the fee kept back from the refund is the refunder's to keep
    expect(weightOf(weights(SCHOOL, text('28')), '£60')).toEqual({ party: 'School', rise: 'benefit', added: 'benefit' });
  });
});

describe('the reader described in lower case, and a bar set on a right given', () => {
  const WEDDING = 'WEDDING BOOKING TERMS\n\nThese terms are between Millbeck House Ltd (the \u201cVenue\u201d) and the couple named in the booking form (the \u201cCouple\u201d).';
  const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Kestrel Holdings plc (the "Borrower") and the banks and financial institutions named in Schedule 1 (the "Lenders").';

  it('"the couple named in the booking form (the Couple)" is the "you" its terms speak to: a deposit "you must pay" costs the Couple', () => {
    const text = (share: string) => `To secure your date, you must pay a non-refundable booking deposit of ${share} of the Venue Hire Fee.`;
    expect(weightOf(weights(WEDDING, text('forty per cent')), 'forty per cent')).toEqual({ party: 'Couple', rise: 'burden', added: 'burden' });
    expect(changeStance(WEDDING, text('25%'), text('forty per cent'), 'Couple')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: banks described in lower case are no reader', () => {
    expect(holders(LOAN, 'You must repay the Loan in full.').filter(([party]) => party === 'Lenders')).toEqual([]);
  });

  it('a bar put in with a new right, in its proviso ("provided that the caterer holds insurance of at least £5 million"), is part of the right: no loss of its own', () => {
    const moved = changeStance(WEDDING, 'All food and drink at your wedding must be supplied by our in-house caterer.', 'All food and drink at your wedding must be supplied by our in-house caterer, except that you may bring in a caterer of your choice provided that the caterer holds public liability insurance of at least £5 million.', 'Couple');
    expect(moved.filter(([rule]) => rule === 'figure-changed')).toEqual([]);
    expect(moved).toContainEqual(['duty-shifted', 'favour']);
  });
});

describe('near misses of this round, from public texts', () => {
  const TERMS = 'TERMS OF SERVICE\n\nThese terms are between Octo Ltd ("Octo", "we") and the customer ("Customer", "you").';
  const LICENCE = 'LICENCE\n\nThis Licence is granted by the Copyright Holder ("we") to you ("you").';

  it('an exception moved to the other party ("Except in connection with a merger, you may not assign" → "except that Octo may assign ... in connection with a merger") is no rewording', () => {
    const moved = changeStance(
      TERMS,
      'Except in connection with a merger, acquisition or sale of your business, you may not assign these Terms without our prior written consent.',
      'Neither party may assign these Terms without the other party\u2019s prior written consent, except that Octo may assign these Terms in its entirety, upon notice, in connection with a merger, acquisition or sale of its business.',
      'you',
    );
    expect(moved.some(([rule]) => rule === 'term-qualified')).toBe(true);
  });

  it('what the law forbids is no ban of the terms ("These actions are prohibited by law if you do not accept this Licence")', () => {
    expect(holders(LICENCE, 'These actions are prohibited by law if you do not accept this Licence.')).toEqual([]);
  });
});

describe('a cure period for a default named by its party', () => {
  const LEASE = 'LEASE\n\nThis Lease is made between Fenwick Rail Assets Ltd (the "Lessor") and Tarn Freight Ltd (the "Lessee").';

  it('"if a Lessee Event of Default occurs and has not been remedied within thirty (30) days": time for the Lessee to cure, put in to its gain', () => {
    const moved = changeStance(LEASE, 'The Lessor may terminate the leasing of all the Units by notice with immediate effect if a Lessee Event of Default occurs and is continuing.', 'The Lessor may terminate the leasing of all the Units by notice if a Lessee Event of Default occurs and has not been remedied within thirty (30) days after the Lessor has served notice on the Lessee specifying it.', 'Lessee');
    expect(moved).toContainEqual(['figure-changed', 'favour']);
  });
});

describe('a split written as a ratio before the parties it splits between', () => {
  const ZONE = 'AGREEMENT ON JOINT DEVELOPMENT\n\nThe Republic of Korvath and the Kingdom of Ilmarra (the "Parties") have agreed as follows:';

  it('"shared 60:40 between Korvath and Ilmarra" → "shared equally": Korvath\u2019s share fell', () => {
    const moved = changeStance(ZONE, 'Revenues from the Zone shall be shared 60:40 between Korvath and Ilmarra.', 'Revenues from the Zone shall be shared equally between Korvath and Ilmarra.', 'Republic of Korvath');
    expect(moved).toEqual([['figure-changed', 'against']]);
  });
});

describe('a day of the calendar', () => {
  const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Tessmarck (the "Borrower") and Nordvik Bank plc (the "Bank").';
  const TERMS = 'TERMS OF SERVICE\n\nThese terms are between Octo Ltd ("Octo", "we") and the customer ("Customer", "you").';

  it('is read as a time, later is more: repayment "commencing on 15 March 2032" for "2029" is the borrower\u2019s gain', () => {
    expect(figuresOf('commencing on 15 March 2032 or June 1, 2028').map((f) => [f.text, f.kind, f.date])).toEqual([
      ['15 March 2032', 'duration', true],
      ['June 1, 2028', 'duration', true],
    ]);
    const text = (date: string) => `The Borrower shall repay the principal amount of the Loan in equal semi-annual instalments, the first falling due on ${date}.`;
    expect(changeStance(LOAN, text('15 March 2029'), text('15 March 2032'), 'Borrower')).toEqual([['figure-changed', 'favour']]);
  });

  it('near misses: the same day said again is no change, and the date of the document itself is no figure', () => {
    expect(figuresOf('Effective date: April 19, 2019').length).toBe(0);
    expect(figuresOf('Last updated: 1 May 2024').length).toBe(0);
    const same = changeStance(LOAN, 'The Loan shall be repaid by 31 December 2030.', 'The Loan shall be repaid in full by 31 December 2030.', 'Borrower');
    expect(same.filter(([rule]) => rule === 'figure-changed')).toEqual([]);
    expect(changeStance(TERMS, 'Effective date: April 19, 2019. You may cancel at any time.', 'Effective date: May 1, 2020. You may cancel at any time.', 'you')).toEqual([]);
  });
});

describe('a long-stop on effectiveness', () => {
  const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Tessmarck (the "Member Country") and the Northern Development Bank (the "Bank").';

  it('"If this Agreement has not become effective within 180 days ..., the Bank may terminate it": longer, the Bank waits longer to leave', () => {
    const text = (days: string) => `If this Agreement has not become effective within ${days} days after the date of signature, the Bank may terminate it by notice to the Member Country.`;
    expect(changeStance(LOAN, text('90'), text('180'), 'Member Country')).toEqual([['figure-changed', 'favour']]);
  });

  it('near miss: a lapse that needs no one\u2019s act, beside a say in the date ("as the Bank may agree"), is no right\u2019s long-stop', () => {
    const text = (days: string) => `If this Agreement has not become effective within ${days} days after signature, or such later date as the Bank may agree, it shall terminate.`;
    // (read as a long-stop, the longer wait would cost the Bank)
    expect(changeStance(LOAN, text('90'), text('180'), 'Bank')).not.toContainEqual(['figure-changed', 'against']);
  });
});

describe('the most a party must buy', () => {
  const GRAPES = 'GRAPE PURCHASE AGREEMENT\n\nThis Agreement is made between Hollow Oak Vineyards LLC (the "Grower") and Redstone Cellars Inc. (the "Winery").';

  it('"shall purchase all Grapes harvested ... up to a maximum of 160 tons": a higher cap is more the buyer must take', () => {
    const text = (tons: string) => `Winery shall purchase all Grapes harvested from the Contracted Blocks up to a maximum of ${tons} tons per vintage.`;
    expect(changeStance(GRAPES, text('120'), text('160'), 'Grower')).toEqual([['figure-changed', 'favour']]);
    // near miss: a cap on what a party may keep is its room, not its duty
    expect(weightOf(weights(GRAPES, 'Winery shall keep not more than 30 barrels on the premises.'), '30 barrels')).not.toEqual({ party: 'Winery', rise: 'burden', added: 'burden' });
  });
});
