import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import seed from '../../seeds/phrase-rules.json' with { type: 'json' };
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { parsePhraseRules, shippedPhraseRules } from '../../src/concerns/phrase-rules.js';
import { InputError } from '../../src/model/errors.js';
import type { CategoryId } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/** The concern rules kept as data: checked when loaded, and read as the rules in code are. */

const OPENING = 'The Government of the Republic of Sarnia and the Government of Ukraine (the "Parties") have agreed as follows.\n\n';
function categoriesOf(clause: string): Set<CategoryId> {
  const version = parseVersion(`${OPENING}1. ${clause}`);
  const last = version.clauses.at(-1)!;
  return new Set(findingsOfVersion(version, 'single').filter((f) => f.clause === last.id).map((f) => f.category));
}

describe('seeds/phrase-rules.json', () => {
  it('loads, and every phrase compiles', () => {
    const rules = parsePhraseRules(seed, 'seeds/phrase-rules.json');
    expect(rules.rules.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rules.rules.map((r) => r.category)).size).toBe(8);
  });

  it('is read at run time, without the schema, exactly as the schema reads it', () => {
    expect(shippedPhraseRules()).toStrictEqual(parsePhraseRules(seed, 'seeds/phrase-rules.json'));
  });

  it('refuses a phrase that is not a regular expression, naming the rule and the phrase', () => {
    const broken = structuredClone(seed) as { rules: { phrases: string[] }[] };
    broken.rules[2]!.phrases[1] = 'unclosed (group';
    expect(() => parsePhraseRules(broken, 'my-rules.json')).toThrow(new InputError('my-rules.json: rules[2].phrases[1]: not a valid regular expression'));
  });

  it('refuses a sentence exception that is not a regular expression, naming where it is', () => {
    const broken = structuredClone(seed) as { rules: { unlessSentence?: string[] }[] };
    broken.rules[0]!.unlessSentence = ['\\bfine\\b', '[unclosed'];
    expect(() => parsePhraseRules(broken, 'my-rules.json')).toThrow(new InputError('my-rules.json: rules[0].unlessSentence[1]: not a valid regular expression'));
  });

  it('keeps a rule quiet where its sentence holds one of its exceptions, and only there', async () => {
    const { phraseClauseRules } = await import('../../src/concerns/phrase-rules.js');
    const { parseVersion } = await import('../../src/parse/parse.js');
    const base = structuredClone(seed) as { rules: { id: string; unlessSentence?: string[] }[] };
    const rules = parsePhraseRules({ ...base, rules: base.rules.filter((r) => r.id === 'consent-veto') }, 'x.json');
    const [veto] = phraseClauseRules(rules);
    const clause = (text: string) => parseVersion(`AGREEMENT\n\n1. ${text}`).clauses.at(-1)!;
    const version = parseVersion('AGREEMENT');
    expect(veto!.find(clause('The Seller shall not assign without the prior written consent of the Buyer.'), version)).toHaveLength(1);
    expect(veto!.find(clause('The Seller shall not assign without the prior written consent of the Buyer, such consent not to be unreasonably withheld.'), version)).toEqual([]);
    // the exception in another sentence of the clause does not count
    expect(veto!.find(clause('The Seller shall not assign without the prior written consent of the Buyer. Approvals are not to be unreasonably withheld.'), version)).toHaveLength(1);
  });

  it('puts a shared fragment into every phrase that names it, and refuses a name no fragment has', () => {
    const base = structuredClone(seed) as { fragments?: Record<string, string>; rules: { id: string; phrases: string[] }[] };
    const withShare = parsePhraseRules({ ...base, fragments: { ...base.fragments, rate: '\\d+\\s?%' }, rules: [{ ...base.rules[0]!, phrases: ['\\binterest\\s+at\\s+{{rate}}'] }] }, 'x.json');
    expect(withShare.rules[0]!.phrases).toEqual(['\\binterest\\s+at\\s+\\d+\\s?%']);
    const unknown = { ...base, rules: [{ ...base.rules[0]!, phrases: ['\\binterest\\s+at\\s+{{rates}}'] }] };
    expect(() => parsePhraseRules(unknown, 'x.json')).toThrow(new InputError('x.json: rules[0].phrases[0]: names a fragment ("{{name}}") that "fragments" does not define'));
    // the shipped catalogue keeps one way of writing a share, for every rule that reads one
    expect(seed.fragments.share).toContain('per\\s?cent');
    const users = base.rules.filter((rule) => rule.phrases.some((phrase) => phrase.includes('{{share}}'))).map((rule) => rule.id);
    expect(users).toEqual(expect.arrayContaining(['share-of-revenue', 'money-flow']));
    // and reads a share written in any words, as every rule using it does
    const shipped = shippedPhraseRules().rules.find((rule) => rule.id === 'share-of-revenue')!;
    expect(shipped.phrases[0]).not.toContain('{{');
    expect(new RegExp(shipped.phrases[0]!, 'iu').test('twelve per cent of the revenues')).toBe(true);
    // near miss (a real terms of service had it): "half" inside "behalf" is no share
    expect(new RegExp(shipped.phrases[0]!, 'iu').test('you accept these terms on behalf of an entity, such as a company, and its income')).toBe(false);
  });

  it('refuses a duplicate rule id and upper-case keywords', () => {
    const twice = structuredClone(seed) as { rules: { id: string; keywords: string[] }[] };
    twice.rules[1]!.id = twice.rules[0]!.id;
    expect(() => parsePhraseRules(twice, 'x.json')).toThrow(/rules\[1\]\.id: duplicate rule/);
    const upper = structuredClone(seed) as { rules: { keywords: string[] }[] };
    upper.rules[0]!.keywords[0] = 'Consent';
    expect(() => parsePhraseRules(upper, 'x.json')).toThrow(/rules\[0\]\.keywords\[0\]: keywords are lower case/);
  });
});

