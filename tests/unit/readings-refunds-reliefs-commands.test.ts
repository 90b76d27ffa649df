import { describe, expect, it } from 'vitest';
import { changeStance, holders, weights } from '../support/stance-readings.js';

/**
 * Money, duties, bans and parties said another way: a share of a fee given back, a relief said as
 * "under no obligation", a polite command, a ban with no one named, a status, a sum restated in
 * words, a gapped subject, a payment with no payer named, a consent asked with a possessive, an
 * exception said again, the reader described in lower case, a bar set on a right given, a split
 * by ratio and the most a party must buy. Openings and clauses written here.
 */

const CHARTER = 'YACHT CHARTER AGREEMENT\n\nThis Agreement is made between Kestrel Yachting Ltd (the "Owner") and Halden Tours LLC (the "Charterer").';
const STORE = 'STORAGE AGREEMENT\n\nThis Agreement is made between Marsh Cold Stores Ltd (the "Warehouse Keeper") and Peel Foods plc (the "Customer").';
const NURSERY = 'NURSERY TERMS\n\nThese terms are between Willowbank Nursery ("the Nursery", "we") and you, the parent ("you").';

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
    // (told under its concern, on no side)
    expect(moved.filter(([rule]) => rule === 'figure-changed').map(([, stance]) => stance)).toEqual(['neutral']);
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

describe('a split written as a ratio before the parties it splits between', () => {
  const ZONE = 'AGREEMENT ON JOINT DEVELOPMENT\n\nThe Republic of Korvath and the Kingdom of Ilmarra (the "Parties") have agreed as follows:';

  it('"shared 60:40 between Korvath and Ilmarra" → "shared equally": Korvath\u2019s share fell', () => {
    const moved = changeStance(ZONE, 'Revenues from the Zone shall be shared 60:40 between Korvath and Ilmarra.', 'Revenues from the Zone shall be shared equally between Korvath and Ilmarra.', 'Republic of Korvath');
    expect(moved).toEqual([['figure-changed', 'against']]);
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
