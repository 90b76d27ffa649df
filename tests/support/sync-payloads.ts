import fc from 'fast-check';
import type { SyncPayload } from '../../src/model/sync-payload.js';
import { CategoryIdSchema } from '../../src/model/finding.js';

/** Valid payloads of every kind, for property tests. */
const text = fc.string({ maxLength: 40 });
const name = fc.string({ minLength: 1, maxLength: 30 });
const keyedId = fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);
const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const uuid = fc.uuid();

const clauses = fc
  .array(
    fc.record({
      blob: keyedId,
      number: fc.option(text, { nil: null }),
      heading: fc.option(text, { nil: null }),
      kind: fc.constantFrom('preamble', 'recital', 'definition', 'heading', 'division', 'numbered', 'item' as const),
      level: fc.integer({ min: 1, max: 6 }),
      back: fc.nat(),
    }),
    { maxLength: 12 },
  )
  .map((list) => list.map(({ back, ...c }, index) => ({ ...c, parentOffset: back % (index + 1) })));

export const payloadArbitrary: fc.Arbitrary<SyncPayload> = fc.oneof(
  fc.record({ kind: fc.constant('workspace' as const), name, we: fc.option(name, { nil: null }) }),
  fc.record({ kind: fc.constant('version' as const), id: name, label: name, party: text, date: text, parent: fc.option(name, { nil: null }), title: text, clauses }),
  fc.record({
    kind: fc.constant('annotation' as const),
    id: name,
    versionId: name,
    clauseId: name,
    quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: name, prefix: text, suffix: text }),
    position: fc.record({ type: fc.constant('TextPositionSelector' as const), start: fc.nat(), end: fc.nat() }),
    category: fc.constantFrom(...CategoryIdSchema.options),
    severity: fc.constantFrom('high', 'medium', 'low' as const),
    status: fc.constantFrom('open', 'disputed', 'agreed', 'resolved' as const),
    note: text,
    author: text,
    created: date,
    updated: date,
    revision: fc.integer({ min: 1, max: 1000 }),
  }),
  fc.record({ kind: fc.constant('member' as const), memberId: uuid.map((u) => `m-${u}`), name }),
  fc.record({ kind: fc.constant('deleted' as const), of: fc.constantFrom('version', 'annotation' as const), id: name }),
);
