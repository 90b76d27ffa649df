import { describe, expect, it } from 'vitest';
import { readRule, rulesOf } from '../support/clause-findings.js';

/**
 * The ways drafters say who owns a thing without the words "title passes": it belongs or accrues
 * to a party, becomes or remains its property, or its title remains with it; and a promise not to
 * take property said in the passive. Each with a near miss that must stay quiet. Every clause here
 * was written for these tests.
 */

const WORKS = 'WORKS CONTRACT\n\nThis Contract is made between Harbour Authority of Kessin (the "Employer") and Quay Builders SA (the "Contractor").';
const SERVICE = 'SERVICE AGREEMENT\n\nThis Agreement is made between Larch Analytics Ltd (the "Company") and Dana Holt (the "Executive").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Vendor") and Birch Inc (the "Purchaser").';
const BIT = 'INVESTMENT AGREEMENT\n\nThis Agreement is made between the Republic of Veland (the "Host State") and Quay Holdings SA (the "Investor").';

/** Category, party and effect of each finding of `rule`. */
const read = readRule;

describe('a thing that belongs to one party', () => {
  it('"shall belong to" or "accrue exclusively to" a party is an ownership concern in its favour', () => {
    expect(read('property-belongs', SERVICE, 'All inventions made by the Executive in the course of the employment shall belong to the Company absolutely.')).toEqual([['ownership', 'Company', 'benefit']]);
    expect(read('property-belongs', SERVICE, 'Any goodwill arising from the use of the Company’s name shall accrue exclusively to the Company.')).toEqual([['ownership', 'Company', 'benefit']]);
  });

  it('"become" or "remain the property of", and "title to … shall remain with", name the party that owns', () => {
    expect(read('property-belongs', WORKS, 'Each item of Plant shall become the property of the Employer when it is delivered to the Site.')).toEqual([['ownership', 'Employer', 'benefit']]);
    expect(read('property-belongs', SUPPLY, 'The moulds made for the Purchaser shall remain the sole and exclusive property of the Purchaser.')).toEqual([['ownership', 'Purchaser', 'benefit']]);
    expect(read('property-belongs', SUPPLY, 'Title to the sample machines lent to the Purchaser shall at all times remain with the Vendor.')).toEqual([['ownership', 'Vendor', 'benefit']]);
  });

  it('a risk, a liability or a duty that remains with a party is no ownership, nor is ownership denied', () => {
    expect(read('property-belongs', SUPPLY, 'The risk in the goods shall remain with the Vendor until delivery.')).toEqual([]);
    expect(read('property-belongs', WORKS, 'The Contractor shall remain liable for the Plant until it is taken over.')).toEqual([]);
    expect(read('property-belongs', WORKS, 'The costs of the Contractor under this Clause shall belong to the period before completion.')).toEqual([]);
    expect(read('property-belongs', WORKS, 'No part of the Works shall become the property of the Contractor.')).toEqual([]);
    // interest accruing to a lender is money, not property; a class or part of a schedule is no owner
    expect(read('property-belongs', WORKS, 'Default interest shall accrue to the Employer from the due date.')).toEqual([]);
    expect(read('property-belongs', WORKS, 'Items of Plant shall belong to Category B of the Price Schedule.')).toEqual([]);
  });
});

describe('a promise not to take property, in the passive', () => {
  it('"investments of X shall not be expropriated or nationalised" protects X', () => {
    expect(read('expropriation-limited', BIT, 'Investments of the Investor in the territory of the Host State shall not be expropriated or nationalised except for a public purpose.')).toEqual([['ownership', 'Investor', 'benefit']]);
  });

  it('property that may be expropriated is no such promise', () => {
    expect(read('expropriation-limited', BIT, 'Investments of the Investor may be expropriated for a public purpose against compensation.')).toEqual([]);
  });
});

