import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { onBalance } from '../../src/concerns/on-balance.js';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { changeStance, draft, holders, only } from '../support/stance-readings.js';

/**
 * Prices set in cents, the parties of power purchase, concentrate and works contracts by their
 * roles, payable metal after a heading's colon, a duty in the passive with "of", a payment said to
 * be due, and the reader's plain commands to show or bring. Openings and clauses written here.
 */

/** The change's stance for `we` on balance, as a report leads with it. */
function stance(head: string, before: string, after: string, we: string) {
  return onBalance(withFindings(compareVersions(draft(head, before), draft(head, after)), { we }).findings.filter((f) => f.level === 'change')).stance;
}

const PPA = 'POWER PURCHASE AGREEMENT\n\nThis Agreement is made between Sunvale Solar Park Ltd (the "Producer") and the National Electricity Utility of Marsa (the "Utility").';
const CONCENTRATE = 'TIN CONCENTRATE SALES AGREEMENT\n\nThis Agreement is made between Corvo Mining SA (the "Seller") and Westhaven Smelting Ltd (the "Smelter").';
const WORKS = 'CONTRACT FOR THE DREDGING OF THE PORT OF ALDIS\n\nThis Contract is made between the Harbour Authority of Port Aldis (the "Authority") and Delfland Dredging BV (the "Contractor").';
const KENNEL = 'BOARDING TERMS\n\nThese terms apply between Larchfield Kennels Ltd ("we", "us") and the owner of each dog we board ("you").';

describe('a price in cents', () => {
  it('is an amount in the whole unit ("6.10 US cents" is 0.061, "75 pence" is 0.75)', () => {
    expect(figuresOf('The Tariff shall be 6.10 US cents per kWh.').map((f) => [f.kind, f.value])).toEqual([['amount', 0.061]]);
    expect(figuresOf('Storage shall be charged at 4.5 cents per bushel.').map((f) => [f.kind, f.value])).toEqual([['amount', 0.045]]);
    expect(figuresOf('Fuel is charged at 75 pence a litre.').map((f) => [f.kind, f.value])).toEqual([['amount', 0.75]]);
  });

  it('a tariff the Utility pays, cut, is the Producer\u2019s loss and the Utility\u2019s gain', () => {
    const before = 'The Tariff shall be 6.10 US cents per kWh of Net Electrical Output delivered.';
    const after = 'The Tariff shall be 5.85 US cents per kWh of Net Electrical Output delivered.';
    expect(stance(PPA, before, after, 'Producer')).toBe('against');
    expect(stance(PPA, before, after, 'Utility')).toBe('favour');
  });

  it('"percentage" and "cents" words with no number are no figure (near miss)', () => {
    expect(figuresOf('The cents shall be rounded to the nearest whole cent.')).toEqual([]);
  });
});

describe('roles that pay', () => {
  it('a Smelter pays the Seller for payable metal (after a heading\u2019s colon) and earns its treatment charge', () => {
    const payable = ['Payable Metal: 96.0% of the final tin content.', 'Payable Metal: 97.5% of the final tin content.'] as const;
    expect(stance(CONCENTRATE, ...payable, 'Seller')).toBe('favour');
    expect(stance(CONCENTRATE, ...payable, 'Smelter')).toBe('against');
    expect(stance(CONCENTRATE, 'Treatment Charge: USD 1,100 per dry metric tonne.', 'Treatment Charge: USD 1,250 per dry metric tonne.', 'Seller')).toBe('against');
  });

  it('an Authority pays its Contractor, so delay damages raised are the Contractor\u2019s loss', () => {
    const before = 'Delay damages shall be payable at the rate of USD 30,000 per day.';
    const after = 'Delay damages shall be payable at the rate of USD 45,000 per day.';
    expect(stance(WORKS, before, after, 'Contractor')).toBe('against');
    expect(stance(WORKS, before, after, 'Authority')).toBe('favour');
  });
});

describe('the same duty said another way', () => {
  it('"shall be disposed of by the Contractor" is the Contractor\u2019s duty, and moves none', () => {
    expect(holders(WORKS, 'Dredged material shall be disposed of by the Contractor at the Approved Site.')).toEqual([['Contractor', 'obligation']]);
    const moved = changeStance(WORKS, 'The Contractor shall dispose of dredged material only at the Approved Site.', 'Dredged material shall be disposed of by the Contractor at the Approved Site and at no other place.', 'Authority');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });

  it('"Payment is due 30 days from the date of invoice" is the payment "The Client shall pay" names the payer of', () => {
    const head = 'ILLUSTRATION COMMISSION\n\nThis Agreement is made between Ada Brook (the "Illustrator") and Kettle Books Ltd (the "Client").';
    const moved = changeStance(head, 'Payment is due 30 days from the date of invoice.', 'The Client shall pay each invoice within thirty (30) days of its date.', 'Illustrator');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });

  it('"please show us your dog\u2019s card" is the reader\u2019s duty; "show it to you" in a list of what we may do is none (near miss)', () => {
    expect(holders(KENNEL, 'When you arrive, please show us your dog\u2019s vaccination card.')).toEqual([['You', 'obligation']]);
    expect(holders(KENNEL, 'You let us use your photos; show them to other owners; and print them.')).not.toContainEqual(['You', 'obligation']);
    const moved = changeStance(KENNEL, 'You must show us the vaccination card when you arrive.', 'When you arrive, please show us your dog\u2019s vaccination card.', 'we');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });
});

