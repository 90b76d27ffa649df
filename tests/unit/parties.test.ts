import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { deonticsOf, obligationBalance } from '../../src/concerns/obligations.js';
import { partiesOf, partyName, partyNamesOf, resolveParty, ukraineIsParty } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Parties named the ways drafters name them, and what the rules make of them. */

const SUPPLY = (body: string) =>
  parseVersion(`SUPPLY AGREEMENT

This Agreement is made between Acme Minerals Ltd, a company incorporated in Ruritania ("the Seller"), and Borealis Metals Inc. (the "Buyer").

${body}`);

describe('parties of a Ukrainian opening, named in a grammatical case', () => {
  it('reads "Уряд ... та Уряд ..." (genitive) and "між ... та ..." (instrumental), the two states to their names', () => {
    const governments = parseVersion("УГОДА\n\nУряд Сполучених Штатів Америки та Уряд України (далі — «Сторони») домовилися про таке:\n\n1. Україна зобов'язується надати дані.");
    expect(partiesOf(governments)).toEqual(['Сполучені Штати', 'Україна']);
    const between = parseVersion("УГОДА\n\nміж Україною та Сполученими Штатами Америки\n\n1. Україна зобов'язується надати дані.");
    expect(partiesOf(between)).toEqual(['Україна', 'Сполучені Штати']);
    // a point of view in English, or by the name written
    expect(resolveParty(between, 'Ukraine')).toBe('Україна');
    expect(resolveParty(between, 'US')).toBe('Сполучені Штати');
    expect(resolveParty(governments, 'Сполучених Штатів Америки')).toBe('Сполучені Штати');
  });

  it('reads a government by its cabinet ("Кабінет Міністрів України"), and a point of view by a government’s Ukrainian name', () => {
    const cabinet = parseVersion("УГОДА\n\nКабінет Міністрів України та Уряд Сполучених Штатів Америки (далі — «Сторони») домовилися про таке:\n\n1. Україна зобов'язується надати дані.");
    expect(partiesOf(cabinet)).toEqual(['Україна', 'Сполучені Штати']);
    expect(resolveParty(cabinet, 'Кабінет Міністрів України')).toBe('Україна');
    const between = parseVersion("УГОДА\n\nміж Україною та Сполученими Штатами Америки\n\n1. Україна зобов'язується надати дані.");
    expect(resolveParty(between, 'Уряд України')).toBe('Україна');
    // near miss: a cabinet's name alone, no state after it, is no party
    expect(partiesOf(parseVersion("УГОДА\n\nКабінет Міністрів та Уряд Японії (далі — «Сторони») домовилися про таке:\n\n1. Сторони співпрацюють."))).toEqual(['Японії']);
  });

  it('reads a verb of giving or paying in the present tense as a duty, and a figure as the duty’s just before it', () => {
    const head = 'УГОДА\n\nміж Україною та Сполученими Штатами Америки\n\n1. ';
    const clause = parseVersion(`${head}Україна вносить до Фонду п'ятдесят відсотків доходів, а Сполучені Штати вносять кошти відповідно до окремої угоди.`).clauses.at(-1)!;
    expect(deonticsOf(clause).map((d) => [d.party, d.kind, d.phrase])).toEqual([
      ['Україна', 'obligation', 'вносить'],
      ['Сполучені Штати', 'obligation', 'вносять'],
    ]);
    // a smaller share paid by Ukraine is in its favour, though both parties pay something in the sentence
    const cut = withFindings(
      compareVersions(
        parseVersion(`${head}Україна вносить до Фонду п'ятдесят відсотків доходів, а Сполучені Штати вносять кошти відповідно до окремої угоди.`),
        parseVersion(`${head}Україна вносить до Фонду сорок відсотків доходів, а Сполучені Штати вносять кошти відповідно до окремої угоди.`),
      ),
      { we: 'Ukraine' },
    );
    expect(cut.findings.filter((f) => f.rule === 'figure-changed').map((f) => [f.affects, f.stance])).toEqual([['Україна', 'favour']]);
  });

  it('names another state as the clauses do when it acts, and finds it in its other endings', () => {
    const version = parseVersion("УГОДА\n\nУряд України та Уряд Республіки Сарнія (далі — «Сторони») домовилися про таке:\n\n1. Республіка Сарнія зобов'язується надати дані Україні.");
    // named as the clauses name it when it acts, the opening's genitive another name for it
    expect(partiesOf(version)).toEqual(['Україна', 'Республіка Сарнія']);
    expect(resolveParty(version, 'Республіки Сарнія')).toBe('Республіка Сарнія');
    expect(obligationBalance(version).find((row) => row.party === 'Республіка Сарнія')?.obligations).toBe(1);
    // near miss: an English opening is not read this way
    expect(partiesOf(parseVersion('AGREEMENT\n\nbetween Україною та Сарнією\n\n1. Text.'))).toEqual([]);
  });

  it('the rules about Ukraine speak of it by its Ukrainian name: a ratification clause in Ukrainian is one', () => {
    const head = "УГОДА\n\nміж Україною та Сполученими Штатами Америки\n\n";
    const without = withFindings(compareVersions(parseVersion(`${head}1. Ця Угода набирає чинності з дати підписання.`), parseVersion(`${head}1. Ця Угода набирає чинності з дати підписання.`)), { we: 'Україна' });
    expect(without.findings.filter((f) => f.rule === 'no-ratification').map((f) => [f.affects, f.stance])).toEqual([['Україна', 'against'], ['Україна', 'against']]);
    const ratified = parseVersion(`${head}1. Ця Угода підлягає ратифікації Верховною Радою України.`);
    const found = withFindings(compareVersions(ratified, ratified), { we: 'Україна' }).findings;
    expect(found.filter((f) => f.rule === 'no-ratification')).toEqual([]);
  });
});

