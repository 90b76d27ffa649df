import { describe, expect, it } from 'vitest';
import { clauseFindings } from '../support/clause-findings.js';

/**
 * A legislature told what it shall not do, laws it adopts later held not to apply, the agreement
 * to be enacted as a law, draft laws a government must put to its legislature because the
 * agreement needs them, and an agreement kept from the Verkhovna Rada. The Rada named as the
 * body that adopts laws is no entry-into-force term. Clauses written here.
 */

const INVESTMENT = 'AGREEMENT ON INVESTMENT\n\nbetween the Government of Ukraine and the Government of the United Kingdom.';
const STABILITY = 'LEGAL STABILITY AGREEMENT\n\nbetween the Republic of Peru and Andes Lithium S.A. (the "Company").';

/** [rule, affects] of the given category's findings on the one clause. */
function weighed(head: string, text: string, category: string): [string, string | null | undefined][] {
  return clauseFindings(head, text)
    .filter((f) => f.category === category)
    .map((f) => [f.rule, f.affects]);
}

/** The rules of the given categories that fire on the one clause. */
function rules(head: string, text: string, ...categories: string[]): string[] {
  return clauseFindings(head, text)
    .filter((f) => categories.includes(f.category))
    .map((f) => f.rule);
}

describe('a legislature bound', () => {
  it('"the Verkhovna Rada shall not reduce such appropriations", and no entry-into-force term for naming it so', () => {
    expect(rules(INVESTMENT, 'The contributions of Ukraine shall be appropriated annually, and the Verkhovna Rada shall not reduce such appropriations.', 'constitutional', 'ratification')).toEqual([
      'legislature-bound',
    ]);
  });

  it('"no law adopted by the Verkhovna Rada after the entry into force of this Agreement shall apply to Covered Investments"', () => {
    expect(rules(INVESTMENT, 'Ukraine undertakes that no law adopted by the Verkhovna Rada after the entry into force of this Agreement shall apply to Covered Investments.', 'constitutional')).toEqual(['legislature-bound']);
  });

  it('the agreement "enacted as a law" having precedence', () => {
    expect(rules(STABILITY, 'The Republic of Peru shall procure that the provisions of this Agreement are enacted as a law having precedence over any inconsistent law.', 'constitutional')).toEqual(['legislature-bound']);
    // near miss: the agreement read with the law, not enacted as one
    expect(rules(STABILITY, 'The provisions of this Agreement are to be read with the laws of Peru.', 'constitutional')).toEqual([]);
  });

  it('draft laws put to the legislature "as are necessary to amend" a code, and none where the government only may', () => {
    expect(rules(INVESTMENT, 'Within ninety days the Cabinet of Ministers shall submit to the Verkhovna Rada of Ukraine such draft laws as are necessary to amend the Code of Ukraine on Subsoil.', 'constitutional', 'ratification')).toEqual([
      'legislature-bound',
    ]);
    expect(rules(INVESTMENT, 'The Cabinet of Ministers may submit to the Verkhovna Rada of Ukraine such draft laws as it considers appropriate.', 'constitutional', 'ratification')).toEqual([]);
  });

  it('an agreement that "shall not be submitted to the Verkhovna Rada of Ukraine for ratification"', () => {
    expect(rules(INVESTMENT, 'This Agreement shall not be submitted to the Verkhovna Rada of Ukraine for ratification.', 'constitutional')).toEqual(['rada-bypassed']);
    // near miss: submitted to it, as the law requires
    expect(rules(INVESTMENT, 'This Agreement shall be submitted to the Verkhovna Rada of Ukraine for ratification.', 'constitutional')).toEqual([]);
  });

  it('a legislature bound weighs on the party that binds it, or, where none stands as the subject, on the party whose legislature it is', () => {
    expect(weighed(INVESTMENT, 'Ukraine undertakes that the Verkhovna Rada shall not adopt any law that diminishes the protection of Covered Investments.', 'constitutional')).toEqual([
      ['legislature-bound', 'Ukraine'],
    ]);
    expect(weighed(STABILITY, 'The Republic of Peru shall procure that the provisions of this Agreement are enacted as a law.', 'constitutional')).toEqual([['legislature-bound', 'Republic of Peru']]);
  });
});

describe('a code to be amended weighs on the state whose code it is', () => {
  const MINERALS = 'AGREEMENT ON A RECONSTRUCTION FUND\n\nbetween the Government of Ukraine and the Government of the United States of America.';

  it('"adopt such amendments to the Code of Ukraine on Subsoil" weighs on Ukraine, though Ukraine is the one that acts', () => {
    expect(weighed(MINERALS, 'Ukraine shall, within ninety days after signature, adopt such amendments to the Code of Ukraine on Subsoil and the Budget Code of Ukraine as are necessary to give full effect to this Agreement.', 'constitutional')).toEqual([
      ['constitution-overridden', 'Ukraine'],
    ]);
    expect(weighed(MINERALS, 'Ukraine shall introduce amendments to the Tax Code of Ukraine so that the Fund is not taxed on its income.', 'constitutional').map(([, party]) => party)).toEqual(['Ukraine']);
  });
});

describe('a constitution named by its state\'s style alone', () => {
  it('"the Political Constitution of the Republic" is the constitution of the one party styled a republic', () => {
    const contract = 'CONTRACT\n\nThis Contract is made between the Republic of Chile and Borealis Copper AB (the "Company").';
    expect(weighed(contract, "The Company's rights under this Contract shall be subject to any future reform of the Political Constitution of the Republic concerning lithium.", 'constitutional')).toEqual([
      ['constitution-named', 'Republic of Chile'],
    ]);
    // near miss: two republics, and the style alone says which of them it is of neither
    const twoRepublics = 'CONTRACT\n\nThis Contract is made between the Republic of Chile and the Republic of Peru.';
    expect(weighed(twoRepublics, 'The rights under this Contract shall be subject to any future reform of the Political Constitution of the Republic concerning lithium.', 'constitutional')).toEqual([['constitution-named', null]]);
  });
});
