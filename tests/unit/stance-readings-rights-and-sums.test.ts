import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { partiesOf, resolveParty } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, weights } from '../support/stance-readings.js';

/**
 * Readings of what it costs to use a right and who pays it, of a deduction off what a party
 * pays, of a right used with no notice, of a ban given a say of the other to pass it, and of
 * a remedy for what the other has not done. Openings and clauses written here.
 */

const STREAM = 'STREAM AGREEMENT\n\nThis Agreement is made between Kestrel Mining Ltd (the "Seller") and Orbis Streaming plc (the "Purchaser").';
const PALM = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Sungai Palm Mill Sdn Bhd (the "Mill") and the Ulu Growers Cooperative (the "Association").';
const LOAN = 'CREDIT TERMS\n\nThese terms are between you and Klyra Credit Ltd ("Klyra", "we", "us").';
const BASES = 'STATUS OF FORCES AGREEMENT\n\nThis Agreement is made between the Republic of Ostmark (the "Host Nation") and the Kingdom of Varde (the "Sending State").';
const WATER = 'TURNOUT AGREEMENT\n\nThis Agreement is made between the Lower Arne Irrigation District (the "District") and Marta Velez (the "Landowner").';
const PORT = 'TERMINAL AGREEMENT\n\nThis Agreement is made between the Harbour Authority of Tessel (the "Authority") and Tessel Bulk Terminals Ltd (the "Operator").';

const party = (list: readonly (readonly [string, { party: string } | null])[]) => list.map(([figure, weight]) => [figure, weight?.party ?? null]);

