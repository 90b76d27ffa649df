import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeStance, holders, weights } from '../support/stance-readings.js';

/**
 * Names joined by an ampersand, and a time read as the duty's it follows closely in a sentence
 * that binds both parties. Openings and clauses written here.
 */

const BOXES =
  'LARCH & LADLE RECIPE BOX TERMS\n\nThese terms set out the agreement between Larch & Ladle Kitchens Ltd ("Larch & Ladle") and each customer who orders a recipe box (the "Customer").';

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('a name joined by an ampersand', () => {
  it('is one party, whether the ampersand stands between words ("Larch & Ladle") or inside one ("R&K")', () => {
    expect(partiesOf(parseVersion(`${BOXES}\n\n1. Larch & Ladle shall deliver each box.`))).toEqual(['Larch & Ladle', 'Customer']);
    const lab = 'TESTING SERVICES AGREEMENT\n\nThis Agreement is made between R&K Analytical GmbH ("R&K") and Tollund Foods A/S (the "Client").';
    expect(partiesOf(parseVersion(`${lab}\n\n1. R&K shall test each sample.`))).toEqual(['R&K', 'Client']);
  });

  it('binds that party where it is the subject of a duty, and gives the customer the terms speak to as "you"', () => {
    expect(holders(BOXES, 'Larch & Ladle shall replace any item that arrives spoiled.')).toEqual([['Larch & Ladle', 'obligation']]);
    expect(holders(BOXES, 'You must keep the box in a cool place.')).toEqual([['Customer', 'obligation']]);
  });

  it('near miss: an ampersand before a word in lower case joins nothing ("Acme & the buyer")', () => {
    const head = 'SUPPLY TERMS\n\nThese terms are between Acme Tools Ltd (the "Seller") & the buyer named in the order (the "Buyer").';
    expect(partiesOf(parseVersion(`${head}\n\n1. The Seller shall deliver the tools.`))).toEqual(['Seller', 'Buyer']);
  });
});

describe('a time that follows one of two duties in a sentence', () => {
  it('"tell us within 7 days and we will refund": the time is the teller’s, longer helps it', () => {
    const text = (time: string) => `If your box arrives damaged, tell us within ${time} and we will refund the price of the box.`;
    expect(weightOf(weights(BOXES, text('7 days')), '7 days')).toEqual({ party: 'Customer', rise: 'benefit', added: 'burden' });
    expect(changeStance(BOXES, text('48 hours'), text('7 days'), 'Customer')).toEqual([['figure-changed', 'favour']]);
    expect(changeStance(BOXES, text('48 hours'), text('7 days'), 'Larch & Ladle')).toEqual([['figure-changed', 'against']]);
  });

  it('"we will replace it within 7 days", after the reader’s duty: the time is the replacer’s', () => {
    const text = 'You must return any spoiled item in the bag supplied and we will replace it within 7 days.';
    expect(weightOf(weights(BOXES, text), '7 days')).toEqual({ party: 'Larch & Ladle', rise: 'benefit', added: 'burden' });
  });

  it('near miss: a time many words past the last duty’s verb, in a sentence binding both, is given to neither', () => {
    const text = 'You must return any spoiled item and we will, once our quality team has inspected the returned bag and everything in it, send a replacement within 7 days.';
    expect(weightOf(weights(BOXES, text), '7 days')).toBeNull();
  });
});

describe('a person described by where the draft names them', () => {
  it('"the fisher named in Annex A (the "Crew Member")" is a party', () => {
    const head = 'FISHER EMPLOYMENT AGREEMENT\n\nThis Agreement is made between Gannet Bay Fishing Pty Ltd (the "Operator") and the fisher named in Annex A (the "Crew Member").';
    expect(partiesOf(parseVersion(`${head}\n\n1. The Operator shall repatriate the Crew Member at its own cost.`))).toEqual(['Operator', 'Crew Member']);
  });

  it('near miss: a vessel named in a schedule beside the parties is no party', () => {
    const head = 'TIME CHARTER\n\nThis Charter is made between Gannet Bay Fishing Pty Ltd (the "Owners") and Skerry Seafoods Ltd (the "Charterers") in respect of the vessel named in Schedule 1 (the "Vessel").';
    expect(partiesOf(parseVersion(`${head}\n\n1. The Owners shall keep the Vessel in class.`))).toEqual(['Owners', 'Charterers']);
  });
});