describe('an English draft against a Ukrainian one', () => {
  it('takes one side of the table: Ukraine and Україна are one party', () => {
    const english = parseVersion('AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America\n\n1. This Agreement is subject to ratification by the Verkhovna Rada.');
    const ukrainian = parseVersion("УГОДА\n\nміж Україною та Сполученими Штатами Америки\n\n1. Ця Угода набирає чинності з дати підписання.");
    const stances = (we: string) => withFindings(compareVersions(english, ukrainian), { we }).findings.map((f) => `${f.rule}:${f.stance}`);
    expect(stances('Ukraine')).toEqual(stances('Україна'));
    // the ratification clause gone is against Ukraine, by either name, and in the United States' favour
    expect(stances('Ukraine').filter((s) => s.endsWith(':against')).length).toBeGreaterThan(0);
    expect(stances('Ukraine').filter((s) => s.startsWith('no-ratification')).every((s) => s.endsWith(':against'))).toBe(true);
    expect(stances('United States').filter((s) => s.startsWith('no-ratification')).every((s) => s.endsWith(':favour'))).toBe(true);
  });
});

describe('parties named any way', () => {
  it('lists a state first where it is named first, even when it was already known by another name', () => {
    const opening = 'The Government of the United States agrees with Ukraine. This Agreement is made between the United States of America and Birch Resources Inc. (the "Investor").';
    expect(partiesOf(parseVersion(`AGREEMENT\n\n${opening}\n\n1. The Investor shall pay.`))).toEqual(['United States', 'Investor']);
  });

  it('reads a short form of up to five words; one of six is no name', () => {
    const named = (short: string) => partiesOf(parseVersion(`AGREEMENT\n\nThis Agreement is made between Alder Holdings Ltd (the "${short}") and the Republic of Sarnia.\n\n1. The Parties shall cooperate.`));
    expect(named('Asian Infrastructure Investment Bank')).toEqual(['Asian Infrastructure Investment Bank', 'Republic of Sarnia']);
    expect(named('Export-Import Bank of Korea')).toEqual(['Export-Import Bank of Korea', 'Republic of Sarnia']);
    expect(named('Very Long Defined Name For Nothing')).not.toContain('Very Long Defined Name For Nothing');
  });

  it('reads a name with its short form in the opening, and keeps the long name as another name', () => {
    const version = SUPPLY('1. The Seller shall deliver the Goods.\n\n2. The Buyer shall pay the Price.');
    expect(partiesOf(version)).toEqual(['Seller', 'Buyer']);
    expect(resolveParty(version, 'Acme Minerals Ltd')).toBe('Seller');
    expect(resolveParty(version, 'Borealis Metals Inc.')).toBe('Buyer');
    expect(resolveParty(version, 'the buyer')).toBe('Buyer');
    expect(resolveParty(version, 'Ukraine')).toBeNull();
  });

  it('reads an institution\u2019s name whose words "for" and "and" join ("the International Bank for Reconstruction and Development") whole', () => {
    const bank = parseVersion('GUARANTEE AGREEMENT\n\nThis Agreement is made between Ukraine and the International Bank for Reconstruction and Development (the "Bank").\n\n1. The Bank shall lend the Loan.');
    expect(resolveParty(bank, 'the International Bank for Reconstruction and Development')).toBe('Bank');
    const agency = parseVersion('CONCESSION AGREEMENT\n\nThis Agreement is made between the State Agency for Restoration and Infrastructure Development of Ukraine (the "Grantor") and Via Nova LLC (the "Concessionaire").\n\n1. The Grantor shall grant the Concession.');
    expect(resolveParty(agency, 'the State Agency for Restoration and Infrastructure Development of Ukraine')).toBe('Grantor');
    // near miss: an "and" between two parties still parts them, a body "of" something before it too
    const two = parseVersion('SUPPLY AGREEMENT\n\nThis Agreement is made between the Ministry of Finance and Birch Inc (the "Buyer").\n\n1. The Buyer shall pay the Price.');
    expect(resolveParty(two, 'Birch Inc')).toBe('Buyer');
    expect(resolveParty(two, 'the Ministry of Finance and Birch Inc')).toBeNull();
  });

  it('reads a state whose name holds "and" ("the United Kingdom of Great Britain and Northern Ireland") as one party, by its short name too', () => {
    const treaty = parseVersion('AGREEMENT\n\nThe Government of the United Kingdom of Great Britain and Northern Ireland and the Government of Ukraine (the "Parties") have agreed as follows.\n\n1. The United Kingdom shall train Ukrainian crews.');
    expect(partiesOf(treaty)).toEqual(['United Kingdom of Great Britain and Northern Ireland', 'Ukraine']);
    expect(resolveParty(treaty, 'the United Kingdom')).toBe('United Kingdom of Great Britain and Northern Ireland');
    const defined = parseVersion('AGREEMENT\n\nThis Agreement is made between the United Kingdom of Great Britain and Northern Ireland (the "UK") and Ukraine.\n\n1. The UK shall train Ukrainian crews.');
    expect(partiesOf(defined)).toEqual(['UK', 'Ukraine']);
    expect(resolveParty(defined, 'United Kingdom')).toBe('UK');
    expect(partiesOf(parseVersion('AGREEMENT\n\nbetween the Government of Bosnia and Herzegovina and the Government of the Republic of Serbia.'))).toEqual(['Bosnia and Herzegovina', 'Republic of Serbia']);
    // near miss: two states listed with "and" stay two
    expect(partiesOf(parseVersion('AGREEMENT\n\nThe Government of the Republic of Poland and the Government of Ukraine (the "Parties") have agreed as follows.'))).toEqual(['Republic of Poland', 'Ukraine']);
  });

  it('reads every name of a list of three, the one after a comma too', () => {
    const version = parseVersion('CONSORTIUM AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Operator"), Birch Ltd (the "Investor") and Cedar AS (the "Lender").\n\n1. The Investor shall fund the Project.');
    expect(partiesOf(version)).toEqual(['Operator', 'Investor', 'Lender']);
    expect(resolveParty(version, 'Birch Ltd')).toBe('Investor');
    // near miss: a comma before a word that is no name leaves the list as it is
    expect(partiesOf(parseVersion('LOAN AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower"), as borrower (the "Obligor") and Cedar AS (the "Lender").'))).toEqual(['Borrower', 'Lender']);
  });

  it('reads the Cabinet of Ministers of a state as its government', () => {
    const version = parseVersion('AGREEMENT\n\nbetween the Cabinet of Ministers of Ukraine and the Government of the United States of America.\n\n1. Text.');
    expect(partiesOf(version)).toEqual(['Ukraine', 'United States']);
    expect(resolveParty(version, 'the Cabinet of Ministers of Ukraine')).toBe('Ukraine');
  });

  it('reads a state whose style has an article inside it ("the Kingdom of the Netherlands") whole', () => {
    const version = parseVersion('AGREEMENT\n\nThe Government of the Kingdom of the Netherlands and the Government of the Republic of Tessel (the "Parties") have agreed as follows.\n\n1. Text.');
    expect(partiesOf(version)).toEqual(['Kingdom of the Netherlands', 'Republic of Tessel']);
    // near miss: a lower-case word after "of the" ends the name
    expect(partiesOf(parseVersion('AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Tessel of the one part.\n\n1. Text.'))).toEqual(['Ukraine', 'Republic of Tessel']);
  });

  it('reads two names given no short forms in the sentence that makes the agreement', () => {
    const version = parseVersion('JOINT OPERATING AGREEMENT\n\nThis Agreement is made between Ostrava Resources AG and Bluehill Mining Pty Ltd.\n\n1. Bluehill Mining Pty Ltd shall contribute to each Approved Budget.');
    expect(partiesOf(version)).toEqual(['Ostrava Resources AG', 'Bluehill Mining Pty Ltd']);
    // near misses: a dispute between two others is no party list, nor are the Parties named together
    expect(partiesOf(parseVersion('AGREEMENT\n\nWHEREAS the border between Estmark and Norvania was closed in 2019;\n\n1. Text.'))).toEqual([]);
    expect(partiesOf(parseVersion('AGREEMENT\n\nThis Agreement is made between the Parties and the Depositary.\n\n1. Text.'))).toEqual([]);
  });

  it('knows a state named by an adjective and a style by its country\'s name: "the French Republic" is "France" in the articles', () => {
    const version = parseVersion('AGREEMENT\n\nThe Government of the French Republic and the Government of Ukraine (the "Parties") have agreed as follows.\n\n1. France shall train the crews.');
    expect(partiesOf(version)).toEqual(['French Republic', 'Ukraine']);
    expect(resolveParty(version, 'France')).toBe('French Republic');
    expect(deonticsOf(version.clauses.at(-1)!, version).map((d) => d.party)).toEqual(['French Republic']);
    // near miss: a republic by another adjective the table does not hold stays unnamed by a country
    expect(resolveParty(parseVersion('AGREEMENT\n\nThe Government of the Dominican Republic and the Government of Ukraine (the "Parties") have agreed as follows.\n\n1. Text.'), 'Dominica')).toBeNull();
  });

  it('reads two names given no short forms on the line under the title that opens with "between"', () => {
    expect(partiesOf(parseVersion('AGREEMENT ON A RECONSTRUCTION FUND\n\nbetween Ukraine and the United States of America.\n\n1. Text.'))).toEqual(['Ukraine', 'United States']);
    expect(partiesOf(parseVersion('SUPPLY AGREEMENT\n\nbetween Acme Mining Ltd and Birch Resources Limited\n\n1. Text.'))).toEqual(['Acme Mining Ltd', 'Birch Resources Limited']);
    // near misses: "between" later in a line, and a line that names no two parties
    expect(partiesOf(parseVersion('AGREEMENT\n\nThe border runs between Estmark and Norvania.\n\n1. Text.'))).toEqual([]);
    expect(partiesOf(parseVersion('AGREEMENT\n\nBetween the Parties and their advisers, nothing is agreed.\n\n1. Text.'))).toEqual([]);
  });

  it('reads "hereinafter referred to as", and a party whose verb is not a modal ("grants")', () => {
    const version = parseVersion(`LICENCE

Northwind Licensing LLC (hereinafter referred to as the "Licensor") and Coastal Apps Pty (hereinafter "the Licensee") agree as follows.

1. The Licensor grants the Licensee a licence. The Licensee shall pay royalties.`);
    expect(partiesOf(version)).toEqual(['Licensor', 'Licensee']);
    expect(resolveParty(version, 'Coastal Apps Pty')).toBe('Licensee');
  });

  it('reads "each, a ..." for several parties of one kind, and leaves defined dates out', () => {
    const version = parseVersion(`MEMORANDUM

The undersigned (each, a "Participant") agree as follows. The effective date (the "Effective Date") is 1 March.

1. Each Participant shall contribute equally.`);
    expect(partiesOf(version)).toEqual(['Participant']);
  });

  it('reads parties from definitions that name persons, not things, when the opening names none', () => {
    const version = parseVersion(`INVESTMENT AGREEMENT

1. Definitions

"Company" means Zenith Rare Earths plc.

"Investor" means any person who subscribes for Shares.

"Program" means the investment programme set out in Schedule 1.

2. The Investor shall subscribe for the Shares. The Company shall issue the Shares. The Program may be extended.`);
    expect(partiesOf(version)).toEqual(['Company', 'Investor']);
  });

  it('does not take an instrument for a party ("This Public Licence ("Licence")")', () => {
    const version = parseVersion(`This Example Public Licence (the "Licence") applies to any work provided under the terms of this Licence.

1. The Licence may be amended.`);
    expect(partiesOf(version)).toEqual([]);
  });

  it('reads states listed before a short form that names them together ("each a "Party"", "together the "Parties"")', () => {
    const listed = parseVersion(`TREATY

The Republic of Sarnia and the Federation of Arcos (each a "Party") have agreed as follows.

1. The Federation of Arcos shall build the road.`);
    expect(partiesOf(listed)).toEqual(['Republic of Sarnia', 'Federation of Arcos']);
    const between = parseVersion('AGREEMENT\n\nThis Agreement is made between Ukraine and the United States of America (together the "Parties").\n\n1. Ukraine shall report.');
    expect(partiesOf(between)).toEqual(['Ukraine', 'United States']);
    expect(resolveParty(between, 'United States of America')).toBe('United States');
    // names each given a short form keep them; the group's name adds nothing
    const both = parseVersion('AGREEMENT\n\nThis Agreement is made between Acme Ltd (the "Buyer") and Beta Inc (the "Seller") (together, the "Parties").\n\n1. The Buyer shall pay.');
    expect(partiesOf(both)).toEqual(['Buyer', 'Seller']);
    // a list that is not only names names no parties
    const prose = parseVersion('AGREEMENT\n\nThe rights of the Buyer and the obligations of the Seller (the "Parties") are agreed.\n\n1. The Buyer shall pay.');
    expect(partiesOf(prose)).toEqual([]);
  });

  it('reads a party named bare beside one given a short form, when it is a state or acts', () => {
    const state = parseVersion('AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and Birch Resources Inc. (the "Investor").\n\n1. The Investor shall pay.');
    expect(partiesOf(state)).toEqual(['Republic of Sarnia', 'Investor']);
    const last = parseVersion('AGREEMENT\n\nThis Agreement is made between Birch Resources Inc. (the "Investor") and the Kingdom of Tessel.\n\n1. The Investor shall pay.');
    expect(partiesOf(last)).toEqual(['Investor', 'Kingdom of Tessel']);
    const company = parseVersion('AGREEMENT\n\nThis Agreement is made between Acme Ltd and Birch Resources Inc. (the "Investor").\n\n1. Acme Ltd shall deliver the ore.');
    expect(partiesOf(company)).toEqual(['Acme Ltd', 'Investor']);
    // near misses: a bare name that is no state and never acts, and a short form that is itself a state's name
    const idle = parseVersion('AGREEMENT\n\nThis Agreement is made between Acme Ltd and Birch Resources Inc. (the "Investor").\n\n1. The Investor shall pay.');
    expect(partiesOf(idle)).toEqual(['Investor']);
    const short = parseVersion('AGREEMENT\n\nThis Agreement is made between Alder Holdings Ltd (the "Republic of Sarnia") and Birch Resources Inc. (the "Investor").\n\n1. The Investor shall pay.');
    expect(partiesOf(short)).toEqual(['Republic of Sarnia', 'Investor']);
  });

  it('keeps the Governments of a treaty, and not the Fund it sets up', () => {
    const version = parseVersion(`The Government of the United States of America and the Government of Ukraine (the "Parties") have agreed as follows.

1. "Fund" means the Reconstruction Investment Fund.

2. The Fund shall publish a report. Ukraine shall contribute.`);
    expect(partiesOf(version)).toEqual(['United States', 'Ukraine']);
    expect(resolveParty(version, 'US')).toBe('United States');
    expect(resolveParty(version, 'Government of Ukraine')).toBe('Ukraine');
    expect(partyNamesOf(version).aliases.get('united states of america')).toBe('United States');
  });
});

