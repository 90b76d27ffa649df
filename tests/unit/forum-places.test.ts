import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { companyHome, forumsIn, homesOf, placeKey, sameLawOnly, stateInName, stateOfBody } from '../../src/concerns/forum.js';
import { partyNamesOf } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';

/** The places a forum clause names, whose home each is, and when two laws are one. Clauses written here. */

const places = (text: string) => forumsIn(text).map((f) => [f.kind, f.place]);

describe('the places a text names as forums', () => {
  it('a place ends where the sentence goes on to say how disputes are decided there', () => {
    expect(places('Disputes shall be settled by arbitration seated in Stockholm and decided in accordance with the laws of Sweden.')).toEqual([
      ['seat', 'Stockholm'],
      ['law', 'the laws of Sweden'],
    ]);
  });

  it('a place ends before ", as if" ("the laws of the State of California, as if performed wholly within the state")', () => {
    expect(places('This Agreement is governed by the laws of the State of California, as if performed wholly within the state.')).toEqual([['law', 'the laws of the State of California']]);
  });

  it('a place ends before ", whose" ("the Supreme Court of Torvik, whose decision shall be final")', () => {
    expect(places('Any dispute shall be submitted to the Supreme Court of Torvik, whose decision shall be final and binding.')).toEqual([['courts', 'Torvik']]);
  });

  it('a law’s place ends before "and the courts of", and a court’s before "have exclusive jurisdiction"', () => {
    expect(places('This Contract is governed by the law of England and Wales and the courts of England and Wales have exclusive jurisdiction.')).toEqual([
      ['law', 'the law of England and Wales'],
      ['courts', 'England and Wales'],
    ]);
  });

  it('a party is at home in the place the opening says it is "of" ("Ilse Brandt, of Harjula")', () => {
    const head = 'TRANSLATION CONTRACT\n\nThis Contract is between Tomas Reed, of Bristol (the "Translator"), and Kirjamaja Sola Oy, of Harjula (the "Publisher").';
    const v = parseVersion(`${head}\n\n1. The Translator shall deliver the text.`);
    expect(homesOf('Harjula', v)).toEqual(['Publisher']);
    expect(homesOf('Bristol', v)).toEqual(['Translator']);
    // near miss: a place the opening does not tie to either party
    expect(homesOf('Geneva', v)).toEqual([]);
  });

  it('a seat’s place ends before "in accordance with" ("in Oslo in accordance with the Norwegian Arbitration Act")', () => {
    expect(places('Disputes shall be settled by arbitration in Oslo in accordance with the Norwegian Arbitration Act.')).toEqual([['seat', 'Oslo']]);
  });

  it('a company whose form is bracketed in its name ("Highveld Manganese (Pty) Ltd") keeps its whole name and is at home in South Africa', () => {
    const head = 'ORE PURCHASE AGREEMENT\n\nThis Agreement is made between Kalkveld Manganese (Pty) Ltd (the "Producer") and Arcadia Steel Holdings Limited (the "Offtaker").';
    const v = parseVersion(`${head}\n\n1. The Producer shall deliver the ore.`);
    expect([...partyNamesOf(v).aliases].filter(([, party]) => party === 'Producer').map(([name]) => name)).toEqual(['producer', 'kalkveld manganese (pty) ltd']);
    expect(homesOf('the courts of Johannesburg', v)).toEqual(['Producer']);
    // near miss: "Pty Ltd" bare is Australian, not South African
    expect(companyHome('Wattle Ridge Mining Pty Ltd')).toBe('Australia');
  });

  it('a description after the short form places its party ("(the "Licensor"), a Delacourt corporation", "("MSM"), a company incorporated in the Republic of Zantoria")', () => {
    const licence = parseVersion('LICENCE\n\nThis Licence is made between Puddle Media Inc. (the "Licensor"), a Delacourt corporation, and Breeze Stationery Ltd (the "Licensee").\n\n1. The Licensee shall pay royalties.');
    expect(homesOf('the law of the State of Delacourt', licence)).toEqual(['Licensor']);
    const venture = parseVersion('JOINT VENTURE AGREEMENT\n\nThis Agreement is made between Mbeza Minerals Limited ("MSM"), a company incorporated in the Republic of Zantoria, and Corwen Holdings B.V. ("Corwen").\n\n1. MSM shall contribute the licence.');
    expect(homesOf('the High Court of Zantoria', venture)).toEqual(['MSM']);
    // near miss: the other party, described nowhere, is at home in neither place
    expect(homesOf('the High Court of Zantoria', venture)).not.toContain('Corwen');
  });

  it('a place ends before the stop or semicolon after it, without the space before them', () => {
    expect(places('Any dispute shall be settled by arbitration seated in Stockholm ; costs follow the award.')).toEqual([['seat', 'Stockholm']]);
  });

  it('are listed in the order the text names them, whatever kind each is', () => {
    expect(places('This Agreement shall be governed by the laws of England; disputes shall be settled by arbitration seated in London.')).toEqual([
      ['law', 'the laws of England'],
      ['seat', 'London'],
    ]);
  });

  it('near miss: a single letter is no place', () => {
    expect(places('Disputes go to the courts of A. Costs follow.')).toEqual([]);
  });

  it('at most fifty of a kind are read from a crafted text naming more', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Claims of kind ${i} go to the courts of Place${String.fromCharCode(65 + (i % 26))}${i}.`).join(' ');
    expect(forumsIn(many)).toHaveLength(50);
  });
});

describe('whose home a place is', () => {
  const sale = parseVersion('AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").');
  const treaty = parseVersion('TREATY\n\nbetween the Government of the Republic of Varenia and the Government of Ukraine.');

  it('a party is at home where any of its names appears, or the last word of one', () => {
    expect(homesOf('the place where Birch Ltd has its seat', sale)).toEqual(['Buyer']);
    expect(homesOf('the courts of the Seller', sale)).toEqual(['Seller']);
    expect(homesOf('the courts of Varenia', treaty)).toEqual(['Republic of Varenia']);
    expect(homesOf('Kyiv', treaty)).toEqual(['Ukraine']);
    // a state's capital or chief seat of law, by the short name its style gives it
    const chile = parseVersion('AGREEMENT\n\nbetween the Government of the Republic of Chile and the Government of Japan.');
    expect(homesOf('Santiago', chile)).toEqual(['Republic of Chile']);
    expect(homesOf('Tokyo', chile)).toEqual(['Japan']);
    // a body named after its city, no state, is at home there by the last word of its name
    const works = parseVersion('CONTRACT\n\nThis Contract is made between Harbour Authority of Kessin (the "Employer") and Quay Builders SA (the "Contractor").');
    expect(homesOf('the courts of Kessin', works)).toEqual(['Employer']);
  });

  it('a place said as where a party lives is that party\'s home: "where you live", "where the Buyer is habitually resident", "where he or she is habitually resident"', () => {
    const terms = parseVersion('MEMBERSHIP CONDITIONS\n\nThese Conditions apply between Ohmway Charging B.V. (the "Company") and each registered member (the "Member").\n\n1. The Member shall pay.');
    expect(homesOf('the place where he or she is habitually resident', terms)).toEqual(['Member']);
    expect(homesOf('the place where the Buyer is habitually resident', sale)).toEqual(['Buyer']);
    const shop = parseVersion('SHOP TERMS\n\nThese terms are between Pellow Books Ltd ("we", "us") and you, the customer ("you").\n\n1. You must pay.');
    expect(homesOf('the part of the United Kingdom where you live', shop)).toEqual(['You']);
    const moved = withFindings(
      compareVersions(
        parseVersion('MEMBERSHIP CONDITIONS\n\nThese Conditions apply between Ohmway Charging B.V. (the "Company") and each registered member (the "Member").\n\n1. A Member may bring proceedings in the courts of the place where he or she is habitually resident.'),
        parseVersion('MEMBERSHIP CONDITIONS\n\nThese Conditions apply between Ohmway Charging B.V. (the "Company") and each registered member (the "Member").\n\n1. All disputes shall be submitted exclusively to the competent court in Amsterdam.'),
      ),
      { we: 'Member' },
    ).findings.filter((f) => f.rule === 'forum-moved');
    expect(moved.map((f) => f.stance)).toEqual(['against']);
  });

  it('a place or organ by the adjective of a party\'s name ("Calvian law", "the Drovnian National Assembly") is that party\'s home', () => {
    const states = parseVersion('TREATY\n\nThe Republic of Calvia and the Kingdom of Drovnia (the "Parties") have agreed as follows:\n\n1. The Parties shall consult.');
    expect(homesOf('Calvian law', states)).toEqual(['Republic of Calvia']);
    expect(homesOf('the Drovnian National Assembly', states)).toEqual(['Kingdom of Drovnia']);
    // near miss: an adjective of no party's name
    expect(homesOf('Danish law', states)).toEqual([]);
  });

  it('near miss: "he or she" where neither party is the only one without a company\'s or a state\'s name is no one\'s home', () => {
    expect(homesOf('the place where he or she is habitually resident', sale)).toEqual([]);
  });

  it('near misses: a place that names no party, and the words "of", "the" and "Ltd" alone', () => {
    expect(homesOf('Stockholm', sale)).toEqual([]);
    // a capital of a state that is no party, and a city's name inside another word
    expect(homesOf('Stockholm', treaty)).toEqual([]);
    expect(homesOf('the Santiagoan Institute', parseVersion('AGREEMENT\n\nbetween the Government of the Republic of Chile and the Government of Japan.'))).toEqual([]);
    expect(homesOf('the Republic of Sarnia', treaty)).toEqual([]);
    expect(homesOf('the Ltd of the place', sale)).toEqual([]);
  });
});

describe('a company at home where its legal form belongs', () => {
  const licence = parseVersion('LICENCE\n\nThis Licence is made between Borealis Copper AB (the "Licensor") and Quay Builders SA (the "Licensee").');
  const supply = parseVersion('SUPPLY AGREEMENT\n\nThis Agreement is made between Lumenis Semiconductor Inc. (the "Supplier") and Helmand Capital Partners LLP (the "Buyer").');

  it('a Swedish AB in Stockholm or under Swedish law; an American Inc. in Delaware; an English LLP under the laws of England and Wales', () => {
    expect(companyHome('Borealis Copper AB')).toBe('Sweden');
    expect(homesOf('Stockholm', licence)).toEqual(['Licensor']);
    expect(homesOf('Swedish law', licence)).toEqual(['Licensor']);
    expect(homesOf('the laws of the State of Delaware', supply)).toEqual(['Supplier']);
    expect(homesOf('the laws of England and Wales', supply)).toEqual(['Buyer']);
  });

  it('near misses: a form several countries use (SA, Ltd, LLC) is at home nowhere, and a form is read only at the end of a name', () => {
    expect(homesOf('Geneva', licence)).toEqual([]);
    expect(homesOf('Paris', licence)).toEqual([]);
    expect(companyHome('Alder Holdings Ltd')).toBeNull();
    expect(companyHome('Cedar Partners LLC')).toBeNull();
    expect(companyHome('AB Ventures Limited')).toBeNull();
  });

  it('a forum moved from a neutral seat to a company’s home is that company’s gain', () => {
    const HEAD = 'LICENCE\n\nThis Licence is made between Borealis Copper AB (the "Licensor") and Quay Builders SA (the "Licensee").';
    const comparison = withFindings(
      compareVersions(
        parseVersion(`${HEAD}\n\n1. Any dispute shall be finally settled by arbitration seated in Geneva.`),
        parseVersion(`${HEAD}\n\n1. Any dispute shall be finally settled by arbitration seated in Stockholm.`),
      ),
      { we: 'Licensee' },
    );
    expect(comparison.findings.filter((f) => f.rule === 'forum-moved').map((f) => [f.affects, f.effect, f.stance])).toEqual([['Licensor', 'benefit', 'against']]);
  });
});

describe('a public body at home in the state it is of', () => {
  const supply = parseVersion('SUPPLY CONTRACT\n\nThis Contract is made between the Ministry of Health of Ukraine (the "Ministry") and Helvetia Pharma AG (the "Supplier").');

  it('"the Ministry of Health of Ukraine" is at home in Kyiv and under Ukrainian law', () => {
    expect(stateOfBody('Ministry of Health of Ukraine')).toBe('Ukraine');
    expect(homesOf('the Commercial Court of the City of Kyiv', supply)).toEqual(['Ministry']);
    expect(homesOf('Ukrainian law', supply)).toEqual(['Ministry']);
  });

  it('near misses: a body of a place whose home is not known, and a neutral seat', () => {
    expect(stateOfBody('Harbour Authority of Kessin')).toBeNull();
    expect(homesOf('Geneva', supply)).toEqual([]);
  });
});

describe('a body or company named by a city of a state, at home in that state', () => {
  const council = parseVersion('HOUSING PPP AGREEMENT\n\nThis Agreement is made between the Odesa City Council (the "Council") and Chornomorsk Housing Development LLC (the "Developer").');

  it('"the Odesa City Council" is at home in the courts of Odesa Region and under the laws of Ukraine', () => {
    expect(stateInName('the Odesa City Council')).toBe('Ukraine');
    expect(stateInName('the Kyiv City State Administration')).toBe('Ukraine');
    expect(homesOf('the Commercial Court of Odesa Region', council)).toEqual(['Council']);
    expect(homesOf('the laws of Ukraine', council)).toEqual(['Council']);
  });

  it('near misses: a name holding no known place, or places of two states, and a neutral seat', () => {
    expect(stateInName('Chornomorsk Housing Development LLC')).toBeNull();
    expect(stateInName('Kyiv Warsaw Logistics Ltd')).toBeNull();
    expect(homesOf('Vienna', council)).toEqual([]);
  });

  it('disputes taken from a neutral arbitration to the Council\u2019s courts: its gain', () => {
    const head = 'HOUSING PPP AGREEMENT\n\nThis Agreement is made between the Odesa City Council (the "Council") and Chornomorsk Housing Development LLC (the "Developer").';
    const comparison = withFindings(
      compareVersions(
        parseVersion(`${head}\n\n1. Any dispute shall be finally settled by arbitration under the ICC Rules seated in Vienna.`),
        parseVersion(`${head}\n\n1. Any dispute shall be settled by the Commercial Court of Odesa Region.`),
      ),
      { we: 'Council' },
    );
    expect(comparison.findings.filter((f) => f.rule === 'forum-moved').map((f) => [f.affects, f.stance])).toEqual([['Council', 'favour']]);
  });
});

describe('one law however worded', () => {
  it('a place’s key drops articles, "law", "court", "city" and "state", and reads a law’s adjective as its country', () => {
    expect(placeKey('the Court of London')).toBe('london');
    expect(placeKey('the Courts of the City of London')).toBe('london');
    // (England and Wales share one law: what "English law" names)
    expect(placeKey('the laws of England and Wales')).toBe('england');
    expect(placeKey('the laws of England and Wales')).toBe(placeKey('English law'));
    expect(placeKey('the laws of Scotland')).not.toBe(placeKey('English law'));
    expect(placeKey('Dutch law')).toBe('netherlands');
    expect(placeKey('the laws of the State of New York')).toBe(placeKey('New York law'));
    // what the choice leaves out is no part of the place
    expect(placeKey('the laws of the State of New York, excluding its conflict-of-laws rules')).toBe(placeKey('New York law'));
    expect(placeKey('English law, without regard to its conflict rules')).toBe('england');
  });

  it('two texts choosing the same law and no seat or courts choose one law; with a seat, not only a law', () => {
    expect(sameLawOnly('This Agreement shall be governed by Dutch law.', 'This Agreement shall be governed by the laws of the Netherlands.')).toBe(true);
    expect(sameLawOnly('This Agreement shall be governed by the laws of England; disputes shall be settled by arbitration seated in London.', 'This Agreement shall be governed by English law; disputes shall be settled by arbitration seated in London.')).toBe(false);
    expect(sameLawOnly('This Agreement shall be governed by Dutch law.', 'This Agreement shall be governed by Swiss law.')).toBe(false);
  });
});

describe('forum-moved', () => {
  const HEAD = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
  const moved = (before: string, after: string) =>
    withFindings(compareVersions(parseVersion(`${HEAD}\n\n1. ${before}`), parseVersion(`${HEAD}\n\n1. ${after}`)), { we: 'Ukraine' })
      .findings.filter((f) => f.rule === 'forum-moved')
      .map((f) => [f.explanation, f.affects, f.effect ?? null]);

  it('disputes taken from one party’s courts to a neutral arbitration: that party’s loss', () => {
    expect(moved('Any dispute shall be submitted to the courts of Kyiv.', 'Any dispute shall be settled by arbitration seated in Stockholm.')).toEqual([
      ['Disputes move from the courts of Kyiv to arbitration in Stockholm.', 'Ukraine', 'burden'],
    ]);
  });

  it('disputes taken from an institution named whole to one party\u2019s courts: that party\u2019s gain', () => {
    expect(moved('Any dispute shall be submitted to the International Centre for Settlement of Investment Disputes for settlement by arbitration.', 'Any dispute shall be subject to the exclusive jurisdiction of the courts of Kyiv.').map(([, affects, effect]) => [affects, effect])).toEqual([['Ukraine', 'benefit']]);
  });

  it('disputes taken from one party’s courts to an arbitral tribunal that names no place: that party’s loss', () => {
    expect(moved('Any dispute shall be submitted to the courts of Kyiv.', 'Any dispute shall be submitted to an arbitral tribunal of three members, the presiding arbitrator a national of a third State.')).toEqual([
      ['Disputes move from the courts of Kyiv to an arbitration: Ukraine loses a forum at home.', 'Ukraine', 'burden'],
    ]);
  });

  it('near miss: an arbitrator the other side picks is no neutral forum, and no move is read', () => {
    expect(moved('Any dispute shall be submitted to the courts of Kyiv.', 'Any dispute shall be referred to a sole arbitrator nominated by the United States.')).toEqual([]);
  });

  it('an arbitration that "shall take place" in a party’s home names its seat', () => {
    expect(places('Any arbitration under this Agreement shall take place in Lviv, where the Seller has its office.')).toEqual([['seat', 'Lviv, where the Seller has its office']]);
  });

  it('an arbitration added beside the courts kept is no move of either', () => {
    expect(moved('Any dispute shall be submitted to the courts of Kyiv.', 'Any dispute shall be settled by arbitration seated in Stockholm, and the courts of Kyiv may grant interim relief.')).toEqual([]);
  });

  it('a governing law added beside a seat kept is no move of the seat; nor a seat beside courts kept', () => {
    expect(moved('Any dispute shall be settled by arbitration seated in Stockholm.', 'Any dispute shall be settled by arbitration seated in Stockholm. This Agreement is governed by the laws of England.')).toEqual([]);
  });

  it('courts switched to a seat, or back, with a governing law named beside: the law is no forum that moved', () => {
    expect(moved('Any dispute shall be submitted to the courts of Kyiv.', 'Any dispute shall be settled by arbitration seated in Stockholm, and this Agreement is governed by the laws of England.')).toEqual([
      ['Disputes move from the courts of Kyiv to arbitration in Stockholm.', 'Ukraine', 'burden'],
    ]);
    expect(moved('Any dispute shall be settled by arbitration seated in Stockholm.', 'Any dispute shall be submitted to the courts of Kyiv, and this Agreement is governed by the laws of England.')).toEqual([
      ['Disputes move from arbitration in Stockholm to the courts of Kyiv.', 'Ukraine', 'benefit'],
    ]);
  });

  it('an arbitration named by rules whose name ends in initials is said under those rules', () => {
    expect(moved('Any dispute shall be submitted to arbitration under the Rules of the ICC.', 'Any dispute shall be submitted to the courts of Kyiv.')).toEqual([
      ['Disputes move from arbitration under the Rules of the ICC to the courts of Kyiv.', 'Ukraine', 'benefit'],
    ]);
  });

  it('from one party’s home to the other’s: the new home’s gain', () => {
    expect(moved('The courts of Kyiv shall have jurisdiction.', 'The courts of New York shall have jurisdiction.')).toEqual([['The choice of courts moves from Kyiv to New York.', 'United States', 'benefit']]);
  });

  it('a place ends where a clause about who submits to it begins, and a state is at home by any name its draft gives it', () => {
    const SIDES = 'AGREEMENT\n\nbetween the Government of Ukraine (the "Ukrainian Side") and the Government of the United States of America (the "U.S. Side").';
    const comparison = withFindings(
      compareVersions(
        parseVersion(`${SIDES}\n\n1. Disputes shall be settled by arbitration under the SCC Rules seated in Stockholm.`),
        parseVersion(`${SIDES}\n\n1. Disputes shall be settled by the courts of the State of New York, to whose jurisdiction the Ukrainian Side irrevocably submits.`),
      ),
    );
    expect(comparison.findings.filter((f) => f.rule === 'forum-moved').map((f) => [f.evidence?.quote, f.affects, f.effect])).toEqual([['the State of New York', 'U.S. Side', 'benefit']]);
  });

  it('a governing law chosen beside a forum kept, where none was chosen, at one party’s home: that party’s gain', () => {
    expect(moved('Any dispute shall be settled by arbitration seated in Stockholm.', 'Any dispute shall be settled by arbitration seated in Stockholm and decided in accordance with the laws of Ukraine.')).toEqual([
      ['The governing law is now chosen: the laws of Ukraine, the home of Ukraine.', 'Ukraine', 'benefit'],
    ]);
    // said of the new text, on the words of the law chosen
    const chosen = withFindings(
      compareVersions(
        parseVersion(`${HEAD}\n\n1. Any dispute shall be settled by arbitration seated in Stockholm.`),
        parseVersion(`${HEAD}\n\n1. Any dispute shall be settled by arbitration seated in Stockholm and decided in accordance with the laws of Ukraine.`),
      ),
    ).findings.filter((f) => f.rule === 'forum-moved');
    expect(chosen.map((f) => [f.version, f.evidence?.quote])).toEqual([['new', 'the laws of Ukraine']]);
    // near misses: a law chosen in a clause that named no forum before (no move, a clause rewritten);
    // a law at no party's home; and courts added at a party's home beside the seat kept
    expect(moved('Any dispute shall be settled by negotiation between the Parties.', 'Any dispute shall be settled by negotiation between the Parties in accordance with the laws of Ukraine.')).toEqual([]);
    expect(moved('Any dispute shall be settled by arbitration seated in Stockholm.', 'Any dispute shall be settled by arbitration seated in Stockholm and decided in accordance with the laws of Sweden.')).toEqual([]);
    expect(moved('Any dispute shall be settled by arbitration seated in Stockholm.', 'Any dispute shall be settled by arbitration seated in Stockholm, and the courts of Kyiv may grant interim relief.')).toEqual([]);
  });
});

describe('a law or forum clause weighs on the party that must plead away from home', () => {
  const STATES = 'AGREEMENT\n\nbetween the Government of the Republic of Marenka and the Government of the Republic of Voldan.';
  const weighsOn = (head: string, text: string) =>
    withFindings(compareVersions(parseVersion(`${head}\n\n1. Text.`), parseVersion(`${head}\n\n1. ${text}`))).findings.filter((f) => f.rule === 'law-and-forum' && f.version === 'new').map((f) => f.affects);

  it('a law or courts at one party’s home weigh on the other', () => {
    expect(weighsOn(STATES, 'Disputes shall be decided in accordance with the laws of Voldan.')).toEqual(['Republic of Marenka']);
    expect(weighsOn(STATES, 'Disputes shall be submitted to the courts of Marenka.')).toEqual(['Republic of Voldan']);
  });

  it('near miss: a law at no party’s home weighs on whom the sentence binds', () => {
    expect(weighsOn(STATES, 'The Republic of Voldan shall submit any dispute to arbitration in accordance with the laws of Sweden.')).toEqual(['Republic of Voldan']);
  });
});

describe('forum mentions to their exact words, nested names and laws in any order', () => {
  /** Each mention with the words its offsets cover. */
  const spans = (text: string) => forumsIn(text).map((f) => [f.kind, f.place, text.slice(f.start, f.end)]);

  it('a court named whole is one mention, not also the place inside it', () => {
    expect(spans('The Commercial Court of Kyiv shall have exclusive jurisdiction over any dispute.')).toEqual([['courts', 'Commercial Court of Kyiv', 'Commercial Court of Kyiv']]);
  });

  it('an arbitration named by its rules or by its initials covers those words', () => {
    expect(spans('Any dispute shall be submitted to arbitration under the ICSID Convention.')).toEqual([['seat', 'ICSID Convention', 'ICSID Convention']]);
    expect(spans('Disputes shall be settled by ICSID arbitration.')).toEqual([['seat', 'ICSID', 'ICSID']]);
  });

  it('an institution disputes are submitted to by its name, for arbitration, is where they go', () => {
    const text = 'Any dispute shall be submitted to the International Centre for Settlement of Investment Disputes for settlement by arbitration.';
    expect(spans(text)).toEqual([['seat', 'International Centre for Settlement of Investment Disputes', 'International Centre for Settlement of Investment Disputes']]);
    // near misses: a dispute referred to an engineer or an expert first, and a submission with no arbitration
    expect(spans('Any dispute shall first be referred to the Engineer, and then to arbitration.')).toEqual([]);
    expect(spans('Any report shall be submitted to the Joint Commission for its approval.')).toEqual([]);
  });

  it('two laws named in either order are the same laws; one of them alone is not', () => {
    const both = 'This Agreement is governed by the laws of England; the Annex is governed by the laws of France.';
    expect(sameLawOnly(both, 'The Annex is governed by the laws of France; this Agreement is governed by the laws of England.')).toBe(true);
    expect(sameLawOnly(both, 'This Agreement is governed by the laws of England.')).toBe(false);
  });

  it('a home named by the last word of a state\'s name, in any case, though the word begins as "the" does', () => {
    const version = parseVersion('AGREEMENT\n\nbetween the Government of the Commonwealth of Thessaly and the Government of the Kingdom of Ardenne.\n\n1. Text.');
    expect(homesOf('the courts of THESSALY', version)).toEqual(['Commonwealth of Thessaly']);
    expect(homesOf('the courts of Ardenne', version)).toEqual(['Kingdom of Ardenne']);
  });
});

describe('survivors of a mutation run of forum.ts, each pinned by an input that tells it apart', () => {
  it('a place of two letters is a place; one of a single letter is not, also after "arbitration under"', () => {
    expect(places('Disputes go to the courts of NY. Costs follow.')).toEqual([['courts', 'NY']]);
    expect(places('Disputes shall be settled by arbitration under the UN. Costs follow.')).toEqual([['seat', 'UN']]);
    expect(places('Disputes shall be settled by arbitration under the A. Costs follow.')).toEqual([]);
  });

  it('an arbitration named by its rules is read beside a governing law, when no seat is named', () => {
    expect(places('This Agreement is governed by the laws of England, and disputes shall be settled by arbitration under the ICC Rules.')).toEqual([
      ['law', 'the laws of England'],
      ['seat', 'ICC Rules'],
    ]);
  });

  it('courts named inside the words read as a governing law are still courts (only a mention of the same kind is folded in)', () => {
    const kinds = forumsIn('This Agreement is governed by the laws of England and the courts of England have jurisdiction.').map((f) => f.kind);
    expect(kinds).toEqual(['law', 'courts']);
  });

  it('a name’s last word of two letters ("SA") makes no place a party’s home', () => {
    const works = parseVersion('AGREEMENT\n\nThis Agreement is made between Quay Builders SA (the "Contractor") and Birch Ltd (the "Employer").');
    expect(homesOf('the courts of SA', works)).toEqual([]);
  });

  it('a name holding full stops is read as written, not as a pattern', () => {
    const sale = parseVersion('AGREEMENT\n\nThis Agreement is made between A.B. Mining Ltd (the "Seller") and Birch Ltd (the "Buyer").');
    expect(homesOf('the registered office of A.B. Mining Ltd', sale)).toEqual(['Seller']);
  });

  it('a place’s key reads any run of signs between words as one space', () => {
    expect(placeKey('the laws of England & Wales')).toBe('england wales');
    expect(sameLawOnly('This Agreement is governed by the laws of England and of Wales.', 'This Agreement is governed by the laws of England and Wales.')).toBe(true);
  });
});

describe('a party at home in the place its name holds', () => {
  const SALE = 'FOB SALE CONTRACT\n\nThis Contract is made between Qasrin National Oil Marketing Company (the "Seller") and Dunmore Refining Ltd (the "Buyer").\n\n1. The Seller shall deliver.';
  const SERVICES = 'SERVICES CONTRACT\n\nBetween Halberd Advisory LLP (the "Consultant") and City of Lorne Port Authority (the "Client").\n\n1. The Consultant shall advise.';

  it('by its first word or the word after "of"', () => {
    expect(homesOf('the laws of the Emirate of Qasrin', parseVersion(SALE))).toEqual(['Seller']);
    expect(homesOf('the courts sitting in the City of Lorne', parseVersion(SERVICES))).toEqual(['Client']);
  });

  it('near miss: a word that opens many names places no one', () => {
    const version = parseVersion('SUPPLY AGREEMENT\n\nThis Agreement is made between National Cable Works Ltd (the "Supplier") and Arden Homes Ltd (the "Buyer").\n\n1. The Supplier shall deliver.');
    expect(homesOf('the courts of the National Capital Territory', version)).toEqual([]);
  });
});

describe('parties whose names end in the same word', () => {
  const SOFA = parseVersion('STATUS OF FORCES AGREEMENT\n\nThis Agreement is made between the Republic of Calvany (the "Sending State") and the Kingdom of Eskerland (the "Receiving State").\n\nArticle 1\nThe Sending State shall notify the Receiving State.');
  it('are at home where their distinct words are ("the criminal jurisdiction of the Sending State"), not both wherever "State" is', () => {
    expect(homesOf('Sending State, whether the offence is committed on or off duty', SOFA)).toEqual(['Sending State']);
    expect(homesOf('Receiving State in respect of offences committed off duty', SOFA)).toEqual(['Receiving State']);
    // near miss: a place that names neither by its own word
    expect(homesOf('a State chosen by the tribunal', SOFA)).toEqual([]);
  });
});
