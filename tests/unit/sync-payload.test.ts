import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordOf, SyncPayloadSchema, WORKSPACE_RECORD_ID } from '../../src/model/sync-payload.js';
import { payloadArbitrary } from '../support/sync-payloads.js';

const blob = 'A'.repeat(43);
const clause = (parentOffset: number) => ({ blob, number: '1.', heading: null, kind: 'numbered', level: 1, parentOffset });
const version = { kind: 'version', id: 'v-1', label: 'US draft', party: 'US', date: '2025-02-12', parent: null, title: 'Agreement', clauses: [clause(0), clause(1)] };

describe('the decrypted payload of an operation', () => {
  it('accepts every kind, and a JSON round trip keeps it whole', () => {
    fc.assert(
      fc.property(payloadArbitrary, (payload) => {
        expect(SyncPayloadSchema.parse(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a kind it does not know', () => {
    const result = SyncPayloadSchema.safeParse({ kind: 'finding', id: 'f-1' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['kind']);
  });

  it('refuses a version clause whose parent would stand before the first clause', () => {
    const result = SyncPayloadSchema.safeParse({ ...version, clauses: [clause(0), clause(2)] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['clauses', 1, 'parentOffset']);
    expect(result.error?.issues[0]?.message).toContain('clause 2 names a parent 2 clauses back');
  });

  it('refuses a clause naming its text by anything but a keyed id', () => {
    const result = SyncPayloadSchema.safeParse({ ...version, clauses: [{ ...clause(0), blob: 'a1b2c3d4e5f60718' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['clauses', 0, 'blob']);
  });

  it('leaves out the writer\'s own workspace id from an annotation, and drops unknown fields', () => {
    const parsed = SyncPayloadSchema.parse({
      kind: 'annotation', id: 'a-1', workspaceId: 'w-local', versionId: 'v-1', clauseId: 'c2',
      quote: { type: 'TextQuoteSelector', exact: 'shall', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 5 },
      category: 'financial', severity: 'high', status: 'open', note: '', author: 'A',
      created: '2025-02-12T10:00:00.000Z', updated: '2025-02-12T10:00:00.000Z', revision: 1, later: true,
    });
    expect(parsed).not.toHaveProperty('workspaceId');
    expect(parsed).not.toHaveProperty('later');
    expect(parsed.kind).toBe('annotation');
  });

  it('names the record it is the value of; a tombstone names the record it deletes', () => {
    expect(recordOf({ kind: 'workspace', name: 'W', we: null })).toEqual({ kind: 'workspace', localId: WORKSPACE_RECORD_ID });
    expect(recordOf(SyncPayloadSchema.parse(version))).toEqual({ kind: 'version', localId: 'v-1' });
    expect(recordOf({ kind: 'member', memberId: 'm-1', name: 'Ann' })).toEqual({ kind: 'member', localId: 'm-1' });
    expect(recordOf({ kind: 'deleted', of: 'annotation', id: 'a-9' })).toEqual({ kind: 'annotation', localId: 'a-9' });
  });
});