describe('a Buyer–Seller draft whose duties move', () => {
  const before = SUPPLY('1. The Buyer shall insure the Goods in transit.\n\n2. The Buyer shall pay the Price.');
  const after = SUPPLY('1. The Seller shall insure the Goods in transit.\n\n2. The Buyer shall pay the Price.');
  const comparison = withFindings(compareVersions(before, after));

  it('gets the change finding: a duty moved from the Buyer to the Seller', () => {
    const moved = comparison.findings.filter((f) => f.rule === 'duty-shifted');
    expect(moved.map((f) => f.explanation)).toEqual(['An obligation moved from Buyer to Seller.']);
  });

  it('and the balance shift', () => {
    const duties = (version: typeof before, party: string) => obligationBalance(version).find((row) => row.party === party)?.obligations ?? 0;
    expect([duties(before, 'Buyer'), duties(before, 'Seller')]).toEqual([2, 0]);
    expect([duties(after, 'Buyer'), duties(after, 'Seller')]).toEqual([1, 1]);
    expect(comparison.balance?.new.map((row) => row.party).sort()).toEqual(['Buyer', 'Seller']);
  });
});

describe('parties of a crafted draft', () => {
  it('thousands of definitions of persons are read in one scan, not one per definition', () => {
    const version = parseVersion(Array.from({ length: 8000 }, (_, k) => `"Term${k}" means any person.`).join('\n\n'));
    const started = performance.now();
    expect(partiesOf(version)).toEqual([]);
    // one scan per definition took 23 s here (generous bound for a busy machine)
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('a party by any of its names', () => {
  const treaty = parseVersion('AGREEMENT\n\nbetween the Government of the United States of America and the Government of Ukraine.\n\n1. Ukraine shall report.');
  const sale = parseVersion('SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").\n\n1. The Seller shall deliver.');

  it('a state by its government, its full name or its initials, and nothing that only contains them', () => {
    expect(['Government of the United States of America', 'U.S.', 'USA', 'the United States'].map(partyName)).toEqual(['United States', 'United States', 'United States', 'United States']);
    expect(partyName('Government of  Ukraine')).toBe('Ukraine');
    expect(['XUSA', 'USAX', 'Government ofUkraine'].map(partyName)).toEqual(['XUSA', 'USAX', 'Government ofUkraine']);
  });

  it('the United States as "us", "U.S.A." or its long name, in any case; not "America" or a word that starts alike', () => {
    expect(['us', 'US', 'U.S.', 'u.s.a.', 'USA', 'united states of america'].map((name) => resolveParty(treaty, name))).toEqual(Array(6).fill('United States'));
    expect(['America', 'usb', 'Cyprus', 'Belarus'].map((name) => resolveParty(treaty, name))).toEqual([null, null, null, null]);
  });

  it('spaces, a leading "the", a trailing stop and case aside; a role in the plural names its holder', () => {
    expect([' the Ukraine. ', 'Government of Ukraine', 'the ukraine;'].map((name) => resolveParty(treaty, name))).toEqual(['Ukraine', 'Ukraine', 'Ukraine']);
    expect(['the seller', ' Seller ', 'Alder Ltd.', 'alder ltd', 'the Alder Ltd,'].map((name) => resolveParty(sale, name))).toEqual(Array(5).fill('Seller'));
    // ("Sellers may list items" where the opening names "the Seller"); not a word that only starts alike
    expect(resolveParty(sale, 'Sellers')).toBe('Seller');
    expect(resolveParty(sale, 'Sellerss')).toBeNull();
    expect(resolveParty(sale, 'Sell')).toBeNull();
  });
});

describe('parties named with a description, a state’s short form, or by deed', () => {
  const parties = (opening: string) => partiesOf(parseVersion(`AGREEMENT\n\n${opening}\n\n1. The parties shall cooperate.`));

  it('a name described before its short form ("a company incorporated in ... with number ...", "acting through ...")', () => {
    const opening = 'This Agreement is made between Alder Holdings Limited, a company incorporated in England and Wales with number 0123 (the "Vendor"), Birch LLP (the "Purchaser") and Cedar Trustees Limited (the "Guarantor").';
    expect(parties(opening)).toEqual(['Vendor', 'Purchaser', 'Guarantor']);
    expect(resolveParty(parseVersion(`AGREEMENT\n\n${opening}`), 'Alder Holdings Limited')).toBe('Vendor');
    // the description is this name's own: the next name in the list is read past it, not before it
    expect(resolveParty(parseVersion(`AGREEMENT\n\n${opening}`), 'Birch LLP')).toBe('Purchaser');
    expect(resolveParty(parseVersion(`AGREEMENT\n\n${opening}`), 'Cedar Trustees Limited')).toBe('Guarantor');
    expect(parties('This Agreement is made between the Government of the Republic of Veland, acting through its Ministry of Mines (the "Government"), and Dune Power Corp, a corporation organised under the laws of Ontario (the "Concessionaire").')).toEqual(['Government', 'Concessionaire']);
  });

  it('a state given a short form is known by it, its Government’s name kept as another name', () => {
    const version = parseVersion('TREATY\n\nThis Agreement is concluded between the Government of the Kingdom of Tessel (hereinafter referred to as "Tessel") and the Government of the Republic of Sarnia (hereinafter referred to as "Sarnia").\n\n1. Tessel shall build the bridge and Sarnia may inspect it.');
    expect(partiesOf(version)).toEqual(['Tessel', 'Sarnia']);
    expect(resolveParty(version, 'Kingdom of Tessel')).toBe('Tessel');
    expect(deonticsOf(version.clauses.at(-1)!).map((d) => [d.party, d.kind])).toEqual([['Tessel', 'obligation'], ['Sarnia', 'right']]);
  });

  it('Ukraine under a short form is still Ukraine to the rules about it', () => {
    const version = parseVersion('AGREEMENT\n\nbetween the Government of Ukraine (the "Recipient") and the Government of the Republic of Sarnia (the "Donor").\n\n1. The Donor shall provide the grant.');
    expect(partiesOf(version)).toEqual(['Recipient', 'Donor']);
    expect(ukraineIsParty(version)).toBe(true);
    expect(resolveParty(version, 'Ukraine')).toBe('Recipient');
  });

  it('a deed made by one party in favour of another', () => {
    expect(parties('THIS DEED is made by Alder Group plc ("Guarantor") in favour of Birch Bank Limited ("Beneficiary").')).toEqual(['Guarantor', 'Beneficiary']);
  });
});

describe('parties defined in a glossary, the way licences and online terms define them', () => {
  it('reads a definition that follows the sentence before it, on a line run together', () => {
    const version = parseVersion(
      'PUBLIC LICENCE\n\n1. DEFINITIONS\n\n"Contribution" means code first distributed under this Licence. "Contributor" means any person or entity that distributes the Program. "Recipient" means anyone who receives the Program.\n\n2. GRANT\n\nEach Contributor hereby grants Recipient a licence to copy the Program. Recipient may copy the Program.',
    );
    expect(partiesOf(version)).toEqual(['Contributor', 'Recipient']);
  });

  it('reads a dash’s item with a colon, run on after the item before it', () => {
    const version = parseVersion(
      'LICENCE\n\n1. Definitions\n\nIn this Licence the terms have this meaning: — ‘The Work’: the software distributed under this Licence. — ‘The Licensor’: the natural or legal person that distributes the Work.\n\n2. Grant\n\nThe Licensor may provide the Work as Source Code.',
    );
    expect(partiesOf(version)).toEqual(['Licensor']);
  });

  it('reads a company named with a comma before its form ("Nimbus Cloud, Inc."), and a definition as "any party"', () => {
    const version = parseVersion(
      'TERMS\n\n1. Definitions\n\n**"Provider"** means Nimbus Cloud, Inc., and its affiliates.\n\n"Reseller" means any party that resells the Service.\n\n2. Service\n\nProvider will host the Service. The Reseller may resell the Service.',
    );
    expect(partiesOf(version)).toEqual(['Provider', 'Reseller']);
  });

  it('reads no party from a thing defined, though the draft has it "may" (near miss)', () => {
    const version = parseVersion('LICENCE\n\n1. Definitions\n\n"Program" means the software distributed under this Licence. "Documentation" means the manuals.\n\n2. Use\n\nThe Program may contain errors.');
    expect(partiesOf(version)).toEqual([]);
  });
});

describe('parties defined by a dash’s item that names the term bare', () => {
  it('reads "- The Licensor: the natural or legal person ...", and not a thing so defined', () => {
    const version = parseVersion(
      'LICENCE\n\n1. Definitions\n\nIn this Licence:\n     - The Work: the software distributed under this Licence.\n     - The Licensor: the natural or legal person that distributes the Work.\n\n2. Grant\n\nThe Licensor may provide the Work as Source Code. The Work may contain errors.',
    );
    expect(partiesOf(version)).toEqual(['Licensor']);
  });
});

describe('a short form given in a clause near the start', () => {
  it('after a word that opens a sentence names a thing, not a party', () => {
    const version = parseVersion('BETA TERMS\n\nThis document is between Sorrel Robotics, Inc. (“we”) and you, a beta tester (“you”).\n\n1. If you give us any ideas about our products (“Feedback”), you assign to us all rights in that Feedback.');
    expect(partiesOf(version)).toEqual(['We', 'You']);
    // near miss: a company's name before its short form still names a party
    expect(partiesOf(parseVersion('SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the “Seller”) and Birch Ltd (the “Buyer”).\n\n1. The Seller shall deliver.'))).toEqual(['Seller', 'Buyer']);
  });
});
