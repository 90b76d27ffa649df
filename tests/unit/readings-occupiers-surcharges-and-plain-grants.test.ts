import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, weights } from '../support/stance-readings.js';

/**
 * A party described as the occupier of a unit, a surcharge or deposit paid by the party whose
 * role pays, a payment said without its payer, and a licence given in plain English ("You give us
 * a licence"). Openings and clauses written here.
 */

const STORE = 'SAFEHOLD STORAGE — TERMS\n\nThese Terms apply between Safehold Storage Ltd (the "Operator") and the occupier of a unit (the "Customer").';
const VETS = 'BRAMLEY VETS — TERMS OF BUSINESS\n\nThese terms govern the services provided by Bramley Veterinary Practice LLP (the "Practice") to its clients (each a "Client").';
const COURSES = 'LEARNWELL — TERMS FOR LEARNERS\n\nThese terms are between Learnwell Ltd ("we", "us") and you, the learner ("you").';

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('a party described as the occupier of a unit', () => {
  it('"the occupier of a unit (the "Customer")" is a party, and the one the terms call "you"', () => {
    const version = draft(STORE, 'You must keep the unit locked.');
    expect(partiesOf(version)).toEqual(['Operator', 'Customer']);
    expect(holders(STORE, 'You must keep the unit locked.')).toEqual([['Customer', 'obligation']]);
  });

  it('near miss: "the unit (the "Unit")" is a thing, no party', () => {
    expect(partiesOf(draft('TERMS\n\nThese Terms apply between Safehold Storage Ltd (the "Operator") and the unit (the "Unit").', 'The Operator shall insure the Unit.'))).toEqual(['Operator']);
  });
});

describe('a surcharge', () => {
  it('"An out-of-hours surcharge of £140 applies" is paid by the party whose role pays', () => {
    expect(weightOf(weights(VETS, 'An out-of-hours surcharge of £140 applies to any consultation between 7pm and 8am.'), '£140')).toEqual({ party: 'Client', rise: 'burden', added: 'burden' });
  });

  it('near miss: a discount of £140 is no price paid', () => {
    expect(weightOf(weights(VETS, 'A loyalty discount of £140 applies to any course of treatment.'), '£140')).toBeNull();
  });
});

describe('a licence given in plain English', () => {
  it('"you give us a worldwide, royalty-free licence" is a grant by the reader', () => {
    expect(holders(COURSES, 'You give us a worldwide, royalty-free and irrevocable licence to use anything you upload.')).toEqual([['You', 'obligation']]);
  });

  it('near misses: "you give us notice" and "we give you access" grant no licence', () => {
    expect(holders(COURSES, 'You give us notice of any change of address.')).toEqual([]);
    expect(holders(COURSES, 'We give you access to the course for twelve months.')).toEqual([]);
  });
});

describe('a deposit', () => {
  const CATERING = 'CATERING CONTRACT\n\nThis Contract is made between Larder & Flame Ltd (the "Caterer") and the person booking the event (the "Client").';

  it('"A deposit of 40% of the Contract Price is payable on signature" is paid by the party whose role pays', () => {
    expect(weightOf(weights(CATERING, 'A deposit of forty per cent (40%) of the Contract Price is payable on signature.'), '40%')).toEqual({ party: 'Client', rise: 'burden', added: 'burden' });
  });
});

describe('a payment said without its payer, then with it', () => {
  const CATERING = 'CATERING CONTRACT\n\nThis Contract is made between Larder & Flame Ltd (the "Caterer") and Hollis Events Ltd (the "Client").';

  it('"Payment shall be made within fourteen days" → "The Client shall pay each invoice within 14 days" moves no duty', () => {
    const stances = changeStance(CATERING, 'Payment shall be made by bank transfer within fourteen days of the date of invoice.', 'The Client shall pay each invoice by bank transfer within 14 days of its date.', 'Client');
    expect(stances.filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
    expect(stances.filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });

  it('near miss: "Delivery shall be made" → "The Client shall pay" is a new duty to pay', () => {
    expect(changeStance(CATERING, 'Delivery shall be made to the venue within fourteen days.', 'The Client shall pay each invoice within 14 days of its date.', 'Client')).toContainEqual(['duty-shifted', 'against']);
  });
});