describe('what the phrase rules read, and what they leave alone', () => {
  it.each<[CategoryId, string, string]>([
    ['one-sided', 'Sarnia may not sell its stake except with the prior written consent of Ukraine.', 'Each Party may sell its stake with the consent of both Parties.'],
    ['security', 'Sarnia shall provide Ukraine with security guarantees against renewed aggression.', 'The Fund shall keep its records in a secure archive.'],
    ['security', 'Nothing in this Agreement constitutes a security guarantee by Sarnia.', 'Nothing in this Agreement affects the tax treatment of dividends.'],
    ['ownership', 'Title to the lithium deposits at Shevchenko shall pass to the Fund on signature.', 'Title to the Fund’s office furniture remains with the landlord.'],
    ['ownership', 'Ukraine shall transfer to Sarnia, free of charge, all rights in the pipeline section near the border.', 'Ukraine shall transfer to Sarnia all reports on the pipeline section near the border.'],
    ['ownership', 'Neither Party shall surrender any part of the Licence Area without the approval of the Operating Committee.', 'Neither Party shall surrender any document to a third person without notice.'],
    ['financial', 'Ukraine shall transfer one-half of the revenues from new licences to the Fund.', 'The Fund shall publish half-yearly reports.'],
    ['governing-law', 'Any dispute shall be settled by arbitration seated in Stockholm.', 'The Parties shall meet in Stockholm each spring.'],
    // a court of law, not one named in an address, a building or a game
    ['governing-law', 'Any claim may be brought before the courts at The Hague.', 'The Seller shall deliver the Goods to 14 Court Street, Harwich.'],
    ['governing-law', 'The tribunal may order interim measures.', 'The Parties shall restore the Old Court House in Varn.'],
    ['governing-law', 'The Court shall decide on the interpretation of Article 4.', 'The Contractor shall build a sports court beside the school.'],
    // a state's ratification, not a principal's of a contract made in its name
    ['ratification', 'This Agreement shall be subject to ratification by each Party.', 'The Principal shall be bound by any contract made by the Agent which the Principal subsequently ratifies.'],
    ['ratification', 'Each Party shall notify the other when it has ratified this Agreement.', 'A contract shall bind the Principal only if the Principal ratifies such contract in writing.'],
    // the other party's consent, not a state's own parliament's
    ['one-sided', 'Veland may not station forces abroad except with the prior consent of Orsk.', 'Veland may not station forces abroad except with the prior consent of the National Assembly.'],
    // the agreement made binding or effective, not an expert's report or a fund's guidelines
    ['ratification', 'This Agreement shall be binding upon each Party from the date of signature.', 'The surveyor’s report shall be binding on the Owner and the Charterer.'],
    ['ratification', 'This Protocol shall take effect upon signature.', 'The investment guidelines shall take effect upon their publication.'],
    ['duration', 'This Agreement shall survive any termination of the Fund.', 'The Fund shall finance long-term infrastructure.'],
    ['ratification', 'This Agreement shall enter into force upon signature, without awaiting ratification.', 'The Parties shall exchange letters of thanks.'],
    ['constitutional', 'Every provision shall be applied in conformity with the Constitution of Ukraine.', 'Every provision shall be applied in good faith.'],
    // the wider reading: forces and equipment, interest and fees, title vesting or kept, entry into force said of the agreement only
    ['security', 'Sarnia shall deploy two naval squadrons to guard the shipping lanes of Ukraine.', 'Sarnia shall deploy its auditors to the offices of the Fund.'],
    // an armed attack, in Ukrainian; near miss: an attack of illness
    ['security', 'У разі нового збройного нападу на Україну Сторони проводять консультації протягом 24 годин.', 'У разі нападу хвороби на працівника Сторони надають йому відпустку.'],
    ['security', 'Сторони не зобов\u2019язані направляти свої збройні сили на територію України.', 'Сторони не зобов\u2019язані направляти своїх аудиторів на територію України.'],
    // weapons by their kind; near miss: a fuel tank, a storage tank
    ['security', 'Sarnia shall transfer the know-how for the licensed production of the main battle tank in Ukraine.', 'Sarnia shall transfer the know-how for the licensed production of the fuel tank in Ukraine.'],
    ['security', 'Sarnia shall deliver two corvettes and their munitions to Ukraine.', 'Sarnia shall deliver two ferries and their spare parts to Ukraine.'],
    // the security of a state, and a state attacked; not the security a lender holds, nor a company attacked in the press
    ['security', 'Sarnia may consider measures that contribute to the security of Ukraine.', 'The Lender shall release the security of the Borrower on repayment.'],
    ['security', 'Should Ukraine be attacked, Sarnia shall consult it on appropriate measures.', 'Should the Fund be criticised, Sarnia shall consult Ukraine on its reply.'],
    ['security', 'Sarnia shall supply Ukraine with defensive weapons systems and intelligence support.', 'Sarnia shall supply Ukraine with accounting software and support.'],
    ['financial', 'Interest on overdue sums shall accrue at the rate of nine per cent per annum.', 'The Parties shall take an interest in each other’s progress.'],
    ['financial', 'A management fee of 2 percent of the assets shall be paid to Sarnia each year.', 'The Board shall manage the assets prudently.'],
    ['ownership', 'Legal title to the graphite stockpile vests in Sarnia on delivery.', 'Voting rights in the Board vest in its members.'],
    ['ownership', 'Title to the ore shall remain with Ukraine until it is sold.', 'The Fund shall remain in Kyiv until 2030.'],
    ['financial', 'The aggregate liability of Sarnia under this Agreement shall not exceed EUR 10 million.', 'Sarnia shall not exceed the speed limits on the access roads.'],
    ['one-sided', 'Ukraine shall furnish all geological data; Sarnia assumes no corresponding obligation towards Ukraine.', 'Each Party shall furnish data, and the other shall assume a corresponding obligation.'],
    ['one-sided', 'Sarnia shall have exclusive control over the operation of the pipeline.', 'The Indemnified Party gives Sarnia sole control of the defence and settlement of the claim.'],
    // a consent at the end of one sentence, with another after it
    ['one-sided', 'Sarnia may not sell its stake without the prior written consent of Ukraine. Sarnia shall report each sale.', 'Sarnia may sell its stake. Ukraine shall be told of the sale.'],
    ['ownership', 'All licences for lithium issued after signature shall vest in the Fund.', 'The Licensor grants a licence for the duration of copyright vested in the Original Work.'],
    ['one-sided', 'Distributions from the Fund shall be made exclusively to Sarnia until its contributions are recovered.', 'Distributions from the Fund shall be made to both Parties in equal shares.'],
    ['one-sided', 'The rights granted to Sarnia under Article 5 shall subsist in perpetuity.', 'The rights granted to Sarnia under Article 5 end with this Agreement.'],
    ['governing-law', 'The law of England and Wales governs this Agreement.', 'The law firm of each Party shall keep the originals.'],
    ['duration', 'The Borrower may not prepay the Facility before the fifth anniversary of the Utilisation Date.', 'The Fund shall publish a report on the anniversary of its founding.'],
    // an anniversary is a lock-in only where a party may not act before it
    ['duration', 'The Tenant may not assign this Lease until the third anniversary of the Term Commencement Date.', 'The Supplier may revise the Unit Price on each anniversary of the Commencement Date.'],
    // amending the agreement or its annexes is how it changes; amending other rules is not
    ['duration', 'The State may amend Annex C by notice in writing to the Operator.', 'The Grantor may amend the Technical Regulations by publication in the Official Gazette.'],
    ['duration', 'The Grantor may amend the terms of this Agreement by notice to the Concessionaire.', 'The Grantor may amend its internal procedures by notice to the Concessionaire.'],
    ['duration', 'The Grantor may amend, vary or supplement this Agreement by notice to the Concessionaire.', 'The Grantor may amend, vary or supplement its regulations by notice.'],
    ['duration', 'This Agreement shall be automatically renewed for successive periods of five years.', 'In the event of renewed armed aggression the Parties shall consult.'],
    ['duration', 'The obligations under Articles 4 and 5 shall survive termination.', 'The Operator shall ensure the survival of protected species in the Licence Area.'],
    // a sum is money owed only where the sentence pays, contributes or caps it
    ['financial', 'Sarnia shall pay USD 2 million into the Fund on signature.', 'Ukraine shall not incur indebtedness above USD 1,000,000 without notice to Sarnia.'],
    // a party's name is no word of paying: "the Investor", "the Grantor"
    ['financial', 'The Investor shall invest USD 5 million in the Company.', 'The Company shall notify the Investor of any indebtedness exceeding USD 1 million.'],
    // an appropriation, and a sum set aside for a purpose, are money too
    ['financial', 'There is hereby appropriated $5,000,000, to remain available until 30 September.', 'The report covers the years 2019 to 2024.'],
    ['financial', '$11,000,000 for marine debris assessment and removal;', 'Marine debris shall be assessed and removed;'],
    ['ratification', 'This Agreement is subject to ratification by the Verkhovna Rada.', 'The Company shall ratify and confirm all acts lawfully done by the Attorney.'],
    ['ownership', 'The deposits listed in Annex A shall vest in the Fund.', 'Copyright in all reports prepared by the Secretariat shall vest in the Fund.'],
    // a fee charged for support is no charge over a port, nor a free-of-charge licence one over land
    ['ownership', 'Ukraine shall create a charge over the port of Odesa in favour of Sarnia.', 'Sarnia may charge a reasonable fee for its support of the software.'],
    ['ownership', 'Ukraine shall grant a pledge over the lithium licences to Sarnia.', 'The Licensor grants a free-of-charge patent licence to use the software.'],
    ['ownership', "The Host State may elect to acquire a participating interest of twenty per cent in the Investor's Project.", "The Host State may take an interest in the Investor's progress on the Project."],
    // a judgment named by its holder, not only "as it thinks fit"
    ['one-sided', 'The Company will obey all such directions as the Government may from time to time think fit to give.', 'The Company will take such steps as the Parties may think fit to agree.'],
    // a power one party may use at any time, or whether or not the other is at fault
    ['one-sided', 'The Operator may at any time assume any task allocated to the Non-Operator, whether or not the Non-Operator is in default.', 'Either Party may at any time ask the other for a copy of the Work Programme.'],
    // a consent named by its holder's possessive; not the other party's, whoever that is
    ['one-sided', "The Company shall not, without the Investor's prior written approval, issue shares of any class.", "Neither Party shall, without the other Party's prior written consent, disclose this Agreement."],
    // one party relieved of any duty, or barred from any claim: not when both are
    ['one-sided', 'The Concessionaire shall keep the Grantor informed; the Grantor shall be under no obligation to disclose any information it holds.', 'Neither Party shall be under any obligation to disclose information it holds.'],
    ['one-sided', 'The states shall implement these matters, and the Federation shall bear no responsibility for any failure on their part.', 'Neither Party shall bear any responsibility for the acts of third parties.'],
    ['one-sided', 'The Lessor may enter the Premises at any hour, and the Lessee shall have no claim by reason of any disturbance so caused.', 'Each Party shall have no claim against the other for indirect loss.'],
    ['ownership', 'The Borrower may create security over its mining rights and production in favour of other lenders.', 'The Concessionaire shall maintain security over the port area and its pipeline.'],
    ['ownership', 'The Company may create a charge over its mining licences in favour of the Lender.', 'No one may charge for exercise of the rights granted under this Licence.'],
    // no licence over resources granted to others, whoever they are
    ['ownership', 'Sarnia shall not grant to any company controlled from a third State any licence to explore the mineral resources of its shelf.', 'Sarnia shall not grant to any company controlled from a third State any licence to use its software.'],
    ['ratification', 'This Agreement shall take effect on the date of the last notification.', 'A withdrawal shall take effect six months after the notice is received.'],
    // provisional application with the agreement named between the words
    ['ratification', 'The Republic of Sarnia shall apply this Agreement provisionally from the date of signature.', 'The Republic of Sarnia shall apply this Agreement in good faith and provisionally appoint an agent.'],
    // property kept until a point, reserved or taken whole; installations handed over; pledges of mining rights (a thing that stays in one party’s care is none)
    ['ownership', 'Petroleum in the Contract Area remains the property of Sarnia until it reaches the Delivery Point.', 'The offshore platforms shall remain the responsibility of Ukraine.'],
    // a party made to part with what it holds; property named past an aside; a thing held on trust for another
    ['ownership', 'Where the Investor accepts an offer for all its Shares, it may require every other shareholder to transfer its Shares to the offeror.', 'The Investor may require the Company to provide a list of its shareholders.'],
    ['ownership', 'The Host State may direct the Investor to relinquish any portion of the Contract Area.', 'The Host State may direct the Investor to report on the Contract Area.'],
    ['ownership', 'All fossils found on the Site shall, as between the Employer and the Contractor, be the property of the Employer.', 'All fossils found on the Site shall, as the Employer directs, be reported to the museum.'],
    ['ownership', 'Pending assignment, the Licensee shall hold all improvements on trust for the Licensor.', 'The Licensee shall hold all improvements in a secure store.'],
    // ownership reserved is a concern; ownership that stays where it was, said either way, is none
    ['ownership', 'Title to the lithium deposits is reserved to the Fund.', 'Ownership of the subsoil and of the natural resources in it remains with Ukraine.'],
    ['ownership', 'All cores and samples shall be the property of the Ministry.', 'All Confidential Information shall be the property of the disclosing Party.'],
    ['ownership', 'Title to the pipeline shall remain vested in Ukraine throughout the Term.', 'The powers of the Board remain vested in its members.'],
    // the thing named at length before "remain vested"
    ['ownership', 'Title to the Licensed Software, and to all copies thereof in whatever form, shall remain vested in the Licensor.', 'The powers of the Board, and of each committee it appoints from time to time, remain vested in its members.'],
    ['ownership', 'All geological data generated under this Agreement shall belong to Sarnia.', 'The members shall belong to one of the three committees.'],
    ['ownership', 'All mines and minerals under the Land are excepted and reserved to the Vendor.', 'All rights not expressly granted are reserved to the Licensor.'],
    ['ownership', 'The Land is conveyed to the Purchaser, excepting and reserving to the Vendor all mines and minerals under it.', 'The Land is conveyed to the Purchaser, reserving to the Vendor a right of way along its northern edge.'],
    ['ownership', 'The Offtaker shall buy the entire output of the Mine during the Term.', 'The Buyer shall buy the entire stock of office paper.'],
    ['ownership', 'Sarnia shall have a right of first refusal to purchase any lithium concentrate that Ukraine offers for sale.', 'The Investor has a right of first refusal over any new issue of shares.'],
    ['ownership', 'On the Transfer Date the Company shall transfer the Power Station to the Authority.', 'On the Transfer Date the Company shall transfer the purchase price to the Authority.'],
    ['ownership', 'The Company may sell or lease its mining tenements to a buyer chosen by the Investor.', 'The Company shall keep a register of its correspondence with the Investor.'],
    ['ownership', 'Ukraine hereby pledges its mining rights in the Tavor field to Sarnia.', 'Ukraine pledges its support for the reform of the Fund.'],
    // one side's word made conclusive, its casting vote, its reserved right to change the rules, no similar restriction on it
    ['one-sided', 'A certificate issued by the inspector appointed by the Buyer shall be conclusive for all purposes.', 'The award of the arbitral tribunal shall be final and conclusive.'],
    ['one-sided', 'The Licensor alone shall decide whether to take action against an infringer.', 'The Licensor and the Licensee shall decide together whether to take action.'],
    ['one-sided', 'The chair, appointed by Sarnia, shall have a casting vote.', 'The chair shall have no vote.'],
    ['one-sided', 'The Grantor reserves the right to modify the Technical Regulations from time to time.', 'The Grantor shall publish the Technical Regulations from time to time.'],
    ['one-sided', 'The investment committee of the Investor may withhold approval for any reason.', 'The investment committee of the Investor shall meet for any reason it gives.'],
    ['one-sided', 'The Company will not solicit other offers; the Investor is not subject to any similar restriction.', 'The Company will not solicit other offers for sixty days.'],
    ['one-sided', 'The Contractor shall indemnify the Employer against all claims, even where caused by the negligence of the Employer.', 'The Contractor shall take care to avoid negligence in the Works.'],
    ['one-sided', 'The Contractor shall indemnify the Employer against all losses arising out of the Works, whether or not caused by the negligence of the Employer.', 'The Employer shall be indemnified by its insurers against all losses caused by the negligence of the Contractor.'],
    // the agreement set above a state's laws, as above its constitution
    ['constitutional', 'The provisions of this Agreement shall prevail over any inconsistent provision of the legislation of Ukraine.', 'The provisions of Annex A shall prevail over any inconsistent provision of Annex B.'],
    // a power either party holds alike, and a consent its holder "shall not unreasonably withhold", are no one-sided term
    ['one-sided', 'The Licensor may terminate this Agreement without cause.', 'Either the Licensor or the Licensee may terminate this Agreement without cause.'],
    ['one-sided', 'The Borrower may not dispose of the Mine without the consent of the Lender.', 'The Borrower may not dispose of the Mine without the consent of the Lender, which the Lender shall not unreasonably withhold.'],
    ['one-sided', 'The Term may be extended for a further ten years at the sole option of the Operator.', 'The Term may be renewed at the option of either Party.'],
    // defence equipment and troops, the protection of waters and airspace
    ['security', 'Sarnia may postpone the delivery of any defence equipment listed in Annex C.', 'Sarnia may postpone the delivery of any office equipment listed in Annex C.'],
    ['security', 'Sarnia shall provide two patrol vessels for the protection of the territorial waters of Ukraine.', 'Sarnia shall provide two vessels for the protection of the marine environment.'],
    ['security', 'Sarnia shall send military instructors to train the forces of Ukraine.', 'Sarnia shall send auditors to train the staff of the Fund.'],
    // a veto held through the vote of one party's appointee
    ['one-sided', 'No decision of the Board shall be taken without the affirmative vote of the member appointed by Sarnia.', 'No decision of the Board shall be taken without a vote of its members.'],
    // a non-exclusive right is no exclusive one
    ['ownership', 'Sarnia grants Arcos an exclusive licence over the Tavor deposits.', 'Sarnia grants Arcos a non-exclusive licence over the Tavor deposits.'],
    // an exclusive licence of a trade mark, software or patents is no resource
    ['ownership', 'Sarnia grants Arcos an exclusive licence to mine the Tavor deposits.', 'Sarnia grants Arcos an exclusive licence to use the Trade Marks in the Territory.'],
    // money in the ways drafters move it: compensation, deductions, a price or margin set by one side, instalments
    ['financial', 'No compensation shall be payable to the Investor for the area relinquished.', 'The Investor shall relinquish the area within ninety days.'],
    ['financial', 'The Operator may deduct the cost of the work from any amount otherwise payable to the Contractor.', 'The Operator may deduct the days of force majeure from the schedule.'],
    ['financial', 'The Supplier shall fix the price for each Delivery Year.', 'The Supplier shall fix the defects within each Delivery Year.'],
    ['financial', 'The Bank may alter the Margin at any time by notice to the Borrower.', 'The Bank may alter the address for notices at any time.'],
    ['financial', 'Sarnia shall continue to pay the instalments under the payment schedule.', 'Sarnia shall continue to install the equipment under the schedule.'],
    ['financial', 'All payments by the Buyer shall be made in euros to the account of the Seller.', 'All notices by the Buyer shall be made in English to the Seller.'],
    ['financial', 'The Board may declare an interim dividend with the consent of the Investor.', 'The Board may declare an interim holiday with the consent of the Investor.'],
    ['financial', 'The Preference Shares carry a return of eight per cent per annum.', 'The Preference Shares carry one vote each.'],
    // a party barred from parting with its interest, said as a duty not to: the rule reads the negation as its point
    ['ownership', 'The Republic of Sarnia shall not assign the Concession or any interest in it without the prior approval of Ukraine.', 'The Republic of Sarnia shall not assign any staff to the Concession without the prior approval of Ukraine.'],
    ['ownership', 'No Participant shall sell, assign, mortgage or otherwise encumber any part of its Participating Interest.', 'No Participant shall sell, assign or lend any vehicle of the Joint Operations.'],
    ['ownership', 'Ukraine may not transfer, pledge or otherwise dispose of its shares in the Fund.', 'Ukraine may not transfer its staff from the Fund.'],
    // the law frozen for one party: a stabilisation clause
    ['governing-law', 'No subsequent change in the law of Ukraine shall adversely affect the rights of the Republic of Sarnia under this Agreement.', 'Any subsequent change in the law of Ukraine shall be notified to the Republic of Sarnia.'],
    // a negative pledge: no security may be created over the party's assets
    ['ownership', 'Ukraine shall not create or permit to subsist any mortgage, pledge or other encumbrance over the Shevchenko deposits.', 'Ukraine shall not create any new committee on the Shevchenko deposits.'],
    // a share of money, in digits, words or a fraction; money instruments; a commission, not a Commission that meets
    ['financial', 'Ukraine shall retain five per cent (5%) of each interim payment until the works are complete.', 'Ukraine shall retain five per cent of the seats on the Board until the works are complete.'],
    ['financial', 'The Republic of Sarnia shall provide a performance security in the form of an on-demand bank guarantee.', 'The Republic of Sarnia shall provide security for the convoy in the form of an armed escort.'],
    ['financial', 'The Republic of Sarnia shall earn a commission of two per cent on all orders placed by Ukraine.', 'The minutes shall be circulated to the members of the Commission.'],
    // title given away whole, property that becomes the other's on installation, an interest forfeited, a mortgage over all assets
    ['ownership', 'Ukraine hereby assigns to the Republic of Sarnia all right, title and interest in the improvements.', 'Ukraine hereby assigns two engineers to the joint working group.'],
    ['ownership', 'All fixtures installed at the port shall upon installation become the property of Ukraine.', 'All fixtures installed at the port shall upon installation be inspected by Ukraine.'],
    ['ownership', 'All fixtures installed at the port shall become the property of Ukraine.', 'All fixtures installed at the port shall become the responsibility of Ukraine.'],
    // an encumbrance of any kind over assets of any kind: one phrase reads both
    ['ownership', 'Ukraine shall grant a lien over its vessels in favour of the Republic of Sarnia.', 'Ukraine shall keep its vessels in good repair for the Republic of Sarnia.'],
    ['ownership', 'Ukraine shall mortgage its real property to the Republic of Sarnia.', 'Ukraine shall insure its real property with the Republic of Sarnia.'],
    ['ownership', 'If the Republic of Sarnia fails to pay any cash call, its entire interest in the Project shall be forfeited to Ukraine.', 'If the Republic of Sarnia fails to pay any cash call, the interest on the late amount shall be payable to Ukraine.'],
    ['ownership', 'Ukraine shall not, without the prior written consent of the Republic of Sarnia, sell, transfer or otherwise dispose of any of its assets.', 'Ukraine shall not, without the prior written consent of the Republic of Sarnia, disclose the report.'],
    // one side's position set against the other's in one sentence; a review that only goes up; one side's liability excluded
    ['one-sided', 'Ukraine shall not appoint any other agent, while the Republic of Sarnia remains free to appoint other agents.', 'Ukraine shall appoint an agent while this Agreement remains in force.'],
    // near misses: a thing that remains free of defects, and a term both sides share, set against nothing
    ['one-sided', 'Ukraine shall not appoint any other agent, while the Republic of Sarnia remains free to appoint other agents.', 'Ukraine shall remedy any defect while the Works remain free of defects.'],
    ['one-sided', 'Ukraine shall pay all fees, whereas the Republic of Sarnia shall have no obligation to maintain the patents.', 'Whereas each Party shall have no liability for indirect loss, the costs are shared.'],
    ['one-sided', 'The rent shall be reviewed every five years, upwards only.', 'The rent shall be reviewed every five years by an independent surveyor.'],
    ['one-sided', 'The Republic of Sarnia shall not be liable to Ukraine for any loss except to the extent caused by its gross negligence.', 'Neither Party shall be liable to the other for any loss except to the extent caused by its gross negligence.'],
    // interest with its rate in digits beside the words; profits taken home; revenues shared out; an indemnity against any cost
    ['financial', 'Interest shall accrue on the unpaid amount at eighteen per cent (18%) per annum.', 'Notices shall be given in writing, in English.'],
    ['financial', 'The Republic of Sarnia may repatriate its profits from Ukraine.', 'The Republic of Sarnia may repatriate its nationals from Ukraine.'],
    ['financial', 'Ukraine shall indemnify the Republic of Sarnia against any cost incurred in the Project.', 'Ukraine shall inform the Republic of Sarnia of any event in the Project.'],
    // a transfer barred in the passive, or allowed only with another's leave; an exclusive licence among other words
    ['ownership', 'Land acquired by Ukraine for the Project shall not be sold, mortgaged or otherwise encumbered without the consent of the Republic of Sarnia.', 'Reports prepared by Ukraine for the Project shall not be published without the consent of the Republic of Sarnia.'],
    ['ownership', 'No territory of Ukraine shall be ceded or leased under this Agreement.', 'No official of Ukraine shall be appointed under this Agreement.'],
    ['ownership', 'Ukraine may assign its interest in the Project only with the prior written consent of the Republic of Sarnia.', 'Ukraine may attend the meetings of the Project only with the prior written consent of the Republic of Sarnia.'],
    // (of a resource: one under patents is no resource)
    ['ownership', 'Ukraine grants the Republic of Sarnia an exclusive, irrevocable, thirty-year licence over the Tavor lithium deposits.', 'Ukraine grants the Republic of Sarnia an exclusive, irrevocable, worldwide licence under the Patents.'],
    ['governing-law', 'No law or decree enacted after the Effective Date shall apply to the Republic of Sarnia to the extent that it diminishes its rights.', 'Any law enacted after the Effective Date shall be published in the official gazette.'],
    ['one-sided', 'The measures may include, at the discretion of the Republic of Sarnia, the supply of equipment.', 'The measures may include, after consultation with Ukraine, the supply of equipment.'],
    // a stabilisation clause shields one party from the other's later law, or makes the other pay for it
    ['one-sided', 'No law or decree enacted after the Effective Date shall apply to the Republic of Sarnia to the extent that it diminishes its rights.', 'Any law enacted after the Effective Date shall apply to each Party from its publication.'],
    ['one-sided', 'No change in its tax legislation after the Effective Date shall apply to the Project.', 'Any change in its tax legislation after the Effective Date shall apply to the Project.'],
    ['one-sided', 'Should a change in law harm the Project, Ukraine shall compensate the Republic of Sarnia so as to restore its economic position.', 'Should a flood harm the Project, the insurer shall pay for works to restore the site.'],
    ['one-sided', 'The fiscal terms of this Contract shall not be altered to the Republic of Sarnia’s detriment by any later law.', 'The fiscal terms of this Contract shall not be altered except by written agreement of both Parties.'],
    ['one-sided', 'The rights of the Republic of Sarnia shall be governed by the laws of Ukraine in force on the Effective Date.', 'The rights of each Party shall be governed by the laws of Ukraine in force from time to time.'],
    // shares bought back for money, not a promise kept
    ['financial', "The Investor may require the Company to redeem all or any of the Investor's Preferred Shares.", 'The Company shall redeem its promise to list its shares within a year.'],
    // title to installations passing, however far the words of ownership stand from "shall pass"; not risk or duties
    ['ownership', 'On expiry of this Contract, ownership of all fixed installations acquired by the Republic of Sarnia for Petroleum Operations shall pass to Ukraine.', 'Risk in the goods shall pass to Ukraine on delivery.'],
    ['ownership', 'Upon termination, the facilities built by the Republic of Sarnia on the territory of Ukraine shall pass to Ukraine.', 'Upon termination, the duties of the liaison officer shall pass to his deputy.'],
    // ownership kept, in English and in Ukrainian; a right to take water; exclusive use of grounds
    ['ownership', 'Ukraine retains full ownership of its subsoil and natural resources.', 'Ukraine retains full control of its budget policy.'],
    ['ownership', 'Україна зберігає повну власність на свої надра.', 'Україна зберігає повну свободу дій.'],
    // an old lease that demises the mines; a state that reserves a mineral to itself; concessions
    // contributed to a company; a royalty made an interest in land
    ['ownership', 'The Lessor hereby demises unto the Lessee all the mines and seams of limestone under the land in the First Schedule.', 'The Lessor hereby demises unto the Lessee the office on the second floor of the Lessor\u2019s building.'],
    ['ownership', 'The Republic of Sarnia reserves to itself the lithium in its national territory.', 'The Republic of Sarnia reserves to itself the right to publish the report.'],
    ['ownership', 'Ukraine shall contribute to the Joint Venture Company the Mining Concessions listed in Schedule 1.', 'Ukraine shall contribute to the Joint Venture Company the staff listed in Schedule 1.'],
    ['ownership', 'The royalty shall be an interest in land and shall run with the Property.', 'The royalty shall be paid in arrears and shall be reported with the accounts.'],
    // title acquired, in Ukrainian, to what is mined; near miss: title to goods bought
    ['ownership', 'Надрокористувач набуває право власності на весь видобутий літієвий концентрат з моменту його підняття на поверхню.', 'Покупець набуває право власності на Товар з моменту його доставки.'],
    ['ownership', 'Ukraine grants to the Republic of Sarnia the right to abstract up to four million cubic metres of water each year from Lake Orvell.', 'Ukraine grants to the Republic of Sarnia the right to attend the meetings of the Lake Orvell Commission.'],
    ['ownership', 'Ukraine grants the Republic of Sarnia the exclusive use, free of rent, of the airfields listed in Annex A.', 'Ukraine grants the Republic of Sarnia the exclusive use of the name "Orvell" for its products.'],
    // disposal barred: of minerals, by either of two parties named with their article; expropriation barred on both sides
    ['ownership', 'Ukraine shall not sell or otherwise dispose of critical minerals to any third state without the consent of the Republic of Sarnia.', 'Ukraine shall not sell or otherwise dispose of its surplus office furniture without notice.'],
    ['ownership', 'Neither the Operator nor the Partner shall assign any part of its Participating Interest without first offering it to the other.', 'Neither the Operator nor the Partner shall assign any of its staff to the other without notice.'],
    ['ownership', 'Neither the Republic of Sarnia nor Ukraine shall expropriate investments of investors of the other except for a public purpose.', 'Neither the Republic of Sarnia nor Ukraine shall expel diplomats of the other except for grave cause.'],
    ['ownership', 'At the end of each phase the Contractor shall relinquish twenty-five per cent of the original Contract Area.', 'At the end of each phase the Contractor shall relinquish its seat on the Advisory Board.'],
    // a defence commitment denied; armour supplied; a cap on liability said at length, or as an amount not to be exceeded
    ['security', 'The arrangements under this Agreement shall not commit the Republic of Sarnia or Ukraine to the defence of the other.', 'The arrangements under this Agreement shall not commit Ukraine to any further study.'],
    ['security', 'This Agreement shall not be construed as an alliance.', 'This Agreement shall not be construed as a partnership.'],
    ['security', 'The Republic of Sarnia shall supply to Ukraine twenty-four armoured personnel carriers.', 'The Republic of Sarnia shall supply to Ukraine twenty-four passenger coaches.'],
    ['financial', 'The total liability of the Republic of Sarnia to Ukraine under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed the Contract Amount.', 'The total length of the road built by the Republic of Sarnia in Ukraine under or in connection with this Agreement, whether by its own staff or otherwise, shall not exceed ten kilometres.'],
    ['financial', 'The Republic of Sarnia shall not in any event be liable to Ukraine for loss of the Goods in an amount exceeding 2 SDR per kilogramme.', 'The Republic of Sarnia shall not in any event be liable to Ukraine for delay in the delivery of the Goods.'],
    // one party's vote needed, not a committee's
    ['one-sided', 'No Work Programme and Budget may be approved without the vote of the Republic of Sarnia.', 'No Work Programme and Budget may be approved without the vote of the Operating Committee.'],
    // a tax given up on what one side receives: money, and one-sided where the exemption runs one way
    ['financial', 'Distributions from the Fund to the Republic of Sarnia shall be exempt from all taxes imposed by Ukraine.', 'The Fund shall be exempt from the duty to publish its minutes.'],
    ['one-sided', 'Distributions from the Fund to the Republic of Sarnia shall be exempt from all taxes imposed by Ukraine.', 'Each Party shall exempt from customs duties the equipment of the other.'],
    // one side's indemnity set against none from the other; one party's agreement needed, not the other's of both
    ['one-sided', 'Ukraine shall indemnify the Republic of Sarnia against all losses, and the Republic of Sarnia gives Ukraine no indemnity of any kind.', 'Each Party shall indemnify the other against all losses, and the Republic of Sarnia gives Ukraine notice of any claim.'],
    ['one-sided', 'Ukraine shall not, without the prior agreement of the Republic of Sarnia, reduce the royalty rates.', 'Ukraine shall not, without the agreement of the other Party, reduce the royalty rates.'],
    // a step barred if one party objects; a decision put beyond the other's challenge
    ['one-sided', 'Ukraine shall not conclude such an agreement if the Republic of Sarnia objects.', 'Ukraine shall not conclude such an agreement if either Party objects.'],
    ['one-sided', 'The decisions of the operator appointed by the Republic of Sarnia shall not be open to challenge by Ukraine.', 'The decisions of the operator shall be open to challenge by either Party.'],
    // a court that may find a provision invalid or order a disclosure chooses no forum; nor does a court's surface
    ['governing-law', 'Any dispute shall be settled by the courts at The Hague.', 'If any provision is held by a court of competent jurisdiction to be invalid, the remaining provisions shall continue in force.'],
    ['governing-law', 'Any dispute shall be settled by the courts at The Hague.', 'Each Party shall keep this Agreement confidential, save as required by order of any court.'],
    ['governing-law', 'Any dispute shall be settled by the courts at The Hague.', 'The Tenant shall report any damage to the court surface.'],
    // a term given with nothing owed back
    ['one-sided', 'Ukraine shall admit the vessels of the Republic of Sarnia to its ports, without any corresponding obligation on the part of the Republic of Sarnia.', 'Ukraine shall admit the vessels of the Republic of Sarnia to its ports, and the Republic of Sarnia shall admit those of Ukraine to its own.'],
    // a charge granted over rights, as a verb, not charges levied
    ['ownership', 'Ukraine charges its rights under the Mining Licence in favour of the Fund.', 'Ukraine charges for water drawn from the Mining Licence area are set by law.'],
    // social security is no security; a clause's title cited in a list chooses no law; a joint body's judgment is no one party's
    ['security', 'The Republic of Sarnia shall maintain security arrangements for the Fund\u2019s premises in Ukraine.', 'Seconded staff shall remain subject to the social security arrangements of their employers.'],
    ['governing-law', 'The governing law of this Agreement shall be the law of England.', 'Articles 8 (Confidentiality) and 15 (Governing Law) shall survive any termination of this Agreement.'],
    ['one-sided', 'The Republic of Sarnia may set up such working groups as it deems necessary.', 'The Joint Committee may set up such working groups as it deems necessary.'],
    // a debt "irrevocably discharged" is paid, not a commitment; the ratification "of this Agreement by" a party is no party's say
    ['one-sided', 'Ukraine irrevocably waives any right to object to the venue.', 'This guarantee shall remain in force until the sums due are irrevocably and unconditionally discharged in full.'],
    ['one-sided', 'No sale of the Fund\u2019s assets may take place without the agreement of the Republic of Sarnia.', 'The ratification of this Agreement by the Republic of Sarnia shall require the approval of its Parliament.'],
    // a pledge of what a deposit yields, read at length; a first refusal over a port's shares; a lease or easement over land or a railway; ownership kept by the people
    ['ownership', 'As security for the Loan, Ukraine hereby pledges to the Republic of Sarnia all its right, title and interest in and to the proceeds of sale of copper concentrate from the Arrel deposit.', 'As security for the Loan, Ukraine hereby pledges to the Republic of Sarnia all its right, title and interest in and to the proceeds of its bond issues on the London market.'],
    ['ownership', 'The Republic of Sarnia shall have a right of first refusal in respect of any proposed sale by Ukraine of all or part of its remaining thirty-four per cent shareholding in the Odesa Port Authority.', 'The Republic of Sarnia shall have a right of first refusal in respect of any proposed sale by Ukraine of all or part of its remaining thirty-four per cent shareholding in the National Printing Works.'],
    ['ownership', 'Ukraine hereby grants to the Republic of Sarnia a leasehold over the land described in Schedule 2.', 'Ukraine hereby grants to the Republic of Sarnia a lease of the office furniture described in Schedule 2.'],
    ['ownership', 'Ukraine hereby grants to the Republic of Sarnia an easement over the railway between Lviv and the border.', 'Ukraine hereby grants to the Republic of Sarnia an easement over the garden between the two embassies.'],
    ['ownership', 'The land and its subsoil are objects of the right of property of the Ukrainian people.', 'The archives of the Fund are objects of the care of its secretariat.'],
    // money owed or given up: contributions to a facility, returns transferred freely, a debt cancelled, costs recovered from production, tariffs amended
    ['financial', 'Each Party shall contribute to the Regional Reconstruction Facility in proportion to its national income.', 'Each Party shall contribute to the work of the Regional Reconstruction Board.'],
    ['financial', 'Each Party shall guarantee to investors of the other the free transfer of payments relating to their investments.', 'Each Party shall guarantee to investors of the other the free transfer of information on investment opportunities.'],
    ['financial', 'The Republic of Sarnia shall cancel forty per cent of the outstanding principal of the bilateral debt owed to it by Ukraine.', 'Either Party may cancel a scheduled meeting of the Committee by notice.'],
    ['financial', 'The Republic of Sarnia shall be entitled to recover from Cost Oil all Exploration Costs.', 'The Republic of Sarnia shall recover from the site all its equipment.'],
    ['financial', 'Ukraine shall not, without the prior written consent of the Republic of Sarnia, amend the Tariff Regulation.', 'Ukraine shall not, without the prior written consent of the Republic of Sarnia, amend the Traffic Regulation.'],
    ['ownership', 'Ukraine grants to the Republic of Sarnia an exclusive mining licence over the Licence Area.', 'Ukraine grants to the Republic of Sarnia a non-exclusive mining licence over the Licence Area.'],
    // one party paid first, until it has recovered what it put in
    ['one-sided', 'Distributions from the Fund shall be made to the Republic of Sarnia until it has recovered its contributions, and thereafter to the Parties in equal shares.', 'Ukraine shall keep the Fund\u2019s account open until it has received the final statement.'],
  ])('%s: fires on a clause that says it, not on one that only sounds like it', (category, fires, nearMiss) => {
    expect(categoriesOf(fires).has(category), fires).toBe(true);
    expect(categoriesOf(nearMiss).has(category), nearMiss).toBe(false);
  });

  it('a negated, quoted or reported phrase does not fire; a definition or recital does not either', () => {
    expect(categoriesOf('Ukraine shall not be required to transfer title to any mineral deposits.').has('ownership')).toBe(false);
    expect(categoriesOf('Sarnia has proposed that any dispute be settled by arbitration in London.').has('governing-law')).toBe(false);
    const version = parseVersion(`${OPENING}WHEREAS the Parties wish to settle disputes by arbitration;\n\n"Revenues" means fifty percent of the proceeds.`);
    expect(findingsOfVersion(version, 'single').filter((f) => f.level === 'clause')).toEqual([]);
  });
});