describe('the use of a party’s land or installations given to another', () => {
  const STATES = 'AGREEMENT ON THE PORT OF KESSEN\n\nbetween the Government of the Republic of Veland and the Government of the Kingdom of Orsk.';

  it('a right to use, a licence or a lease over land, a port or grounds is an ownership concern, borne by the party whose it is', () => {
    expect(read('use-rights-granted', STATES, 'The Kingdom of Orsk shall have the right to use the port facilities at Kessen for forty-nine years.')).toEqual([['ownership', 'Republic of Veland', 'burden']]);
    expect(read('use-rights-granted', STATES, 'The Kingdom of Orsk shall hold a licence over the fishing grounds of the Republic of Veland.')).toEqual([['ownership', 'Republic of Veland', 'burden']]);
    expect(read('use-rights-granted', STATES, 'The Republic of Veland grants to the Kingdom of Orsk the right to use the airfield at Kessen.')).toEqual([['ownership', 'Republic of Veland', 'burden']]);
  });

  it('access to a site for the works, or a right to use software, is none', () => {
    expect(read('use-rights-granted', WORKS, 'The Employer shall give the Contractor right of access to the Site within fourteen days.')).toEqual([]);
    expect(read('use-rights-granted', SUPPLY, 'The Purchaser shall have the right to use the Software at its own sites.')).toEqual([]);
    expect(read('use-rights-granted', SUPPLY, 'The Purchaser shall have the exclusive right to use the Trademarks in the Territory.')).toEqual([]);
  });
});

describe('a right to fish in another party’s waters', () => {
  const FISHERIES = 'FISHERIES AGREEMENT\n\nbetween the Government of the Republic of Veland and the Government of the Kingdom of Orsk.';

  it('vessels of one party entitled to fish, or given a catch quota, in the other’s zone are a use of its resources, weighing on the coastal state', () => {
    expect(read('use-rights-granted', FISHERIES, 'Vessels of the Kingdom of Orsk shall be entitled to fish in the exclusive economic zone of the Republic of Veland.')).toEqual([['ownership', 'Republic of Veland', 'burden']]);
    expect(read('use-rights-granted', FISHERIES, 'The Kingdom of Orsk shall have an annual catch quota of 12,000 tonnes of cod in the waters of the Republic of Veland.').length).toBe(1);
  });

  it('near misses: fish stocks assessed, fishing vessels keeping logbooks', () => {
    expect(read('use-rights-granted', FISHERIES, 'The Joint Commission shall assess the fish stocks of the shared waters every year.')).toEqual([]);
    expect(read('use-rights-granted', FISHERIES, 'Fishing vessels of either Party shall keep a logbook of their catch.')).toEqual([]);
  });
});

describe('licences passed to another party', () => {
  const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.';

  it('licences or concessions transferred, ceded or surrendered to a party are an ownership concern on the party that gives them', () => {
    expect(read('resource-title-passes', STATES, 'Ukraine shall transfer to the Republic of Sarnia all new licences for lithium.')).toEqual([['ownership', 'Ukraine', 'burden']]);
    expect(read('resource-title-passes', STATES, 'Ukraine shall cede the concessions for the Dobra deposit to the Republic of Sarnia.')).toEqual([['ownership', 'Ukraine', 'burden']]);
  });

  it('software passed on under a licence, or a transferable licence to use it, is no licence passing', () => {
    const LICENCE = 'SOFTWARE LICENCE\n\nThis Licence is made between Alder Ltd (the "Licensor") and Birch Inc (the "Licensee").';
    expect(read('resource-title-passes', LICENCE, 'The Licensee may transfer copies of the Software to its affiliates under the terms of this Licence.')).toEqual([]);
    expect(read('resource-title-passes', LICENCE, 'The Licensor grants the Licensee a transferable, worldwide, royalty-free licence to use the Software.')).toEqual([]);
  });

  it('licence fees transferred are money, not the licence', () => {
    expect(read('resource-title-passes', STATES, 'Ukraine shall transfer the licence fees for the Dobra deposit to the Fund.')).toEqual([]);
  });

  it('staff transferred to review licence applications is none', () => {
    expect(read('resource-title-passes', STATES, 'Ukraine shall transfer two engineers to the joint office for the review of licence applications.')).toEqual([]);
  });
});

describe('a work or its assets handed over', () => {
  const CONCESSION = 'CONCESSION AGREEMENT\n\nThis Agreement is made between the Roads Authority of Veland (the "Authority") and Kessin Highway SPV Ltd (the "Concessionaire").';

  it('a highway, a dam or a list of project assets transferred to a party is an ownership concern on the party that gives them', () => {
    expect(read('resource-title-passes', CONCESSION, 'On expiry of the Concession, the Concessionaire shall transfer the Highway and all Project Assets to the Authority free of charge.')).toEqual([['ownership', 'Concessionaire', 'burden']]);
    expect(read('resource-title-passes', CONCESSION, 'The Concessionaire shall hand over the Dam and its spillway to the Authority on the Final Date.')).toEqual([['ownership', 'Concessionaire', 'burden']]);
  });

  it('records or data about the works transferred are none', () => {
    expect(read('resource-title-passes', CONCESSION, 'The Concessionaire shall transfer all records relating to the Highway to the Authority on request.')).toEqual([]);
    expect(read('resource-title-passes', CONCESSION, 'The Concessionaire shall transfer the traffic data of the Highway to the Authority every month.')).toEqual([]);
  });
});

