import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { draft, holders, weights } from '../support/stance-readings.js';

/**
 * A party described as the occupier of a unit, a surcharge paid by the party whose role pays,
 * and a licence given in plain English ("You give us a licence"). Openings and clauses written here.
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