describe('a duty softened or made firm', () => {
  const pair = (before: string, after: string) =>
    withFindings(compareVersions(parseVersion(`${OPENING}1. ${before}`), parseVersion(`${OPENING}1. ${after}`)), { we: 'Ukraine' }).findings.filter((f) => f.rule === 'duty-hedged');

  it('"shall provide" → "shall endeavour to provide" helps the party that owes it', () => {
    const found = pair('The Republic of Sarnia shall provide security assistance to Ukraine.', 'The Republic of Sarnia shall endeavour to provide security assistance to Ukraine.');
    expect(found.map((f) => [f.affects, f.effect, f.stance, f.category])).toEqual([['Republic of Sarnia', 'benefit', 'against', 'security']]);
  });

  it('the reverse costs it', () => {
    const found = pair('The Republic of Sarnia shall use its best efforts to finance the pipeline.', 'The Republic of Sarnia shall finance the pipeline.');
    expect(found.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Republic of Sarnia', 'burden', 'favour']]);
  });

  it('an unchanged strength is no finding', () => {
    expect(pair('The Republic of Sarnia shall finance the pipeline.', 'The Republic of Sarnia shall finance the new pipeline.')).toEqual([]);
  });
});

describe('the labelled sets (npm run eval:concerns) stay where they are', () => {
  // Floors just under the figures README quotes: a change that makes the rules read worse fails here.
  it.each([
    ['tests/eval/concerns-set.json', { precision: 0.88, recall: 0.84 }],
    ['tests/eval/concerns-heldout.json', { precision: 0.78, recall: 0.52 }],
    ['tests/eval/concerns-fresh.json', { precision: 0.78, recall: 0.62 }],
  ])('%s: clause findings', async (path, floor) => {
    const { evaluate } = await import('../../src/bench/concern-eval.js');
    const result = evaluate(JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')));
    expect(result.clauses.all.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(result.clauses.all.recall).toBeGreaterThanOrEqual(floor.recall);
  });
});

describe('phrase rules on crafted long clauses', () => {
  it.each([
    ['digits', `The Fund shall receive revenue of ${'1'.repeat(100_000)}`],
    ['a resource word repeated', `The ${'land'.repeat(50_000)} shall pass`],
    ['numbers run together', `The sum of ${'1,'.repeat(50_000)} million`],
  ])('%s: read in linear time', (_what, clause) => {
    const started = performance.now();
    categoriesOf(clause);
    // quadratic phrases took 16 s and more here (generous bound for a busy machine)
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