describe('a thing of the reader\u2019s in the passive', () => {
  const HIRE = 'CAR HIRE TERMS\n\nThese terms apply when you hire a vehicle from Roadstar Rentals Ltd ("we", "us").';
  it('"your vehicle must be returned" is the reader\u2019s duty; "a dispute arising from your hire shall be resolved" is none (near miss)', () => {
    expect(holders(HIRE, 'Your vehicle must be returned with a full tank.')).toEqual([['You', 'obligation']]);
    expect(holders(HIRE, 'Any dispute arising from your hire shall be resolved by the courts of Marrowgate.')).toEqual([]);
  });
});

describe('a price stated where the sentence binds no one', () => {
  const SALE = 'ALUMINIUM SUPPLY CONTRACT\n\nThis Contract is made between Obrenac Aluminium d.o.o. (the "Seller") and Kestrel Cans GmbH (the "Buyer").';
  it('is paid by the party whose role pays, though the sentence names the other for a place ("FCA the Seller\u2019s works")', () => {
    const before = 'The Contract Price shall be USD 2,150 per metric tonne, FCA the Seller\u2019s works at Obrenac.';
    const after = 'The Contract Price shall be USD 2,340 per metric tonne, FCA the Seller\u2019s works at Obrenac.';
    expect(stance(SALE, before, after, 'Seller')).toBe('favour');
    expect(stance(SALE, before, after, 'Buyer')).toBe('against');
  });

  it('near miss: a price the sentence binds a party to pay is weighed on that party', () => {
    const before = 'The Seller shall pay the Buyer a price of USD 100 per tonne for the slag it removes.';
    const after = 'The Seller shall pay the Buyer a price of USD 120 per tonne for the slag it removes.';
    expect(stance(SALE, before, after, 'Seller')).toBe('against');
  });
});

describe('a deduction a shortfall attracts', () => {
  const PRISON = 'CONTRACT FOR THE OPERATION OF HM PRISON BARROWE\n\nThis Contract is made between the Ministry of Justice of Barrowe (the "Authority") and Greyfold Custodial Ltd (the "Contractor").';
  it('raised, is the Authority\u2019s gain and the Contractor\u2019s loss', () => {
    const before = 'Each Day on which staffing falls below the Minimum Staffing Level shall attract a Deduction of USD 2,000.';
    const after = 'Each Day on which staffing falls below the Minimum Staffing Level shall attract a Deduction of USD 5,000.';
    expect(stance(PRISON, before, after, 'Authority')).toBe('favour');
    expect(stance(PRISON, before, after, 'Contractor')).toBe('against');
  });
});

describe('a passive done for us with no agent', () => {
  const VENUE = 'WEDDING TERMS\n\nThese terms apply between Rookwood Hall Ltd ("we", "us") and the couple who book with us ("you").';
  it('"must be confirmed to us" is the reader\u2019s duty, as "You must tell us" is', () => {
    expect(holders(VENUE, 'Final guest numbers must be confirmed to us no later than fourteen days before the wedding.')).toEqual([['You', 'obligation']]);
    const moved = changeStance(VENUE, 'You must tell us your final guest numbers at least 14 days before your wedding.', 'Final guest numbers must be confirmed to us no later than fourteen days before the wedding date.', 'we');
    expect(only(moved, 'duty-shifted')).toEqual([]);
  });
});

describe('an airline pays its handler', () => {
  const HANDLING = 'GROUND HANDLING AGREEMENT\n\nThis Agreement is made between Pinecrest Regional Airlines Inc. (the "Airline") and Marlowe Aviation Handling Ltd (the "Handler").';
  it('so a turnaround charge raised is the Handler\u2019s gain', () => {
    const before = 'The turnaround charge for each aircraft shall be EUR 1,240.';
    const after = 'The turnaround charge for each aircraft shall be EUR 1,380.';
    expect(stance(HANDLING, before, after, 'Handler')).toBe('favour');
    expect(stance(HANDLING, before, after, 'Airline')).toBe('against');
  });
});

describe('the term of a licence', () => {
  const FILM = 'DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Quillon Pictures Limited (the "Licensor") and Fennimore Releasing GmbH (the "Distributor").';
  it('"The Term shall be ten (10) years" cut to seven is the Distributor\u2019s loss, the Licensor\u2019s gain', () => {
    const before = 'The Term shall be ten (10) years from the date of Delivery.';
    const after = 'The Term shall be seven (7) years from the date of Delivery.';
    expect(stance(FILM, before, after, 'Distributor')).toBe('against');
    expect(stance(FILM, before, after, 'Licensor')).toBe('favour');
  });

  it('near miss: a term between parties neither of whom holds a grant is weighed for no one by it', () => {
    const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
    expect(stance(SUPPLY, 'The Term shall be ten (10) years from the Effective Date.', 'The Term shall be seven (7) years from the Effective Date.', 'Seller')).toBe('neutral');
  });
});
