import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeStance, weights } from '../support/stance-readings.js';

/**
 * Fees taken out of what a party is paid, charges a party is bound to pay, allowances under which
 * a party is not liable, and an assignment turned licence. Openings and clauses written here.
 */

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('a fee taken out of what a party is paid', () => {
  const DRIVERS = 'DRIVER PARTNER TERMS\n\nThis agreement is made between you, the driver ("you"), and Quickhail Rides Ltd ("Quickhail", "we").';

  it('"We pay your earnings every Monday, after deducting our Service Fee of 25%": more costs the driver', () => {
    const text = (fee: string) => `We pay your earnings every Monday, after deducting our Service Fee of ${fee}.`;
    expect(weightOf(weights(DRIVERS, text('25%')), '25%')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
    expect(changeStance(DRIVERS, text('25%'), text('27%'), 'you')).toEqual([['figure-changed', 'against']]);
  });

  it('"Tips shall be passed to you after we have deducted a processing fee of 10%": a fee removed is the driver’s gain', () => {
    const before = 'Tips paid by riders shall be passed to you after we have deducted a processing fee of 10%.';
    const after = 'Tips paid by riders shall be passed to you in full.';
    expect(changeStance(DRIVERS, before, after, 'you')).toEqual([['figure-changed', 'favour']]);
  });

  it('near miss: "we pay you a bonus of £50" with nothing deducted is the driver’s gain', () => {
    expect(weightOf(weights(DRIVERS, 'We pay you a bonus of £50 for every 100 trips.'), '£50')).toEqual({ party: 'You', rise: 'benefit', added: 'benefit' });
  });
});

describe('a charge for a late pick-up is no payment to the one collecting', () => {
  const NURSERY = 'NURSERY TERMS\n\nThis agreement is between you, the parent ("you"), and Acorn Lane Nurseries Ltd ("Acorn Lane", "we").';

  it('"If you collect your child after closing time, a late collection charge of £10 will be added to your invoice": more costs the parent', () => {
    expect(weightOf(weights(NURSERY, 'If you collect your child after closing time, a late collection charge of £10 will be added to your next invoice.'), '£10')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
  });

  it('near miss: "you collect the fees from your customers and keep 90%" is money the party collects', () => {
    const list = weights(NURSERY, 'You collect the fees of £20 from each family.');
    expect(weightOf(list, '£20')).toEqual({ party: 'You', rise: 'benefit', added: 'benefit' });
  });
});

describe('a treatment charge a party is bound to pay', () => {
  const TOLLING = 'NICKEL MATTE TOLLING AGREEMENT\n\nThis Agreement is made between Kestrel Nickel Ltd (the "Toller") and Ardent Refining plc (the "Refiner").';

  it('"The Toller shall pay the Refiner a Treatment Charge of USD 310": more costs the Toller', () => {
    const text = (usd: string) => `The Toller shall pay the Refiner a Treatment Charge of USD ${usd} per Dry Metric Tonne of Matte received.`;
    expect(weightOf(weights(TOLLING, text('310')), 'USD 310')).toEqual({ party: 'Toller', rise: 'burden', added: 'burden' });
    expect(changeStance(TOLLING, text('285'), text('310'), 'Toller')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a treatment charge with no payer named, in a concentrate sale, is still the buyer’s gain', () => {
    const SALE = 'CONCENTRATE SALE CONTRACT\n\nThis Contract is made between Pallas Mining Ltd (the "Seller") and Norrvik Smelting AB (the "Buyer").';
    expect(weightOf(weights(SALE, 'Treatment charge: USD 92.50 per Dry Metric Tonne.'), 'USD 92.50')).toEqual({ party: 'Buyer', rise: 'benefit', added: 'benefit' });
  });
});

describe('an allowance under which a party is not liable', () => {
  const WAREHOUSE = 'FULFILMENT SERVICES AGREEMENT\n\nThis Agreement is made between Stackwell Logistics Ltd (the "Provider") and Brightbloom Retail Ltd (the "Client").';

  it('"shall not be liable for stock losses to the extent that they do not exceed 0.5%": a higher allowance spares the Provider', () => {
    const text = (share: string) => `The Provider shall not be liable for stock losses identified at the annual stock count to the extent that they do not exceed ${share} of the units received in the year.`;
    expect(weightOf(weights(WAREHOUSE, text('0.5%')), '0.5%')).toEqual({ party: 'Provider', rise: 'benefit', added: 'benefit' });
    expect(changeStance(WAREHOUSE, text('0.5%'), text('one per cent (1.0%)'), 'Client')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: "The Provider’s liability for stock losses shall not exceed £50,000" is a cap: higher costs the Provider', () => {
    expect(weightOf(weights(WAREHOUSE, 'The Provider’s liability for stock losses shall not exceed £50,000 in any year.'), '£50,000')).toEqual({ party: 'Provider', rise: 'burden', added: 'benefit' });
  });
});

describe('an assignment turned licence', () => {
  const TRANSLATION = 'TRANSLATION AGREEMENT\n\nThis Agreement is made between Ines Varga (the "Translator") and Larkfield Books Ltd (the "Publisher").';

  it('"assigns the entire copyright" → "grants an exclusive licence" keeps the copyright with the Translator: her gain, though the licence is exclusive', () => {
    const before = 'The Translator assigns to the Publisher the entire copyright in the Translation throughout the world.';
    const after = 'The Translator grants to the Publisher an exclusive licence to publish the Translation throughout the world.';
    const seen = changeStance(TRANSLATION, before, after, 'Translator');
    expect(seen).toContainEqual(['concern-changed', 'favour']);
    expect(seen.filter(([, stance]) => stance === 'against')).toEqual([]);
    expect(changeStance(TRANSLATION, after, before, 'Translator')).toContainEqual(['concern-changed', 'against']);
  });
});

describe('what a party pays past a threshold, and a duty to pay said as a responsibility', () => {
  const CRUISE = 'CRUISE SHIP CHARTER\n\nThis Charter is made between Seaholm Cruises AS (the "Owners") and Aurora Voyages Ltd (the "Charterers").';
  const RIDES = 'DRIVER TERMS\n\nThese terms are between Swiftlane Ltd ("Swiftlane", "we") and you, the driver ("you").';

  it('"consumption in excess of 38 tonnes per day shall be paid for by the Charterers": a higher threshold is the Charterers’ gain', () => {
    const text = (tonnes: string) => `Bunkers are included in the Charter Hire, save that consumption in excess of ${tonnes} metric tonnes per day shall be paid for by the Charterers at cost.`;
    expect(weightOf(weights(CRUISE, text('38')), '38 metric tonnes')).toEqual({ party: 'Charterers', rise: 'benefit', added: 'benefit' });
    expect(changeStance(CRUISE, text('30'), text('38'), 'Charterers')).toEqual([['figure-changed', 'favour']]);
  });

  it('"You are responsible for paying any income tax" and "must be paid by you" are one money term, reworded', () => {
    const before = 'You are responsible for paying any income tax and VAT due on your earnings.';
    const after = 'Any income tax and VAT due on your earnings must be paid by you.';
    expect(changeStance(RIDES, before, after, 'you').filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });

  it('near miss: "You are responsible for keeping your vehicle insured" is no money term', () => {
    const before = 'You are responsible for keeping your vehicle insured.';
    expect(changeStance(RIDES, before, 'You are responsible for keeping your vehicle clean and insured.', 'you').filter(([rule]) => String(rule).startsWith('concern'))).toEqual([]);
  });
});

describe('a rate a party calls its own, a payment it caps, and a tolerance past which it may reject', () => {
  const BIKES = 'BIKE SERVICE TERMS\n\nThese terms are between Spokesmith Cycles Ltd ("we", "us") and you, our customer ("you").';
  const REFINING = 'REFINING AGREEMENT\n\nThis Agreement is made between Orland Refining AG (the "Refiner") and Kasai Metals SARL (the "Customer").';

  it('"Our workshop labour rate is £55 an hour": a higher rate costs the customer', () => {
    const text = (rate: string) => `Our workshop labour rate is ${rate} an hour.`;
    expect(weightOf(weights(BIKES, text('£55')), '£55')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
    expect(changeStance(BIKES, text('£55'), text('£65'), 'you')).toEqual([['figure-changed', 'against']]);
  });

  it('"we won’t pay more than £250 for any one bike": a cap on what we pay, its removal the customer’s gain', () => {
    const before = "If we damage your bike, we'll repair it free of charge, but we won't pay more than £250 for any one bike.";
    const after = "If we damage your bike, we'll repair it free of charge or pay you what it was worth.";
    expect(weightOf(weights(BIKES, before), '£250')).toEqual({ party: 'We', rise: 'burden', added: 'benefit' });
    expect(changeStance(BIKES, before, after, 'you')).toContainEqual(['figure-changed', 'favour']);
  });

  it('"may reject any Lot containing more than 0.5% selenium", with a penalty "for each 0.1%": a lower tolerance is the Refiner’s gain', () => {
    const text = (share: string) => `The Refiner may reject any Lot containing more than ${share} selenium or, at its option, accept it subject to a penalty of USD 15 for each 0.1% of selenium above the limit.`;
    expect(weightOf(weights(REFINING, text('0.5%')), '0.5%')).toEqual({ party: 'Refiner', rise: 'burden', added: 'benefit' });
  });

  it('near miss: "Either party may reject the report" is a right of both, with no holder alone', () => {
    expect(weightOf(weights(REFINING, 'Either party may reject any Lot containing more than 2% moisture.'), '2%')).toBeNull();
  });
});

describe('a rate by the unit with no payer named', () => {
  const WAREHOUSING = 'WAREHOUSING AGREEMENT\n\nThis Agreement is made between Stackwell Logistics Ltd (the "Provider") and Brightbloom Retail Ltd (the "Client").';

  it('"Storage: £4.20 per pallet per week" is paid by the party whose role pays', () => {
    const text = (rate: string) => `Storage: ${rate} per pallet per week.`;
    expect(weightOf(weights(WAREHOUSING, text('£4.20')), '£4.20')).toEqual({ party: 'Client', rise: 'burden', added: 'burden' });
    expect(changeStance(WAREHOUSING, text('£4.20'), text('£4.60'), 'Provider')).toEqual([['figure-changed', 'favour']]);
  });

  it('near miss: liquidated damages by the day run the other way, owed by the party paid to perform', () => {
    expect(weightOf(weights(WAREHOUSING, 'Liquidated damages: £500 per day of delay.'), '£500')).toEqual({ party: 'Provider', rise: 'burden', added: 'burden' });
  });
});

describe('payment terms and price rises said another way', () => {
  const CLEANING = 'CLEANING SERVICES – TERMS OF TRADE\n\nThese terms are between Suds & Shine Cleaning (the "Service Provider") and the business named on the order (the "Customer").';
  const PAYROLL = 'PAYROLL SERVICES AGREEMENT\n\nThis Agreement is made between Kingsmead Bakeries plc (the "Client") and Paystream Outsourcing Ltd (the "Provider").';

  it('"the business named on the order (the "Customer")" is a party', () => {
    expect(partiesOf(parseVersion(`${CLEANING}\n\n1. The Customer shall give access.`))).toEqual(['Service Provider', 'Customer']);
  });

  it('"Invoices are payable within 30 days": longer helps the party whose role pays', () => {
    const text = (days: string) => `Invoices are payable within ${days} days of receipt.`;
    expect(weightOf(weights(CLEANING, text('30')), '30 days')).toEqual({ party: 'Customer', rise: 'benefit', added: 'burden' });
    expect(changeStance(CLEANING, text('7'), text('30'), 'Customer')).toEqual([['figure-changed', 'favour']]);
  });

  it('"The fees shall increase each year by the change in CPI plus 2%": more costs the payer', () => {
    expect(weightOf(weights(PAYROLL, 'The fees shall increase on each anniversary by the percentage change in CPI plus 2%.'), '2%')).toEqual({ party: 'Client', rise: 'burden', added: 'burden' });
  });

  it('"subject to a maximum increase of 3% in any year": a higher cap is the party paid’s gain', () => {
    expect(weightOf(weights(PAYROLL, 'The fees shall increase each year by the change in CPI, subject to a maximum increase of 3% in any year.'), '3%')).toEqual({ party: 'Provider', rise: 'benefit', added: 'burden' });
  });

  it('near miss: "the fees shall fall by 5%" is the payer’s gain', () => {
    expect(weightOf(weights(PAYROLL, 'From the second year the fees shall fall by 5%.'), '5%')).toEqual({ party: 'Client', rise: 'benefit', added: 'benefit' });
  });
});
