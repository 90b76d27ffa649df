import { describe, expect, it } from 'vitest';
import { nameKey, PartyList } from '../../src/concerns/party-list.js';

describe('the list of parties as they are read', () => {
  it('keeps each party once, in the order introduced, with its other names and a state\'s short name', () => {
    const list = new PartyList();
    list.add('Seller', 'Alder Ltd.');
    list.add('Federal Republic of Taloria');
    list.add('Seller', 'the Supplier');
    expect(list.parties).toEqual(['Seller', 'Federal Republic of Taloria']);
    expect(list.partyCalled('alder ltd')).toBe('Seller');
    expect(list.partyCalled('The Supplier')).toBe('Seller');
    expect(list.partyCalled('Taloria')).toBe('Federal Republic of Taloria');
  });

  it('an alias never takes a name another party already has; a rename keeps the old names', () => {
    const list = new PartyList();
    list.add('Licensor', 'you');
    list.alias('you', 'Licensee');
    expect(list.partyCalled('you')).toBe('Licensor');
    list.rename('Licensor', 'Provider');
    expect(list.parties).toEqual(['Provider']);
    expect(list.partyCalled('licensor')).toBe('Provider');
    expect(list.partyCalled('you')).toBe('Provider');
  });

  it('one key for a name however it is written', () => {
    expect(nameKey(' The Borealis Metals Inc.')).toBe('borealis metals inc');
    expect(nameKey('Borealis Metals Inc')).toBe(nameKey('the borealis metals inc.;'));
  });
});
