import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { termsAcrossVersions } from '../../src/concerns/terms-table.js';
import type { Comparison } from '../../src/model/comparison.js';
import { parseVersion } from '../../src/parse/parse.js';
import type { ReportOptions } from '../../src/report/options.js';
import { annotationOn25Percent } from './annotation.js';

/**
 * A supply agreement in two rounds, written to reach every part of a report: parties with a
 * balance of duties, findings for and against the Buyer and one on the whole document, key terms
 * that change, annotations (one whose words are gone), a modified, an added, a removed and a moved
 * clause, an article removed with the clauses under it, and a run of clauses that only took new
 * numbers.
 */
export const SUPPLY_OLD = `Supply Agreement

This Agreement is made between Northwind Metals Ltd ("the Seller") and Harbour Works plc ("the Buyer").

Article 1 — Price

1.1 The Buyer shall pay 50 percent of the price in advance.

1.2 The Seller shall deliver the Goods within twelve months.

Article 2 — Security

2.1 The Buyer shall provide a bank guarantee for the full price.

2.2 The guarantee shall remain valid until delivery.

Article 3 — Inspection

3.1 The Buyer may inspect the Goods at the port of loading.

3.2 Inspection costs are borne by the party that requests it.

3.3 A certificate of quality is issued by an independent surveyor.

Article 4 — Disputes

4.1 Any dispute shall be settled by arbitration in Stockholm.

4.2 Notices are given in writing to the addresses above.
`;

export const SUPPLY_NEW = `Supply Agreement

This Agreement is made between Northwind Metals Ltd ("the Seller") and Harbour Works plc ("the Buyer").

Article 1 — Price

1.1 The Buyer shall pay 25 percent of the price in advance.

1.2 The Seller shall deliver the Goods within six months.

1.3 The Seller shall bear the cost of insurance in transit.

Article 2 — Inspection

2.1 The Buyer may inspect the Goods at the port of loading.

2.2 Inspection costs are borne by the party that requests it.

2.3 A certificate of quality is issued by an independent surveyor.

Article 3 — Disputes

3.1 Notices are given in writing to the addresses above.

3.2 Any dispute shall be settled by arbitration in London.
`;

/** The two rounds compared, with findings from the Buyer's point of view. */
export function supplyComparison(): Comparison {
  return withFindings(compareVersions(parseVersion(SUPPLY_OLD), parseVersion(SUPPLY_NEW)), { we: 'Buyer' });
}

/** Every option a report reads, set: names, parties, dates, terms, annotations, point of view. */
export function supplyOptions(comparison: Comparison): ReportOptions {
  const price = comparison.new.clauses.find((c) => c.text.includes('25 percent'))!;
  return {
    date: '2025-03-01',
    oldMeta: { label: 'Seller draft', party: 'Northwind Metals', date: '2025-02-20' },
    newMeta: { label: 'Buyer reply', party: 'Harbour Works', date: '2025-02-27' },
    we: 'Buyer',
    terms: termsAcrossVersions([comparison.old, comparison.new]),
    versionNames: ['Seller draft', 'Buyer reply'],
    annotations: [
      {
        annotation: annotationOn25Percent({ id: 'a1', clauseId: price.id, status: 'agreed', note: 'Accept: cash flow.', author: 'Treasury' }),
        where: '1.1',
        orphaned: false,
      },
      {
        annotation: annotationOn25Percent({
          id: 'a2',
          quote: { type: 'TextQuoteSelector', exact: 'bank guarantee', prefix: 'a ', suffix: ' for' },
          category: 'one-sided',
          severity: 'medium',
          status: 'disputed',
          note: '',
          author: '',
        }),
        where: '2.1',
        orphaned: true,
      },
    ],
  };
}

/** One clause split in two, and two joined into one; compared the other way, the reverse. */
export const PACKING_OLD = `Packing Terms

1. The Seller shall pack the Goods in sealed drums, and the Buyer shall collect the drums from the warehouse within ten days.

2. The Seller shall label each drum.

3. The Buyer shall return empty drums.

4. Risk passes on collection.
`;

export const PACKING_NEW = `Packing Terms

1. The Seller shall pack the Goods in sealed drums.

2. The Buyer shall collect the drums from the warehouse within ten days.

3. The Seller shall label each drum, and the Buyer shall return empty drums.

4. Risk passes on collection.
`;