describe('the price of using a right', () => {
  const right = (year: string, sum: string) => `The Seller may, at any time before the ${year} anniversary of the Closing Date, reduce the Stream Percentage by 50% by paying the Purchaser ${sum}.`;

  it('is paid by the holder of the right, and a later day to use it is the holder\u2019s gain', () => {
    const read = weights(STREAM, right('fifth', 'US$75 million'));
    expect(read.find(([figure]) => figure === 'US$75 million')?.[1]).toEqual({ party: 'Seller', rise: 'burden', added: 'burden' });
    expect(read.find(([figure]) => figure === 'fifth anniversary')?.[1]).toEqual({ party: 'Seller', rise: 'benefit', added: 'burden' });
    expect(changeStance(STREAM, right('fifth', 'US$75 million'), right('third', 'US$95 million'), 'Seller')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a sum a duty, not a right, pays to the other is weighed as that party\u2019s gain', () => {
    expect(weights(STREAM, 'The Seller shall pay the Purchaser US$75 million on the Closing Date.')).toEqual([['US$75 million', { party: 'Purchaser', rise: 'benefit', added: 'benefit' }]]);
  });
});

describe('a deduction off what a party pays', () => {
  it('is the gain of the party the sentence binds to pay, though no role names it the payer', () => {
    const deducted = 'The Mill shall pay the Association for Fresh Fruit Bunches at the Board price, less a deduction of 4 per cent for transport.';
    expect(party(weights(PALM, deducted))).toEqual([['4 per cent', 'Mill']]);
    expect(changeStance(PALM, 'The Mill shall pay the Association for Fresh Fruit Bunches at the Board price.', deducted, 'Association')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a party bound to sell, not to pay, is not the one the deduction spares', () => {
    expect(party(weights(PALM, 'The Association shall sell its Fresh Fruit Bunches to the Mill at the Board price, less a deduction of 4 per cent for transport.'))).not.toEqual([['4 per cent', 'Association']]);
  });
});

describe('a right used with no notice', () => {
  it('"at any time, with immediate effect" in place of a notice is the holder\u2019s gain, and says so', () => {
    const comparison = changeStance(LOAN, "We may end this agreement by giving you at least two months' notice.", 'We may end this agreement at any time, with immediate effect.', 'Klyra');
    expect(comparison).toContainEqual(['notice-shifted', 'favour']);
  });
});

describe('a ban given a say of the other to pass it', () => {
  const ban = 'The Sending State shall not store nuclear weapons in the territory of the Host Nation';

  it('an absolute ban made to give way after consultation reaches less: the banned party\u2019s gain', () => {
    expect(changeStance(BASES, `${ban}.`, `${ban} without prior consultation with the Host Nation.`, 'Sending State')).toEqual([['term-qualified', 'favour']]);
  });

  it('near misses: the say moved from one body to the other party, and the same say in other words, are no ban narrowed', () => {
    const moved = changeStance(BASES, `${ban} without the approval of its Parliament.`, `${ban} without the prior written consent of the Host Nation.`, 'Sending State');
    expect(moved.filter(([rule]) => rule === 'term-qualified')).toEqual([]);
    const reworded = changeStance(BASES, `${ban} without the prior written consent of the Host Nation.`, `${ban} unless the Host Nation has first consented in writing.`, 'Sending State');
    expect(reworded.filter(([rule]) => rule === 'term-qualified')).toEqual([]);
  });
});

describe('those who act for a party', () => {
  it('"The District and its contractors may enter" is the District\u2019s right', () => {
    expect(holders(WATER, "The District and its contractors may enter the Landowner's property to inspect the Turnout.")).toEqual([['District', 'right']]);
  });
});

describe('a remedy for what the other has not done', () => {
  it('a right to end the agreement if a work "has not been completed by the Authority" is no one-sided power', () => {
    const rules = (text: string) => findingsOfVersion(draft(PORT, text), 'single').map((f) => f.rule);
    expect(rules("The Operator may terminate this Agreement by 180 days' notice if the Access Channel Dredging has not been completed by the Authority within twenty-four months after the Scheduled Completion Date.")).not.toContain('one-party-power');
    // (near miss: a right to end at will stays one party's power)
    expect(rules("The Operator may terminate this Agreement by 180 days' notice.")).toContain('one-party-power');
  });
});

describe('a party defined with "a" before its short form', () => {
  const OFFER = 'EXCHANGE OFFER TERMS\n\nThese terms are made between the Republic of Osterlind (the "Republic") and each holder of Eligible Bonds that tenders them (a "Tendering Holder").';

  it('is a party, and what it receives is its gain', () => {
    const share = (percent: number) => `Each Tendering Holder shall receive New Bonds in a principal amount equal to ${percent} per cent of the principal amount of Eligible Bonds tendered.`;
    expect(changeStance(OFFER, share(70), share(55), 'Tendering Holder')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a sum "payable by" a party', () => {
  const LICENCE = 'SPECTRUM LICENCE\n\nThis Licence is granted by the Communications Commission (the "Commission") to Norvel Mobile Ltd (the "Licensee").';

  it('is that party\u2019s duty, so saying it so in place of "shall pay" moves no duty', () => {
    expect(holders(LICENCE, 'The annual Spectrum Fee is payable by the Licensee no later than the first day of April of each year.')).toEqual([['Licensee', 'obligation']]);
    const moved = changeStance(LICENCE, 'The Licensee shall pay the annual Spectrum Fee on or before 1 April in each year.', 'The annual Spectrum Fee is payable by the Licensee no later than the first day of April of each year.', 'Licensee');
    expect(moved.filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });

  it('near miss: a sum a relative clause describes binds no one', () => {
    expect(holders(LICENCE, 'The Commission may deduct any sum which is due and payable by the Licensee.')).toEqual([['Commission', 'right']]);
  });
});

describe('one time said in other units', () => {
  const LEASE = 'AIRCRAFT LEASE\n\nThis Lease is made between Aerlease Ltd (the "Lessor") and Skyhop Airways plc (the "Lessee").';

  it('"sixty (60) months" is "five years", and "thirty days" is "one month": no figure changed', () => {
    const changed = (before: string, after: string) => changeStance(LEASE, before, after, 'Lessee').filter(([rule]) => rule === 'figure-changed');
    expect(changed('The term of this Lease continues for a period of sixty (60) months.', 'The term of this Lease continues for a period of five years.')).toEqual([]);
    expect(changed('The Lessee shall pay each invoice within thirty days.', 'The Lessee shall pay each invoice within one month.')).toEqual([]);
    // (near miss: a year and a half is no year)
    expect(changed('The term of this Lease continues for a period of eighteen months.', 'The term of this Lease continues for a period of one year.')).toHaveLength(1);
  });
});

describe('a sum falling due later', () => {
  const RIGHTS = 'MEDIA RIGHTS AGREEMENT\n\nThis Agreement is made between the Northern Football League Ltd (the "League") and Skyline Television plc (the "Broadcaster").';

  it('is the gain of the party whose role pays it (a broadcaster pays a league)', () => {
    expect(party(weights(RIGHTS, 'The Rights Fee shall be paid in four equal instalments, each falling due thirty (30) days after the end of the relevant Quarter.'))).toEqual([['thirty (30) days', 'Broadcaster']]);
    const due = (days: string) => `The Rights Fee shall be paid in four equal instalments, each falling due ${days} days after the end of the relevant Quarter.`;
    expect(changeStance(RIGHTS, due('ten (10)'), due('thirty (30)'), 'Broadcaster')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('costs split between the parties', () => {
  const LINK = 'INTERGOVERNMENTAL AGREEMENT ON THE SOUTHERN LINK\n\nBetween the Government of the Republic of Orlesia ("Party A") and the Government of the Principality of Brennmark ("Party B").';

  it('a share of a cost borne by a party, its figure said twice ("sixty per cent (60%) by Party A"), costs that party more as it grows', () => {
    const moved = changeStance(LINK, 'The costs of construction of the Link shall be shared equally between the Parties.', 'The costs of construction of the Link shall be borne as to sixty per cent (60%) by Party A and as to forty per cent (40%) by Party B.', 'Party A');
    // (from a split said in words to one in figures: weighed party by party, by cost-share-moved)
    expect(moved).toEqual([['cost-share-moved', 'against']]);
  });

  it('near miss: revenue given "to" the parties on one side and costs borne "by" them on the other are two things, weighed against neither', () => {
    const moved = changeStance(
      LINK,
      'Revenue from the Link shall be shared sixty per cent (60%) to Party A and forty per cent (40%) to Party B, and its costs shall be borne equally.',
      'Revenue from the Link shall be shared equally between the Parties, and its costs shall be borne as to seventy per cent (70%) by Party B and thirty per cent (30%) by Party A.',
      'Party A',
    );
    expect(moved.filter(([rule, stance]) => rule === 'figure-changed' && stance !== 'neutral')).toEqual([]);
  });
});

describe('the most a party must take in', () => {
  const MIGRATION = 'MIGRATION PARTNERSHIP AGREEMENT\n\nThis Agreement is made between the Republic of Ostmark (the "Sending State") and the Kingdom of Varde (the "Receiving State").';

  it('is the size of its duty: more persons to accept costs the Receiving State', () => {
    expect(weights(MIGRATION, 'The Receiving State shall accept up to 1,500 persons in each year.')).toEqual([['1,500 persons', { party: 'Receiving State', rise: 'burden', added: 'burden' }]]);
  });

  it('near miss: the most a party may keep is a limit on it, which a higher figure eases', () => {
    expect(weights(MIGRATION, 'The Receiving State shall keep not more than 3,000 personnel in the Zone.')).toEqual([['3,000 personnel', { party: 'Receiving State', rise: 'benefit', added: 'burden' }]]);
  });
});

describe('control held, and courts any other', () => {
  const BASES = 'DEFENCE COOPERATION AGREEMENT\n\nThis Agreement is made between the Republic of Kavros (the "Host Nation") and the Kingdom of Arde (the "Sending Nation").';
  const LEASE = 'AIRCRAFT LEASE\n\nThis Lease is made between Aerlease Ltd (the "Lessor") and Skyhop Airways plc (the "Lessee").';

  it('"shall have exclusive control of" is what its holder has, a right and no duty', () => {
    expect(holders(BASES, 'The Sending Nation shall have exclusive control of access to the Agreed Facilities.')).toEqual([['Sending Nation', 'right']]);
    // (near miss: custody is no holding)
    expect(holders(BASES, 'The Sending Nation shall have custody of the munitions.')).toEqual([['Sending Nation', 'obligation']]);
  });

  it('"nothing shall prevent the Lessor from taking proceedings in any other court" is one party\u2019s power', () => {
    const rules = (text: string) => findingsOfVersion(draft(LEASE, text), 'single').filter((f) => f.category === 'one-sided').map((f) => [f.rule, f.affects]);
    expect(rules('The courts of Valdoria shall have exclusive jurisdiction, and nothing shall prevent the Lessor from taking proceedings in any other court.')).toEqual([['unilateral-power', 'Lessee']]);
    expect(rules('The courts of Valdoria shall have exclusive jurisdiction.')).toEqual([]);
  });
});

describe('the reader named bare beside a party', () => {
  it('"between Vitalis Health Clubs plc ("Vitalis") and you" makes "you" the other party', () => {
    const v = draft('HEALTH CLUB TERMS\n\nThese terms are between Vitalis Health Clubs plc ("Vitalis") and you.', 'We may increase your monthly fee.');
    expect(partiesOf(v)).toEqual(['Vitalis', 'you']);
    expect(resolveParty(v, 'we')).toBe('Vitalis');
  });

  it('near miss: a reader already named by the opening\u2019s brackets is not added twice', () => {
    const v = draft('AIRTIME TERMS\n\nThese terms form the agreement between you and Tidewave Communications Ltd ("Tidewave", "we", "us").', 'We may increase your monthly fee.');
    expect(partiesOf(v)).toHaveLength(2);
  });
});

describe('a term and the right to extend it', () => {
  const PORT = 'CONCESSION AGREEMENT\n\nThis Agreement is made between Dunmarrow Harbour Corporation (the "Grantor") and Saltire Gate Terminals Ltd (the "Concessionaire").';
  const term = (years: string) => `The Concession Period shall be ${years} years from the Commencement Date and may be extended by the Concessionaire for a further ten (10) years by notice given not later than 24 months before expiry.`;

  it('the term named before the right is the grantee\u2019s, the extension its gain, and a notice counted back from expiry makes it act sooner', () => {
    expect(weights(PORT, term('thirty-five (35)'))).toEqual([
      ['thirty-five (35) years', { party: 'Concessionaire', rise: 'benefit', added: 'benefit' }],
      ['ten (10) years', { party: 'Concessionaire', rise: 'benefit', added: 'benefit' }],
      ['24 months', { party: 'Concessionaire', rise: 'burden', added: 'burden' }],
    ]);
  });

  it('near miss: a figure in the condition a right waits on stays the right\u2019s ("If the delay exceeds 180 days, the Buyer may rescind")', () => {
    const SHIP = 'SHIPBUILDING CONTRACT\n\nThis Contract is made between Kessler Yard Co. (the "Builder") and Eastwind Shipping Ltd (the "Buyer").';
    expect(party(weights(SHIP, 'If the delay in Delivery exceeds one hundred and eighty (180) days, the Buyer may rescind this Contract.'))).toEqual([['one hundred and eighty (180) days', 'Buyer']]);
  });
});

describe('more things a party has or is paid', () => {
  const FILM = 'CO-PRODUCTION AGREEMENT\n\nThis Agreement is made between Sternwald Film GmbH (the "Majority Co-Producer") and Kinora Studio Sp. z o.o. (the "Minority Co-Producer").';
  const WIND = 'SUPPLY CONTRACT\n\nThis Contract is made between Corrie Moss Renewables Ltd (the "Employer") and Baltwind Systems SE (the "Supplier").';
  const FILMS = 'AGREEMENT ON FILM CO-PRODUCTION\n\nThe Government of the Republic of Auberon and the Government of the Kingdom of Selmere (the "Contracting Parties") have agreed as follows:';

  it('"shall have final cut of the Film" is a holding', () => {
    expect(holders(FILM, 'The Majority Co-Producer shall have final cut of the Film.')).toEqual([['Majority Co-Producer', 'right']]);
  });

  it('a party "entitled to payment" of a share is the one paid, though the sentence names the other first', () => {
    expect(party(weights(WIND, "Upon termination for the Employer's convenience, the Supplier shall be entitled to payment for Work executed and ten per cent (10%) of the value of the unexecuted Work."))).toEqual([
      ['ten per cent', 'Supplier'],
      ['10%', 'Supplier'],
    ]);
  });

  it('a share of the work to take place in a party\u2019s territory is that party\u2019s gain', () => {
    expect(party(weights(FILMS, 'Not less than 60 per cent of the principal photography of each co-production shall take place in the territory of the Republic of Auberon.'))).toEqual([['60 per cent', 'Republic of Auberon']]);
    // (near miss: work that takes place in no party's territory goes to neither)
    expect(party(weights(FILMS, 'Not less than 60 per cent of the principal photography shall take place in Europe.'))).not.toContainEqual(['60 per cent', 'Republic of Auberon']);
  });
});

describe('what a party is given, and what it may levy', () => {
  const MINE = 'MINING CONVENTION\n\nThis Convention is made between the Government of the Republic of Ombara (the "Government") and Tessellate Lithium Plc (the "Sponsor").';
  const STABLE = 'MINERAL DEVELOPMENT AGREEMENT\n\nThis Agreement is made between the Government of the United Provinces of Daveru (the "Government") and Sandgrove Nickel Corporation (the "Investor").';
  const AGENT = 'LETTER OF AGREEMENT\n\nDear Dara, this letter sets out the terms on which Marigold Finch Literary Associates (the "Agency") will represent you, Dara Okonkwo-Reyes (the "Author").';
  const TAX = 'CONVENTION FOR THE AVOIDANCE OF DOUBLE TAXATION\n\nThe Republic of Kessaly and the Grand Duchy of Verenholt have agreed as follows:';

  it('a share a party "shall be allotted" is its gain', () => {
    expect(party(weights(MINE, 'The Government shall be allotted, free of charge, a carried interest of fifteen per cent (15%) in the share capital of the Project Company.'))).toEqual([
      ['fifteen per cent', 'Government'],
      ['15%', 'Government'],
    ]);
  });

  it('terms that "remain applicable to the Investor for a period of" years shield the Investor longer as they grow', () => {
    expect(weights(STABLE, 'The fiscal terms set out in Schedule 4 shall remain applicable to the Investor for a period of ten (10) years.')).toEqual([['ten (10) years', { party: 'Investor', rise: 'benefit', added: 'benefit' }]]);
  });

  it('"Our commission will be 15%" in a letter setting out "the terms on which" an agency acts is the agency\u2019s', () => {
    expect(partiesOf(draft(AGENT, 'We will represent you.'))).toEqual(['Agency', 'Author']);
    expect(party(weights(AGENT, 'Our commission will be 15% of all income from UK sales.'))).toEqual([['15%', 'Agency']]);
  });

  it('a cap on the tax a state may levy ("may be taxed in Kessaly, but the tax so charged shall not exceed") is that state\u2019s revenue', () => {
    const article = (percent: number) => `Royalties arising in Kessaly may be taxed in Kessaly, but the tax so charged shall not exceed ${percent} per cent of the gross amount of the royalties.`;
    expect(changeStance(TAX, article(10), article(5), 'Republic of Kessaly')).toEqual([['figure-changed', 'against']]);
    // (near miss: a cap with no state taxing before it is weighed no such way)
    expect(party(weights(TAX, 'The fee shall not exceed 5 per cent of the gross amount.'))).not.toContainEqual(['5 per cent', 'Republic of Kessaly']);
  });
});

describe('charges a smelter takes, a rate the speaker charges, a period a right gives, a cap on a right', () => {
  const CONCENTRATE = 'CONCENTRATE SALES CONTRACT\n\nThis Contract is made between Cerro Azul Mining S.A. (the "Seller") and Nordhavn Smelting AB (the "Buyer").';
  const CLEANING = 'HOME CLEANING TERMS\n\nThese terms are between Sunnyside Cleaning Ltd ("Sunnyside", "we") and you.';
  const SHOP = 'LEASE OF A SHOP\n\nThis Lease is made between Harbour Estates Ltd (the "Landlord") and Quayside Books Ltd (the "Tenant").';
  const AIR = 'AIR SERVICES AGREEMENT\n\nbetween the Republic of Miraval ("Miraval") and the Sultanate of Qerash ("Qerash").';

  it('a treatment charge the buyer takes off the price is the buyer\u2019s gain', () => {
    expect(changeStance(CONCENTRATE, 'Treatment charge: US$80.00 per Dry Metric Tonne.', 'Treatment charge: US$92.50 per Dry Metric Tonne.', 'Buyer')).toEqual([['figure-changed', 'favour']]);
  });

  it('"Our rate is £18.50 per hour" is the rate of the party that speaks', () => {
    expect(party(weights(CLEANING, 'Our rate is £18.50 per hour.'))).toEqual([['£18.50', 'Sunnyside']]);
  });

  it('a rent-free period a party is entitled to is its gain, as it grows', () => {
    expect(weights(SHOP, 'The Tenant shall be entitled to a rent-free period of six (6) months from the Term Commencement Date.')).toEqual([['six (6) months', { party: 'Tenant', rise: 'benefit', added: 'benefit' }]]);
  });

  it('a cap on what a right lets its holder do: a cap taken off frees the holder, a cap gone with its right does not', () => {
    const capped = 'The designated airline of Qerash may remit its surplus revenues earned in Miraval, up to USD 5 million per quarter.';
    expect(changeStance(AIR, capped, 'The designated airline of Qerash may remit its surplus revenues earned in Miraval freely and without limit.', 'Qerash')).toContainEqual(['figure-changed', 'favour']);
    const gone = changeStance(AIR, 'Qerash may enrich uranium up to 5% U-235, and shall notify Miraval of each campaign.', 'Qerash shall not enrich any material without the prior written consent of Miraval.', 'Qerash');
    expect(gone).not.toContainEqual(['figure-changed', 'favour']);
  });
});