describe('first rights and Ukraine’s permit for subsoil use', () => {
  const STATES = 'AGREEMENT\n\nThis Agreement is made between the Government of Ukraine and the Government of the United States of America.';

  it('a first right to negotiate or a right of first negotiation over output is an ownership concern for the party that gives it', () => {
    expect(read('resource-title-passes', STATES, 'The United States shall hold a first right to negotiate the offtake of minerals extracted under any new licence.')).toEqual([['ownership', 'Ukraine', 'burden']]);
    expect(read('resource-title-passes', STATES, 'Ukraine shall grant the Fund a right of first negotiation over the offtake from new licences.')).toEqual([['ownership', 'Ukraine', 'burden']]);
    // near miss: a first right to something that is no resource
    expect(read('resource-title-passes', STATES, 'The United States shall have a first right to negotiate the dates of the annual meeting.')).toEqual([]);
  });

  it('a special permit for subsoil use granted is an ownership concern; a permit for a building is not', () => {
    expect(read('resource-title-passes', STATES, 'Ukraine shall grant to the Fund a special permit for subsoil use over each new deposit of lithium.')).toEqual([['ownership', 'Ukraine', 'burden']]);
    expect(read('resource-title-passes', STATES, 'Ukraine shall grant to the Fund a permit for the construction of its office in Kyiv.')).toEqual([]);
  });
});

describe('property that belongs to a party, as acknowledged, or after a time is named', () => {
  const FRANCHISE = 'HOTEL FRANCHISE AGREEMENT\n\nThis Agreement is made between Larchmont Inns Ltd (the "Franchisor") and Harrow Hospitality Ltd (the "Franchisee").';
  const FARM = 'FARM BUSINESS TENANCY\n\nThis Tenancy is made between Elm Estates Ltd (the "Landlord") and Cal Reid (the "Tenant").';
  it('"acknowledges that the Marks ... belong exclusively to Franchisor" names their owner', () => {
    const text = "7.4 Franchisee acknowledges that the Marks and all goodwill generated by Franchisee's operation of the Hotel belong exclusively to Franchisor.";
    expect(rulesOf(FRANCHISE, text)).toContain('property-belongs');
  });

  it('"shall on the ending of this Tenancy, howsoever it ends, become the absolute property of the Landlord" names it too', () => {
    const text = '6.1 All improvements made on the Holding by the Tenant shall on the ending of this Tenancy, howsoever it ends, become the absolute property of the Landlord.';
    expect(rulesOf(FARM, text)).toContain('property-belongs');
  });

  it('near misses: resources acknowledged to belong to a people, and improvements that shall not become the Landlord’s', () => {
    expect(rulesOf(FRANCHISE, '2.1 The Franchisee acknowledges that the lake belongs to the Harrowian people under their Constitution.')).not.toContain('property-belongs');
    expect(rulesOf(FARM, '6.2 Fixtures installed by the Tenant shall not, whatever the reason the Tenancy ends, become the property of the Landlord.')).not.toContain('property-belongs');
  });
});

describe('rights in a work assigned to a party', () => {
  const RECORDING = 'RECORDING AGREEMENT\n\nThis Agreement is made between Ostrava Records Ltd (the "Company") and Mira Lane (the "Artist").';
  it('"the Artist hereby assigns to the Company ... copyright" passes ownership, and weighs on the Artist', () => {
    const text = '5.1 The Artist hereby assigns to the Company by way of present assignment of future copyright all rights in the Masters.';
    expect(read('resource-title-passes', RECORDING, text)).toEqual([['ownership', 'Artist', 'burden']]);
  });

  it('near miss: a licence of copyright is no assignment', () => {
    expect(rulesOf(RECORDING, '5.2 The Company grants the Artist a non-exclusive licence to use the artwork for promotion.')).not.toContain('resource-title-passes');
  });
});
